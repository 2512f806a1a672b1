"""A paper that puts a body's membership to a meeting labels the list "Proposed membership for 2025/26:",
"Revised membership:" or "Draft membership": the people or organisations under it are the body's members."""

from __future__ import annotations

from extract_helpers import of, read

# a board paper: a numbered label with the year, a Name | Post | Organisation table
PEOPLE_TABLE = """KESTERMOOR VIOLENCE REDUCTION BOARD

Meeting: 4 March 2025
Paper: Membership

2.2 Proposed membership for 2025/26:

  Name              Post                         Organisation
  ----------------  ---------------------------  --------------------------
  Alys Penhallow    Director of Public Health    Kestermoor County Council
  Tomas Pellew      Chief Superintendent         Kestermoor Police
"""

# terms of reference: a revised membership heading over a bulleted list of organisations
REVISED_BULLETS = """Orlingham Safer Streets Partnership
Terms of Reference

Revised membership:
- Orlingham Borough Council
- Orlingham Police
- Orlingham Business Improvement District
"""

# minutes: the draft membership set out as "Organisation - Post" lines
DRAFT_DASHES = """Minutes of the Harrowby Community Safety Partnership held on 12 May 2025

Draft membership:
- Harrowby District Council - Head of Communities
- Harrowby Fire and Rescue Service - Station Manager
"""


def test_a_proposed_membership_table_of_people_lists_members() -> None:
    doc = read(PEOPLE_TABLE)
    members = {s for s, o in of(doc, "member_of") if o == "Kestermoor Violence Reduction Board"}
    assert {"Alys Penhallow", "Tomas Pellew"} <= members, of(doc, "member_of")


def test_a_revised_membership_list_of_organisations() -> None:
    doc = read(REVISED_BULLETS)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Safer Streets Partnership"}
    assert {"Orlingham Borough Council", "Orlingham Police"} <= members, of(doc, "member_of")


def test_a_draft_membership_of_organisation_and_post_lines() -> None:
    doc = read(DRAFT_DASHES)
    members = {s for s, o in of(doc, "member_of") if o == "Harrowby Community Safety Partnership"}
    assert {"Harrowby District Council", "Harrowby Fire and Rescue Service"} <= members, of(doc, "member_of")
