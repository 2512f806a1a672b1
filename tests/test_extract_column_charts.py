"""A structure chart drawn as boxes in columns under a bar, each box's name wrapped down its own column: each box is
the node's sub-group. Written in three councils' styles (dashes, crosses on the bar, a wider and narrower layout);
a line that holds two nodes, or boxes that cannot be told apart, give nothing."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

DASHED = """Source: https://www.northdale.gov.uk/csp/annual-report

Safer Northdale Partnership
Annual Report 2024/25

How we are organised

        Northdale Tasking Executive
                   |
  ------------------------------------------------------------
  |                  |                    |                  |
  Knife Crime        Hate Incidents       Rural Crime        Youth
  Reduction          Forum                Group              Diversion
  Group                                                      Panel

The groups each met four times in the year.
"""

CROSSED = """Source: https://www.eastbury.gov.uk/partnership/structure

Eastbury Community Safety Partnership
Governance

Structure chart (text version):

   Eastbury Partnership Delivery Board
              |
     +--------+-------------+------------------+
     |                      |                  |
   Night Economy         Fraud and Scams    Anti-Social
   Theme Group           Theme Group        Behaviour
                                            Theme Group
"""

NARROW = """Source: https://www.westmoor.gov.uk/community-safety/structure

Westmoor Safer Communities Board

   Westmoor Operational Group
            |
   -----------+-----------
   |                     |
   Road Danger       Drugs Harm
   Panel             Group
"""

CASES = [
    (DASHED, "Northdale Tasking Executive", {"Knife Crime Reduction Group", "Hate Incidents Forum",
                                             "Rural Crime Group", "Youth Diversion Panel"}),
    (CROSSED, "Eastbury Partnership Delivery Board", {"Night Economy Theme Group", "Fraud and Scams Theme Group",
                                                      "Anti-Social Behaviour Theme Group"}),
    (NARROW, "Westmoor Operational Group", {"Road Danger Panel", "Drugs Harm Group"}),
]


def _bare(name: str) -> str:
    return name.split(" ", 1)[1] if name.split()[0] in ("Northdale", "Eastbury", "Westmoor") else name


@pytest.mark.parametrize(("text", "parent", "groups"), CASES)
def test_boxes_hang_from_the_node_above_the_bar(text: str, parent: str, groups: set[str]) -> None:
    subs = {(s, o) for s, o in of(read(text), "subgroup_of") if o.endswith(_bare(parent))}
    assert {_bare(s) for s, _ in subs} >= {_bare(g) for g in groups}, subs


TWO_NODES = """Source: https://www.southvale.gov.uk/community-safety/structure

Safer Southvale Partnership

   Southvale Health Board ---- Southvale Safety Board
              |
   --------------------------------
   |                              |
   Knife Crime                    Drugs
   Group                          Group
"""


def test_a_line_of_two_nodes_gives_no_parent() -> None:
    subs = of(read(TWO_NODES), "subgroup_of")
    assert not [(s, o) for s, o in subs if s.endswith(("Knife Crime Group", "Drugs Group"))], subs
