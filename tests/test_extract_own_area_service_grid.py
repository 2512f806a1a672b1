"""A grid of services named by the word for the paper's own area: "Y provides the borough's outreach service" in a
borough council's paper, "the district's money advice service" in a district's, "the city's", "the county's". The
service is its area's: the Burnley outreach service, not a "Borough's outreach service". A word that is not the
kind of the paper's council ("the county's service" in a district's paper) names another area, which the paper
does not say: the name is left as written.

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the word
(borough, district, city, county), the verb and its voice (provides, delivers, runs, operates, is delivered by),
the service's head (service, scheme, programme, hub, project), and the papers whose council is of another kind.
Run the module as a script for the grid's score: `python tests/test_extract_own_area_service_grid.py`.
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
    facts: frozenset[tuple[str, str]]  # (provider, service) of every delivers fact stated
    never: str = ""  # a name no service may take (another area's service given the paper's area)


def case(name: str, text: str, *facts: tuple[str, str], never: str = "") -> Case:
    return Case(name, text, frozenset(facts), never)


CASES = [
    case("borough-which-provides",
         "Pendle Borough Council: Community Safety Partnership annual report\n\nMembers thanked Calder Women's "
         "Aid, which also provides the borough's domestic abuse outreach service.\n",
         ("Calder Women's Aid", "Pendle domestic abuse outreach service")),
    case("district-delivers",
         "Rother District Council: report to Cabinet\n\nBexhill Citizens Advice delivers the district's money "
         "advice outreach service.\n",
         ("Bexhill Citizens Advice", "Rother money advice outreach service")),
    case("city-provides",
         "Exeter City Council: Scrutiny Committee report\n\nExe Valley Mediation provides the city's neighbour "
         "mediation service.\n",
         ("Exe Valley Mediation", "Exeter neighbour mediation service")),
    case("county-delivers-in-county-paper",
         "Suffolk County Council: Health Scrutiny Committee\n\nTurning Point delivers the county's adult drug "
         "and alcohol treatment service.\n",
         ("Turning Point", "Suffolk adult drug and alcohol treatment service")),
    case("borough-runs-scheme",
         "Hyndburn Borough Council: Community Safety update\n\nAccrington Street Angels runs the borough's "
         "night-time welfare scheme.\n",
         ("Accrington Street Angels", "Hyndburn night-time welfare scheme")),
    case("district-operates-hub",
         "Mendip District Council: Communities Board\n\nFrome Community Trust operates the district's "
         "community safety hub.\n",
         ("Frome Community Trust", "Mendip community safety hub")),
    case("borough-who-deliver",
         "Tameside Metropolitan Borough Council: Safer Tameside update\n\nWe fund Ashton Youth Alliance, who "
         "deliver the borough's detached youth work programme.\n",
         ("Ashton Youth Alliance", "Tameside detached youth work programme")),
    case("city-delivers-project",
         "Worcester City Council: Community Safety report\n\nSevern Youth Trust delivers the city's knife crime "
         "education project.\n",
         ("Severn Youth Trust", "Worcester knife crime education project")),
    case("district-which-runs",
         "Harborough District Council: Cabinet report\n\nThanks go to Welland Victim Support, which runs the "
         "district's hate crime reporting service.\n",
         ("Welland Victim Support", "Harborough hate crime reporting service")),
    case("borough-provides-advocacy",
         "Gedling Borough Council: Safer Gedling report\n\nArnold Advocacy CIC provides the borough's "
         "independent domestic violence advocacy service.\n",
         ("Arnold Advocacy CIC", "Gedling independent domestic violence advocacy service")),
    case("city-which-delivers",
         "Lincoln City Council: Policy Scrutiny Committee\n\nThe Committee heard from Witham Outreach Trust, "
         "which delivers the city's rough sleeper outreach service.\n",
         ("Witham Outreach Trust", "Lincoln rough sleeper outreach service")),
    case("district-provides-training",
         "Babergh District Council: report\n\nSudbury Faith Forum provides the district's Prevent awareness "
         "training.\n",
         ("Sudbury Faith Forum", "Babergh Prevent awareness training")),
    case("borough-currently-delivers",
         "Broxtowe Borough Council: Community Safety Partnership\n\nBeeston Youth Trust currently delivers the "
         "borough's summer diversion programme.\n",
         ("Beeston Youth Trust", "Broxtowe summer diversion programme")),
    case("county-runs-in-county-paper",
         "Cumbria County Council: Scrutiny Panel\n\nEden Recovery Network runs the county's peer recovery "
         "service.\n",
         ("Eden Recovery Network", "Cumbria peer recovery service")),
    case("district-also-operates",
         "Tandridge District Council: Community Services Committee\n\nOxted Community Watch also operates the "
         "district's doorstep crime service.\n",
         ("Oxted Community Watch", "Tandridge doorstep crime service")),
    case("city-runs-hub",
         "Salford City Council: Community Safety report\n\nIrwell Outreach CIC runs the city's night-time "
         "safe space hub.\n",
         ("Irwell Outreach CIC", "Salford night-time safe space hub")),
    # a word that is not the kind of the paper's council: another area's service, whose area is not said
    case("county-in-district-paper",
         "Wealdon District Council: report to Cabinet\n\nAshdown Citizens Advice delivers the county's money "
         "advice service.\n",
         never="Wealdon money advice service"),
    case("county-in-borough-paper",
         "Rushmoor Borough Council: Community Safety report\n\nBlackwater Recovery Trust runs the county's drug "
         "treatment service.\n",
         never="Rushmoor drug treatment service"),
    case("district-in-city-paper",
         "Wells City Council: report\n\nSomerset Mediation provides the district's mediation service.\n",
         never="Wells mediation service"),
    case("borough-in-county-paper",
         "Kent County Council: Growth Committee\n\nMedway Youth Trust delivers the borough's youth outreach "
         "service.\n",
         never="Kent youth outreach service"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "delivers"}
    names = {e.name: {e.name.casefold(), *(a.casefold() for a in e.aliases)} for e in doc.entities}

    def same(stated: tuple[str, str], read_: tuple[str, str]) -> bool:
        return stated[0] == read_[0] and stated[1].casefold() in names.get(read_[1], {read_[1].casefold()})

    found = {s for s in c.facts if any(same(s, g) for g in got)}
    if c.never:  # a service the paper leaves unplaced may be read as written, never as the paper's area's
        false = {g for g in got if c.never.casefold() in names.get(g[1], {g[1].casefold()})}
    else:
        false = {g for g in got if not any(same(s, g) for s in c.facts)}
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_own_area_service_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
