"""loaders/extract/owned.py command_units: a police Basic Command Unit is part_of its force, whichever way the paper
writes the force (a possessive, an acronym before the unit, "of the ...", a bracket in an attendance line) or, when
the unit's sentence names no force, the one force the paper names. Texts written for the test in several councils'
styles; the people are invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "London Borough of Lewisham\nSafer Lewisham Partnership Board\n\n"


@pytest.mark.parametrize(
    "text, unit",
    [
        # a scrutiny review's thanks: the force's possessive before the unit
        ("We thank Detective Superintendent Ola Brenner, who leads the Met's Central East Basic Command Unit, for "
         "her evidence.\n", "Central East Basic Command Unit"),
        # a partnership page: the unit, then "of the" force
        ("The partnership is co-chaired by the Borough Commander for the South East Basic Command Unit of the "
         "Metropolitan Police Service.\n", "South East Basic Command Unit"),
        # minutes: the force's acronym written as one name with the unit
        ("3.1 The MPS South East BCU holds the MARAC chair from April.\n", "South East Basic Command Unit"),
        # an attendance line: the force, then the unit in brackets
        ("Present:\nInspector Tam Orley, Metropolitan Police Service (North West BCU)\nCllr Ada Fenn (Chair)\n",
         "North West Basic Command Unit"),
    ],
)
def test_a_command_unit_is_part_of_the_force_written_with_it(text: str, unit: str) -> None:
    found = of(read(HEAD + text), "part_of")
    assert (unit, "Metropolitan Police Service") in found


def test_a_force_outside_london_owns_its_unit_by_its_place() -> None:
    text = ("Cardiff Community Safety Partnership\n\nThe vice-chair is Superintendent Gwil Parry of South Wales "
            "Police, who commands the Cardiff BCU.\n")
    assert ("Cardiff Basic Command Unit", "South Wales Police") in of(read(text), "part_of")


def test_the_unit_alone_takes_the_one_force_the_paper_names() -> None:
    text = HEAD + ("The Metropolitan Police Service is a statutory partner.\n\nSigned: Chief Superintendent Lu Marr, "
                   "Borough Commander, South East BCU\n")
    assert ("South East Basic Command Unit", "Metropolitan Police Service") in of(read(text), "part_of")


def test_two_forces_and_a_bare_unit_give_nothing() -> None:
    # a border paper: which force's unit the signature names is not said
    text = ("Eastmarch Community Safety Partnership\n\nKent Police and Essex Police both attend the partnership.\n\n"
            "Signed: Superintendent Lu Marr, North Area BCU\n")
    assert not any("Command Unit" in s for s, _ in of(read(text), "part_of"))


def test_a_word_that_is_no_area_makes_no_unit() -> None:
    # "Borough BCU" names no area: the word before the head is the commander's title
    text = HEAD + "The Metropolitan Police Service sent its Borough BCU lead.\n"
    assert not any("Command Unit" in s for s, _ in of(read(text), "part_of"))
