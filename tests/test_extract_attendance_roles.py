"""A member's role on the meeting's body, written beside their name in an attendance list: a chair's title with
the kind of seat in brackets, and a role column that says only "Member". Texts written for these tests; the
people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_chair_with_the_kind_of_seat_in_brackets() -> None:
    doc = read("""Minutes of the meeting of Rivermouth Policing and Community Safety Partnership held on 3 May 2024

Members Present:
Councillor Ada Brookfield - Chair (Political Member)
Mrs Juno Tallis - Vice-Chair (Independent Member)
Councillor Ivo Marchetti - Political Member
""")
    pcsp = "Rivermouth Policing and Community Safety Partnership"
    assert ("Ada Brookfield", pcsp) in of(doc, "chairs")
    assert ("Juno Tallis", pcsp) in of(doc, "vice_chair")
    posts = of(doc, "holds_post")
    assert ("Ada Brookfield", "Political Member") in posts
    assert ("Juno Tallis", "Independent Member") in posts
    assert not any("(" in post for _, post in posts)


def test_a_role_column_saying_member_is_no_post_of_the_organisation() -> None:
    doc = read("""Northdale Safer Neighbourhood Board
Minutes of the meeting held on 4 March 2025

PRESENT

Name\tRole on the Board\tRepresenting
Petra Lindqvist\tChair\tIndependent
Cllr Oren Blackwood\tMember\tNorthdale Borough Council
""")
    assert not any(post.startswith("Member") for _, post in of(doc, "holds_post"))
    assert ("Oren Blackwood", "Northdale Borough Council") in of(doc, "member_of")
    assert ("Petra Lindqvist", "Northdale Safer Neighbourhood Board") in of(doc, "chairs")
