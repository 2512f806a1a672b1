"""A section's number in a part named by its letter ("B3", "A2.1", "C4.") set apart from its title by a wide gap
is a heading, as "3" or "2.1" is: not a table's first row, which would take the title for a column's name and the
table under it for its rows. Every text here is written for the test."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _kinds(raw: str) -> list[tuple[str, str]]:
    text = clean(raw)
    return [(line.kind, line.text) for line in read_layout(text).lines if line.kind != "blank"]


def test_a_lettered_section_over_a_register_is_a_heading_and_the_register_is_read() -> None:
    raw = """Westby Police and Crime Commissioner
GRANTS REGISTER 2024/25

B3    COMMUNITY SAFETY GRANTS AWARDED

Ref      Recipient                       Purpose                        Amount
CS-01    Westby Youth Trust              Detached youth work            £31,000
CS-02    Northby Refuge Trust            Outreach for victims           £12,750
"""
    kinds = _kinds(raw)
    assert ("heading", "B3\tCOMMUNITY SAFETY GRANTS AWARDED") in kinds
    layout = read_layout(clean(raw))
    assert [t.header for t in layout.tables] == [["ref", "recipient", "purpose", "amount"]]
    got = funds(raw)
    assert ("Westby Police and Crime Commissioner", "Westby Youth Trust", Decimal(31000)) in got


def test_a_lettered_subsection_over_a_membership_table() -> None:
    raw = """A2.1      Membership

Organisation                     Post
Eastvale Borough Council         Head of Community Safety
Eastvale Fire and Rescue         Station Manager
"""
    kinds = _kinds(raw)
    assert kinds[0] == ("heading", "A2.1\tMembership")
    assert read_layout(clean(raw)).tables[0].header == ["organisation", "post"]


def test_a_lettered_heading_in_a_report_and_lettered_rows_of_a_table_are_told_apart() -> None:
    raw = """C4.    FINANCIAL IMPLICATIONS

The grants above are met from the commissioner's budget.

Ref    Scheme
B1     Street lighting
B2     Alley gates
"""
    kinds = _kinds(raw)
    assert kinds[0] == ("heading", "C4.\tFINANCIAL IMPLICATIONS")
    # rows that run together are a table of their own, each lettered number a row's cell
    assert [k for k, _ in kinds[2:]] == ["row", "row", "row"]
