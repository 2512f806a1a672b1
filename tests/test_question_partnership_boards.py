"""A partnership that meets as a board of another name ("the Tregarth Partnership runs a Steering Board"):
asked who chairs the partnership, or who sits on its board, the answer is the board's, when the papers say
nothing of the partnership itself and name one such board of its place. Never two boards' answers mixed, never
another place's board. Invented councils and papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

TREGARTH = Entity("area", "Tregarth")
PARTNERSHIP = Entity("body", "Tregarth Partnership", subtype="Partnership", area="Tregarth")
STEERING = Entity("body", "Tregarth Steering Board", subtype="Board", area="Tregarth")
CHAIR = Entity("person", "Hedra Penrose")
HOUSING = Entity("body", "Tregarth Homes Trust", area="Tregarth")
COLLEGE = Entity("body", "Tregarth Valley College", area="Tregarth")

TWO = Entity("body", "Landrew Partnership", subtype="Partnership", area="Landrew")
TWO_A = Entity("body", "Landrew Finance Board", subtype="Board", area="Landrew")
TWO_B = Entity("body", "Landrew Delivery Board", subtype="Board", area="Landrew")

SUB_OF = Entity("body", "Morvah Partnership", subtype="Partnership", area="Morvah")
SUB_BOARD = Entity("body", "Morvah Serious Violence Board", subtype="Board", area="Morvah")

AWAY = Entity("body", "Kessel Partnership", subtype="Partnership", area="Kessel")
AWAY_BOARD = Entity("body", "Tregarth Oversight Board", subtype="Board", area="Tregarth")

TREGARTH_TEXT = """Tregarth Partnership: how we work, 2026

1. The Tregarth Partnership runs a Steering Board, with task groups beneath it.

2. The Steering Board is chaired by Hedra Penrose; the Tregarth Homes Trust and Tregarth Valley College sit on it.
"""
LANDREW_TEXT = """Landrew Partnership: structure, 2026

1. The Landrew Finance Board and the Landrew Delivery Board are both part of the Landrew Partnership.

2. Sowena Keast chairs the Finance Board; Pasco Rowe chairs the Delivery Board.
"""
MORVAH_TEXT = """Morvah Serious Violence Board: notes, 2026

1. The Board is a sub-group of the Morvah Partnership and is chaired by Jenna Trewin.
"""
KESSEL_TEXT = """Kessel Partnership: annual note, 2026

1. The Kessel Partnership reports through the Tregarth Oversight Board, chaired by Ythel Carne.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    t, ln, k = TREGARTH_TEXT, LANDREW_TEXT, KESSEL_TEXT
    yield from asker_over(tmp_path_factory, "partnership-boards", [
        paper("tregarth-partnership-2026", t, "Tregarth", lambda t: [
            _fact(t, "Tregarth Partnership runs a Steering Board", PARTNERSHIP, "other", STEERING, note="runs"),
            _fact(t, "Steering Board is chaired by Hedra Penrose", CHAIR, "chairs", STEERING),
            _fact(t, "the Tregarth Homes Trust", HOUSING, "member_of", STEERING),
            _fact(t, "Tregarth Valley College sit on it", COLLEGE, "member_of", STEERING),
            _fact(t, "Tregarth Partnership runs", PARTNERSHIP, "covers_area", TREGARTH),
        ]),
        paper("landrew-partnership-2026", ln, "Landrew", lambda t: [
            _fact(t, "Landrew Finance Board and", TWO_A, "part_of", TWO),
            _fact(t, "the Landrew Delivery Board are both part", TWO_B, "part_of", TWO),
            _fact(t, "Sowena Keast chairs", Entity("person", "Sowena Keast"), "chairs", TWO_A),
            _fact(t, "Pasco Rowe chairs", Entity("person", "Pasco Rowe"), "chairs", TWO_B),
        ]),
        paper("morvah-board-2026", MORVAH_TEXT, "Morvah", lambda t: [
            _fact(t, "The Board is a sub-group of the Morvah Partnership", SUB_BOARD, "subgroup_of", SUB_OF),
            _fact(t, "chaired by Jenna Trewin", Entity("person", "Jenna Trewin"), "chairs", SUB_BOARD),
        ]),
        paper("kessel-partnership-2026", k, "Kessel", lambda t: [
            _fact(t, "Kessel Partnership reports through", AWAY, "other", AWAY_BOARD, note="reports through"),
            _fact(t, "chaired by Ythel Carne", Entity("person", "Ythel Carne"), "chairs", AWAY_BOARD),
        ]),
    ])


def test_a_partnerships_chair_is_the_chair_of_the_board_it_runs(asker):
    assert labels(asker, "Who chairs the Tregarth Partnership?") == ["Hedra Penrose"]
    assert labels(asker, "Who was the chair of the Tregarth Partnership Board in 2026?") == ["Hedra Penrose"]


def test_who_sits_on_a_partnerships_board_are_the_members_of_the_board_it_runs(asker):
    assert sorted(labels(asker, "Which organisations are represented on the Tregarth Partnership Board?")) == [
        "Tregarth Homes Trust", "Tregarth Valley College"]


def test_two_boards_under_one_partnership_give_no_chair_of_the_partnership(asker):
    assert labels(asker, "Who chairs the Landrew Partnership?") == []


def test_a_board_of_another_place_is_never_a_partnerships_own(asker):
    assert labels(asker, "Who chairs the Kessel Partnership?") == []


def test_an_answer_read_from_the_partnerships_board_says_so(asker):
    answers = asker.ask("Who chairs the Tregarth Partnership?").answers
    assert [a.note for a in answers] == ["of Tregarth Steering Board, the partnership's board"]


def test_a_sub_group_board_is_not_the_partnership_meeting(asker):
    # the sub-group's chair chairs the sub-group, not the partnership above it
    assert labels(asker, "Who chairs the Morvah Partnership?") == []
    assert labels(asker, "Who chairs the Morvah Serious Violence Board?") == ["Jenna Trewin"]
