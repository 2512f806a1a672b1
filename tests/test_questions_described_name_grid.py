"""A grid of questions that name a body in full and then describe it in a relative clause (issue 11): "Which
organisation leads the Drugs and Alcohol Action Group that sits under the CSP?", "Who chairs the Harbourside
Night-Time Economy Group, which reports to the partnership?".

An officer often says where a group sits as they name it. The clause only describes the group the name already
gives: the question is about the group. Two readings lost it: a name with "and" inside ("Drugs and Alcohol Action
Group") was not taken as the clause's noun, so the group and the body of the clause were both asked about and no
answer fitted both; and a clause of plain words ("that reports to the partnership") was read as a second
question about a body it does not name, so nothing was answered. Three invented councils, each with a
partnership and groups under it, one group name shared by two councils (so that a name the clause does not make
unique shows). Papers, places and people written for this test.

Dimensions varied: "that", "which" and ", which" clauses; the clause's verb (sits under, reports to, is part of,
is a sub-group of, works under); the clause naming a body by its short form, in full, or by plain words; the
outer question (who chairs, which organisation leads, who funds, who sits on, what does it report to); names
with and without "and"; neighbours that keep their reading (the chained "the body that X reports to", a group
named by its kind only, a plain question) or stay refused (a clause naming a body the graph does not hold; a
group held for two councils and described by plain words)."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Harbourside: terms of reference
H_CSP = Entity("body", "Harbourside Community Safety Partnership", subtype="Partnership", area="Harbourside",
               aliases=("Harbourside CSP", "HCSP"))
H_DRUGS = Entity("body", "Harbourside Drugs and Alcohol Action Group", subtype="Group", area="Harbourside")
H_NTE = Entity("body", "Harbourside Night-Time Economy Group", subtype="Group", area="Harbourside")
H_FIRE = Entity("body", "Saltreach Fire and Rescue Service", area="Saltreach")
H_HEALTH = Entity("body", "Harbourside Public Health Team", area="Harbourside")
H_COUNCIL = Entity("body", "Harbourside Borough Council", subtype="Council", area="Harbourside")
ORLA = Entity("person", "Orla Stenhouse")
ALUN = Entity("person", "Alun Merriweather")
IDRIS = Entity("person", "Cllr Idris Pemberton", aliases=("Idris Pemberton",))

H_TEXT = """Harbourside Community Safety Partnership: terms of reference (2024)

5. Two groups sit under the Partnership. The Harbourside Drugs and Alcohol Action Group is led by the Harbourside
Public Health Team and chaired by Orla Stenhouse. The Harbourside Night-Time Economy Group reports to the
Partnership; Alun Merriweather chairs it and Saltreach Fire and Rescue Service sits on it.
6. The Partnership reports to Harbourside Borough Council. Cllr Idris Pemberton chairs the Partnership, which is
led by Harbourside Borough Council and funded by it.
"""


def _harbourside(t: str) -> list[Fact]:
    return [
        _fact(t, "Two groups sit under the Partnership. The Harbourside Drugs and Alcohol Action Group", H_DRUGS,
              "subgroup_of", H_CSP),
        _fact(t, "The Harbourside Drugs and Alcohol Action Group is led by the Harbourside\nPublic Health Team",
              H_DRUGS, "led_by", H_HEALTH),
        _fact(t, "chaired by Orla Stenhouse", ORLA, "chairs", H_DRUGS),
        _fact(t, "The Harbourside Night-Time Economy Group reports to the\nPartnership", H_NTE, "reports_to", H_CSP),
        _fact(t, "Alun Merriweather chairs it", ALUN, "chairs", H_NTE),
        _fact(t, "Saltreach Fire and Rescue Service sits on it", H_FIRE, "member_of", H_NTE),
        _fact(t, "The Partnership reports to Harbourside Borough Council.", H_CSP, "reports_to", H_COUNCIL),
        _fact(t, "Cllr Idris Pemberton chairs the Partnership", IDRIS, "chairs", H_CSP),
        _fact(t, "led by Harbourside Borough Council", H_CSP, "led_by", H_COUNCIL),
        _fact(t, "funded by it", H_COUNCIL, "funds", H_CSP),
        _fact(t, "Saltreach Fire and Rescue Service sits on it", H_FIRE, "member_of", H_CSP),
    ]


# -- Quillhaven: minutes
Q_CSP = Entity("body", "Safer Quillhaven Partnership", subtype="Partnership", area="Quillhaven")
Q_HATE = Entity("body", "Quillhaven Hate Crime and Cohesion Forum", subtype="Forum", area="Quillhaven")
Q_YOUTH = Entity("body", "Quillhaven Youth Violence Group", subtype="Group", area="Quillhaven")
Q_TRUST = Entity("body", "Larkspur Housing Trust", area="Quillhaven")
Q_COUNCIL = Entity("body", "Quillhaven District Council", subtype="Council", area="Quillhaven")
BRONWEN = Entity("person", "Cllr Bronwen Achterberg", aliases=("Bronwen Achterberg",))
TEODOR = Entity("person", "Teodor Makinde")
MAIREAD = Entity("person", "Mairead Olufemi")

Q_TEXT = """Safer Quillhaven Partnership
Minutes of the meeting held on 21 May 2024

3. The Quillhaven Hate Crime and Cohesion Forum, a sub-group of the Partnership chaired by Cllr Bronwen
Achterberg, is led by Larkspur Housing Trust. Quillhaven District Council funds the Forum.
4. The Quillhaven Youth Violence Group is part of the Partnership; Teodor Makinde chairs the Group.
5. Mairead Olufemi chairs the Partnership, which Quillhaven District Council leads and funds.
"""


def _quillhaven(t: str) -> list[Fact]:
    return [
        _fact(t, "The Quillhaven Hate Crime and Cohesion Forum, a sub-group of the Partnership", Q_HATE,
              "subgroup_of", Q_CSP),
        _fact(t, "chaired by Cllr Bronwen\nAchterberg", BRONWEN, "chairs", Q_HATE),
        _fact(t, "is led by Larkspur Housing Trust", Q_HATE, "led_by", Q_TRUST),
        _fact(t, "Quillhaven District Council funds the Forum.", Q_COUNCIL, "funds", Q_HATE),
        _fact(t, "The Quillhaven Youth Violence Group is part of the Partnership", Q_YOUTH, "part_of", Q_CSP),
        _fact(t, "Teodor Makinde chairs the Group.", TEODOR, "chairs", Q_YOUTH),
        _fact(t, "Mairead Olufemi chairs the Partnership", MAIREAD, "chairs", Q_CSP),
        _fact(t, "which Quillhaven District Council leads", Q_CSP, "led_by", Q_COUNCIL),
        _fact(t, "which Quillhaven District Council leads and funds", Q_COUNCIL, "funds", Q_CSP),
    ]


# -- Ravensgill: a web page; its tasking group's name is shared with Quillhaven's papers below
R_CSP = Entity("body", "Ravensgill Community Safety Partnership", subtype="Partnership", area="Ravensgill",
               aliases=("Ravensgill CSP",))
R_TASKING = Entity("body", "Ravensgill Tasking and Problem Solving Group", subtype="Group", area="Ravensgill")
R_POLICE = Entity("body", "Ravensgill Neighbourhood Policing Team", area="Ravensgill")
PIPPA = Entity("person", "Inspector Pippa Okonkwo-Hale", aliases=("Pippa Okonkwo-Hale",))
R_COUNCIL = Entity("body", "Ravensgill District Council", subtype="Council", area="Ravensgill")

R_TEXT = """About the Ravensgill Community Safety Partnership

The Ravensgill Tasking and Problem Solving Group works under the partnership. It is chaired by Inspector Pippa
Okonkwo-Hale and led by the Ravensgill Neighbourhood Policing Team. The partnership itself is led by Ravensgill
District Council.
"""


def _ravensgill(t: str) -> list[Fact]:
    return [
        _fact(t, "The Ravensgill Tasking and Problem Solving Group works under the partnership", R_TASKING,
              "subgroup_of", R_CSP),
        _fact(t, "It is chaired by Inspector Pippa\nOkonkwo-Hale", PIPPA, "chairs", R_TASKING),
        _fact(t, "led by the Ravensgill Neighbourhood Policing Team", R_TASKING, "led_by", R_POLICE),
        _fact(t, "The partnership itself is led by Ravensgill\nDistrict Council", R_CSP, "led_by", R_COUNCIL),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "described_name", [
        paper("harbourside-csp-tor-2024", H_TEXT, "Harbourside", _harbourside, doc_type="terms_of_reference"),
        paper("quillhaven-sqp-minutes-2024-05-21", Q_TEXT, "Quillhaven", _quillhaven, doc_type="minutes"),
        paper("ravensgill-csp-web-2024", R_TEXT, "Ravensgill", _ravensgill, doc_type="web_page"),
    ])


# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    # a name with "and" inside, then a clause naming the body above it
    ("Which organisation leads the Harbourside Drugs and Alcohol Action Group that sits under the HCSP?",
     ["Harbourside Public Health Team"], ["Larkspur Housing Trust", "Harbourside Borough Council"]),
    ("Who chairs the Harbourside Drugs and Alcohol Action Group, which sits under the Harbourside CSP?",
     ["Orla Stenhouse"], ["Alun Merriweather", "Idris Pemberton"]),
    ("Which organisation leads the Quillhaven Hate Crime and Cohesion Forum that sits under the Safer Quillhaven "
     "Partnership?", ["Larkspur Housing Trust"], ["Harbourside Public Health Team", "Quillhaven District Council"]),
    ("Who chairs the Quillhaven Hate Crime and Cohesion Forum which is a sub-group of the Safer Quillhaven "
     "Partnership?", ["Bronwen Achterberg"], ["Teodor Makinde", "Mairead Olufemi"]),
    ("Who funds the Quillhaven Hate Crime and Cohesion Forum that sits under the Safer Quillhaven Partnership?",
     ["Quillhaven District Council"], []),
    ("Which team leads the Ravensgill Tasking and Problem Solving Group that works under the Ravensgill CSP?",
     ["Ravensgill Neighbourhood Policing Team"], ["Ravensgill District Council"]),
    # a clause of plain words, which names nothing: it describes the group named in full
    ("Who chairs the Harbourside Night-Time Economy Group that reports to the partnership?",
     ["Alun Merriweather"], ["Orla Stenhouse"]),
    ("Who chairs the Harbourside Drugs and Alcohol Action Group, which sits under the partnership?",
     ["Orla Stenhouse"], ["Alun Merriweather"]),
    ("Who sits on the Harbourside Night-Time Economy Group that reports to the partnership?",
     ["Saltreach Fire and Rescue Service"], []),
    ("Who chairs the Quillhaven Youth Violence Group that is part of the partnership?", ["Teodor Makinde"],
     ["Bronwen Achterberg"]),
    ("Who chairs the Ravensgill Tasking and Problem Solving Group that works under the partnership?",
     ["Pippa Okonkwo-Hale"], []),
    ("which organisation leads the ravensgill tasking and problem solving group that works under the partnership",
     ["Ravensgill Neighbourhood Policing Team"], []),
    # neighbours that keep their reading
    ("Who chairs the Harbourside Drugs and Alcohol Action Group?", ["Orla Stenhouse"], []),
    ("Which organisation leads the Quillhaven Hate Crime and Cohesion Forum?", ["Larkspur Housing Trust"], []),
    ("What does the Harbourside Night-Time Economy Group report to?", ["Harbourside Community Safety Partnership"],
     []),
    ("Who chairs the group that reports to the Harbourside Community Safety Partnership?", ["Alun Merriweather"],
     ["Bronwen Achterberg"]),
    ("Who chairs the group that is led by the Harbourside Public Health Team?", ["Orla Stenhouse"],
     ["Alun Merriweather"]),
    ("Which organisation leads the Safer Quillhaven Partnership?", ["Quillhaven District Council"],
     ["Larkspur Housing Trust"]),
    # a clause naming a body the graph does not hold: nothing
    ("Who chairs the Harbourside Night-Time Economy Group that reports to the Oxmere Safety Board?", [], []),
    ("Which organisation leads the Harbourside Drugs and Alcohol Action Group that sits under the Oxmere "
     "Partnership?", [], []),
    ("Who chairs the Quillhaven Youth Violence Group that reports to Westerby Council?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_a_name_described_by_its_clause(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
