"""GET /sparql?query=... and POST /sparql with a query are answered in front of Flask (server/fastpath.py): the
same status, headers and body as the Flask route gives, for every form, format, parameter and error; other
requests still reach Flask, and get its answer (a POST's body put back for it)."""

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


def test_head_and_other_paths_reach_flask(app, monkeypatch):
    inner = app.wsgi_app.inner
    passed = []
    monkeypatch.setattr(app.wsgi_app, "inner", lambda env, sr: passed.append(1) or inner(env, sr))
    client = Client(app, Response)
    assert client.head("/sparql", query_string={"query": CHAIRS}).status_code == 200
    assert client.get("/sparql/", query_string={"query": CHAIRS}).status_code == 404
    assert client.get("/healthz").status_code == 200
    assert client.put("/sparql", data=CHAIRS, content_type="application/sparql-query").status_code == 405
    assert len(passed) == 4


FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"

# (URL parameters, body, Content-Type, Accept, answered by the fast path?)
POSTS: list[tuple[dict[str, Any], Any, str | None, str | None, bool]] = [
    ({}, {"query": CHAIRS}, FORM, None, True),
    ({}, {"query": CHAIRS}, FORM, "text/csv", True),
    ({}, {"query": CHAIRS, "format": "xml"}, FORM, None, True),
    ({}, {"query": LABELS}, FORM, None, True),  # cut at the row limit
    ({}, {"query": CHAIRS, "default-graph-uri": "urn:no-such-graph"}, FORM, None, True),
    ({}, {"query": "SELECT * WHERE { ?s ?p }"}, FORM, None, True),  # 400 with line and column
    ({}, {"query": "SELECT ?x WHERE { BIND(\"é ✓ + % &\" AS ?x) }"}, FORM, None, True),
    ({}, {"query": CHAIRS, "timeout": "20"}, FORM, None, True),
    ({}, CHAIRS, DIRECT, None, True),
    ({}, CHAIRS, DIRECT + "; charset=UTF-8", "application/sparql-results+xml", True),
    ({}, CHAIRS, DIRECT + ";charset=utf8", None, True),
    ({"default-graph-uri": "urn:no-such-graph"}, CHAIRS, DIRECT, None, True),
    ({"format": "tsv"}, CHAIRS, DIRECT, None, True),
    ({}, PREFIX + "CONSTRUCT WHERE { ?s gkg:chairs ?o }", DIRECT, "application/n-triples", True),
    ({}, "ASK {}", DIRECT.upper(), None, True),
    ({}, "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }", DIRECT, None, True),  # 403
    # left to Flask
    ({"query": CHAIRS}, {"query": CHAIRS}, FORM, None, False),
    ({}, {"query": CHAIRS, "update": UPDATE}, FORM, None, False),
    ({"update": UPDATE}, {"query": CHAIRS}, FORM, None, False),
    ({}, {"query": [CHAIRS, CHAIRS]}, FORM, None, False),
    ({}, {"format": "csv"}, FORM, None, False),
    ({}, {"query": CHAIRS, "timeout": "never"}, FORM, None, False),
    ({}, b"query=caf\xe9", FORM, None, False),  # not UTF-8
    ({"query": CHAIRS}, CHAIRS, DIRECT, None, False),
    ({"update": UPDATE}, CHAIRS, DIRECT, None, False),
    ({}, CHAIRS, DIRECT + "; charset=latin-1", None, False),
    ({}, b"SELECT * WHERE { ?s ?p \"\xe9\" }", DIRECT, None, False),  # not UTF-8
    ({"timeout": "0"}, CHAIRS, DIRECT, None, False),
    ({}, UPDATE, "application/sparql-update", None, False),  # 415
    ({}, CHAIRS, "text/plain", None, False),  # 415
    ({}, CHAIRS, None, None, False),  # 400: no Content-Type
]


@pytest.mark.parametrize("url_params, body, ctype, accept, answered", POSTS)
def test_posts_answered_as_flask_does(app, url_params, body, ctype, accept, answered, monkeypatch):
    inner = app.wsgi_app.inner
    passed = []
    monkeypatch.setattr(app.wsgi_app, "inner", lambda env, sr: passed.append(1) or inner(env, sr))
    headers = {"Accept": accept} if accept else {}
    kwargs: dict[str, Any] = {"query_string": url_params, "data": body, "headers": headers}
    if ctype is not None and not (ctype == FORM and isinstance(body, dict)):
        kwargs["content_type"] = ctype
    fast = Client(app, Response).post("/sparql", **kwargs)
    assert bool(passed) != answered, "answered by Flask" if answered else "answered by the fast path"
    flask = Client(inner, Response).post("/sparql", **kwargs)
    _same(fast, flask)
    if answered:
        assert fast.status_code in (200, 400, 403)


def test_a_post_over_the_size_limit_is_flask_s_413(app, monkeypatch):
    inner = app.wsgi_app.inner
    passed = []
    monkeypatch.setattr(app.wsgi_app, "inner", lambda env, sr: passed.append(1) or inner(env, sr))
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 100)
    for kwargs in ({"data": {"query": CHAIRS}}, {"data": CHAIRS, "content_type": DIRECT}):
        fast = Client(app, Response).post("/sparql", **kwargs)
        flask = Client(inner, Response).post("/sparql", **kwargs)
        assert fast.status_code == 413
        _same(fast, flask)
    assert len(passed) == 2


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
    client.post("/sparql", data=CHAIRS, content_type="application/sparql-query")
    with caplog.at_level(logging.INFO, logger="govkg.access"):
        client.get("/sparql", query_string={"query": CHAIRS})
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'govkg_http_requests_total{endpoint="/sparql",method="GET",status="200"}' in metrics
    assert 'govkg_http_requests_total{endpoint="/sparql",method="POST",status="200"}' in metrics
    assert 'govkg_http_requests_total{endpoint="/sparql",method="GET",status="400"}' in metrics
    assert 'govkg_query_errors_total{kind="QueryError"}' in metrics
    import json

    line = json.loads(caplog.records[-1].getMessage())
    assert line["path"] == "/sparql" and line["status"] == 200 and line["method"] == "GET"
    assert line["bytes"] > 0 and line["truncated"] is False
