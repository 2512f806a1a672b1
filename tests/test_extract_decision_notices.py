"""Decision notices: the decision maker and the report's author produce the notice, named by its kind and number.
Texts written for the tests; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_decision_maker_and_author_produce_the_notice() -> None:
    doc = read("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CUMBRIA\n\nDECISION NOTICE\n\n"
               "Decision number:\tOPCC-C 2024/112\n"
               "Title:\tCommunity safety grants 2024/25\n"
               "Decision maker:\tPolice and Crime Commissioner for Cumbria\n"
               "Report author:\tDelia Marchbank, Partnerships Manager\n"
               "Date of decision:\t3 June 2024\n\n1. PURPOSE\n1.1 This notice records the grants.\n")
    made = of(doc, "produces")
    assert ("Delia Marchbank", "Decision Notice OPCC-C 2024/112") in made
    assert any(s.endswith("Police and Crime Commissioner") or "Cumbria" in s for s, o in made
               if o == "Decision Notice OPCC-C 2024/112")


def test_number_after_the_heading_and_a_record() -> None:
    doc = read("Office of the Gwent Police and Crime Commissioner\n\nDECISION RECORD: 031/2024\n\n"
               "Title:\tYouth diversion awards\nReport by:\tOwen Tregaron, Commissioning Officer\n\n"
               "1. Summary\n1.1 Awards are set out below.\n")
    assert ("Owen Tregaron", "Decision Record 031/2024") in of(doc, "produces")


def test_a_notice_without_a_number_is_left() -> None:
    doc = read("Office of the Gwent Police and Crime Commissioner\n\nDECISION NOTICE\n\n"
               "Title:\tYouth diversion awards\nReport by:\tOwen Tregaron, Commissioning Officer\n\n"
               "1. Summary\n1.1 Awards are set out below.\n")
    assert not [f for f in doc.facts if f.rule.startswith("decision:")]
