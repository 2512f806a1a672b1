"""Two question-side guards against a wrong answer, over two invented councils' papers:

- a role the papers' words give ("Its vice-chair is X") is not read for a body when the graph already holds, from
  that same paper, X in that role of another body (the reading decided whose "Its" it was);
- "How much of its Public Health Grant does X spend on Y?" asks for a share of the money named: another grant of
  the same parties is no answer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

# -- Fenmoor: a strategy's governance chapter; the sub-group's vice-chair, named after "It ... of the FSP"
F_FSP = Entity("body", "Fenmoor Safety Partnership", subtype="Partnership", area="Fenmoor")
F_GROUP = Entity("body", "Fenmoor Violence Steering Group", area="Fenmoor")
F_VICE = Entity("person", "Orla Stanway")
F_TEXT = """Fenmoor Serious Violence Strategy 2025: governance

The Fenmoor Safety Partnership (FSP) owns this strategy. The Fenmoor Violence Steering Group leads the work.
It is a sub-group of the FSP. Its vice-chair is Orla Stanway, Head of Housing at Fenmoor Council.
"""

# -- Kelsby: a drugs partnership's terms of reference; one grant, named, and a question about another
K_COUNCIL = Entity("body", "Kelsby Council", subtype="Council", area="Kelsby")
K_OHID = Entity("body", "Office for Health Improvement and Disparities")
K_GRANT = Entity("initiative", "Drug Treatment Uplift Grant", area="Kelsby")
K_TEXT = """Kelsby Combating Drugs Partnership: terms of reference

Kelsby Council received \u00a3412,000 Drug Treatment Uplift Grant from the Office for Health Improvement and
Disparities for 2024/25. The partnership also oversees the Public Health Grant spent on treatment.
"""


def _f(t: str) -> list[Fact]:
    return [
        _fact(t, "It is a sub-group of the FSP", F_GROUP, "subgroup_of", F_FSP),
        _fact(t, "Its vice-chair is Orla Stanway", F_VICE, "vice_chair", F_GROUP),
    ]


def _k(t: str) -> list[Fact]:
    return [_fact(t, "Kelsby Council received \u00a3412,000 Drug Treatment Uplift Grant", K_OHID, "funds",
                  K_COUNCIL, amount=Decimal("412000"), period="2024/25", purpose="Drug Treatment Uplift Grant")]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "roles-and-shares", [
        paper("fenmoor-sv-strategy-2025", F_TEXT, "Fenmoor", _f),
        paper("kelsby-cdp-tor-2024", K_TEXT, "Kelsby", _k),
    ])


def test_a_role_the_graph_gives_another_body_is_not_read_for_the_partnership(asker):
    assert "Orla Stanway" not in labels(asker, "Who is the vice-chair of the Fenmoor Safety Partnership?")


def test_the_role_stays_with_the_body_it_was_read_for(asker):
    assert labels(asker, "Who is vice-chair of the Fenmoor Violence Steering Group?") == ["Orla Stanway"]


@pytest.mark.parametrize("question", [
    "How much of its Public Health Grant does Kelsby Council spend on drug treatment?",
    "How much of the public health grant did Kelsby Council put into treatment in 2024/25?",
])
def test_a_share_of_a_named_grant_is_not_another_grant(asker, question):
    assert not [g for g in labels(asker, question) if g.startswith("\u00a3")]


def test_the_named_grant_itself_is_still_answered(asker):
    assert labels(asker, "How much Drug Treatment Uplift Grant did Kelsby Council receive?") == ["\u00a3412,000"]
