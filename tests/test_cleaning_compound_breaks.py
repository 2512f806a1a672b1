"""The cleaner: a compound of capitalised words broken at its hyphen across a line ("Drug-" / "Related Deaths
Panel") is one word again, hyphen kept; a word hyphenated in lower case loses its hyphen, as before; a spaced dash
at a line's end stays a line break. And a seat's role in brackets after an organisation in a post-then-organisation
table ("Northdale Council (Chair)") is no part of the organisation's name, where a branch ("(London)") is."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.cleaning import clean


@pytest.mark.parametrize(("raw", "joined"), [
    ("The Drug-\n    Related Deaths Panel reports to this group.\n", "The Drug-Related Deaths Panel reports"),
    ("Cases go to the Anti-\nSocial Behaviour Group each month.\n", "the Anti-Social Behaviour Group each"),
    ("- chair: Jo Lee, Multi-\n  Agency Safeguarding Hub manager\n", "Jo Lee, Multi-Agency Safeguarding Hub"),
])
def test_a_capitalised_compound_broken_at_its_hyphen(raw: str, joined: str) -> None:
    assert joined in clean(raw)


def test_a_lower_case_break_and_a_spaced_dash() -> None:
    text = clean("The com-\nmunity safety team met.\n\nSafer Town Centre -\nLed by the council.\n")
    assert "community safety team" in text
    assert "Safer Town Centre -\nLed by" in text


TABLE = ("Northvale Channel Panel - Terms of Reference\n\n3.2 Core members:\n\n"
         "  Post                                              Organisation\n"
         "  ------------------------------------------------  ----------------------------------------------\n"
         "  Chief Officer, Social Care and Health             Northvale County Council {mark}\n"
         "  Head of Probation Delivery Unit                   Probation Service (Wessex)\n")


@pytest.mark.parametrize("mark", ["(Chair)", "(Vice-Chair)", "(Co-Chair)"])
def test_a_seats_role_after_the_organisation_is_not_its_name(mark: str) -> None:
    members = {m for m, _ in of(read(TABLE.format(mark=mark)), "member_of")}
    assert "Northvale County Council" in members
    assert "Probation Service (Wessex)" in members  # a branch in brackets stays part of the name
    assert not any("Chair" in m for m in members), members
