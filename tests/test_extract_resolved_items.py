"""A resolution whose lettered items stand under "RESOLVED that" with no colon: each item a resolution of its own,
as under "RESOLVED that:" (a paper the meeting approves is one its body produces). Papers invented for the test."""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, read

P = "produces"

CASES = [
    pytest.param("Safer Wyrebridge Partnership\nMinutes of the meeting held on 5 March 2025\n\n"
                 "4. Strategic Assessment\n\nThe analyst presented the draft.\n\n"
                 "RESOLVED that\n(a) the Wyrebridge Strategic Assessment 2025 be approved; and\n"
                 "(b) the three priorities be adopted.\n",
                 [("Safer Wyrebridge Partnership", P, "Wyrebridge Strategic Assessment 2025")], id="that-newline-a"),
    pytest.param("Kestonbury Community Safety Partnership\nMinutes of the meeting held on 2 July 2025\n\n"
                 "6. Plan refresh\n\n"
                 "AGREED that\n(i) the Kestonbury Community Safety Plan 2025-2028 be adopted;\n"
                 "(ii) the Chair write to partners.\n",
                 [("Kestonbury Community Safety Partnership", P, "Kestonbury Community Safety Plan 2025-2028")],
                 id="agreed-that-newline-roman"),
    pytest.param("Harrowfield Domestic Abuse Partnership Board\nMinutes of the meeting held on 9 May 2025\n\n"
                 "5. Strategy\n\n"
                 "RESOLVED that\n1. the Harrowfield Domestic Abuse Strategy 2025-2028 be endorsed; and\n"
                 "2. the action plan be brought to the next meeting.\n",
                 [("Harrowfield Domestic Abuse Partnership Board", P, "Harrowfield Domestic Abuse Strategy 2025-2028")],
                 id="that-newline-numbered"),
]


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_resolved_items(text: str, expect: list) -> None:
    missed, _ = grid_misses(read(text), expect, [], (P,))
    assert not missed, f"missed {missed}"
