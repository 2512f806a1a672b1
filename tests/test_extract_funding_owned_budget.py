"""loaders/extract/funding.py: a budget, grant or fund written with its owner's possessive gives the sum
("the Council's Public Health grant contributes £N"), and money given to a body's named work goes to that work
("towards the Board's advocacy service"). Written for these tests in three councils' styles."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import read


def accountable(text: str) -> set[tuple[str, str]]:
    """(council, partnership) of every accountable body read from TEXT (CONVENTIONS.md C)."""
    return {(f.subject.name, f.object.name) for f in read(text).facts
            if f.relation == "other" and f.note == "accountable body"}


def funds(text: str) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.name, f.object.name, f.amount) for f in read(text).facts if f.relation == "funds"}


def test_a_cabinet_report_paragraph_the_councils_grant_gives() -> None:
    got = funds("Torfaen County Borough Council\nCabinet, 4 March 2025\n\n5. Financial implications\n"
                "5.2 The Council's Public Health grant contributes £41,500 towards the Violence Prevention "
                "Group's youth mentoring programme in 2025/26.\n")
    assert any(giver.startswith("Torfaen") and receiver == "youth mentoring programme" and amount == Decimal(41500)
               for giver, receiver, amount in got), got
    # the owner of the programme does not receive the money, nor does "Public Health" give it
    assert not any("Violence Prevention Group" in receiver for _, receiver, _ in got)


def test_a_commissioners_fund_in_a_partnership_annual_report() -> None:
    got = funds("Rutland Community Safety Partnership\nAnnual Report 2024/25\n\nFunding\n"
                "The Police and Crime Commissioner for Leicestershire awarded the Partnership £12,000. Alongside "
                "this, the Commissioner's Community Safety Fund provides £7,250 to the Rutland Street Pastors for "
                "night-time economy patrols.\n")
    assert any("Commissioner" in giver and receiver == "Rutland Street Pastors" and amount == Decimal(7250)
               for giver, receiver, amount in got), got


def test_a_web_page_bullet_the_councils_budget_gives_to_a_boards_service() -> None:
    got = funds("Lancaster City Council - Domestic abuse\n\nHow it is paid for\n"
                "- Lancaster City Council's housing budget also contributes £22,000 to the Domestic Abuse "
                "Board's sanctuary scheme.\n")
    assert ("Lancaster City Council", "sanctuary scheme", Decimal(22000)) in got, got


def test_a_fund_with_no_owner_named_gives_no_owner() -> None:
    got = funds("Torfaen County Borough Council\n\nThe Safer Streets Fund contributes £9,000 to the "
                "Torfaen Youth Forum.\n")
    assert not any(giver.startswith("Torfaen County") for giver, _, _ in got), got


def test_money_for_a_bodys_work_is_still_the_bodys() -> None:
    # "for the Group's programme" says what the money is for; the group receives it
    got = funds("Rutland County Council\n\nThe Council gave £5,000 for the Rutland Youth Forum's summer "
                "programme.\n")
    assert not any(receiver == "summer programme" for _, receiver, _ in got), got


def test_a_body_name_run_over_for_into_a_named_purpose_is_cut() -> None:
    got = funds("Torfaen County Borough Council\n\nThe Council contributes £6,000 to the Pontypool Youth Forum "
                "for Safer Nights patrols.\n")
    assert any(receiver.endswith("Pontypool Youth Forum") for _, receiver, _ in got), got


# -- the council that holds a partnership's grant (accountable, host or lead body)


def test_a_portfolio_decision_the_grant_is_paid_to_the_council_which_holds_it() -> None:
    text = ("Tendring District Council\nPortfolio Holder decision 2024/25\n\n"
            "1. The Essex Police, Fire and Crime Commissioner has awarded the Tendring Community Safety "
            "Partnership £52,000 for 2024/25. The grant is paid to the Council, which acts as accountable body "
            "for the partnership.\n")
    got = funds(text)
    assert any("Commissioner" in giver and receiver == "Tendring Community Safety Partnership" and
               amount == Decimal(52000) for giver, receiver, amount in got), got
    # the council it is paid to holds it: accountable body, not recipient (CONVENTIONS.md C)
    assert not any(receiver == "Tendring District Council" for _, receiver, _ in got), got
    assert ("Tendring District Council", "Tendring Community Safety Partnership") in accountable(text)


def test_a_commissioners_decision_names_the_councils_that_receive_on_behalf_of_partnerships() -> None:
    text = ("Police and Crime Commissioner for Lincolnshire\nDecision Record 2024/031\n\n"
            "Decision: to approve community safety grants for 2024/25.\n\n"
            "3.1 Boston Borough Council receives the Boston grant on behalf of the Boston Community Safety "
            "Partnership; West Lindsey District Council is the accountable body for the West Lindsey "
            "partnership grant.\n")
    got = funds(text)
    # the councils hold the grants (CONVENTIONS.md C): the partnership named is funded, its council is its
    # accountable body; "the West Lindsey partnership grant" names no body, so nothing is said of whose it is
    assert {(g, r) for g, r, _ in got} == {("Lincolnshire Police and Crime Commissioner",
                                            "Boston Community Safety Partnership")}, got
    # each council's clause is its own: the Boston partnership is not West Lindsey's
    assert accountable(text) == {("Boston Borough Council", "Boston Community Safety Partnership")}


def test_terms_of_reference_a_grant_held_by_the_lead_authority() -> None:
    text = ("Ceredigion Community Safety Partnership\nTerms of Reference\n\n7. Resources\n"
            "The Police and Crime Commissioner for Dyfed-Powys awards the Partnership £44,000 in 2024/25, held by "
            "Ceredigion County Council as the lead authority.\n")
    got = funds(text)
    # the grant awarded to the partnership is held by its lead authority (CONVENTIONS.md C)
    assert any("Commissioner" in giver and receiver == "Ceredigion Community Safety Partnership" and
               amount == Decimal(44000) for giver, receiver, amount in got), got
    assert not any(receiver == "Ceredigion County Council" for _, receiver, _ in got), got
    assert ("Ceredigion County Council", "Ceredigion Community Safety Partnership") in accountable(text)


def test_a_holder_with_no_giver_said_is_not_funded() -> None:
    got = funds("Tendring District Council\nCabinet\n\nColchester City Council is the accountable body for the "
                "Colchester CSP grant.\n")
    assert not any(receiver == "Colchester City Council" for _, receiver, _ in got), got


def test_only_a_council_holds_the_grant() -> None:
    got = funds("Tendring District Council\n\nThe Essex Police, Fire and Crime Commissioner has awarded the "
                "Tendring Community Safety Partnership £52,000. The grant is paid to Tendring Youth Trust as lead "
                "body for the detached youth work.\n")
    assert not any(receiver == "Tendring Youth Trust" for _, receiver, _ in got), got


def test_minutes_an_absolute_phrase_names_the_council_acting_as_accountable_body() -> None:
    text = ("Safer Doncaster Partnership Board\nMinutes of 9 May 2024\n\n4. Funding\n"
            "The Mayor of South Yorkshire has confirmed £91,000 for the Safer Doncaster Partnership in 2024/25, "
            "with City of Doncaster Council acting as accountable body.\n")
    got = funds(text)
    # (CONVENTIONS.md C) the partnership has the grant, the council named in the absolute phrase holds it
    assert ("Mayor of South Yorkshire", "Safer Doncaster Partnership", Decimal(91000)) in got, got
    assert not any("Council" in receiver for _, receiver, _ in got), got
    assert ("City of Doncaster Council", "Safer Doncaster Partnership") in accountable(text)


def test_panel_minutes_a_national_grant_paid_to_the_host_authority() -> None:
    text = ("Dorset Police and Crime Panel\nMinutes\n\n9. Panel budget\n"
            "The Panel is supported by a Home Office grant paid to Dorset Council as host authority.\n")
    got = funds(text)
    # the grant supports the panel; the council it is paid to hosts it (CONVENTIONS.md C)
    assert ("Home Office", "Dorset Police and Crime Panel", None) in got, got
    assert not any(receiver == "Dorset Council" for _, receiver, _ in got), got
    assert ("Dorset Council", "Dorset Police and Crime Panel") in accountable(text)
