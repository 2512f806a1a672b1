"""A chair read from the papers' words is the one the sentence names as chair, never merely the person named
nearest the body: an organisation that chairs ("run by the county council, which chairs it") leaves no person
to answer; a verb with an object ("the Council chairs the group and Inspector X attends") has its chair before
it; a numbered clause ("3.2 The chair rotates ...") does not take the last name of the list above it as its
subject. Three invented councils in three layouts (a district web page, unitary minutes, a joint agreement);
papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

PANEL = Entity("body", "Northfold Exploitation Panel", subtype="Panel", area="Northfold")
NCC = Entity("body", "Northfold County Council", subtype="Council", area="Northfold")
HARBOUR = Entity("body", "Saltmarsh Harbour Watch Group", subtype="Group", area="Saltmarsh")
NIGHT = Entity("body", "Saltmarsh Night Forum", subtype="Forum", area="Saltmarsh")
SALT = Entity("body", "Saltmarsh Council", subtype="Council", area="Saltmarsh")
HATE = Entity("body", "Northfold Hate Crime Group", subtype="Group", area="Northfold")
ORWICK = Entity("body", "Orwick Safety Board", subtype="Board", area="Orwick")
JOINT = Entity("body", "Fenbury and Orwick Safety Joint Committee", subtype="Committee", area="Fenbury")

WEB_TEXT = """Keeping Northfold safe: the exploitation panel

Who sits on the panel

The panel brings together the agencies that support people at risk of exploitation. Across Northfold the
Exploitation Panel is run by Northfold County Council, which chairs it, and our district Safety
Officer, Casimir Ondaatje, sits on the panel for our residents. Referrals go through the county hub.

Hate crime
The county's equality lead, who chairs the Northfold Hate Crime Group in turn, is Marguerite Quillfeather-Ash.
"""

MINUTES_TEXT = """Saltmarsh Council: Communities Scrutiny minutes, 9 October 2024

Item 6 Harbour Watch Group. Members heard that the Council chairs the Harbour Watch Group and Inspector
Bryony Tallack attends for the police. Cllr Saoirse Medlicott, who chairs the Night Forum, gave an update
on late-night transport and taxi marshals.
"""

AGREEMENT_TEXT = """Fenbury and Orwick Safety Joint Committee: agreement between the two councils

3.  Joint Committee
3.1 The councils set up the Fenbury and Orwick Safety Joint Committee to oversee their joint safety team.
    Fenbury:  Cllr Lavinia Quartermaine (Lead Member for Communities)
    Orwick:  Cllr Winifred Okparaeke-Blackwood (Cabinet Member for Housing)
3.2 The chair rotates each year between the councils.  For 2025/26 the Joint Committee is chaired
by Cllr Ptolemy Arkwright.
3.3 The Joint Committee meets four times a year. The Orwick Safety Board, chaired this year by Cllr
Lavinia Quartermaine, sends it a note of each meeting.
"""


REPORT_TEXT = """Brackenridge Borough Council: community safety report to Cabinet, March 2025

5.1 The Brackenridge Prevent Group, which sits under the Safer Brackenridge Partnership and is chaired
by the Head of Neighbourhoods, meets every month.

5.2 The Brackenridge Strategic Board draws together the chairs of the district partnerships and is chaired by
the Brackenridge Police and Crime Commissioner.

5.3 Spending is reported to the Deputy Mayor through the Brackenridge Reducing Harm Leads Group, which is
chaired by the Director of Public Protection, Ignatius Wolstenholme.
"""
PREVENT = Entity("body", "Brackenridge Prevent Group", subtype="Group", area="Brackenridge")
SBP = Entity("body", "Safer Brackenridge Partnership", subtype="Partnership", area="Brackenridge")
STRATEGIC = Entity("body", "Brackenridge Strategic Board", subtype="Board", area="Brackenridge")
BBC = Entity("body", "Brackenridge Borough Council", subtype="Council", area="Brackenridge")
HEAD = Entity("post", "Head of Neighbourhoods", area="Brackenridge")
PCC = Entity("post", "Brackenridge Police and Crime Commissioner", area="Brackenridge")


def _report(t: str) -> list[Fact]:
    return [
        _fact(t, "Brackenridge Prevent Group", PREVENT, "subgroup_of", SBP),
        _fact(t, "Brackenridge Strategic Board", STRATEGIC, "covers_area", Entity("area", "Brackenridge")),
        _fact(t, "Brackenridge Borough Council", BBC, "member_of", SBP),
        _fact(t, "Head of Neighbourhoods", HEAD, "member_of", PREVENT),
        _fact(t, "Brackenridge Police and Crime Commissioner", PCC, "member_of", STRATEGIC),
        _fact(t, "Ignatius Wolstenholme", Entity("person", "Ignatius Wolstenholme"), "member_of", BBC),
    ]


ANNUAL_TEXT = """Safer Tollbridge Partnership: annual report 2024-25

Who we are
The Safer Tollbridge Partnership is the borough's community safety partnership. Its members are Tollbridge
Borough Council, the county police and the Tollbridge Health and Care Board. The vice-chair for 2024-25 was
Supt Ingrid Brandvold-Mbeki. We share a data analyst with the Tollbridge Health and Care Board. Our chair is
the Council's Leader, Cllr Thaddeus Oyelowo-Finch. The Tollbridge Reoffending Panel answers to the Safer
Tollbridge Partnership, not to the county board, and its chair, Leopold Nakagawa-Reyes, writes to both twice a year.
"""
STP = Entity("body", "Safer Tollbridge Partnership", subtype="Partnership", area="Tollbridge")
HCB = Entity("body", "Tollbridge Health and Care Board", subtype="Board", area="Tollbridge")
TRP = Entity("body", "Tollbridge Reoffending Panel", subtype="Panel", area="Tollbridge")


def _annual(t: str) -> list[Fact]:
    return [
        _fact(t, "Safer Tollbridge Partnership", STP, "covers_area", Entity("area", "Tollbridge")),
        _fact(t, "Tollbridge Health and Care Board", HCB, "member_of", STP),
        _fact(t, "Tollbridge Reoffending Panel", TRP, "reports_to", STP),
    ] + [_fact(t, name, Entity("person", name), "member_of", STP)
         for name in ("Ingrid Brandvold-Mbeki", "Thaddeus Oyelowo-Finch", "Leopold Nakagawa-Reyes")]


def _web(t: str) -> list[Fact]:
    return [
        _fact(t, "Exploitation Panel", PANEL, "covers_area", Entity("area", "Northfold")),
        _fact(t, "run by Northfold County Council", NCC, "member_of", PANEL),
        _fact(t, "Casimir Ondaatje", Entity("person", "Casimir Ondaatje"), "member_of", PANEL),
        _fact(t, "Northfold Hate Crime Group", HATE, "covers_area", Entity("area", "Northfold")),
        _fact(t, "Marguerite Quillfeather-Ash", Entity("person", "Marguerite Quillfeather-Ash"), "member_of", HATE),
    ]


def _minutes(t: str) -> list[Fact]:
    return [
        _fact(t, "Harbour Watch Group", HARBOUR, "covers_area", Entity("area", "Saltmarsh")),
        _fact(t, "Night Forum", NIGHT, "covers_area", Entity("area", "Saltmarsh")),
        _fact(t, "Bryony Tallack attends", Entity("person", "Bryony Tallack"), "member_of", HARBOUR),
        _fact(t, "Cllr Saoirse Medlicott", Entity("person", "Saoirse Medlicott"), "attended", SALT),
    ]


def _agreement(t: str) -> list[Fact]:
    return [
        _fact(t, "Joint Committee", JOINT, "covers_area", Entity("area", "Fenbury")),
        _fact(t, "Orwick Safety Board", ORWICK, "covers_area", Entity("area", "Orwick")),
    ] + [_fact(t, name, Entity("person", name), "member_of", JOINT)
         for name in ("Lavinia Quartermaine", "Winifred Okparaeke-Blackwood", "Ptolemy Arkwright")]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "chair-named", [
        paper("northfold-exploitation-panel-web-page-2024", WEB_TEXT, "Northfold", _web, doc_type="web"),
        paper("saltmarsh-communities-scrutiny-minutes-2024-10", MINUTES_TEXT, "Saltmarsh", _minutes),
        paper("fenbury-orwick-joint-safety-agreement-2025", AGREEMENT_TEXT, "Fenbury", _agreement),
        paper("brackenridge-borough-council-cabinet-report-2025-03", REPORT_TEXT, "Brackenridge", _report),
        paper("safer-tollbridge-partnership-annual-report-2025", ANNUAL_TEXT, "Tollbridge", _annual),
    ])


def test_an_organisation_that_chairs_leaves_no_person_to_answer(asker):
    # the officer who sits on the panel is named nearest the role's word, but the county council chairs it
    assert "Casimir Ondaatje" not in labels(asker, "Who chairs the Northfold Exploitation Panel?")
    assert "Casimir Ondaatje" not in labels(asker, "Who is the chair of the Northfold Exploitation Panel?")


def test_a_verb_with_an_object_has_its_chair_before_it(asker):
    # "the Council chairs the Harbour Watch Group and Inspector ... attends": the inspector only attends
    assert "Bryony Tallack" not in labels(asker, "Who chairs the Saltmarsh Harbour Watch Group?")
    # "Cllr X, who chairs the Night Forum": the person before the verb is its chair
    assert labels(asker, "Who chairs the Saltmarsh Night Forum?") == ["Saoirse Medlicott"]


def test_a_post_that_chairs_named_after_its_clause_and_a_role_chaired_this_year(asker):
    # "the county's equality lead, who chairs the group ..., is NAME": the name is the clause's subject
    assert labels(asker, "Who chairs the Northfold Hate Crime Group?") == ["Marguerite Quillfeather-Ash"]
    # "chaired this year by": a passive, its holder after
    assert labels(asker, "Who chairs the Orwick Safety Board?") == ["Lavinia Quartermaine"]


def test_a_numbered_clause_does_not_take_the_last_name_of_the_list_above(asker):
    assert labels(asker, "Who chairs the Fenbury and Orwick Safety Joint Committee?") == ["Ptolemy Arkwright"]


def test_a_second_verb_of_the_same_subject_chairs_the_subject_not_the_body_named_last(asker):
    # "the Prevent Group, which sits under the Partnership and is chaired by": the group is chaired
    assert "Head of Neighbourhoods" not in labels(asker, "Who chairs the Safer Brackenridge Partnership?")
    assert labels(asker, "Who chairs the Brackenridge Prevent Group?") == ["Head of Neighbourhoods"]
    # "the Board draws together the chairs of the district partnerships and is chaired by": the board is
    assert labels(asker, "Who chairs the Brackenridge Strategic Board?") == [
        "Brackenridge Police and Crime Commissioner"]


def test_a_group_the_graph_does_not_hold_takes_its_own_chair_not_the_publishers(asker):
    # "the Leads Group, which is chaired by ...": a group the graph holds no body for; the council only
    # published the paper
    assert labels(asker, "Who chairs Brackenridge Borough Council?") == []
    assert labels(asker, "Who chairs the Brackenridge Borough Council?") == []


def test_a_list_of_members_before_the_role_names_no_chairs_body(asker):
    # the members list ends on a board; the vice-chair is the partnership's, the sentence before the list says
    assert labels(asker, "Who is the vice-chair of the Safer Tollbridge Partnership?") == ["Ingrid Brandvold-Mbeki"]
    assert labels(asker, "Who is the vice-chair of the Tollbridge Health and Care Board?") == []


def test_our_chair_and_its_chair_say_whose(asker):
    # "Our chair": the body the paper speaks for, not the board named in the sentence before
    assert labels(asker, "Who chairs the Tollbridge Health and Care Board?") == []
    assert "Thaddeus Oyelowo-Finch" in labels(asker, "Who chairs the Safer Tollbridge Partnership?")
    # "the Panel answers to the Partnership ..., and its chair": the panel's, the sentence's subject
    assert "Leopold Nakagawa-Reyes" not in labels(asker, "Who chairs the Safer Tollbridge Partnership?")
    assert labels(asker, "Who chairs the Tollbridge Reoffending Panel?") == ["Leopold Nakagawa-Reyes"]
