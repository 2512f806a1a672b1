"""An object list goes on past a bracketed date after an item ("the Needs Assessment (January 2024) and the
Strategy") and past an adjective of the item's kind ("... and the annual Local Profile")."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"


@pytest.mark.parametrize(("sentence", "relation", "second"), [
    ("The Partnership produced the Northdale Needs Assessment (January 2024) and the Northdale Violence Response "
     "Strategy 2024-2027, which the Board approved in March.", "produces",
     "Northdale Violence Response Strategy 2024-2027"),
    ("The Partnership produced the Northdale Needs Assessment (2024) and the Northdale Violence Response Strategy.",
     "produces", "Northdale Violence Response Strategy"),
    ("The Northdale Prevent Board oversees the Northdale Prevent Action Plan and the annual Northdale "
     "Counter-Terrorism Local Profile.", "oversees", "Northdale Counter-Terrorism Local Profile"),
])
def test_the_second_item_is_read(sentence: str, relation: str, second: str) -> None:
    got = {o for _, o in of(read(HEAD + sentence + "\n"), relation)}
    assert second in got, got
