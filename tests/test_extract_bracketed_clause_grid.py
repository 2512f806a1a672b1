"""A grid of relative clauses inside brackets: "Kent Police (East Division, which covers Ashford and Dover)". The
clause is said of the name that opens the bracket, not of the body before the bracket nor of a list of bodies
before that, and nothing after the bracket closes belongs to it. A bracket that names nothing before its verb
("the Youth Panel (which reports to the Board)") still speaks of the name before it.

Every paper is invented (real or invented places, invented people), each in a different council's style,
varying the verb (covers, reports to, is chaired by, is led by), the bracket's name (a division, a unit, a
command, a team) and what stands before it (one body, a list of two or three).
"""

from __future__ import annotations

import pytest
from extract_helpers import read

# (text, relation, facts that must not be read, facts that must be read)
CASES = [
    ("covers-after-list", """Ashford Community Safety Partnership

Members include Ashford Borough Council and Kent Police (East Division, which covers Ashford, Canterbury and
Dover).
""", "covers_area", {("Ashford Borough Council", "Canterbury"), ("Kent Police", "Dover")}, set()),
    ("covers-one-body", """Safer Wirral Partnership - Annual Report 2024

The force is represented by Merseyside Police (Wirral Basic Command Unit, which covers Birkenhead and
Wallasey).
""", "covers_area", {("Merseyside Police", "Birkenhead"), ("Merseyside Police", "Wallasey")}, set()),
    ("covers-three-listed", """Northmoor Safer Communities Board

The responsible authorities are Northmoor Council, the Probation Service and Northmoor Police (Rural Command,
which covers Ebbley, Stanholt and Grint).
""", "covers_area", {("Northmoor Council", "Ebbley"), ("Probation Service", "Grint")}, set()),
    ("reports-inside-bracket", """Safer Penwith Partnership

Partners include Cornwall Council and the Penwith Youth Team (a team of the Youth Service, which reports to the
Children's Board).
""", "reports_to", {("Cornwall Council", "Children's Board"), ("Cornwall Council", "Penwith Children's Board")},
     set()),
    ("chaired-inside-bracket", """Corby Community Safety Partnership

The Partnership works with Corby Borough Council and the Corby Hate Crime Forum (the Town Forum, which is chaired
by Dana Whitlow).
""", "chairs", {("Dana Whitlow", "Corby Borough Council")}, set()),
    ("covers-after-bracket-closes", """Wealden Safer Communities Partnership

Sussex Police (Wealden District, which covers Crowborough and Uckfield) attends every meeting with East Sussex
Fire and Rescue Service.
""", "covers_area", {("Sussex Police", "Crowborough"), ("Sussex Police", "Uckfield")}, set()),
    ("led-inside-bracket", """Halterby Domestic Abuse Board

Members are Halterby Council and the Probation Service (Halterby Delivery Unit, which is led by the Head of
Delivery).
""", "led_by", {("Halterby Council", "Head of Delivery"), ("Probation Service", "Head of Delivery")}, set()),
    ("covers-county-force-list", """Bramcote Community Safety Partnership: who we are

Our partners are Bramcote District Council, Nottinghamshire County Council and Nottinghamshire Police (South
Division, which covers Bramcote, Beeston and Stapleford).
""", "covers_area", {("Bramcote District Council", "Beeston"), ("Nottinghamshire County Council", "Stapleford")},
     set()),
    # controls: a bracket naming nothing before its verb speaks of the name before it
    ("control-which-reports-no-name", """Safer Haltwhistle Partnership

The Haltwhistle Youth Panel (which reports to the Safer Haltwhistle Partnership) meets monthly.
""", "reports_to", set(), {("Haltwhistle Youth Panel", "Safer Haltwhistle Partnership")}),
    ("control-no-bracket", """Safer Kelsey Partnership

The Kelsey Tasking Group, which reports to the Safer Kelsey Partnership, meets monthly.
""", "reports_to", set(), {("Kelsey Tasking Group", "Safer Kelsey Partnership")}),
]


def _pairs(doc, relation: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name if f.object else "") for f in doc.facts if f.relation == relation}


@pytest.mark.parametrize(("text", "relation", "wrong", "right"),
                         [pytest.param(t, r, w, g, id=i) for i, t, r, w, g in CASES])
def test_bracketed_clause_is_said_of_the_bracket(text: str, relation: str, wrong: set, right: set) -> None:
    pairs = _pairs(read(text), relation)
    assert not (pairs & wrong), f"said of a body outside the bracket: {sorted(pairs & wrong)}"
    assert right <= pairs, f"missing {sorted(right - pairs)}; read {sorted(pairs)}"
