"""A table row named by its reference beside what the question asks of it ("the youth mentoring scheme (MC-CS-02)",
"(rows MC-CS-01 and MC-CS-03)", "in row OHC/07"): the code is no name the graph holds, but the paper that writes it
is; the rest of the question is asked of that paper alone. A code no paper writes is said so and answers nothing;
a project of the same name in another council's table is not the row asked about; a decision's number and a
period in brackets keep their own readings. Three invented councils' registers in three layouts: a district's
grants register with hyphenated codes, a commissioner's decision with short codes in a list, a county's table with
a "Ref" column of slashed codes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Marlcombe: a district's grants register, codes "MC-CS-NN" in the first column
M_PCC = Entity("post", "Marlcombe Police and Crime Commissioner", area="Marlcombe")
M_COUNCIL = Entity("body", "Marlcombe District Council", subtype="Council", area="Marlcombe")
M_OUTREACH = Entity("initiative", "Youth outreach", area="Marlcombe")
M_MENTORING = Entity("initiative", "Youth mentoring scheme", area="Marlcombe")
M_PASTORS = Entity("initiative", "Street pastors", area="Marlcombe")
M_TRUST = Entity("body", "Brackwater Youth Trust", area="Marlcombe")
M_CHURCHES = Entity("body", "Marlcombe Churches Together", area="Marlcombe")
M_TEXT = """MARLCOMBE DISTRICT COUNCIL - COMMUNITY SAFETY GRANTS REGISTER 2024/25

| Ref | Project | Provider | Funder | Amount |
| MC-CS-01 | Youth outreach | Brackwater Youth Trust | Marlcombe District Council | \u00a312,400 |
| MC-CS-02 | Youth mentoring scheme | Brackwater Youth Trust | Marlcombe Police and Crime Commissioner | \u00a38,900 |
| MC-CS-03 | Street pastors | Marlcombe Churches Together | Marlcombe District Council | \u00a35,250 |
"""

# -- Fernleigh: a commissioner's decision, its awards listed with short codes
F_PCC = Entity("post", "Fernleigh Police and Crime Commissioner", area="Fernleigh")
F_OUTREACH = Entity("initiative", "Youth outreach", area="Fernleigh")
F_PATROLS = Entity("initiative", "Rural watch patrols", area="Fernleigh")
F_CLUB = Entity("body", "Tollgate Boxing Club", area="Fernleigh")
F_FARMS = Entity("body", "Fernleigh Farm Watch", area="Fernleigh")
F_TEXT = """Fernleigh Police and Crime Commissioner - Record of Decision FPCC 2024/031

The Commissioner approves the following awards for 2024/25:
FL1 Rural watch patrols, delivered by Fernleigh Farm Watch: \u00a33,600.
FL2 Youth outreach, delivered by Tollgate Boxing Club: \u00a319,750.
"""

# -- Oakhurst: a county's table with a "Ref" column of slashed codes
O_COUNCIL = Entity("body", "Oakhurst County Council", subtype="Council", area="Oakhurst")
O_CCTV = Entity("initiative", "Town centre CCTV upgrade", area="Oakhurst")
O_REFUGE = Entity("initiative", "Refuge key-worker", area="Oakhurst")
O_HAVEN = Entity("body", "Oakhurst Haven", area="Oakhurst")
O_TEXT = """Oakhurst County Council: Safer Oakhurst Fund allocations

Ref    | Scheme                    | Delivered by   | Award
OHC/07 | Town centre CCTV upgrade  | Oakhurst County Council | \u00a341,000
OHC/08 | Refuge key-worker         | Oakhurst Haven | \u00a322,300
"""


def _m(t: str) -> list[Fact]:
    rows = [
        ("| MC-CS-01 | Youth outreach | Brackwater Youth Trust | Marlcombe District Council | \u00a312,400 |",
         M_COUNCIL, M_OUTREACH, M_TRUST, "12400"),
        ("| MC-CS-02 | Youth mentoring scheme | Brackwater Youth Trust | Marlcombe Police and Crime Commissioner |"
         " \u00a38,900 |", M_PCC, M_MENTORING, M_TRUST, "8900"),
        ("| MC-CS-03 | Street pastors | Marlcombe Churches Together | Marlcombe District Council | \u00a35,250 |",
         M_COUNCIL, M_PASTORS, M_CHURCHES, "5250"),
    ]
    facts = []
    for row, funder, project, provider, amount in rows:
        facts.append(_fact(t, row, funder, "funds", project, amount=Decimal(amount), period="2024/25"))
        facts.append(_fact(t, row, provider, "delivers", project))
    return facts


def _f(t: str) -> list[Fact]:
    return [
        _fact(t, "FL1 Rural watch patrols, delivered by Fernleigh Farm Watch: \u00a33,600.", F_PCC, "funds",
              F_PATROLS, amount=Decimal("3600"), period="2024/25"),
        _fact(t, "FL1 Rural watch patrols, delivered by Fernleigh Farm Watch: \u00a33,600.", F_FARMS, "delivers",
              F_PATROLS),
        _fact(t, "FL2 Youth outreach, delivered by Tollgate Boxing Club: \u00a319,750.", F_PCC, "funds", F_OUTREACH,
              amount=Decimal("19750"), period="2024/25"),
        _fact(t, "FL2 Youth outreach, delivered by Tollgate Boxing Club: \u00a319,750.", F_CLUB, "delivers",
              F_OUTREACH),
    ]


def _o(t: str) -> list[Fact]:
    cctv = "OHC/07 | Town centre CCTV upgrade  | Oakhurst County Council | \u00a341,000"
    refuge = "OHC/08 | Refuge key-worker         | Oakhurst Haven | \u00a322,300"
    return [
        _fact(t, cctv, O_COUNCIL, "funds", O_CCTV, amount=Decimal("41000")),
        _fact(t, cctv, O_COUNCIL, "delivers", O_CCTV),
        _fact(t, refuge, O_COUNCIL, "funds", O_REFUGE, amount=Decimal("22300")),
        _fact(t, refuge, O_HAVEN, "delivers", O_REFUGE),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "row-references", [
        paper("marlcombe-cs-grants-register-2024", M_TEXT, "Marlcombe", _m),
        paper("fernleigh-pcc-decision-2024-031", F_TEXT, "Fernleigh", _f, doc_type="decision"),
        paper("oakhurst-safer-fund-allocations", O_TEXT, "Oakhurst", _o),
    ])


CASES = [
    # a row's code beside its project: asked of the paper that writes the code
    ("Who funds the youth mentoring scheme (MC-CS-02)?", ["Marlcombe Police and Crime Commissioner"],
     ["Marlcombe District Council"]),
    ("Who funds the youth mentoring scheme of Brackwater Youth Trust (MC-CS-02)?",
     ["Marlcombe Police and Crime Commissioner"], []),
    ("How much was allocated to street pastors (MC-CS-03) in 2024/25?", ["\u00a35,250"], []),
    ("Who delivers the street pastors project (MC-CS-03)?", ["Marlcombe Churches Together"], []),
    ("How much was allocated to youth outreach (MC-CS-01)?", ["\u00a312,400"], ["\u00a319,750"]),
    ("Who delivers youth outreach (MC-CS-01)?", ["Brackwater Youth Trust"], ["Tollgate Boxing Club"]),
    # the same project name in another council's decision: the code says whose row it is
    ("How much was allocated to youth outreach (FL2)?", ["\u00a319,750"], ["\u00a312,400"]),
    ("Who delivers youth outreach (FL2)?", ["Tollgate Boxing Club"], ["Brackwater Youth Trust"]),
    ("Who delivers the rural watch patrols (FL1)?", ["Fernleigh Farm Watch"], []),
    # codes after a word that says they are rows, slashed codes, and two codes of one table
    ("How much went to the town centre CCTV upgrade in row OHC/07?", ["\u00a341,000"], ["\u00a322,300"]),
    ("How much went to the refuge key-worker (OHC/08)?", ["\u00a322,300"], ["\u00a341,000"]),
    ("Who delivers the refuge key-worker (ref OHC/08)?", ["Oakhurst Haven"], []),
    ("Who delivers the street pastors project (rows MC-CS-01 and MC-CS-03)?", ["Marlcombe Churches Together"],
     []),
    # not said: a code no paper writes, and a row of another council's table that is not the project asked about
    ("Who funds the youth mentoring scheme (MC-CS-09)?", [], []),
    ("How much was allocated to youth outreach (FL7)?", [], []),
    ("How much went to the refuge key-worker (OHC/99)?", [], []),
    ("How much was allocated to street pastors (FL2)?", [], []),
    ("Who delivers the refuge key-worker (MC-CS-01)?", [], []),
    ("Who funds the knife amnesty (MC-CS-02)?", [], []),
    # the neighbouring readings that stay: a decision's number, a period in brackets, no code at all
    ("How much went to rural watch patrols under decision FPCC 2024/031?", ["\u00a33,600"], []),
    ("How much was allocated to street pastors (2024/25)?", ["\u00a35,250"], []),
    ("Who delivers the refuge key-worker?", ["Oakhurst Haven"], []),
    ("How much went to the town centre CCTV upgrade?", ["\u00a341,000"], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), CASES, ids=[c[0] for c in CASES])
def test_row_reference(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)


def test_a_code_no_paper_writes_is_said(asker):
    r = asker.ask("Who funds the youth mentoring scheme (MC-CS-09)?")
    assert not r.answers
    assert "MC-CS-09" in r.interpretation
