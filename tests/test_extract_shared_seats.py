"""Seat-table rows whose person cell names an area after the post ("Jo Lee, Head of PDU, Kestermoor Vale": no
second person), and two organisations sharing one seat ("Safer Fenwick / Fenwick Women's Aid"): both sit on the
body, the one the person's post names is represented by them, and with neither named nobody is."""

from __future__ import annotations

from extract_helpers import of, read

PIPE = """Northshire Violence Reduction Board

Membership

 | Organisation                       | Member                                        |
 |------------------------------------|-----------------------------------------------|
 | Northshire Probation Service       | Alys Penhallow, Head of PDU, Afon Teg          |
 | Safer Fenwick / Fenwick Women's Aid | Tomas Pellew, Chief Executive, Fenwick Women's Aid |
"""

TAB = """Orlingham Community Safety Partnership
Terms of Reference

Membership
Organisation\tRepresentative
Orlingham Youth Service / Orlingham Homes\tRhodri Maddock, Director, Orlingham Homes
Orlingham Police\tFfion Treharne, Superintendent, Bryn Glas
"""

NEITHER = """Harrowby Reducing Reoffending Board

Members:

  Agency                                   Member
  ---------------------------------------  ---------------------------
  Harrowby Probation / Harrowby Housing    Iolo Brangwyn
  Harrowby Council                         Ceinwen Pryce
"""


def test_an_area_after_the_post_is_no_second_person() -> None:
    doc = read(PIPE)
    board = "Northshire Violence Reduction Board"
    assert ("Alys Penhallow", board) in of(doc, "member_of")
    assert ("Northshire Probation Service", "Alys Penhallow") in of(doc, "represented_by")
    assert not [s for s, o in of(doc, "member_of") if s == "Afon Teg"]


def test_two_organisations_share_a_seat_and_the_posts_one_is_represented() -> None:
    doc = read(PIPE)
    board = "Northshire Violence Reduction Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert {"Safer Fenwick", "Fenwick Women's Aid", "Tomas Pellew"} <= members, members
    reps = of(doc, "represented_by")
    assert ("Fenwick Women's Aid", "Tomas Pellew") in reps
    assert ("Safer Fenwick", "Tomas Pellew") not in reps


def test_a_shared_seat_in_a_tab_table() -> None:
    doc = read(TAB)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Community Safety Partnership"}
    assert {"Orlingham Youth Service", "Orlingham Homes", "Ffion Treharne"} <= members, members
    assert ("Orlingham Homes", "Rhodri Maddock") in of(doc, "represented_by")
    assert not [s for s, o in of(doc, "member_of") if s == "Bryn Glas"]


def test_a_shared_seat_whose_person_names_neither_is_nobodys() -> None:
    doc = read(NEITHER)
    assert not [s for s, o in of(doc, "represented_by") if o == "Iolo Brangwyn"]
