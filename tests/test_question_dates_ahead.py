"""'When was X due to approve Y?', 'When is X expected to consider ...?', 'When was X scheduled to hear ...?':
the words that say the act lay ahead are the question's frame, not words a paper's sentence must share; the
date is the one the sentence writes beside the act ("to approve the plan at its sitting on 8 July"). Invented councils
(Tarnwick, Glenholt, Marrowby), papers written for these tests, in three styles: a cabinet recommendation, a
board's forward plan, a commissioner's decision notice."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

T_COUNCIL = Entity("body", "Tarnwick County Council", subtype="Council", area="Tarnwick")
T_PLAN = Entity("publication", "Tarnwick Youth Justice Plan 2024-2027", area="Tarnwick")
G_BOARD = Entity("body", "Glenholt Safer Communities Board", subtype="Board", area="Glenholt")
G_STRATEGY = Entity("publication", "Glenholt Serious Violence Strategy", area="Glenholt")
M_PANEL = Entity("body", "Marrowby Police and Crime Panel", area="Marrowby")

T_TEXT = """Tarnwick County Council Cabinet: report of the Director of Children's Services

RESOLVED
(a) That the Tarnwick Youth Justice Plan 2024-2027 be endorsed;
(b) That the Council be asked to approve the Tarnwick Youth Justice Plan 2024-2027 at its sitting on
17 September 2024.
"""
G_TEXT = """Glenholt Safer Communities Board forward plan

Item 4. The Glenholt Safer Communities Board will consider the draft Glenholt Serious Violence Strategy at its
meeting on 3 March 2025, once the consultation has closed.
"""
M_TEXT = """Marrowby Police and Crime Commissioner: decision notice 12/2024

The Marrowby Police and Crime Panel will hear the Commissioner's proposed precept on 6 February 2024, as the
regulations require.
"""


def _t(t: str) -> list[Fact]:
    return [_fact(t, "the Council be asked to approve the Tarnwick Youth Justice Plan 2024-2027", T_COUNCIL, "produces",
                  T_PLAN)]


def _g(t: str) -> list[Fact]:
    return [_fact(t, "The Glenholt Safer Communities Board will consider the draft Glenholt Serious Violence Strategy",
                  G_BOARD, "produces", G_STRATEGY)]


def _m(t: str) -> list[Fact]:
    return [_fact(t, "The Marrowby Police and Crime Panel will hear the Commissioner's proposed precept", M_PANEL,
                  "covers_area", Entity("area", "Marrowby"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "dates-ahead", [
        paper("tarnwick-cabinet-youth-justice-2024", T_TEXT, "Tarnwick", _t, doc_type="minutes"),
        paper("glenholt-scb-forward-plan-2025", G_TEXT, "Glenholt", _g),
        paper("marrowby-pcc-decision-2024", M_TEXT, "Marrowby", _m, doc_type="decision"),
    ])


def test_due_to_approve(asker):
    question = "When was Tarnwick County Council due to approve the Tarnwick Youth Justice Plan 2024-2027?"
    assert labels(asker, question) == ["17 September 2024"]


def test_expected_to_consider(asker):
    assert labels(asker, "When was the Glenholt Safer Communities Board expected to consider the serious violence"
                  " strategy?") == ["3 March 2025"]


def test_scheduled_to_hear(asker):
    assert labels(asker, "When was the Marrowby Police and Crime Panel scheduled to hear the proposed precept?") == [
        "6 February 2024"]
