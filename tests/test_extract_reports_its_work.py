"""Reporting said with what is reported between the verb and its object ("reports its caseload each quarter to X",
"reports on spend to X") or with how it is shared ("reports jointly to X and to Y"). Texts written for the tests, in
three councils' styles; the places and people are invented."""

from __future__ import annotations

from extract_helpers import assert_evidence_quotes, of, read

# a Prevent page
PREVENT = """Source: https://www.northdale.gov.uk/prevent

Prevent in Northdale

The Northdale Channel Panel reports its caseload each quarter to the Northdale Prevent Board.
"""

# a portfolio holder's decision notice
DECISION = """Source: https://www.eastbury.gov.uk/decisions/csp-grants-2025

Eastbury District Council
Portfolio holder decision

3.2 The Eastbury Community Safety Partnership reports on spend to the Westmoor Community Safety Partnership.
"""

# minutes
MINUTES = """Source: https://www.southmere.gov.uk/meetings/ssp-2025-01

Safer Southmere Partnership Board
Minutes of the meeting of 14 January 2025

6. The Southmere Domestic Abuse Partnership Board reports jointly to the Safer Southmere Partnership Board and to
the Southmere Safeguarding Adults Board.
"""


def test_a_panel_reports_its_caseload() -> None:
    doc = read(PREVENT)
    assert_evidence_quotes(doc)
    assert ("Northdale Channel Panel", "Northdale Prevent Board") in of(doc, "reports_to")


def test_a_partnership_reports_on_spend() -> None:
    doc = read(DECISION)
    assert_evidence_quotes(doc)
    assert ("Eastbury Community Safety Partnership", "Westmoor Community Safety Partnership") in of(doc, "reports_to")


def test_a_board_reports_jointly_to_two_boards() -> None:
    doc = read(MINUTES)
    assert_evidence_quotes(doc)
    got = {o for s, o in of(doc, "reports_to") if s == "Southmere Domestic Abuse Partnership Board"}
    assert got == {"Safer Southmere Partnership Board", "Southmere Safeguarding Adults Board"}
