"""A grid of groups named as a run of items and then said of together, and of reporting said with verbs of
sending: forms a census of never-read papers found lost, each written here in an invented council's style.

- A plural that takes up the groups a list (bullets, lettered items, names on lines of their own over their
  descriptions, or the sentences after a counting one) has just named: "Each group is a sub-group of the
  Partnership and sends it a written update", "All three groups sit under the Board", "Three groups report to the
  Strategic Board:", "Both groups report to the Board", "The Board has two sub-groups.". A count that does not
  fit the run, or a sentence that says no relation, gives nothing.
- A minutes item titled as the sub-groups' updates ("6. SUB-GROUP UPDATES"), whose lettered items each open on a
  group's name: each is a sub-group of the meeting's own body.
- Reporting said by what is sent: "sends a quarterly highlight report to", "provides an annual statement to",
  "provides a copy of its annual report to", "answers to", "reports both to X and to Y", "feeds into X as well
  as Y", and the body sent to written before the report ("gives the Board an annual assurance statement"); the
  body reported to named first: "X, to which the Partnership reports"; and the name a relative clause hangs on
  is the verb's object, not a name inside the clause ("feeds into the Agreement, which the Partnership prepares").

Every text is invented for this grid (places are real or invented; people and groups are made up). Each case
lists the structure facts it states; the test asks that they are all read, and that no structure fact outside
them is added.
"""

from __future__ import annotations

import pytest
from extract_helpers import read, triples

STRUCTURE = ("reports_to", "subgroup_of", "part_of", "oversees")
R, S = "reports_to", "subgroup_of"


def _each(groups: tuple[str, ...], relation: str, parent: str) -> set[tuple[str, str, str]]:
    return {(g, relation, parent) for g in groups}


_ASH = ("Ashworth Tasking Group", "Ashworth Domestic Abuse Forum", "Ashworth Town Centre Group")
_BEL = ("Belmont Anti-Social Behaviour Panel", "Belmont Night-Time Economy Group", "Belmont Hate Crime Forum")
_COR = ("Corbridge Youth Safety Group", "Corbridge Rural Crime Forum", "Corbridge Prevent Steering Group")
_DUN = ("Dunholme Joint Action Group", "Dunholme Town Centre Safety Group")
_ELM = ("Elmstead Problem Solving Group", "Elmstead Licensing Forum")
_FAR = ("Farleigh Serious Violence Group", "Farleigh Domestic Abuse Board", "Farleigh Reducing Reoffending Group",
        "Farleigh Safer Streets Group")
_GLE = ("Glenmore Tasking Group", "Glenmore Domestic Abuse Forum", "Glenmore Night Safety Board")
_HAR = ("Harcourt Exploitation Group", "Harcourt Substance Misuse Group", "Harcourt Town Centre Forum")
_IVY = ("Ivybridge Youth Diversion Group", "Ivybridge Hate Crime Panel")
_JUN = ("Junction Domestic Abuse Group", "Junction Knife Crime Group", "Junction Rural Crime Group",
        "Junction Road Safety Group")
_KES = ("Kesworth Joint Action Group", "Kesworth Student Safety Group", "Kesworth Cohesion Forum")
_LAN = ("Lanford Anti-Social Behaviour Group", "Lanford Domestic Abuse Forum", "Lanford Reducing Reoffending Group")
_MOR = ("Morden Tasking Group", "Morden Exploitation Panel", "Morden Town Centre Group")

GRID: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # --- a plural after the run of groups ----------------------------------------------------------------------
    ("each-group-is-a-sub-group-and-sends-it",
     "Ashworth Borough Council\nReport to the Community Scrutiny Committee\n\n"
     "3.2 The Ashworth Community Safety Partnership does its work through three groups:\n\n"
     "  * Ashworth Tasking Group - meets monthly; chaired by a police inspector;\n"
     "  * Ashworth Domestic Abuse Forum - chaired by Joan Pelham of Ashworth Women's Aid;\n"
     "  * Ashworth Town Centre Group - led by the town's business improvement district.\n\n"
     "Each group is a sub-group of the Ashworth Community Safety Partnership and sends it a written update for "
     "every meeting.\n",
     _each(_ASH, S, "Ashworth Community Safety Partnership") | _each(_ASH, R, "Ashworth Community Safety Partnership")),
    ("all-three-groups-sit-under",
     "Belmont Community Safety Partnership\nMinutes of the meeting held on 4 March 2025\n\n"
     "5.  SUB-GROUP REPORTS\n\n"
     "    (a) Belmont Anti-Social Behaviour Panel - chaired by Inspector Carrow. The panel had\n"
     "        handled 30 cases since the last meeting.\n"
     "    (b) Belmont Night-Time Economy Group - led by the Council. Patrols will continue.\n"
     "    (c) Belmont Hate Crime Forum - see item 6.\n\n"
     "    All three groups sit under the Belmont Community Safety Partnership.\n",
     _each(_BEL, S, "Belmont Community Safety Partnership")),
    ("counted-groups-report-to-over-names-on-lines",
     "Corbridge Community Safety Partnership\nAbout us\n\n"
     "Groups\n\n"
     "Three groups report to the Corbridge Community Safety Partnership:\n\n"
     "  Corbridge Youth Safety Group\n"
     "    Chaired by the Council's youth services manager. It meets every six weeks.\n\n"
     "  Corbridge Rural Crime Forum\n"
     "    Chaired by Inspector Dale Moss. Farmers and landowners attend.\n\n"
     "  Corbridge Prevent Steering Group\n"
     "    Led by the Council's Prevent co-ordinator.\n",
     _each(_COR, R, "Corbridge Community Safety Partnership")),
    ("supported-by-two-groups-then-both-report",
     "Dunholme Community Safety Partnership\nWho we are\n\n"
     "The Dunholme Community Safety Partnership is supported by two groups:\n\n"
     "  - The Dunholme Joint Action Group meets monthly and is chaired by the police.\n"
     "  - The Dunholme Town Centre Safety Group is chaired by the town centre manager, Rhys Baptiste.\n\n"
     "Both groups report to the Dunholme Community Safety Partnership.\n",
     _each(_DUN, S, "Dunholme Community Safety Partnership") | _each(_DUN, R, "Dunholme Community Safety Partnership")),
    ("has-two-sub-groups-then-sentences",
     "Elmstead Borough Council\nSafer Elmstead Partnership - minutes\n\n"
     "4. Sub-group business\n\n"
     "The Safer Elmstead Partnership has two sub-groups. The Elmstead Problem Solving Group is chaired by "
     "Nadia Orme and meets monthly. The Elmstead Licensing Forum is chaired by Carl Whitby and meets each "
     "quarter.\n",
     _each(_ELM, S, "Safer Elmstead Partnership")),
    ("each-agrees-and-brings-a-progress-report",
     "Safer Farleigh Partnership\nTerms of Reference\n\n"
     "7.  Delivery groups\n\n"
     "7.1  Four delivery groups sit beneath the Safer Farleigh Partnership. Each agrees an action plan with it and "
     "brings a progress report to every meeting.\n\n"
     "  a)  Farleigh Serious Violence Group - chaired by a detective inspector;\n"
     "  b)  Farleigh Domestic Abuse Board - chaired by the Council's domestic abuse lead;\n"
     "  c)  Farleigh Reducing Reoffending Group - led by the Probation Service;\n"
     "  d)  Farleigh Safer Streets Group - led by the police.\n",
     _each(_FAR, S, "Safer Farleigh Partnership") | _each(_FAR, R, "Safer Farleigh Partnership")),
    ("each-of-the-three-groups-below-sends-it",
     "Glenmore Borough Council\nCommunity Safety Partnership Plan 2025-2028\n\n"
     "2.3 Structure\n\n"
     "The Glenmore Community Safety Partnership is served by three groups:\n"
     "- Glenmore Tasking Group, which meets monthly\n"
     "- Glenmore Domestic Abuse Forum, chaired by Ellen Price\n"
     "- Glenmore Night Safety Board, chaired by the licensing manager\n\n"
     "Each of the three groups below the Glenmore Community Safety Partnership sends it a written update every "
     "quarter.\n",
     _each(_GLE, R, "Glenmore Community Safety Partnership") | _each(_GLE, S, "Glenmore Community Safety Partnership")),
    ("these-groups-are-accountable-to",
     "Harcourt District Council\nCommunity Safety Annual Report\n\n"
     "Our delivery groups\n\n"
     "1. Harcourt Exploitation Group (chair: DI Rowan Yates)\n"
     "2. Harcourt Substance Misuse Group (chair: Amy Fennell)\n"
     "3. Harcourt Town Centre Forum (chair: Leo Marsh)\n\n"
     "These groups are accountable to the Harcourt Community Safety Partnership.\n",
     _each(_HAR, R, "Harcourt Community Safety Partnership")),
    ("they-all-report",
     "Ivybridge Community Safety Partnership\nPartnership Plan\n\n"
     "The work is led by two groups:\n\n"
     "  - Ivybridge Youth Diversion Group (Chair: Sam Okafor)\n"
     "  - Ivybridge Hate Crime Panel (Chair: Inspector Lucy Dunn)\n\n"
     "They both report to the Ivybridge Community Safety Partnership each quarter.\n",
     _each(_IVY, R, "Ivybridge Community Safety Partnership")),
    ("all-four-groups-feed-into",
     "Junction Borough Council\nSafer Junction Partnership - annual statement\n\n"
     "Delivery\n\n"
     "  - Junction Domestic Abuse Group\n"
     "  - Junction Knife Crime Group\n"
     "  - Junction Rural Crime Group\n"
     "  - Junction Road Safety Group\n\n"
     "All four groups feed into the Safer Junction Partnership.\n",
     _each(_JUN, R, "Safer Junction Partnership")),
    ("count-that-does-not-fit-gives-nothing",
     "Kesworth Community Safety Partnership\nNewsletter\n\n"
     "The Partnership's work is done by:\n\n"
     "  - Kesworth Joint Action Group\n"
     "  - Kesworth Student Safety Group\n"
     "  - Kesworth Cohesion Forum\n\n"
     "Both groups report to the Kesworth Community Safety Partnership.\n",
     set()),
    ("no-relation-said-gives-nothing",
     "Lanford Community Safety Partnership\nAnnual Report\n\n"
     "Our groups\n\n"
     "  - Lanford Anti-Social Behaviour Group\n"
     "  - Lanford Domestic Abuse Forum\n"
     "  - Lanford Reducing Reoffending Group\n\n"
     "Each group is chaired by a senior officer of one of the responsible authorities.\n",
     set()),
    # --- a minutes item of the sub-groups' updates -------------------------------------------------------------
    ("sub-group-updates-lettered",
     "Kesworth Community Safety Partnership\nMinutes of the meeting held on 12 February 2025\n\n"
     "6.  SUB-GROUP UPDATES\n\n"
     "(a)  Kesworth Joint Action Group. Inspector Hale, who chairs the group, reported fewer calls about\n"
     "     anti-social behaviour after joint patrols.\n\n"
     "(b)  Kesworth Student Safety Group. Mina Shah gave an update on the autumn campaign.\n\n"
     "(c)  Kesworth Cohesion Forum. Members noted the forum's written update.\n\n"
     "7.  ANY OTHER BUSINESS\n\nNone.\n",
     _each(_KES, S, "Kesworth Community Safety Partnership")),
    ("sub-group-highlight-reports-dashed",
     "Lanford Community Safety Partnership\nMinutes, 3 June 2025\n\n"
     "40. Sub-group highlight reports\n\n"
     "     (i) Lanford Anti-Social Behaviour Group - Owen Marsh, chair, reported 22 new cases.\n"
     "     (ii) Lanford Domestic Abuse Forum - the forum's strategy had been agreed.\n"
     "     (iii) Lanford Reducing Reoffending Group - no update this quarter.\n\n"
     "41. Date of next meeting\n\n8 September 2025.\n",
     _each(_LAN, S, "Lanford Community Safety Partnership")),
    ("updates-from-sub-groups-bullets",
     "Morden Community Safety Partnership\nMinutes of the meeting held on 9 January 2025\n\n"
     "Item 5: Updates from sub-groups\n\n"
     "- Morden Tasking Group: Sergeant Bell reported on the hotspot patrols.\n"
     "- Morden Exploitation Panel: twelve young people were discussed.\n"
     "- Morden Town Centre Group: the Purple Flag bid was submitted.\n\n"
     "Item 6: Any other business\n\nNone.\n",
     _each(_MOR, S, "Morden Community Safety Partnership")),
    # --- reporting said by what is sent ------------------------------------------------------------------------
    ("sends-a-quarterly-highlight-report-to",
     "Norbury Borough Council\nTerms of Reference\n\n"
     "The Safer Norbury Partnership sends a quarterly highlight report to the Norbury Health and Wellbeing "
     "Board.\n",
     {("Safer Norbury Partnership", R, "Norbury Health and Wellbeing Board")}),
    ("sends-a-highlight-report-twice-a-year-to",
     "Oakham District Council\nCombating Drugs Partnership\n\n"
     "The Oakham Combating Drugs Partnership also sends a highlight report twice a year to the Oakham Community "
     "Safety Partnership.\n",
     {("Oakham Combating Drugs Partnership", R, "Oakham Community Safety Partnership")}),
    ("provides-an-annual-statement-to",
     "Pelham County Borough Council\nSafer Pelham\n\n"
     "The Safer Pelham Partnership provides an annual statement to the Pelham Public Services Board.\n",
     {("Safer Pelham Partnership", R, "Pelham Public Services Board")}),
    ("provides-a-copy-of-its-annual-report-to",
     "Quinton Council\nDomestic Abuse\n\n"
     "The Quinton Domestic Abuse Local Partnership Board provides a copy of its annual report to the Quinton "
     "Health and Wellbeing Board.\n",
     {("Quinton Domestic Abuse Local Partnership Board", R, "Quinton Health and Wellbeing Board")}),
    ("answers-to",
     "Rushden District Council\nCabinet report\n\n"
     "The Safer Rushden Partnership answers to the Northshire Safer Communities Board, to which it submits an "
     "end-of-year return.\n",
     {("Safer Rushden Partnership", R, "Northshire Safer Communities Board")}),
    ("reports-both-to-and-to",
     "Stanwick Council\nCommunity Safety Plan\n\n"
     "The Stanwick Substance Misuse Delivery Group reports both to the Stanwick Community Safety Partnership and "
     "to the Stanwick Area Planning Board.\n",
     {("Stanwick Substance Misuse Delivery Group", R, "Stanwick Community Safety Partnership"),
      ("Stanwick Substance Misuse Delivery Group", R, "Stanwick Area Planning Board")}),
    ("feeds-into-as-well-as",
     "Thornbury Community Safety Partnership\nMinutes\n\n"
     "The Thornbury Violence Against Women and Girls Group feeds into the Thornbury Safeguarding Adults Board as "
     "well as the Thornbury Community Safety Partnership.\n",
     {("Thornbury Violence Against Women and Girls Group", R, "Thornbury Safeguarding Adults Board"),
      ("Thornbury Violence Against Women and Girls Group", R, "Thornbury Community Safety Partnership")}),
    ("gives-the-board-an-annual-assurance-statement",
     "Upton Borough Council\nTerms of Reference\n\n"
     "The Upton Channel Panel gives the Upton Community Safety Partnership an annual assurance statement.\n",
     {("Upton Channel Panel", R, "Upton Community Safety Partnership")}),
    ("sends-the-board-a-performance-report",
     "Vexley District Council\nPartnership report\n\n"
     "The Vexley Community Safety Partnership sends the Wessex Safer Communities Board a performance report twice "
     "a year.\n",
     {("Vexley Community Safety Partnership", R, "Wessex Safer Communities Board")}),
    ("to-which-the-partnership-reports",
     "Zennor District Council\nCommunity Safety Partnership Minutes\n\n"
     "The annual assessment was sent to the Kernow Safer Communities Board (KSCB), to which the Zennor Community "
     "Safety Partnership reports.\n",
     {("Zennor Community Safety Partnership", R, "Kernow Safer Communities Board")}),
    ("the-body-to-which-hangs-on-a-common-noun",
     "Zennor District Council\nYouth Justice Plan\n\n"
     "The Zennor Youth Justice Management Board oversees the Zennor Youth Justice Service and is the body to which "
     "the Head of Service reports.\n",
     {("Zennor Youth Justice Management Board", "oversees", "Zennor Youth Justice Service")}),
    ("plan-feeds-into-an-agreement-which-another-body-prepares",
     "Ashby Vale District Council\nCommunity Safety Partnership Annual Report\n\n"
     "The Ashby Vale Community Safety Plan 2025-2028 feeds into the Leyshire Community Safety Agreement, which the "
     "Leyshire Community Safety Partnership prepares each year.\n",
     {("Ashby Vale Community Safety Plan 2025-2028", "part_of", "Leyshire Community Safety Agreement")}),
    ("itself-a-sub-group-and-provides-it-with",
     "Wexcombe Metropolitan Borough Council\nPrevent Board - Terms of Reference\n\n"
     "6.2 The Wexcombe Prevent Board is itself a sub-group of the Safer Wexcombe Partnership, the borough's "
     "community safety partnership, and provides it with an annual Prevent assurance statement.\n",
     {("Wexcombe Prevent Board", S, "Safer Wexcombe Partnership"),
      ("Wexcombe Prevent Board", R, "Safer Wexcombe Partnership")}),
    ("this-group-in-an-item-is-the-item-s-group",
     "Yarrow Council\nCombating Drugs Partnership - annual report\n\n"
     "5.1 Three delivery groups report to the Yarrow Combating Drugs Partnership:\n\n"
     "  * Yarrow Treatment Delivery Group - chair: Head of Commissioning, Yarrow Council.\n"
     "  * Yarrow Supply Reduction Group - led by Yarrow Police; chaired by a detective superintendent. This group "
     "is also a sub-group of the Yarrow Community Safety Partnership.\n"
     "  * Yarrow Harm Reduction Group - led by the Council.\n",
     # (groups said only to report to the partnership are no sub-groups of it: examples/CONVENTIONS.md I)
     _each(("Yarrow Treatment Delivery Group", "Yarrow Supply Reduction Group", "Yarrow Harm Reduction Group"), R,
           "Yarrow Combating Drugs Partnership")
     | {("Yarrow Supply Reduction Group", S, "Yarrow Community Safety Partnership")}),
    ("not-one-of-the-groups",
     "Safer Yarwell Partnership\nTerms of Reference\n\n"
     "Delivery groups\n\n"
     "The Yarwell Channel Panel is convened by the Council. Although it is not one of the Partnership's "
     "delivery groups, the Panel gives the Safer Yarwell Partnership an annual assurance statement.\n",
     {("Yarwell Channel Panel", R, "Safer Yarwell Partnership")}),
    ("provides-the-board-with-a-statement",
     "Wickham Council\nPrevent\n\n"
     "The Wickham Prevent Board provides the Safer Wickham Partnership with an annual Prevent assurance "
     "statement.\n",
     {("Wickham Prevent Board", R, "Safer Wickham Partnership")}),
]


@pytest.mark.parametrize(("name", "text", "expected"), GRID, ids=[g[0] for g in GRID])
def test_group_refs_grid(name: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {t for t in triples(read(text)) if t[1] in STRUCTURE}
    assert expected <= got, f"missing {sorted(expected - got)}"
    assert got <= expected, f"not stated {sorted(got - expected)}"
