"""A body's name with a post's head noun straight after it ("the Thornwick YOS Manager", "the Aldwinsey Community
Safety Partnership Coordinator", "the Hallowmere VRU Director") asks for the holder of the body's post, which the
papers write with the body's short form; never the holder of a post named by a kind word alone ("Board
Manager"), which fits any board of the area. Invented councils, bodies and people; papers written for these
tests, each in its own council's layout."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

THORN_YOS = Entity("body", "Thornwick Youth Offending Service", subtype="Service", area="Thornwick",
                   aliases=("YOS",))
THORN_YOS_MANAGER = Entity("post", "YOS Manager", area="Thornwick")
THORN_BOARD = Entity("body", "Thornwick Youth Justice Management Board", subtype="Board", area="Thornwick")
GWILYM = Entity("person", "Gwilym Rhosier-Amis")
ASH_CSP = Entity("body", "Aldwinsey Community Safety Partnership", subtype="Partnership", area="Aldwinsey")
ASH_COORD = Entity("post", "Community Safety Partnership Coordinator", area="Aldwinsey")
NELL = Entity("person", "Nell Ormsby")
HARROW_VRU = Entity("body", "Hallowmere Violence Reduction Unit", subtype="Unit", area="Hallowmere",
                    aliases=("Hallowmere VRU", "VRU"))
HARROW_DIRECTOR = Entity("post", "VRU Director", area="Hallowmere")
HARROW_SAB = Entity("body", "Hallowmere Safeguarding Adults Board", subtype="Board", area="Hallowmere")
HARROW_HWB = Entity("body", "Hallowmere Health and Wellbeing Board", subtype="Board", area="Hallowmere")
HARROW_BOARD_MANAGER = Entity("post", "Board Manager", area="Hallowmere")
QUILLA = Entity("person", "Quilla Colbeck")
ROSCOE = Entity("person", "Roscoe Velling")
FEN_YOS = Entity("body", "Fenmarsh Youth Offending Service", subtype="Service", area="Fenmarsh")
FEN_COUNCIL = Entity("body", "Fenmarsh Borough Council", subtype="Council", area="Fenmarsh")

# a unitary's youth justice plan, governance section
THORN_TEXT = """Thornwick Youth Justice Plan 2024-25: governance
The Thornwick Youth Offending Service (YOS) is overseen by the Thornwick Youth Justice Management Board.
Day to day the service is run by its YOS Manager, Gwilym Rhosier-Amis, who reports to the Board each term.
"""
# a district partnership's terms of reference, membership table
ASH_TEXT = """Aldwinsey Community Safety Partnership - Terms of Reference (2025)
Support officer      | Community Safety Partnership Coordinator (Nell Ormsby), Aldwinsey District Council
"""
# a combined authority's decision notice
HARROW_TEXT = """Hallowmere Combined Authority: decision notice HCA/2024/17
The Hallowmere Violence Reduction Unit will administer the grant; Quilla Colbeck, VRU Director, signs it off.
The Board Manager, Roscoe Velling, supports the Hallowmere Safeguarding Adults Board.
The Hallowmere Health and Wellbeing Board will receive the annual report.
"""
FEN_TEXT = """Fenmarsh Borough Council: Cabinet, 3 March 2025
The Fenmarsh Youth Offending Service is hosted by Fenmarsh Borough Council.
"""


def _thorn(t: str) -> list[Fact]:
    return [
        _fact(t, "The Thornwick Youth Offending Service (YOS) is overseen by the Thornwick Youth Justice Management "
                 "Board", THORN_BOARD, "oversees", THORN_YOS),
        _fact(t, "its YOS Manager, Gwilym Rhosier-Amis", GWILYM, "holds_post", THORN_YOS_MANAGER),
    ]


def _ash(t: str) -> list[Fact]:
    return [_fact(t, "Community Safety Partnership Coordinator (Nell Ormsby)", NELL, "holds_post", ASH_COORD),
            _fact(t, "Aldwinsey Community Safety Partnership - Terms of Reference", ASH_CSP, "covers_area",
                  Entity("area", "Aldwinsey"))]


def _harrow(t: str) -> list[Fact]:
    return [
        _fact(t, "Quilla Colbeck, VRU Director", QUILLA, "holds_post", HARROW_DIRECTOR),
        _fact(t, "The Hallowmere Violence Reduction Unit will administer the grant", HARROW_VRU, "covers_area",
              Entity("area", "Hallowmere")),
        _fact(t, "The Board Manager, Roscoe Velling", ROSCOE, "holds_post", HARROW_BOARD_MANAGER),
        _fact(t, "Roscoe Velling, supports the Hallowmere Safeguarding Adults Board", ROSCOE, "member_of",
              HARROW_SAB),
        _fact(t, "The Hallowmere Health and Wellbeing Board will receive the annual report", HARROW_HWB,
              "covers_area", Entity("area", "Hallowmere")),
    ]


def _fen(t: str) -> list[Fact]:
    return [_fact(t, "The Fenmarsh Youth Offending Service is hosted by Fenmarsh Borough Council", FEN_COUNCIL,
                  "member_of", FEN_YOS)]


_document = partial(paper, doc_type="report", date=dt.date(2025, 2, 11))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "body-posts", [
        _document("thornwick-yjp-2024", THORN_TEXT, "Thornwick", _thorn),
        _document("ashcombe-csp-tor-2025", ASH_TEXT, "Aldwinsey", _ash),
        _document("harrowdale-decision-2024-17", HARROW_TEXT, "Hallowmere", _harrow),
        _document("fenmarsh-cabinet-2025", FEN_TEXT, "Fenmarsh", _fen),
    ])


def test_a_body_and_a_post_head_is_the_bodys_post(asker):
    asked = ("Who is the Thornwick YOS Manager?", "Who is the Aldwinsey Community Safety Partnership Coordinator?",
             "Who is the Hallowmere VRU Director?")
    assert [labels(asker, q) for q in asked] == [["Gwilym Rhosier-Amis"], ["Nell Ormsby"], ["Quilla Colbeck"]]


def test_a_kind_word_alone_before_the_head_names_no_one_boards_post(asker):
    # "Board Manager" fits every board of Hallowmere: the Health and Wellbeing Board's is not the SAB's
    assert labels(asker, "Who is the Hallowmere Health and Wellbeing Board Manager?") == []


def test_another_councils_body_does_not_take_the_post(asker):
    # Fenmarsh has a YOS but no YOS Manager in the graph: Thornwick's is never the answer
    assert labels(asker, "Who is the Fenmarsh YOS Manager?") == []
