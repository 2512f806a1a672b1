"""Money a paper says it does not itemise ("grants under £300 (micro-grants) are not itemised"): a question asking
who received that money, or how much, is answered by nothing from that paper, since the paper names none of
them; its other, itemised allocations are not that money. A sentence that does name a recipient of that money
still answers; a question about money the paper itemises, about grants in general, or about who gave the money,
reads as before. Three invented councils' papers in three layouts: a district's register with a bulleted note, a
commissioner's decision in prose, a borough's report with a footnote.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Ashvale: a district's grants register; its note says the micro-grants are not itemised
A_COUNCIL = Entity("body", "Ashvale District Council", subtype="Council", area="Ashvale")
A_CLUB = Entity("body", "Ashvale Youth Club", area="Ashvale")
A_WATCH = Entity("body", "Pellow Road Street Watch", area="Ashvale")
A_TEXT = """ASHVALE DISTRICT COUNCIL - COMMUNITY SAFETY GRANTS 2024/25

| Recipient | Purpose | Amount |
| Ashvale Youth Club | Friday night sessions | \u00a37,800 |
| Pellow Road Street Watch | Radios and hi-vis kit | \u00a31,450 |

Notes
\u2022 Grants under \u00a3300 (micro-grants to residents' associations) are not itemised; nine were made.
"""

# -- Brindle: a commissioner's decision in prose, its micro-grants named, later ones not itemised
B_PCC = Entity("post", "Brindle Police and Crime Commissioner", area="Brindle")
B_HUB = Entity("body", "Brindle Youth Hub", area="Brindle")
B_FORUM = Entity("body", "Brindle Tenants Forum", area="Brindle")
B_KESTLE = Entity("body", "Kestle Lane Residents Group", area="Brindle")
B_TEXT = """Brindle Police and Crime Commissioner - decision on community awards 2024/25

The Commissioner awards \u00a39,000 to Brindle Youth Hub for detached youth work.
Micro-grants of \u00a3250 go to Brindle Tenants Forum and to Kestle Lane Residents Group.
Micro-grants made after 31 March are not individually listed in this decision.
"""

# -- Carrow: a borough's report; a footnote says its small grants are not listed
C_COUNCIL = Entity("body", "Carrow Borough Council", subtype="Council", area="Carrow")
C_PASTORS = Entity("body", "Carrow Street Pastors", area="Carrow")
C_REFUGE = Entity("body", "Carrow Women's Refuge", area="Carrow")
C_TEXT = """Carrow Borough Council: report on the Safer Carrow grants round

The Council granted \u00a312,000 to Carrow Women's Refuge and \u00a34,500 to Carrow Street Pastors.

* Small grants and community chest awards are not listed here.
"""


def _a(t: str) -> list[Fact]:
    return [
        _fact(t, "| Ashvale Youth Club | Friday night sessions | \u00a37,800 |", A_COUNCIL, "funds", A_CLUB,
              amount=Decimal("7800"), period="2024/25", purpose="Friday night sessions"),
        _fact(t, "| Pellow Road Street Watch | Radios and hi-vis kit | \u00a31,450 |", A_COUNCIL, "funds", A_WATCH,
              amount=Decimal("1450"), period="2024/25", purpose="Radios and hi-vis kit"),
    ]


def _b(t: str) -> list[Fact]:
    micro = "Micro-grants of \u00a3250 go to Brindle Tenants Forum and to Kestle Lane Residents Group."
    return [
        _fact(t, "The Commissioner awards \u00a39,000 to Brindle Youth Hub for detached youth work.", B_PCC, "funds",
              B_HUB, amount=Decimal("9000"), period="2024/25", purpose="detached youth work"),
        _fact(t, micro, B_PCC, "funds", B_FORUM, amount=Decimal("250"), period="2024/25"),
        _fact(t, micro, B_PCC, "funds", B_KESTLE, amount=Decimal("250"), period="2024/25"),
    ]


def _c(t: str) -> list[Fact]:
    said = "The Council granted \u00a312,000 to Carrow Women's Refuge and \u00a34,500 to Carrow Street Pastors."
    return [
        _fact(t, said, C_COUNCIL, "funds", C_REFUGE, amount=Decimal("12000")),
        _fact(t, said, C_COUNCIL, "funds", C_PASTORS, amount=Decimal("4500")),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "unitemised-money", [
        paper("ashvale-cs-grants-2024", A_TEXT, "Ashvale", _a),
        paper("brindle-pcc-community-awards-2024", B_TEXT, "Brindle", _b, doc_type="decision"),
        paper("carrow-safer-grants-report", C_TEXT, "Carrow", _c),
    ])


ASHVALE = ["Ashvale Youth Club", "Pellow Road Street Watch"]
CARROW = ["Carrow Women's Refuge", "Carrow Street Pastors"]

CASES = [
    # the money the paper says it does not itemise: nothing, whatever the wording
    ("Which residents' associations received micro-grants from Ashvale District Council?", [], ASHVALE),
    ("Who got micro-grants from Ashvale District Council in 2024/25?", [], ASHVALE),
    ("Which organisations received micro grants from Ashvale District Council?", [], ASHVALE),
    ("Which organisations were given micro-grants by Ashvale District Council?", [], ASHVALE),
    ("Who received micro-grants from Ashvale District Council?", [], ASHVALE),
    ("Which groups received small grants from Carrow Borough Council?", [], CARROW),
    ("Who received community chest awards from Carrow Borough Council?", [], CARROW),
    ("Who received small grants from Carrow Borough Council?", [], CARROW),
    # the same money where a sentence names its recipients: those, and not the paper's other grants
    ("Which groups received micro-grants from the Brindle Police and Crime Commissioner?",
     ["Brindle Tenants Forum", "Kestle Lane Residents Group"], ["Brindle Youth Hub"]),
    ("Who received micro-grants from the Brindle Police and Crime Commissioner?",
     ["Brindle Tenants Forum", "Kestle Lane Residents Group"], ["Brindle Youth Hub"]),
    # grants in general, or money no note speaks of: the itemised allocations, as before
    ("Which organisations did Ashvale District Council fund in 2024/25?", ASHVALE, []),
    ("Which organisations received grants from Ashvale District Council?", ASHVALE, []),
    ("Who received funding from Ashvale District Council?", ASHVALE, []),
    ("Which organisations did Carrow Borough Council fund?", CARROW, []),
    ("Who received grants from Carrow Borough Council?", CARROW, []),
    ("Which organisations did the Brindle Police and Crime Commissioner fund?", ["Brindle Youth Hub"], []),
    ("How much did Ashvale Youth Club receive?", ["\u00a37,800"], []),
    ("How much did Carrow Street Pastors get from Carrow Borough Council?", ["\u00a34,500"], []),
    ("How much did Brindle Youth Hub receive from the Brindle Police and Crime Commissioner?", ["\u00a39,000"], []),
    ("How much did Brindle Tenants Forum receive?", ["\u00a3250"], []),
    # who gave the money is not what the note withholds
    ("Who funds Pellow Road Street Watch?", ["Ashvale District Council"], []),
    ("Who gave Carrow Women's Refuge a grant?", ["Carrow Borough Council"], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), CASES, ids=[c[0] for c in CASES])
def test_unitemised_money(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)


def test_the_reading_says_why_nothing_is_named(asker):
    r = asker.ask("Who received micro-grants from Ashvale District Council?")
    assert not r.answers
    assert "not itemised" in r.interpretation
