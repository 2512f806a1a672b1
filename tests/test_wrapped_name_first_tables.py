"""Tables whose header names the first column as the person's ("Name", "Member", "Attendee"), set in fixed-width
columns: every entry opens on a name, so a line with none (or with a bracket alone under the name, "(Chair)") is
the row above wrapped, whatever it starts with. A table whose first column is the organisation keeps a line that
leaves it empty as the next seat of the same organisation."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean

MINUTES = """KESTERMOOR COMMUNITY SAFETY PARTNERSHIP

MINUTES of the meeting held on Tuesday 4 March 2025

PRESENT:

 Name                    Role                                  Organisation
 ----------------------  ------------------------------------  -----------------------------
 Cllr Alys Penhallow     Cabinet Member for Communities        Kestermoor Metropolitan
 (Chair)                 and Neighbourhoods                    Borough Council
 Tomas Pellew            Assistant Director, Community         Kestermoor Metropolitan
                         Protection and Licensing              Borough Council
 Gwyneth Arlow           Head of Service                       Northshire Police
"""

MEMBER_HEADER = """Orlingham Reducing Reoffending Board

Members

 Member                  Post                                  Organisation
 ----------------------  ------------------------------------  ------------------------------
 Rhodri Maddock          Head of the Probation Delivery        Probation Service
                         Unit
 Ffion Treharne          Service Manager                       Orlingham Youth Justice
                                                               Service
"""

GROUPED = """Harrowby Safer Streets Board

 Organisation            Member                                Post
 ----------------------  ------------------------------------  ------------------------------
 Harrowby Police         Iolo Brangwyn                         Superintendent
                         Ceinwen Pryce                         Inspector
"""


def test_a_role_wrapped_onto_a_line_with_no_name_runs_on() -> None:
    text = clean(MINUTES)
    assert "Assistant Director, Community Protection and Licensing" in text
    assert "Kestermoor Metropolitan Borough Council" in text
    assert "Cllr Alys Penhallow (Chair)" in text


def test_the_wrapped_rows_give_each_person_their_whole_organisation() -> None:
    doc = read(MINUTES)
    members = of(doc, "member_of")
    assert ("Alys Penhallow", "Kestermoor Metropolitan Borough Council") in members, members
    assert ("Tomas Pellew", "Kestermoor Metropolitan Borough Council") in members, members
    assert not [o for s, o in members if o == "Kestermoor Metropolitan"]


def test_a_member_header_table_wraps_posts_and_organisations() -> None:
    text = clean(MEMBER_HEADER)
    assert "Head of the Probation Delivery Unit" in text
    assert "Orlingham Youth Justice Service" in text


def test_a_grouped_table_keeps_the_next_seat_of_the_same_organisation() -> None:
    text = clean(GROUPED)
    assert "Iolo Brangwyn Ceinwen Pryce" not in text
    assert "Ceinwen Pryce" in text
