"""A structure chart whose node and groups are drawn as boxes ("+-----+" tops and bottoms, "|" sides): the node is
named on the first line inside its box (a chair or a meeting cycle on the lines or cells after it is no part of the
name), and each box hanging from the bar below it is the node's sub-group, however its name wraps. Written in
three councils' styles: a boxed node with a chair cell over boxes side by side; a boxed node with no drawn top over
boxes whose names wrap; a plain node over one box split in two cells. A chart whose boxes cannot be told apart
gives nothing."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CHAIRED_NODE = """Source: https://www.ashworth.gov.uk/community-safety/annual-report

Safer Ambersett Partnership
Annual Report 2024/25

Our structure

  +------------------------------------------------------+
  |    Safer Ambersett Partnership Board                  |
  |    Chair: Supt R. Tembe     Vice-chair: Cllr T. Bain |
  +------------------------------------------------------+
        |                    |                    |
  +-------------+    +----------------+    +---------------+
  | Night-time  |    | Rural Crime    |    | Youth         |
  | Economy     |    | Group          |    | Diversion     |
  | Group       |    |                |    | Panel         |
  +-------------+    +----------------+    +---------------+

The partnership met four times in the year.
"""

NO_TOP = """Source: https://www.kelbrook.gov.uk/csp/governance

Kelbrook Community Safety Partnership
Governance statement 2025

2. How the partnership is organised

                  |   Kelbrook Strategy Board           |
                  |   (meets every two months)          |
                      |                  |
      +------------------+   +----------------------+
      | Exploitation     |   | Neighbourhood Harm   |
      | Forum            |   | and ASB Group        |
      +------------------+   +----------------------+

Both groups send a written update before each meeting.
"""

SPLIT_BOX = """Source: https://www.thornleigh.gov.uk/youth-justice/plan

Thornleigh Youth Justice Plan 2025/26

Section 3 - Governance

   Thornleigh Youth Justice Management Board
        |
   +-------------------------+--------------------------+
   | Reoffending Reduction   | Learning, Skills         |
   | Group                   | and Work Group           |
   +-------------------------+--------------------------+

The Board meets quarterly.
"""

CASES = [
    (CHAIRED_NODE, "Safer Ambersett Partnership", {"Night-time Economy Group", "Rural Crime Group",
                                                  "Youth Diversion Panel"}),
    (NO_TOP, "Kelbrook Strategy Board", {"Exploitation Forum", "Neighbourhood Harm and ASB Group"}),
    (SPLIT_BOX, "Thornleigh Youth Justice Management Board", {"Reoffending Reduction Group",
                                                              "Learning, Skills and Work Group"}),
]


def _bare(name: str) -> str:
    return name.split(" ", 1)[1] if name.split()[0] in ("Ambersett", "Kelbrook", "Thornleigh") else name


@pytest.mark.parametrize(("text", "parent", "groups"), CASES)
def test_boxes_hang_from_the_boxed_node(text: str, parent: str, groups: set[str]) -> None:
    subs = {(s, o) for s, o in of(read(text), "subgroup_of") if parent in o}
    assert {_bare(s) for s, _ in subs} >= {_bare(g) for g in groups}, subs


def test_the_chair_in_the_node_box_is_no_part_of_its_name() -> None:
    parents = {o for _, o in of(read(CHAIRED_NODE), "subgroup_of")}
    assert parents and not any("Chair" in p or "Tembe" in p for p in parents), parents


def test_the_drawing_says_where_groups_sit_not_that_they_report() -> None:
    # a reporting line is read from words, never from the drawing
    assert not of(read(CHAIRED_NODE), "reports_to")


UNEVEN = """Source: https://www.marbury.gov.uk/csp/structure

Marbury Safer Communities Board

  +------------------------------+
  |   Marbury Delivery Board     |
  +------------------------------+
        |              |
  +-----------+   +-------------+
  | Drugs     |   | Hate Crime  |
  | and       |   | Network     |
  | Alcohol   |   |             |
  | Harm      |   |             |
  | Group     |   |             |
  +-----------+   +-------------+
"""


def test_boxes_whose_lines_cannot_be_told_apart_give_no_name_run_together() -> None:
    # the cleaner drops empty cells: the wrapped lines of one column are still set to that box only when the
    # boxes not yet whole match the cells in number; no box's name may run into its neighbour's
    subs = of(read(UNEVEN), "subgroup_of")
    assert not any("Network" in s and "Drugs" in s for s, _ in subs), subs
