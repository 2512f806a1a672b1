"""Remote mode against Virtuoso Open Source (Debian `virtuoso-opensource`), the second engine: a govkg server
in front of a real Virtuoso serves every page and question from it, passes its time limit on as Virtuoso's
`timeout` (and never shows Virtuoso's partial "anytime" answer), answers 503 when Virtuoso is gone, and keeps
Virtuoso's own graphs out of govkg's dataset. (The store behaviour tests run on it in test_remote_store.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from sparql_servers import (
    GovkgServer,
    VirtuosoServer,
    assert_idle,
    assert_stopped_at_the_limit,
    virtuoso_binary,
    write_register,
)
from test_hostile_remote import PAGES
from test_query_shapes import CRASHERS

from conftest import run_cli
from govkg.errors import QueryError
from govkg.graph.store import open_store
from govkg.graph.virtuoso import MERGE_GRAPH, SYSTEM_GRAPHS, hide_graphs, operations

pytestmark = pytest.mark.skipif(
    virtuoso_binary() is None,
    reason="Virtuoso is not installed (Debian package virtuoso-opensource; tests/run.sh installs it as root)",
)

CHAIRS = "PREFIX gkg: <https://w3id.org/govkg/def#> SELECT ?p WHERE { ?p gkg:chairs ?b } ORDER BY ?p"


def test_a_govkg_server_in_front_of_virtuoso_serves_everything_then_503_when_it_is_gone(tmp_path: Path, cli_runner):
    backend = VirtuosoServer(tmp_path / "virtuoso")
    server = None
    try:
        result = run_cli(cli_runner, "load", "--store", backend.base, str(write_register(tmp_path / "reg")))
        assert result.exit_code == 0, result.output
        server = GovkgServer(backend.base)  # type: ignore[arg-type]
        for page in PAGES:
            assert requests.get(server.base + page, timeout=30).status_code == 200, page
        # each fact once (the merge), though Virtuoso's own default dataset would count it per graph
        r = requests.get(server.sparql, params={"query": CHAIRS}, headers={"Accept": "text/csv"}, timeout=30)
        assert r.text.splitlines()[1:] == [
            "https://w3id.org/govkg/id/person/priya-anand", "https://w3id.org/govkg/id/person/tom-okafor"]
        answer = requests.get(server.base + "/api/ask", params={"q": "Who chairs the Westmarch Prevent Board?"},
                              timeout=30).json()
        assert "Tom Okafor" in str(answer), answer
        # GRAPH ?g sees the documents' graphs: not the merge, not Virtuoso's system graphs
        r = requests.get(server.sparql, params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                         headers={"Accept": "text/csv"}, timeout=30)
        graphs = set(r.text.splitlines()[1:])
        assert graphs and not graphs & {MERGE_GRAPH, *SYSTEM_GRAPHS}, graphs
        assert all(g.startswith("https://w3id.org/govkg/") for g in graphs), graphs
        for name, query in CRASHERS.items():
            resp = requests.post(server.sparql, data={"query": query}, timeout=30)
            assert resp.status_code == 400 and "govkg passes on at most" in resp.text, name
        assert requests.get(server.base + "/healthz", timeout=10).json()["backend"]["status"] == "ok"

        backend.stop()
        for page in PAGES:
            resp = requests.get(server.base + page, timeout=30)
            assert resp.status_code == 503, (page, resp.status_code, resp.text[:300])
            assert "Traceback" not in resp.text and "the store" in resp.text, page
        assert requests.get(server.base + "/healthz", timeout=10).status_code == 503
    finally:
        if server is not None:
            server.stop()
        backend.stop()


def test_the_time_limit_goes_to_virtuoso_and_its_partial_answer_is_a_timeout(tmp_path: Path):
    backend = VirtuosoServer(tmp_path / "virtuoso")
    server = None
    try:
        triples = " ".join(f"<urn:x:s{i}> <urn:x:p> {i} ." for i in range(2000))
        store = open_store(backend.base)
        store.update(f"INSERT DATA {{ GRAPH <urn:x:g> {{ {triples} }} }}")  # through govkg: merged as well
        store.close()
        server = GovkgServer(backend.base, "--timeout", "2")  # type: ignore[arg-type]
        # Virtuoso stops at 2 s and sends what it counted so far (an "anytime" answer): govkg says time-out
        assert_stopped_at_the_limit(server.sparql)
        assert_idle(backend.process.pid, "Virtuoso")
        assert requests.get(server.sparql, params={"query": "ASK {}"}, timeout=10).status_code == 200
    finally:
        if server is not None:
            server.stop()
        backend.stop()


def test_drop_all_is_refused_on_virtuoso_for_its_own_graphs(tmp_path: Path):
    backend = VirtuosoServer(tmp_path / "virtuoso")
    try:
        store = open_store(backend.base)
        store.update("")  # an empty update is valid SPARQL: sent, answered, nothing changes
        with pytest.raises(QueryError, match="system graphs"):
            store.update("DROP SILENT ALL")
        system = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g = <{SYSTEM_GRAPHS[0]}>) }}"
        assert backend.query(system) > 0  # Virtuoso's own graph is still there
        store.close()
    finally:
        backend.stop()


def test_graph_patterns_are_rewritten_in_patterns_only():
    text = hide_graphs(
        "INSERT { GRAPH ?d { ?d ?p ?o } } WHERE { GRAPH ?d { ?d <urn:x:t> ?t } GRAPH <urn:x:g> { ?d ?p ?o } }"
    )
    assert text.startswith("INSERT { GRAPH ?d { ?d ?p ?o } } WHERE { { GRAPH ?d {")
    assert f"FILTER(?d NOT IN (<{MERGE_GRAPH}>" in text
    assert "FILTER(?govkg_graph_" in text and "= <urn:x:g>)" in text
    assert hide_graphs('INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> "GRAPH ?x {" } }') == (
        'INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> "GRAPH ?x {" } }')


def test_an_update_is_sent_one_operation_at_a_time_with_its_prefixes():
    ops = operations('PREFIX ex: <urn:x:> INSERT DATA { ex:a ex:b "x ; y" } ;\nDELETE WHERE { ex:a ?p ?o } ;')
    assert ops == [
        'PREFIX ex: <urn:x:> INSERT DATA { ex:a ex:b "x ; y" }', "PREFIX ex: <urn:x:> DELETE WHERE { ex:a ?p ?o }"]
