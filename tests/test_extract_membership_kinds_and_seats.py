"""Two kinds of members under one label ("Co-opted and advisory members:", "Statutory and non-statutory
partners"), and one organisation's cell of two posts joined by "and" ("Strategic Director (Housing) and Cabinet
Member for Housing"): each kind's items are members, and each post represents the organisation; a single post
whose name holds "and" ("Head of Planning and Regeneration") stays one post."""

from __future__ import annotations

from extract_helpers import of, read

# terms of reference: numbered bullets under a label of two kinds
TWO_KINDS_BULLETS = """Safer Fenwick Partnership
Terms of Reference

3.2 Co-opted and advisory members:
   *  Fenwick Citizens Advice
   *  Fenwick Homes
   *  Fenwick College
"""

# a board's web page: an unnumbered label line and a dashed list
TWO_KINDS_DASHES = """Orlingham Community Safety Board Annual Report 2024

Statutory and non-statutory partners:
- Orlingham Borough Council
- Orlingham Fire and Rescue Service
- Orlingham Women's Aid
"""

# a pipe table whose council cell names two seats joined by "and"
PIPE_TWO_POSTS = """Harrowby Community Safety Partnership

Membership:

| Organisation               | Represented by                                   |
|----------------------------|--------------------------------------------------|
| Harrowby Borough Council   | Strategic Director (Place) and Cabinet Member for Neighbourhoods |
| Harrowby Police            | Head of Planning and Partnerships                 |
"""

# a tab table: two posts joined by "and", one after a semicolon
TAB_TWO_POSTS = """Quarrington Reducing Reoffending Board

Membership:
Organisation\tPost
Quarrington City Council\tDirector of Communities and Head of Community Safety
Quarrington Probation Delivery Unit\tHead of Service; Senior Probation Officer
"""


def test_a_label_of_two_kinds_of_members_opens_a_bulleted_list() -> None:
    doc = read(TWO_KINDS_BULLETS)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Fenwick Partnership"}
    assert {"Fenwick Homes", "Fenwick College"} <= members, members


def test_a_label_of_two_kinds_of_partners_opens_a_dashed_list() -> None:
    doc = read(TWO_KINDS_DASHES)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Community Safety Board"}
    assert {"Orlingham Borough Council", "Orlingham Fire and Rescue Service"} <= members, members


def test_two_posts_joined_by_and_each_represent_the_council() -> None:
    doc = read(PIPE_TWO_POSTS)
    reps = {o for s, o in of(doc, "represented_by") if s == "Harrowby Borough Council"}
    assert any(o.startswith("Strategic Director (Place)") for o in reps), reps
    assert any(o.startswith("Cabinet Member for Neighbourhoods") for o in reps), reps
    police = {o for s, o in of(doc, "represented_by") if s == "Harrowby Police"}
    assert any(o.startswith("Head of Planning and Partnerships") for o in police), police


def test_posts_parted_by_and_or_a_semicolon_in_a_tab_table() -> None:
    doc = read(TAB_TWO_POSTS)
    council = {o for s, o in of(doc, "represented_by") if s == "Quarrington City Council"}
    assert any(o.startswith("Director of Communities") and "Head" not in o for o in council), council
    assert any(o.startswith("Head of Community Safety") for o in council), council
    probation = {o for s, o in of(doc, "represented_by") if s == "Quarrington Probation Delivery Unit"}
    assert any(o.startswith("Senior Probation Officer") for o in probation), probation
