"""loaders/extract/chair_is.py headed_chair_slots: a list headed as its groups' chairs ("Theme group chairs in
2024/25:", "Sub-group chairs:") names each group's chair after a dash, with no "chair:" in the item: as bullets, as
indented lines with a wrapped slot, or inline after the heading between semicolons. Texts written for the test, in
three councils' styles; people and bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_bulleted_theme_group_chairs() -> None:
    doc = read("Safer Marlow Vale Partnership\nAnnual Report 2024/25\n\n"
               "Theme group chairs in 2024/25:\n"
               "  * Hate Crime Reduction Group - Tamsin Yardley, Marlow Vale Homes\n"
               "  * Night-Time Economy Group - Insp Ruben Tremayle, Wessex Police\n\n"
               "The groups report to the Partnership each quarter.\n")
    chairs = of(doc, "chairs")
    assert any(p == "Tamsin Yardley" and g.endswith("Hate Crime Reduction Group") for p, g in chairs)
    assert any(p == "Ruben Tremayle" and g.endswith("Night-Time Economy Group") for p, g in chairs)


def test_indented_sub_group_chairs_with_a_wrapped_slot() -> None:
    doc = read("Pellbridge Safeguarding Children Partnership\nYearly report\n\n"
               "Sub-group chairs 2025/26:\n"
               "  Practice Review Group - Marisol Dent, Designated Nurse, Pellbridge Community Health NHS\n"
               "  Foundation Trust\n"
               "  Neglect Sub-Group - DS Anil Fortune, Mercia Constabulary\n\n"
               "Each sub-group meets every two months.\n")
    chairs = of(doc, "chairs")
    assert any(p == "Marisol Dent" and g.endswith("Practice Review Group") for p, g in chairs)
    assert any(p == "Anil Fortune" and g.endswith("Neglect Sub-Group") for p, g in chairs)


def test_inline_chairs_between_semicolons() -> None:
    doc = read("Kelby Community Safety Partnership\nAnnual Report\n\n"
               "Delivery group chairs in 2023/24: Substance Misuse Group - Oskar Ostergaard, Kelby Council; "
               "Youth Violence Group - Inspector Della Marsh (Kelby Police).\n\n"
               "The Partnership met four times.\n")
    chairs = of(doc, "chairs")
    assert any(p == "Oskar Ostergaard" and g.endswith("Substance Misuse Group") for p, g in chairs)
    assert any(p == "Della Marsh" and g.endswith("Youth Violence Group") for p, g in chairs)


def test_a_list_not_headed_as_chairs_gives_no_chair() -> None:
    # the heading names the groups' members, not their chairs: who chairs is not said
    doc = read("Kelby Community Safety Partnership\nAnnual Report\n\n"
               "Delivery group contacts in 2023/24:\n"
               "  * Substance Misuse Group - Oskar Ostergaard, Kelby Council\n\n"
               "The Partnership met four times.\n")
    assert of(doc, "chairs") == set()
