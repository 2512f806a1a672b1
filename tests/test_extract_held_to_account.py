"""Who holds whom to account: the one named before "holds X to account" holds, whatever it holds X to account
through; with nobody named before, the body after "through" does. Texts written for the tests."""

from __future__ import annotations

from extract_helpers import of, read


def test_the_holder_named_first_holds_through_a_board() -> None:
    doc = read("Kingsmead Youth Justice Management Board\nMinutes\n\n7.2 The Safer Kingsmead Partnership holds the "
               "Youth Offending Service to account through the quarterly Performance\nSub-group, which it chairs.\n")
    assert ("Safer Kingsmead Partnership", "Youth Offending Service") in {
        (s, o.removeprefix("Kingsmead ")) for s, o in of(doc, "oversees")}
    assert not any(s.endswith("Sub-group") for s, _ in of(doc, "oversees"))


def test_with_no_holder_named_the_body_after_through_holds() -> None:
    doc = read("Dyfed-Powys Police and Crime Panel\nAnnual Report\n\nThere is a direct role in holding the "
               "Dyfed-Powys Police and Crime Commissioner to account through the Police and Crime Panel.\n")
    assert {o for _, o in of(doc, "oversees")} == {"Dyfed-Powys Police and Crime Commissioner"}
