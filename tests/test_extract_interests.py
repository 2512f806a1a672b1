"""loaders/extract/interests.py: a declaration of interest "as a member of" (a representative on) a body says the
declarer belongs to it; one made as a trustee or governor of it does not. Texts written for the test in several
councils' styles, people invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = ("Minutes of the Communities Scrutiny Committee held on 4 June 2024\n\nPresent: Cllr Hywel Prosser (Chair)\n\n"
        "1. Declarations of Interest\n")


def members(sentence: str) -> set[tuple[str, str]]:
    return of(read(HEAD + sentence + "\n"), "member_of")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a Welsh county's minute, two councillors under one plural title
        ("County Councillors G Rhys and T Bowen declared an interest in the item, as they are the County Council's "
         "representatives on the Dyfed-Powys Police and Crime Panel.",
         {("G Rhys", "Dyfed-Powys Police and Crime Panel"), ("T Bowen", "Dyfed-Powys Police and Crime Panel")}),
        # an English district's minute
        ("Councillor Mabel Ostrow declared a personal interest in item 5 as a member of the Safer Rushmoor "
         "Partnership.", {("Mabel Ostrow", "Safer Rushmoor Partnership")}),
        # a charity named without a head noun, the declarers its members
        ("Cllr Pippa Lake and Cllr Noor Haddad declared non-pecuniary interests as members of Reading Women's Aid.",
         {("Pippa Lake", "Reading Women's Aid"), ("Noor Haddad", "Reading Women's Aid")}),
    ],
)
def test_a_declared_interest_as_a_member_gives_the_membership(sentence: str, expected: set) -> None:
    assert expected <= members(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Pippa Lake declared an interest as a relative of Wendell Oakes.",
        "Cllr Pippa Lake declared an interest in item 6 as a member of Wendell Oakes's family.",
        "No interests were declared. The Committee agreed to act as a member of the regional network.",
        # those who run a charity, a school or a company: a role in it, not a seat (three councils' styles)
        "Cllr Pippa Lake and Cllr Noor Haddad declared non-pecuniary interests as trustees of Reading Women's Aid.",
        "Councillor Mabel Ostrow declared a personal interest in item 4, as she is a governor of Elmfield Academy.",
        "County Councillor G Rhys declared a prejudicial interest as a director of Teifi Valley Housing Ltd and "
        "left the room.",
    ],
)
def test_other_interests_say_no_membership(sentence: str) -> None:
    assert {p for p, _ in members(sentence)} <= {"Hywel Prosser"}
