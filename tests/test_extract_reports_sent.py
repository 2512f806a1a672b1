"""Reporting said through the report itself: "the Board's annual report is presented each autumn to X", "The
Partnership's yearly report goes to X and to Y" (the report's owner reports), and "X receives an annual report from
the partnership" (its maker reports to X; "the partnership" in lower case is the body last named with that head).
Texts written for the tests, in three councils' styles; the places and people are invented."""

from __future__ import annotations

from extract_helpers import assert_evidence_quotes, of, read

# an annual report's governance page
ANNUAL = """Source: https://www.northdale.gov.uk/safeguarding-adults/annual-report

Northdale Safeguarding Adults Board
Annual report 2024/25

The Board's members are the Council's Chief Executive and the Borough Commander, and the Northdale Safeguarding Adults
Board's annual report is presented each autumn to the Northdale Health and Wellbeing Board.
"""

# a news release
NEWS = """Source: https://www.eastbury.gov.uk/news/keeping-eastbury-safe

Eastbury City Council
News release, 2 May 2025

The Keeping Eastbury Safe Partnership's annual report goes to the Eastbury Scrutiny Commission and to the Police and
Crime Commissioner for Westmoor.
"""

# a partnership's web page, the reporting said from the receiving side
WEB = """Source: https://www.southmere.gov.uk/community-safety/safer-southmere

Safer Southmere Partnership

The Safer Southmere Partnership brings together the council, the police, health and the probation service.
The Southmere Health and Wellbeing Board receives an annual report from the partnership.
The Southmere Safeguarding Children Partnership receives a quarterly update from the Southmere Youth Violence Group.
"""


def test_the_owner_of_a_report_presented_to_a_board_reports_to_it() -> None:
    doc = read(ANNUAL)
    assert_evidence_quotes(doc)
    got = of(doc, "reports_to")
    assert ("Northdale Safeguarding Adults Board", "Northdale Health and Wellbeing Board") in got
    # the names listed before the owner's possessive are not said to report
    assert not any(s.endswith(("Chief Executive", "Borough Commander")) for s, _ in got), got


def test_a_report_that_goes_to_two_bodies() -> None:
    doc = read(NEWS)
    assert_evidence_quotes(doc)
    to = {o for s, o in of(doc, "reports_to") if s == "Keeping Eastbury Safe Partnership"}
    assert "Eastbury Scrutiny Commission" in to
    assert any(o.startswith("Police and Crime Commissioner") for o in to), to


def test_a_report_received_from_its_maker() -> None:
    doc = read(WEB)
    assert_evidence_quotes(doc)
    got = of(doc, "reports_to")
    assert ("Safer Southmere Partnership", "Southmere Health and Wellbeing Board") in got
    assert ("Southmere Youth Violence Group", "Southmere Safeguarding Children Partnership") in got


def test_a_lower_case_body_that_names_no_earlier_body_is_left() -> None:
    text = WEB.replace("Safer Southmere Partnership\n", "Southmere Borough Council\n").replace(
        "The Safer Southmere Partnership brings", "The council brings")
    doc = read(text)
    assert not any(o == "Southmere Health and Wellbeing Board" for _, o in of(doc, "reports_to"))
