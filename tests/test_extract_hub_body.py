"""The body a line is about when it names none: the section heading above it that names a body alone, else the
paper's own body (ExtractionDoc.scope_body). Lists of relevant agencies in safeguarding arrangements are the
partnership's members; a members' label or a list's opener that names no body is the section's body's. A line over
a chart's connector is a box of the chart, not a section's title. Invented councils and people, several styles."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

# safeguarding arrangements: the relevant agencies, in a block list and inline
_BLOCK = """Northvale Safeguarding Children Partnership
Published Safeguarding Arrangements 2025

1. Introduction

The Northvale Safeguarding Children Partnership (NSCP) covers the borough of Northvale.

3. Relevant agencies

{opener}
 - Northvale Youth Justice Service
 - Wessex Fire and Rescue Service
 - Northvale Community Health NHS Trust
"""


@pytest.mark.parametrize("opener", [
    "The partners have named the following relevant agencies, which must co-operate with the arrangements:",
    "The following relevant agencies are named by the partners and must cooperate with the arrangements:",
    "Relevant agencies:",
])
def test_a_block_list_of_relevant_agencies_is_the_partnerships_members(opener: str) -> None:
    members = of(read(_BLOCK.format(opener=opener)), "member_of")
    for agency in ("Northvale Youth Justice Service", "Wessex Fire and Rescue Service",
                   "Northvale Community Health NHS Trust"):
        assert (agency, "Northvale Safeguarding Children Partnership") in members, members


def test_an_inline_list_of_relevant_agencies_is_the_partnerships_members() -> None:
    text = ("Eastmoor Safeguarding Children Partnership\nLocal Safeguarding Arrangements 2025\n\n"
            "1  The Eastmoor Safeguarding Children Partnership (ESCP) covers the district of Eastmoor.\n\n"
            "4  Relevant agencies\n\n"
            "The relevant agencies named under the arrangements include: Eastmoor Hospitals NHS Trust; the "
            "Probation Service; Eastmoor Fire and Rescue Service; and Eastmoor Youth Offending Team.\n")
    members = of(read(text), "member_of")
    owner = "Eastmoor Safeguarding Children Partnership"
    for agency in ("Eastmoor Hospitals NHS Trust", "Eastmoor Fire and Rescue Service"):
        assert (agency, owner) in members, members


# a members' label under a numbered section headed by another body than the paper's own
_TOR = """Kestermoor Community Safety Partnership
Terms of Reference 2025

1. Purpose

The Kestermoor Community Safety Partnership is the statutory partnership for the district.

2. Kestermoor Serious Violence Board

2.1 The board meets every quarter.

{label}
 - Kestermoor District Council
 - Wessex Police
 - Wessex Integrated Care Board
"""


@pytest.mark.parametrize("label", ["2.2 The membership is:", "2.2 Membership is as follows:", "2.2 Core members:"])
def test_a_members_list_under_a_section_naming_a_body_is_that_bodys(label: str) -> None:
    members = of(read(_TOR.format(label=label)), "member_of")
    assert ("Wessex Police", "Kestermoor Serious Violence Board") in members, members
    assert ("Wessex Police", "Kestermoor Community Safety Partnership") not in members, members


def test_a_box_of_a_chart_is_no_sections_title() -> None:
    """(A guard: a chart's top box, alone on its line, read as a heading would make the chart's parent the owner.)"""
    text = ("Safer Halvington Partnership\nAnnual Report 2024/25\n\n"
            "The Safer Halvington Partnership is the community safety partnership for the borough.\n\n"
            "Structure chart\n\n"
            "Wessex County Safety Board\n|\nSafer Halvington Partnership\n\n"
            "Priorities for 2024/25 were: anti-social behaviour; shoplifting; domestic abuse.\n")
    priorities = of(read(text), "priority_of")
    assert not any(owner == "Wessex County Safety Board" for _, owner in priorities), priorities


def test_a_titled_list_under_a_chart_is_the_papers_own() -> None:
    """A section title naming no body ("3. OUR THEME GROUPS") is the list's own heading: the paper's body's, not the
    body of a chart box above it."""
    text = ("Safer Halvington Partnership\nAnnual Report 2024/25\n\n"
            "The Safer Halvington Partnership is the community safety partnership for the borough.\n\n"
            "Safer Halvington Partnership\n|\nHalvington Channel Panel\n\n"
            "3. OUR THEME GROUPS\n\n"
            "  * Serious Violence Theme Group - Chair: Inspector Dana Whitlow, Wessex Police.\n"
            "  * Substance Misuse Theme Group - Chair: Dr Omar Pelling, Halvington Borough Council.\n")
    groups = of(read(text), "subgroup_of")
    assert not any(parent == "Halvington Channel Panel" for _, parent in groups), groups


# fields under a section headed by a group's own name: the group's, in several councils' layouts
_GROUP_FIELDS = """{paper}
Terms of Reference 2025

1. Purpose

The {paper} is the community safety partnership for the borough.

2. {group}

{chair_label}: {chair}
Reports to: {paper}
"""


@pytest.mark.parametrize(("paper", "group", "chair_label", "chair", "person"), [
    ("Safer Halvington Partnership", "Halvington Reducing Reoffending Group", "Chair",
     "Inspector Dana Whitlow, Wessex Police", "Dana Whitlow"),
    ("Northvale Community Safety Partnership", "Northvale Serious Violence Board", "Chaired by",
     "Cllr Priya Oduya, Northvale Borough Council", "Priya Oduya"),
    ("Kestermoor Community Safety Partnership", "Kestermoor Hate Crime Forum", "Chair",
     "Mrs Helen Marsh-Tidy, Kestermoor Victim Support", "Helen Marsh-Tidy"),
])
def test_fields_under_a_groups_heading_are_the_groups(paper: str, group: str, chair_label: str, chair: str,
                                                     person: str) -> None:
    doc = read(_GROUP_FIELDS.format(paper=paper, group=group, chair_label=chair_label, chair=chair))
    assert (person, group) in of(doc, "chairs"), of(doc, "chairs")
    assert (group, paper) in of(doc, "reports_to"), of(doc, "reports_to")
    assert (person, paper) not in of(doc, "chairs")


@pytest.mark.parametrize(("council", "meeting"), [
    ("Northdale Borough Council", "Cabinet"),
    ("Wessex County Council", "Cabinet"),
    ("Eastmoor District Council", "Cabinet"),
])
def test_a_council_cabinets_cover_fields_name_the_councils_people(council: str, meeting: str) -> None:
    """A cover sheet of a report to a council's own cabinet: its lead member and contact officer are the council's
    (the paper's own body is the council's cabinet, not a partnership written for by its partners' officers)."""
    text = (f"{council}\n{meeting}\n14 January 2025\n\n"
            "Report title: Community Safety Partnership Funding 2025/26\n"
            "Lead Member: Cllr Jonah Pettifer, Cabinet Member for Safer Communities\n"
            "Contact officer: Marta Ellingham, Community Safety Manager\n\n"
            "1. Purpose\n\n1.1 This report asks Cabinet to agree the grant to the Community Safety Partnership.\n")
    members = of(read(text), "member_of")
    assert {("Jonah Pettifer", council), ("Marta Ellingham", council)} <= members, members
