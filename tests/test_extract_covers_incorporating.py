"""A partnership 'incorporating' the districts named straight after it covers them."""

from __future__ import annotations

from extract_helpers import of, read


def test_two_partnerships_each_incorporating_their_districts() -> None:
    doc = read("In Kent there are two CSPs, with East Kent CSP incorporating Thanet and Dover, and West Kent CSP "
               "incorporating Sevenoaks, Maidstone and Tonbridge and Malling.\n")
    covers = of(doc, "covers_area")
    assert ("East Kent Community Safety Partnership", "Dover") in covers
    assert ("West Kent Community Safety Partnership", "Tonbridge and Malling") in covers
    assert ("East Kent Community Safety Partnership", "Sevenoaks") not in covers


def test_incorporating_something_other_than_a_place_covers_nothing() -> None:
    doc = read("The Safer Sefton Partnership is incorporating the views of young people into its new plan.\n"
               "The Board's strategy, incorporating the Prevent action plan, was agreed in May.\n")
    assert of(doc, "covers_area") == set()
