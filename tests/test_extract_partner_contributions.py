"""A table or leader list of partners' contributions under a lead that says so: each row's organisation funds the
body whose budget it is (the paper's own, when the lead names none). Texts written for this test, in three
councils' layouts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import read

DOTS = """Rutland Safeguarding Adults Board: annual report 2023/24

6  Budget

The partners' contributions to the 2023/24 budget are:
  Rutland County Council ............................ £48,000
  Leicestershire Police ............................. £9,000
  Total ............................................. £57,000
"""

TABS = """Torbay Community Safety Partnership: annual report 2022/23

Partner contributions 2022/23:
Torbay Council\t£30,000
Devon and Cornwall Police\t£12,500
Total\t£42,500
"""

PIPES = """Safer Calderdale Partnership Board - budget report, June 2024

Members' contributions towards the pooled budget for 2024/25:

| Calderdale Council          | £25,000 |
| West Yorkshire Police       | £10,000 |
"""


@pytest.mark.parametrize("text, receiver, givers", [
    (DOTS, "Rutland Safeguarding Adults Board", {("Rutland County Council", Decimal(48000)),
                                                ("Leicestershire Police", Decimal(9000))}),
    (TABS, "Torbay Community Safety Partnership", {("Torbay Council", Decimal(30000)),
                                                  ("Devon and Cornwall Police", Decimal(12500))}),
    (PIPES, "Safer Calderdale Partnership", {("Calderdale Council", Decimal(25000)),
                                             ("West Yorkshire Police", Decimal(10000))}),
])
def test_each_partner_funds_the_papers_body(text: str, receiver: str, givers: set) -> None:
    doc = read(text)
    funds = {(f.subject.name, f.amount) for f in doc.facts if f.relation == "funds" and f.object.name.startswith(
        receiver)}
    assert funds == givers, [(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"]
    assert not [f for f in doc.facts if f.relation == "funds" and f.subject.name == "Total"]
