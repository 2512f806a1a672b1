"""A deputy's turn in the chair names the deputy, not the chair: "who takes the chair in the SRO's absence",
"will chair meetings in the absence of the Chair", "chairs the Board when the Chair is unavailable". Read from a
paper's words, such a sentence must not answer "Who chairs X?" (it answered a vice-chair before). Three invented
councils, each paper written in its own style for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

FENBY = Entity("body", "Fenby Drugs and Alcohol Partnership", subtype="Partnership", area="Fenby")
ORLA = Entity("body", "Orlaston Safer Streets Board", subtype="Board", area="Orlaston")
KIRR = Entity("body", "Kirrick Serious Violence Group", subtype="Group", area="Kirrick")

# terms of reference, numbered clauses; the chair is a post, the stand-in a named person
FENBY_TEXT = """Fenby Drugs and Alcohol Partnership: terms of reference

3.1 The Vice-Chair of the Fenby Drugs and Alcohol Partnership is the Cabinet Member for Communities, currently
Cllr Anwen Tolley, who takes the chair in the SRO's absence.
"""
# minutes, a members' table with a bracketed role, then a standing order
ORLA_TEXT = """Orlaston Safer Streets Board: minutes of the meeting held on 4 March 2024

Members present: Cllr Bryn Ashworth (Vice-Chair), Orlaston Borough Council

Cllr Bryn Ashworth will chair meetings of the Orlaston Safer Streets Board in the absence of the Chair.
"""
# an annual report's prose, the real chair named a sentence before the deputy
KIRR_TEXT = """Kirrick Serious Violence Group annual report 2024

The Kirrick Serious Violence Group is chaired by Superintendent Idris Polwarth. Dr Sunniva Platt, the Deputy Chair
of the Kirrick Serious Violence Group, chairs the Group when the Chair is unavailable.
"""


def _fenby(t: str) -> list[Fact]:
    return [_fact(t, "Fenby Drugs and Alcohol Partnership", FENBY, "covers_area", Entity("area", "Fenby")),
            _fact(t, "Cllr Anwen Tolley", Entity("person", "Anwen Tolley"), "member_of", FENBY)]


def _orla(t: str) -> list[Fact]:
    return [_fact(t, "Orlaston Safer Streets Board", ORLA, "covers_area", Entity("area", "Orlaston")),
            _fact(t, "Cllr Bryn Ashworth", Entity("person", "Bryn Ashworth"), "attended", ORLA)]


def _kirr(t: str) -> list[Fact]:
    return [_fact(t, "Kirrick Serious Violence Group", KIRR, "covers_area", Entity("area", "Kirrick")),
            _fact(t, "Superintendent Idris Polwarth", Entity("person", "Idris Polwarth"), "member_of", KIRR),
            _fact(t, "Dr Sunniva Platt", Entity("person", "Sunniva Platt"), "member_of", KIRR)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "stand-in", [
        paper("fenby-dap-tor-2024", FENBY_TEXT, "Fenby", _fenby),
        paper("orlaston-ssb-minutes-2024", ORLA_TEXT, "Orlaston", _orla, doc_type="minutes"),
        paper("kirrick-svg-annual-report-2024", KIRR_TEXT, "Kirrick", _kirr),
    ])


def test_the_vice_chair_who_takes_the_chair_in_an_absence_is_not_the_chair(asker):
    assert "Anwen Tolley" not in labels(asker, "Who chairs the Fenby Drugs and Alcohol Partnership?")


def test_one_who_chairs_meetings_in_the_absence_of_the_chair_is_not_the_chair(asker):
    assert "Bryn Ashworth" not in labels(asker, "Who chairs the Orlaston Safer Streets Board?")


def test_the_deputy_who_chairs_when_the_chair_is_unavailable_leaves_the_chair_named_before(asker):
    assert labels(asker, "Who chairs the Kirrick Serious Violence Group?") == ["Idris Polwarth"]
