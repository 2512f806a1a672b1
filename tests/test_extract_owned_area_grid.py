"""A grid of the owned-area forms of covers_area: a body described as its area's own ("Safer Norfolk Board, the
county's strategic partnership", "the Board is the city's local delivery partnership", "... as the borough's
statutory community safety partnership") or said to bring together its area's partners ("brings together the
responsible authorities for the borough", "brings the responsible authorities of Bolton together"). The body covers
the area its own name carries (or the place the sentence names).

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the area
word (county, borough, city, district, county borough, island), the describing noun (partnership, body, board,
forum), its qualifiers, an apposition, a bracket or a predicate, the partners' noun, the place named or only the
area word, and the bodies that cover nothing said so (a council, a body whose name carries no place). Run the
module as a script for the grid's score: `python tests/test_extract_owned_area_grid.py`.
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
    facts: frozenset[tuple[str, str]]  # (body, place) of every covers_area fact the paper states


def case(name: str, text: str, *facts: tuple[str, str]) -> Case:
    return Case(name, text, frozenset(facts))


CASES = [
    case("apposition-county-strategic-partnership",
         "Breckland Council: community safety update\n\n"
         "The district reports each quarter to the Safer Norfolk Board, the county's strategic partnership, on "
         "serious violence.\n",
         ("Safer Norfolk Board", "Norfolk")),
    case("apposition-county-strategic-body",
         "Eden report\n\n"
         "We work closely with the Safer Cumbria Partnership, the county's strategic community safety body, on "
         "county lines.\n",
         ("Safer Cumbria Partnership", "Cumbria")),
    case("predicate-city-local-delivery-partnership",
         "Safer Derby Partnership Board\n\nMinutes of 4 March 2025\n\n"
         "3. Role of the Board\n\n"
         "Members agreed that the Safer Derby Partnership Board is the city's local delivery partnership for the "
         "Police and Crime Plan.\n",
         ("Safer Derby Partnership Board", "Derby")),
    case("bracket-district-csp",
         "Mansfield District Council\n\nCabinet report\n\n"
         "The grant is paid to the Mansfield Community Safety Partnership (the district's statutory community "
         "safety partnership) each April.\n",
         ("Mansfield Community Safety Partnership", "Mansfield")),
    case("brings-together-as-the-boroughs",
         "Safer Rochdale Partnership\nTerms of Reference\n\n"
         "1.1 The Safer Rochdale Partnership brings the responsible authorities of Rochdale together as the "
         "borough's statutory community safety partnership.\n",
         ("Safer Rochdale Partnership", "Rochdale")),
    case("county-lead-body-for-community-safety",
         "Wiltshire Council\n\nReport to the Overview and Scrutiny Management Committee\n\n"
         "2.1 Community Safety Wiltshire, the county's lead body for community safety, meets four times a year.\n",
         ("Community Safety Wiltshire", "Wiltshire")),
    case("island-strategic-partnership",
         "Isle of Wight Council\n\nCorporate Scrutiny Committee\n\n"
         "4. The Safer Isle of Wight Partnership, the island's strategic partnership for community safety, "
         "presented its annual report.\n",
         ("Safer Isle of Wight Partnership", "Isle of Wight")),
    case("county-borough-community-safety-partnership",
         "Bridgend County Borough Council\n\nCabinet\n\n"
         "Safer Bridgend, the county borough's community safety partnership, will receive the grant.\n",
         ("Safer Bridgend", "Bridgend")),
    case("overarching-strategic-partnership",
         "Dorset Council\n\nPeople and Health Scrutiny Committee\n\n"
         "The Safer Dorset Board, the county's overarching strategic partnership for community safety, reports to "
         "the Health and Wellbeing Board.\n",
         ("Safer Dorset Board", "Dorset")),
    case("is-the-boroughs-partnership-board",
         "Solihull Metropolitan Borough Council\n\n"
         "The Safer Solihull Partnership is the borough's partnership board for community safety and meets "
         "quarterly.\n",
         ("Safer Solihull Partnership", "Solihull")),
    case("brings-together-for-the-borough",
         "Swindon Borough Council\n\nCabinet report\n\n"
         "The Swindon Community Safety Partnership brings together the responsible authorities for the borough "
         "and meets every two months.\n",
         ("Swindon Community Safety Partnership", "Swindon")),
    case("brings-together-in-named-place",
         "Bolton report\n\n"
         "Safer Bolton Partnership brings together the responsible authorities in Bolton to reduce crime and "
         "disorder.\n",
         ("Safer Bolton Partnership", "Bolton")),
    case("brings-together-statutory-partners-across",
         "Oldham Council\n\n"
         "The Safer Oldham Partnership brings together the statutory partners across Oldham and the voluntary "
         "sector.\n",
         ("Safer Oldham Partnership", "Oldham")),
    case("brings-together-agencies-of-the-district",
         "Torridge District Council\n\n"
         "2.2 The Torridge Community Safety Partnership brings together the agencies of the district that share a "
         "duty to reduce crime.\n",
         ("Torridge Community Safety Partnership", "Torridge")),
    case("brings-partner-agencies-of-place-together",
         "Halton Borough Council\n\n"
         "The Safer Halton Partnership brings the partner agencies of Halton together every quarter.\n",
         ("Safer Halton Partnership", "Halton")),
    case("is-the-towns-forum",
         "Luton Borough Council\n\n"
         "The Luton Community Safety Partnership is the town's statutory forum for tackling crime.\n",
         ("Luton Community Safety Partnership", "Luton")),
    case("apposition-after-acronym",
         "Gateshead Council\n\n"
         "The Safer Gateshead Partnership (SGP), the borough's community safety partnership, agreed the plan.\n",
         ("Safer Gateshead Partnership", "Gateshead")),
    # bodies said to be no area's own, or whose name carries no place: nothing
    case("council-brings-together",
         "Slough Borough Council\n\n"
         "Slough Borough Council brings together the responsible authorities for the borough each year.\n"),
    case("group-without-place",
         "Thurrock Council\n\n"
         "The Joint Action Group, the borough's problem-solving group, meets monthly.\n"),
    case("councils-partnership-not-area",
         "Medway Council\n\n"
         "The Safer Medway Partnership, the Council's main partnership for community safety, met in June.\n"),
    case("brings-together-people-not-authorities",
         "Barnsley Council\n\n"
         "The Safer Barnsley Partnership brings together residents and businesses at its annual conference.\n"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "covers_area"}
    return len(c.facts & got), c.facts - got, got - c.facts


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_owned_area_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
