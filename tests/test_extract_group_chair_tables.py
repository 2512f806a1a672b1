"""A table of a board's sub-groups with who chairs each and the agency the chair comes from, introduced by a line
that speaks only of the chairs ("Chairs this year were:") under a heading that names the sub-groups."""

from __future__ import annotations

from extract_helpers import of, read

REPORT = """Report to: Powys Regional Safeguarding Board
Date: 12 July 2023

4.2 Sub-groups

The work of the Board is done by the Case Review Sub-Group and the Learning and Development Sub-Group.
Chairs this year were:

Sub-group\tChair\tAgency
Case Review\tDI Morwenna Caradog\tDyfed-Powys Police
Learning and Development\tTegid Ashworth\tPowys County Council
"""


def test_the_chair_of_each_group_named_by_its_full_name() -> None:
    doc = read(REPORT)
    # "Case Review" in the table is the "Case Review Sub-Group" the paper names (a generic name, given its area)
    assert of(doc, "chairs") == {("Morwenna Caradog", "Powys Case Review Sub-Group"),
                                 ("Tegid Ashworth", "Powys Learning and Development Sub-Group")}


def test_the_chair_works_for_the_agency_of_the_next_column() -> None:
    doc = read(REPORT)
    members = of(doc, "member_of")
    assert ("Morwenna Caradog", "Dyfed-Powys Police") in members
    assert ("Tegid Ashworth", "Powys County Council") in members
    assert ("Morwenna Caradog", "Detective Inspector") in of(doc, "holds_post")


BOARDS = """Report to: Leicester Crime and Drugs Partnership Board
Date: 1 February 2024

Three thematic boards report to the Partnership Board:

   Thematic board                     Chair                                    Frequency
   Serious Violence Board             Chief Superintendent, East Division,     Monthly
                                      Leicestershire Police
   Drug Harm Board                    Head of Community Safety, Leicester      Quarterly
                                      City Council
"""


def test_a_table_of_boards_gives_each_board_and_its_chair() -> None:
    doc = read(BOARDS)
    partnership = "Leicester Crime and Drugs Partnership Board"
    groups = {s for s, o in of(doc, "subgroup_of") if o == partnership}
    assert {"Leicester Serious Violence Board", "Leicester Drug Harm Board"} <= groups
    chairs = of(doc, "chairs")
    # a post with its unit between it and its force, over two lines of its cell
    assert ("Chief Superintendent, East Division, Leicestershire Police", "Leicester Serious Violence Board") in chairs
