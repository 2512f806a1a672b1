"""A funding table whose heads name the payee ("Paid to", "Awarded to") and whose sums' column is headed by "£"
alone is read as one: its first row is its header, not a row; and a funder or payee cell with a note in brackets
after the name ("Home Office (Safer Streets 5)", "Eastvale Council (Housing)") names that body. Every text here is
written for the test."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def test_a_spaced_table_headed_source_paid_to_for_and_a_pound_sign() -> None:
    text = """Eastvale Borough Council    Cabinet report    4 March 2024

3. Funding

3.1 The partnership's work is funded from three sources in 2024/25:

   Source                            Paid to                      For                        £
   Home Office (Safer Streets 5)     Eastvale Borough Council     Lighting and CCTV          180,000
   Ministry of Justice               Eastvale Victims Hub         Victim support             42,500
   Total                                                                                     222,500
"""
    got = funds(text)
    assert ("Home Office", "Eastvale Borough Council", Decimal(180000)) in got
    assert ("Ministry of Justice", "Eastvale Victims Hub", Decimal(42500)) in got
    assert not any(amount == Decimal(222500) for *_, amount in got)  # the total is no grant


def test_a_pipe_table_headed_funder_awarded_to_used_for() -> None:
    text = """Westby Community Safety Partnership - annual report 2023/24

| Funder | Awarded to | Used for | £ |
|---|---|---|---|
| Westby Police and Crime Commissioner | Westby Youth Trust (Detached team) | Street-based youth work | 25,000 |
| Westby District Council | Westby Refuge Trust | Refuge support | 12,000 |
"""
    got = funds(text)
    assert ("Westby Police and Crime Commissioner", "Westby Youth Trust", Decimal(25000)) in got
    assert ("Westby District Council", "Westby Refuge Trust", Decimal(12000)) in got


def test_a_tabbed_table_headed_grant_from_allocated_to_amount() -> None:
    text = ("Northby City Council\nReport to the Safer Northby Board, 2 May 2025\n\n"
            "Grants for 2025/26:\n\n"
            "Grant from\tAllocated to\tAmount\n"
            "Northby Violence Reduction Unit\tNorthby City Council (Youth Service)\t£64,000\n"
            "Department of Health and Social Care\tNorthby Recovery Partnership\t£90,000\n")
    got = funds(text)
    assert ("Northby Violence Reduction Unit", "Northby City Council", Decimal(64000)) in got
    assert ("Department of Health and Social Care", "Northby Recovery Partnership", Decimal(90000)) in got


def test_a_pound_sign_head_is_a_header_but_a_sum_is_not() -> None:
    header = clean("Source\tPaid to\t£\nHome Office\tEastvale Council\t5,000\n")
    assert read_layout(header).tables[0].header == ["source", "paid to", "£"]
    row = clean("Home Office\tEastvale Council\t£5,000\nMinistry of Justice\tEastvale Council\t£6,000\n")
    assert read_layout(row).tables[0].header == []
    assert read("Home Office\tEastvale Council\t£5,000\n").facts is not None
