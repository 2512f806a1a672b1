"""A membership section whose heading stands over one introducing paragraph and then the table of members
("3. MEMBERSHIP" / "3.1 The core membership is as follows. ..." / the table), and an organisation's second seat set
on the line under its first in the posts' column ("Head of Housing Services" over "Cabinet Member for Housing"):
two posts, each representing the organisation, never one post run together."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean

# terms of reference set in fixed-width columns with a ruled header, numbered paragraphs
FIXED_WIDTH = """Kestermoor Community Safety Partnership
Terms of Reference 2025

4. MEMBERSHIP
4.1 The core membership is as follows. Each member names a deputy who may attend in their place.

  Organisation                          Represented by
  ------------------------------------  ----------------------------------------
  Kestermoor Borough Council            Director of Neighbourhood Services
                                        Cabinet Member for Safer Communities
  Kestermoor Police                     Chief Inspector, Neighbourhoods
  Kestermoor Fire and Rescue Service    Head of Community Risk

5. MEETINGS
5.1 The partnership meets every quarter.
"""

# a board's paper: an unnumbered heading, a sentence naming the representatives, a tab table
TAB_SECTION = """Orlingham Reducing Reoffending Board

Membership

Partners are represented as set out below, and may send a substitute.

Organisation\tPost
Orlingham City Council\tHead of Community Safety
Orlingham Probation Delivery Unit\tHead of Service
"""

# a section whose paragraph says nothing of members: the rows under it are not read as the heading's list
NOT_AN_INTRO = """Harrowby Safer Streets Board

Membership

The board was set up in 2019 after the review of local partnerships.

Organisation\tPost
Harrowby Borough Council\tHead of Housing
"""


def test_a_paragraph_that_introduces_the_members_passes_the_heading_to_the_table() -> None:
    doc = read(FIXED_WIDTH)
    members = {s for s, o in of(doc, "member_of") if o == "Kestermoor Community Safety Partnership"}
    assert {"Kestermoor Borough Council", "Kestermoor Police", "Kestermoor Fire and Rescue Service"} <= members


def test_an_organisations_second_seat_on_the_line_under_its_first_is_a_post_of_its_own() -> None:
    text = clean(FIXED_WIDTH)
    assert "Director of Neighbourhood Services; Cabinet Member for Safer Communities" in text
    doc = read(FIXED_WIDTH)
    reps = {o for s, o in of(doc, "represented_by") if s == "Kestermoor Borough Council"}
    assert any(o.startswith("Director of Neighbourhood Services") for o in reps), reps
    assert any(o.startswith("Cabinet Member for Safer Communities") for o in reps), reps
    assert not [o for o in reps if "Services Cabinet" in o or ";" in o]


def test_a_post_wrapped_where_it_was_unfinished_still_runs_on() -> None:
    text = clean("""  Organisation                  Post
  ----------------------------  ------------------------------
  Eastmoor District Council     Head of Planning, Housing and
                                Environmental Services
  Eastmoor Police               Chief Inspector
""")
    assert "Head of Planning, Housing and Environmental Services" in text
    assert ";" not in text


def test_an_unnumbered_membership_heading_over_a_sentence_and_a_tab_table() -> None:
    doc = read(TAB_SECTION)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Reducing Reoffending Board"}
    assert {"Orlingham City Council", "Orlingham Probation Delivery Unit"} <= members
    assert ("Orlingham City Council", "Head of Community Safety, Orlingham City Council") in of(doc, "represented_by")


def test_a_paragraph_that_says_nothing_of_members_opens_no_list() -> None:
    doc = read(NOT_AN_INTRO)
    assert not [s for s, o in of(doc, "represented_by")]
