"""A share of a grant named by its giver ("Of the GMCA grant, £60,000 was passed to Y") is paid by the body that
received the grant, not by the giver named in the opening."""

from __future__ import annotations

from extract_helpers import of, read


def test_an_annual_report_passes_on_a_share_after_a_list_of_income() -> None:
    doc = read("Safer Bolton Partnership annual report 2023/24\n\nFunding\n\nIn 2023/24 the Partnership received:\n\n"
               "  - £210,000 from the Greater Manchester Combined Authority (GMCA) community safety grant, for local "
               "priorities;\n  - £30,000 from Bolton Council towards domestic homicide reviews.\n\n"
               "Of the GMCA grant, £45,000 was passed to Fortalice Refuge Trust for refuge support.\n")
    funds = of(doc, "funds")
    assert ("Safer Bolton Partnership", "Fortalice Refuge Trust") in funds, funds
    assert ("Greater Manchester Combined Authority", "Fortalice Refuge Trust") not in funds, funds


def test_a_committee_report_names_the_giver_with_a_possessive() -> None:
    doc = read("Report to the Communities Scrutiny Committee\n\nGrant funding 2024/25\n\n"
               "The Home Office awarded Torbay Council £90,000 for the Safer Streets scheme.\n\n"
               "Of the Home Office's grant, £20,000 was allocated to Torbay Street Pastors for night-time patrols.\n")
    funds = of(doc, "funds")
    assert ("Torbay Council", "Torbay Street Pastors") in funds, funds
    assert ("Home Office", "Torbay Street Pastors") not in funds, funds


def test_no_earlier_grant_from_the_giver_leaves_the_share_to_the_usual_reading() -> None:
    doc = read("Community safety update\n\nOf the Lottery grant, £12,000 was passed to Ryedale Youth Trust.\n")
    assert not any(who == "Ryedale Youth Trust" for who, _ in of(doc, "funds")), of(doc, "funds")
