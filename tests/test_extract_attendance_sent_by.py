"""An attendee who is a council's 'Representative on' a panel: the council is represented by them there."""

from __future__ import annotations

from extract_helpers import fact, of, read


def test_council_representative_on_a_panel() -> None:
    doc = read(
        "Present:\nCllr A Bell (Chairman)\n\n"
        "Also attended:\nCllr R Tamsin, Surrey County Council Representative on Surrey Police and Crime Panel\n"
        "Jo Lee, Community Safety Manager\n"
    )
    assert ("Surrey County Council", "R Tamsin") in of(doc, "represented_by")
    f = fact(doc, "Surrey County Council", "represented_by", "R Tamsin")
    assert f.on_body is not None and f.on_body.name == "Surrey Police and Crime Panel"


def test_a_representative_of_no_known_body_names_no_sender() -> None:
    doc = read("Also attended:\nSam Okafor, Youth Council Representative on Surrey Police and Crime Panel\n")
    assert not of(doc, "represented_by")


MEMBER_TABLE = """Lancaster Youth Justice Management Board
Terms of Reference

Board members

Name                    Organisation                      Post
Cllr Hester Quayle      Lancaster City Council            Cabinet Member for Children (Chair)
Supt Rafe Linden        Lancashire Constabulary           District Commander, Lancaster
Bryony Tate             Lancashire Probation Service      Head of Probation Delivery Unit
"""


def test_a_boards_member_list_seats_each_members_organisation() -> None:
    doc = read(MEMBER_TABLE)
    board = "Lancaster Youth Justice Management Board"
    represented = of(doc, "represented_by")
    assert ("Lancashire Constabulary", "Rafe Linden") in represented, represented
    assert ("Lancaster City Council", "Hester Quayle") in represented, represented
    members = of(doc, "member_of")
    assert ("Lancashire Constabulary", board) in members, members
    assert ("Rafe Linden", board) in members, members


def test_an_attendance_lists_organisation_is_only_the_employer() -> None:
    doc = read("Minutes of the Lancaster Youth Justice Management Board held on 4 June 2024\n\nPresent:\n\n"
               "Supt Rafe Linden - Lancashire Constabulary\n\nBryony Tate - Lancashire Probation Service\n")
    assert not of(doc, "represented_by"), of(doc, "represented_by")
