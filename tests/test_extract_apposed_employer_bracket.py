"""A holder's bracket that gives the post and then the organisation ("Jo Lee (Chief Officer, <a charity>)") names
the organisation the holder works for, though no head noun ("Council", "Police") says it is a body: the bracket's
close ends the organisation's name as a line's end ends a roster entry. A council's service or a directorate in the
same place names no employer.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, person, organisation", [
    # minutes: who co-chaired, each with a bracket
    ("The group was co-chaired by Nell Ashby (Chief Officer, Kirklees Youth Alliance) and Insp Tom Grey (West "
     "Yorkshire Police).\n", "Nell Ashby", "Kirklees Youth Alliance"),
    # an attendance line in a paragraph, the sentence going on after the bracket
    ("Present: Cllr Rob Pike (Cabinet Member, Dorset Council), Ivy Marr (Service Lead, Dorset Rape Crisis "
     "Support), and officers.\n", "Ivy Marr", "Dorset Rape Crisis Support"),
    # a report's sentence: the bracket, then the verb
    ("Ola Fenn (Director, Cumbria Addiction Recovery Network) presented the annual figures.\n", "Ola Fenn",
     "Cumbria Addiction Recovery Network"),
])
def test_the_organisation_that_closes_the_bracket(text: str, person: str, organisation: str) -> None:
    assert (person, organisation) in of(read(text), "member_of")


@pytest.mark.parametrize("text, person", [
    # a directorate, not an organisation: it carries no place
    ("Ola Fenn (Head of Service, Adult Social Care) presented the figures.\n", "Ola Fenn"),
    # a service's name that carries no place, closing the bracket: a directorate, not an employer
    ("Cllr Sam Ode (Portfolio Holder, Safer Neighbourhoods) opened the meeting.\n", "Sam Ode"),
])
def test_no_employer_is_guessed(text: str, person: str) -> None:
    assert not {o for p, o in of(read(text), "member_of") if p == person}
