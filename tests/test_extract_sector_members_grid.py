"""A grid of two readings the seeds need and other councils' papers use too.

* A membership list that names partners by sector ("the Police, Education, Health and Probation Services"): its
  last item read as one name is two sectors joined by the list's own "and", and a sector written with a lower-case
  head ("Fire and Rescue authorities") is one member. A name that only starts with a sector word ("Health and
  Wellbeing Board", "Northshire Fire and Rescue Service") stays whole.
* A group a body sets up is that body's sub-group (examples/CONVENTIONS.md rule I: "Y ... set up three groups"):
  the maker is the body the sentence writes before the verb or after "set up by", else (a resolution to set one
  up) the meeting's own body. A maker written but not known ("the Partnership" in a committee's minutes that named
  two), a council or its cabinet, or a board or network gives nothing.

Each case is a short paper invented for the test (invented people, real or invented councils, several councils'
styles), with the neighbouring readings that must stay. Run as a script for the grid's score:
`python tests/test_extract_sector_members_grid.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

_COUNCIL = "Rushcliffe Borough Council\n\nCommunities Scrutiny Group - 4 March 2025\n\n"


def _members(text: str, body_word: str) -> set[str]:
    """The members read for the body whose name holds BODY_WORD."""
    return {s for s, o in of(read(text), "member_of") if body_word in o}


def _ends(names: set[str], wanted: str) -> bool:
    return any(n == wanted or n.endswith(" " + wanted) for n in names)


# (paper, sectors that must be members, names that must not be members)
SECTORS = [
    pytest.param(_COUNCIL + "The Safer Rushcliffe Partnership is made up of representatives from the Police, the "
                 "District Council, Health and Probation Services.\n",
                 ["Health", "Probation Services"], ["Health and Probation Services"], id="prose-health-and-probation"),
    pytest.param("Wealden District Council\n\nPartnership report\n\nThe Wealden Youth Justice Board is made up of "
                 "Police, Probation, Health and Education.\n",
                 ["Health", "Education", "Probation"], ["Health and Education"],
                 id="bare-sectors-health-and-education"),
    pytest.param("Cheshire East Council\n\nBriefing note\n\nThe Cheshire East Safer Partnership is made up of "
                 "Cheshire Constabulary, Cheshire East Council, Fire and Rescue authorities, Health and Probation.\n",
                 ["Fire and Rescue authorities", "Health", "Probation"], ["Fire and Rescue"],
                 id="lower-case-head-then-a-pair"),
    pytest.param("Eastmere District Council\n\nAnnual report\n\nThe Eastmere Community Safety Partnership is made "
                 "up of the Police, the Youth Offending Service, Children's Services and Education.\n",
                 ["Children's Services", "Education"], ["Children's Services and Education"],
                 id="childrens-services-and-education-read-apart-already"),
    pytest.param("Haddon Vale Council\n\nCabinet report\n\nThe Haddon Vale Community Safety Partnership is made up "
                 "of representatives from the Police, Local Authorities, Health and Housing services.\n",
                 ["Health", "Housing services"], ["Health and Housing services"], id="pair-with-lower-case-head"),
    # a sector word that opens a body's name written on in lower case is no member by itself
    pytest.param("Tewford Borough Council\n\nReport\n\nThe Tewford Community Safety Partnership brings together "
                 "Tewford Borough Council, the Probation Service, the NHS integrated care board and the voluntary "
                 "sector.\n",
                 [], ["NHS"], id="nhs-opening-a-lower-case-name-stays-out"),
]
# names that only start with a sector word stay whole
WHOLE = [
    pytest.param("Wealden District Council\n\nReport\n\nThe Wealden Community Safety Partnership is made up of the "
                 "Police, the Council and the Health and Wellbeing Board.\n",
                 "Health and Wellbeing Board", id="health-and-wellbeing-board-stays"),
    pytest.param("Eastmere District Council\n\nReport\n\nThe Eastmere Community Safety Partnership is made up of "
                 "representatives from the Police, the Council and Northshire Fire and Rescue Service.\n",
                 "Northshire Fire and Rescue Service", id="fire-and-rescue-service-stays"),
    pytest.param("Cheshire East Council\n\nReport\n\nThe Cheshire East Safer Partnership is made up of Cheshire "
                 "Police and the Cheshire Health and Care Partnership.\n",
                 "Cheshire Health and Care Partnership", id="health-and-care-partnership-stays"),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SECTORS)
def test_a_list_of_sectors_names_each(text: str, wanted: list[str], unwanted: list[str]) -> None:
    members = _members(text, "Partnership") | _members(text, "Board")
    for name in wanted:
        assert _ends(members, name), (name, sorted(members))
    for name in unwanted:
        assert not _ends(members, name), (name, sorted(members))


@pytest.mark.parametrize(("text", "whole"), WHOLE)
def test_a_name_opening_with_a_sector_word_stays_whole(text: str, whole: str) -> None:
    members = _members(text, "Partnership")
    assert _ends(members, whole), sorted(members)
    assert not _ends(members, "Health") and not _ends(members, "Fire"), sorted(members)


def test_sector_words_in_discussion_are_no_members() -> None:
    text = _COUNCIL + "Members discussed health and probation services at length.\n"
    assert not of(read(text), "member_of")


_SCRUTINY = ("Tewford Borough Council\n\nMinutes of the Overview and Scrutiny Committee held on 3 June 2025\n\n"
             "Present: Councillors A Mbeki (Chair), R Olsen and T Vance\n\n")
_PARTNERSHIP = ("SAFER TEWFORD PARTNERSHIP\n\nMinutes of the Partnership meeting held on 9 April 2025\n\n"
                "Present: Insp Carys Penhale (Chair), Olu Baptiste, Dana Whitlow\n\n")

# (paper, (group word, parent word) pairs that must be read, pairs that must not)
SET_UP = [
    pytest.param(_SCRUTINY + "12. Community safety\n\nThe Safer Tewford Partnership had also set up a Town Centre "
                 "Tasking Group, reporting to the Partnership.\n",
                 [("Town Centre Tasking Group", "Safer Tewford Partnership")],
                 [("Town Centre Tasking Group", "Overview and Scrutiny Committee")],
                 id="partnership-named-before-the-verb-in-a-committees-minutes"),
    pytest.param(_PARTNERSHIP + "4. Shop theft\n\nThe Partnership had set up a Shop Theft Task Group in March.\n",
                 [("Shop Theft Task Group", "Safer Tewford Partnership")], [], id="the-partnership-in-its-own-minutes"),
    pytest.param("Northshire Police and Crime Panel\n\nAnnual report 2024/25\n\nThe Complaints Sub-Committee was "
                 "set up by the Northshire Police and Crime Panel in 2022 and met four times.\n",
                 [("Complaints Sub-Committee", "Northshire Police and Crime Panel")], [], id="sub-committee-set-up-by"),
    pytest.param("Eastmere District Council\n\nSafeguarding\n\nOur officers sit on the Eastmere Safeguarding Adults "
                 "Board and on the newly formed Practice Groups set up by the Board in May 2024.\n",
                 [("Practice Groups", "Eastmere Safeguarding Adults Board")], [], id="groups-set-up-by-the-board"),
    pytest.param(_SCRUTINY + "13. Knife crime\n\nThe Communities Scrutiny Committee set up a Task and Finish Group "
                 "on knife crime.\n",
                 [("Task and Finish Group", "Communities Scrutiny Committee")],
                 [("Task and Finish Group", "Overview and Scrutiny Committee")], id="committee-set-up-a-task-group"),
    pytest.param(_PARTNERSHIP + "5. Serious violence\n\nRESOLVED to set up a Serious Violence Task and Finish "
                 "Group.\n",
                 [("Serious Violence Task and Finish Group", "Safer Tewford Partnership")], [],
                 id="resolution-the-meetings-body-sets-it-up"),
    # not said: the paper names no parent the group could be a sub-group of
    pytest.param("Wealden District Council\n\nCabinet report\n\nWealden District Council has set up a Knife Crime "
                 "Task Group.\n",
                 [], [("Knife Crime Task Group", "Wealden District Council")], id="a-council-sets-up-a-group"),
    pytest.param("Wealden District Council\n\nCabinet report\n\nA Street Drinking Group was established by Wealden "
                 "District Council.\n",
                 [], [("Street Drinking Group", "Wealden District Council")], id="a-group-set-up-by-a-council"),
    pytest.param(_SCRUTINY + "12. Partnerships\n\nMembers heard from the Tewford Youth Partnership and the Safer "
                 "Tewford Partnership.\n\n13. Night-time economy\n\nThe Partnership had set up a Night Safety Group.\n",
                 [], [("Night Safety Group", "Overview and Scrutiny Committee"),
                      ("Night Safety Group", "Tewford Youth Partnership")],
                 id="the-partnership-of-two-in-a-committees-minutes"),
    pytest.param(_PARTNERSHIP + "6. Youth\n\nThe Partnership decided not to set up a Youth Sub-group.\n",
                 [], [("Youth Sub-group", "Safer Tewford Partnership")], id="not-set-up"),
    pytest.param(_PARTNERSHIP + "7. Champions\n\nThe Domestic Abuse Champions Network was set up by the Partnership "
                 "in 2023.\n",
                 [], [("Domestic Abuse Champions Network", "Safer Tewford Partnership")], id="a-network-is-no-group"),
]


def _pairs(text: str) -> set[tuple[str, str]]:
    return of(read(text), "subgroup_of")


def _has(pairs: set[tuple[str, str]], group: str, parent: str) -> bool:
    return any(g.endswith(group) and p.endswith(parent) for g, p in pairs)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SET_UP)
def test_a_group_a_body_sets_up(text: str, wanted: list[tuple[str, str]], unwanted: list[tuple[str, str]]) -> None:
    pairs = _pairs(text)
    for group, parent in wanted:
        assert _has(pairs, group, parent), ((group, parent), sorted(pairs))
    for group, parent in unwanted:
        assert not _has(pairs, group, parent), ((group, parent), sorted(pairs))


if __name__ == "__main__":  # python tests/test_extract_sector_members_grid.py prints the grid's score
    cases = [(test_a_list_of_sectors_names_each, p) for p in SECTORS] + \
        [(test_a_name_opening_with_a_sector_word_stays_whole, p) for p in WHOLE] + \
        [(test_a_group_a_body_sets_up, p) for p in SET_UP]
    bad = 0
    for fn, p in cases:
        try:
            fn(*p.values)
        except AssertionError as e:
            bad += 1
            print(f"{p.id}: {e}")
    try:
        test_sector_words_in_discussion_are_no_members()
    except AssertionError as e:
        bad += 1
        print(f"discussion: {e}")
    print(f"{len(cases) + 1 - bad} of {len(cases) + 1} cases right")
