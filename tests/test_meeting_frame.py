"""A grid of minutes' heads: which body met, decided once per paper (loaders/meeting_frame.py).

Each case is a short paper invented for the test in one council's layout, with invented people: a heading that
names the body in full; a banner above a heading that names the meeting only by its kind, or not at all; minutes
or a decision record appended to a report about another body; and the heads that do not say, whose attendance
then goes nowhere. Neighbours say what stays: a joint meeting's two banners, a council's cabinet, a banner with
its own heading. A case lists every attendance, chair and vice-chair fact's body it expects (an empty list: the
paper does not say which body met).

Run the module as a script for the grid's score: `python tests/test_meeting_frame.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import meeting_misses


def _case(name: str, text: str, bodies: list[str]):
    return pytest.param(text, bodies, id=name)


_PRESENT = ("\nPresent:\nCllr Morwenna Tallis (Chair) - Cabinet Member for Communities\n"
            "Supt Idris Penhallow (Vice-Chair) - Westmere Police\nOrla Fenwick - Westmere Probation Service\n\n"
            "Apologies: Caspar Ruddock\n\n1. Welcome\nThe Chair welcomed everyone to the meeting.\n")

_REPORT = ("\n1. Purpose\n1.1 This report sets out the partnership's work over the year and its priorities for "
           "the next.\n2. Recommendation\n2.1 That the committee notes the report.\n\n")

CASES = [
    # -- a heading naming the body in full
    _case("heading-in-full",
          "Minutes of the Safer Kelmouth Partnership held on Tuesday 4 June 2024, Kelmouth Guildhall\n" + _PRESENT,
          ["Safer Kelmouth Partnership"]),
    _case("heading-at-a-meeting-of",
          "At a meeting of the Brackenford Community Safety Partnership held on 9 May 2024 at 2pm\n" + _PRESENT,
          ["Brackenford Community Safety Partnership"]),
    _case("heading-capitals-in-a-sentence-case-line",
          "ORWELLTON DISTRICT COUNCIL\n\nMinutes of a meeting of the ORWELLTON COMMUNITY SAFETY PARTNERSHIP held "
          "in the Council Chamber on Monday 3 March 2025\n" + _PRESENT,
          ["Orwellton Community Safety Partnership"]),
    _case("heading-field-meeting-as-role",
          "LINDRIDGE BOROUGH COUNCIL\n\nMINUTES OF:    COMMUNITIES SCRUTINY COMMITTEE\n"
          "               (meeting as the Crime and Disorder Committee)\n\nDate of Meeting:  2 October 2024\n"
          + _PRESENT,
          ["Communities Scrutiny Committee"]),
    _case("heading-capitalised-meeting-word",
          "Minutes of the Stronger Hollins Select Committee Meeting held on 12 February 2024\n" + _PRESENT,
          ["Stronger Hollins Select Committee"]),
    # -- a banner completing a heading that names the kind only
    _case("banner-partnership-board-meeting",
          "SAFER PENRITHE PARTNERSHIP\n\nMinutes of the Partnership Board meeting held on Thursday 7 November "
          "2024, Civic Offices\n" + _PRESENT,
          ["Safer Penrithe Partnership"]),
    _case("banner-bilingual-partnership-board",
          "SAFER CWMDARE PARTNERSHIP\nPARTNERIAETH CWMDARE DDIOGELACH\n\nMinutes of the Partnership Board meeting "
          "held on 14 May 2024\n" + _PRESENT,
          ["Safer Cwmdare Partnership"]),
    _case("banner-partnership-meeting",
          "LOWMOOR COMMUNITY SAFETY PARTNERSHIP\n\nMINUTES of the Partnership meeting held on 5 March 2025\n"
          + _PRESENT,
          ["Lowmoor Community Safety Partnership"]),
    _case("banner-possessive-board-meeting",
          "FENCASTER DISTRICT COUNCIL\n\nSAFER FENCASTER BOARD\n\nRecord of the Board's meeting on Tuesday, 8 "
          "April 2025, Committee Room 1\n" + _PRESENT,
          ["Safer Fencaster Board"]),
    _case("banner-name-with-comma-then-meeting-held",
          "Tredegarth Council\n\nTREDEGARTH VIOLENCE AGAINST WOMEN, DOMESTIC ABUSE AND SEXUAL VIOLENCE "
          "PARTNERSHIP BOARD\n\nMINUTES of the meeting held on Wednesday 11 September 2024\n" + _PRESENT,
          ["Tredegarth Violence Against Women, Domestic Abuse and Sexual Violence Partnership Board"]),
    _case("banner-with-initials-notes-of-meeting",
          "ASHBOURNE CITY COUNCIL\nAshbourne Serious Violence Partnership Board (ASVPB)\n"
          "Notes of meeting - Wednesday 16 October 2024, 2.00pm\n" + _PRESENT,
          ["Ashbourne Serious Violence Partnership Board"]),
    # -- minutes or decisions appended to a report about another body
    _case("extract-appended-to-scrutiny-report",
          "HALDON BOROUGH COUNCIL\n\nCOMMUNITIES SCRUTINY PANEL\n\nHaldon Community Safety Partnership - annual "
          "report 2024\n" + _REPORT +
          "EXTRACT FROM THE MINUTES OF THE COMMUNITIES SCRUTINY PANEL, 14 MAY 2024\n" + _PRESENT,
          ["Communities Scrutiny Panel"]),
    _case("extract-plain-case",
          "Rendlesham District Council\n\nReport to: Overview Panel\nTitle: Safer Rendlesham Partnership - "
          "progress update\n" + _REPORT +
          "Extract from the minutes of the Overview Panel, 2 July 2024\n" + _PRESENT,
          ["Overview Panel"]),
    _case("decision-record-of-cabinet",
          "Wexcombe Borough Council\n\nReport to:  Cabinet\nDate of meeting: 3 March 2025\nTitle:  Wexcombe "
          "Community Safety Partnership - grants 2025/26\n" + _REPORT +
          "DECISION RECORD (extract) - Cabinet, 3 March 2025, minute 41\n\nPresent: Councillor Ada Brightmore "
          "(in the Chair), Councillors Kellow, Passmore and Trevenna.\n",
          ["Wexcombe Borough Council Cabinet"]),
    _case("decision-notice-cabinet-capitals",
          "Marlow Vale District Council\n\nReport to:  Cabinet\nTitle:  A shared community safety partnership\n"
          + _REPORT + "DECISION NOTICE - CABINET - 2 DECEMBER 2024\n\nPresent: Councillors Ruth Halloran (Leader, "
          "in the Chair), Tobias Wren and Elin Marsh.\n",
          ["Marlow Vale District Council Cabinet"]),
    # -- heads that do not say: attendance goes nowhere
    _case("kind-only-under-a-council-banner",
          "ASHCOMBE DISTRICT COUNCIL\n\nMinutes of the Partnership Board meeting held on 3 May 2024\n" + _PRESENT,
          []),
    _case("kind-the-banner-does-not-end-in",
          "SAFER ASHFORTH PARTNERSHIP\n\nMinutes of the Steering Group meeting held on 6 June 2024\n" + _PRESENT,
          []),
    # -- neighbours that stay
    _case("joint-meeting-two-banners-both",
          "GREYMOOR COMMUNITY SAFETY PARTNERSHIP\nHOLLOWAY VALE COMMUNITY SAFETY PARTNERSHIP\n\nMinutes of a joint "
          "meeting of the two Partnerships held on Thursday 9 November 2024\n" + _PRESENT,
          ["Greymoor Community Safety Partnership", "Holloway Vale Community Safety Partnership"]),
    _case("banner-over-minutes-of-the-meeting",
          "Safer Kirkholme Partnership\n\nMinutes of the meeting held on 4 February 2025\n" + _PRESENT,
          ["Safer Kirkholme Partnership"]),
    _case("previous-minutes-in-a-sentence-keep-the-heading",
          "Minutes of the Brimley Safeguarding Adults Board held on 2 April 2025\n" + _PRESENT +
          "2. The minutes of the Cabinet meeting held on 3 March were noted for information.\n",
          ["Brimley Safeguarding Adults Board"]),
    _case("council-cabinet-head-line",
          "Dunford Borough Council\n\nCABINET - 15 JULY 2024\n" + _PRESENT,
          ["Dunford Borough Council Cabinet"]),
    _case("a-report-citing-minutes-names-no-meeting",
          "Report to: Safer Pellworth Board\nTitle: Knife crime update\n" + _REPORT +
          "2.2 The minutes of the Pellworth Youth Forum of 3 May are attached for information.\n",
          []),
]


@pytest.mark.parametrize(("text", "bodies"), CASES)
def test_the_body_that_met_is_read_once_from_the_strongest_evidence(text, bodies):
    missed, false = meeting_misses(text, bodies)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    bad = 0
    for p in CASES:
        missed, false = meeting_misses(*p.values)
        if missed or false:
            bad += 1
            print(f"{p.id}: missed {missed} false {sorted(set(false))}")
    print(f"grid: {len(CASES) - bad}/{len(CASES)} cases right")
