"""A plain-text membership table: column heads over a rule of dashes (a run per column), cells wrapped onto the
next line when a column is too narrow, under a line that says the body "is made up of" its members."""

from __future__ import annotations

from extract_helpers import of, read

PLAN = """Flintshire Youth Justice Service
Youth Justice Plan 2024-25

2.1  The Youth Justice Management Board (the Board) oversees the work of the Service.

2.2  The Board is made up of the members below, who sit for their agencies:

     Member                                   Post
     ---------------------------------------  --------------------------------------------
     Petra Lund (Chair)                       Director of Children's Services, Flintshire
                                              County Council
     Inspector Tomas Reeve                    District Commander, North Wales Police
     (Vice-Chair)
     Ines Okoro                               Head of Deeside and Mold Probation Delivery
                                              Unit, Probation Service
     Dr Sam Idris                             Consultant in Public Health, Betsi Cadwaladr
                                              University Health Board
     Ola Brandt                               Head of Housing, Flintshire County Council

2.3  The Board meets quarterly.
"""

BOARD = "Flintshire Youth Justice Management Board"


def test_every_row_of_a_dashed_table_is_a_member() -> None:
    members = of(read(PLAN), "member_of")
    for person in ("Petra Lund", "Tomas Reeve", "Ines Okoro", "Sam Idris", "Ola Brandt"):
        assert any(p.endswith(person) and o == BOARD for p, o in members), (person, members)


def test_the_owner_is_the_body_the_opener_names_not_the_paper() -> None:
    members = of(read(PLAN), "member_of")
    assert not any(o == "Flintshire Youth Justice Service" for _, o in members), members
    assert ("Petra Lund", BOARD) in of(read(PLAN), "chairs")


def test_a_cell_cut_by_the_column_width_is_joined() -> None:
    from govkg.loaders.cleaning import clean

    text = clean(PLAN)
    assert "Head of Deeside and Mold Probation Delivery Unit, Probation Service" in text, text
    assert "Consultant in Public Health, Betsi Cadwaladr University Health Board" in text, text
    posts = {o for _, o in of(read(PLAN), "holds_post")}
    assert "Consultant in Public Health, Betsi Cadwaladr University Health Board" in posts, posts


def test_a_short_cell_under_a_row_is_a_row_of_its_own() -> None:
    from govkg.loaders.cleaning import clean

    # "Eastvale Homes" would have fitted on the line above: it is the next row's organisation, not an overflow
    table = ("Organisation                        Seats\n"
             "----------------------------------  ----------------------------\n"
             "Northvale Police                    District Commander\n"
             "                                    Eastvale Homes\n"
             "Northvale Fire and Rescue Service   Station Manager, Prevention\n")
    assert "District Commander Eastvale Homes" not in clean(table), clean(table)


def test_made_up_of_groups_is_no_membership() -> None:
    doc = read("Safer Eastvale Partnership\n\n3.1 The Partnership is made up of three delivery groups:\n\n"
               "- Youth Violence Group\n- Hate Crime Group\n- Night-Time Economy Group\n")
    assert not of(doc, "member_of"), of(doc, "member_of")


def test_a_rule_of_dash_runs_parted_by_a_space_is_a_table_rule() -> None:
    from govkg.loaders.layout import read_layout

    text = "Member\tPost\n------------------------ ------------------------------\nJo Lee\tHead of Housing\n"
    kinds = [(line.kind, line.label) for line in read_layout(text).lines]
    assert kinds[1] == ("row", "separator"), kinds
    # a lone rule under a title is no table's
    assert read_layout("Youth Justice Plan\n------------------\n").lines[1].label != "separator"
