"""'Under which Act / regulations / section' where the graph holds no name of the law: the law as the body's own
paper writes it, in a line its heading speaks for (terms of reference name the body once, above the list).
Never another council's paper, never the Act the question names itself for 'which section'. Invented councils
(Hollowmere, Pencarrow), papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

H_AREA = Entity("area", "Hollowmere")
H_CSP = Entity("body", "Hollowmere Community Safety Partnership", subtype="Partnership", area="Hollowmere",
               aliases=("Hollowmere CSP",))
H_BOARD = Entity("body", "Hollowmere Safer Streets Board", subtype="Board", area="Hollowmere")
LANTERN_ACT = Entity("legislation", "Lantern Safety Act")
P_AREA = Entity("area", "Pencarrow")
P_BOARD = Entity("body", "Pencarrow Safer Streets Board", subtype="Board", area="Pencarrow")

H_TOR = """Hollowmere Community Safety Partnership terms of reference

Purpose
The partnership will:
- Keep its member agencies answerable for their duties under s.19 of the Lantern Safety Act.
- Publish a yearly plan for the borough's residents.
"""
H_BOARD_TEXT = """Hollowmere Safer Streets Board: constitution

Under the Neighbourhood Wardens (Joint Working) Regulations 2011, every borough must form a joint wardens group.
The Board meets four times a year in the Town Hall.
The Board asked the council for a Quiet Hours Notice (QHN) under section 34 of the Quiet Streets and Parks
Act 2019 for Marrowgate market square, after many complaints.
"""
P_BOARD_TEXT = """Pencarrow Safer Streets Board: constitution

Under the Coastal Patrols (Shared Duties) Regulations 2015, every borough must form a joint wardens group.
"""


def _h_tor(t: str) -> list[Fact]:
    # the Act held (no section of it): a name the question writes must be held, or the question is refused
    return [_fact(t, "Hollowmere Community Safety Partnership", H_CSP, "covers_area", H_AREA),
            _fact(t, "Publish a yearly plan for the borough's residents.", H_CSP, "statutory_duty", LANTERN_ACT)]


def _h_board(t: str) -> list[Fact]:
    return [_fact(t, "Hollowmere Safer Streets Board", H_BOARD, "covers_area", H_AREA)]


def _p_board(t: str) -> list[Fact]:
    return [_fact(t, "Pencarrow Safer Streets Board", P_BOARD, "covers_area", P_AREA)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "laws", [
        paper("hollowmere-community-safety-partnership-tor", H_TOR, "Hollowmere", _h_tor),
        paper("hollowmere-safer-streets-board-constitution", H_BOARD_TEXT, "Hollowmere", _h_board),
        paper("pencarrow-safer-streets-board-constitution", P_BOARD_TEXT, "Pencarrow", _p_board),
    ])


def test_section_written_under_the_heading(asker):
    question = "Under which section of the Lantern Safety Act does the Hollowmere CSP keep member agencies answerable?"
    assert labels(asker, question) == ["s.19"]


def test_regulations_written_in_full(asker):
    question = "Under which regulations does the Hollowmere Safer Streets Board form the joint wardens group?"
    assert labels(asker, question) == ["Neighbourhood Wardens (Joint Working) Regulations 2011"]


def test_never_the_other_councils_law(asker):
    question = "Under which regulations does the Pencarrow Safer Streets Board form the joint wardens group?"
    assert labels(asker, question) == ["Coastal Patrols (Shared Duties) Regulations 2015"]
    assert labels(asker, "Under which regulations does the Tremayne Safer Streets Board form the joint wardens "
                  "group?") == []


def test_a_line_that_shares_no_words_answers_nothing(asker):
    assert labels(asker, "Under which Act does the Hollowmere Safer Streets Board audit its budgets?") == []


def test_law_beside_a_name_the_graph_does_not_hold(asker):
    # no entity "Marrowgate QHN": the sentence that writes both its words names one Act (not the Notice itself)
    assert labels(asker, "Under which Act is the Marrowgate QHN made?") == ["Quiet Streets and Parks Act 2019"]
    assert labels(asker, "Under which section of the Act is the Marrowgate QHN made?") == ["section 34"]
    # words no paper writes together, or a council the graph does not hold: refused as before
    assert labels(asker, "Under which Act is the Tremayne QHN made?") == []
    assert labels(asker, "Under which Act is the Rutland QHN made?") == []
