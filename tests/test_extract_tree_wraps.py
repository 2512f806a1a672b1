"""A structure chart drawn as a tree whose branch wrapped onto the upright's next line ("|   Manager, ..."), or
whose box names its chair after a spaced dash ("Night Group - chair: ..."): every branch still hangs from the
node above it."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

PIPES = """Source: https://www.northdale.gov.uk/csp/annual-report

Safer Northdale Partnership
Annual Report 2023/24

Three groups sit beneath the Executive Board:

  Northdale Executive Board
    |-- Northdale Vulnerability Panel - chair: Dora Quill, Safeguarding Lead,
    |   Northdale Borough Council
    |-- Northdale Tasking Group - chair: Sgt Amos Pike, Northdale Police
    |-- Northdale Evening Economy Group - chair: Lena Frost, Town Centre
        Business Partnership
"""

BACKTICK = """Source: https://www.eastbury.gov.uk/partnership/structure

Eastbury Community Safety Partnership

Structure of the partnership

  Eastbury Community Safety Partnership
    +-- Eastbury Hate Incidents Forum – chaired by the Cohesion Manager, Eastbury
    |   District Council, on behalf of the partners
    +-- Eastbury Youth Harm Group – chaired by the Youth Justice Manager
    `-- Eastbury Scams Working Group
"""

PLUS = """Source: https://www.westmoor.gov.uk/community-safety/governance

Westmoor Safer Communities Board
Governance

  Westmoor Safer Communities Board
    +-- Westmoor Rural Crime Group - lead: Westmoor Police
    |   (meets bi-monthly)
    +-- Westmoor Fraud Group - lead: Trading Standards
"""


@pytest.mark.parametrize(("text", "parent", "groups"), [
    (PIPES, "Northdale Executive Board", ["Northdale Tasking Group", "Northdale Evening Economy Group"]),
    (BACKTICK, "Eastbury Community Safety Partnership", ["Eastbury Youth Harm Group", "Eastbury Scams Working Group"]),
    (PLUS, "Westmoor Safer Communities Board", ["Westmoor Fraud Group"]),
])
def test_branches_after_a_wrapped_branch_hang_from_the_node(text: str, parent: str, groups: list[str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    got = of(doc, "subgroup_of")
    for g in groups:
        assert (g, parent) in got, got


def test_a_box_with_its_chair_after_a_dash_is_named_without_it() -> None:
    got = of(read(PLUS), "subgroup_of")
    assert ("Westmoor Rural Crime Group", "Westmoor Safer Communities Board") in got, got


def test_a_wrapped_line_is_no_node() -> None:
    got = of(read(PIPES), "subgroup_of")
    assert not any("Northdale Borough Council" in (s, o) for s, o in got), got
