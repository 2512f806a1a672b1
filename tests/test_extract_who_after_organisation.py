""""who" after an organisation's name ("the Director of Public Health, Eastvale County Council, who is
accountable to X") is said of the person or post the organisation describes, never of the organisation: no
reporting line is given to the council."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/drugs\n\nNorthdale Combating Drugs Partnership\n\n"


@pytest.mark.parametrize("text", [
    # terms of reference: a named officer, post, council and its acronym in brackets
    "1.2 The Senior Responsible Owner for the Partnership is Dr Ana Pell, Director of Public Health, Northdale "
    "Borough Council (NBC), who is accountable to the Joint Combating Drugs Unit for local delivery.",
    # web page: the post alone, then its council
    "Here the lead officer is the Director of Public Health, Eastvale County Council, who reports to the Eastvale "
    "Health and Wellbeing Board each year.",
    # annual report: a councillor, portfolio and council
    "Our chair is Cllr Tom Reed, Cabinet Member for Communities at Westvale District Council, who is answerable to "
    "the Westvale Cabinet.",
])
def test_who_after_a_council_gives_the_council_no_line(text: str) -> None:
    lines = of(read(HEAD + text + "\n"), "reports_to")
    assert not any(s.endswith("Council") for s, _o in lines), sorted(lines)


def test_which_after_a_body_still_gives_the_body_its_line() -> None:
    doc = read(HEAD + "The Northdale Youth Board, which is accountable to the Northdale Vision Partnership, meets "
                      "monthly.\n")
    assert ("Northdale Youth Board", "Northdale Vision Partnership") in of(doc, "reports_to")

