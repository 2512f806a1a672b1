"""A membership table of names, posts and organisations: a "(Chair)" that closes a post's cell marks the chair of
the body whose membership it is, not of the organisation in the next column; "The Vice-Chair is ..." under the
table speaks of that body too."""

from __future__ import annotations

from extract_helpers import of, read

CALDER = """Northdale Council - Cabinet report

3.2  Membership of the NPPB in 2023/24:

     Name                  Role                                            Organisation
     Petra Lund            Director of Neighbourhoods and Housing (Chair)  Northdale Council
     DI Tomas Reeve        Prevent Lead, Northdale                         Northvale Constabulary
     Ines Okoro            Prevent Manager                                 Northdale Council

     The Vice-Chair is DI Tomas Reeve. The Cabinet Member attends as an observer.

The Northdale Prevent Partnership Board (NPPB) reports to the Safer Northdale Partnership.
"""

PIPES = """Eastvale Youth Justice Management Board - terms of reference

Membership of the Board

| Name         | Post and organisation                                   |
|--------------|---------------------------------------------------------|
| Jo Carrow    | Corporate Director of Children's Services (Chair) Eastvale Council |
| Sam Idris    | District Commander (Vice-Chair) Eastvale Police         |
"""


def test_a_bracketed_chair_marker_is_the_tables_body_not_the_next_column() -> None:
    chairs = of(read(CALDER), "chairs")
    assert ("Petra Lund", "Northdale Council") not in chairs, chairs
    assert ("Petra Lund", "Northdale Prevent Partnership Board") in chairs, chairs


def test_the_vice_chair_under_a_membership_table_is_its_bodys() -> None:
    vice = of(read(CALDER), "vice_chair")
    assert ("Tomas Reeve", "Northdale Prevent Partnership Board") in vice, vice


def test_piped_table_chair_markers() -> None:
    # the post and the organisation share a cell: "(Chair)" between them still closes on the post
    doc = read(PIPES)
    assert ("Jo Carrow", "Eastvale Council") not in of(doc, "chairs"), of(doc, "chairs")
    assert ("Jo Carrow", "Eastvale Youth Justice Management Board") in of(doc, "chairs"), of(doc, "chairs")
    assert ("Sam Idris", "Eastvale Police") not in of(doc, "vice_chair"), of(doc, "vice_chair")


def test_a_chair_marker_with_its_body_in_the_bracket_still_names_that_body() -> None:
    doc = read("Northdale Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2024\n\n"
               "Present: Cllr Ann Vary (Chair, Northdale Licensing Committee), Jo Pym (Chair)\n")
    chairs = of(doc, "chairs")
    assert ("Ann Vary", "Northdale Licensing Committee") in chairs, chairs
    assert ("Jo Pym", "Northdale Community Safety Partnership") in chairs, chairs
