"""A service or team written all in lower case ("the youth offending service", "the council's community safety
team") is a body when the words before its head name a field the lexicon knows; an ordinary noun phrase ("the new
service", "the shared service") names nothing.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def _bodies(text: str) -> set[str]:
    return {m.name for m in find_mentions(text, 0, len(text)) if m.kind == "body"}


@pytest.mark.parametrize("text, relation, pair", [
    # a committee report's sentence: the service as the subject
    ("The youth offending service reports to the Lowbridge Community Safety Partnership.\n",
     "reports_to", ("Youth Offending Service", "Lowbridge Community Safety Partnership")),
    # an annual report: the team as the agent of a passive, after the council's possessive
    ("The Lowbridge Strategic Assessment 2024 was prepared by the council's community safety team.\n",
     "produces", ("Community Safety Team", "Lowbridge Strategic Assessment 2024")),
    # a web page: the service as the object, after "its"
    ("The Lowbridge Safeguarding Adults Board oversees its adult safeguarding team.\n",
     "oversees", ("Lowbridge Safeguarding Adults Board", "Adult Safeguarding Team")),
])
def test_a_lower_case_service_takes_part_in_a_clause(text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(text), relation)


def test_the_service_is_named_for_the_paper_s_council() -> None:
    doc = read("Source: https://www.lowbridge.gov.uk/cabinet\n\nLowbridge Borough Council\nCabinet report\n\n"
               "The Lowbridge Hate Crime Plan was written by the council's community safety team.\n")
    assert ("Lowbridge Community Safety Team", "Lowbridge Hate Crime Plan") in of(doc, "produces")


@pytest.mark.parametrize("text", ["The new service reports to the Lowbridge Community Safety Partnership.",
                                  "Members asked whether the shared service team would be kept.",
                                  "The service was praised by the Lowbridge Community Safety Partnership."])
def test_an_ordinary_noun_phrase_is_no_service(text: str) -> None:
    assert _bodies(text) <= {"Lowbridge Community Safety Partnership"}


def test_a_capitalised_name_is_left_as_it_is() -> None:
    text = "The Lowbridge Youth Offending Service reports to the Board."
    assert "Lowbridge Youth Offending Service" in _bodies(text)
    assert "Youth Offending Service" not in _bodies(text)
