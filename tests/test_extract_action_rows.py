"""An action log's row ("Refresh the X Strategy | Owner | Due") is the owner's task. Readers record it as the
owner's responsibility (two councils' action logs in two read sets), never as the owner making the paper: no rule
turns such a row into `produces`. Texts written for the test in three layouts; the people are invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

_HEAD = "Westmoor Community Safety Partnership\nMinutes of the Board, 3 June 2025\n\nAction log\n\n"


@pytest.mark.parametrize(
    "table",
    [
        # pipes
        "Ref | Action | Owner | Due\n"
        "3.1 | Refresh the Westmoor Serious Violence Strategic Needs Assessment | Westmoor Community Safety Team | "
        "Jan 2026\n"
        "3.2 | Publish the Westmoor Community Safety Partnership annual report 2024-25 | Ines Calloway | Sep 2025\n",
        # tabs
        "No.\tAgreed action\tLead\tBy\n"
        "7\tDraft the Westmoor Domestic Abuse Strategy 2026-2029\tHead of Community Safety\tMar 2026\n"
        "8\tUpdate the Westmoor Community Safety Partnership delivery plan\tRafe Ogunleye\tJul 2025\n",
        # a markdown grid
        "| Action | Action owner | Date |\n|---|---|---|\n"
        "| Prepare the Westmoor Prevent Action Plan | Westmoor Prevent Board | Oct 2025 |\n"
        "| Produce the Westmoor Community Safety Partnership annual report 2024-25 | Ines Calloway | Nov 2025 |\n",
    ],
)
def test_an_action_row_is_no_paper_made(table: str) -> None:
    assert not of(read(_HEAD + table), "produces")
