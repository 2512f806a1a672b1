"""A generic group drawn on a tree chart under another area's body (a regional or joint board, a county's board in
a district's paper) is named by that owner, not by the paper's own area; under the paper's own body it keeps the
area's name."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

# a district's paper about the county's board, branches drawn with pipes, the board given a short name
PIPES = """Source: https://www.rochdale.gov.uk/council/meetings/item-7

Rochdale Borough Council
Overview and Scrutiny Committee, 4 March 2024

1.1 The Pennine Lanes Adult Protection Board (PLAPB) covers three boroughs and
meets each quarter.

2. How the board is organised

    Pennine Lanes Adult Protection Board
      |-- Steering Group (chaired by the board's deputy)
      |     |-- Learning Review Sub-group
      |     |-- Case Audit Sub-group
      |-- Rochdale Local Delivery Forum

2.2 The Case Audit Sub-group is chaired by a housing manager and meets monthly.
"""

# a unitary's paper about a joint board, branches drawn with pluses
PLUS = """Source: https://www.swindon.gov.uk/safety/joint-board-report

Swindon Borough Council
Cabinet report, 12 June 2024

The Kennet Vale Joint Reducing Harm Board (KVJRHB) was set up by the partners in 2021.

Governance

  Kennet Vale Joint Reducing Harm Board
    +-- Executive Group - chair: a director of public health
    +-- Performance Sub-group
    `-- Knife Crime Task Group
"""

# a box-drawing tree under a regional board, in a borough's web page
BOXED = """Source: https://www.wirral.gov.uk/community-safety/regional-links

Wirral Council
Community safety: our regional links

The Mersey Estuary Exploitation Board (MEEB) brings the six councils together.

  Mersey Estuary Exploitation Board
    ├── Operational Group
    │   ├── Missing Children Sub-group
    │   └── Data Sub-group
    └── Communications Group
"""


@pytest.mark.parametrize(("text", "pairs"), [
    (PIPES, [("PLAPB Steering Group", "Pennine Lanes Adult Protection Board"),
             ("PLAPB Learning Review Sub-group", "PLAPB Steering Group"),
             ("PLAPB Case Audit Sub-group", "PLAPB Steering Group")]),
    (PLUS, [("KVJRHB Executive Group", "Kennet Vale Joint Reducing Harm Board"),
            ("KVJRHB Performance Sub-group", "Kennet Vale Joint Reducing Harm Board")]),
    (BOXED, [("MEEB Operational Group", "Mersey Estuary Exploitation Board"),
             ("MEEB Missing Children Sub-group", "MEEB Operational Group"),
             ("MEEB Data Sub-group", "MEEB Operational Group")]),
])
def test_groups_under_another_areas_board_take_its_name(text: str, pairs: list[tuple[str, str]]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    got = of(doc, "subgroup_of")
    for pair in pairs:
        assert pair in got, got
    names = {f.subject.name for f in doc.facts} | {f.object.name for f in doc.facts if f.object}
    for area in ("Rochdale", "Swindon", "Wirral"):
        assert not any(n.startswith(f"{area} ") and n.endswith(("Sub-group", "Executive Group", "Steering Group",
                                                                "Operational Group")) for n in names), names


def test_the_prose_names_the_chart_group_by_its_owner_too() -> None:
    doc = read(PIPES)
    named = {f.subject.name for f in doc.facts} | {f.object.name for f in doc.facts if f.object}
    assert "Rochdale Case Audit Sub-group" not in named, named


OWN = """Source: https://www.wirral.gov.uk/community-safety/structure

Wirral Council
Community safety: how the partnership is organised

  Wirral Community Safety Partnership
    ├── Data Sub-group
    └── Performance Sub-group
"""


def test_groups_under_the_papers_own_body_keep_its_area() -> None:
    got = of(read(OWN), "subgroup_of")
    assert ("Wirral Data Sub-group", "Wirral Community Safety Partnership") in got, got
    assert ("Wirral Performance Sub-group", "Wirral Community Safety Partnership") in got, got


# "Its X Group" at a sentence's start, after a sentence that opens with another area's body (by its short name, or
# in full), in three papers' styles
ITS_SHORT = """Source: https://www.redcar-cleveland.gov.uk/decisions/grant-record

Redcar and Cleveland Borough Council
Decision record

2.1 The Tees Valley Harm Prevention Unit (TVHPU) was formed by the four councils.
2.2 TVHPU is hosted by the combined authority. Its Strategic Board is chaired by the
unit's director and meets twice a year.
"""

ITS_FULL = """Source: https://www.oldham.gov.uk/meetings/item-5

Oldham Council
Health Scrutiny Committee

The Greater Manchester Adult Protection Board covers ten boroughs. Its Executive Group is chaired
by Cllr Ada Brook and meets monthly.
"""

ITS_PARAGRAPH = """Source: https://www.wrexham.gov.uk/community-safety/regional

Wrexham County Borough Council

The Dee Border Reducing Reoffending Board (DBRRB) brings probation and the councils together.

Its Performance Group is chaired by the head of the probation delivery unit.
"""


@pytest.mark.parametrize(("text", "group", "wrong", "owner"), [
    (ITS_SHORT, "TVHPU Strategic Board", "Redcar and Cleveland Strategic Board", "Tees Valley Harm Prevention Unit"),
    (ITS_FULL, "Greater Manchester Adult Protection Board Executive Group", "Oldham Executive Group",
     "Greater Manchester Adult Protection Board"),
    (ITS_PARAGRAPH, "DBRRB Performance Group", "Wrexham Performance Group", "Dee Border Reducing Reoffending Board"),
])
def test_its_group_is_named_by_the_body_the_sentence_before_opens_with(text: str, group: str, wrong: str,
                                                                      owner: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (group, owner) in of(doc, "subgroup_of"), of(doc, "subgroup_of")
    named = {f.subject.name for f in doc.facts} | {f.object.name for f in doc.facts if f.object}
    assert group in named, named
    assert wrong not in named, named
