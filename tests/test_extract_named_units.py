"""A unit named with its organisation's full name before it ("the Eastleigh Borough Council Community Safety
Team", "the Kent Police Analysis Unit") or after that organisation's possessive, the organisation named in full
("Wigan Council's Research and Intelligence Unit"), is part of that organisation. "The Council's team", named in
passing, is left.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.extract.owned import unit_owner


@pytest.mark.parametrize("text, unit, owner", [
    # terms of reference: the secretariat
    ("Secretariat support is provided by the Eastleigh Borough Council Community Safety Team.\n",
     "Eastleigh Borough Council Community Safety Team", "Eastleigh Borough Council"),
    # a cabinet report: who wrote the assessment
    ("The strategic assessment was produced by the Kent Police Analysis Unit with partners.\n",
     "Kent Police Analysis Unit", "Kent Police"),
    # minutes: an officer's unit, the council written with its possessive
    ("An update was given on the data Wigan Council's Research and Intelligence Unit now shares.\n",
     "Wigan Council Research and Intelligence Unit", "Wigan Council"),
])
def test_a_unit_named_with_its_organisation(text: str, unit: str, owner: str) -> None:
    assert (unit, owner) in of(read(text), "part_of")


def test_the_unit_needs_words_of_its_own() -> None:
    # "Wigan Council Team" has too few words after the owner to be a unit's name
    assert unit_owner("Wigan Council Team") is None
    assert unit_owner("Wigan Council Community Safety Team") == ("Wigan Council", 2)


def test_an_unknown_organisation_owns_nothing() -> None:
    # only a public body the gazetteer knows opens a unit's name
    assert unit_owner("Northvale Harbour Services Community Safety Team") is None


def test_the_council_s_team_in_passing_is_left() -> None:
    assert not of(read("The report was written by the Council's Community Safety Team.\n"), "part_of")
