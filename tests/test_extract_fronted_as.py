"""Clauses: a sentence that opens with the conjunction "As" ("As the Board has X as a priority, ...")
keeps its subject; "as the" after a name still gives that name's role, not the subject."""

from __future__ import annotations

from extract_helpers import of, read


def _priorities(text: str) -> set[tuple[str, str]]:
    return of(read(text), "priority_of")


def test_an_opening_as_clause_keeps_its_subject() -> None:
    text = ("Safer Rugby Partnership Board\n\n"
            "As the Board has a priority of tackling domestic abuse, it will keep watch over the contract.\n")
    assert any(p.casefold() == "domestic abuse" for p, _ in _priorities(text))


def test_an_opening_as_clause_in_a_numbered_paragraph() -> None:
    text = ("Bassetlaw Community Safety Partnership\n\n"
            "4.2 As the Partnership has a priority of reducing anti-social behaviour, patrols will continue.\n")
    assert any("anti-social" in p.casefold() for p, _ in _priorities(text))


def test_as_the_after_a_name_is_still_a_role() -> None:
    text = ("Safer Rugby Partnership Board\n\n"
            "The Borough Council, as the lead authority, has a priority of tackling knife crime.\n")
    assert all("authority" not in s.casefold() for _, s in _priorities(text))
