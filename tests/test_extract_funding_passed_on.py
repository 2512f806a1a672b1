"""loaders/extract/funding.py: money handed on. "X has passed to Y £N" gives like "allocated"; a grant "received by
X and passed to Y" is X's gift to Y ("passed through Y": Y is only the route, the grant's owner funds it); money "passed
to Y by Z" is Z's gift to Y. Sentences written for these tests in three councils' styles."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import read


def funds(text: str) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.name, f.object.name, f.amount) for f in read(text).facts if f.relation == "funds"}


def test_a_strategy_says_the_mayors_office_passed_the_borough_a_sum() -> None:
    got = funds("Haringey Council\nSerious Violence Strategy 2024-2027\n\n6. Resources\n"
                "6.1 MOPAC has passed to Haringey £120,500 of Home Office Serious Violence Duty funding for 2024/25.\n")
    assert any(giver == "Mayor's Office for Policing and Crime" and "Haringey" in receiver and
               amount == Decimal(120500) for giver, receiver, amount in got), got


def test_a_cabinet_report_a_grant_received_by_the_commissioner_and_passed_to_the_unit() -> None:
    got = funds("Southend-on-Sea City Council\nCabinet report\n\n8. The Home Office Serious Violence Duty grant is "
                "received by the Police, Fire and Crime Commissioner for Essex and passed to the Essex Violence and "
                "Vulnerability Unit, which funds local work.\n")
    assert any(giver == "Home Office" and "Commissioner" in receiver for giver, receiver, _ in got), got
    assert any("Commissioner" in giver and receiver == "Essex Violence and Vulnerability Unit"
               for giver, receiver, _ in got), got
    assert not any(giver == "Home Office" and receiver == "Essex Violence and Vulnerability Unit"
                   for giver, receiver, _ in got), got


def test_a_decision_a_grant_passed_through_a_unit_is_the_owners_gift_to_it() -> None:
    got = funds("Greater Manchester Combined Authority\nDecision notice\n\n2. The Home Office grant is received by "
                "the Greater Manchester Combined Authority and passed through the Greater Manchester Violence "
                "Reduction Unit.\n")
    assert ("Home Office", "Greater Manchester Violence Reduction Unit", None) in got, got


def test_board_minutes_money_passed_to_the_service_by_the_partnership() -> None:
    got = funds("Hammersmith and Fulham Youth Justice Management Board\nMinutes\n\n5. Finance\n"
                "The MOPAC money is passed to the Hammersmith and Fulham Youth Justice Service by the Safer "
                "Hammersmith and Fulham Partnership for diversion work.\n")
    assert ("Safer Hammersmith and Fulham Partnership", "Hammersmith and Fulham Youth Justice Service", None) in got
    assert ("Mayor's Office for Policing and Crime", "Hammersmith and Fulham Youth Justice Service", None) in got


def test_what_is_passed_by_a_body_must_be_money() -> None:
    got = funds("Hammersmith and Fulham Youth Justice Management Board\nMinutes\n\n"
                "The annual report is passed to the Safer Hammersmith and Fulham Partnership by the Board chair.\n")
    assert not got, got
