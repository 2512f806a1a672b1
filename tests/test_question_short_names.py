""""Which board is the Partnership accountable to for treatment and recovery?": a body the question names only by
its kind, as its own paper calls it once its name is given ("the Partnership", "the Panel", "the Committee").
Answered only from a fact whose sentence also calls its body so and writes two more of the question's words, all
from one paper; nothing when two papers fit, or the sentence shares too little. Three invented councils' papers:
terms of reference, a panel's annual report, a committee's minutes."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

A_CDP = Entity("body", "Kilnsey Combating Drugs Partnership", subtype="Partnership", area="Kilnsey")
A_HWB = Entity("body", "Kilnsey Health and Wellbeing Board", subtype="Board", area="Kilnsey")
A_TEXT = """Kilnsey Combating Drugs Partnership: terms of reference, 2025

The Partnership is accountable to the Kilnsey Health and Wellbeing Board for needle exchange and naloxone
supply.
"""

B_PANEL = Entity("body", "Rookhope Hate Crime Scrutiny Panel", subtype="Panel", area="Rookhope")
B_CHAIR = Entity("person", "Seraphina Dyce")
B_TEXT = """Rookhope Hate Crime Scrutiny Panel: annual report 2024

Seraphina Dyce has chaired the Panel since its first review of third-party reporting centres.
"""

C_COMMITTEE = Entity("body", "Gillamoor Licensing Committee", subtype="Committee", area="Gillamoor")
C_CABINET = Entity("body", "Gillamoor Borough Council Cabinet", subtype="Cabinet", area="Gillamoor")
C_TEXT = """Gillamoor Licensing Committee minutes, 12 March 2025

4. The Committee reports to the Gillamoor Borough Council Cabinet on taxi enforcement and door staff checks.
"""

D_CSP = Entity("body", "Farndale Community Safety Partnership", subtype="Partnership", area="Farndale")
D_BOARD = Entity("body", "Farndale Safer Streets Board", subtype="Board", area="Farndale")
D_TEXT = """Farndale Community Safety Partnership: governance, 2025

The Partnership is accountable to the Farndale Safer Streets Board for needle exchange and naloxone supply.
"""


def _a(t: str) -> list[Fact]:
    return [_fact(t, "Partnership is accountable to the Kilnsey Health and Wellbeing Board", A_CDP, "reports_to",
                  A_HWB)]


def _b(t: str) -> list[Fact]:
    return [_fact(t, "Seraphina Dyce has chaired the Panel", B_CHAIR, "chairs", B_PANEL)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Committee reports to the Gillamoor Borough Council Cabinet", C_COMMITTEE, "reports_to",
                  C_CABINET)]


def _d(t: str) -> list[Fact]:
    return [_fact(t, "Partnership is accountable to the Farndale Safer Streets Board", D_CSP, "reports_to",
                  D_BOARD)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "short-names", [
        paper("kilnsey-cdp-terms-of-reference-2025", A_TEXT, "Kilnsey", _a, doc_type="terms"),
        paper("rookhope-hate-crime-panel-report-2024", B_TEXT, "Rookhope", _b, doc_type="report"),
        paper("gillamoor-licensing-committee-2025-03-12", C_TEXT, "Gillamoor", _c, doc_type="minutes"),
    ])


@pytest.fixture(scope="module")
def two_papers(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "short-names-two", [
        paper("kilnsey-cdp-terms-of-reference-2025", A_TEXT, "Kilnsey", _a, doc_type="terms"),
        paper("farndale-csp-governance-2025", D_TEXT, "Farndale", _d, doc_type="terms"),
    ])


def test_the_partnership_of_terms_of_reference(asker):
    got = asker.ask("Which board is the Partnership accountable to for needle exchange?")
    assert [a.label for a in got.answers] == ["Kilnsey Health and Wellbeing Board"]
    assert "Kilnsey Combating Drugs Partnership" in got.interpretation


def test_the_panel_of_an_annual_report(asker):
    assert labels(asker, "Who has chaired the Panel since its first review of reporting centres?") == [
        "Seraphina Dyce"]


def test_the_committee_of_minutes(asker):
    assert labels(asker, "Which body does the Committee report to on taxi enforcement?") == [
        "Gillamoor Borough Council Cabinet"]


def test_a_sentence_sharing_too_little_answers_nothing(asker):
    assert labels(asker, "Which board is the Partnership accountable to for housing?") == []


def test_two_papers_that_fit_answer_nothing(two_papers):
    # two partnerships' papers say the same of "the Partnership": which one is asked, nothing says
    assert labels(two_papers, "Which board is the Partnership accountable to for needle exchange?") == []

