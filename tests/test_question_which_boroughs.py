""""Which boroughs ..." asks for councils (or their areas), as "which councils" does: a charity, a police force
or a fire service that the rest of the question also reaches is no borough."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

OPCC = Entity("body", "Office of the Northshire Police and Crime Commissioner", area="Northshire")
ORRINFORD = Entity("body", "Orrinford Borough Council", subtype="Council", area="Orrinford")
TALLOWBY = Entity("body", "Tallowby District Council", subtype="Council", area="Tallowby")
KESTERMOOR = Entity("body", "Kestermoor City Council", subtype="Council", area="Kestermoor")
TRUST = Entity("body", "Bright Harbour Youth Trust", area="Northshire")
FIRE = Entity("body", "Northshire Fire and Rescue Service", area="Northshire")
TEAM = Entity("body", "Orrinford and Tallowby Prevent Team", area="Orrinford")
AREA_O = Entity("area", "Orrinford")
AREA_T = Entity("area", "Tallowby")
PARTNERSHIP = Entity("body", "Kestermoor Community Safety Partnership", area="Kestermoor")

# A grant table, a minute with a numbered item, a web page: three ways of writing who got money or who works where.
GRANTS = """Office of the Northshire Police and Crime Commissioner - Decision 2024/031: Safer Streets grants

| Recipient                          | Amount   |
|------------------------------------|----------|
| Orrinford Borough Council          | £120,000 |
| Tallowby District Council          | £95,500  |
| Bright Harbour Youth Trust         | £40,000  |
| Northshire Fire and Rescue Service | £18,250  |
"""
MINUTES = """Kestermoor Community Safety Partnership - minutes of 9 October 2024

5. Funding
The Commissioner's grant of £60,000 has been passed to Kestermoor City Council, which holds the Partnership's budget.
"""
WEB = """Orrinford and Tallowby Prevent Team

We are a shared team working across Orrinford and Tallowby.
"""


def _grants(t: str) -> list[Fact]:
    return [_fact(t, name, OPCC, "funds", e) for name, e in (
        ("Orrinford Borough Council", ORRINFORD), ("Tallowby District Council", TALLOWBY),
        ("Bright Harbour Youth Trust", TRUST), ("Northshire Fire and Rescue Service", FIRE))]


def _minutes(t: str) -> list[Fact]:
    return [_fact(t, "The Commissioner's grant of £60,000 has been passed to Kestermoor City Council", OPCC, "funds",
                  KESTERMOOR),
            _fact(t, "Kestermoor City Council, which holds the Partnership's budget", KESTERMOOR, "member_of",
                  PARTNERSHIP)]


def _web(t: str) -> list[Fact]:
    return [_fact(t, "working across Orrinford", TEAM, "covers_area", AREA_O),
            _fact(t, "Tallowby.", TEAM, "covers_area", AREA_T)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "which-boroughs", [
        paper("northshire-opcc-decision-2024-031", GRANTS, "Northshire", _grants, doc_type="decision"),
        paper("kestermoor-csp-minutes-2024-10-09", MINUTES, "Kestermoor", _minutes, doc_type="minutes"),
        paper("orrinford-tallowby-prevent-team", WEB, "Orrinford", _web, doc_type="webpage"),
    ])


def test_which_boroughs_keeps_the_councils_only(asker):
    got = labels(asker, "Which boroughs did the Office of the Northshire Police and Crime Commissioner give grants to?")
    assert set(got) == {"Orrinford Borough Council", "Tallowby District Council", "Kestermoor City Council"}
    # the same question asked for any body still answers every recipient
    got = labels(asker, "Who did the Office of the Northshire Police and Crime Commissioner give grants to?")
    assert {"Bright Harbour Youth Trust", "Northshire Fire and Rescue Service"} <= set(got)


def test_which_boroughs_is_read_as_councils_in_the_interpretation(asker):
    result = asker.ask(
        "Which of the boroughs received money from the Office of the Northshire Police and Crime Commissioner?")
    assert "only those that are a council" in result.interpretation
    assert "Bright Harbour Youth Trust" not in [a.label for a in result.answers]


def test_which_boroughs_a_team_covers_keeps_the_places(asker):
    # the answers are places, not councils: a borough asked for is answered by its area too
    assert set(labels(asker, "Which boroughs does the Orrinford and Tallowby Prevent Team cover?")) == {
        "Orrinford", "Tallowby"}
