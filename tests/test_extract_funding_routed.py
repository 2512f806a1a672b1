"""loaders/extract/funding.py: money routed through an intermediary. A grant "routed through", "paid via",
"received by" or that "passes through" a body is that body's gift from the grant's owner; "£N from X via Y" with no
receiver named lands with the paper's own partnership, and Y funds what the sentence names even when that is a
programme. Sentences written for these tests in several councils' styles (none copied from a corpus)."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import read


def funds(text: str) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.name, f.object.name, f.amount) for f in read(text).facts if f.relation == "funds"}


# -- the owner of money routed through a body funds that body


def test_welsh_board_minutes_monies_routed_through_the_planning_board() -> None:
    got = funds("Powys County Council\nScrutiny Committee minutes\n\n4. Substance misuse\n"
                "Members were told that Welsh Government Substance Misuse Action Fund monies are routed through "
                "the Dyfed Powys Area Planning Board each year.\n")
    assert ("Welsh Government", "Dyfed Powys Area Planning Board", None) in got, got


def test_a_report_funding_from_a_government_passes_through_the_board() -> None:
    got = funds("Ceredigion County Council\nCabinet report\n\n3. Background\n"
                "3.2 Treatment funding from the Welsh Government passes through the Dyfed Powys Area Planning "
                "Board.\n")
    assert ("Welsh Government", "Dyfed Powys Area Planning Board", None) in got, got


def test_a_decision_funding_received_by_the_authority_and_passed_through_the_unit() -> None:
    got = funds("West Midlands Combined Authority\nDecision notice\n\n2. The youth violence allocation is Home "
                "Office funding received by the West Midlands Combined Authority and passed through the West "
                "Midlands Violence Reduction Unit.\n")
    assert ("Home Office", "West Midlands Combined Authority", None) in got, got
    assert ("Home Office", "West Midlands Violence Reduction Unit", None) in got, got


def test_a_news_page_a_possessive_grant_paid_via_the_unit() -> None:
    got = funds("Wokingham Community Safety Partnership\nNews\n\n"
                "£30,000 from the Home Office's Serious Violence Duty grant, paid via the Thames Valley Violence "
                "Reduction Unit, will go towards mentoring in two schools.\n")
    assert ("Home Office", "Thames Valley Violence Reduction Unit", None) in got, got


def test_what_passes_through_a_body_must_be_money() -> None:
    got = funds("Ceredigion County Council\nCabinet report\n\n"
                "3.2 The draft plan from the Welsh Government passes through the Dyfed Powys Area Planning Board.\n")
    assert not got, got


def test_a_grant_whose_owner_is_another_name_after_the_noun_is_not_read() -> None:
    # two bodies between the noun and its verb: whose money it is is unclear, so nothing is read
    got = funds("Ceredigion County Council\nCabinet report\n\n3.2 Funding from the Welsh Government and the "
                "Home Office passes through the Dyfed Powys Area Planning Board.\n")
    assert not any(receiver == "Dyfed Powys Area Planning Board" for _, receiver, _ in got), got


# -- "£N from X via Y": Y funds the receiver, and with no receiver named the paper's partnership gets it


def test_a_partnership_news_item_no_receiver_named_gives_to_the_partnership() -> None:
    got = funds("Wokingham Community Safety Partnership\nNews\n\n"
                "£30,000 from the Home Office's Serious Violence Duty grant, paid via the Thames Valley Violence "
                "Reduction Unit, will go towards mentoring in two schools.\n")
    assert ("Home Office", "Wokingham Community Safety Partnership", Decimal(30000)) in got, got
    assert ("Thames Valley Violence Reduction Unit", "Wokingham Community Safety Partnership", None) in got, got


def test_a_council_paper_no_receiver_named_gives_nothing() -> None:
    # a council's paper is no sign which of its bodies gets the money: nothing is guessed
    got = funds("Reading Borough Council\nCabinet report\n\n"
                "£30,000 from the Home Office's Serious Violence Duty grant, paid via the Thames Valley Violence "
                "Reduction Unit, will go towards mentoring in two schools.\n")
    assert not any(amount == Decimal(30000) for _, _, amount in got), got


def test_a_partnership_plan_list_money_through_the_unit_for_a_programme() -> None:
    got = funds("Safer Plymouth Partnership\nAnnual plan\n\nFunding for 2025/26\n\n"
                "  - £210,000 from the Home Office through the Devon and Cornwall Violence Reduction Unit for the "
                "Plymouth Youth Mentoring programme;\n"
                "  - £90,000 from Plymouth City Council for the Plymouth night-time safety team.\n")
    assert ("Home Office", "Plymouth Youth Mentoring programme", Decimal(210000)) in got, got
    assert ("Devon and Cornwall Violence Reduction Unit", "Plymouth Youth Mentoring programme", None) in got, got


# -- "X gives £N towards Z through the Y": with the giver before the sum, the route body gets the money


def test_a_web_page_a_commissioner_contributes_through_the_partnership() -> None:
    got = funds("Safer West Sussex Partnership\nPrevent\n\nThe Sussex Police and Crime Commissioner also gives "
                "£12,000 towards hate crime awareness for faith groups through the Safer West Sussex "
                "Partnership.\n")
    assert ("Sussex Police and Crime Commissioner", "Safer West Sussex Partnership", Decimal(12000)) in got, got


def test_minutes_a_council_puts_in_a_sum_for_patrols_through_the_partnership() -> None:
    got = funds("Dorset Council\nPlace Scrutiny Committee minutes\n\n6. Community safety\n"
                "Members noted that Dorset Council has provided £40,000 for summer beach patrols through the Dorset "
                "Community Safety Partnership.\n")
    assert ("Dorset Council", "Dorset Community Safety Partnership", Decimal(40000)) in got, got


def test_a_receiver_named_after_to_is_not_replaced_by_the_route() -> None:
    got = funds("Dorset Council\nPlace Scrutiny Committee minutes\n\n"
                "Members noted that Dorset Council has provided £40,000 to the Weymouth Street Pastors through the "
                "Dorset Community Safety Partnership.\n")
    assert not any(receiver == "Dorset Community Safety Partnership" and amount == Decimal(40000)
                   for _, receiver, amount in got), got
