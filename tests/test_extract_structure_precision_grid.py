"""A grid of structure, area and duty statements whose easy reading is false, each beside the neighbouring form
whose reading is true, in the styles of different councils' papers:

- a title set in capitals under a council's banner ("NORTHDALE SAFER COMMUNITIES PARTNERSHIP" over "Minutes of the
  Partnership meeting"): the meeting is the named partnership's, not a "Partnership" of the banner's council;
- a past name set off after a body's name ("(formerly the X CSP)", ", formerly the Safer X Partnership,"): what the
  sentence says (the area it is the partnership for) is said of the body, not of its old name;
- groups that send a report "to every meeting of the Partnership": to that partnership, not to the last body the
  list named (a council in an item's aside);
- a "where" clause between a subject and its verb ("the Hub, where officers and the police team work, reports to"):
  the subject reports, not a name inside the clause;
- a relative clause naming the holder of a duty ("on behalf of the XCSP, which has held the statutory duty since
  the ... Act"): the body right before the clause holds it, not the sentence's subject;
- a body "part of the county-wide arrangements led by X" or "part of the county structure overseen by X": X leads or
  oversees the arrangements; the body is not part of X, nor led by it;
- a topic qualifying an operation or a strategy ("Operation X, the winter ASB operation, is led by Y"): the
  operation is led, not the topic; "serious violence work is led by Y" keeps the topic, as the sets code it.

Every text is invented for this grid (places real or invented, people and groups made up). Each case lists the
facts that must be read and the facts that must not.
"""

from __future__ import annotations

import pytest
from extract_helpers import read, triples

Triple = tuple[str, str, str]

GRID: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # --- a title in capitals over a bare "the Partnership" meeting ---------------------------------------------
    ("capitals-title-minutes",
     "Babergh & Mid Suffolk Councils\n\nBABERGH AND MID SUFFOLK SAFER COMMUNITIES PARTNERSHIP\n"
     "The Community Safety Partnership for the districts of Babergh and Mid Suffolk\n\n"
     "MINUTES of the Partnership meeting, Tuesday 4 March 2025, 2.00 pm\n\n"
     "Present:\nCllr Dora Penhallow (Chair)     Babergh District Council\n"
     "Insp Tobias Wren                 Suffolk Constabulary\n\n"
     "1. SUB-GROUPS\n\n1.1 The Babergh Youth Safety Group, a sub-group of the Partnership, reported on "
     "its summer work.\n",
     {("Dora Penhallow", "attended", "Babergh and Mid Suffolk Safer Communities Partnership"),
      ("Babergh Youth Safety Group", "subgroup_of", "Babergh and Mid Suffolk Safer Communities Partnership")},
     {("Babergh Youth Safety Group", "subgroup_of", "Babergh & Mid Suffolk Councils Partnership")}),
    ("capitals-title-board-notes",
     "Ipswich Borough Council\n\nIPSWICH COMMUNITY SAFETY BOARD\n\n"
     "Notes of the Board meeting held on 12 June 2024\n\n"
     "Present: Cllr Ines Ashdown (Chair), Ipswich Borough Council; Supt Roland Keyes, Suffolk Constabulary\n\n"
     "2. The Ipswich Hate Crime Panel reports to the Board each quarter.\n",
     {("Ines Ashdown", "attended", "Ipswich Community Safety Board"),
      ("Ipswich Hate Crime Panel", "reports_to", "Ipswich Community Safety Board")},
     set()),
    # --- a past name set off after the body's name --------------------------------------------------------------
    ("former-name-in-brackets",
     "Tamsford Borough Council\nAnnual Report 2024/25\n\n2.1 Who we are\n\n"
     "The Safer Tamsford Partnership (formerly the Tamsford Community Safety Partnership) is the statutory "
     "community safety partnership for the borough of Tamsford.\n",
     {("Safer Tamsford Partnership", "covers_area", "Tamsford")},
     {("Tamsford Community Safety Partnership", "covers_area", "Tamsford")}),
    ("former-name-in-commas-after-initials",
     "Lynmere District Council\nTerms of Reference\n\n1. Name\n\n"
     "1.1 The Lynmere Community Safety Partnership (LCSP), formerly the Safer Lynmere Partnership, is the "
     "statutory crime and disorder partnership for the district of Lynmere.\n",
     {("Lynmere Community Safety Partnership", "covers_area", "Lynmere")},
     {("Safer Lynmere Partnership", "covers_area", "Lynmere")}),
    ("former-name-previously-known-as",
     "Lichfield District Council\nCommunity Safety Web Page\n\n"
     "The Lichfield Safety Partnership (previously known as the Lichfield Crime Reduction Partnership) is the "
     "community safety partnership for the district of Lichfield.\n",
     {("Lichfield Safety Partnership", "covers_area", "Lichfield")},
     {("Lichfield Crime Reduction Partnership", "covers_area", "Lichfield")}),
    ("no-former-name-stays",
     "Bramwick District Council\nPartnership Plan\n\n"
     "The Bramwick Community Safety Partnership is the statutory community safety partnership for the district of "
     "Bramwick.\n",
     {("Bramwick Community Safety Partnership", "covers_area", "Bramwick")},
     set()),
    ("towns-listed-after-covering",
     "Gedling Borough Council\nSafer Gedling Annual Report 2024\n\n"
     "The Safer Gedling Partnership is the statutory community safety partnership for the borough of Gedling, "
     "covering Arnwick, Carlford Vale and Netherbury and the villages between them.\n",
     {("Safer Gedling Partnership", "covers_area", "Gedling"), ("Safer Gedling Partnership", "covers_area", "Arnwick"),
      ("Safer Gedling Partnership", "covers_area", "Carlford Vale"),
      ("Safer Gedling Partnership", "covers_area", "Netherbury")},
     set()),
    ("place-with-and-in-an-oxford-list",
     "Copeland Borough Council\nCommunity Safety Partnership Annual Report 2021/22\n\n"
     "The Safer Copeland Partnership is the community safety partnership for the Borough of Copeland, covering "
     "Whitfell, Seacombe and Bransty, and Egremont Vale.\n",
     {("Safer Copeland Partnership", "covers_area", "Seacombe and Bransty"),
      ("Safer Copeland Partnership", "covers_area", "Whitfell"),
      ("Safer Copeland Partnership", "covers_area", "Egremont Vale")},
     {("Safer Copeland Partnership", "covers_area", "Seacombe"),
      ("Safer Copeland Partnership", "covers_area", "Bransty")}),
    ("one-name-after-covering-is-left",
     "Rushcliffe Borough Council\nPartnership Plan\n\n"
     "The Rushcliffe Community Safety Partnership is the statutory community safety partnership for the borough of "
     "Rushcliffe, covering Westbridge Quay on the river.\n",
     {("Rushcliffe Community Safety Partnership", "covers_area", "Rushcliffe")},
     {("Rushcliffe Community Safety Partnership", "covers_area", "Westbridge Quay")}),
    # --- a report "to every meeting of the Partnership" --------------------------------------------------------
    ("meeting-of-the-partnership",
     "Hensby Borough Council\nCrime and Disorder Scrutiny Report\n\n"
     "4. How the Hensby Community Safety Partnership works\n\n"
     "4.1 The Hensby Community Safety Partnership meets every quarter.\n\n"
     "4.2 Two groups sit beneath the Partnership:\n"
     "   - the Hensby Street Safety Group, chaired by the Council's Licensing Manager; and\n"
     "   - the Hensby Vulnerable Adults Panel, chaired by the Council's Housing Manager.\n"
     "Each group sends a short highlight report to every meeting of the Partnership.\n",
     {("Hensby Street Safety Group", "reports_to", "Hensby Community Safety Partnership"),
      ("Hensby Vulnerable Adults Panel", "reports_to", "Hensby Community Safety Partnership")},
     {("Hensby Street Safety Group", "reports_to", "Hensby Borough Council"),
      ("Hensby Vulnerable Adults Panel", "reports_to", "Hensby Borough Council")}),
    ("meeting-of-a-named-board",
     "Draycote District Council\nAnnual Report\n\n"
     "The following groups do the partnership's day-to-day work:\n\n"
     "  * Draycote Tasking Group - chaired by Warwickshire Police\n"
     "  * Draycote Drugs Forum - led by the Council's Public Health team\n\n"
     "Both groups present a written update to each meeting of the Draycote Safer Communities Board.\n",
     {("Draycote Tasking Group", "reports_to", "Draycote Safer Communities Board"),
      ("Draycote Drugs Forum", "reports_to", "Draycote Safer Communities Board")},
     {("Draycote Tasking Group", "reports_to", "Draycote District Council")}),
    ("meeting-of-the-named-acronym",
     "Stroud District Council\nStroud Drugs Local Partnership - Terms of Reference\n\n"
     "1. Purpose\n\n1.1 The Stroud Drugs Local Partnership (SDLP) leads the local response to drug harm.\n\n"
     "7. Working groups\n\n7.1 Two working groups sit under the SDLP:\n\n"
     "   a) the Stroud Supply Disruption Group, led by Gloucestershire Constabulary, which maps county lines;\n\n"
     "   b) the Stroud Treatment Access Group, chaired by the Consultant in Public Health.\n\n"
     "7.2 Both groups report to every SDLP meeting.\n",
     {("Stroud Supply Disruption Group", "reports_to", "Stroud Drugs Local Partnership"),
      ("Stroud Treatment Access Group", "reports_to", "Stroud Drugs Local Partnership")},
     {("Stroud Supply Disruption Group", "reports_to", "Gloucestershire Constabulary")}),
    # --- a "where" clause between the subject and its verb ------------------------------------------------------
    ("where-clause-before-reports-to",
     "Oakhurst Council\nOur partnership (web page)\n\n"
     "The Oakhurst Community Safety Hub, where Council officers and Kent Police's neighbourhood team work side by "
     "side, reports to the Oakhurst Tasking Group.\n",
     {("Oakhurst Community Safety Hub", "reports_to", "Oakhurst Tasking Group")},
     {("Kent Police", "reports_to", "Oakhurst Tasking Group")}),
    ("which-clause-before-reports-to-stays",
     "Pelworth Borough Council\nCommunity Safety Strategy\n\n"
     "The Pelworth Domestic Abuse Forum, which meets every two months, reports to the Safer Pelworth "
     "Partnership.\n",
     {("Pelworth Domestic Abuse Forum", "reports_to", "Safer Pelworth Partnership")},
     set()),
    # --- the holder of a duty named right before a relative clause ------------------------------------------
    ("which-has-held-the-duty",
     "Ashmoor Borough Council\nDomestic Abuse Board Annual Report 2024\n\n"
     "The Board also acts as a theme group of the Ashmoor Community Safety Partnership (ACSP).\n\n"
     "The Ashmoor Death Review Panel commissions reviews on behalf of the ACSP, which has held the statutory duty "
     "for these reviews since the Domestic Violence, Crime and Victims Act 2004 (section 9) came into force.\n",
     {("Ashmoor Community Safety Partnership", "statutory_duty", "Domestic Violence, Crime and Victims Act 2004")},
     {("Ashmoor Death Review Panel", "statutory_duty", "Domestic Violence, Crime and Victims Act 2004")}),
    ("which-holds-the-responsibility-stays",
     "Fernlow District Council\nReport to Cabinet\n\n"
     "Reviews are commissioned on behalf of the Safer Fernlow Partnership, which holds the statutory "
     "responsibility for domestic homicide reviews under the Domestic Violence, Crime and Victims Act 2004.\n",
     {("Safer Fernlow Partnership", "statutory_duty", "Domestic Violence, Crime and Victims Act 2004")},
     set()),
    # --- part of unnamed arrangements led or overseen by a named body ----------------------------------------
    ("part-of-arrangements-led-by",
     "Welbury Borough Council\nSafer Welbury Partnership (web page)\n\n"
     "The Partnership is part of the county-wide arrangements led by the Surrey Community Safety Board, which the "
     "Police and Crime Commissioner chairs.\n",
     set(),
     {("Safer Welbury Partnership", "part_of", "Surrey Community Safety Board"),
      ("Safer Welbury Partnership", "led_by", "Surrey Community Safety Board")}),
    ("part-of-structure-overseen-by",
     "Thornby Borough Council\nVulnerability Partnership Terms of Reference\n\n"
     "7. Accountability\n\n7.1 The Thornby Community Safety Partnership is in turn part of the county structure "
     "overseen by the Safer Communities Strategy Board for Leicestershire.\n",
     set(),
     {("Thornby Community Safety Partnership", "part_of", "Safer Communities Strategy Board for Leicestershire")}),
    ("part-of-a-named-partnership-stays",
     "Wendholme District Council\nPartnership Plan\n\n"
     "The Wendholme Night Watch Group is part of the Safer Wendholme Partnership.\n",
     {("Wendholme Night Watch Group", "part_of", "Safer Wendholme Partnership")},
     set()),
    ("led-by-a-named-service-stays",
     "Coldby Council\nYouth Justice Report\n\n"
     "The Coldby Youth Outreach Programme is led by the Coldby Youth Service.\n",
     {("Coldby Youth Outreach Programme", "led_by", "Coldby Youth Service")},
     set()),
    # --- a topic qualifying an operation or a strategy ---------------------------------------------------------
    ("topic-in-apposition-to-an-operation",
     "Minutes of the Harlingford Community Safety Partnership, 8 October 2024\n\n"
     "3. POLICE UPDATE\n\nInspector Nadia Forde reported that Operation Marlin, the winter ASB operation, is led "
     "by Essex Police and now covers the town centre.\n",
     {("Operation Marlin", "led_by", "Essex Police")},
     {("Anti-Social Behaviour", "led_by", "Essex Police")}),
    ("topic-qualifying-a-strategy",
     "Minutes of the Dunsby Community Safety Partnership, 2 July 2024\n\n"
     "7. COUNTY BOARD\n\nThe Board had agreed a county-wide approach, and the county's serious violence strategy "
     "would be led by the Derbyshire Violence Reduction Partnership.\n",
     set(),
     {("Serious Violence", "led_by", "Derbyshire Violence Reduction Partnership")}),
    ("topic-qualifying-a-programme",
     "Lowick District Council\nAnnual Report\n\n"
     "Our domestic abuse programme is led by the Lowick Domestic Abuse Service.\n",
     set(),
     {("Domestic Abuse", "led_by", "Lowick Domestic Abuse Service")}),
    ("topic-work-stays",
     "Brackton Borough Council\nAnnual Report 2024/25\n\n"
     "Serious violence work in Brackton is led by the Brackton Violence Reduction Unit.\n",
     {("Serious Violence", "led_by", "Brackton Violence Reduction Unit")},
     set()),
    ("topic-alone-stays",
     "Kirkley Council\nCommunity Safety Update\n\n"
     "Domestic abuse is led by the Kirkley Domestic Abuse Partnership.\n",
     {("Domestic Abuse", "led_by", "Kirkley Domestic Abuse Partnership")},
     set()),
]


@pytest.mark.parametrize(("text", "must", "must_not"), [c[1:] for c in GRID], ids=[c[0] for c in GRID])
def test_structure_precision_grid(text: str, must: set[Triple], must_not: set[Triple]) -> None:
    got = triples(read(text))
    assert must <= got, sorted(must - got)
    assert not must_not & got, sorted(must_not & got)


def test_grid_cases_are_distinct() -> None:
    assert len({c[0] for c in GRID}) == len(GRID) >= 20
    assert len({c[1] for c in GRID}) == len(GRID)
