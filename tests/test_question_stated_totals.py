"""A total asked for is the total a paper writes ("grants totalling £N", "the total commitment of £N", "£N in
total"), read from the papers of the decision or plan the question names, else of the bodies and posts it names;
never another council's paper, nor one of another year, and nothing when the papers write two different totals.
Three invented councils' papers: a commissioner's decision notice, a cabinet report, a news item."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

D_PCC = Entity("post", "Brackenmoor Police and Crime Commissioner", area="Brackenmoor")
D_NOTICE = Entity("publication", "Decision Notice BPCC 2025/044", area="Brackenmoor")
D_TEXT = """Brackenmoor Police and Crime Commissioner: Decision Notice BPCC 2025/044

That the Commissioner approves the community safety grants in the schedule for 2025/26, totalling \u00a3731,900,
to be paid to the district partnerships in two instalments.

The Brackenmoor Youth Panel will also receive £4,000 for its outreach.
"""
D_PANEL = Entity("body", "Brackenmoor Youth Panel", area="Brackenmoor")

C_CABINET = Entity("body", "Tarnholme Borough Council Cabinet", area="Tarnholme")
C_REPORT = Entity("publication", "Tarnholme Safer Streets Report 2024/25", area="Tarnholme")
C_TEXT = """Tarnholme Borough Council Cabinet: Tarnholme Safer Streets Report 2024/25

The total commitment of \u00a3158,250 for 2024/25 will be met from the Council's community safety reserve.
"""

N_TRUST = Entity("body", "Wyvernbury Neighbourhood Trust", area="Wyvernbury")
N_TEXT = """Wyvernbury news, spring 2025: the trust's year

The Wyvernbury Neighbourhood Trust raised \u00a322,400 in total for its night-time wardens in 2025.
"""

T_BOARD = Entity("body", "Ormsley Safety Board", area="Ormsley")
T_TEXT = """Ormsley Safety Board: budget note 2025/26

The government set a total fund of \u00a3410,000 for 2025/26; local top-ups take the total budget to \u00a3455,000.
"""


def _d(t: str) -> list[Fact]:
    return [_fact(t, "Commissioner approves", D_PCC, "produces", D_NOTICE),
            _fact(t, "Brackenmoor Youth Panel will also receive", D_PANEL, "covers_area",
                  Entity("area", "Brackenmoor"))]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Tarnholme Borough Council Cabinet", C_CABINET, "produces", C_REPORT)]


def _n(t: str) -> list[Fact]:
    return [_fact(t, "Wyvernbury Neighbourhood Trust raised", N_TRUST, "covers_area", Entity("area", "Wyvernbury"))]


def _t(t: str) -> list[Fact]:
    return [_fact(t, "Ormsley Safety Board: budget note", T_BOARD, "covers_area", Entity("area", "Ormsley"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "stated-totals", [
        paper("brackenmoor-pcc-decision-2025-044", D_TEXT, "Brackenmoor", _d, doc_type="decision"),
        paper("tarnholme-cabinet-safer-streets-2024", C_TEXT, "Tarnholme", _c, doc_type="report"),
        paper("wyvernbury-news-spring-2025", N_TEXT, "Wyvernbury", _n, doc_type="news"),
        paper("ormsley-safety-board-budget-2025", T_TEXT, "Ormsley", _t, doc_type="report"),
    ])


def test_total_of_a_decisions_grants(asker):
    assert labels(asker, "What is the total of the grants approved in Decision Notice BPCC 2025/044?") == [
        "\u00a3731,900"]


def test_total_commitment_in_a_report(asker):
    assert labels(asker, "What was the total commitment in the Tarnholme Safer Streets Report 2024/25?") == [
        "\u00a3158,250"]


def test_total_raised_in_a_news_item(asker):
    assert labels(asker, "What total did the Wyvernbury Neighbourhood Trust raise for its wardens in 2025?") == [
        "\u00a322,400"]


def test_two_totals_in_one_paper_answer_nothing(asker):
    # which of the two the question means, its words do not say
    assert labels(asker, "What was the Ormsley Safety Board's total budget for 2025/26?") == []


def test_a_total_of_another_year_is_no_answer(asker):
    assert labels(asker, "What was the total commitment in the Tarnholme Safer Streets Report for 2022/23?") == []


def test_a_total_is_never_another_councils(asker):
    assert "\u00a3731,900" not in labels(asker, "What total did the Wyvernbury Neighbourhood Trust raise?")


def test_a_total_given_to_others_is_no_total_for_the_receiver_asked(asker):
    # the decision's total is the partnerships'; the sentence that writes it says nothing of the youth panel
    assert "\u00a3731,900" not in labels(
        asker, "What total did the Brackenmoor Police and Crime Commissioner give the Brackenmoor Youth Panel?")
