"""A grid of structure said by a plural after the groups it takes up, by a locality phrase, and of a group's chair
given in a note: forms a census of never-read papers found unread, each written here in an invented council's style.

- "Each", "Both" after groups named as dash paragraphs ("Rural Crime Group - works with farmers ..."), as dash items
  set with a tab, or one per sentence after a counting one ("The Partnership has two standing sub-groups. The A
  Group ... The Head of Service chairs the B Panel ... Both report to the Partnership."); "It is supported by four
  groups:" over them. A count that does not fit gives nothing.
- "X is the <area> locality group of Y", "one of four locality groups that sit beneath Y", "set up as the
  district's locality board of Y": subgroup_of. A locality phrase naming no body ("for the borough") gives nothing.
- "X is chaired by A; the vice-chair is B" (B a person, or a post with its organisation), a wrapped "Its<newline>
  Vice-Chair is", "Group - a Post of Org takes the chair". No group to take the chair, no chair: nothing.

Every text is invented for this grid (places are real or invented; people and groups are made up). Each case lists
the facts it states, which must all be read, and the facts it must not give.
"""

from __future__ import annotations

import pytest
from extract_helpers import read, triples

R, S, C, V = "reports_to", "subgroup_of", "chairs", "vice_chair"

Case = tuple[str, str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

_PEN = ("Pendle Vale Problem Solving Group", "Pendle Vale Hate Crime Panel")
_ROS = ("Rossington Town Centre Group", "Rossington Youth Exploitation Group", "Rossington Rural Crime Group")
_PVP = "Pendle Vale Community Safety Partnership"
_CAL = ("Calder Edge Out of Court Panel", "Calder Edge Knife Crime Group")


def _all(groups: tuple[str, ...], relation: str, parent: str) -> set[tuple[str, str, str]]:
    return {(g, relation, parent) for g in groups}


GRID: list[Case] = [
    # --- a plural after the groups it takes up -------------------------------------------------------------------
    ("standing-sub-groups-one-per-sentence-then-both",
     "Pendle Vale Community Safety Partnership\nMinutes of the meeting of 9 April 2025\n\n"
     "7.   SUB-GROUPS\n\n"
     "7.1  The Partnership has two standing sub-groups. The Pendle Vale Problem Solving Group, chaired by the\n"
     "     Vice-Chair, deals with hotspots every month. The Head of Neighbourhoods chairs the Pendle Vale Hate\n"
     "     Crime Panel, which looks at repeat cases. Both report to the Partnership at every meeting.\n",
     _all(_PEN, S, _PVP) | _all(_PEN, R, _PVP), set()),
    ("supported-by-dash-paragraphs-then-each-group",
     "Safer Rossington Partnership\nHow the Partnership works\n\n"
     "The Board sets the Partnership's plan and agrees its budget. It is supported by three groups:\n\n"
     "  Rossington Town Centre Group - brings together wardens, shops and the police on shop theft and\n"
     "  begging in the precinct.\n\n"
     "  Rossington Youth Exploitation Group - takes referrals of young people at risk.\n\n"
     "  Rossington Rural Crime Group - works with farmers on machinery theft and fly-tipping.\n\n"
     "Each group sends a written update to the Board before every meeting.\n",
     _all(_ROS, S, "Safer Rossington Partnership") | _all(_ROS, R, "Safer Rossington Partnership"), set()),
    ("supported-by-count-that-does-not-fit",
     "Safer Rossington Partnership\nHow the Partnership works\n\n"
     "The Board sets the Partnership's plan. It is supported by four groups:\n\n"
     "  Rossington Town Centre Group - brings together wardens, shops and the police.\n\n"
     "  Rossington Youth Exploitation Group - takes referrals of young people at risk.\n\n"
     "  Rossington Rural Crime Group - works with farmers on machinery theft.\n",
     set(), _all(_ROS, S, "Safer Rossington Partnership")),
    ("tab-set-dash-items-then-each-sub-group",
     "Calder Edge Youth Justice Management Board\nTerms of Reference\n\n"
     "6.  SUB-GROUPS\n\n"
     "6.1  Two groups sit under the Board:\n\n"
     "     -\tCalder Edge Out of Court Panel: chaired by the Service Manager; decides out of court\n"
     "        outcomes each week.\n"
     "     -\tCalder Edge Knife Crime Group: chaired by a police inspector.\n\n"
     "6.2  Each sub-group sends a short highlight report to every Board meeting.\n",
     _all(_CAL, R, "Calder Edge Youth Justice Management Board"), set()),
    ("both-after-three-groups-gives-nothing",
     "Pendle Vale Community Safety Partnership\nMinutes\n\n"
     "7.1  The Partnership has two standing sub-groups. The Pendle Vale Problem Solving Group meets monthly. The\n"
     "     Pendle Vale Hate Crime Panel meets monthly. The Pendle Vale Night Safety Group meets weekly. Both report\n"
     "     to the Partnership at every meeting.\n",
     set(), _all(_PEN, R, "Pendle Vale Community Safety Partnership")),
    ("pronoun-sentence-speaks-of-the-group-just-named",
     "Pendle Vale Community Safety Partnership\nMinutes\n\n"
     "7.1  The Partnership has two standing sub-groups. The Pendle Vale Problem Solving Group meets monthly. It\n"
     "     works with the Pendle Vale Licensing Forum. The Pendle Vale Hate Crime Panel meets monthly. Both\n"
     "     report to the Partnership at every meeting.\n",
     _all(_PEN, R, "Pendle Vale Community Safety Partnership"),
     {("Pendle Vale Licensing Forum", R, "Pendle Vale Community Safety Partnership")}),
    # --- locality ------------------------------------------------------------------------------------------------
    ("is-the-area-locality-group-of",
     "Northdale Combating Drugs Group\nTerms of Reference\n\n"
     "1.1  The Northdale Combating Drugs Group is the Northdale locality group of the Westshire Combating Drugs "
     "Partnership.\n",
     {("Northdale Combating Drugs Group", S, "Westshire Combating Drugs Partnership")}, set()),
    ("the-group-is-the-locality-group",
     "Northdale Combating Drugs Group\nTerms of Reference\n\n"
     "1. Purpose\n\n"
     "The Northdale Combating Drugs Group brings partners together on drug harm in the district. The group is\n"
     "the Northdale locality group of the Westshire Combating Drugs Partnership (WCDP).\n",
     {("Northdale Combating Drugs Group", S, "Westshire Combating Drugs Partnership")}, set()),
    ("one-of-four-locality-groups-that-sit-beneath",
     "Westshire Domestic Abuse Local Partnership Board\nMinutes\n\n"
     "3.1  The Eastmere Domestic Abuse Locality Group (formerly the Eastmere Domestic Abuse Forum) is one of four "
     "locality groups that sit beneath the Westshire Domestic Abuse Local Partnership Board.\n",
     {("Eastmere Domestic Abuse Locality Group", S, "Westshire Domestic Abuse Local Partnership Board")}, set()),
    ("it-was-the-boroughs-locality-group",
     "Safer Harbourne Partnership\nAnnual report\n\n"
     "The Safer Harbourne Partnership was formed in 2019. Until April it was the borough's locality group of\n"
     "the Norshire County Community Safety Partnership.\n",
     {("Safer Harbourne Partnership", S, "Norshire County Community Safety Partnership")}, set()),
    ("this-board-is-the-locality-board-of-the-county",
     "Dalesford Domestic Abuse Local Partnership Board\nTerms of Reference\n\n"
     "1.1  The Dalesford Domestic Abuse Local Partnership Board brings together local partners. It is set up\n"
     "under the Westmoor Domestic Abuse Board. The Dalesford Domestic Abuse Local Partnership Board is the\n"
     "Dalesford locality board of the county Westmoor Domestic Abuse Board.\n",
     {("Dalesford Domestic Abuse Local Partnership Board", S, "Westmoor Domestic Abuse Board")}, set()),
    ("locality-partnership-for-a-place-gives-nothing",
     "Safer Harbourne Partnership\nAbout us\n\n"
     "The Safer Harbourne Partnership is the locality partnership for the borough of Harbourne.\n",
     set(), {("Safer Harbourne Partnership", S, "Harbourne")}),
    ("works-with-locality-teams-gives-nothing",
     "Safer Harbourne Partnership\nAbout us\n\n"
     "The Safer Harbourne Partnership works with the locality teams of Norshire Police every week.\n",
     set(), {("Safer Harbourne Partnership", S, "Norshire Police")}),
    # --- a chair given in a note ---------------------------------------------------------------------------------
    ("chaired-by-then-semicolon-vice-chair-person",
     "Forest Vale Community Safety Partnership\nAbout us\n\n"
     "The Forest Vale Community Safety Partnership is the statutory partnership for the district. It is chaired\n"
     "by Superintendent Hana Corrigan of Westshire Constabulary; the vice-chair is Cllr Piers Langley, Cabinet\n"
     "Member for Communities.\n",
     {("Hana Corrigan", C, "Forest Vale Community Safety Partnership"),
      ("Piers Langley", V, "Forest Vale Community Safety Partnership")},
     {("Piers Langley", C, "Forest Vale Community Safety Partnership")}),
    ("named-body-chaired-by-then-its-vice-chair",
     "Brackwell District Council\nReport to Cabinet\n\n"
     "The Brackwell Domestic Abuse Forum is chaired by Inspector Dina Shah; its vice-chair is Cllr Paul Oduya.\n",
     {("Dina Shah", C, "Brackwell Domestic Abuse Forum"), ("Paul Oduya", V, "Brackwell Domestic Abuse Forum")},
     set()),
    ("vice-chair-joined-is-a-post-of-an-organisation",
     "Lydford Safety Partnership\nTerms of Reference\n\n"
     "4.1 The Lydford Safety Partnership is chaired by Cllr Ann Bellamy; the vice-chair is the Head of Housing, "
     "Lydford District Council.\n",
     {("Ann Bellamy", C, "Lydford Safety Partnership"),
      ("Head of Housing, Lydford District Council", V, "Lydford Safety Partnership")}, set()),
    ("vice-chair-seat-vacant-gives-nothing",
     "Lydford Safety Partnership\nTerms of Reference\n\n"
     "4.1 The Lydford Safety Partnership is chaired by Cllr Ann Bellamy; the vice-chair is vacant.\n",
     {("Ann Bellamy", C, "Lydford Safety Partnership")}, set()),
    ("wrapped-its-vice-chair-is",
     "Brackley Community Safety Partnership\nAbout the Partnership\n\n"
     "The Brackley Community Safety Partnership is chaired by Cllr Nora Pell, the District Council's Cabinet "
     "Member for Communities. Its\n"
     "Vice-Chair is Superintendent Owen Tarrant, Area Commander for Brackley.\n",
     {("Nora Pell", C, "Brackley Community Safety Partnership"),
      ("Owen Tarrant", V, "Brackley Community Safety Partnership")}, set()),
    ("group-item-a-post-of-org-takes-the-chair",
     "Grimsdale Combating Drugs Partnership\nTerms of Reference\n\n"
     "7. Delivery groups\n\n"
     "  - Grimsdale Supply Disruption Group - a Detective Inspector of Humberside Police takes the chair\n"
     "  - Grimsdale Recovery Group - meets monthly\n",
     {("Detective Inspector, Humberside Police", C, "Grimsdale Supply Disruption Group")}, set()),
    ("group-item-a-named-person-takes-the-chair",
     "Grimsdale Combating Drugs Partnership\nTerms of Reference\n\n"
     "7. Delivery groups\n\n"
     "  - Grimsdale Supply Disruption Group - the Police Inspector, Tomas Reyes, takes the chair\n"
     "  - Grimsdale Recovery Group - meets monthly\n",
     {("Tomas Reyes", C, "Grimsdale Supply Disruption Group")},
     {("Police Inspector", C, "Grimsdale Supply Disruption Group")}),
    ("takes-the-chair-with-no-group-gives-nothing",
     "Grimsdale Combating Drugs Partnership\nMinutes\n\n"
     "At each meeting a Detective Inspector of Humberside Police takes the chair in turn with the Council.\n",
     set(), {("Detective Inspector, Humberside Police", C, "Grimsdale Combating Drugs Partnership")}),
]


@pytest.mark.parametrize("name,text,expected,forbidden", GRID, ids=[c[0] for c in GRID])
def test_structure_notes(name: str, text: str, expected: set, forbidden: set) -> None:
    got = triples(read(text))
    assert expected <= got, f"missing {sorted(expected - got)}"
    assert not forbidden & got, f"should not read {sorted(forbidden & got)}"
