"""Money put into a body's budget, asked by the budget ("How much did the foundation contribute to the Carnford
youth justice pooled budget?", "What did the ICB put into the Carnford youth justice pooled budget?"): how the budget is
held ("pooled", "shared", "joint") says nothing of who holds it, and "put into ... budget" asks an amount. Never
another council's budget, nor a partner's money the papers do not state. Invented councils (Carnford, Dunholm),
papers and sums written for these tests, in a table and a sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

# a national charity (no place of its own) and the area's health board
TRUST = Entity("body", "Brightwater Foundation")
ICB = Entity("body", "Carnford Integrated Care Board", area="Carnford")
CARNFORD_YJS = Entity("body", "Carnford Youth Justice Service", subtype="Service", area="Carnford")
CARNFORD_COUNCIL = Entity("body", "Carnford Borough Council", subtype="Council", area="Carnford")
DUNHOLM_YJS = Entity("body", "Dunholm Youth Justice Service", subtype="Service", area="Dunholm")
DUNHOLM_COUNCIL = Entity("body", "Dunholm District Council", subtype="Council", area="Dunholm")

CARNFORD_TEXT = """Carnford Youth Justice Plan 2025/26 - resources

The service is funded from a pooled partnership budget:
   Carnford Borough Council                       \u00a3388,000
   Brightwater Foundation                         \u00a341,300
   Carnford Integrated Care Board                 \u00a329,750
"""
DUNHOLM_TEXT = """Dunholm District Council - Cabinet report, youth justice resources 2025/26

The Council will put \u00a3215,000 into the Dunholm Youth Justice Service's shared budget for 2025/26.
"""


def _carnford(t: str) -> list[Fact]:
    return [
        _fact(t, "Carnford Borough Council                       \u00a3388,000", CARNFORD_COUNCIL, "funds",
              CARNFORD_YJS, amount=Decimal(388000), period="2025/26"),
        _fact(t, "Brightwater Foundation                         \u00a341,300", TRUST, "funds", CARNFORD_YJS,
              amount=Decimal(41300), period="2025/26"),
        _fact(t, "Carnford Integrated Care Board                 \u00a329,750", ICB, "funds", CARNFORD_YJS,
              amount=Decimal(29750), period="2025/26"),
    ]


def _dunholm(t: str) -> list[Fact]:
    return [_fact(t, "The Council will put \u00a3215,000 into the Dunholm Youth Justice Service's shared budget",
                  DUNHOLM_COUNCIL, "funds", DUNHOLM_YJS, amount=Decimal(215000), period="2025/26")]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "pooled-budgets", [
        paper("carnford-yj-plan-2025", CARNFORD_TEXT, "Carnford", _carnford, date=dt.date(2025, 6, 30)),
        paper("dunholm-cabinet-2025", DUNHOLM_TEXT, "Dunholm", _dunholm, date=dt.date(2025, 3, 12)),
    ])


@pytest.mark.parametrize("question", [
    "How much did the Brightwater Foundation contribute to the Carnford youth justice pooled budget in 2025/26?",
    "What did the Brightwater Foundation put into the Carnford youth justice pooled budget for 2025/26?",
    "How much does the Brightwater Foundation put into Carnford's youth justice joint budget?",
])
def test_the_funders_share_of_the_pooled_budget(asker, question: str):
    assert labels(asker, question) == ["\u00a341,300"]


def test_another_partners_share(asker):
    assert labels(asker, "What did the Carnford Integrated Care Board put into the Carnford youth justice "
                         "pooled budget?") == ["\u00a329,750"]


def test_a_council_putting_into_its_own_services_shared_budget(asker):
    assert labels(asker, "How much will Dunholm District Council put into the Dunholm youth justice shared "
                         "budget for 2025/26?") == ["\u00a3215,000"]


@pytest.mark.parametrize("question", [
    # the foundation gives nothing to Dunholm's service: Carnford's sum is no answer
    "How much did the Brightwater Foundation contribute to the Dunholm youth justice pooled budget in 2025/26?",
    "What did the Brightwater Foundation put into the Dunholm youth justice shared budget?",
    # no paper says what Carnford's council gives Dunholm
    "How much did Carnford Borough Council put into the Dunholm youth justice pooled budget?",
])
def test_never_another_budgets_money(asker, question: str):
    assert labels(asker, question) == []
