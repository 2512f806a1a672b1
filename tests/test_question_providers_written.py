"""'Who delivers X?' where the provider the paper writes after 'delivered by' is no name the graph holds: the
name as written, from X's own sentence; never a provider another council's paper gives the same service.
Invented councils (Saltmere, Brackenholt), papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

S_CSP = Entity("body", "Saltmere Community Safety Partnership", subtype="Partnership", area="Saltmere")
S_TALKS = Entity("initiative", "Saltmere Water Safety Talks", area="Saltmere")
B_CSP = Entity("body", "Brackenholt Community Safety Partnership", subtype="Partnership", area="Brackenholt")
B_CLINIC = Entity("initiative", "Brackenholt Bike Marking Clinics", area="Brackenholt")

S_TEXT = """Saltmere Community Safety Partnership: grants agreed

The partnership agreed these grants for the year:
  - Saltmere Water Safety Talks: \u00a34,200, delivered by Tidewatch Lifesaving Club;
  - Harbour Lights Patrols: \u00a37,900.
"""
B_TEXT = """Brackenholt Community Safety Partnership: grants agreed

The partnership agreed these grants for the year:
  - Brackenholt Bike Marking Clinics: \u00a31,500, delivered by Gearwise Cycles and the Brackenholt Rotary;
"""


def _s(t: str) -> list[Fact]:
    return [_fact(t, "Saltmere Water Safety Talks", S_TALKS, "covers_area", Entity("area", "Saltmere")),
            _fact(t, "Saltmere Community Safety Partnership", S_CSP, "covers_area", Entity("area", "Saltmere"))]


def _b(t: str) -> list[Fact]:
    return [_fact(t, "Brackenholt Bike Marking Clinics", B_CLINIC, "covers_area", Entity("area", "Brackenholt")),
            _fact(t, "Brackenholt Community Safety Partnership", B_CSP, "covers_area", Entity("area", "Brackenholt"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "providers", [
        paper("saltmere-csp-grants-2024", S_TEXT, "Saltmere", _s),
        paper("brackenholt-csp-grants-2024", B_TEXT, "Brackenholt", _b),
    ])


def test_provider_as_written(asker):
    assert labels(asker, "Who delivers the Saltmere Water Safety Talks?") == ["Tidewatch Lifesaving Club"]
    assert labels(asker, "Who delivers the Saltmere Water Safety Talks for the Saltmere CSP?") == [
        "Tidewatch Lifesaving Club"]


def test_never_another_councils_provider(asker):
    assert labels(asker, "Who delivers the Saltmere Bike Marking Clinics?") == []
    assert labels(asker, "Who delivers the Brackenholt Water Safety Talks?") == []
