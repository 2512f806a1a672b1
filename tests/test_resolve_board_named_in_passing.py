""""the Board" means the board its own paragraph named, though no reader took a fact from that sentence: a body
named in passing ("asked whether the X Board had been consulted") outranks one a reader resolved further back."""

from __future__ import annotations

from extract_helpers import of, read


def test_panel_minutes_a_board_asked_about_then_chaired() -> None:
    doc = read("Dorset Police and Crime Panel\nMinutes\n\n1. Ms Quill chairs the Dorset Domestic Abuse Strategic "
               "Board.\n\n2. A Member asked whether the Dorset Community Safety Board had been consulted. The Chief "
               "Executive said that the Board, which is chaired by the Commissioner, agreed the criteria.\n")
    chairs = {body for _, body in of(doc, "chairs")}
    assert "Dorset Community Safety Board" in chairs, of(doc, "chairs")
    assert not any(who.endswith("Commissioner") and body == "Dorset Domestic Abuse Strategic Board"
                   for who, body in of(doc, "chairs")), of(doc, "chairs")


def test_a_report_names_a_board_in_a_clause_then_says_who_chairs_it() -> None:
    doc = read("Report to Cabinet: Safer Wirral annual review\n\nIn 2023 the Head of Probation chaired the Wirral "
               "Reducing Reoffending Board.\n\nOfficers also worked with the Wirral Serious Violence Board on the "
               "duty. The Board is chaired by the Director of Public Health.\n")
    chairs = {(who.split(",")[0], body) for who, body in of(doc, "chairs")}
    assert ("Director of Public Health", "Wirral Serious Violence Board") in chairs, chairs
    assert ("Director of Public Health", "Wirral Reducing Reoffending Board") not in chairs, chairs


def test_a_web_page_names_a_board_after_a_comma() -> None:
    doc = read("Community safety in Rutland\n\nOur Chief Executive chairs the Rutland Youth Justice Board.\n\n"
               "Our officers met the Rutland Exploitation Board twice this year. "
               "The Board is chaired by the Head of Children's Services.\n")
    chairs = {(who.split(",")[0], body) for who, body in of(doc, "chairs")}
    assert ("Head of Children's Services", "Rutland Exploitation Board") in chairs, chairs
    assert ("Head of Children's Services", "Rutland Youth Justice Board") not in chairs, chairs
