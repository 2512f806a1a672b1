"""A list item "Group - gloss; gloss": a piece after a semicolon that opens on its verb ("...; monitors the X",
"...; chaired by the Y") is said of the item's group, not of the name the piece before it ends on."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

TOR = """Source: https://www.northdale.gov.uk/csp/tor

Northdale Community Safety Partnership
Terms of Reference

5. Sub-groups

  - Northdale Performance Sub-group - chaired by the Head of Service; oversees the Northdale Performance
    Framework.
  - Northdale Youth Sub-group - produces the Northdale Youth Safety Plan; chaired by the Youth Justice Manager.
"""

PLAN = """Source: https://www.eastbury.gov.uk/yjs/plan

Eastbury Youth Justice Management Board
Youth Justice Plan 2024

Sub-groups of the Board

  * Eastbury Quality Panel (EQP) – led by the Service Manager; oversees the Eastbury Audit Programme.
  * Eastbury Education Panel – chaired by the Virtual School Head; produces the Eastbury Inclusion Plan.
"""

WEB = """Source: https://www.westmoor.gov.uk/community-safety/groups

Safer Westmoor Partnership

Our groups:
• Westmoor Night Safety Group - run by the Town Centre Manager; also oversees the Westmoor Safe Space Scheme.
• Westmoor Scams Group - hosted by Trading Standards; produces the Westmoor Scams Charter.
"""


@pytest.mark.parametrize(("text", "relation", "pair"), [
    (TOR, "oversees", ("Northdale Performance Sub-group", "Northdale Performance Framework")),
    (TOR, "chairs", ("Youth Justice Manager", "Northdale Youth Sub-group")),
    (PLAN, "oversees", ("Eastbury Quality Panel", "Eastbury Audit Programme")),
    (PLAN, "produces", ("Eastbury Education Panel", "Eastbury Inclusion Plan")),
    (WEB, "oversees", ("Westmoor Night Safety Group", "Westmoor Safe Space Scheme")),
    (WEB, "produces", ("Westmoor Scams Group", "Westmoor Scams Charter")),
])
def test_a_verb_first_piece_of_an_item_is_the_items_groups(text: str, relation: str, pair: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert pair in of(doc, relation), of(doc, relation)


def test_the_chair_named_before_the_semicolon_is_given_nothing() -> None:
    got = of(read(TOR), "oversees")
    assert not any(s == "Head of Service" for s, _ in got), got
