"""A list of a body's groups under a heading that owns them ("3. Our theme groups", "THE SUB-GROUPS"), each item a
group's name followed by a field of its own ("- Chair: ..."): every group is the paper's own body's sub-group,
and a group's "Chair:" field is never read as a list of groups."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

ANNUAL = """Source: https://www.northdale.gov.uk/csp/annual-report

Northdale Community Safety Partnership
Annual Report 2023/24

{heading}

  * Knife Crime Theme Group - Chair: Inspector Dora Quill, Northdale Police.
  * Hate Incidents Theme Group - chaired by the Council's Head of Communities.
  * Drug Harm Theme Group - the Director of Public Health chairs this group.
"""

TOR = """Source: https://www.eastbury.gov.uk/partnership/terms

Safer Eastbury Partnership
Terms of Reference

{heading}

- Night Economy Sub-group - Lead: Eastbury Borough Council
- Youth Diversion Sub-group - Lead: Eastbury Youth Justice Service
"""

WEB = """Source: https://www.westmoor.gov.uk/community-safety/how-we-work

Westmoor Safer Communities Board

{heading}
Rural Crime Working Group - Co-Chair: Westmoor Police
Fraud Prevention Working Group - Co-Chair: Westmoor District Council
"""
OWNER = "Northdale Community Safety Partnership"


@pytest.mark.parametrize("heading", ["3. OUR THEME GROUPS", "3. Our theme groups", "THE THEME GROUPS"])
def test_groups_under_a_possessive_heading_are_the_papers_own_bodys(heading: str) -> None:
    doc = read(ANNUAL.format(heading=heading))
    assert_evidence_quotes(doc)
    got = of(doc, "subgroup_of")
    assert ("Northdale Knife Crime Theme Group", OWNER) in got or ("Knife Crime Theme Group", OWNER) in got, got
    assert all(o == OWNER for _, o in got), got  # the heading's own words are no body


def test_a_groups_chair_field_is_no_list_of_its_groups() -> None:
    doc = read(ANNUAL.format(heading="3. OUR THEME GROUPS"))
    got = of(doc, "subgroup_of")
    assert not any(s == "Northdale Police" for s, _ in got), got


def test_a_terms_of_references_sub_groups_with_lead_fields() -> None:
    doc = read(TOR.format(heading="4. The sub-groups"))
    got = of(doc, "subgroup_of")
    assert any("Night Economy Sub-group" in s and o == "Safer Eastbury Partnership" for s, o in got), got
    assert not any(s == "Eastbury Borough Council" for s, _ in got), got


def test_a_web_pages_working_groups_with_co_chair_fields() -> None:
    doc = read(WEB.format(heading="Our working groups"))
    got = of(doc, "subgroup_of")
    assert not any(s in ("Westmoor Police", "Westmoor District Council") for s, _ in got), got


def test_a_heading_that_names_no_list_gives_no_groups() -> None:
    doc = read(ANNUAL.format(heading="3. Our year in numbers"))
    assert not of(doc, "subgroup_of")
