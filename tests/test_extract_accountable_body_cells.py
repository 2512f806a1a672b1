"""A recipient cell naming a council "as accountable body for" (or "as lead authority for") a partnership: the grant
is the partnership's, as with "X Council (Y Partnership)": the council only holds it and is no receiver
(examples/CONVENTIONS.md C). The partnership may be named by the acronym the paper defined for it. Three councils'
styles."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import funds

HEAD = "Record of Decision\n\n{intro}\n\nDecision maker: Police and Crime Commissioner for Northvale\n\n"
TABLE = "| Recipient | Purpose | Amount |\n|---|---|---|\n| {cell} | Core grant | £40,000 |\n"


@pytest.mark.parametrize(("intro", "cell", "council", "partnership"), [
    ("The Safer Northvale Community Partnership (SNCP) is the statutory partnership.",
     "Northvale Borough Council (as accountable body for the SNCP)", "Northvale Borough Council",
     "Safer Northvale Community Partnership"),
    ("Grants are made each year.", "Eastmoor District Council (as lead authority for the Eastmoor Community Safety "
     "Partnership)", "Eastmoor District Council", "Eastmoor Community Safety Partnership"),
    ("Grants are made each year.", "Wessex County Council (as the accountable body for the Wessex Safer "
     "Communities Partnership)", "Wessex County Council", "Wessex Safer Communities Partnership"),
])
def test_a_council_as_accountable_body_for_a_partnership(intro: str, cell: str, council: str,
                                                          partnership: str) -> None:
    got = funds(HEAD.format(intro=intro) + TABLE.format(cell=cell))
    receivers = {receiver for _, receiver, _ in got}
    assert partnership in receivers and council not in receivers, got


@pytest.mark.parametrize(("purpose", "amount"), [
    ("Refuge places for women leaving abusive relationships (£48,000 a year)", "£96,000"),
    ("Two youth workers (£15,000 each)", "£30,000"),
    ("Night-time welfare hub (match funded: £5,000 from the BID)", "£12,500"),
])
def test_a_bracketed_sum_in_a_purpose_cell_is_not_the_rows_amount(purpose: str, amount: str) -> None:
    table = ("| Recipient | Purpose | Amount |\n|---|---|---|\n"
             f"| Harbour Refuge Trust | {purpose} | {amount} |\n")
    got = funds(HEAD.format(intro="Grants are made each year.") + table)
    want = Decimal(amount.strip("£").replace(",", ""))
    assert {(r, a) for _, r, a in got} == {("Harbour Refuge Trust", want)}, got
