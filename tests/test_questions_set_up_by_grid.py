"""A grid of questions asking who set a body up, with the maker after "by" (issue 11): "Which body was the
Tollbridge Youth Panel set up by?", "Who was the Heathmoor Partnership established by?".

"Set up", "established", "created" are read as two relations: the body that set another up, and the body that
produces a plan. With the maker after "by" at the end of the question, the body asked about was taken for the
maker, and its own plans were answered ("Which body was the Partnership set up by?" answered its Community Safety
Plan): a wrong answer. Three invented councils' papers, each with a body set up by another and a plan the body
writes, so that a reversed reading answers with the plan. Papers, places and people written for this test.

Dimensions varied: the verb (set up, established, created, formed); the question word (which body, who, which
council); the body asked about set up by a council, a board or a commissioner; the maker of a plan asked the same
way (its maker is the body that produces it); neighbours that keep their reading (who set up X, what X produces,
which plan X wrote) or stay refused (a body the graph does not hold)."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Tollbridge: minutes
T_COUNCIL = Entity("body", "Tollbridge Borough Council", subtype="Council", area="Tollbridge")
T_PANEL = Entity("body", "Tollbridge Youth Panel", subtype="Panel", area="Tollbridge")
T_PLAN = Entity("publication", "Tollbridge Youth Safety Plan 2024-2027", area="Tollbridge")

T_TEXT = """Tollbridge Borough Council: Cabinet minutes, 12 March 2024

7. The Tollbridge Youth Panel was set up by Tollbridge Borough Council in 2021. The Panel has written the
Tollbridge Youth Safety Plan 2024-2027.
"""


def _tollbridge(t: str) -> list[Fact]:
    return [
        _fact(t, "The Tollbridge Youth Panel was set up by Tollbridge Borough Council", T_COUNCIL, "other", T_PANEL,
              note="set up"),
        _fact(t, "The Panel has written the\nTollbridge Youth Safety Plan 2024-2027", T_PANEL, "produces", T_PLAN),
    ]


# -- Heathmoor: terms of reference
H_BOARD = Entity("body", "Heathmoor Safer Communities Board", subtype="Board", area="Heathmoor")
H_CSP = Entity("body", "Heathmoor Community Safety Partnership", subtype="Partnership", area="Heathmoor")
H_STRATEGY = Entity("publication", "Heathmoor Community Safety Strategy", area="Heathmoor")

H_TEXT = """Heathmoor Community Safety Partnership: terms of reference (2023)

1. The Partnership was established by the Heathmoor Safer Communities Board in 2019. It publishes the Heathmoor
Community Safety Strategy each year.
"""


def _heathmoor(t: str) -> list[Fact]:
    return [
        _fact(t, "The Partnership was established by the Heathmoor Safer Communities Board", H_BOARD, "other", H_CSP,
              note="established"),
        _fact(t, "It publishes the Heathmoor\nCommunity Safety Strategy", H_CSP, "produces", H_STRATEGY),
    ]


# -- Orrin Vale: a decision notice
PCC = Entity("body", "Greymarsh Police and Crime Commissioner", subtype="PublicBody", area="Greymarsh")
O_HUB = Entity("body", "Orrin Vale Victims Hub", area="Orrin Vale")
O_LEAFLET = Entity("publication", "Orrin Vale Victims Hub Service Guide", area="Orrin Vale")

O_TEXT = """Greymarsh Police and Crime Commissioner: decision notice 2024/07

The Orrin Vale Victims Hub, created by the Greymarsh Police and Crime Commissioner in 2022, has produced the Orrin
Vale Victims Hub Service Guide.
"""


def _orrin(t: str) -> list[Fact]:
    return [
        _fact(t, "The Orrin Vale Victims Hub, created by the Greymarsh Police and Crime Commissioner", PCC, "other",
              O_HUB, note="created"),
        _fact(t, "has produced the Orrin\nVale Victims Hub Service Guide", O_HUB, "produces", O_LEAFLET),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "set_up_by", [
        paper("tollbridge-cabinet-minutes-2024-03-12", T_TEXT, "Tollbridge", _tollbridge, doc_type="minutes"),
        paper("heathmoor-csp-tor-2023", H_TEXT, "Heathmoor", _heathmoor, doc_type="terms_of_reference"),
        paper("greymarsh-pcc-decision-2024-07", O_TEXT, "Orrin Vale", _orrin, doc_type="decision"),
    ])


T_PLAN_NAME = "Tollbridge Youth Safety Plan"
H_STRATEGY_NAME = "Heathmoor Community Safety Strategy"
O_GUIDE = "Victims Hub Service Guide"
PLANS = [T_PLAN_NAME, H_STRATEGY_NAME, O_GUIDE]

# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    # the maker after "by": the body asked about was made, never the maker of its plans
    ("Which body was the Tollbridge Youth Panel set up by?", ["Tollbridge Borough Council"], PLANS),
    ("Who was the Tollbridge Youth Panel set up by?", ["Tollbridge Borough Council"], PLANS),
    ("Which council was the Tollbridge Youth Panel set up by?", ["Tollbridge Borough Council"], PLANS),
    ("which body was the tollbridge youth panel set up by", ["Tollbridge Borough Council"], PLANS),
    ("Which body was the Heathmoor Community Safety Partnership established by?",
     ["Heathmoor Safer Communities Board"], PLANS),
    ("Who was the Heathmoor Community Safety Partnership established by?", ["Heathmoor Safer Communities Board"],
     PLANS),
    ("Who was the Orrin Vale Victims Hub created by?", ["Greymarsh Police and Crime Commissioner"], PLANS),
    ("Which organisation was the Orrin Vale Victims Hub created by?", ["Greymarsh Police and Crime Commissioner"],
     PLANS),
    ("The Tollbridge Youth Panel was set up by whom?", ["Tollbridge Borough Council"], PLANS),
    ("Which body was the Heathmoor Community Safety Partnership formed by?", ["Heathmoor Safer Communities Board"],
     PLANS),
    # a plan's maker asked the same way: the body that produces it
    ("Who was the Tollbridge Youth Safety Plan 2024-2027 set up by?", ["Tollbridge Youth Panel"],
     ["Tollbridge Borough Council"]),
    # neighbours that keep their reading
    ("Who set up the Tollbridge Youth Panel?", ["Tollbridge Borough Council"], PLANS),
    ("Who established the Heathmoor Community Safety Partnership?", ["Heathmoor Safer Communities Board"], PLANS),
    ("What has the Tollbridge Youth Panel written?", [T_PLAN_NAME], ["Tollbridge Borough Council"]),
    ("Which strategy does the Heathmoor Community Safety Partnership publish?", [H_STRATEGY_NAME], []),
    ("Who produced the Orrin Vale Victims Hub Service Guide?", ["Orrin Vale Victims Hub"], []),
    ("What did Tollbridge Borough Council set up?", ["Tollbridge Youth Panel"], [T_PLAN_NAME]),
    ("What did the Greymarsh Police and Crime Commissioner create?", ["Orrin Vale Victims Hub"], [O_GUIDE]),
    # a body the graph does not hold: nothing
    ("Which body was the Fallowfield Youth Panel set up by?", [], []),
    ("Who was the Kestwick Community Safety Partnership established by?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_who_set_a_body_up(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
