"""GET /sparql?query=... is answered in front of Flask (server/fastpath.py): the same status, headers and body
as the Flask route gives, for every form, format, parameter and error; other requests still reach Flask."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.test import Client
from werkzeug.wrappers import Response

PREFIX = "PREFIX gkg: <https://w3id.org/govkg/def#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
CHAIRS = PREFIX + "SELECT ?person ?body WHERE { ?person gkg:chairs ?body } ORDER BY ?person"
LABELS = PREFIX + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"

# (query string parameters, Accept header): every one is answered by the fast path
ANSWERED: list[tuple[dict[str, Any], str | None]] = [
    ({"query": CHAIRS}, None),
    ({"query": CHAIRS}, "application/sparql-results+json"),
    ({"query": CHAIRS}, "application/sparql-results+xml"),
    ({"query": CHAIRS}, "text/csv"),
    ({"query": CHAIRS}, "text/tab-separated-values"),
    ({"query": CHAIRS}, "text/*;q=0.9, text/csv;q=0.1"),
    ({"query": CHAIRS, "format": "csv"}, "application/sparql-results+xml"),
    ({"query": CHAIRS, "format": "nonsense"}, None),  # 406
    ({"query": CHAIRS}, "image/png"),  # 406
    ({"query": LABELS}, None),  # past the row limit: cut, and said so
    ({"query": LABELS}, "application/sparql-results+xml"),
    ({"query": LABELS, "format": "csv"}, None),
    ({"query": "ASK { ?s ?p ?o }"}, None),
    ({"query": "ASK { ?s ?p ?o }"}, "text/csv"),
    ({"query": PREFIX + "CONSTRUCT WHERE { ?s gkg:chairs ?o }"}, None),
    ({"query": PREFIX + "CONSTRUCT WHERE { ?s gkg:chairs ?o }"}, "application/n-triples"),
    ({"query": PREFIX + "CONSTRUCT WHERE { ?s rdfs:label ?o }"}, "text/turtle"),  # cut at the row limit
    ({"query": "DESCRIBE <https://w3id.org/govkg/id/person/priya-anand>"}, "application/ld+json"),
    ({"query": "SELECT * WHERE { ?s ?p }"}, None),  # a syntax error: 400 with line and column
    ({"query": "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }"}, None),  # 403
    ({"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, None),  # not a query
    ({"query": CHAIRS, "default-graph-uri": "urn:no-such-graph"}, None),
    ({"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": "urn:no-such-graph"}, None),
    ({"query": CHAIRS, "timeout": "30"}, None),
    ({"query": "SELECT ?x WHERE { BIND(\"é ✓ + % &\" AS ?x) }"}, None),
    ({"query": "\ufeffASK {}"}, None),  # a byte-order mark
    ({"query": CHAIRS, "unknown": "ignored"}, None),
]

# requests the fast path leaves to Flask
PASSED_ON: list[dict[str, Any]] = [
    {},  # the service description
    {"format": "turtle"},
    {"query": [CHAIRS, CHAIRS]},
    {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
    {"query": CHAIRS, "update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
    {"query": CHAIRS, "timeout": "soon"},
    {"query": CHAIRS, "timeout": "-1"},
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from sparql_servers import load_test_data

    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    work: Path = tmp_path_factory.mktemp("fast-path")
    load_test_data(work / "store", work / "register")
    store = LocalStore(work / "store")
    app = create_app(store, {"QUERY_WORKERS": 1, "QUERY_TIMEOUT": 1.0, "ROW_LIMIT": 5})
    yield app
    app.extensions["govkg.executor"].close()
    store.close()


def _same(fast: Response, flask: Response) -> None:
    assert fast.status == flask.status
    # the same headers in the same order; only the time the query took may differ
    def headers(r: Response) -> list[tuple[str, str]]:
        return [(k, "" if k == "GovKG-Elapsed" else v) for k, v in r.headers.items()]

    assert headers(fast) == headers(flask)
    assert fast.get_data() == flask.get_data()


@pytest.mark.parametrize("params, accept", ANSWERED)
def test_fast_path_answers_as_flask_does(app, params, accept, monkeypatch):
    inner = app.wsgi_app.inner
    passed = []
    monkeypatch.setattr(app.wsgi_app, "inner", lambda env, sr: passed.append(1) or inner(env, sr))
    headers = {"Accept": accept} if accept else {}
    fast = Client(app, Response).get("/sparql", query_string=params, headers=headers)
    assert not passed, "the fast path handed this request to Flask"
    flask = Client(inner, Response).get("/sparql", query_string=params, headers=headers)
    _same(fast, flask)


@pytest.mark.parametrize("params", PASSED_ON)
def test_other_requests_reach_flask(app, params, monkeypatch):
    inner = app.wsgi_app.inner
    passed = []
    monkeypatch.setattr(app.wsgi_app, "inner", lambda env, sr: passed.append(1) or inner(env, sr))
    Client(app, Response).get("/sparql", query_string=params)
    assert passed


def test_post_head_and_other_paths_reach_flask(app, monkeypatch):
    inner = app.wsgi_app.inner
    passed = []
    monkeypatch.setattr(app.wsgi_app, "inner", lambda env, sr: passed.append(1) or inner(env, sr))
    client = Client(app, Response)
    assert client.post("/sparql", data={"query": CHAIRS}).status_code == 200
    assert client.head("/sparql", query_string={"query": CHAIRS}).status_code == 200
    assert client.get("/sparql/", query_string={"query": CHAIRS}).status_code == 404
    assert client.get("/healthz").status_code == 200
    assert len(passed) == 4


def test_time_limit_answer_is_the_same(app):
    """Past the limit: 503 with the reason and Retry-After, the worker replaced, from either path."""
    before = app.extensions["govkg.executor"].restarts
    fast = Client(app, Response).get("/sparql", query_string={"query": RUNAWAY})
    flask = Client(app.wsgi_app.inner, Response).get("/sparql", query_string={"query": RUNAWAY})
    assert fast.status_code == 503 and b"time limit" in fast.get_data()
    _same(fast, flask)
    assert app.extensions["govkg.executor"].restarts == before + 2


def test_cors_off_is_kept(app):
    app.config["CORS"] = False
    try:
        fast = Client(app, Response).get("/sparql", query_string={"query": CHAIRS})
        flask = Client(app.wsgi_app.inner, Response).get("/sparql", query_string={"query": CHAIRS})
        assert "Access-Control-Allow-Origin" not in fast.headers
        _same(fast, flask)
    finally:
        app.config["CORS"] = True


def test_fast_path_requests_are_counted_and_logged(app, caplog):
    import logging

    client = Client(app, Response)
    client.get("/sparql", query_string={"query": CHAIRS})
    client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"})
    with caplog.at_level(logging.INFO, logger="govkg.access"):
        client.get("/sparql", query_string={"query": CHAIRS})
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'govkg_http_requests_total{endpoint="/sparql",method="GET",status="200"}' in metrics
    assert 'govkg_http_requests_total{endpoint="/sparql",method="GET",status="400"}' in metrics
    assert 'govkg_query_errors_total{kind="QueryError"}' in metrics
    import json

    line = json.loads(caplog.records[-1].getMessage())
    assert line["path"] == "/sparql" and line["status"] == 200 and line["method"] == "GET"
    assert line["bytes"] > 0 and line["truncated"] is False
