"""A total asked for where the documents state no total: one stated amount that is the sum of all the others is
their whole (a grant and its tranches, which no fact marks as its parts), not one more part to add."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from govkg.questions.funding import total
from govkg.questions.model import Evidence


def _scored(grant: str, amount: str, quote: str) -> tuple[int, dict[str, Any], Decimal]:
    return (1, {"grant": grant, "evidence": [Evidence("doc-eastvale", quote, None)]}, Decimal(amount))


def test_a_whole_and_its_tranches_total_the_whole():
    scored = [
        _scored("g-whole", "600000.50", "Eastvale is to receive £600,000.50 for the lantern scheme"),
        _scored("g-first", "250000.25", "The first instalment is £250,000.25"),
        _scored("g-second", "350000.25", "and the second instalment is £350,000.25"),
    ]
    got = total(scored, None)  # type: ignore[arg-type]
    assert [a.label for a in got] == ["£600,000.50"]


def test_parts_that_make_no_whole_are_still_summed_and_said_to_be():
    scored = [
        _scored("g-a", "12500", "Eastvale Youth Board receives £12,500"),
        _scored("g-b", "9000", "Westvale Youth Board receives £9,000"),
        _scored("g-c", "4000", "Northvale Youth Board receives £4,000"),
    ]
    got = total(scored, None)  # type: ignore[arg-type]
    assert [a.label for a in got] == ["£25,500"]
    assert "the documents state no total" in (got[0].note or "")
