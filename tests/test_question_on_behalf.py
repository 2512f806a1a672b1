"""'Who represents X on Y?' where no fact says: a sentence of Y's papers that has someone attend or sit on Y "on
X's behalf" or "on behalf of X" says it, read as representing. Never a name from another council's paper.
Invented councils (Dunmere, Thorncliffe, Elmstead Vale), papers written for these tests, in three styles: a
decision notice, terms of reference, minutes."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

D_BOARD = Entity("body", "Dunmere Safer Communities Board", area="Dunmere")
D_DEPUTY = Entity("person", "Leontyne Aske")
T_PANEL = Entity("body", "Thorncliffe Reducing Reoffending Panel", area="Thorncliffe")
T_COUNCIL = Entity("body", "Thorncliffe District Council", subtype="Council", area="Thorncliffe")
T_MEMBER = Entity("person", "Gideon Farrow")
E_FORUM = Entity("body", "Elmstead Vale Night Time Economy Forum", area="Elmstead Vale")
E_OFFICER = Entity("person", "Rhiannon Tey")

D_TEXT = """Dunmere Police and Crime Commissioner: decision notice 7/2024

The Commissioner sits on the Dunmere Safer Communities Board, and her Deputy, Ms Leontyne Aske, attends the
Dunmere Safer Communities Board on her behalf when she cannot.
"""
T_TEXT = """Thorncliffe Reducing Reoffending Panel: terms of reference

4.2 Cllr Gideon Farrow sits on the Thorncliffe Reducing Reoffending Panel on behalf of Thorncliffe District
Council.
"""
E_TEXT = """Elmstead Vale Night Time Economy Forum minutes

Inspector Rhiannon Tey attended the Elmstead Vale Night Time Economy Forum on behalf of the county police.
"""


def _d(t: str) -> list[Fact]:
    return [_fact(t, "Ms Leontyne Aske", D_DEPUTY, "attended", D_BOARD)]


def _t(t: str) -> list[Fact]:
    return [_fact(t, "Cllr Gideon Farrow", T_MEMBER, "member_of", T_COUNCIL),
            _fact(t, "Thorncliffe Reducing Reoffending Panel", T_PANEL, "covers_area", Entity("area", "Thorncliffe"))]


def _e(t: str) -> list[Fact]:
    return [_fact(t, "Inspector Rhiannon Tey", E_OFFICER, "attended", E_FORUM)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "on-behalf", [
        paper("dunmere-pcc-decision-2024", D_TEXT, "Dunmere", _d, doc_type="decision"),
        paper("thorncliffe-rrp-terms-2024", T_TEXT, "Thorncliffe", _t),
        paper("elmstead-vale-ntef-minutes-2024", E_TEXT, "Elmstead Vale", _e, doc_type="minutes"),
    ])


def test_on_her_behalf_in_a_decision_notice(asker):
    assert labels(asker, "Who represents the Commissioner at the Dunmere Safer Communities Board?") == [
        "Leontyne Aske"]


def test_on_behalf_of_the_council_in_terms_of_reference(asker):
    assert labels(asker, "Who represents the council on the Thorncliffe Reducing Reoffending Panel?") == [
        "Gideon Farrow"]


def test_on_behalf_of_the_police_in_minutes(asker):
    assert labels(asker, "Who represents the police at the Elmstead Vale Night Time Economy Forum?") == [
        "Rhiannon Tey"]


def test_never_another_councils_representative(asker):
    assert labels(asker, "Who represents the police at the Dunmere Night Time Economy Forum?") == []
