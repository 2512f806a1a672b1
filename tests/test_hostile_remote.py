"""Remote mode (`govkg serve --store http://...`) against a real `oxigraph serve`: a query built to crash the
backend never reaches it; a dead backend gives 503 with a reason on every route and /healthz says so; a
backend with a union default graph, or without the merge, is refused on connect with the fix; a time limit
holds end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from sparql_servers import GovkgServer, OxigraphServer, assert_idle, assert_stopped_at_the_limit, write_register
from test_query_shapes import CRASHERS

from conftest import run_cli
from govkg.graph.store import open_store
from govkg.pipeline import load_paths

PAGES = [
    "/", "/index.json", "/search?q=Westmarch", "/search.json?q=Westmarch", "/ask?q=Who+chairs+the+WSCP%3F",
    "/api/ask?q=Who+chairs+the+Westmarch+Prevent+Board%3F", "/documents", "/documents.json",
    "/query?query=ASK%7B%7D", "/query.csv?query=SELECT+*+%7B%3Fs+%3Fp+%3Fo%7D", "/diagram", "/diagram.svg",
    "/funding", "/funding.csv", "/report/governance", "/report/governance.json",
    "/sparql?query=ASK%7B%7D", "/id/person/priya-anand", "/id/person/priya-anand.ttl",
    "/resource?iri=https%3A%2F%2Fw3id.org%2Fgovkg%2Fid%2Fperson%2Fpriya-anand",
]


def insert(base: str, update: str) -> None:
    resp = requests.post(base + "/update", data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert resp.status_code in (200, 204), resp.text


def test_crashing_queries_stop_at_govkg_and_a_dead_backend_is_a_503_everywhere(tmp_path: Path):
    backend = OxigraphServer(tmp_path / "oxigraph")
    server = None
    try:
        store = open_store(backend.base)
        assert load_paths(store, [write_register(tmp_path / "reg")]).ok
        store.close()
        server = GovkgServer(backend.base)  # type: ignore[arg-type]
        assert "worker" not in server.startup_line and backend.base in server.startup_line
        for page in PAGES:  # all well while the backend is up
            assert requests.get(server.base + page, timeout=30).status_code == 200, page
        for name, query in CRASHERS.items():
            resp = requests.post(server.sparql, data={"query": query}, timeout=30)
            assert resp.status_code == 400 and "govkg passes on at most" in resp.text, name
        assert backend.process.poll() is None, "the backend died"
        health = requests.get(server.base + "/healthz", timeout=10)
        assert health.status_code == 200 and health.json()["backend"]["status"] == "ok"

        backend.stop()
        for page in PAGES:
            resp = requests.get(server.base + page, timeout=30)
            assert resp.status_code == 503, (page, resp.status_code, resp.text[:300])
            assert "Traceback" not in resp.text and "the store" in resp.text, page
        health = requests.get(server.base + "/healthz", timeout=10)
        assert health.status_code == 503
        assert health.json()["status"] == "unavailable" and health.json()["backend"]["status"] == "unavailable"
    finally:
        if server is not None:
            server.stop()
        backend.stop()


def test_a_backend_with_a_union_default_graph_is_refused_with_the_fix(tmp_path: Path, cli_runner):
    backend = OxigraphServer(tmp_path / "oxigraph", union=True)
    try:
        insert(backend.base, "INSERT DATA { GRAPH <urn:x:doc> { <urn:x:a> <urn:x:b> <urn:x:c> } } ; "
                             "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")  # a merged store, served as a union
        for command in (["stats"], ["validate"], ["ask", "Who chairs the Westmarch Prevent Board?"]):
            result = run_cli(cli_runner, *command, "--store", backend.base)
            assert result.exit_code == 1, (command, result.output)
            assert "without `--union-default-graph`" in result.output and "counted twice" in result.output
        with pytest.raises(RuntimeError, match="union-default-graph"):
            GovkgServer(backend.base)  # type: ignore[arg-type]
    finally:
        backend.stop()


def test_a_backend_whose_default_graph_lacks_the_merge_is_refused_with_the_fix(tmp_path: Path, cli_runner):
    backend = OxigraphServer(tmp_path / "oxigraph")
    try:
        insert(backend.base, "INSERT DATA { GRAPH <urn:x:doc> { <urn:x:a> <urn:x:b> <urn:x:c> } }")
        result = run_cli(cli_runner, "stats", "--store", backend.base)
        assert result.exit_code == 1 and "merge them once" in result.output, result.output
        insert(backend.base, "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # the fix it gives
        assert run_cli(cli_runner, "stats", "--store", backend.base).exit_code == 0
    finally:
        backend.stop()


def test_an_empty_backend_with_a_union_default_graph_is_refused_at_the_first_load(tmp_path: Path, cli_runner):
    backend = OxigraphServer(tmp_path / "oxigraph", union=True)
    try:
        result = run_cli(cli_runner, "load", "--store", backend.base, str(write_register(tmp_path / "reg")))
        assert result.exit_code == 1 and "--union-default-graph" in result.output, result.output
    finally:
        backend.stop()


def test_a_query_past_the_limit_stops_on_a_backend_with_its_own_limit(tmp_path: Path):
    """`oxigraph serve --timeout-s` (the documented setup for a backend without a per-request limit): govkg
    answers 503 in time and the backend's CPU is free afterwards."""
    backend = OxigraphServer(tmp_path / "oxigraph", "--timeout-s", "2")
    server = None
    try:
        triples = " ".join(f"<urn:x:s{i}> <urn:x:p> {i} ." for i in range(2000))
        insert(backend.base, f"INSERT DATA {{ {triples} }}")
        server = GovkgServer(backend.base, "--timeout", "2")  # type: ignore[arg-type]
        assert_stopped_at_the_limit(server.sparql)
        assert_idle(backend.process.pid, "the backend")
        assert requests.get(server.sparql, params={"query": "ASK {}"}, timeout=10).status_code == 200
    finally:
        if server is not None:
            server.stop()
        backend.stop()


def test_the_time_limit_is_passed_to_a_backend_that_takes_one(tmp_path: Path):
    """A backend that takes a per-request limit (here another govkg serve, whose /sparql takes `timeout=` as
    Fuseki's does) gets govkg's limit with the query and stops the query itself: its own limit is a minute,
    yet its worker is stopped at the front server's 2 s."""
    import pyoxigraph as ox

    from govkg.graph.store import LocalStore

    store = LocalStore(tmp_path / "backend")
    triples = "".join(f"<urn:x:s{i}> <urn:x:p> \"{i}\" <urn:x:g> .\n" for i in range(2000))
    store.bulk_load(triples.encode(), ox.RdfFormat.N_QUADS)
    store.close()
    backend = GovkgServer(tmp_path / "backend", "--timeout", "60", "--workers", "1")
    front = None
    try:
        front = GovkgServer(backend.sparql, "--timeout", "2")  # type: ignore[arg-type]
        assert_stopped_at_the_limit(front.sparql)
        metrics = requests.get(backend.base + "/metrics", timeout=10).text
        restarts = next(line for line in metrics.splitlines() if line.startswith("govkg_query_worker_restarts_total"))
        assert float(restarts.split()[-1]) >= 1, metrics  # the backend stopped it, at the front's limit
        assert requests.get(front.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=10).status_code == 200
    finally:
        if front is not None:
            front.stop()
        backend.stop()
