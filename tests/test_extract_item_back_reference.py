"""A list item that opens on a body's full name and a gloss after a spaced dash ("- Domestic Abuse Partnership
Board - co-chaired by ...") is what "The Board" of its next sentence means, not the paper's own partnership."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = """Source: https://www.northdale.gov.uk/csp/annual-report

Northdale Community Safety Partnership
Annual Report

The Partnership Board sets direction and meets four times a year.

3. OUR GROUPS

{marker} Knife Crime Theme Group - Chair: Inspector Dora Quill.
{marker} Domestic Abuse Partnership Board - {verb} by the Head of Communities. The Board fulfils the council's
  Part 4 duties under the Domestic Abuse Act 2021.
"""


@pytest.mark.parametrize(("marker", "verb"), [("*", "co-chaired"), ("-", "chaired"), ("•", "led")])
def test_the_board_of_an_items_second_sentence_is_the_items_body(marker: str, verb: str) -> None:
    got = of(read(REPORT.format(marker=marker, verb=verb)), "statutory_duty")
    assert any(s.endswith("Domestic Abuse Partnership Board") and o == "Domestic Abuse Act 2021" for s, o in got), got
    assert not any(s == "Northdale Community Safety Partnership" for s, _ in got), got
