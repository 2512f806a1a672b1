"""A grid of grant tables that name who delivers each row's project: a recipient or provider column beside a
project column ("Ref | Recipient | Project / purpose | Amount"), and the tables that add a "Delivered by" column
beside the recipient ("Recipient | Project / purpose | Delivered by | Amount", the money paid to a council that
passes it on). The deliverer delivers the row's project, named as the table words it: place and all ("Domestic
abuse outreach, Hexham and Prudhoe"), without a bracketed note of size or timing ("(6 units)", "(Friday and
Saturday nights)"), and without the deliverer's own name written before a dash ("Tyne Street Pastors - weekend
patrols" is the patrols).

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the
project column's head ("Project / purpose", "Service / activity", "Project"), the deliverer's ("Recipient",
"Delivered by", "Provider", "Organisation"), the order of the columns, the table's drawing (pipes, tabs, spaced
columns), wrapped cells, and the rows that name no delivery (a partnership's core grant, a council's share).
Run the module as a script for the grid's score: `python tests/test_extract_grant_table_delivery_grid.py`.
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
    facts: frozenset[tuple[str, str]]  # (deliverer, project) of every delivers fact the table states


def case(name: str, text: str, *facts: tuple[str, str]) -> Case:
    return Case(name, text, frozenset(facts))


CASES = [
    case("recipient-project-purpose-pipes",
         "Record of Decision PCC/2024/088\n\nCommunity Safety Fund awards 2024/25\n\n"
         " Ref | Recipient                 | Project / purpose                  | Amount\n"
         "-----|---------------------------|------------------------------------|--------\n"
         " H1  | Tynedale Youth Trust      | Detached youth work in Haltwhistle | £14,200\n"
         " H2  | Allendale Mediation CIC   | Neighbour dispute mediation        | £6,300\n",
         ("Tynedale Youth Trust", "Detached youth work in Haltwhistle"),
         ("Allendale Mediation CIC", "Neighbour dispute mediation")),
    case("recipient-project-purpose-wrapped",
         "Grants register 2025\n\n"
         " Ref  | Recipient                | Project / purpose               | Funder | Amount\n"
         "------+--------------------------+---------------------------------+--------+---------\n"
         " G01  | Lambourne Young Futures  | Mentoring for 12-16s at risk of | OPCC   | £41,000\n"
         "      |                          | school exclusion                |        |\n"
         " G02  | Kennet Boxing            | Sport-based diversion, Hungerford | OPCC | £12,750\n"
         "      | Academy                  | estate                          |        |\n",
         ("Lambourne Young Futures", "Mentoring for 12-16s at risk of school exclusion"),
         ("Kennet Boxing Academy", "Sport-based diversion, Hungerford estate")),
    case("delivered-by-beside-council-recipient",
         "DECISION NOTICE DN 2024/031\n\nTable 1 - awards\n\n"
         " Ref | Recipient                | Project / purpose                | Delivered by             | Amount\n"
         "-----|--------------------------|----------------------------------|--------------------------|--------\n"
         " B1  | Stroud District Council  | Nailsworth Night-Time Safe Haven | Stroud Town Centre       | £9,600\n"
         "     |                          | (Friday and Saturday nights)     | Partnership              |\n"
         " B2  | Dursley Youth Project    | Detached youth work and school   | Dursley Youth Project    | £8,250\n"
         "     |                          | holiday diversion                |                          |\n",
         ("Stroud Town Centre Partnership", "Nailsworth Night-Time Safe Haven"),
         ("Dursley Youth Project", "Detached youth work and school holiday diversion")),
    case("delivered-by-first-column-order",
         "Safer Selby Partnership\n\nFunded work 2024/25\n\n"
         "| Project / purpose | Delivered by | Recipient | £ |\n"
         "|---|---|---|---|\n"
         "| Shop theft radio link scheme | Selby Business Crime Partnership | Selby District Council | £5,500 |\n"
         "| Rural crime watch co-ordinator | Tadcaster Rural Watch | Selby District Council | £7,000 |\n",
         ("Selby Business Crime Partnership", "Shop theft radio link scheme"),
         ("Tadcaster Rural Watch", "Rural crime watch co-ordinator")),
    case("provider-service-activity-tabs",
         "Rother Community Safety Partnership annual report\n\nCommissioned support\n\n"
         "Provider\tService / activity\t2024/25\n"
         "Bexhill Women's Aid\tOutreach and advocacy for survivors in Rother\t£22,400\n"
         "Rye Street Angels\tSaturday night welfare patrols\t£3,900\n",
         ("Bexhill Women's Aid", "Outreach and advocacy for survivors in Rother"),
         ("Rye Street Angels", "Saturday night welfare patrols")),
    case("place-after-comma-kept",
         "Decision record OPCC 2024/44\n\n"
         " Ref  | Recipient                   | Project                                 | Award\n"
         "------|-----------------------------|-----------------------------------------|--------\n"
         " NT1  | Hexham Outreach Network     | Domestic abuse outreach, Hexham and Prudhoe | £19,300\n"
         " NT2  | Alnwick Youth Motion CIC    | Detached youth work, Amble and Rothbury | £15,600\n",
         ("Hexham Outreach Network", "Domestic abuse outreach, Hexham and Prudhoe"),
         ("Alnwick Youth Motion CIC", "Detached youth work, Amble and Rothbury")),
    case("bracketed-count-dropped",
         "Morpeth Domestic Abuse Local Partnership Board\n\nSafe accommodation spend\n\n"
         "| Provider | Service | 2024/25 |\n"
         "|---|---|---|\n"
         "| Wansbeck Refuge Trust | Refuge support, Morpeth (6 units) | £98,000 |\n"
         "| Blyth Homes Trust | Sanctuary scheme (40 households) | £21,500 |\n",
         ("Wansbeck Refuge Trust", "Refuge support, Morpeth"),
         ("Blyth Homes Trust", "Sanctuary scheme")),
    case("deliverer-named-before-dash",
         "Cabinet decision: CSP grants 2024/25\n\n"
         "   Ref   Project                                  Delivered by                   Fund      2024/25\n"
         "   ----  ---------------------------------------  -----------------------------  --------  -------\n"
         "   CR1   Tyne Street Pastors - weekend patrols    Tyne Street Pastors            CSF       £4,500\n"
         "   CR2   Speed watch kit                          Hebburn Community Watch        CSF       £2,100\n",
         ("Tyne Street Pastors", "Weekend patrols"),
         ("Hebburn Community Watch", "Speed watch kit")),
    case("organisation-project-purpose-tabs",
         "Small grants 2025\n\n"
         "Organisation\tProject / purpose\tAward\n"
         "Wyvern Mediation Service\tMediation for neighbour disputes\t£4,800\n"
         "Fenland Hate Crime Reporting Hub\tThird-party reporting and casework\t£3,950\n",
         ("Wyvern Mediation Service", "Mediation for neighbour disputes"),
         ("Fenland Hate Crime Reporting Hub", "Third-party reporting and casework")),
    case("recipient-project-purpose-lead-officer",
         "Hammersmith community safety grants\n\n"
         " Ref | Recipient                | Project / purpose              | Amount  | Lead officer\n"
         "-----|--------------------------|--------------------------------|---------|-------------\n"
         " W1  | Shepherd's Bush Pastors  | Night-time economy patrols     | £6,100  | R. Okafor\n"
         " W2  | Fulham Boxing Club       | Sport-based diversion          | £9,900  | R. Okafor\n",
         ("Shepherd's Bush Pastors", "Night-time economy patrols"),
         ("Fulham Boxing Club", "Sport-based diversion")),
    case("delivered-by-spaced-wrapped",
         "Record of decision 07/2025\n\n"
         " Ref  Recipient                 Project / purpose               Delivered by              Amount\n"
         " ---  ------------------------  ------------------------------  ------------------------  -------\n"
         " K1   Ashby Town Council        Doorbell camera scheme for      Ashby Neighbourhood       £3,200\n"
         "                                older residents                 Watch Association\n"
         " K2   Coalville Youth Project   Friday night youth club         Coalville Youth Project   £7,400\n",
         ("Ashby Neighbourhood Watch Association", "Doorbell camera scheme for older residents"),
         ("Coalville Youth Project", "Friday night youth club")),
    case("delivered-by-service-head",
         "Safer Corby Partnership\n\nServices funded\n\n"
         "| Service | Provided by | 2025/26 |\n"
         "|---|---|---|\n"
         "| Independent domestic violence advisers | Corby Women's Advocacy | £54,000 |\n"
         "| Hospital-based youth workers | Kettering Outreach CIC | £31,000 |\n",
         ("Corby Women's Advocacy", "Independent domestic violence advisers"),
         ("Kettering Outreach CIC", "Hospital-based youth workers")),
    case("purpose-with-dash-no-deliverer-name",
         "Grant decision\n\n"
         "| Recipient | Project / purpose | Amount |\n"
         "|---|---|---|\n"
         "| Wolds Youth Trust | Summer diversion - Market Weighton | £5,000 |\n",
         ("Wolds Youth Trust", "Summer diversion - Market Weighton")),
    case("project-purpose-slash-head-bracketed-note",
         "Police and Crime Commissioner for Dyfed-Powys: decision 2024/12\n\n"
         " Ref | Recipient              | Project / purpose                       | Amount\n"
         "-----|------------------------|-----------------------------------------|--------\n"
         " P1  | Ceredigion Youth Trust | Outreach in Aberaeron (summer holidays) | £6,000\n",
         ("Ceredigion Youth Trust", "Outreach in Aberaeron")),
    case("three-rows-recipient-project",
         "Ryedale Community Safety Partnership\n\nGrants 2023/24\n\n"
         "Recipient\tProject / purpose\tAmount\n"
         "Malton Street Angels\tWeekend welfare patrols\t£2,500\n"
         "Pickering Youth Club\tYouth club outreach sessions\t£3,000\n"
         "Kirkbymoorside Mediation CIC\tMediation for rural disputes\t£1,800\n",
         ("Malton Street Angels", "Weekend welfare patrols"),
         ("Pickering Youth Club", "Youth club outreach sessions"),
         ("Kirkbymoorside Mediation CIC", "Mediation for rural disputes")),
    case("provider-project-no-amount-head",
         "Hart Community Safety Partnership update\n\n"
         "| Project | Provider | Amount |\n"
         "|---|---|---|\n"
         "| Gangs and exploitation mentoring | Fleet Youth Futures | £18,500 |\n"
         "| Hate crime reporting centres | Hart Voluntary Network | £4,000 |\n",
         ("Fleet Youth Futures", "Gangs and exploitation mentoring"),
         ("Hart Voluntary Network", "Hate crime reporting centres")),
    case("recipient-is-project-delivered-by",
         "RECORD OF DECISION 2024/19\n\nAwards from the Crime Reduction Grant\n\n"
         " Ref | Recipient                | Purpose                     | Delivered by              | 2024/25\n"
         "-----|--------------------------|-----------------------------|---------------------------|--------\n"
         " S1  | Seaview Outreach Project | Detached youth work         | Seaview Youth Trust       | £16,000\n"
         " S2  | Harbour Safe Spaces      | After-school safe space     | Harbourside Community Hub | £7,200\n",
         ("Seaview Youth Trust", "Seaview Outreach Project"),
         ("Harbourside Community Hub", "Harbour Safe Spaces")),
    # rows that name no delivery
    case("partnership-core-grant-no-delivery",
         "Decision 2024/07\n\n"
         "| Recipient | Project / purpose | Amount |\n"
         "|---|---|---|\n"
         "| Safer Wyre Forest Partnership | Core partnership grant | £40,000 |\n"),
    case("council-share-no-delivery",
         "Grant awards\n\n"
         "| Recipient | Project / purpose | Amount |\n"
         "|---|---|---|\n"
         "| Malvern Hills District Council | Community safety fund share | £22,000 |\n"),
    case("delivered-by-partnership-core-plan",
         "DECISION NOTICE\n\n"
         " Ref | Recipient                  | Project / purpose               | Delivered by             | Amount\n"
         "-----|----------------------------|---------------------------------|--------------------------|--------\n"
         " C1  | Redditch Community Safety  | Community Safety Grant core     | Redditch Borough Council | £50,000\n"
         "     | Partnership                | allocation                      |                          |\n"),
    case("lead-officer-not-deliverer",
         "Grants register\n\n"
         "| Project / purpose | Lead officer | Amount |\n"
         "|---|---|---|\n"
         "| Town centre patrols | Community Safety Manager | £5,000 |\n"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "delivers"}
    names = {e.name: {e.name, *e.aliases} for e in doc.entities}

    def same(stated: tuple[str, str], read_: tuple[str, str]) -> bool:
        return stated[0] == read_[0] and stated[1].casefold() in {n.casefold() for n in names.get(read_[1],
                                                                                                  {read_[1]})}

    found = {s for s in c.facts if any(same(s, g) for g in got)}
    false = {g for g in got if not any(same(s, g) for s in c.facts)}
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_grant_table_delivery_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
