"""attendance: the items of a councillor's portfolio, joined to the post by commas or "and" in one cell, are no
organisation the councillor belongs to (s15-rules). Lines written for the test in several councils' layouts; the
people are invented."""
from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Northby Community Safety Partnership\nRecord of the Partnership's March meeting, 3 March 2025\n\nPresent:\n"


@pytest.mark.parametrize("line, person", [
    # tab-separated attendance: the portfolio's items after the post, the second joined by "and"
    ("Cllr Ada Brannagh\tExecutive Member, Towns, Parks and Neighbourhoods (Chair)\n", "Ada Brannagh"),
    # a post "for" two fields, the second joined by "and"
    ("Cllr Rob Vance\tCabinet Member for Education and Welsh Language (observer)\n", "Rob Vance"),
    # a workshop note's spaced columns, the first item read with the post
    ("  Cllr Mia Dorr        Executive Member, Adults, Leisure and Population Health\n", "Mia Dorr"),
    # a pipe table (a guard only: this case passes on main as well)
    ("| Cllr Tom Pryor | Portfolio Holder for Housing and Rural Affairs |\n", "Tom Pryor"),
])
def test_a_portfolio_item_is_no_organisation(line: str, person: str) -> None:
    assert not {o for s, o in of(read(HEAD + line), "member_of") if s == person}


def test_the_organisation_in_its_own_cell_is_still_read() -> None:
    text = HEAD + "Jo Hale\tHead of Service, Northby and Eastby\tProbation Service\n"
    assert ("Jo Hale", "Probation Service") in of(read(text), "member_of")
