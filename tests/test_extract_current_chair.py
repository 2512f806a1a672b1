"""loaders/gazetteer/relations.yaml, loaders/extract/clauses.py: "Its current chair is X" names the chair as "Its chair
is X" does (an adjective of time before the role changes nothing), and a name after "and" whose own role follows it
("and Y, District Commander, is vice-chair") opens the next clause: Y does not chair. Texts written for the test, in
three councils' styles; people and bodies invented."""

from __future__ import annotations

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
