"""The two readers of a budget's parts ("X has a budget of £N, of which £A comes from Y", "X's budget is made up of
Y's Z Grant of £A and £B from W") share one step, funding._budget_part: each part's giver funds the budget's owner,
with the part's sum, and an owner's own share is never a fact of its funding itself.

Papers written for the test in two councils' styles: a community safety partnership's annual report, a
safeguarding board's business plan.
"""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

REPORT = ("Harwick Community Safety Partnership Annual Report 2025\n\n"
          "4.2 The Harwick Community Safety Partnership has a budget of £72,000, of which £50,000 comes from "
          "Harwick District Council and £22,000 from the Office of the Police and Crime Commissioner.\n")

PLAN = ("Tolmere Safeguarding Adults Board Business Plan\n\n"
        "Resources. The Tolmere Safeguarding Adults Board's budget for 2025/26 is made up of Tolmere Borough "
        "Council's Care Act Grant of £61,000 and £19,500 from the Tolmere Integrated Care Board.\n")


def test_each_part_of_a_budget_its_giver_funds() -> None:
    got = funds(REPORT)
    assert ("Harwick District Council", "Harwick Community Safety Partnership", Decimal("50000")) in got
    assert not [g for g in got if g[0] == g[1]]


def test_a_budget_made_up_of_grants_names_each_giver() -> None:
    got = funds(PLAN)
    assert ("Tolmere Borough Council", "Tolmere Safeguarding Adults Board", Decimal("61000")) in got
    assert not [g for g in got if g[0] == g[1]]
