"""loaders/layout.py: section numbers and titles set apart by a gap the cleaner reads as a column. A run of such
rows whose numbers count up one by one is a contents list (or a run of headings), not a table, and its titles are
never items of a list that a heading above them ("2 Purpose") opens."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout

# terms of reference: a contents list whose later entries the converter split with tabs
TERMS = """Westbridge Hate Crime Panel
Terms of Reference

Contents
1 Introduction
2 Purpose
3\tMembership
4\tMeetings and quorum
5\tReporting

1. Introduction

1.1 The Westbridge Hate Crime Panel brings partners together to tackle hate crime in the borough.
"""

# a strategy's index, every entry tabbed, starting at 4
STRATEGY = """Harlow Vale Community Safety Strategy 2025-2028

Index
4\tOur priorities
5\tHow we will deliver
6\tFunding

The partnership's functions are:
- reducing anti-social behaviour in the town centre
- tackling domestic abuse
"""

# a two-column table of counts: its numbers do not count up, so it stays a table
COUNTS = """Eastholme Community Safety Partnership
Performance summary

12\tBurglaries reported
15\tVehicle crimes reported
9\tArson incidents
"""


def _kinds(text: str) -> dict[str, str]:
    layout = read_layout(clean(text))
    return {" ".join(line.text.split()): line.kind for line in layout.lines if line.text.strip()}


def test_a_counted_run_of_numbered_titles_is_headings() -> None:
    kinds = _kinds(TERMS)
    assert kinds["3 Membership"] == kinds["5 Reporting"] == "heading"
    kinds = _kinds(STRATEGY)
    assert kinds["4 Our priorities"] == kinds["6 Funding"] == "heading"


def test_rows_whose_numbers_do_not_count_up_stay_a_table() -> None:
    kinds = _kinds(COUNTS)
    assert kinds["12 Burglaries reported"] == kinds["9 Arson incidents"] == "row"


def test_contents_entries_are_no_remit_items() -> None:
    remit = of(read(TERMS), "responsible_for")
    assert not any(obj.strip().isdigit() or obj.startswith(("Membership", "Meetings")) for _, obj in remit), remit
    # a real list of functions below an index still reads
    remit = of(read(STRATEGY), "responsible_for")
    assert not any(obj.strip().isdigit() for _, obj in remit), remit
