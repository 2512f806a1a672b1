"""The SPARQL service's small parts: keyword lexing, content negotiation, the executor's limits, request
limits, and writes seen by the query workers."""

from __future__ import annotations

import csv
import io
import json
import threading

import pyoxigraph as ox
import pytest

from govkg.errors import ForbiddenQuery, QueryError
from govkg.server import formats
from govkg.server.executor import NotAcceptable, execute
from govkg.server.querytext import query_form, uses


@pytest.mark.parametrize(
    "query, form",
    [
        ("SELECT * {}", "SELECT"),
        ("PREFIX ex: <http://ex/SELECT#> # CONSTRUCT\n ask { ?s ?p ?o }", "ASK"),
        ("BASE <http://x/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("describe <http://x>", "DESCRIBE"),
        ("INSERT DATA { <a:b> <a:c> <a:d> }", None),
        ("", None),
    ],
)
def test_query_form(query, form):
    assert query_form(query) == form


def test_service_keyword_only_as_a_keyword():
    assert uses("SELECT * { service <http://x/> { ?s ?p ?o } }", "SERVICE") == ["SERVICE"]
    for text in [
        'SELECT ?service { ?s ex:service "SERVICE" }',
        "SELECT * { <http://x/SERVICE> ?p ?o }",
        "# SERVICE\nSELECT * {}",
        "SELECT * { ?s ?p '''a\nSERVICE''' }",
    ]:
        assert uses(text, "SERVICE") == [], text


@pytest.mark.parametrize(
    "accept, kind, best",
    [
        (None, "solutions", "application/sparql-results+json"),
        ("*/*", "graph", "text/turtle"),
        (
            "application/sparql-results+xml;q=0.5, application/sparql-results+json",
            "solutions",
            "application/sparql-results+json",
        ),
        ("text/turtle, application/sparql-results+json", "solutions", "application/sparql-results+json"),
        ("application/sparql-results+json, text/turtle", "graph", "text/turtle"),
        ("application/json", "graph", "application/ld+json"),
        ("application/json", "solutions", "application/sparql-results+json"),
        ("text/*;q=0.9, text/csv;q=0.1", "solutions", "text/tab-separated-values"),
        ("application/n-triples;q=0.2, application/*;q=0.8", "graph", "application/ld+json"),
        ("text/html", "solutions", None),
        ("text/turtle;q=0", "graph", "text/turtle" if False else None),
    ],
)
def test_content_negotiation(accept, kind, best):
    assert formats.choose(accept, kind) == best


@pytest.fixture()
def memory_store():
    from govkg.graph.store import LocalStore

    store = LocalStore(None)
    store.update(
        "INSERT DATA { "
        + " ".join(
            f'<urn:x:s{i}> <http://www.w3.org/2000/01/rdf-schema#label> "row {i}" .' for i in range(30)
        )
        + " }"
    )
    return store


def test_execute_on_a_bare_store_applies_the_row_limit(memory_store):
    from govkg.server.executor import InlineExecutor

    ex = InlineExecutor(memory_store, row_limit=10)
    r = execute(ex, "SELECT ?s WHERE { ?s ?p ?o }", "application/sparql-results+json")
    doc = json.loads(r.body)
    assert r.truncated and r.rows == 10 and len(doc["results"]["bindings"]) == 10 and doc["truncated"]
    r = execute(ex, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 10", "text/csv")
    assert not r.truncated and r.rows == 10 and r.body.count(b"\r\n") == 11
    r = execute(ex, "CONSTRUCT WHERE { ?s ?p ?o }", ["text/html", "application/n-triples"])
    assert r.truncated and r.media_type == "application/n-triples"
    assert len([t for t in ox.parse(r.body, format=ox.RdfFormat.N_TRIPLES)]) == 10
    r = execute(memory_store, "ASK { ?s ?p ?o }", None)  # a bare store: default limits, default format
    assert r.media_type == "application/sparql-results+json" and json.loads(r.body)["boolean"] is True


def test_execute_errors(memory_store):
    with pytest.raises(QueryError, match=r"1:\d+"):
        execute(memory_store, "SELECT * WHERE { ?s ?p ", None)
    with pytest.raises(NotAcceptable):
        execute(memory_store, "ASK {}", "text/turtle")
    with pytest.raises(ForbiddenQuery):
        execute(memory_store, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", None)


def test_results_round_trip_all_term_kinds(memory_store):
    memory_store.update(
        'INSERT DATA { <urn:x:t> <urn:x:p> "tab\\tand\\nnewline"@en, 42, _:b1, "x"^^<urn:x:dt> }'
    )
    q = "SELECT ?o WHERE { <urn:x:t> <urn:x:p> ?o } ORDER BY STR(?o)"
    expected = [row[0] for row in memory_store.query(q)]
    for mt in formats.SOLUTIONS:
        r = execute(memory_store, q, mt)
        if mt == "text/csv":  # CSV keeps only lexical forms, by design of the format
            rows = list(csv.reader(io.StringIO(r.body.decode(), newline="")))
            assert [row[0] for row in rows[1:] if not row[0].startswith("_:")] == [
                t.value for t in expected if not isinstance(t, ox.BlankNode)
            ]
            continue
        back = [row[0] for row in ox.parse_query_results(r.body, format=formats.SOLUTIONS[mt])]
        assert [t for t in back if not isinstance(t, ox.BlankNode)] == [
            t for t in expected if not isinstance(t, ox.BlankNode)
        ], mt
        assert sum(isinstance(t, ox.BlankNode) for t in back) == 1


def test_oversized_request_is_refused(memory_store):
    from govkg.server import create_app

    client = create_app(memory_store, {"MAX_CONTENT_LENGTH": 1000}).test_client()
    r = client.post(
        "/sparql", data=b"ASK { " + b" " * 2000 + b"}", headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413 and b"too large" in r.data


def test_a_log_created_in_the_same_clock_tick_as_a_scan_is_still_noticed(tmp_path):
    """Directory mtimes move in coarse ticks: a write-ahead log created in the tick of our last scan leaves
    the mtime unchanged, and a write to that log must still change the stamp (CI once missed such a write)."""
    import os

    from govkg.server.pool import WalStamp

    (tmp_path / "000004.log").write_bytes(b"old")
    tick = os.stat(tmp_path).st_mtime_ns
    stamp = WalStamp(str(tmp_path))
    first = stamp.value()
    assert first[0].endswith("000004.log")
    (tmp_path / "000009.log").write_bytes(b"")
    os.utime(tmp_path, ns=(tick, tick))  # the new file's creation fell in the same tick
    with open(tmp_path / "000009.log", "ab") as f:
        f.write(b"a direct write")
    assert stamp.value() != first
    assert stamp.value()[0].endswith("000009.log")


def test_an_old_directory_is_scanned_once(tmp_path):
    """The cheap path holds where it is safe: a directory untouched for a while is not scanned per query."""
    import os

    from govkg.server.pool import WalStamp

    (tmp_path / "000004.log").write_bytes(b"x")
    old = os.stat(tmp_path).st_mtime_ns - 5 * WalStamp.RACY_NS
    os.utime(tmp_path, ns=(old, old))
    stamp = WalStamp(str(tmp_path))
    first = stamp.value()
    os.rename(tmp_path / "000004.log", tmp_path / "000005.txt")  # a scan now would find no log at all
    os.utime(tmp_path, ns=(old, old))
    assert stamp.value() == ("rotated",) and first[0].endswith("000004.log")


def test_writes_through_the_app_are_seen_by_query_workers(tmp_path):
    """Concurrent queries while the served store is written: every answer is whole, and after each write
    the workers see it."""
    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    store = LocalStore(tmp_path / "store")
    app = create_app(store, {"QUERY_WORKERS": 2})
    served = app.extensions["govkg.store"]
    executor = app.extensions["govkg.executor"]
    errors: list[Exception] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                execute(executor, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", None)
            except Exception as e:  # noqa: BLE001
                errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(15):
            served.update(f'INSERT DATA {{ <urn:x:w{i}> <urn:x:p> "{"x" * 2000}{i}" }}')
            r = execute(executor, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", None)
            assert json.loads(r.body)["results"]["bindings"][0]["n"]["value"] == str(i + 1)
        # a write that bypasses the app is noticed too
        store.update('INSERT DATA { <urn:x:direct> <urn:x:p> "direct" }')
        r = execute(executor, "ASK { <urn:x:direct> ?p ?o }", None)
        assert json.loads(r.body)["boolean"] is True
    finally:
        stop.set()
        for t in threads:
            t.join()
        executor.close()
        store.close()
    assert not errors, errors[:3]


def test_memory_hungry_query_is_stopped_and_the_worker_replaced(tmp_path):
    """A sort over a cube of the data wants gigabytes: the worker hits its memory cap, not the machine."""
    from sparql_servers import load_test_data

    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    load_test_data(tmp_path / "store", tmp_path / "reg")
    store = LocalStore(tmp_path / "store")
    app = create_app(store, {"QUERY_WORKERS": 1, "QUERY_MEMORY_MB": 1024, "QUERY_TIMEOUT": 30})
    client = app.test_client()
    try:
        bomb = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g ?c ?f ?i LIMIT 1"
        r = client.get("/sparql", query_string={"query": bomb})
        assert r.status_code == 503 and b"1024 MB of memory" in r.data, r.data
        r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
        assert r.status_code == 200 and r.data.strip() == b"true"
    finally:
        app.extensions["govkg.executor"].close()
        store.close()


def test_explorer_query_page_runs_under_the_time_limit(tmp_path):
    from sparql_servers import load_test_data

    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    load_test_data(tmp_path / "store", tmp_path / "reg")
    store = LocalStore(tmp_path / "store")
    app = create_app(store, {"QUERY_WORKERS": 1, "QUERY_TIMEOUT": 0.5})
    try:
        client = app.test_client()
        runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
        r = client.get("/query.json", query_string={"query": runaway})
        assert "time limit" in r.get_data(as_text=True)
        r = client.get("/query.json", query_string={"query": "SELECT ?p WHERE { ?p gkg:chairs ?b }"})
        assert r.status_code == 200 and "priya-anand" in r.get_data(as_text=True)
        assert app.extensions["govkg.executor"].restarts == 1
    finally:
        app.extensions["govkg.executor"].close()
        store.close()


def test_a_store_failure_names_no_local_path_to_the_client() -> None:
    from flask import Flask

    from govkg.errors import StoreError
    from govkg.server.web import error_response

    with Flask(__name__).test_request_context("/"):
        resp = error_response(StoreError("store at /srv/govkg/data/store is in use; backend http://db:7878/query"))
    body = resp.get_data(as_text=True)
    assert resp.status_code == 503 and "/srv/govkg" not in body and "http://db:7878/query" in body


def test_query_string_decoding_matches_the_standard_one():
    """The server's fast query-string reader gives what werkzeug's (urllib's parse_qsl) gives, on every mix of
    escapes, invalid escapes, '+', backslashes, non-ASCII text and bytes that are not UTF-8."""
    import random
    from urllib.parse import parse_qsl

    from govkg.server.web import parse_query_string

    pieces = ["%", "+", "&", "=", "a", "Z", "0", "f", "g", "\\", "é", "€", "%4", "%41", "%e2%82%ac", "%E2%82",
              "%ff", "%zz", "%2B", "%25", "%26", "%3D", "%5C", "%5c", " ", "\\x41", "\\n", "%0", "%%", "%0A"]
    rng = random.Random(15)
    texts = ["", "&", "=", "query=", "a&&b=", "query=ASK+%7B%7D&format=json"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(20_000)]
    for text in texts:
        assert parse_query_string(text) == parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote"), text


def test_the_app_reads_parameters_as_flask_would(memory_store):
    from govkg.server import create_app

    app = create_app(memory_store)

    @app.get("/echo-args")
    def echo() -> dict[str, list[str]]:
        from flask import request

        return {k: request.args.getlist(k) for k in request.args}

    client = app.test_client()
    raw = "q=%E2%82%AC+x%2By&q=%zz%ff&empty&=v&back=%5C%5Cx41"
    assert client.get("/echo-args?" + raw).get_json() == {
        "q": ["€ x+y", "%zz%FF"], "empty": [""], "": ["v"], "back": ["\\\\x41"]}
    query = 'SELECT ?x { BIND("é + %41 \\\\ \\u00e9" AS ?x) }'
    resp = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert resp.get_json()["results"]["bindings"][0]["x"]["value"] == "é + %41 \\ é"


def test_answer_headers_keep_a_page_s_own_and_replace_cors(memory_store):
    from flask import Response

    from govkg.server import create_app

    app = create_app(memory_store)

    @app.get("/own-headers")
    def own() -> Response:
        return Response("x", headers={"content-security-policy": "default-src 'none'",
                                      "Access-Control-Allow-Origin": "https://elsewhere.example"})

    resp = app.test_client().get("/own-headers")
    assert resp.headers.getlist("Content-Security-Policy") == ["default-src 'none'"]
    assert resp.headers.getlist("Access-Control-Allow-Origin") == ["*"]
    assert resp.headers["X-Frame-Options"] == "DENY" and resp.headers["X-Content-Type-Options"] == "nosniff"
    resp = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    for name in ("GovKG-Row-Limit", "GovKG-Elapsed", "Vary", "Access-Control-Expose-Headers", "Referrer-Policy"):
        assert len(resp.headers.getlist(name)) == 1, name
