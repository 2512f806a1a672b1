"""loaders/extract/funding.py: money whose parties a paper states around the amount rather than next to it: a
grant "to Y" whose giver is the subject of "provides" with the sum bracketed after Y, and a contribution "to the
partnership budget" (the body the paper's "the partnership" stands for)."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

# -- a giver that provides a grant to a receiver, the amount bracketed after the receiver

TERMS = """Safer Eastmoor Partnership
Terms of Reference

9. Resources

9.1 The Police and Crime Commissioner for Westshire provides a Community Safety Grant to the
Partnership (£61,250 in 2025/26). Eastmoor District Council contributes £25,000 a year to the
partnership budget.
"""

MINUTES = """Northvale Community Safety Partnership
Minutes of the Board, 3 June 2025

5. Finance
The Office of the Police and Crime Commissioner awards an annual grant to the Northvale Community Safety
Partnership (£44,800 for 2025/26).
"""

PLAN = """Redbrook Youth Justice Board
Annual plan 2025-26

Funding
Redbrook Borough Council contributes £18,500 each year to the board's pooled budget.
The Home Office provides its Serious Violence Duty funding to the Board (£12,400 in 2025/26).
"""


def test_grant_to_a_receiver_with_the_sum_bracketed_after_it() -> None:
    got = funds(TERMS)
    assert any("Commissioner" in giver and "Westshire" in giver and receiver == "Safer Eastmoor Partnership" and
               amount == Decimal(61250) for giver, receiver, amount in got), got


def test_bracketed_sum_after_a_full_name_of_the_receiver() -> None:
    got = funds(MINUTES)
    assert any(giver.startswith("Office of the Police and Crime Commissioner") and
               receiver == "Northvale Community Safety Partnership" and amount == Decimal(44800)
               for giver, receiver, amount in got), got


def test_contribution_to_the_partnership_budget_funds_the_partnership() -> None:
    got = funds(TERMS)
    assert ("Eastmoor District Council", "Safer Eastmoor Partnership", Decimal(25000)) in got, got


def test_payment_into_the_boards_pooled_budget_and_a_grant_to_the_board() -> None:
    got = funds(PLAN)
    assert ("Redbrook Borough Council", "Redbrook Youth Justice Board", Decimal(18500)) in got, got
    assert ("Home Office", "Redbrook Youth Justice Board", Decimal(12400)) in got, got


def test_a_budget_of_no_named_body_gives_no_receiver() -> None:
    got = funds("Eastmoor District Council contributes £25,000 a year to the partnership budget.\n")
    assert not any(amount == Decimal(25000) for *_, amount in got), got


# -- "£N <stream> from <giver> to <receiver>": a giver's long name, and a giver's name run into "to the Y"

CABINET = """Westmoor Metropolitan Borough Council
Report to Cabinet, 4 March 2026

FINANCIAL IMPLICATIONS
7. The strategy will be delivered from existing resources, including:
    - £212,000 from the Northern Counties Combined Authority to the Safer Westmoor Partnership
      (Community Safety Fund);
    - £640,000 Safe Accommodation grant from the Ministry of Housing, Communities and Local Government
      to the Council.
"""

BUDGET_NOTE = """Kestrel Vale Community Safety Partnership
Budget note 2026/27

The Partnership expects £58,300 of Serious Violence Duty grant from the Department for Levelling Up, Housing
and Communities to the Kestrel Vale Community Safety Partnership in 2026/27.
"""

NEWS = """Harrowden Borough Council news

The Council has welcomed £31,000 from the Office of the Police and Crime Commissioner for Mercia Vale to the
Harrowden Community Safety Partnership for its summer diversion work.
"""


def test_a_giver_and_a_receiver_run_together_after_from_are_two_parties() -> None:
    got = funds(CABINET)
    assert ("Northern Counties Combined Authority", "Safer Westmoor Partnership", Decimal(212000)) in got, got


def test_a_long_givers_name_does_not_put_the_receiver_out_of_reach() -> None:
    got = funds(CABINET)
    assert ("Ministry of Housing, Communities and Local Government", "Westmoor Metropolitan Borough Council",
            Decimal(640000)) in got, got
    got = funds(BUDGET_NOTE)
    assert any(giver.startswith("Department for Levelling Up") and
               receiver == "Kestrel Vale Community Safety Partnership" and amount == Decimal(58300)
               for giver, receiver, amount in got), got


def test_an_office_named_in_full_before_to() -> None:
    got = funds(NEWS)
    assert any("Commissioner" in giver and receiver == "Harrowden Community Safety Partnership" and
               amount == Decimal(31000) for giver, receiver, amount in got), got
