"""An answer is named as its own paper spells it, letter for letter, when the graph holds one thing under names
that read alike once normalised ("drug and alcohol misuse", "drugs and alcohol misuse"): never another paper's
spelling, and, with no quote writing any of them, the name written out. Three invented councils' papers: a
community safety plan, a partnership's web page and a board's minutes."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

TOPIC = Entity("topic", "Substance Misuse", aliases=(
    "drugs and alcohol misuse", "drug and alcohol misuse", "Drugs and Alcohol Misuse", "young persons' safety",
    "young person's safety"))
SAFETY = Entity("topic", "Youth safety", aliases=("young persons' safety", "young person's safety"))

A_PLAN = Entity("publication", "Ashcombe Community Safety Plan 2025-2028", area="Ashcombe")
B_CSP = Entity("body", "Brinklow Community Safety Partnership", subtype="Partnership", area="Brinklow")
C_BOARD = Entity("body", "Cresswell Safer Communities Board", subtype="Board", area="Cresswell")

A_TEXT = """Ashcombe Community Safety Plan 2025-2028

The plan sets two priorities: drug and alcohol misuse, and young person's safety.
"""
B_TEXT = """Brinklow Community Safety Partnership: what we do

Our priorities are drugs and alcohol misuse and young persons' safety across the district.
"""
C_TEXT = """Cresswell Safer Communities Board minutes, 4 March 2025

5. The Board confirmed Drugs and Alcohol Misuse as its lead priority for the year.
"""


def _a(t: str) -> list[Fact]:
    return [_fact(t, "drug and alcohol misuse", TOPIC, "priority_of", A_PLAN),
            _fact(t, "young person's safety", SAFETY, "priority_of", A_PLAN)]


def _b(t: str) -> list[Fact]:
    return [_fact(t, "drugs and alcohol misuse", TOPIC, "priority_of", B_CSP),
            _fact(t, "young persons' safety", SAFETY, "priority_of", B_CSP)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Drugs and Alcohol Misuse as its lead priority", TOPIC, "priority_of", C_BOARD)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "names-as-spelt", [
        paper("ashcombe-community-safety-plan-2025", A_TEXT, "Ashcombe", _a, doc_type="plan"),
        paper("brinklow-csp-web-page-2025", B_TEXT, "Brinklow", _b, doc_type="web"),
        paper("cresswell-scb-minutes-2025-03-04", C_TEXT, "Cresswell", _c, doc_type="minutes"),
    ])


def test_a_plan_answers_with_its_own_spelling(asker):
    got = labels(asker, "What are the priorities of the Ashcombe Community Safety Plan 2025-2028?")
    assert "drug and alcohol misuse" in got
    assert "young person's safety" in got


def test_a_web_page_answers_with_its_own_spelling(asker):
    got = labels(asker, "What are the Brinklow Community Safety Partnership's priorities?")
    assert "drugs and alcohol misuse" in got
    assert "young persons' safety" in got


def test_minutes_answer_with_their_capitals(asker):
    assert labels(asker, "What is the Cresswell Safer Communities Board's priority?") == ["Drugs and Alcohol Misuse"]
