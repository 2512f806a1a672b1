"""loaders/extract/appositions.py bare_portfolios: a councillor's post written without its portfolio ("the Cabinet
Member", "The current Portfolio Holder") in a paper that names one portfolio of that kind is that post; with two
portfolios of the kind, which one is meant is unclear and the bare title stays."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = """Source: https://www.example.gov.uk/safer-annual-report

Safer Tendring Partnership - Annual Report 2025

Foreword by Cllr Perpetua Voss, Cabinet Member for Safer Communities, Tendring District Council

The Safer Tendring Partnership is jointly chaired by the Cabinet Member and the District Commander.
"""

CONSTITUTION = """Source: https://www.example.gov.uk/constitution/part-3

Mendip District Council - Constitution, Part 3

3.4 The Mendip Community Safety Panel is chaired by the Portfolio Holder for Neighbourhoods and Wellbeing. The
current Portfolio Holder (Cllr Augustin Pellow) reports to full Council twice a year.
"""

ROSTER = """Source: https://www.example.gov.uk/cdp/terms

Wyre Forest Combating Drugs Partnership - Terms of Reference

The Wyre Forest Combating Drugs Partnership is chaired by the Executive Member for Health and Housing.

Membership
  - Executive Member, Cllr Saoirse Tandy
  - Director of Public Health
"""


def test_a_bare_co_chair_title_is_the_one_portfolio_named() -> None:
    chairs = of(read(REPORT), "chairs")
    assert ("Cabinet Member for Safer Communities, Tendring District Council", "Safer Tendring Partnership") in \
        chairs, sorted(chairs)


@pytest.mark.parametrize(
    "text, person, post",
    [
        (CONSTITUTION, "Augustin Pellow", "Portfolio Holder for Neighbourhoods and Wellbeing"),
        (ROSTER, "Saoirse Tandy", "Executive Member for Health and Housing"),
    ],
)
def test_a_bare_title_held_is_the_one_portfolio_named(text: str, person: str, post: str) -> None:
    held = {p for holder, p in of(read(text), "holds_post") if holder == person}
    assert any(p.startswith(post) for p in held), sorted(held)


def test_two_portfolios_of_the_kind_leave_the_bare_title() -> None:
    text = REPORT.replace("jointly chaired by",
                          "supported by the Cabinet Member for Leisure, and is jointly chaired by")
    chairs = of(read(text), "chairs")
    assert not any(c.startswith("Cabinet Member for") for c, _ in chairs), sorted(chairs)
