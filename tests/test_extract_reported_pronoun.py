"""A pronoun subject between a name and the verb ("told the Panel that she chairs X") is the clause's subject: the
body told is not the chair; the person who told, opening the sentence with a verb of telling, is."""

from __future__ import annotations

from extract_helpers import of, read


def test_panel_minutes_the_candidate_told_the_panel() -> None:
    doc = read("Dorset Police and Crime Panel\nMinutes of the confirmation hearing\n\n2. Ms Ilse Quarry told the "
               "Panel that she currently chairs the Dorset Domestic Abuse Strategic Board and would step down.\n")
    chairs = of(doc, "chairs")
    assert ("Ilse Quarry", "Dorset Domestic Abuse Strategic Board") in chairs, chairs
    assert not any(who.endswith("Panel") for who, _ in chairs), chairs


def test_committee_minutes_a_member_declared_an_interest() -> None:
    doc = read("Overview and Scrutiny Committee\nMinutes\n\nDeclarations of interest\n\nCllr Rowan Teague declared, "
               "in relation to item 5, that he chairs the Kirklees Youth Justice Board.\n")
    assert ("Rowan Teague", "Kirklees Youth Justice Board") in of(doc, "chairs"), of(doc, "chairs")


def test_a_report_with_no_teller_gives_the_chair_to_no_one() -> None:
    doc = read("Report of the Head of Community Safety\n\nThe Safer Halton Partnership was advised that she now "
               "chairs the Halton Exploitation Group.\n")
    assert not of(doc, "chairs"), of(doc, "chairs")
