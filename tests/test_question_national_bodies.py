"""A national body (a department, agency or inspectorate of the national gazetteer) is no council's: a question
that names it beside a place is not refused because the papers that first named it were another council's,
and what it did is still only answered from the asked place's papers."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

HOME_OFFICE = Entity("body", "Home Office")
MOJ = Entity("body", "Ministry of Justice")
YJB = Entity("body", "Youth Justice Board for England and Wales", aliases=("YJB",))
O_COUNCIL = Entity("body", "Orrinford Borough Council", subtype="Council", area="Orrinford")
T_COUNCIL = Entity("body", "Tallowby District Council", subtype="Council", area="Tallowby")
K_COUNCIL = Entity("body", "Kestermoor City Council", subtype="Council", area="Kestermoor")
O_STREETS = Entity("initiative", "Orrinford Safer Streets scheme", area="Orrinford")
T_CCTV = Entity("initiative", "Tallowby town centre CCTV service", area="Tallowby")
K_YOS = Entity("body", "Kestermoor Youth Offending Service", area="Kestermoor")
K_PANEL = Entity("body", "Kestermoor Youth Justice Management Board", area="Kestermoor")

# Three councils, three ways of writing: a decision notice, minutes with a numbered item, a web page.
O_TEXT = """Orrinford Borough Council - Cabinet decision notice CAB/24/07

Decision: to accept the Home Office grant of £310,000 for the Orrinford Safer Streets scheme for 2024/25.
"""
T_TEXT = """Tallowby District Council Overview and Scrutiny Committee - minutes, 3 March 2024

7. Town centre CCTV
Members heard that the Home Office grant for the CCTV service ended in March 2023. Since April 2023 the
Tallowby town centre CCTV service has been paid for by Tallowby District Council from its own budget.
"""
K_TEXT = """Kestermoor Youth Offending Service - about us

The service is funded by Kestermoor City Council and the Youth Justice Board. Its work is overseen by the
Kestermoor Youth Justice Management Board. The Ministry of Justice sets the national standards.
"""


def _o(t: str) -> list[Fact]:
    return [_fact(t, "Home Office grant of £310,000 for the Orrinford Safer Streets scheme", HOME_OFFICE, "funds",
                  O_STREETS)]


def _t(t: str) -> list[Fact]:
    return [
        _fact(t, "Home Office grant for the CCTV service", HOME_OFFICE, "funds", T_CCTV),
        _fact(t, "Tallowby town centre CCTV service has been paid for by Tallowby District Council", T_COUNCIL,
              "funds", T_CCTV),
    ]


def _k(t: str) -> list[Fact]:
    return [
        _fact(t, "funded by Kestermoor City Council", K_COUNCIL, "funds", K_YOS),
        _fact(t, "the Youth Justice Board", YJB, "funds", K_YOS),
        _fact(t, "overseen by the\nKestermoor Youth Justice Management Board", K_PANEL, "oversees", K_YOS),
        _fact(t, "The Ministry of Justice sets the national standards", MOJ, "other", K_YOS),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    # Orrinford's paper is loaded first, so that the Home Office is first written in Orrinford's papers
    yield from asker_over(tmp_path_factory, "national-bodies", [
        paper("orrinford-cabinet-decision-cab-24-07", O_TEXT, "Orrinford", _o, doc_type="decision"),
        paper("tallowby-scrutiny-minutes-2024-03", T_TEXT, "Tallowby", _t, doc_type="minutes"),
        paper("kestermoor-yos-about-us", K_TEXT, "Kestermoor", _k, doc_type="webpage"),
    ])


def test_a_national_body_named_beside_another_place_is_not_refused(asker):
    # before: "the graph holds no Home Office in Tallowby", since Orrinford's paper named it first
    result = asker.ask("Who has paid for the CCTV service in Tallowby since the Home Office money stopped?")
    assert not result.refused
    assert "Tallowby District Council" in [a.label for a in result.answers]
    assert "Home Office (body, national)" in result.interpretation


def test_a_national_body_is_shown_as_national(asker):
    result = asker.ask("What does the Home Office fund in Orrinford?")
    assert "Home Office (body, national)" in result.interpretation
    assert [a.label for a in result.answers] == ["Orrinford Safer Streets scheme"]


def test_what_a_national_body_did_is_the_asked_place_s_only(asker):
    # the Home Office funds Orrinford's scheme and Tallowby's service: asked of one, never the other's
    assert "Orrinford Safer Streets scheme" not in labels(asker, "What does the Home Office fund in Tallowby?")
    assert "Tallowby town centre CCTV service" not in labels(asker, "What does the Home Office pay for in Orrinford?")
    assert labels(asker, "What does the Home Office fund in Kestermoor?") == []


def test_a_national_body_in_a_place_the_graph_does_not_hold_is_refused(asker):
    result = asker.ask("What does the Home Office fund in Rutland?")
    assert result.answers == [] and "Rutland" in result.interpretation
    result = asker.ask("Which services does the Youth Justice Board pay for in Leicestershire?")
    assert result.answers == [] and "Leicestershire" in result.interpretation


def test_a_national_funder_beside_a_local_body_in_another_place(asker):
    # the YJB was first written in Kestermoor's paper; asked with Kestermoor it is found, with Tallowby it is not
    assert "Youth Justice Board for England and Wales" in labels(
        asker, "Who funds the youth offending service in Kestermoor besides the YJB?") + labels(
        asker, "Who funds the Kestermoor Youth Offending Service?")
    assert labels(asker, "What does the YJB fund in Tallowby?") == []
