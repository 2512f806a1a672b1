"""A grid of the delivery-table form: a grant or project table whose project column sits beside a column naming
the organisation that leads each project ("Project | Lead organisation | 2025/26", "Scheme | Lead agency | £").
The lead organisation delivers the row's project; a cell naming two organisations ("Kent Police / Kent Fire and
Rescue Service") names two.

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the
column's head ("Lead organisation", "Lead agency", "Lead partner", "Delivery organisation", "Run by"), the table's
drawing (pipes, tabs, spaced columns under a rule), wrapped cells, an amount column or none, and the tables whose
lead column says who leads a group or a priority, not who delivers a project. Run the module as a script for the
grid's score: `python tests/test_extract_delivery_table_grid.py`.
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
    facts: frozenset[tuple[str, str]]  # (provider, project) of every delivers fact the table states


def case(name: str, text: str, *facts: tuple[str, str]) -> Case:
    return Case(name, text, frozenset(facts))


CASES = [
    case("pipes-lead-organisation",
         "Harlow Fields Community Safety Partnership\n\nFunded projects 2025/26\n\n"
         "  Project                          | Lead organisation              | 2025/26\n"
         "  ---------------------------------|--------------------------------|---------\n"
         "  Street pastors night patrols     | Harlow Fields Street Pastors   | £7,500\n"
         "  Target hardening for victims     | Harlow Fields District Council | £4,200\n",
         ("Harlow Fields Street Pastors", "Street pastors night patrols"),
         ("Harlow Fields District Council", "Target hardening for victims")),
    case("spaced-columns-under-rule",
         "Record of Decision CS/014/25\n\nCommunity Safety Grant allocations\n\n"
         " Project                         Lead organisation               Allocation\n"
         " ------------------------------  ------------------------------  ----------\n"
         " Seafront youth outreach         Marrowcombe Youth Trust         £9,800\n"
         " ASB mediation service           Westshore Mediation CIC         £5,100\n"
         " ------------------------------  ------------------------------  ----------\n"
         " TOTAL                                                           £14,900\n",
         ("Marrowcombe Youth Trust", "Seafront youth outreach"),
         ("Westshore Mediation CIC", "ASB mediation service")),
    case("wrapped-cells",
         "Allocation table\n\n"
         " Project                         Lead organisation               Allocation\n"
         " ------------------------------  ------------------------------  ----------\n"
         " Riverside night-time economy    Riverside Street Angels          £6,300\n"
         "   welfare scheme\n"
         " Domestic abuse Sanctuary        Eastmere Borough Council         £8,000\n"
         "   scheme                          (Housing)\n",
         ("Riverside Street Angels", "Riverside night-time economy welfare scheme"),
         ("Eastmere Borough Council", "Domestic abuse Sanctuary scheme")),
    case("two-organisations-one-cell",
         "Grants awarded\n\n"
         "  Project                         | Lead organisation                            | Grant\n"
         "  --------------------------------|----------------------------------------------|--------\n"
         "  Blue light youth club           | Avonshire Police / Avonshire Fire and Rescue Service | £6,000\n",
         ("Avonshire Police", "Blue light youth club"),
         ("Avonshire Fire and Rescue Service", "Blue light youth club")),
    case("lead-agency-head",
         "Safer Kelmouth Partnership\n\nProjects this year\n\n"
         "Scheme\tLead agency\tFunding\n"
         "Youth diversion football\tKelmouth Community Foundation\t£12,000\n"
         "Rural crime watch\tNorthvale Police\t£3,500\n",
         ("Kelmouth Community Foundation", "Youth diversion football"),
         ("Northvale Police", "Rural crime watch")),
    case("lead-partner-head",
         "Thornmere Community Safety Partnership action plan funding\n\n"
         "| Initiative | Lead partner | Amount |\n"
         "|---|---|---|\n"
         "| Safer taxis campaign | Thornmere District Council | £2,000 |\n"
         "| Hate crime reporting centres | Thornmere Equality Forum CIC | £3,250 |\n",
         ("Thornmere District Council", "Safer taxis campaign"),
         ("Thornmere Equality Forum CIC", "Hate crime reporting centres")),
    case("delivery-organisation-head",
         "Annex A: projects funded from the Community Safety Fund\n\n"
         "  Project                      | Delivery organisation          | Amount\n"
         "  -----------------------------|--------------------------------|--------\n"
         "  Knife crime education        | Lanford Youth Services Trust   | £4,400\n",
         ("Lanford Youth Services Trust", "Knife crime education")),
    case("run-by-head",
         "Grant register 2024/25\n\n"
         "  Programme                    | Run by                         | Award\n"
         "  -----------------------------|--------------------------------|--------\n"
         "  Women's safety walks         | Brightwell Women's Network     | £1,900\n",
         ("Brightwell Women's Network", "Women's safety walks")),
    case("lead-organisation-no-amount",
         "Projects the Partnership supports\n\n"
         "  Project                          | Lead organisation\n"
         "  ---------------------------------|------------------------------\n"
         "  Speedwatch kit                   | Pellham Borough Council\n"
         "  Independent Domestic Violence Advisers | Pellham Women's Aid\n",
         ("Pellham Borough Council", "Speedwatch kit"),
         ("Pellham Women's Aid", "Independent Domestic Violence Advisers")),
    case("numbered-first-column",
         "Appendix 1 - allocations 2025/26\n\n"
         "| No. | Project | Lead organisation | Amount |\n"
         "|---|---|---|---|\n"
         "| 1 | Community safety wardens | Ferncastle Borough Council | £40,000 |\n"
         "| 2 | Drug outreach in the evening economy | Ferncastle Recovery Trust | £16,000 |\n",
         ("Ferncastle Borough Council", "Community safety wardens"),
         ("Ferncastle Recovery Trust", "Drug outreach in the evening economy")),
    # a lead column beside groups or priorities says who leads them: no project is delivered
    case("groups-with-lead-organisation",
         "Safer Oxmead Partnership structure\n\n"
         "  Group                            | Lead organisation\n"
         "  ---------------------------------|------------------------------\n"
         "  Serious Violence Group           | Oxmead Police\n"
         "  Domestic Abuse Forum             | Oxmead District Council\n"),
    case("priorities-with-lead-agency",
         "Priorities 2025/26\n\n"
         "  Priority                         | Lead agency\n"
         "  ---------------------------------|------------------------------\n"
         "  Anti-social behaviour            | Oxmead District Council\n"
         "  Violence against women and girls | Oxmead Police\n"),
    case("lead-officer-person-column",
         "Action plan\n\n"
         "  Project                          | Lead organisation\n"
         "  ---------------------------------|------------------------------\n"
         "  Refresh the strategic assessment | Total\n"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "delivers"}
    names = {e.name: {e.name, *e.aliases} for e in doc.entities}
    found = {(s, o) for s, o in c.facts if any(s == gs and o in names.get(go, {go}) for gs, go in got)}
    false = {(s, o) for s, o in got if not any(s == cs and co in names.get(o, {o}) for cs, co in c.facts)}
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_delivery_table_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
