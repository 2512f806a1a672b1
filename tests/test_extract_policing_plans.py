"""A police and crime plan the paper names without an owner is the plan of the one commissioner (or mayor with the
commissioner's functions) the paper names: loaders/extract/publications.py (policing_plans). Every text here is
written for the test, in the styles of a commissioner's decision notice, a police and crime panel's minutes and a
council's cabinet report."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

DECISION = (
    "Police and Crime Commissioner for Lancashire\n\nDecision Notice 2025/031\n\n"
    "Title: Community safety grants to district partnerships\n\n"
    "1. The Commissioner approves grants totalling £410,000 to the twelve district partnerships in support of the "
    "Police and Crime Plan 2025-2029.\n\n"
    "2. Each partnership reports spend against the Police and Crime Plan every quarter.\n"
)

# the source line gives the paper its area, as a council's meeting system does: a paper of no known area leaves
# a commissioner's post unplaced, and an unplaced post produces nothing
PANEL = (
    "Source: https://democracy.newcastle.gov.uk/mgAi.aspx?ID=5120\n\n"
    "Northumbria Police and Crime Panel\n\nMinutes of the meeting held on 4 March 2025\n\n"
    "Present: Councillor A Brindle (Chair)\n\n"
    "5. Performance report\n\n"
    "The Northumbria Police and Crime Commissioner presented progress against the Police and Crime Plan. Members "
    "asked about response times in rural wards.\n"
)

CABINET = (
    "Wakefield Council\n\nCabinet, 9 January 2025\n\nCommunity Safety Partnership Plan refresh\n\n"
    "3.2 The refreshed plan has been aligned with the Police and Crime Plan 2024-2028 issued by the Mayor of West "
    "Yorkshire, who holds the commissioner's functions for the county.\n"
)


@pytest.mark.parametrize("text, holder", [
    (DECISION, "Police and Crime Commissioner"),
    (PANEL, "Police and Crime Commissioner"),
    (CABINET, "Mayor of West Yorkshire"),
])
def test_an_ownerless_plan_is_the_named_commissioner_s(text: str, holder: str):
    doc = read(text)
    assert_evidence_quotes(doc)
    produced = {(s, o) for s, o in of(doc, "produces") if "Police and Crime Plan" in o}
    assert produced, sorted(of(doc, "produces"))
    assert all(holder in s for s, _ in produced)


def test_the_plan_named_again_without_its_years_is_one_plan():
    produced = {o for _, o in of(read(DECISION), "produces") if "Police and Crime Plan" in o}
    assert len(produced) == 1
    assert "2025-2029" in next(iter(produced))


@pytest.mark.parametrize("text", [
    # two forces' commissioners: whose plan is not said
    "The Avon and Somerset Police and Crime Commissioner and the Wiltshire Police and Crime Commissioner met "
    "the partnership. Projects were scored against the Police and Crime Plan 2024-2028.\n",
    # no commissioner named at all
    "The partnership's projects were scored against the Police and Crime Plan 2024-2028.\n",
    # a deputy is not the plan's holder
    "The Deputy Police and Crime Commissioner for Merseyside spoke about the Police and Crime Plan 2024-2028.\n",
    # a paper about the plan is not the plan
    "The Merseyside Police and Crime Commissioner welcomed Feedback on the Police and Crime Plan from residents.\n",
])
def test_no_single_holder_or_no_plan_gives_nothing(text: str):
    assert not {(s, o) for s, o in of(read(text), "produces") if "Crime" in o and "Plan" in o}
