""" "Its Strategic Board", "Its Executive", "its Steering Group": the body of that name owned by the body the sentence
(or, for a capital "Its", the sentence before) opens with, named after that owner; not the area's body of that name
("Eastvale Strategic Board") nor one the text never names."""

from __future__ import annotations

from extract_helpers import of, read


def test_report_brand_partnership_its_strategic_board() -> None:
    doc = read("Report to Cabinet\n\nSafer Tamworth: annual allocations\n\nBACKGROUND\n3.1 Safer Tamworth is the "
               "statutory partnership for the borough. Its Strategic Board is chaired by Chief Inspector Tom Hallam "
               "and meets every two months.\n")
    chairs = of(doc, "chairs")
    assert ("Tom Hallam", "Safer Tamworth Strategic Board") in chairs, chairs
    assert not any(body in ("Tamworth Strategic Board", "Strategic Board") for _, body in chairs), chairs


def test_annual_report_its_executive_in_a_clause() -> None:
    doc = read("Westmoor Community Safety Partnership annual report 2025\n\nThe Westmoor Community Safety Partnership "
               "meets four times a year. Its Executive, chaired by the Head of Neighbourhoods, Priya Lomax, meets "
               "monthly and manages the delivery groups.\n")
    chairs = of(doc, "chairs")
    assert any(who == "Priya Lomax" and body == "Westmoor Community Safety Partnership Executive"
               for who, body in chairs), chairs


def test_arrangements_lower_case_its_after_a_semicolon() -> None:
    doc = read("Safeguarding arrangements\n\n2. Structure\n\nThe Rugby Safeguarding Partnership covers children and "
               "adults; its Steering Group is chaired by Alan Greaves, the independent chair.\n")
    assert ("Alan Greaves", "Rugby Safeguarding Partnership Steering Group") in of(doc, "chairs"), of(doc, "chairs")
