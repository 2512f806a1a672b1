"""Charts and governance reports of a scope read only the part of the store the scope can reach, and draw
exactly what they would draw from the whole graph; a national graph is not read whole for an unscoped page."""

from __future__ import annotations

import pytest

from govkg.graph.diagram import Scope
from govkg.graph.health import check_graph, governance_health
from govkg.graph.network import load_graph
from govkg.graph.scope import ScopeError, governance_graph, reach, scoped_graph

SCOPES = [
    Scope(area="Worcestershire"),
    Scope(area="Staffordshire"),
    Scope(body="NWCSP", depth=1),
    Scope(body="Overview and Scrutiny Performance Board"),
    Scope(body="NWCSP", people=True, relations=("reports_to", "subgroup_of", "chairs", "funds")),
]


def _shape(g):
    return (sorted((s, o, k) for s, o, k in g.edges(keys=True)),
            sorted((n, g.nodes[n]["label"], g.nodes[n].get("chair")) for n in g.nodes))


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.describe())
def test_a_scoped_chart_matches_the_one_cut_from_the_whole_graph(default_store, scope):
    whole = load_graph(default_store)
    around = reach(default_store, scope)
    assert around is not None and len(around) < whole.number_of_nodes()
    assert _shape(governance_graph(default_store, scope)) == _shape(scoped_graph(whole, scope))


@pytest.mark.parametrize("area", ["Worcestershire", "Staffordshire", "Redditch"])
def test_an_area_report_matches_the_one_read_from_the_whole_graph(default_store, area):
    whole = [f.as_dict() for f in check_graph(load_graph(default_store), area)]
    scoped = [f for c in governance_health(default_store, area)["checks"] for f in c["findings"]]
    assert scoped == whole


def test_a_whole_graph_chart_or_report_of_a_large_graph_is_refused_before_reading_it(default_store, monkeypatch):
    import govkg.graph.health as health
    import govkg.graph.scope as scope_module

    monkeypatch.setattr(scope_module, "WHOLE_GRAPH_FACTOR", 0)
    monkeypatch.setattr(health, "WHOLE_REPORT_BODIES", 1)
    read: list[object] = []
    monkeypatch.setattr(scope_module, "load_graph", lambda *a, **k: read.append(a) or pytest.fail("read it all"))
    with pytest.raises(ScopeError, match="choose a --body, --area or --topic"):
        governance_graph(default_store, Scope())
    with pytest.raises(ScopeError, match="choose an area"):
        governance_health(default_store)
    assert not read
