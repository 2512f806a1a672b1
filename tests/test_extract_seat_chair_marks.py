"""Seat tables whose person cell carries the seat's chair ("Jo Lee (Co-Chair)", "Jo Lee, Director (Vice-Chair)"),
and a pipe table's row wrapped onto a line that fills every column ("| Office of the Northshire Police and |" over
"| Crime Commissioner | (Co-Chair) |"): the row is one, the chair mark is a chairs/vice_chair fact on the listed
body and no part of the post."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean

PIPE = """Fenwick Violence Reduction Board

Membership

 | Organisation                           | Member                                   |
 |----------------------------------------|------------------------------------------|
 | Fenwick Council                        | Alys Penhallow (Co-Chair)                |
 | Office of the Northshire Police and    | Tomas Pellew, Deputy Commissioner        |
 | Crime Commissioner                     | (Co-Chair)                               |
 | Northshire Police                      | Gwyneth Arlow, Chief Superintendent      |
"""

TAB = """Orlingham Community Safety Partnership
Terms of Reference

Membership
Organisation\tRepresentative
Orlingham Borough Council\tRhodri Maddock, Director of Communities (Vice-Chair)
Orlingham Police\tFfion Treharne (Chair)
"""

SPACED = """Harrowby Reducing Reoffending Board

Members:

  Agency                        Member
  ----------------------------  -----------------------------------
  Harrowby Probation Service    Iolo Brangwyn, Head of Service (Chair)
  Harrowby Council              Ceinwen Pryce
"""


def test_a_pipe_row_wrapped_onto_a_full_line_is_one_row() -> None:
    text = clean(PIPE)
    assert "Office of the Northshire Police and Crime Commissioner" in text
    assert "Deputy Commissioner (Co-Chair)" in text
    assert "---- Alys" not in text  # the rule under the header row joins nothing


def test_co_chairs_in_a_pipe_table_chair_the_board_and_their_posts_are_bare() -> None:
    doc = read(PIPE)
    chairs = {s for s, o in of(doc, "chairs") if o == "Fenwick Violence Reduction Board"}
    assert {"Alys Penhallow", "Tomas Pellew"} <= chairs, of(doc, "chairs")
    assert not [o for s, o in of(doc, "holds_post") if "Chair" in o]


def test_vice_chair_and_chair_marks_in_a_tab_table() -> None:
    doc = read(TAB)
    assert ("Rhodri Maddock", "Orlingham Community Safety Partnership") in of(doc, "vice_chair")
    assert ("Ffion Treharne", "Orlingham Community Safety Partnership") in of(doc, "chairs")


def test_a_chair_mark_after_a_post_in_a_spaced_table() -> None:
    doc = read(SPACED)
    assert ("Iolo Brangwyn", "Harrowby Reducing Reoffending Board") in of(doc, "chairs"), of(doc, "chairs")
    assert not [o for s, o in of(doc, "holds_post") if "(Chair)" in o]
