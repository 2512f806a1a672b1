""""Its Board" at a sentence's start is the board of the body the sentence before opens with; "the Board" after it
stands for that body, never for an Integrated Care Board the text named in between."""

from __future__ import annotations

from extract_helpers import of, read

NORTHDALE = """Safer Northdale Partnership - annual report to scrutiny

2.1 The Safer Northdale Partnership is the statutory Community Safety Partnership for Northdale. Its Board
brings together Northdale Council, Northvale Police, the Northdale and Eastvale Integrated Care Board and
Gentoo Homes.

2.2 The Board is chaired by Superintendent Amy Roe, Area Commander, Northvale Police.
"""

WELSH = """Cyngor Sir Ceredigion

3. Governance

The Ceredigion Community Safety Partnership meets four times a year. Its Board includes Ceredigion County
Council and Dyfed-Powys Police.
"""


def test_its_board_brings_together_members_of_the_body_before() -> None:
    members = of(read(NORTHDALE), "member_of")
    body = "Safer Northdale Partnership"
    for member in ("Northdale Council", "Northvale Police", "Gentoo Homes"):
        assert (member, body) in members, members


def test_the_board_after_its_board_is_that_body_not_the_health_board() -> None:
    chairs = of(read(NORTHDALE), "chairs")
    assert ("Amy Roe", "Safer Northdale Partnership") in chairs, chairs
    assert not any("Integrated Care Board" in o for _, o in chairs), chairs


def test_its_board_includes() -> None:
    members = of(read(WELSH), "member_of")
    assert ("Dyfed-Powys Police", "Ceredigion Community Safety Partnership") in members, members


def test_the_board_never_stands_for_an_integrated_care_board() -> None:
    doc = read("Northdale Council\n\nThe partners include Northvale Police and the Northdale Integrated Care "
               "Board.\n\nThe Board is chaired by Cllr Petra Lund.\n")
    assert not any("Integrated Care Board" in o for _, o in of(doc, "chairs")), of(doc, "chairs")


def test_a_name_with_commas_of_its_own_is_one_member() -> None:
    doc = read("Keeping Northdale Safe Partnership\n\nThe three statutory safeguarding partners are Northdale "
               "Council, Avon and Somerset Constabulary and NHS Bath, Swindon and Wiltshire Integrated Care "
               "Board (ICB).\n")
    members = {s for s, _ in of(doc, "member_of")}
    assert "NHS Bath, Swindon and Wiltshire Integrated Care Board" in members, members
    assert not {"NHS Bath", "Avon", "Swindon and Wiltshire Integrated Care Board"} & members, members
