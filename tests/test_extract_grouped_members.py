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


def test_a_post_is_named_with_the_organisation_above_unless_it_names_its_own() -> None:
    posts = of(read(_PLAN), "holds_post")
    assert ("Ada Brookfield", "Director of Community Safety, Northshire County Council") in posts
    assert ("Juno Tallis", "Head of Listings, South West, HM Courts and Tribunals Service") in posts
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


# groups under headings in capitals, set apart by blank lines; each entry gives the initials the action log uses,
# then the post in a column of its own; a sector's heading leaves each entry to name its organisation
_SUBGROUP = """Wirral Safeguarding Children Partnership
Missing and Exploitation Sub-group

TERMS OF REFERENCE

4.  Membership (grouped by organisation; initials are used in the action log)

    WIRRAL COUNCIL
      Odile Brackenbury (OB)      Head of Service, Early Help and Prevention (Co-chair)
      Kasim Threlfall (KT)        Exploitation Team Manager (secretariat)

    MERSEYSIDE POLICE
      DI Wren Castellanos (WC)    Missing Persons Unit (Co-chair)

    HEALTH
      Dr Ines Rothery (IR)        Designated Doctor for Safeguarding Children,
                                  NHS Cheshire and Merseyside ICB
      Fenna Aldous (FA)           Named Nurse, Wirral University Teaching Hospital
                                  NHS Foundation Trust

5.  Reporting
"""


def test_groups_under_capitalised_headings_with_initials_and_a_post_column() -> None:
    doc = read(_SUBGROUP)
    members = {p for p, body in of(doc, "member_of") if body.endswith("Sub-group")}
    assert {"Odile Brackenbury", "Kasim Threlfall", "Wren Castellanos", "Dr Ines Rothery", "Fenna Aldous"} <= members
    represented = of(doc, "represented_by")
    assert ("Wirral Council", "Kasim Threlfall") in represented
    assert ("Merseyside Police", "Wren Castellanos") in represented
    posts = of(doc, "holds_post")
    assert ("Odile Brackenbury", "Head of Service, Early Help and Prevention, Wirral Council") in posts
    assert ("Kasim Threlfall", "Exploitation Team Manager, Wirral Council") in posts
    chairs = {p for p, _ in of(doc, "chairs")}
    assert {"Odile Brackenbury", "Wren Castellanos"} <= chairs


def test_under_a_sectors_heading_the_organisation_is_the_one_the_post_names() -> None:
    doc = read(_SUBGROUP)
    represented = of(doc, "represented_by")
    assert ("NHS Cheshire and Merseyside Integrated Care Board", "Dr Ines Rothery") in represented or \
        ("NHS Cheshire and Merseyside ICB", "Dr Ines Rothery") in represented
    assert ("Wirral University Teaching Hospital NHS Foundation Trust", "Fenna Aldous") in represented
    assert not any(org == "Health" for org, _ in represented)
