"""A fund's allocations confirmed by its giver ("X has confirmed the Y Fund (YF) allocations of £N for Z"): the fund
is what is given, never its receiver; the place or body after the sum receives."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_news_release_of_two_boroughs_allocations() -> None:
    doc = read("Joint working in Camden and Islington\n\n12 May 2025\n\nMOPAC has confirmed London Crime Prevention "
               "Fund (LCPF) allocations for 2025/26 of £286,400 for Camden and £164,900 for Islington.\n")
    funds = of(doc, "funds")
    assert not any(receiver.endswith("Fund") for _, receiver in funds), funds
    assert any("Camden" in receiver for _, receiver in funds), funds


def test_a_cabinet_report_with_a_grant_named_before_the_sum() -> None:
    doc = read("Report to Cabinet\n\nFunding\n\nThe Home Office has confirmed Safer Streets Fund allocations of "
               "£86,400 for Dartford.\n")
    funds = of(doc, "funds")
    assert ("Home Office", "Safer Streets Fund") not in funds, funds
    assert any(giver == "Home Office" and "Dartford" in receiver for giver, receiver in funds), funds


def test_a_body_given_a_sum_still_receives_it() -> None:
    doc = read("Safer Medway annual report\n\nFunding\n\nThe Police and Crime Commissioner awarded the Medway Youth "
               "Trust £30,000 for detached youth work.\n")
    assert any(receiver == "Medway Youth Trust" for _, receiver in of(doc, "funds")), of(doc, "funds")
