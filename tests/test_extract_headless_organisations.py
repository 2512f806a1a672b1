"""An organisation the gazetteer knows whole, though no head word ends its name ("Victim Support", "Barnardo's"),
is a body of its own: written as a possessive it owns nothing, and joined by "and" to another body it is not one
long name with it.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def _bodies(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_mentions(text, 0, len(text)) if m.kind == "body"]


@pytest.mark.parametrize("text, members", [
    # a terms of reference sentence
    ("Members of the Kestwick Community Safety Partnership include Victim Support, Barnardo's and St Giles Trust.\n",
     {"Victim Support", "Barnardo's", "St Giles Trust"}),
    # minutes: two partners who attend
    ("Victim Support and St Giles Trust are members of the Kestwick Community Safety Partnership.\n",
     {"Victim Support", "St Giles Trust"}),
    # a web page, the list with an ampersand
    ("Crimestoppers & Kestwick Homes sit on the Kestwick Community Safety Partnership.\n",
     {"Crimestoppers", "Kestwick Homes"}),
])
def test_each_known_organisation_is_a_member(text: str, members: set[str]) -> None:
    got = {m for m, body in of(read(text), "member_of") if body == "Kestwick Community Safety Partnership"}
    assert members <= got, got


def test_a_possessive_name_is_the_organisation() -> None:
    doc = read("Barnardo's delivers the Kestwick Young Carers Project on behalf of Kestwick Borough Council.\n")
    assert ("Barnardo's", "Kestwick Young Carers Project") in of(doc, "delivers")


def test_a_name_the_gazetteer_knows_with_and_stays_whole() -> None:
    # "and" inside one known body's name is no list
    assert "HM Courts and Tribunals Service" in _bodies("A letter from HM Courts and Tribunals Service was noted.")
