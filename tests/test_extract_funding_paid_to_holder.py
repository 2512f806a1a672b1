"""A grant given to one body and paid to another on its behalf ("X has awarded the CSP £N, paid to the Council as
accountable body"): the body named before the sum receives it, and the one it is paid to is no receiver
(examples/CONVENTIONS.md C); the route after the comma never takes the receiver's place."""

from __future__ import annotations

from extract_helpers import read


def _funds(text: str) -> set[tuple[str, str, int | None]]:
    doc = read(text)
    return {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}


def test_a_cabinet_reports_grant_paid_to_the_council_for_the_partnership() -> None:
    funds = _funds("Safer Rother Partnership (SRP)\nRother District Council\nReport to Cabinet\n\n12. The Home Office "
                   "has awarded the SRP £41,000 for 2025/26, paid to the Council as accountable body.\n")
    assert ("Home Office", "Safer Rother Partnership", 41000) in funds, funds
    assert not any(got == "Rother District Council" for _, got, _ in funds), funds


def test_an_annual_reports_grant_that_was_paid_to_the_county_council() -> None:
    funds = _funds("Safer Wealden Partnership\nAnnual Report 2024/25\n\nFunding\n\nThe Police and Crime Commissioner "
                   "awarded the Safer Wealden Partnership £30,500 for youth diversion, which was paid to East Sussex "
                   "County Council.\n")
    assert not any(got == "East Sussex County Council" and amount for _, got, amount in funds), funds


def test_a_news_release_naming_the_holder_keeps_the_sum_with_the_partnership() -> None:
    funds = _funds("News release\n\n4 March 2025\n\nThe Kent Police and Crime Commissioner has awarded the Dartford "
                   "Community Safety Partnership £18,000, paid to Dartford Borough Council.\n")
    assert ("Kent Police and Crime Commissioner", "Dartford Community Safety Partnership", 18000) in funds, funds
    assert not any(got == "Dartford Borough Council" and amount for _, got, amount in funds), funds
