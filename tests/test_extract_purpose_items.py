"""A terms of reference's remit written as infinitive items straight under a heading of remit ("2. Purpose" then
"2.1 To oversee ..."), with no opening line of its own: the items are the paper's own body's
(loaders/extract/clauses.py item_owner); two verbs of one item ("To produce and monitor the Strategy")."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

TOR = """Source: https://www.sunderland.gov.uk/csp/tor.pdf

Safer Sunderland Partnership
Youth Violence Sub-group

TERMS OF REFERENCE

1.  Status

    The Sunderland Youth Violence Sub-group (the "Sub-group") sits as a sub-group of the
    Safer Sunderland Partnership.

2.  {heading}

    2.1 To oversee the Sunderland Knife Crime Panel.
    2.2 To produce and monitor the Sunderland Youth Violence Strategy 2025-2028
        and its action plan.
    2.3 To lead the multi-agency response to knife crime and youth violence.
"""
GROUP = "Sunderland Youth Violence Sub-group"


@pytest.mark.parametrize("heading", ["Purpose", "Role and responsibilities", "Functions"])
def test_infinitive_items_under_a_heading_of_remit_are_the_papers_own_bodys(heading) -> None:
    doc = read(TOR.format(heading=heading))
    assert_evidence_quotes(doc)
    assert (GROUP, "Sunderland Knife Crime Panel") in of(doc, "oversees")
    assert (GROUP, "Sunderland Youth Violence Strategy 2025-2028") in of(doc, "produces")


def test_the_second_of_two_verbs_of_an_item_is_read_too() -> None:
    doc = read(TOR.format(heading="Purpose"))
    assert (GROUP, "Sunderland Youth Violence Strategy 2025-2028") in of(doc, "oversees")


def test_infinitive_items_under_another_heading_have_no_owner() -> None:
    doc = read(TOR.format(heading="Background"))
    assert (GROUP, "Sunderland Knife Crime Panel") not in of(doc, "oversees")


def test_a_priority_sentence_whose_colon_lists_another_predicate_gives_no_priorities() -> None:
    doc = read("Source: https://www.torbay.gov.uk/x\n\nTorbay Exploitation Group\n\n1. The Group is the delivery "
               "group for the exploitation priority of the Torbay Community Safety Partnership and reports to both "
               "bodies: to the Torbay Safeguarding Partnership every quarter, and to the Partnership twice a year.\n")
    assert not of(doc, "priority_of")


REMIT_LIST = """Source: https://www.cheshirewestandchester.gov.uk/iom/tor

Chester Integrated Offender Management Board
Terms of Reference

The Board will:
  a) hold partner agencies to account for the delivery of resettlement pathways
     (housing, employment and health);
  b) oversee the referral, assessment and review of the IOM cohort;
  c) oversee the Chester IOM Tasking Group.
"""


def test_unnamed_agencies_held_to_account_for_delivery_give_what_they_deliver() -> None:
    doc = read(REMIT_LIST)
    overseen = {o for s, o in of(doc, "oversees") if s == "Chester Integrated Offender Management Board"}
    assert "Resettlement pathways" in {o[:1].upper() + o[1:] for o in overseen}
    assert not any("agencies" in o.casefold() for o in overseen)


def test_a_noun_cut_at_the_comma_of_a_list_of_nouns_is_no_remit() -> None:
    doc = read(REMIT_LIST)
    assert not any(o.casefold() in ("referral", "selection") for _, o in of(doc, "responsible_for") |
                   of(doc, "oversees"))
    assert ("Chester Integrated Offender Management Board", "Chester IOM Tasking Group") in of(doc, "oversees")


def test_a_remit_item_opened_by_report_to_is_a_reporting_line() -> None:
    doc = read("Source: https://www.conwy.gov.uk/soc\n\nConwy Serious Organised Crime Board\nTerms of Reference\n\n"
               "The Board will:\n* agree and monitor the Conwy SOC Delivery Plan;\n* report to the Safer Conwy "
               "Executive twice a year and escalate risks to the North Wales Safeguarding Board where needed.\n")
    lines = {o for s, o in of(doc, "reports_to") if s == "Conwy Serious Organised Crime Board"}
    assert {"Safer Conwy Executive", "North Wales Safeguarding Board"} <= lines, lines


def test_named_work_a_body_leads_on_is_led_by_it_and_a_lower_case_topic_is_not() -> None:
    doc = read("Source: https://www.thurrock.gov.uk/x\n\nSafer Thurrock\nAnnual Report\n\n1. A protocol sets out how "
               "the partnerships work together. Safer Thurrock leads on hate crime and Prevent.\n")
    assert ("Prevent", "Safer Thurrock") in of(doc, "led_by")
    assert not any(s.casefold() == "hate crime" for s, _ in of(doc, "led_by"))
