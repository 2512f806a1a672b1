"""A grid of papers sent to one body about another: whose lists a report holds.

A cover sheet names the meeting a paper goes to ("Report to:", "Submitted to:") and the paper's subject in a title
field. When the title names a body and then what is reported of it ("<body> - annual assurance report",
"<body>: progress update"), the paper's membership and chair lists are that body's: the meeting it goes to only
receives them. Each case is a short paper invented for the test in another council's style. Neighbours say what
stays: a title naming a topic, not a body, leaves the lists with the meeting's own body, and a title naming the
meeting's own body changes nothing.

Run the module as a script for the grid's score: `python tests/test_extract_report_subject_grid.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

SCORED = ("member_of", "chairs", "vice_chair")


def _case(name: str, text: str, expect: list[tuple[str, str, str]], may: tuple = ()):
    return pytest.param(text, expect, list(may), id=name)


def _members(items: list[str]) -> str:
    return "".join(f"   *  {item}\n" for item in items)


CASES = [
    _case("subject-field-assurance-report",
          "Northdale Borough Council\n\n"
          "Report to:        Safer Northdale Partnership Board\n"
          "Date of meeting:  4 March 2025\n"
          "Subject:          Northdale Domestic Abuse Local Partnership Board - annual assurance report 2024/25\n"
          "Report author:    Corinne Ablett, Domestic Abuse Lead\n\n"
          "1.  Governance\n"
          "1.1  The Board meets every two months and is accountable to the Safer Northdale Partnership Board.\n"
          "1.2  Membership in 2024/25:\n"
          + _members(["Northdale Borough Council - Director of Public Health (Chair)",
                      "Northdale Police - Detective Inspector", "Westmere Probation Service - Head of Service"]),
          [("Northdale Borough Council", "member_of", "Northdale Domestic Abuse Local Partnership Board"),
           ("Northdale Police", "member_of", "Northdale Domestic Abuse Local Partnership Board"),
           ("Westmere Probation Service", "member_of", "Northdale Domestic Abuse Local Partnership Board")],
          may=[("Director of Public Health", "chairs", "Northdale Domestic Abuse Local Partnership Board"),
               ("Director of Public Health, Northdale Borough Council", "chairs",
                "Northdale Domestic Abuse Local Partnership Board")]),
    _case("title-field-progress-update",
          "Kestrel District Council\n\n"
          "Submitted to:  Communities Overview and Scrutiny Committee\n"
          "Title:         Kestrel Community Safety Partnership: progress update\n"
          "Author:        Tariq Mahmood, Community Safety Officer\n\n"
          "2.  The Partnership\n\n"
          "The Partnership meets quarterly. Its members are:\n"
          + _members(["Kestrel District Council", "Westmere Police", "Westmere Fire and Rescue Service"]),
          [("Kestrel District Council", "member_of", "Kestrel Community Safety Partnership"),
           ("Westmere Police", "member_of", "Kestrel Community Safety Partnership"),
           ("Westmere Fire and Rescue Service", "member_of", "Kestrel Community Safety Partnership")]),
    _case("report-title-annual-report-to-cabinet",
          "Brackley Town Council\n\n"
          "Report to:      Cabinet\n"
          "Report title:   Brackley Prevent Board - annual report 2025\n"
          "Lead officer:   Sinead Gallagher, Head of Communities\n\n"
          "3.  Membership\n\n"
          "Membership:\n"
          + _members(["Brackley Town Council", "Northamptonshire Police", "Brackley College"]),
          [("Brackley Town Council", "member_of", "Brackley Prevent Board"),
           ("Northamptonshire Police", "member_of", "Brackley Prevent Board"),
           ("Brackley College", "member_of", "Brackley Prevent Board")]),
    _case("subject-field-review",
          "Ashgrove City Council\n\n"
          "Report to:   Health and Wellbeing Board\n"
          "Subject:     Ashgrove Combating Drugs Partnership - review of the first year\n\n"
          "1.  Background\n\n"
          "Membership:\n"
          + _members(["Ashgrove City Council - Director of Public Health (Chair)", "Ashgrove Police",
                      "Ashgrove Probation Delivery Unit"]),
          [("Ashgrove City Council", "member_of", "Ashgrove Combating Drugs Partnership"),
           ("Ashgrove Police", "member_of", "Ashgrove Combating Drugs Partnership"),
           ("Ashgrove Probation Delivery Unit", "member_of", "Ashgrove Combating Drugs Partnership")],
          may=[("Director of Public Health", "chairs", "Ashgrove Combating Drugs Partnership"),
               ("Director of Public Health, Ashgrove City Council", "chairs", "Ashgrove Combating Drugs Partnership")]),
    _case("subject-field-performance-report-vice-chair",
          "Harrowfield Borough Council\n\n"
          "Meeting:   Safer Harrowfield Executive\n"
          "Subject:   Harrowfield Youth Justice Management Board - performance report Q3\n\n"
          "2.  Board membership\n\n"
          "Membership:\n"
          + _members(["Harrowfield Borough Council - Director of Children's Services (Chair)",
                      "Harrowfield Police - Superintendent (Vice-Chair)", "Harrowfield Probation Service"]),
          [("Harrowfield Probation Service", "member_of", "Harrowfield Youth Justice Management Board"),
           ("Harrowfield Borough Council", "member_of", "Harrowfield Youth Justice Management Board"),
           ("Harrowfield Police", "member_of", "Harrowfield Youth Justice Management Board")],
          may=[("Director of Children's Services", "chairs", "Harrowfield Youth Justice Management Board"),
               ("Director of Children's Services, Harrowfield Borough Council", "chairs",
                "Harrowfield Youth Justice Management Board"),
               ("Superintendent", "vice_chair", "Harrowfield Youth Justice Management Board"),
               ("Superintendent, Harrowfield Police", "vice_chair", "Harrowfield Youth Justice Management Board")]),
    # -- neighbours: what the title field does not change
    _case("topic-title-keeps-the-meeting-body",
          "Fernley Borough Council\n\n"
          "Report to:   Safer Fernley Board\n"
          "Subject:     Knife crime - annual report\n\n"
          "1.  The Board\n\n"
          "Membership:\n"
          + _members(["Fernley Borough Council", "Fernley Police"]),
          [("Fernley Borough Council", "member_of", "Safer Fernley Board"),
           ("Fernley Police", "member_of", "Safer Fernley Board")]),
    _case("title-names-the-meeting-body-itself",
          "Oxley District Council\n\n"
          "Report to:   Oxley Community Safety Partnership\n"
          "Title:       Oxley Community Safety Partnership - annual review\n\n"
          "The Partnership's members are:\n"
          + _members(["Oxley District Council", "Thamesfield Police"]),
          [("Oxley District Council", "member_of", "Oxley Community Safety Partnership"),
           ("Thamesfield Police", "member_of", "Oxley Community Safety Partnership")]),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_a_report_about_another_body_holds_that_bodys_lists(text, expect, may):
    missed, false = grid_misses(read(text), expect, may, SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, SCORED)
