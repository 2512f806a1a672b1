"""Members grouped by organisation: each organisation on a line of its own, its people ("Name, Post") on the
lines under it. Texts written for these tests in the styles of boards' plans and terms of reference; the people
are invented."""

from __future__ import annotations

from extract_helpers import of, read

_PLAN = """NORTHSHIRE CRIMINAL JUSTICE BOARD
Business Plan 2025/26

1.1 The Northshire Criminal Justice Board brings the criminal justice agencies of the county together.

1.2 Membership (by organisation)

  Northshire Police
      DCC Ivo Marchetti, Deputy Chief Constable (Chair)
  Northshire County Council
      Ada Brookfield, Director of Community Safety
  HM Courts and Tribunals Service
      Juno Tallis, Head of Listings, South West
  Rivermouth Council
      Samir Oduwole, Head of Community Safety and
      Enforcement

1.3 The Board meets quarterly.
"""


def test_each_person_sits_for_the_organisation_above_them() -> None:
    doc = read(_PLAN)
    board = "Northshire Criminal Justice Board"
    members = of(doc, "member_of")
    for person in ("Ivo Marchetti", "Ada Brookfield", "Juno Tallis", "Samir Oduwole"):
        assert (person, board) in members
    represented = of(doc, "represented_by")
    assert ("Northshire County Council", "Ada Brookfield") in represented
    assert ("Rivermouth Council", "Samir Oduwole") in represented
    assert ("Ada Brookfield", "Northshire County Council") in members
    assert ("Ivo Marchetti", board) in of(doc, "chairs")


def test_a_bare_post_is_the_organisations_and_a_written_one_kept() -> None:
    posts = of(read(_PLAN), "holds_post")
    assert ("Ada Brookfield", "Director of Community Safety, Northshire County Council") in posts
    assert ("Juno Tallis", "Head of Listings, South West") in posts
    assert ("Ivo Marchetti", "Deputy Chief Constable, Northshire Police") in posts
    assert ("Ivo Marchetti", "Deputy Chief Constable") not in posts  # the rank is the head of that post


def test_no_one_is_given_the_organisation_of_the_group_before() -> None:
    represented = of(read(_PLAN), "represented_by")
    assert ("Northshire County Council", "Juno Tallis") not in represented
    assert ("Northshire Police", "Ada Brookfield") not in represented


def test_one_organisation_alone_is_not_read_as_a_grouped_list() -> None:
    doc = read("""Eastvale Safeguarding Board

Membership

Eastvale Borough Council
Petra Lindqvist, Head of Housing
""")
    assert ("Eastvale Borough Council", "Petra Lindqvist") not in of(doc, "represented_by")
