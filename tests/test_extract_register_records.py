"""A register of bodies (a governance statement's partnership register, a council's outside-bodies list): each
record is a run of fields opened by one naming the body ("Partnership:", "Body:"), and the fields under it
("Chair:", "Statutory basis:", "Reports to:") are that body's, not the paper's or the meeting's it went to.

Every text here is written for the test in the styles councils use; the people are invented.
"""

from __future__ import annotations

from extract_helpers import of, read

_REGISTER = """Source: https://democracy.wakefield.gov.uk/documents/s100/register.pdf

Wakefield Council
Governance and Audit Committee - 18 June 2024
Register of Key Partnerships 2023/24

Partnership:      Wakefield District Community Safety Partnership
Statutory basis:  Crime and Disorder Act 1998
Chair:            Councillor Delia Harrowby
Reports to:       Cabinet
-------------------------------------------------------------
Partnership:      Wakefield Safeguarding Adults Board
Statutory basis:  Care Act 2014
Chair:            Marcus Everill (Independent Chair)
Reports to:       Wakefield Health and Wellbeing Board
-------------------------------------------------------------
Partnership:      Wakefield Combating Drugs Partnership
Chair:            Director of Public Health
Reports to:       Wakefield Health and Wellbeing Board; Wakefield District Community Safety Partnership
"""


def test_each_record_s_fields_are_its_body_s() -> None:
    doc = read(_REGISTER)
    chairs = of(doc, "chairs")
    assert ("Delia Harrowby", "Wakefield District Community Safety Partnership") in chairs
    assert ("Marcus Everill", "Wakefield Safeguarding Adults Board") in chairs
    assert not any("Governance and Audit Committee" in body for _, body in chairs)
    duties = of(doc, "statutory_duty")
    assert ("Wakefield Safeguarding Adults Board", "Care Act 2014") in duties
    assert ("Wakefield District Community Safety Partnership", "Crime and Disorder Act 1998") in duties
    lines = of(doc, "reports_to")
    assert ("Wakefield Combating Drugs Partnership", "Wakefield Health and Wellbeing Board") in lines
    # a later part of the value that opens with a body's name is a second reporting line
    assert ("Wakefield Combating Drugs Partnership", "Wakefield District Community Safety Partnership") in lines


def test_records_without_rules_between_them_end_at_the_next_opening() -> None:
    text = """Cornwall Council
Outside Bodies - Appointments 2024/25

Body: Devon and Cornwall Police and Crime Panel
Member: Councillor Tegan Rowse
Term: to May 2025

Body: Safer Cornwall Partnership
Chair: Councillor Piran Tremayne
Reports to: Cornwall Health and Wellbeing Board

3. Recommendations

The Committee is asked to note the appointments.
"""
    doc = read(text)
    assert ("Piran Tremayne", "Safer Cornwall Partnership") in of(doc, "chairs")
    assert ("Tegan Rowse", "Devon and Cornwall Police and Crime Panel") in of(doc, "member_of")
    assert ("Safer Cornwall Partnership", "Cornwall Health and Wellbeing Board") in of(doc, "reports_to")


def test_one_body_field_heads_the_paper_not_a_record() -> None:
    # a cover sheet's "Board:" names the meeting the paper goes to: its chair is that board's, as before
    text = """Board: Safer Bolton Partnership
Date: 4 March 2025
Chair: Councillor Nia Okafor-Brent

1. Purpose
This report sets out progress on the partnership plan.
"""
    assert ("Nia Okafor-Brent", "Safer Bolton Partnership") in of(read(text), "chairs")


def test_a_directory_heads_each_record_with_the_body_s_name() -> None:
    text = ("Stockport Council\nAudit Committee - 3 March 2025\nAppendix 2: Partnership governance\n\n"
            "Safer Stockport Partnership\nChair: Councillor Amos Kettering\n"
            "Statutory basis: Crime and Disorder Act 1998\nReports to: Stockport Health and Wellbeing Board\n\n"
            "Stockport Safeguarding Adults Board\nChair: Verity Holloway (Independent Chair)\n"
            "Statutory basis: Care Act 2014\nReports to: Stockport Health and Wellbeing Board\n")
    doc = read(text)
    assert of(doc, "chairs") == {("Amos Kettering", "Safer Stockport Partnership"),
                                 ("Verity Holloway", "Stockport Safeguarding Adults Board")}
    assert ("Stockport Safeguarding Adults Board", "Care Act 2014") in of(doc, "statutory_duty")
    assert not any("Audit Committee" in s for s, _ in of(doc, "reports_to"))


def test_a_web_page_s_sections_head_their_bulleted_fields() -> None:
    text = ("Partnerships we work with\n\n### Safer Rochdale Partnership\n\n- Chair: Councillor Idris Faulkner\n"
            "- Reports to: Rochdale Health and Wellbeing Board\n\n### Rochdale Youth Justice Partnership Board\n\n"
            "- Chair: Director of Children's Services\n- Reports to: Safer Rochdale Partnership\n")
    doc = read(text)
    assert ("Idris Faulkner", "Safer Rochdale Partnership") in of(doc, "chairs")
    assert ("Rochdale Youth Justice Partnership Board", "Safer Rochdale Partnership") in of(doc, "reports_to")
    assert ("Safer Rochdale Partnership", "Rochdale Health and Wellbeing Board") in of(doc, "reports_to")


def test_one_body_heading_its_own_fields_is_no_directory() -> None:
    # the paper's own body above its own fields: a report author still holds the post the field gives
    text = ("Safer Oldham Partnership\nReport author: Ravi Chaudry-Penn, Head of Community Safety\n"
            "Chair: Councillor Edna Marlow\n\n1. Purpose\nThis report updates the Partnership.\n")
    doc = read(text)
    assert any(s == "Ravi Chaudry-Penn" for s, _ in of(doc, "holds_post"))


def test_an_outside_bodies_table_seats_each_row_s_people_on_its_body() -> None:
    text = ("Bury Council\nAppointments to Outside Bodies 2024/25\n\n| Outside body | Councillors appointed |\n"
            "|---|---|\n| Bury Community Safety Partnership | Councillor Yusuf Delacroix |\n"
            "| Bury Safeguarding Children Partnership | Councillors Odette Brannigan and Ira Pemberton |\n")
    members = of(read(text), "member_of")
    assert ("Yusuf Delacroix", "Bury Community Safety Partnership") in members
    assert ("Ira Pemberton", "Bury Safeguarding Children Partnership") in members
    assert ("Odette Brannigan", "Bury Safeguarding Children Partnership") in members
    # a partner table ("Organisation | Representative") is not a register of bodies: no row is a body to sit on
    text = ("| Organisation | Representative |\n|---|---|\n| Bury Council | Councillor Yusuf Delacroix |\n")
    assert not any(r == "register:appointee" for r in (f.rule for f in read(text).facts))
