"""loaders/gazetteer/relations.yaml, loaders/extract/clauses.py: "Its current chair is X" names the chair as "Its chair
is X" does (an adjective of time before the role changes nothing), and a name after "and" whose own role follows it
("and Y, District Commander, is vice-chair") opens the next clause: Y does not chair. Texts written for the test, in
three councils' styles; people and bodies invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read


def test_its_current_chair_is_on_a_web_page() -> None:
    doc = read("Safer Brindle Partnership\n\nThe Safer Brindle Partnership meets every quarter. Its current chair is "
               "Nadia Furlong, the council's Director of Place.\n")
    assert of(doc, "chairs") == {("Nadia Furlong", "Safer Brindle Partnership")}


def test_the_present_vice_chair_is_in_minutes() -> None:
    doc = read("Notes of the Orwell Vale Community Safety Partnership meeting held on 3 June 2024\n\n"
               "1. Membership\nThe Orwell Vale Community Safety Partnership welcomed new members. "
               "The present vice-chair is Inspector Owen Hardy.\n")
    assert ("Owen Hardy", "Orwell Vale Community Safety Partnership") in of(doc, "vice_chair")


def test_a_second_name_with_its_own_role_is_no_co_chair() -> None:
    doc = read("Safer Brindle Partnership\n\nThe Safer Brindle Partnership meets every quarter. Its interim chair is "
               "Nadia Furlong, the council's Director of Place, and Superintendent Ray Acton, District Commander "
               "for Wessex Police, is vice-chair.\n")
    assert of(doc, "chairs") == {("Nadia Furlong", "Safer Brindle Partnership")}


def test_two_co_chairs_are_still_both_read() -> None:
    doc = read("Kelmscott Reducing Reoffending Board\n\nThe Kelmscott Reducing Reoffending Board is co-chaired by "
               "Cllr Ama Ofori and Supt Leo Brand.\n")
    assert {p for p, _ in of(doc, "chairs")} == {"Ama Ofori", "Leo Brand"}


def test_a_vice_chair_whose_body_the_paragraph_is_about() -> None:
    doc = read("Calderbrook Combating Drugs Partnership\nLocal Delivery Plan 2025\n\n"
               "The Calderbrook Combating Drugs Partnership was formed in 2023. Detective Superintendent Mo Akhtar, "
               "Pennine Police, is vice-chair.\n")
    assert of(doc, "vice_chair") == {("Mo Akhtar", "Calderbrook Combating Drugs Partnership")}


def test_a_chair_named_last_in_minutes_and_a_vice_chair_after_and() -> None:
    doc = read("Minutes of the Lowfield Hate Crime Panel held on 2 July 2024\n\n"
               "3. Governance\nThe Lowfield Hate Crime Panel reviewed its terms of reference. Cllr Tessa Vane "
               "remains chair; and Inspector Rob Quill, Lowfield Police, is the vice-chair.\n")
    assert ("Tessa Vane", "Lowfield Hate Crime Panel") in of(doc, "chairs")
    assert ("Rob Quill", "Lowfield Hate Crime Panel") in of(doc, "vice_chair")


def test_a_person_inside_another_clause_is_not_read_as_the_chair() -> None:
    # the person is the object of a verb: the clause is not theirs, and who chairs is not said of them
    doc = read("Safer Brindle Partnership\n\nThe Safer Brindle Partnership met in May. The board thanked "
               "Nadia Furlong, who is chair.\n")
    assert of(doc, "chairs") == set()


def test_its_board_is_chaired_by_gives_the_partnership_its_chair() -> None:
    doc = read("Eastmarch Borough Council\n\nThe Eastmarch Community Safety Partnership brings the borough's "
               "agencies together. Its board is chaired by Cllr Ravi Mehta, Deputy Leader of the council, with "
               "Superintendent Iona Bell of Wessex Police as vice-chair.\n")
    assert ("Ravi Mehta", "Eastmarch Community Safety Partnership") in of(doc, "chairs")
    assert ("Iona Bell", "Eastmarch Community Safety Partnership") in of(doc, "vice_chair")


def test_its_board_in_a_report_section() -> None:
    doc = read("Report to Cabinet\n\n2. Background\n2.1 Safer Holmdale Partnership is the community safety "
               "partnership for the district. Its board is co-chaired by Cllr Ann Frome and Chief Inspector "
               "Kit Dale.\n")
    assert {p for p, b in of(doc, "chairs") if b == "Safer Holmdale Partnership"} == {"Ann Frome", "Kit Dale"}


def test_its_board_with_another_verb_is_not_read() -> None:
    # "Its board meets ...": no chair is said; nothing is read of "Its board" itself
    doc = read("Safer Holmdale Partnership\n\nSafer Holmdale Partnership is the community safety partnership for "
               "the district. Its board meets quarterly and receives reports from Cllr Ann Frome.\n")
    assert of(doc, "chairs") == set()


@pytest.mark.parametrize(
    "sentence, person",
    [
        # the person's force after "of"
        ("Chief Superintendent Elspeth Varley of Wessex Police is vice-chair.", "Elspeth Varley"),
        # whom they work for in a bracket
        ("Supt Gideon Marlow (Wessex Police, Calderbrook Local Policing) is vice-chair.", "Gideon Marlow"),
        # the post first, set apart by commas
        ("The Calder District Commander, Chief Inspector Wren Halloway, is vice-chair.", "Wren Halloway"),
        # "continues as" says the role
        ("Inspector Ottoline Sparrow, Calder Neighbourhood Inspector, continues as vice-chair.", "Ottoline Sparrow"),
    ],
)
def test_a_vice_chair_closing_the_sentence_after_more_than_a_name(sentence: str, person: str) -> None:
    doc = read("Calderbrook Combating Drugs Partnership\nLocal Delivery Plan 2025\n\n"
               f"The Calderbrook Combating Drugs Partnership was formed in 2023. {sentence}\n")
    assert of(doc, "vice_chair") == {(person, "Calderbrook Combating Drugs Partnership")}
