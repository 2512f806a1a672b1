"""The SPARQL service over HTTP: real clients against `govkg serve`, and its safety limits, tested with
deliberately pathological queries against a real server process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import time
from pathlib import Path

import pytest
import requests
from sparql_servers import GovkgServer, load_test_data, oxigraph_binary

TOKEN = "test-token-5f1c"
PREFIXES = """PREFIX gkg: <https://w3id.org/govkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
QUERIES = {
    "chairs": PREFIXES + "SELECT ?person ?body WHERE { ?person gkg:chairs ?body } ORDER BY ?person",
    "oversight": PREFIXES
    + """SELECT ?parent ?child ?label WHERE {
        ?parent gkg:oversees ?child . ?child rdfs:label ?label } ORDER BY ?label""",
    "labels": PREFIXES + "SELECT ?s ?label WHERE { ?s a gkg:Partnership ; rdfs:label ?label }",
    "evidence": PREFIXES
    + """PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?a ?quote WHERE { ?a a gkg:Assertion ; gkg:relation "chairs" ;
          gkg:evidence/oa:hasSelector/oa:exact ?quote } ORDER BY ?a""",
}
# Every triple joined with every triple, four times over: no server can finish it in a second.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
CROSS = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f }"  # tens of thousands of rows


def _rows(bindings: list[dict], names: list[str]) -> list[tuple]:
    return [tuple(b[n]["value"] if n in b else None for n in names) for b in bindings]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple]]]:
    """A store with the test data, and the in-process answers to QUERIES (taken before serving it)."""
    from govkg.graph.store import LocalStore

    work = tmp_path_factory.mktemp("sparql-service")
    store_dir = work / "store"
    load_test_data(store_dir, work / "register")
    store = LocalStore(store_dir)
    expected = {}
    for name, q in QUERIES.items():
        result = store.query(q)
        names = [v.value for v in result.variables]
        expected[name] = [tuple(None if row[n] is None else row[n].value for n in names) for row in result]
        assert expected[name], f"query {name} found nothing in the test data"
    store.close()
    return store_dir, expected


@pytest.fixture(scope="module")
def server(data):
    srv = GovkgServer(data[0], "--timeout", "1", "--row-limit", "100", "--update-token", TOKEN, "--workers", "2")
    yield srv
    srv.stop()


def test_startup_line_names_endpoint_and_limits(server):
    assert "/sparql" in server.startup_line and "timeout 1s" in server.startup_line
    assert "row limit 100" in server.startup_line


def test_sparqlwrapper_gets_the_in_process_answers(server, data):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    for method in ("GET", POST):
        for name, q in QUERIES.items():
            client = SPARQLWrapper(server.sparql)
            client.setQuery(q)
            client.setReturnFormat(JSON)
            client.setMethod(method)
            doc = client.query().convert()
            assert _rows(doc["results"]["bindings"], doc["head"]["vars"]) == data[1][name], (method, name)


def test_rdflib_sparqlstore_gets_the_in_process_answers(server, data):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(server.sparql, returnFormat="xml"))
    for name, q in QUERIES.items():
        got = [tuple(None if v is None else str(v) for v in row) for row in graph.query(q)]
        assert got == data[1][name], name


def test_oxigraph_federates_over_govkg_with_service(server, data, tmp_path):
    query = (
        PREFIXES
        + f"""SELECT ?person ?body WHERE {{
        SERVICE <{server.sparql}> {{ ?person gkg:chairs ?body }} }} ORDER BY ?person"""
    )
    import pyoxigraph

    pyoxigraph.Store(str(tmp_path / "ox")).flush()  # an empty local store for the CLI to run in
    out = subprocess.run(
        [
            oxigraph_binary(),
            "query",
            "--location",
            str(tmp_path / "ox"),
            "--query",
            query,
            "--results-format",
            "csv",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["person", "body"]
    assert [tuple(r) for r in rows[1:]] == data[1]["chairs"]


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the worker processes from /proc")
def test_runaway_query_is_stopped_and_its_worker_killed(server):
    before = server.children()
    assert len(before) == 2
    r = requests.get(server.sparql, params={"query": RUNAWAY}, timeout=30)
    assert r.status_code == 503
    assert "time limit" in r.text and "Traceback" not in r.text
    # The worker that ran it is gone (killed, not left computing), and the service still answers.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and len(server.children() - before) < 1:
        time.sleep(0.1)
    after = server.children()
    killed = before - after
    assert len(killed) == 1
    assert not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in killed)
    ok = requests.get(
        server.sparql,
        params={"query": "ASK { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert ok.json()["boolean"] is True
    metrics = requests.get(server.base + "/metrics", timeout=10).text
    assert "govkg_query_worker_restarts_total 1" in metrics
    assert 'govkg_query_errors_total{kind="QueryTimeout"} 1' in metrics


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return "gone"


def test_row_limit_is_announced_in_every_format(server):
    def get(q: str, accept: str) -> requests.Response:
        r = requests.get(server.sparql, params={"query": q}, headers={"Accept": accept}, timeout=30)
        assert r.status_code == 200, r.text
        return r

    r = get(CROSS, "application/sparql-results+json")
    assert r.headers["GovKG-Truncated"] == "true" and r.headers["GovKG-Row-Limit"] == "100"
    doc = r.json()
    assert doc["truncated"] is True and doc["rowLimit"] == 100 and len(doc["results"]["bindings"]) == 100
    r = get(CROSS, "application/sparql-results+xml")
    assert b'<link href="urn:govkg:truncated?limit=100"/>' in r.content and r.content.count(b"<result>") == 100
    r = get(CROSS, "text/tab-separated-values")
    assert r.headers["GovKG-Truncated"] == "true" and len(r.text.splitlines()) == 101
    r = get("CONSTRUCT { ?a <urn:x:near> ?d } WHERE { ?a ?b ?c . ?d ?e ?f }", "text/turtle")
    assert r.text.startswith("# govkg: truncated at 100 triples")
    r = get(QUERIES["chairs"], "application/sparql-results+json")
    assert "GovKG-Truncated" not in r.headers and "truncated" not in r.json()


def test_malformed_query_gets_400_with_line_and_column(server):
    r = requests.get(server.sparql, params={"query": "SELECT ?s WHERE {\n  ?s ?p \n"}, timeout=10)
    assert r.status_code == 400
    assert "line 3, column 1" in r.text or "line 2, column" in r.text, r.text
    assert "expected" in r.text and "^" in r.text and "\\u{" not in r.text
    assert "Traceback" not in r.text


def test_service_refused_on_the_public_endpoint(server):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = requests.get(server.sparql, params={"query": q}, timeout=10)
    assert r.status_code == 403 and "SERVICE" in r.text
    # The word in a string, an IRI or a variable is not the keyword.
    q = 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }'
    assert requests.get(server.sparql, params={"query": q}, timeout=10).status_code == 200


def test_update_needs_the_token_and_then_is_visible_to_queries(server):
    insert = 'INSERT DATA { <urn:x:token-test> <urn:x:p> "written" }'
    ask = {"query": "ASK { <urn:x:token-test> ?p ?o }"}
    hdr = {"Content-Type": "application/sparql-update"}
    r = requests.post(server.base + "/update", data=insert, headers=hdr, timeout=10)
    assert r.status_code == 401 and "Bearer" in r.headers["WWW-Authenticate"]
    r = requests.post(
        server.base + "/update", data=insert, headers={**hdr, "Authorization": "Bearer wrong"}, timeout=10
    )
    assert r.status_code == 403 and TOKEN not in r.text and "token" not in r.text.lower()
    accept = {"Accept": "application/sparql-results+json"}
    assert requests.get(server.sparql, params=ask, headers=accept, timeout=10).json()["boolean"] is False
    r = requests.post(
        server.base + "/update", data=insert, headers={**hdr, "Authorization": f"Bearer {TOKEN}"}, timeout=10
    )
    assert r.status_code == 204
    assert requests.get(server.sparql, params=ask, headers=accept, timeout=10).json()["boolean"] is True
    r = requests.post(
        server.base + "/update",
        data="LOAD <http://127.0.0.1:9/x.ttl>",
        headers={**hdr, "Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    assert r.status_code == 403 and "LOAD" in r.text
    r = requests.post(
        server.base + "/update",
        data=insert.replace("INSERT", "DELETE"),
        headers={**hdr, "Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    assert r.status_code == 204
    assert requests.get(server.sparql, params=ask, headers=accept, timeout=10).json()["boolean"] is False


def test_store_is_off_without_the_token(server):
    r = requests.get(server.base + "/store", params={"default": ""}, timeout=10)
    assert r.status_code == 401


def test_service_description_has_void_counts(server):
    import rdflib

    r = requests.get(server.sparql, headers={"Accept": "text/turtle"}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    service = next(g.subjects(rdflib.RDF.type, sd.Service))
    assert str(next(g.objects(service, sd.endpoint))) == server.sparql
    assert len(list(g.objects(service, sd.resultFormat))) == 11
    dataset = next(g.objects(service, sd.defaultDataset))
    total = int(next(g.objects(dataset, void.triples)))
    count = requests.get(
        server.sparql,
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    ).json()
    assert total == int(count["results"]["bindings"][0]["n"]["value"])
    named = list(g.objects(dataset, sd.namedGraph))
    assert named and all(int(next(g.objects(next(g.objects(n, sd.graph)), void.triples))) > 0 for n in named)
    # the default graph says what it is (the merge, each triple once) and what keeping it costs
    note = str(next(g.objects(next(g.objects(dataset, sd.defaultGraph)), rdflib.namespace.DCTERMS.description)))
    assert "once" in note and "cost" in note and "bench/RESULTS.md" in note


def test_browser_gets_a_form_page_and_healthz_and_metrics(server):
    r = requests.get(server.sparql, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}, timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html") and "<form" in r.text
    assert requests.get(server.base + "/healthz", timeout=10).json()["status"] == "ok"
    text = requests.get(server.base + "/metrics", timeout=10).text
    assert "# TYPE govkg_http_requests_total counter" in text
    assert 'govkg_http_request_duration_seconds_count{endpoint="/sparql"}' in text
    for line in text.splitlines():
        assert line.startswith("#") or len(line.rsplit(" ", 1)) == 2


def test_every_answer_allows_cross_origin_reads(server):
    r = requests.options(
        server.sparql,
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
        timeout=10,
    )
    assert r.status_code == 204 and r.headers["Access-Control-Allow-Origin"] == "*"
    r = requests.get(
        server.sparql, params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"}, timeout=10
    )
    assert "GovKG-Truncated" in r.headers["Access-Control-Expose-Headers"]


def test_json_results_parse(server):
    r = requests.post(
        server.sparql, data={"query": QUERIES["chairs"]}, headers={"Accept": "application/json"}, timeout=10
    )
    assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(r.content)["head"]["vars"] == ["person", "body"]


def test_serve_reports_a_busy_port_in_one_line(tmp_path):
    import socket
    import sys

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "govkg", "serve", "--store", str(tmp_path / "empty"), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [f"Error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_sparqlwrapper_graph_formats(server):
    from SPARQLWrapper import JSONLD, N3, RDFXML, TURTLE, XML, SPARQLWrapper

    q = PREFIXES + "CONSTRUCT { ?p gkg:chairs ?b } WHERE { ?p gkg:chairs ?b }"
    import rdflib

    for fmt in (TURTLE, JSONLD, XML, RDFXML, N3):
        client = SPARQLWrapper(server.sparql)
        client.setQuery(q)
        client.setReturnFormat(fmt)
        got = client.query().convert()
        graph = got if isinstance(got, rdflib.Graph) else rdflib.Graph().parse(data=got, format="n3")
        chairs = {(str(s), str(o)) for s, _, o in graph}
        assert chairs == {
            (
                "https://w3id.org/govkg/id/person/priya-anand",
                "https://w3id.org/govkg/id/body/westmarch-safer-communities-partnership",
            ),
            ("https://w3id.org/govkg/id/person/tom-okafor", "https://w3id.org/govkg/id/body/westmarch-prevent-board"),
        }, fmt


def test_client_may_ask_for_a_shorter_time_limit(server):
    r = requests.get(server.sparql, params={"query": RUNAWAY, "timeout": "0.3"}, timeout=30)
    assert r.status_code == 503 and "0.3 s time limit" in r.text
    r = requests.get(server.sparql, params={"query": "ASK {}", "timeout": "soon"}, timeout=30)
    assert r.status_code == 400 and "timeout" in r.text
    # a longer limit than the server's is not granted
    r = requests.get(server.sparql, params={"query": RUNAWAY, "timeout": "600"}, timeout=30)
    assert r.status_code == 503 and "1 s time limit" in r.text


def test_access_log_lines_are_json(tmp_path):
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "govkg", "serve", "--store", str(tmp_path / "s"), "--port", "0", "--access-log"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stderr.readline()
        base = line.split(" at ", 1)[1].split("/ ", 1)[0]
        requests.get(base + "/sparql", params={"query": "ASK {}"}, timeout=30)
        entry = json.loads(proc.stderr.readline())
        assert entry["path"] == "/sparql" and entry["status"] == 200 and entry["ms"] >= 0
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()
