"""Ends a paper names only by a word that refers back: "the Cabinet" (the paper's council's cabinet), a lower-case
"The partnership's ..." opening a sentence, "the Board" of a partnership that names its board only further on, a
body's initials opening the sentence before "the Board", and "it" after a colon ("...: it is accountable to",
"...: it is chaired by"). Where two bodies could be meant, or the paper speaks of several
councils, nothing is read.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

# -- "the Cabinet": the paper's council's cabinet


@pytest.mark.parametrize("text, subject, cabinet", [
    # a district's cabinet report
    ("Eastvale Borough Council\nReport to Cabinet, 12 March 2025\n\nDomestic abuse\n\n1. The Eastvale Domestic "
     "Abuse Local Partnership Board was set up in 2021. The Board reports to the Cabinet every year.\n",
     "Eastvale Domestic Abuse Local Partnership Board", "Eastvale Borough Council Cabinet"),
    # a partnership's annual report, the council's cabinet by possessive
    ("Safer Tamworth Partnership\nAnnual Report 2024-25\n\nTamworth Borough Council hosts the partnership. The "
     "Safer Tamworth Partnership reports to the Council's Cabinet twice a year.\n",
     "Safer Tamworth Partnership", "Tamworth Borough Council Cabinet"),
    # a unitary's web page
    ("Westhill Council\n\nCommunity Safety\n\nThe Westhill Community Safety Partnership is accountable to the "
     "Cabinet for its use of the grant.\n",
     "Westhill Community Safety Partnership", "Westhill Council Cabinet"),
])
def test_the_cabinet_is_the_paper_s_council_s(text: str, subject: str, cabinet: str) -> None:
    assert (subject, cabinet) in of(read(text), "reports_to")


def test_a_recommendation_to_the_cabinet_says_nothing_it_did() -> None:
    doc = read("Eastvale Borough Council\nReport to Cabinet, 12 March 2025\n\n2. Recommendations\n\n2.1 That the "
               "Cabinet approves the Eastvale Community Safety Strategy 2025-2028.\n")
    assert not {s for s, _ in of(doc, "produces") if "Cabinet" in s}


def test_the_cabinet_of_each_council_is_no_one_cabinet() -> None:
    doc = read("Eastvale Borough Council\nJoint Committee report\n\nThe Eastvale and Marlow Joint Community "
               "Safety Committee reports to the Cabinet of each Council every year.\n")
    assert not {o for _, o in of(doc, "reports_to") if "Cabinet" in o}


# -- "The partnership" opening a sentence, and its possessive


def test_the_partnership_s_plan_opening_a_sentence_is_the_partnership_s() -> None:
    doc = read("Safer Northby Partnership\nAnnual report 2024\n\nThe Safer Northby Partnership is the community "
               "safety partnership for Northby.\n\nThe partnership's Community Safety Plan 2024-2027 sets three "
               "priorities.\n")
    assert ("Safer Northby Partnership", "Community Safety Plan 2024-2027") in of(doc, "produces")


# -- "the Board" of a partnership, named as a board only further on


@pytest.mark.parametrize("text, partnership, group", [
    ("Dunmore Community Safety Partnership\nBusiness plan 2025\n\nThe Dunmore Community Safety Partnership "
     "brings the responsible authorities together.\n\nThe Domestic Abuse Group reports to the Board each quarter."
     "\n\nAppendix: terms of reference of the Dunmore Community Safety Partnership Board.\n",
     "Dunmore Community Safety Partnership", "Domestic Abuse Group"),
    # a web page: the board's members listed under the partnership's board further down
    ("Safer Orwell Partnership\n\nAbout us\n\nThe Safer Orwell Partnership is the community safety partnership "
     "for the district.\n\nThe Anti-social Behaviour Group reports to the Board every two months.\n\nSafer Orwell "
     "Partnership Board members\n\n- Orwell District Council\n- Orwell Fire and Rescue Service\n",
     "Safer Orwell Partnership", "Anti-social Behaviour Group"),
])
def test_the_board_is_the_partnership_whose_board_the_paper_names(text: str, partnership: str, group: str) -> None:
    assert (group, partnership) in of(read(text), "reports_to")


def test_the_board_of_a_partnership_that_names_no_board_is_unknown() -> None:
    doc = read("Safer Kelby Partnership\nAnnual Report 2023-24\n\nThe Safer Kelby Partnership is the community "
               "safety partnership for Kelby.\n\nThe Hate Crime Group reports to the Board each quarter.\n")
    assert not {o for s, o in of(doc, "reports_to") if "Hate Crime" in s}


# -- a body's initials opening the sentence before "the Board"


def test_the_board_after_a_sentence_opened_by_the_board_s_initials() -> None:
    doc = read("Ashby Youth Justice Service\nYouth Justice Plan 2024-25\n\n3.1 The service is overseen by the "
               "Ashby Youth Justice Management Board (YJMB).\n\n3.2 Reporting. The YJMB reports to the Safer Ashby "
               "Partnership twice a year and sends an annual report to the Ashby Public Services Board. The Board "
               "also reports quarterly to the Youth Justice Board for England and Wales.\n")
    reports = of(doc, "reports_to")
    assert ("Ashby Youth Justice Management Board", "Youth Justice Board for England and Wales") in reports
    assert ("Ashby Public Services Board", "Youth Justice Board for England and Wales") not in reports


# -- "it" after a colon


@pytest.mark.parametrize("text, fact, relation", [
    ("Westmere Youth Justice Service: governance\n\nThe Westmere Youth Justice Partnership Board is separate: it is "
     "accountable to the Westmere Safeguarding Children Partnership.\n",
     ("Westmere Youth Justice Partnership Board", "Westmere Safeguarding Children Partnership"), "reports_to"),
    ("Westmere Community Safety Partnership\n\nThe Westmere Hate Crime Forum is open to residents: it is "
     "chaired by Cllr Dana Whitlow.\n", ("Dana Whitlow", "Westmere Hate Crime Forum"), "chairs"),
    ("Norbridge City Council\n\nThe Norbridge Prevent Steering Group is small: it reports to the Safer Norbridge "
     "Partnership.\n", ("Norbridge Prevent Steering Group", "Safer Norbridge Partnership"), "reports_to"),
])
def test_it_after_a_colon_is_the_sentence_s_subject(text: str, fact: tuple[str, str], relation: str) -> None:
    assert fact in of(read(text), relation)
