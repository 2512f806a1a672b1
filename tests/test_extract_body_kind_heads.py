"""A table's column head that names the kind of body the table is about: "Chair of CSP", "Chair of the board" hold
each row's chair; "CSP" the bodies; "<organisation> representative" the people it sends. Every text here is
written for the test."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.extract.tables import head_type


def test_heads_named_for_a_kind_of_body() -> None:
    assert head_type("Chair of CSP") == "chair"
    assert head_type("Chair of the Board") == "chair"
    assert head_type("Vice-chair of partnership") == "vice_chair"
    assert head_type("CSP") == "body"
    assert head_type("Fire service representative") == "person"
    assert head_type("Chair of Governors") is None  # governors are no body's kind
    assert head_type("Chair of CSP (2024)") == "chair"


def test_a_spaced_table_of_district_partnerships_and_their_chairs() -> None:
    text = """Westshire Fire and Rescue Authority
Report to the Authority, 6 March 2024

2. Representation

   CSP                                   Service representative     Chair of CSP
   Safer Eastvale Partnership            GM Ivo Hale                Cllr Ada Brook
   Northby Community Safety Partnership  GM Ivo Hale                Supt. Cy Lowe
"""
    chairs = of(read(text), "chairs")
    assert ("Ada Brook", "Safer Eastvale Partnership") in chairs
    assert ("Cy Lowe", "Northby Community Safety Partnership") in chairs
    assert not any(person == "Ivo Hale" for person, _ in chairs)


def test_a_pipe_table_headed_partnership_and_chair_of_the_partnership() -> None:
    text = """Westby County Council - community safety overview 2023

| Partnership | Chair of the partnership |
|---|---|
| Safer Westby Partnership | Cllr Dev Amis |
| Southby Community Safety Partnership | Insp. Noor Kell |
"""
    chairs = of(read(text), "chairs")
    assert ("Dev Amis", "Safer Westby Partnership") in chairs
    assert ("Noor Kell", "Southby Community Safety Partnership") in chairs


def test_a_tabbed_table_headed_board_and_chair_of_board() -> None:
    text = ("Northvale Safeguarding Partnership annual report 2022/23\n\n"
            "Our boards:\n\n"
            "Board\tChair of board\n"
            "Northvale Domestic Abuse Board\tMira Stone\n"
            "Northvale Exploitation Board\tOwen Pike\n")
    chairs = of(read(text), "chairs")
    assert ("Mira Stone", "Northvale Domestic Abuse Board") in chairs
    assert ("Owen Pike", "Northvale Exploitation Board") in chairs
