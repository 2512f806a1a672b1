"""loaders/extract/appositions.py: "Name, Post, from Organisation" and "Name, Post at the Organisation" give the
organisation the person works for, as "Name, Post, Organisation" does. Texts written for the test."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Minutes of the Safer Halton Partnership meeting held on 2 March 2023\n\nPresent: Cllr Tara Quayle (Chair)\n\n"


@pytest.mark.parametrize(
    "sentence, organisation",
    [
        ("Lowri Jenkins, Head of Neighbourhood Services, from Halton Borough Council, will take the chair.",
         "Halton Borough Council"),
        ("Lowri Jenkins, Head of Tenancy Services at the Halton Housing Trust, spoke about evictions.",
         "Halton Housing Trust"),
        ("Lowri Jenkins, Chief Executive at Riverside Homes, said the plan was agreed.", "Riverside Homes"),
        ("Lowri Jenkins, Partnership Manager - Cheshire Constabulary, gave an update.", "Cheshire Constabulary"),
    ],
)
def test_the_organisation_after_a_post(sentence: str, organisation: str) -> None:
    assert ("Lowri Jenkins", organisation) in of(read(HEAD + "1. Update\n" + sentence + "\n"), "member_of")


def test_a_post_then_a_body_it_speaks_of_is_not_an_employer() -> None:
    doc = read(HEAD + "1. Update\nLowri Jenkins, Head of Service, reported to the Halton Scrutiny Committee.\n")
    assert ("Lowri Jenkins", "Halton Scrutiny Committee") not in of(doc, "member_of")
