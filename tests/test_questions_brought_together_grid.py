"""A grid of questions asking whom a partnership brings together (issue 11): "Which organisations does the
Fernhollow CSP bring together?", "Which partnership brings together Fernhollow Police and the district council?".

Partnerships describe their membership so on their own pages ("The Partnership brings together the council, the
police, ..."), and an officer asks in the same words; the question was read as no relation at all, and nothing
was answered though the graph records every member. Three invented councils' papers (a web page, terms of
reference, minutes), each with its partnership's members and a sub-group with members of its own, so that an
answer of the wrong body or the wrong direction shows. Papers, places and people written for this test.

Dimensions varied: the verb's form (bring together, brings together, brought together, is bringing together);
the partnership named in full, by its short form or its acronym; the members asked for (which organisations,
who, which agencies) or the partnership asked for ("which partnership brings together A and B"); lower case;
neighbours that keep their reading (is made up of, who sits on, members of, a sub-group's members) or stay
refused (a partnership the graph does not hold)."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

POLICE = Entity("body", "Marchwood Constabulary", subtype="PoliceForce", area="Marchwood")
FIRE = Entity("body", "Marchwood Fire and Rescue Service", area="Marchwood")
PROBATION = Entity("body", "Marchwood Probation Delivery Unit", area="Marchwood")

# -- Fernhollow: a web page
F_CSP = Entity("body", "Fernhollow Community Safety Partnership", subtype="Partnership", area="Fernhollow",
               aliases=("Fernhollow CSP", "FCSP"))
F_COUNCIL = Entity("body", "Fernhollow District Council", subtype="Council", area="Fernhollow")
F_ICB = Entity("body", "NHS Marchwood Integrated Care Board", area="Marchwood")
F_DA = Entity("body", "Fernhollow Domestic Abuse Forum", subtype="Forum", area="Fernhollow")
F_REFUGE = Entity("body", "Willowbank Women's Aid", area="Fernhollow")

F_TEXT = """About the Fernhollow Community Safety Partnership

The Partnership brings together Fernhollow District Council, Marchwood Constabulary, Marchwood Fire and Rescue
Service, the Marchwood Probation Delivery Unit and NHS Marchwood Integrated Care Board. Its Domestic Abuse Forum
brings together Willowbank Women's Aid and the Council.
"""


def _fernhollow(t: str) -> list[Fact]:
    csp = "The Partnership brings together Fernhollow District Council"
    forum = "Its Domestic Abuse Forum\nbrings together Willowbank Women's Aid and the Council"
    return [
        *(_fact(t, csp, m, "member_of", F_CSP) for m in (F_COUNCIL, POLICE, FIRE, PROBATION, F_ICB)),
        _fact(t, "Its Domestic Abuse Forum", F_DA, "subgroup_of", F_CSP),
        _fact(t, forum, F_REFUGE, "member_of", F_DA),
        _fact(t, forum, F_COUNCIL, "member_of", F_DA),
    ]


# -- Ashcombe: terms of reference
A_CSP = Entity("body", "Safer Ashcombe Partnership", subtype="Partnership", area="Ashcombe", aliases=("SAP",))
A_COUNCIL = Entity("body", "Ashcombe Borough Council", subtype="Council", area="Ashcombe")
A_HOUSING = Entity("body", "Ashcombe Homes", area="Ashcombe")

A_TEXT = """Safer Ashcombe Partnership: terms of reference (2024)

1. Membership. The Safer Ashcombe Partnership brought together Ashcombe Borough Council, Marchwood Constabulary and
Ashcombe Homes when it was formed, and Marchwood Fire and Rescue Service has since joined it.
"""


def _ashcombe(t: str) -> list[Fact]:
    brought = ("The Safer Ashcombe Partnership brought together Ashcombe Borough Council, Marchwood Constabulary and"
               "\nAshcombe Homes")
    return [
        *(_fact(t, brought, m, "member_of", A_CSP) for m in (A_COUNCIL, POLICE, A_HOUSING)),
        _fact(t, "Marchwood Fire and Rescue Service has since joined it", FIRE, "member_of", A_CSP),
    ]


# -- Dunmere: minutes
D_CSP = Entity("body", "Dunmere Community Safety Partnership", subtype="Partnership", area="Dunmere",
               aliases=("Dunmere CSP",))
D_COUNCIL = Entity("body", "Dunmere City Council", subtype="Council", area="Dunmere")
D_COLLEGE = Entity("body", "Dunmere College", area="Dunmere")

D_TEXT = """Dunmere Community Safety Partnership
Minutes of the meeting held on 3 July 2024

2. Members noted that the Partnership is made up of Dunmere City Council, Marchwood Constabulary and Dunmere
College.
"""


def _dunmere(t: str) -> list[Fact]:
    made = "the Partnership is made up of Dunmere City Council, Marchwood Constabulary and Dunmere\nCollege"
    return [_fact(t, made, m, "member_of", D_CSP) for m in (D_COUNCIL, POLICE, D_COLLEGE)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "brought_together", [
        paper("fernhollow-csp-web-2024", F_TEXT, "Fernhollow", _fernhollow, doc_type="web_page"),
        paper("ashcombe-sap-tor-2024", A_TEXT, "Ashcombe", _ashcombe, doc_type="terms_of_reference"),
        paper("dunmere-csp-minutes-2024-07-03", D_TEXT, "Dunmere", _dunmere, doc_type="minutes"),
    ])


F_MEMBERS = ["Fernhollow District Council", "Marchwood Constabulary", "Marchwood Fire and Rescue Service",
             "Marchwood Probation Delivery Unit", "NHS Marchwood Integrated Care Board"]
A_MEMBERS = ["Ashcombe Borough Council", "Marchwood Constabulary", "Ashcombe Homes"]
D_MEMBERS = ["Dunmere City Council", "Marchwood Constabulary", "Dunmere College"]

# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    ("Which organisations does the Fernhollow Community Safety Partnership bring together?", F_MEMBERS,
     ["Willowbank Women's Aid", "Dunmere College"]),
    ("Which organisations does the Fernhollow CSP bring together?", F_MEMBERS, ["Ashcombe Homes"]),
    ("Who does the FCSP bring together?", F_MEMBERS, ["Dunmere College"]),
    ("which agencies does the fernhollow community safety partnership bring together", F_MEMBERS, []),
    ("Which organisations is the Fernhollow CSP bringing together?", F_MEMBERS, []),
    ("Which bodies did the Safer Ashcombe Partnership bring together?", A_MEMBERS, ["Fernhollow District Council"]),
    ("Which organisations were brought together in the Safer Ashcombe Partnership?", A_MEMBERS, []),
    ("Who does the Fernhollow Domestic Abuse Forum bring together?", ["Willowbank Women's Aid"],
     ["Marchwood Constabulary"]),
    ("Which partnership brings together Willowbank Women's Aid?", ["Fernhollow Domestic Abuse Forum"],
     ["Fernhollow Community Safety Partnership"]),
    ("Which partnership brings together Ashcombe Homes?", ["Safer Ashcombe Partnership"],
     ["Fernhollow Community Safety Partnership"]),
    ("Which partnership brings together Dunmere College and Dunmere City Council?",
     ["Dunmere Community Safety Partnership"], ["Safer Ashcombe Partnership"]),
    # neighbours that keep their reading
    ("Which organisations is the Dunmere Community Safety Partnership made up of?", D_MEMBERS, []),
    ("Who are the members of the Safer Ashcombe Partnership?", A_MEMBERS, []),
    ("Who sits on the Fernhollow Community Safety Partnership?", F_MEMBERS, []),
    ("Which partnerships does Marchwood Constabulary sit on?",
     ["Fernhollow Community Safety Partnership", "Safer Ashcombe Partnership", "Dunmere Community Safety Partnership"],
     []),
    ("What are the sub-groups of the Fernhollow CSP?", ["Fernhollow Domestic Abuse Forum"], []),
    ("Which organisations does the Dunmere CSP include?", D_MEMBERS, []),
    ("Who joined the Safer Ashcombe Partnership?", ["Marchwood Fire and Rescue Service"], []),
    # a partnership the graph does not hold: nothing
    ("Which organisations does the Kelbrook Community Safety Partnership bring together?", [], []),
    ("Who does the Oxleigh CSP bring together?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_whom_a_partnership_brings_together(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
