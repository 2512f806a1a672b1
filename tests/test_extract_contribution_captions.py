"""loaders/extract/funding.py: partners' contributions set out under a caption or a column head that says so,
given to the paper's own partnership or board (or to the body a defined short name in the lead names):
- a caption right over the rows needs no colon ("Partner contributions 2024-25" over a leader list);
- "Partner | Contribution" under a "Funding" title: the money column's head says the partners pay in;
- "contributions to the pooled NSB budget": a short name the paper defined names the budget's owner;
- a sum in thousands without its "£" among rows in pounds is in pounds.
Never: a pool no body is named for ("the pooled partnership budget"), or the first half of a name cut at its
"and". Texts written for this test, in several councils' layouts; bodies invented."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

LEADERS = """Brackenford Safeguarding Adults Board
Annual Report 2024-25

Our money

Partner contributions 2024-25
  Brackenford County Council ............ £121,000
  Brackenford Police .................... £27,500
  Total ................................. £148,500

The Board Manager is employed by the County Council.
"""

PIPES = """Northvale Safeguarding Partnership - published arrangements

1. Partners
The three partners are Northvale Borough Council, Northvale Constabulary and the Northvale Health Board.

4. Funding 2025/26

| Partner                          | Contribution |
| Northvale Borough Council        | £140,200     |
| Northvale Constabulary           | £36,000      |
| Northvale Health Board           | 22,400       |
| Total                            | £198,600     |
"""

SHORT_NAME = """Eastwick Safeguarding Children Partnership (ESCP)
Multi-agency safeguarding arrangements, 2025

7. Funding

The three partners agreed the following contributions to the pooled ESCP budget for 2025/26:

 Contributor                      Amount      Share
 Eastwick City Council            £201,000    60%
 Eastwick Constabulary            £67,000     20%
 Total                            £268,000    100%
"""

POOL = """Westmere Safeguarding Children Partnership
Arrangements, 2025

5  FUNDING 2025/26

5.1  For 2025/26 each partner makes the contributions below to the pooled partnership budget:

     Contributor                 Share     Amount
     Westmere Council            70%       £150,500
     Westmere Police             30%       £64,500
"""

CUT_NAME = """Fairholm Safeguarding Partnership - local arrangements 2024

The Fairholm Safeguarding Partnership brings together the council, the police and the health board.

3. Funding 2024/25

| Partner                                  | Contribution |
| Fairholm Council                         | £90,000      |
| Office of the Fairholm and Dunmoor PCC   | 8,000        |
"""


def test_a_leader_list_under_a_caption_without_a_colon_gives_to_the_board() -> None:
    got = funds(LEADERS)
    assert ("Brackenford County Council", "Brackenford Safeguarding Adults Board", Decimal("121000")) in got
    assert ("Brackenford Police", "Brackenford Safeguarding Adults Board", Decimal("27500")) in got
    assert not any(amount == Decimal("148500") for _, _, amount in got)  # the total is no contribution


def test_partner_and_contribution_columns_under_a_funding_title() -> None:
    got = funds(PIPES)
    assert ("Northvale Borough Council", "Northvale Safeguarding Partnership", Decimal("140200")) in got
    assert ("Northvale Constabulary", "Northvale Safeguarding Partnership", Decimal("36000")) in got
    # written without its sign among sums in pounds
    assert any(giver.startswith("Northvale Health Board") and amount == Decimal("22400") for giver, _, amount in got)


def test_a_defined_short_name_after_pooled_names_the_budgets_owner() -> None:
    got = funds(SHORT_NAME)
    assert ("Eastwick City Council", "Eastwick Safeguarding Children Partnership", Decimal("201000")) in got
    assert ("Eastwick Constabulary", "Eastwick Safeguarding Children Partnership", Decimal("67000")) in got


def test_a_pool_no_body_is_named_for_gets_no_contribution() -> None:
    got = funds(POOL)
    assert not any(receiver == "Westmere Safeguarding Children Partnership" for _, receiver, _ in got), got


def test_a_name_cut_at_its_and_is_no_contributor() -> None:
    got = funds(CUT_NAME)
    assert ("Fairholm Council", "Fairholm Safeguarding Partnership", Decimal("90000")) in got
    assert not any(giver.startswith("Office of the Fairholm") for giver, _, _ in got), got
