"""A grid of the frames every consumer must ask, not decide again on its own.

Three frames, each read once per paper or per table:

* which body met (loaders/meeting_frame.py): the attendance, chair and vice-chair readers, the back-references
  "the Group" and "the Board", and the paper's own body all take the frame's answer; a banner line carrying a note
  in brackets ("(a delivery group of ...)", "(sitting as the crime and disorder committee)") is still the banner;
  a heading the frame does not complete is never a body of its own ("MINUTES of the Group");
* a section heading is no body ("3. Places on the Board", "Membership of the Group"): its words only refer;
* who funds a table (funding.table_funder): a decision maker's field says who decides, not whose money it is; a
  caption "Allocations via X" or a lead-in "distributed through X" names the body the money passes through, which
  funds the rows; a recipient cell "recipient, purpose" names the recipient before its comma.

Each case is a short paper invented for the test (invented people, invented or real councils, several councils'
styles), with the neighbouring true readings that must stay. Run as a script for the grid's score:
`python tests/test_consumer_frames_grid.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid, meeting_misses, of, read

_PRESENT = ("\nPresent:\nCllr Morwenna Tallis (Chair) - Haddon Vale Council\n"
            "Supt Idris Penhallow (Vice-Chair) - Wexshire Police\nOrla Fenwick - Wexshire Probation Service\n\n"
            "Apologies: Caspar Ruddock\n\n1. Welcome\nThe Chair welcomed everyone to the meeting.\n")

_TABLE_PRESENT = ("\nPresent\n\n  Name                  | Organisation\n"
                  "  ----------------------+--------------------------------------\n"
                  "  Cllr Hester Quayle    | Haddon Vale Council (Chair)\n"
                  "  Bram Oyelaran         | Wexshire Police (Vice-Chair)\n"
                  "  Nell Ashdown          | Wexshire County Council, Public Health\n\n"
                  "Apologies\n\n  Tobias Brightwell     | Haddon Vale Homes\n\n"
                  "1.  WELCOME AND APOLOGIES\n\nThe Chair welcomed members.\n")

MEETINGS = [
    pytest.param("HADDON VALE SUBSTANCE HARM DELIVERY GROUP\n(a local delivery group of the Wexshire Drugs "
                 "Partnership)\n\nMINUTES of the Group's meeting on Tuesday 4 June 2024, 10.00am, Council Chamber\n"
                 + _TABLE_PRESENT,
                 ["Haddon Vale Substance Harm Delivery Group"], id="banner-with-a-note-then-the-groups-meeting"),
    pytest.param("Source: https://democracy.haddonvale.gov.uk/ieListDocuments.aspx?CId=12&MId=345\n\n"
                 "HADDON VALE BOROUGH COUNCIL\n\nPLACE AND ENVIRONMENT SCRUTINY COMMITTEE\n(convened in its crime "
                 "and disorder capacity)\n\nMINUTES of a meeting held on Thursday, 6 March 2025 at 7.00 pm\n"
                 + _PRESENT,
                 ["Place and Environment Scrutiny Committee"], id="committee-in-its-crime-and-disorder-capacity"),
    pytest.param("BRINSCOMBE DISTRICT COUNCIL\n\nCOMMUNITIES OVERVIEW PANEL (sitting as the crime and disorder "
                 "committee)\n\nMinutes of the meeting held on 12 November 2024\n" + _PRESENT,
                 ["Communities Overview Panel"], id="panel-sitting-as-the-crime-and-disorder-committee"),
    pytest.param("SAFER ORMSBY PARTNERSHIP (the statutory community safety partnership for Ormsby)\n\n"
                 "Minutes of the Partnership meeting held on 3 April 2025\n" + _PRESENT,
                 ["Safer Ormsby Partnership"], id="partnership-banner-with-a-note-then-partnership-meeting"),
    pytest.param("Orrin Vale Council\n\nORRIN VALE HATE CRIME BOARD (formerly the Orrin Vale Cohesion Group)\n\n"
                 "Notes of the Board meeting held on 9 January 2025\n" + _PRESENT,
                 ["Orrin Vale Hate Crime Board"], id="board-banner-with-a-former-name-note"),
    # neighbours that stay
    pytest.param("Dunford Borough Council\n\nCABINET - 15 JULY 2024\n" + _PRESENT,
                 ["Dunford Borough Council Cabinet"], id="council-cabinet-head-line-stays"),
    pytest.param("EASTMOOR COMMUNITY SAFETY PARTNERSHIP\nWESTMOOR COMMUNITY SAFETY PARTNERSHIP\n\nJOINT MEETING - "
                 "MINUTES\n\nHeld on 2 May 2024 at Eastmoor Hall\n" + _PRESENT,
                 ["Eastmoor Community Safety Partnership", "Westmoor Community Safety Partnership"],
                 id="joint-meeting-stays-both-bodies"),
    pytest.param("ASHBOURNE CITY COUNCIL\nAshbourne Serious Violence Board (ASVB)\n"
                 "Notes of meeting - Wednesday 16 October 2024, 2.00pm\n" + _PRESENT,
                 ["Ashbourne Serious Violence Board"], id="banner-with-initials-stays"),
    pytest.param("Minutes of the Safer Kelmouth Partnership held on Tuesday 4 June 2024, Kelmouth Guildhall\n"
                 + _PRESENT,
                 ["Safer Kelmouth Partnership"], id="heading-in-full-stays"),
    # the paper does not say: nothing is minted from the heading
    pytest.param("MINUTES of the Group's meeting on Tuesday 4 June 2024, 10.00am, Council Chamber\n" + _TABLE_PRESENT,
                 [], id="group-meeting-no-banner-not-said"),
]


@pytest.mark.parametrize(("text", "bodies"), MEETINGS)
def test_every_attendance_reader_takes_the_frames_body(text: str, bodies: list[str]) -> None:
    missed, false = meeting_misses(text, bodies)
    assert not missed and not false, f"missed {missed}; false {false}"


# -- back-references and the paper's own body: the frame's body, never a name minted from the heading
_GROUP_PAPER = ("LANGMERE COMBATING DRUGS DELIVERY GROUP\n(a local delivery group of the Wexshire Combating Drugs "
                "Partnership)\n\nMINUTES of the Group's meeting on Tuesday 4 June 2024, 10.00am\n" + _TABLE_PRESENT +
                "\n2.  PRIORITIES\n\nThe Group agreed to keep its three priorities: reducing drug-related deaths; "
                "disrupting county lines supply; and increasing the number of people in treatment.\n\n"
                "3.  GOVERNANCE\n\nThe Group reports to the Wexshire Combating Drugs Partnership.\n")

_SEATS_PAPER = ("SAFER THORNBURY PARTNERSHIP\nTERMS OF REFERENCE 2025\n\n1.  Purpose\n\n1.1 The Safer Thornbury "
                "Partnership is the statutory community safety partnership for the district of Thornbury.\n\n"
                "2.  Places on the Board\n\n2.1 The responsible authorities sit on the Board.\n\n"
                "3.  Groups below the Board\n\n3.1 Two sub-groups sit beneath the Board and each sends a report to "
                "every Board meeting:\n\n    a) Thornbury Joint Action Group - chaired by Wexshire Police.\n"
                "    b) Thornbury Domestic Abuse Forum - chaired by the Council's Community Safety Officer.\n")

_MEMBERSHIP_PAPER = ("KESTLE COMMUNITY SAFETY PARTNERSHIP\n\nAnnual Report 2024/25\n\nMembership of the Group\n\n"
                     "The Kestle Tasking Group reports to the Partnership. The Group is chaired by Inspector Ada "
                     "Rennick of Wexshire Police.\n")


def _bodies(doc) -> set[str]:
    return {e.name for e in doc.entities if e.kind == "body"}


def test_back_references_to_the_group_are_the_frames_body() -> None:
    doc = read(_GROUP_PAPER)
    group = "Langmere Combating Drugs Delivery Group"
    assert not any("MINUTES" in b.upper() for b in _bodies(doc)), _bodies(doc)
    assert doc.body is not None and doc.body.name == group
    priorities = {o for _, o in of(doc, "priority_of")}
    assert priorities == {group}, priorities
    assert (group, "Wexshire Combating Drugs Partnership") in of(doc, "reports_to")


def test_a_section_heading_is_no_body() -> None:
    doc = read(_SEATS_PAPER)
    assert not any(b.startswith("Places on") for b in _bodies(doc)), _bodies(doc)
    parents = {o for r in ("subgroup_of", "reports_to") for _, o in of(doc, r)}
    assert parents == {"Safer Thornbury Partnership"}, parents


_CHART_PAPER = ("ORRIN VALE CHANNEL PANEL\nTERMS OF REFERENCE\n\n1. Purpose\n\n1.1 The Orrin Vale Channel Panel "
                "supports people at risk of radicalisation in Orrin Vale.\n\n2. Structure\n\n"
                "2.1 Structure (in text):\n\n   Wexshire Safeguarding Partnership\n        |\n"
                "        +-- Wexshire Prevent Board\n        |\n        +-- Orrin Vale Community Safety Group\n\n"
                "3. Meetings\n\n3.1 The Panel meets monthly.\n")


def test_a_chart_drawn_in_text_is_not_read_upside_down() -> None:
    doc = read(_CHART_PAPER)
    under_panel = {s for s, o in of(doc, "subgroup_of") if o == "Orrin Vale Channel Panel"}
    assert not under_panel, of(doc, "subgroup_of")
    assert ("Wexshire Prevent Board", "Wexshire Safeguarding Partnership") in of(doc, "subgroup_of")


def test_a_membership_heading_is_no_body() -> None:
    doc = read(_MEMBERSHIP_PAPER)
    assert not any(b.startswith("Membership") for b in _bodies(doc)), _bodies(doc)


# -- who funds a table
FUNDING = FundingGrid()
case = FUNDING.case

case("decision maker accepts another body's grant and allocates it", """Haddon Vale District Council

RECORD OF EXECUTIVE DECISION

  Decision maker:        Executive Board
  Decision date:         14 November 2024
  Title:                 Town Centres Safety Programme - acceptance of grant and allocations

1.  Decision

1.1  The Executive Board accepted a grant of £40,000 from the Police and Crime Commissioner for Wexshire. It
approved the allocations in section 3.

3.  Allocations

     Project                          Delivered by                       Amount
     -------------------------------  ---------------------------------  ------------
     Street marshals, Haddon          Haddon Street Angels                £25,000
     Youth outreach, Brook End        Brook End Youth Trust               £15,000
     -------------------------------  ---------------------------------  ------------
     Total                                                                £40,000
""",
     ("Police and Crime Commissioner for Wexshire", "Haddon Vale District Council", 40000),
     ("Police and Crime Commissioner for Wexshire", "Street marshals, Haddon", 25000),
     ("Police and Crime Commissioner for Wexshire", "Youth outreach, Brook End", 15000))

case("decision maker allocates money whose source the paper does not say", """Brinscombe Borough Council

DECISION NOTICE

  Decision maker:        Cabinet
  Date of decision:      2 December 2024

1.  Decision

1.1  Cabinet approved the community safety allocations below.

     Project                          Delivered by                       Amount
     -------------------------------  ---------------------------------  ------------
     Night-time economy patrols       Brinscombe Street Pastors           £6,000
     Shop watch radios                Brinscombe Business Crime Group     £4,500
""")

case("a council decision paid from the council's own budget is the council's", """Brinscombe Borough Council

DECISION NOTICE

  Decision maker:        Cabinet
  Date of decision:      2 December 2024

1.  Decision

1.1  Cabinet approved the allocations below, to be met from the Council's own community safety budget.

     Project                          Delivered by                       Amount
     -------------------------------  ---------------------------------  ------------
     Night-time economy patrols       Brinscombe Street Pastors           £6,000
     Shop watch radios                Brinscombe Business Crime Group     £4,500
""",
     ("Brinscombe Borough Council", "Night-time economy patrols", 6000),
     ("Brinscombe Borough Council", "Shop watch radios", 4500))

case("a commissioner's own decision on the commissioner's fund stays the commissioner's", """OFFICE OF THE POLICE AND
CRIME COMMISSIONER FOR WEXSHIRE

DECISION RECORD 2024/031

  Decision maker:        Police and Crime Commissioner for Wexshire
  Title:                 Community Safety Fund awards 2024/25

1.  The Commissioner approves the following awards from the Commissioner's Community Safety Fund:

     Recipient                              Purpose                              Award
     -------------------------------------  -----------------------------------  ---------
     Wexshire Victim Care Trust             Outreach worker                      £18,000
     Haddon Vale Neighbourhood Watch        Rural crime signage                   £2,400
""",
     ("Police and Crime Commissioner for Wexshire", "Wexshire Victim Care Trust", 18000),
     ("Police and Crime Commissioner for Wexshire", "Haddon Vale Neighbourhood Watch", 2400))

case("a caption of allocations via a partnership", """Wexshire Police and Crime Commissioner
Grant allocations in Haddon Vale, 2024/25

The Commissioner gives the Wexshire County Community Safety Partnership £60,000 a year to share among the districts.

Table 1: Allocations via the Wexshire County Community Safety Partnership
------------------------------------------------------------------------------
Ref     Recipient                         Project / purpose              Award
------  --------------------------------  -----------------------------  --------
CSP-01  Haddon Vale Council               Hate crime reporting centre    £12,500
CSP-02  Brook End Refuge Trust            Children's support worker      £16,000
------------------------------------------------------------------------------
""",
     ("Wexshire Police and Crime Commissioner", "Wexshire County Community Safety Partnership", 60000),
     ("Wexshire County Community Safety Partnership", "Haddon Vale Council", 12500),
     ("Wexshire County Community Safety Partnership", "Brook End Refuge Trust", 16000))

case("a lead-in of grants distributed through a partnership", """Kestle District Council
Community safety grants 2024/25

The following grants were distributed through the Kestle Community Safety Partnership:

  Recipient                          Purpose                               Amount
  ---------------------------------  ------------------------------------  --------
  Kestle Street Pastors              Friday night patrols                  £5,500
  Kestle Women's Refuge              Helpline cover                        £8,200
""",
     ("Kestle Community Safety Partnership", "Kestle Street Pastors", 5500),
     ("Kestle Community Safety Partnership", "Kestle Women's Refuge", 8200))

case("recipient cells written 'recipient, purpose'", """Safer Ormsby Partnership - Annual Report 2024/25

6.  Money

The Safer Ormsby Partnership (SOP) has no budget of its own. In 2024/25 it drew on the following:

   Source                                      Recipient / use                        2024/25
   ------------------------------------------  -------------------------------------  ---------
   Wexshire Police and Crime Commissioner      SOP, Community Safety Grant            £30,000
   Ormsby Borough Council                      SOP, partnership projects              £12,000
   SOP (from the PCC grant)                    Ormsby Street Pastors, weekend          £4,000
                                               patrols
   ------------------------------------------  -------------------------------------  ---------
""",
     ("Wexshire Police and Crime Commissioner", "Safer Ormsby Partnership", 30000),
     ("Ormsby Borough Council", "Safer Ormsby Partnership", 12000),
     ("Safer Ormsby Partnership", "Ormsby Street Pastors", 4000))

case("a project cell with a comma and a place stays whole", """Haddon Vale Council
Community safety grants 2024/25

The Police and Crime Commissioner for Wexshire has awarded the following grants:

     Project                          Delivered by                       Amount
     -------------------------------  ---------------------------------  ------------
     CCTV upgrade, Market Street      Haddon Vale Council                 £9,000
     Safe space, Friday nights        Haddon Street Angels                £3,000
""",
     ("Police and Crime Commissioner for Wexshire", "CCTV upgrade, Market Street", 9000),
     ("Police and Crime Commissioner for Wexshire", "Safe space, Friday nights", 3000))


@pytest.mark.parametrize("name", list(FUNDING))
def test_who_funds_the_table(name: str) -> None:
    FUNDING.check(name)


if __name__ == "__main__":  # python tests/test_consumer_frames_grid.py prints the grid's score
    bad = 0
    for p in MEETINGS:
        missed, false = meeting_misses(*p.values)
        if missed or false:
            bad += 1
            print(f"{p.id}: missed {missed} false {sorted(set(false))}")
    for test in (test_back_references_to_the_group_are_the_frames_body, test_a_section_heading_is_no_body,
                 test_a_membership_heading_is_no_body, test_a_chart_drawn_in_text_is_not_read_upside_down):
        try:
            test()
        except AssertionError as e:
            bad += 1
            print(f"{test.__name__}: {e}")
    print(f"meetings, headings and charts: {len(MEETINGS) + 4 - bad} of {len(MEETINGS) + 4} cases right")
    FUNDING.print_score()
