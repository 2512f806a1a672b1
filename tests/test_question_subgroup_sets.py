""""What do the Board's sub-groups report to?" where the papers list an Executive Group among the Board's
sub-groups and the other sub-groups report to it: the Executive Group is an answer (each sub-group is read on its
own), as is what the Executive Group reports to. Another council's groups never answer. Three councils, three
ways of writing a governance structure; invented names, papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact


def _body(name: str, area: str) -> Entity:
    return Entity("body", name, area=area)


# a web page: sentences
O_BOARD = _body("Orrinford Safeguarding Adults Board", "Orrinford")
O_EXEC = _body("Orrinford SAB Executive Group", "Orrinford")
O_GROUPS = [_body(f"Orrinford SAB {n} Sub-group", "Orrinford") for n in ("Learning", "Quality", "Reviews")]
O_TEXT = """How the Orrinford Safeguarding Adults Board works

The Board has an Orrinford SAB Executive Group and three sub-groups: the Orrinford SAB Learning Sub-group, the
Orrinford SAB Quality Sub-group and the Orrinford SAB Reviews Sub-group. Each sub-group reports to the Executive
Group, which reports to the Board.
"""
# a table with a "reports to" column
T_BOARD = _body("Tallowby Community Safety Partnership", "Tallowby")
T_EXEC = _body("Tallowby CSP Delivery Board", "Tallowby")
T_GROUPS = [_body(f"Tallowby {n} Group", "Tallowby") for n in ("Night Time Economy", "Hate Crime")]
T_TEXT = """Tallowby Community Safety Partnership - structure

| Group                          | Reports to                 |
|--------------------------------|----------------------------|
| Tallowby CSP Delivery Board    | Tallowby Community Safety Partnership |
| Tallowby Night Time Economy Group | Tallowby CSP Delivery Board |
| Tallowby Hate Crime Group      | Tallowby CSP Delivery Board |
"""
# terms of reference, numbered paragraphs
K_BOARD = _body("Kestermoor Domestic Abuse Partnership", "Kestermoor")
K_GROUPS = [_body(f"Kestermoor {n} Subgroup", "Kestermoor") for n in ("Refuge", "Perpetrator")]
K_TEXT = """Kestermoor Domestic Abuse Partnership - terms of reference

7.1 The Kestermoor Refuge Subgroup and the Kestermoor Perpetrator Subgroup are sub-groups of the Partnership.
7.2 Each subgroup reports to the Partnership.
"""


def _o(t: str) -> list[Fact]:
    out = [_fact(t, "Orrinford SAB Executive Group", O_EXEC, "subgroup_of", O_BOARD),
           _fact(t, "Executive\nGroup, which reports to the Board", O_EXEC, "reports_to", O_BOARD)]
    for g in O_GROUPS:
        out += [_fact(t, g.name, g, "subgroup_of", O_BOARD),
                _fact(t, "Each sub-group reports to the Executive\nGroup", g, "reports_to", O_EXEC)]
    return out


def _t(t: str) -> list[Fact]:
    out = [_fact(t, "| Tallowby CSP Delivery Board    | Tallowby Community Safety Partnership |", T_EXEC,
                 "subgroup_of", T_BOARD),
           _fact(t, "| Tallowby CSP Delivery Board    | Tallowby Community Safety Partnership |", T_EXEC,
                 "reports_to", T_BOARD)]
    for g in T_GROUPS:
        line = next(x for x in t.splitlines() if g.name in x)
        out += [_fact(t, line, g, "subgroup_of", T_BOARD), _fact(t, line, g, "reports_to", T_EXEC)]
    return out


def _k(t: str) -> list[Fact]:
    out = []
    for g in K_GROUPS:
        out += [_fact(t, g.name, g, "subgroup_of", K_BOARD),
                _fact(t, "Each subgroup reports to the Partnership", g, "reports_to", K_BOARD)]
    return out


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "subgroup-sets", [
        paper("orrinford-sab-how-it-works", O_TEXT, "Orrinford", _o, doc_type="webpage"),
        paper("tallowby-csp-structure", T_TEXT, "Tallowby", _t),
        paper("kestermoor-dap-terms-of-reference", K_TEXT, "Kestermoor", _k, doc_type="terms_of_reference"),
    ])


def test_the_group_the_other_sub_groups_report_to_is_an_answer(asker):
    got = labels(asker, "What do the Orrinford Safeguarding Adults Board's sub-groups report to?")
    assert "Orrinford SAB Executive Group" in got
    got = labels(asker, "Who do the sub-groups of the Tallowby Community Safety Partnership report to?")
    assert "Tallowby CSP Delivery Board" in got


def test_sub_groups_that_all_report_to_their_parent(asker):
    assert labels(asker, "What do the Kestermoor Domestic Abuse Partnership sub-groups report to?") == [
        "Kestermoor Domestic Abuse Partnership"]


def test_never_another_council_s_group(asker):
    got = labels(asker, "What do the Tallowby Community Safety Partnership sub-groups report to?")
    assert not any(x.startswith(("Orrinford", "Kestermoor")) for x in got)
