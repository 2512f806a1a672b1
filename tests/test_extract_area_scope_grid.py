"""A grid of a body's area said by the reach of its work: "works for the whole county", "is overseen for the whole
county by the X Partnership", "co-ordinates that work across the borough", "Its area is the whole of the borough",
"its footprint is the X Council area", "the statutory board for the London Borough of X", "across the X Police
force area". The body, named for a place, covers that place; the word for the area ("the county") must be the
kind of place the name carries ("the county" is no borough's), and a place the sentence names must be the name's.

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the
preposition and the verb (for, across, throughout; works, operates, co-ordinates, is overseen), the area word
(borough, district, county, city), the body named before or after the phrase or by "Its", the place written out
("the London Borough of X", "the X Council area", "the X Police force area"), and the sentences whose body names
no place, names another kind of place, is a council or a force, or whose named area is another's. Run the module
as a script for the grid's score: `python tests/test_extract_area_scope_grid.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from extract_helpers import print_case_scores, read


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str]]  # (body, place) of every covers_area fact stated


def case(name: str, text: str, *facts: tuple[str, str]) -> Case:
    return Case(name, text, frozenset(facts))


CASES = [
    case("works-for-whole-county",
         "Kent County Council: Scrutiny Committee\n\nMembers noted the work of the Kent Community Safety "
         "Partnership, which works for the whole county.\n",
         ("Kent Community Safety Partnership", "Kent")),
    case("overseen-for-whole-county-by",
         "Boston Borough Council: report\n\nDomestic abuse is overseen for the whole county by the Lincolnshire "
         "Domestic Abuse Partnership.\n",
         ("Lincolnshire Domestic Abuse Partnership", "Lincolnshire")),
    case("coordinates-across-the-borough",
         "Wyre Council: Prevent update\n\nThe Wyre Prevent Partnership Board will co-ordinate that work across the "
         "borough.\n",
         ("Wyre Prevent Partnership Board", "Wyre")),
    case("its-area-whole-of-borough",
         "Pendle Borough Council\n\nThe Pendle Community Safety Partnership was set up in 1998. Its area is the "
         "whole of the borough, including Colne and the rural wards.\n",
         ("Pendle Community Safety Partnership", "Pendle")),
    case("footprint-council-area",
         "Central Bedfordshire Council: Executive\n\nThe Central Bedfordshire Combating Drugs Partnership was set "
         "up in 2022; its footprint is the Central Bedfordshire Council area.\n",
         ("Central Bedfordshire Combating Drugs Partnership", "Central Bedfordshire")),
    case("statutory-board-for-london-borough",
         "London Borough of Bexley: Adult Social Care report\n\nThe Bexley Safeguarding Adults Board is the "
         "statutory board for the London Borough of Bexley.\n",
         ("Bexley Safeguarding Adults Board", "Bexley")),
    case("across-force-area",
         "Warwick District Council\n\nThe Partnership reports to the Warwickshire Safer Communities Board, which "
         "co-ordinates community safety across the Warwickshire Police force area.\n",
         ("Warwickshire Safer Communities Board", "Warwickshire")),
    case("role-for-whole-county",
         "Mid Sussex District Council\n\nIn West Sussex the West Sussex Youth Justice Service carries out that role "
         "for the whole county.\n",
         ("West Sussex Youth Justice Service", "West Sussex")),
    case("operates-throughout-district",
         "Breckland Council: Overview and Scrutiny\n\nThe Breckland Community Safety Hub operates throughout the "
         "district.\n",
         ("Breckland Community Safety Hub", "Breckland")),
    case("serves-the-whole-city",
         "Exeter City Council\n\nThe Exeter Community Safety Partnership works for the whole city and meets "
         "quarterly.\n",
         ("Exeter Community Safety Partnership", "Exeter")),
    case("their-area-whole-county",
         "Suffolk County Council\n\nThe Suffolk Safer Communities Board was formed in 2019. Its area is the whole "
         "county.\n",
         ("Suffolk Safer Communities Board", "Suffolk")),
    case("footprint-is-the-borough",
         "Wigan Council report\n\nThe Wigan Domestic Abuse Partnership Board meets bi-monthly; its footprint is "
         "the borough.\n",
         ("Wigan Domestic Abuse Partnership Board", "Wigan")),
    case("statutory-partnership-for-borough-of",
         "Royal Borough of Greenwich\n\nThe Greenwich Safeguarding Adults Board is the statutory board for the "
         "Royal Borough of Greenwich.\n",
         ("Greenwich Safeguarding Adults Board", "Greenwich")),
    case("across-the-county-coordinates",
         "Cumbria County Council\n\nThe Cumbria Prevent Board co-ordinates Prevent work across the county.\n",
         ("Cumbria Prevent Board", "Cumbria")),
    case("across-the-whole-borough-delivers",
         "Tameside Metropolitan Borough Council\n\nThe Tameside Serious Violence Group leads the work across the "
         "whole borough.\n",
         ("Tameside Serious Violence Group", "Tameside")),
    # no body named for the place, another kind of place, a council or a force, or another area named
    case("council-across-borough",
         "Rugby Borough Council\n\nRugby Borough Council will roll out the scheme across the borough.\n"),
    case("police-across-county",
         "Devon County Council\n\nDevon and Cornwall Police run the campaign across the county.\n"),
    case("district-body-county-word",
         "Boston Borough Council\n\nThe Boston Community Safety Partnership shares data with partners across the "
         "county.\n"),
    case("generic-name-paper-area",
         "Harlow Council\n\nThe Community Safety Partnership works for the whole district.\n",
         ("Harlow Community Safety Partnership", "Harlow")),
    case("two-bodies-one-area",
         "Rother District Council\n\nThe Rother Community Safety Partnership and the Rother Youth Forum work "
         "across the district.\n"),
    case("joint-area-name",
         "Warrington Borough Council\n\nThe Cheshire and Warrington Violence Reduction Partnership co-ordinates "
         "the response across the county.\n"),
    case("force-area-of-another-place",
         "Rugby Borough Council\n\nThe Rugby Community Safety Partnership shares analysts across the Warwickshire "
         "Police force area.\n"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "covers_area"}
    found = {s for s in c.facts if s in got}
    false = got - c.facts
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_area_scope_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
