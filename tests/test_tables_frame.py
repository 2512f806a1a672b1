"""A grid of invented tables: what a table's rows are, decided once for the table (loaders/layout.row_roles, with
the wrapped-row joiner of loaders/wrapped_rows.py before it).

Councils set membership, grants and projects in tables of every layout: pipe tables, space-aligned columns, tab
columns, box-drawn grids. A table's reading is one decision: which lines make one row (a cell wrapped onto the
next line is that row's, a second seat under a seat a note closed is the same organisation's next seat), and which
rows say something of their own (the column names, the same names again after a page break, and a total row do
not). Each case is a short table written for the test in another council's style; neighbours hold the readings
that must stay: a row whose name merely holds the word "total", a wrapped post under an unfinished cell.

Run the module as a script for the grid's score: `python tests/test_tables_frame.py`.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extract_helpers import read

from govkg.evaluation.gold import norm
from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


class Case(NamedTuple):
    name: str
    text: str
    rows: list[list[str]]  # every body row, in order, each as its cells
    facts: list[tuple[str, str, str]] = []  # facts the rows must give
    never: list[tuple[str, str, str]] = []  # facts they must not (a total or a cut name as a body)


def body_rows(raw: str) -> list[list[str]]:
    """The cells of every body row of every table of RAW (one row of two cells or more), as the readers get them."""
    text = clean(raw)
    return [[" ".join(text[a:b].split()) for a, b in row.cells] for table in read_layout(text).tables
            if len(table.rows) > 1 for row in table.body_rows()]


CASES = [
    Case("pipe-grants-totals-row",
         "Project                      | Delivered by              | Fund grant | Council\n"
         "Town centre wardens          | Marlow Vale District Council | £14,000 | £6,000\n"
         "Youth boxing club            | Vale Youth Trust          | £5,500     | -\n"
         "Totals                       |                           | £19,500    | £6,000\n",
         [["Town centre wardens", "Marlow Vale District Council", "£14,000", "£6,000"],
          ["Youth boxing club", "Vale Youth Trust", "£5,500", "-"]],
         never=[("Marlow Vale District Council", "delivers", "Totals")]),
    Case("fixed-width-total-under-wrapped-last-row",
         "  No  | Scheme                           | Provider                     | 2023/24\n"
         "  ----+----------------------------------+------------------------------+--------\n"
         "  K1  | Shed safety marking for          | Westbury Rural Watch         | £2,400\n"
         "      | allotments                       |                              |\n"
         "  K2  | Hollin Lane community            | Westbury Town Council        | £3,100\n"
         "      | CCTV review                      |                              |\n"
         "      |                                  |                      Total   | £5,500\n",
         [["K1", "Shed safety marking for allotments", "Westbury Rural Watch", "£2,400"],
          ["K2", "Hollin Lane community CCTV review", "Westbury Town Council", "£3,100"]],
         never=[("Westbury Town Council Total", "delivers", "Hollin Lane community CCTV review")]),
    Case("spaced-total-row",
         "  Recipient                               Purpose                            Amount\n"
         "  Brookfield Street Pastors               Night-time welfare patrols         £4,200\n"
         "  Carnforth Women's Refuge                Outreach worker                    £9,800\n"
         "  Total                                                                      £14,000\n",
         [["Brookfield Street Pastors", "Night-time welfare patrols", "£4,200"],
          ["Carnforth Women's Refuge", "Outreach worker", "£9,800"]]),
    Case("sub-total-and-grand-total",
         "| Item | Recipient | Amount |\n"
         "|---|---|---|\n"
         "| 1 | Haverleigh Youth Forum | £2,000 |\n"
         "| | Sub-total | £2,000 |\n"
         "| 2 | Haverleigh Neighbourhood Watch | £1,500 |\n"
         "| | Grand total | £3,500 |\n",
         [["1", "Haverleigh Youth Forum", "£2,000"], ["2", "Haverleigh Neighbourhood Watch", "£1,500"]]),
    Case("district-total-label-at-the-end",
         "Area\tProject\tAllocation\n"
         "Ashcombe\tSafe spaces scheme\t£3,000\n"
         "Ashcombe\tShopwatch radios\t£1,250\n"
         "Ashcombe District total\t\t£4,250\n",
         [["Ashcombe", "Safe spaces scheme", "£3,000"], ["Ashcombe", "Shopwatch radios", "£1,250"]]),
    Case("total-committed-in-a-register",
         "| Ref | Grant holder | Purpose | Amount |\n"
         "|-----|--------------|---------|--------|\n"
         "| R1 | Ellesby Rural Crime Group | Farm watch signage | £1,900 |\n"
         "| | Total committed | | £1,900 |\n",
         [["R1", "Ellesby Rural Crime Group", "Farm watch signage", "£1,900"]]),
    Case("header-repeated-after-a-page-break",
         "Organisation                     | Representative\n"
         "Pennfold Borough Council         | Head of Neighbourhoods\n"
         "Pennfold Police                  | District Inspector\n"
         "Organisation                     | Representative\n"
         "Pennfold Fire and Rescue Service | Station Manager\n",
         [["Pennfold Borough Council", "Head of Neighbourhoods"], ["Pennfold Police", "District Inspector"],
          ["Pennfold Fire and Rescue Service", "Station Manager"]]),
    Case("spaced-header-repeated",
         "  Name                 Organisation\n"
         "  Cllr Rhona Tilsley   Gatebridge Borough Council\n"
         "  Name                 Organisation\n"
         "  Mervyn Okafor        Gatebridge Police\n",
         [["Cllr Rhona Tilsley", "Gatebridge Borough Council"], ["Mervyn Okafor", "Gatebridge Police"]]),
    Case("wrapped-organisation-cell",
         "  Organisation                          | Post\n"
         "  --------------------------------------+------------------------------------\n"
         "  Harlow Moor Borough Council           | Head of Community Services (Chair)\n"
         "  Northmere and Westdale Healthcare NHS | Named Nurse, Safeguarding Adults\n"
         "  Foundation Trust                      |\n",
         [["Harlow Moor Borough Council", "Head of Community Services (Chair)"],
          ["Northmere and Westdale Healthcare NHS Foundation Trust", "Named Nurse, Safeguarding Adults"]]),
    Case("wrapped-post-keeps-its-place",
         "  Organisation                          | Post\n"
         "  --------------------------------------+------------------------------------\n"
         "  Harlow Moor Borough Council           | Community Safety Manager\n"
         "  The Probation Service                 | Senior Probation Officer, Harlow\n"
         "                                        | Moor North\n",
         [["Harlow Moor Borough Council", "Community Safety Manager"],
          ["The Probation Service", "Senior Probation Officer, Harlow Moor North"]]),
    Case("second-seat-under-a-seat-a-note-closed",
         "Dunmore Prevent Group: Terms of Reference\n\n3. Membership\n\n"
         "  Organisation                          | Post\n"
         "  --------------------------------------+------------------------------------------\n"
         "  Dunmore Borough Council               | Head of Regulatory Services (Chair)\n"
         "                                        | Community Safety and Licensing Officer\n"
         "  Dunmore Police                        | Neighbourhood Inspector\n",
         [["Dunmore Borough Council", "Head of Regulatory Services (Chair); Community Safety and Licensing Officer"],
          ["Dunmore Police", "Neighbourhood Inspector"]],
         facts=[("Dunmore Borough Council", "represented_by",
                 "Community Safety and Licensing Officer, Dunmore Borough Council"),
                ("Dunmore Borough Council", "member_of", "Dunmore Prevent Group")]),
    Case("third-seat-after-two-seats",
         "  Organisation                          | Post\n"
         "  --------------------------------------+------------------------------------------\n"
         "  Dunmore Borough Council               | Head of Regulatory Services (Chair)\n"
         "                                        | Community Safety and Licensing Officer\n"
         "                                        | Housing Options Team Manager\n"
         "  Dunmore Police                        | Neighbourhood Inspector\n",
         [["Dunmore Borough Council", "Head of Regulatory Services (Chair); Community Safety and Licensing Officer; "
           "Housing Options Team Manager"], ["Dunmore Police", "Neighbourhood Inspector"]]),
    Case("post-under-an-unfinished-cell-runs-on",
         "  Organisation                          | Post\n"
         "  --------------------------------------+------------------------------------\n"
         "  Dunmore Borough Council               | Head of Community Safety and\n"
         "                                        | Licensing Services\n"
         "  Dunmore Police                        | Neighbourhood Inspector\n",
         [["Dunmore Borough Council", "Head of Community Safety and Licensing Services"],
          ["Dunmore Police", "Neighbourhood Inspector"]]),
    Case("bracketed-note-runs-on",
         "  Organisation                          | Post\n"
         "  --------------------------------------+------------------------------------\n"
         "  Trentholme College                    | Designated Safeguarding Lead\n"
         "                                        | (Student Services)\n"
         "  Trentholme Police                     | Neighbourhood Inspector\n",
         [["Trentholme College", "Designated Safeguarding Lead (Student Services)"],
          ["Trentholme Police", "Neighbourhood Inspector"]]),
    Case("unit-wrapped-in-its-cell",
         "  Team                                   | Lead\n"
         "  ---------------------------------------+------------------------------\n"
         "  Eastvale Constabulary Rural Crime      | Sergeant Lowri Penhale\n"
         "  Action Team                            |\n"
         "  Eastvale Youth Offending Service       | Ifeoma Castell\n",
         [["Eastvale Constabulary Rural Crime Action Team", "Sergeant Lowri Penhale"],
          ["Eastvale Youth Offending Service", "Ifeoma Castell"]]),
    Case("tab-membership-with-vice-chair",
         "Name\tOrganisation\n"
         "Cllr Ottoline Brice (Chair)\tSelbourne District Council\n"
         "Dev Raghunathan (Vice-Chair)\tSelbourne Police\n",
         [["Cllr Ottoline Brice (Chair)", "Selbourne District Council"],
          ["Dev Raghunathan (Vice-Chair)", "Selbourne Police"]]),
    Case("keyed-rows-project-wrapped-under-a-blank-key",
         "    No.     | Scheme                                  | Run by                         | 2022/23\n"
         "    --------+-----------------------------------------+--------------------------------+--------\n"
         "    TV-01   | Riverside and market square evening     | Tamvale Borough Council        | £11,000\n"
         "            | ASB patrols (Street Wardens)            |                                |\n"
         "    TV-02   | Girls' football outreach                | Tamvale Community Sport        | £3,500\n"
         "            |                                         |                                | ------\n"
         "            | Total                                   |                                | £14,500\n",
         [["TV-01", "Riverside and market square evening ASB patrols (Street Wardens)", "Tamvale Borough Council",
           "£11,000"], ["TV-02", "Girls' football outreach", "Tamvale Community Sport", "£3,500"]]),
    Case("dashed-rule-columns-a-cell-filling-its-column",
         "  Scheme                               Provider                  2022/23\n"
         "  ------------------------------------ ------------------------- --------\n"
         "  Town centre night marshals           Brackwell Borough Council £9,000\n"
         "  \"Next Steps\" youth mentoring project Brackwell Youth           £7,250\n"
         "  for care leavers                     Partnership\n",
         [["Town centre night marshals", "Brackwell Borough Council", "£9,000"],
          ["\"Next Steps\" youth mentoring project for care leavers", "Brackwell Youth Partnership", "£7,250"]]),
    Case("dashed-rule-makes-the-header",
         "  Ref   Task                                        Owner              By\n"
         "  ----- ------------------------------------------- ------------------ --------\n"
         "  4/01  Refresh the hot-spot patrol plan            Insp D Vance       Mar 24\n"
         "  4/02  Write to the licensing forum                Chair              Feb 24\n",
         [["4/01", "Refresh the hot-spot patrol plan", "Insp D Vance", "Mar 24"],
          ["4/02", "Write to the licensing forum", "Chair", "Feb 24"]]),
    Case("sum-crowded-against-a-long-provider",
         "   Project                                        Run by                           2024/25\n"
         "   Street triage evenings                         Calderbrook Night Pastors        £5,000\n"
         "   Licensed venue staff training                  Calderbrook Town Centre Partners £2,750\n"
         "   Hoarding support                               Calderbrook Housing Trust        £4,000\n",
         [["Street triage evenings", "Calderbrook Night Pastors", "£5,000"],
          ["Licensed venue staff training", "Calderbrook Town Centre Partners", "£2,750"],
          ["Hoarding support", "Calderbrook Housing Trust", "£4,000"]]),
    Case("word-total-inside-a-name-stays",
         "| Project | Delivered by | Amount |\n"
         "|---|---|---|\n"
         "| Reducing total harm in Kilnsey | Kilnsey Recovery Trust | £7,000 |\n"
         "| Safer nights | Kilnsey Street Angels | £2,000 |\n",
         [["Reducing total harm in Kilnsey", "Kilnsey Recovery Trust", "£7,000"],
          ["Safer nights", "Kilnsey Street Angels", "£2,000"]]),
    Case("first-row-not-a-header-stays",
         "Lowfield Borough Council\tDirector of Communities\n"
         "Lowfield Police\tChief Inspector\n",
         [["Lowfield Borough Council", "Director of Communities"], ["Lowfield Police", "Chief Inspector"]]),
    Case("amount-line-under-a-row-is-its-own-row",
         "  Recipient                              Amount\n"
         "  Morland Street Pastors                 £3,000\n"
         "  Morland Mediation Service              £2,500\n",
         [["Morland Street Pastors", "£3,000"], ["Morland Mediation Service", "£2,500"]]),
    # -- not a table: a lone line with a gap is no row to read
    Case("not-a-table-lone-pipe-line",
         "Home | Contact us\n\nThe Partnership met on 3 June.\n",
         []),
    Case("not-a-table-prose",
         "The Safer Brackwell Partnership meets four times a year.  Its chair is elected annually.\n",
         []),
]


def _facts_of(text: str) -> set[tuple[str, str, str]]:
    doc = read(text)
    return {(norm(f.subject.name), f.relation, norm(f.object.name)) for f in doc.facts if f.object is not None}


def _missing(case: Case) -> list[str]:
    wrong = []
    got = body_rows(case.text)
    if got != case.rows:
        wrong.append(f"rows {got}")
    if case.facts or case.never:
        facts = _facts_of(case.text)
        found = {(s, r) for s, r, _ in facts}
        for s, r, o in case.facts:
            if (norm(s), r, norm(o)) not in facts and not (r == "member_of" and (norm(s), r) in found):
                wrong.append(f"missed {s} {r} {o}")
        wrong += [f"false {s} {r} {o}" for s, r, o in case.never if (norm(s), r, norm(o)) in facts]
    return wrong


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_tables_rows_are_read_once_for_the_table(case: Case) -> None:
    assert not _missing(case)


if __name__ == "__main__":
    bad = 0
    for c in CASES:
        wrong = _missing(c)
        bad += bool(wrong)
        if wrong:
            print(f"{c.name}: {wrong}")
    print(f"grid: {len(CASES) - bad}/{len(CASES)} cases right")
