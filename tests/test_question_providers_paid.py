"""'Which provider was allocated £N for <service>?' where the graph holds no allocation for the service, only
who delivers it: the deliverer a paper gives on the line that writes the asked amount (a grant table's row of
service, provider and amount), labelled as read so; nothing when the amount asked is not on that line, and never
another council's provider. Invented councils (Wrexley, Copperdale, Saltash Vale), papers written for these
tests, in three layouts: a pipe table, a bulleted list, a sentence."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

W_SERVICE = Entity("initiative", "Street Pastors night patrols (Wrexley town centre)", area="Wrexley")
W_PROVIDER = Entity("body", "Wrexley Churches Together")
C_SERVICE = Entity("initiative", "Copperdale Bike Marking Clinics", area="Copperdale")
C_PROVIDER = Entity("body", "Gearwise Community Cycles")
S_SERVICE = Entity("initiative", "Saltash Vale Water Safety Talks", area="Saltash Vale")
S_PROVIDER = Entity("body", "Tidewatch Lifesaving Club")

W_TEXT = """Wrexley Community Safety Partnership: grants for 2024/25

| Project | Provider | Award |
| Street Pastors night patrols (Wrexley town centre) | Wrexley Churches Together | \u00a312,500 |
"""
C_TEXT = """Copperdale Safer Neighbourhoods Fund: awards

- Copperdale Bike Marking Clinics: Gearwise Community Cycles, \u00a33,200
"""
S_TEXT = """Saltash Vale Partnership decision notice

The Partnership agreed \u00a37,750 to Tidewatch Lifesaving Club to deliver the Saltash Vale Water Safety Talks.
"""


def _w(t: str) -> list[Fact]:
    return [_fact(t, "Street Pastors night patrols (Wrexley town centre) | Wrexley Churches Together | \u00a312,500",
                  W_PROVIDER, "delivers", W_SERVICE)]


def _c(t: str) -> list[Fact]:
    return [_fact(t, "Copperdale Bike Marking Clinics: Gearwise Community Cycles, \u00a33,200", C_PROVIDER, "delivers",
                  C_SERVICE)]


def _s(t: str) -> list[Fact]:
    return [_fact(t, "\u00a37,750 to Tidewatch Lifesaving Club to deliver the Saltash Vale Water Safety Talks",
                  S_PROVIDER, "delivers", S_SERVICE)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "providers-paid", [
        paper("wrexley-csp-grants-2024", W_TEXT, "Wrexley", _w),
        paper("copperdale-fund-awards-2024", C_TEXT, "Copperdale", _c),
        paper("saltash-vale-decision-2024", S_TEXT, "Saltash Vale", _s, doc_type="decision"),
    ])


def test_the_provider_on_a_table_row(asker):
    result = asker.ask("Which provider was allocated £12,500 for the Street Pastors night patrols (Wrexley town"
                       " centre)?")
    assert [a.label for a in result.answers] == ["Wrexley Churches Together"]
    assert "no allocation in the graph says so" in (result.answers[0].note or "")


def test_the_provider_on_a_list_line(asker):
    assert labels(asker, "Which organisation was awarded £3,200 for the Copperdale Bike Marking Clinics?") == [
        "Gearwise Community Cycles"]


def test_the_provider_in_a_sentence(asker):
    assert labels(asker, "Who was allocated £7,750 for the Saltash Vale Water Safety Talks?") == [
        "Tidewatch Lifesaving Club"]


def test_no_provider_for_an_amount_not_on_its_line(asker):
    assert labels(asker, "Which provider was allocated £9,000 for the Copperdale Bike Marking Clinics?") == []
