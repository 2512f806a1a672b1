"""One body (or plan) that a paper writes two ways, held apart by extraction: a question naming it one way is
answered from the facts stated of it the other way, but only from its own papers, never another council's.
Also: "the vice-chair of X" where a post "Chair of X" is held, "X's named member of the Board", "which sub-group
of X ...", and a list's numbers before a name. Invented councils and papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

PELLOW = Entity("area", "Pellow")
HARROWGATE = Entity("area", "Harrowgate")
SHORT = Entity("body", "SYV Board", subtype="Board")
FULL = Entity("body", "Pellow Serious Youth Violence Partnership Board", subtype="Board", area="Pellow")
PLAN = Entity("publication", "Pellow Lantern Plan 2025-2028", aliases=("Lantern Plan 2025-2028",), area="Pellow")
PLAN_BARE = Entity("publication", "Lantern Plan 2025-2028")
CHAIR_POST = Entity("post", "Chair of PLSP", area="Pellow")
PLSP = Entity("body", "Pellow Lamplighters Safety Partnership", aliases=("PLSP",), subtype="Partnership", area="Pellow")
FORUM = Entity("body", "Pellow Street Wardens Forum", subtype="Forum", area="Pellow")
BENCH = Entity("body", "Pellow Youth Bench", subtype="Group", area="Pellow")
COUNCIL = Entity("body", "Pellow District Council", subtype="Council", area="Pellow")
TRUST = Entity("body", "Pellow Harbour Trust", area="Pellow")
OTHER_FULL = Entity("body", "Harrowgate Serious Youth Violence Partnership Board", subtype="Board", area="Harrowgate")

PELLOW_TEXT = """Pellow Serious Youth Violence Partnership Board: terms of reference, 2025

1. The Pellow Serious Youth Violence Partnership Board (the SYV Board) meets every two months.

2. Tamsin Polglase of Pellow District Council is its named member, and Jory Kitto speaks for the Pellow Harbour
Trust. Morwenna Hick is vice-chair of the Board.

3. The Lantern Plan 2025-2028 puts safer parks and lit footpaths first.

4. Pellow Lamplighters Safety Partnership: Chair of PLSP is vacant; the vice-chair is Elowen Trewin.

5. The Pellow Street Wardens Forum is a sub-group of the Board and the Pellow Youth Bench is another; the
Youth Bench reports to the Pellow District Council.

6. Priorities agreed: (1) safer parks (2) lit footpaths.

7. Present: Kenver Jago, Pellow Youth Club.

8. The Chair of the Pellow Street Wardens Forum opened its meeting; Ruan Pascoe has chaired the Forum since May.

9. The Pellow Night Safety Forum, a sub-group of the Pellow Lamplighters Safety Partnership, is chaired by Ms
Lowenna Carne of Pellow District Council.

10. Cabinet, 3 March 2025. Apologies: Cllr Tegen Rowe.
"""
HARROWGATE_TEXT = """Harrowgate Serious Youth Violence Partnership Board: members, 2025

1. Demelza Rowe sits on the Harrowgate Serious Youth Violence Partnership Board for the Harrowgate
Youth Club. Kenver Jago also works for the Harrowgate Youth Club.
"""
KENVER, CLUB = Entity("person", "Kenver Jago"), Entity("body", "Pellow Youth Club", area="Pellow")
TAMSIN, JORY, MORWENNA = Entity("person", "Tamsin Polglase"), Entity("person", "Jory Kitto"), Entity(
    "person", "Morwenna Hick")


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    t, h = PELLOW_TEXT, HARROWGATE_TEXT
    parks, paths = Entity("topic", "(1) safer parks"), Entity("topic", "(2) lit footpaths")
    yield from asker_over(tmp_path_factory, "paper-twins", [
        paper("pellow-serious-youth-violence-partnership-board-tor-2025", t, "Pellow", lambda t: [
            _fact(t, "SYV Board) meets", SHORT, "covers_area", PELLOW),
            _fact(t, "Tamsin Polglase of Pellow District Council", TAMSIN, "member_of", FULL),
            _fact(t, "Tamsin Polglase of Pellow District Council", TAMSIN, "member_of", COUNCIL),
            _fact(t, "Jory Kitto speaks for the Pellow Harbour", TRUST, "represented_by", JORY, on_body=FULL),
            _fact(t, "Morwenna Hick is vice-chair", MORWENNA, "vice_chair", FULL),
            _fact(t, "Lantern Plan 2025-2028 puts", PLAN, "covers_area", PELLOW),
            _fact(t, "safer parks and lit footpaths first", Entity("topic", "Safer parks"), "priority_of",
                  PLAN_BARE),
            _fact(t, "Chair of PLSP is vacant", CHAIR_POST, "member_of", PLSP),
            _fact(t, "the vice-chair is Elowen Trewin", Entity("person", "Elowen Trewin"), "vice_chair", PLSP),
            _fact(t, "Pellow Street Wardens Forum is a sub-group", FORUM, "subgroup_of", FULL),
            _fact(t, "Pellow Youth Bench is another", BENCH, "subgroup_of", FULL),
            _fact(t, "Youth Bench reports to the Pellow District Council", BENCH, "reports_to", COUNCIL),
            _fact(t, "(1) safer parks", parks, "priority_of", PLSP),
            _fact(t, "(2) lit footpaths", paths, "priority_of", PLSP),
            _fact(t, "Kenver Jago, Pellow Youth Club", KENVER, "member_of", CLUB),
            _fact(t, "Chair of the Pellow Street Wardens Forum opened", Entity(
                "post", "Chair of the Pellow Street Wardens Forum", area="Pellow"), "member_of", FORUM),
            _fact(t, "Ruan Pascoe has chaired the Forum", Entity("person", "Ruan Pascoe"), "chairs", FORUM),
            _fact(t, "Pellow Night Safety Forum, a sub-group", Entity("body", "Pellow Night Safety Forum",
                                                                     area="Pellow"), "subgroup_of", PLSP),
            _fact(t, "Lowenna Carne of Pellow District Council", Entity("person", "Lowenna Carne"), "member_of",
                  COUNCIL),
            _fact(t, "Apologies: Cllr Tegen Rowe", Entity("person", "Tegen Rowe"), "apologies", COUNCIL),
        ]),
        paper("harrowgate-syv-board-2025", h, "Harrowgate", lambda h: [
            _fact(h, "Demelza Rowe sits on", Entity("person", "Demelza Rowe"), "member_of", OTHER_FULL),
            _fact(h, "Harrowgate Serious Youth Violence Partnership Board for", OTHER_FULL, "covers_area",
                  HARROWGATE),
            _fact(h, "Kenver Jago also works for the Harrowgate Youth Club", KENVER, "member_of",
                  Entity("body", "Harrowgate Youth Club", area="Harrowgate")),
        ]),
    ])


def test_a_boards_short_form_is_answered_from_the_facts_of_its_full_name_in_the_same_paper(asker):
    assert labels(asker, "Who is vice-chair of the Pellow SYV Board?") == ["Morwenna Hick"]
    assert sorted(labels(asker, "Who are the members of the SYV Board?")) == ["Tamsin Polglase"]


def test_a_plan_written_with_and_without_its_place_is_one_plan(asker):
    assert labels(asker, "What are the priorities of the Pellow Lantern Plan 2025-2028?") == ["Safer parks"]


def test_another_councils_board_of_the_same_words_is_never_a_twin(asker):
    assert "Demelza Rowe" not in labels(asker, "Who are the members of the SYV Board?")
    assert labels(asker, "Who is vice-chair of the Harrowgate Serious Youth Violence Partnership Board?") == []


def test_the_vice_chair_of_a_body_is_not_the_post_named_its_chair(asker):
    assert labels(asker, "Who is the vice-chair of PLSP?") == ["Elowen Trewin"]


def test_a_bodys_named_member_of_a_board_is_who_represents_it_there(asker):
    assert labels(asker, "Who is the Pellow Harbour Trust's named member of the SYV Board?") == ["Jory Kitto"]
    # a body with no one recorded for it on the board: no answer, never every member of the board
    assert labels(asker, "Who is the Pellow Youth Bench's named member of the SYV Board?") == []


def test_which_sub_group_of_a_board_asks_for_the_sub_group_the_rest_speaks_of(asker):
    assert labels(asker, "Which sub-group of the Pellow Serious Youth Violence Partnership Board reports to the "
                         "Pellow District Council?") == ["Pellow Youth Bench"]


def test_a_lists_numbers_are_no_part_of_the_names_answered(asker):
    assert sorted(labels(asker, "What are the priorities of PLSP?")) == ["lit footpaths", "safer parks"]


def test_whom_a_person_listed_in_a_boards_own_paper_came_for_is_the_body_written_beside_them(asker):
    # no fact puts him on the Board: the Board's own paper lists him with his club, which is whom he came for;
    # the club another council's paper puts him with is not
    assert labels(asker, "Which organisation did Kenver Jago represent on the Pellow Serious Youth Violence "
                         "Partnership Board?") == ["Pellow Youth Club"]



def test_a_chairs_post_with_no_holder_recorded_is_answered_by_who_chairs_its_body(asker):
    assert labels(asker, "Who is the Chair of the Pellow Street Wardens Forum?") == ["Ruan Pascoe"]
    # no one is recorded chairing the partnership: its vice-chair is not the answer
    assert labels(asker, "Who is the Chair of PLSP?") == []


def test_what_a_body_concentrates_on_is_its_priorities(asker):
    assert sorted(labels(asker, "What does PLSP concentrate on?")) == ["lit footpaths", "safer parks"]
    assert sorted(labels(asker, "What is PLSP centred on?")) == ["lit footpaths", "safer parks"]


def test_a_description_between_commas_does_not_take_the_chair_from_the_body_before_it(asker):
    assert labels(asker, "Who chairs the Pellow Night Safety Forum?") == ["Lowenna Carne"]
    assert "Lowenna Carne" not in labels(asker, "Who chairs the Pellow Lamplighters Safety Partnership?")


def test_a_places_cabinet_the_graph_does_not_hold_is_its_council_when_a_meeting_is_asked_about(asker):
    assert labels(asker, "Who sent apologies to the Pellow Cabinet meeting?") == ["Tegen Rowe"]
    # not for any other question about the cabinet, nor for a place whose council the graph does not hold
    assert labels(asker, "Who chairs the Pellow Cabinet?") == []
    assert labels(asker, "Who sent apologies to the Harrowgate Cabinet meeting?") == []
