"""Money asked for by what it is for: "how much does the Commissioner put into drug and alcohol services?" is
answered by the giver's allocations whose purpose or recipient names the topic; the giver's other grants are no
answer, and a sentence of its own papers that states the amount for the topic is read instead. An invented
council and a paper written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

PCC = Entity("post", "Tremorvah Police and Crime Commissioner", area="Tremorvah")
CSP = Entity("body", "Tremorvah Community Safety Partnership", subtype="Partnership", area="Tremorvah")
YOT = Entity("body", "Tremorvah Youth Offending Team", area="Tremorvah")
PROJECT = Entity("initiative", "Tremorvah Blade Free Project", area="Tremorvah")
DRUGS = Entity("topic", "Substance Misuse", aliases=("drugs and alcohol", "drug and alcohol"))
KNIVES = Entity("topic", "Knife Crime")

TEXT = """Tremorvah Police and Crime Commissioner: grants report, 2024

1. The Commissioner gave £25,000 to the Tremorvah Community Safety Partnership and £45,000 to the Tremorvah
Youth Offending Team this year.

2. The Tremorvah Blade Free Project received £9,000 from the Commissioner for knife crime work in schools.

3. Beyond these grants the Commissioner also meets the cost of drugs and alcohol services (£70,000 in
Tremorvah), which lightens the load on the police.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "money-topics", [
        paper("tremorvah-pcc-grants-2024", TEXT, "Tremorvah", lambda t: [
            _fact(t, "gave £25,000 to the Tremorvah Community Safety Partnership", PCC, "funds", CSP,
                  amount=Decimal(25000), period="2024/25"),
            _fact(t, "£45,000 to the Tremorvah\nYouth Offending Team", PCC, "funds", YOT, amount=Decimal(45000),
                  period="2024/25"),
            _fact(t, "Tremorvah Blade Free Project received £9,000", PCC, "funds", PROJECT, amount=Decimal(9000),
                  period="2024/25", purpose="knife crime work in schools"),
            _fact(t, "knife crime work", PROJECT, "responsible_for", KNIVES),
            _fact(t, "drugs and alcohol services", PCC, "oversees", DRUGS),
        ]),
    ])


def test_the_givers_allocation_for_the_topic_asked(asker):
    assert labels(asker, "How much does the Tremorvah PCC put into knife crime work?") == ["£9,000"]


def test_the_givers_other_grants_are_not_the_money_for_a_topic_no_allocation_names(asker):
    # no allocation is for drugs and alcohol: the £25,000 and £45,000 went elsewhere, and the paper's own
    # sentence states the sum
    assert labels(asker, "How much does the Tremorvah PCC put into drugs and alcohol services?") == ["£70,000"]


def test_shares_of_a_named_whole_are_not_the_whole(asker) -> None:
    # the question names £45,000 and asks how it is shared out: the £45,000 itself is no answer
    assert labels(asker, "How much of the £45,000 to the Tremorvah Youth Offending Team goes to each of its "
                         "projects?") == []
    assert labels(asker, "How much did the Commissioner give the Tremorvah Youth Offending Team?") == ["£45,000"]
