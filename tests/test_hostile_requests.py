"""Hostile and careless requests to every route: parameters that are wrong, huge, malformed or malicious get a
4xx with a reason, never a 500 or a traceback; writes need the token the same way everywhere; every answer
carries the security headers."""

from __future__ import annotations

import io

import pytest
from explorer_fixture import build_store

from govkg.server import create_app

TOKEN = "hostile-test-token"

NASTY = [
    "",
    " ",
    "x",
    "<>",
    "http://a b",
    "urn:x:%ff",
    "not an iri",
    "javascript:alert(1)",
    "\x00",
    "\ufeff",
    "\u202eevil",
    "../../../../etc/passwd",
    '"><script>alert(1)</script>',
    "{",
    "}}}}",
    "SELECT * WHERE { ?s ?p ?o }",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "NaN",
    "2024-13-45",
    "0000-00-00",
    "x" * 20_000,
]

# Every GET route with the parameters it reads.
ROUTES = {
    "/": [],
    "/index.json": [],
    "/search": ["q", "limit"],
    "/search.json": ["q", "limit"],
    "/ask": ["q"],
    "/ask.json": ["q"],
    "/api/ask": ["q"],
    "/resource": ["iri", "as_of", "hl"],
    "/resource.json": ["iri", "as_of", "hl"],
    "/documents": [],
    "/documents.json": [],
    "/query": ["query"],
    "/query.json": ["query"],
    "/query.csv": ["query"],
    "/query.ttl": ["query"],
    "/upload": [],
    "/upload.json": [],
    "/diagram": ["body", "area", "topic", "relations", "as_of", "depth", "people", "title"],
    "/diagram.svg": ["body", "area", "topic", "relations", "as_of", "depth", "people", "title"],
    "/diagram.json": ["body", "area", "topic", "relations", "as_of", "depth"],
    "/funding": ["as_of"],
    "/funding.csv": ["as_of"],
    "/report/governance": ["area", "as_of"],
    "/report/governance.json": ["area", "as_of"],
    "/sparql": ["query", "format", "timeout", "default-graph-uri", "named-graph-uri"],
    "/id/body/northshire-safer-communities-board": ["as_of", "hl"],
    "/id/body/northshire-safer-communities-board.json": ["as_of"],
    "/id/doc/northshire-scb-2022-05-12": ["hl"],
    "/healthz": [],
    "/metrics": [],
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    store = build_store(tmp_path_factory.mktemp("hostile") / "store")
    app = create_app(store, {"UPDATE_TOKEN": TOKEN, "TESTING": True, "QUERY_WORKERS": 1})
    yield app
    app.extensions["govkg.executor"].close()
    store.close()


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def test_every_route_is_covered(app):
    rules = {r.rule for r in app.url_map.iter_rules() if "GET" in r.methods and "<" not in r.rule}
    rules -= {"/static/<path:filename>", "/update", "/store"}
    missing = {r for r in rules if r not in ROUTES}
    assert not missing, f"routes the hostile-parameter test does not try: {missing}"


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_no_parameter_value_makes_a_route_fail(client, route):
    """Each parameter alone, then all at once, with each nasty value: 2xx-4xx, never 5xx, no traceback."""
    for value in NASTY:
        trials = [{name: value} for name in ROUTES[route]] + [{name: value for name in ROUTES[route]}]
        for params in trials or [{}]:
            resp = client.get(route, query_string=params)
            assert resp.status_code < 500, (route, params, resp.status_code, resp.data[:300])
            assert b"Traceback" not in resp.data
            if resp.mimetype in ("text/html", "image/svg+xml"):  # the types a browser would run a script in
                body = resp.data.decode("utf-8", "replace")
                assert "<script>alert(1)</script>" not in body, (route, params)


def test_an_invalid_iri_is_a_400_with_the_reason(client):
    for iri in ("http://a b", "urn:x:<y>", "http://example.org/{x}"):
        resp = client.get("/resource.json", query_string={"iri": iri})
        assert resp.status_code == 400, (iri, resp.data)
        assert "IRI" in resp.get_data(as_text=True)


def test_security_headers_on_every_answer(client):
    for route in ("/", "/sparql?query=ASK{}", "/diagram.svg", "/id/doc/northshire-scb-2022-05-12", "/nowhere"):
        resp = client.get(route)
        csp = resp.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert resp.headers["X-Content-Type-Options"] == "nosniff"


def test_a_query_with_a_byte_order_mark_runs(client):
    resp = client.get("/sparql", query_string={"query": "\ufeffASK { ?s ?p ?o }", "format": "json"})
    assert resp.status_code == 200 and resp.get_json()["boolean"] is True
    resp = client.post(
        "/sparql", data="\ufeffASK { ?s ?p ?o }".encode(), content_type="application/sparql-query",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert resp.status_code == 200 and resp.get_json()["boolean"] is True


def test_upload_answers_auth_like_the_other_write_endpoints(client):
    def post(url: str, **headers: str):
        return client.post(
            url, data={"files": (io.BytesIO(b"title: x\n"), "a.yaml")}, content_type="multipart/form-data",
            headers=headers,
        )

    for url in ("/upload", "/upload.json", "/update", "/store?default"):
        none = post(url)
        assert none.status_code == 401, url
        assert "Bearer" in none.headers["WWW-Authenticate"] and "Basic" in none.headers["WWW-Authenticate"]
        assert post(url, Authorization="Bearer wrong").status_code == 403, url
        import base64

        basic = "Basic " + base64.b64encode(f"x:{TOKEN}".encode()).decode()
        assert post(url, Authorization=basic).status_code not in (401, 403), url
        assert post(url, Authorization=f"Bearer {TOKEN}").status_code not in (401, 403), url


def test_loaded_documents_do_not_expose_server_paths(client, tmp_path):
    resp = client.post(
        "/upload.json",
        data={"files": (io.BytesIO(b"The Northshire Board met on 3 May 2024.\n"), "notes.txt")},
        content_type="multipart/form-data",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert resp.status_code == 200, resp.data
    answer = client.get(
        "/sparql",
        query_string={"query": "SELECT ?src WHERE { ?d <http://purl.org/dc/terms/source> ?src }", "format": "json"},
    ).get_json()
    sources = [b["src"]["value"] for b in answer["results"]["bindings"]]
    assert "notes.txt" in sources
    assert not [s for s in sources if s.startswith("/") or "govkg-upload" in s], sources


def test_hostile_paths_and_bodies(client):
    for path in ("/id/%00", "/id/body/..%2f..%2fetc", "/id/" + "x" * 5000, "/id/body/%ff%fe", "/id/doc/"):
        resp = client.get(path)
        assert 400 <= resp.status_code < 500, (path, resp.status_code)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    posts = [
        ("/sparql", b"\xff\xfe not utf-8", "application/sparql-query", {}),
        ("/sparql", b"query=%ff%fe", "application/x-www-form-urlencoded", {}),
        ("/sparql", b"ASK {}", "text/x-nonsense", {}),
        ("/sparql", b"", "", {}),
        ("/update", b"\xff\xfe", "application/sparql-update", auth),
        ("/update", b"INSERT DATA { <urn:a> <urn:b> ", "application/sparql-update", auth),
        ("/update", b"update=" + b"%7B" * 5000, "application/x-www-form-urlencoded", auth),
        ("/store?graph=not%20an%20iri", b"<urn:a> <urn:b> <urn:c> .", "text/turtle", auth),
        ("/store?default", b"<urn:a> <urn:b> ", "text/turtle", auth),
        ("/store?default", b"{}", "application/x-nonsense", auth),
        ("/upload.json", b"--x\r\n", "multipart/form-data; boundary=x", auth),
        ("/query", b"query=" + b"(" * 50_000, "application/x-www-form-urlencoded", {}),
    ]
    for path, body, ctype, headers in posts:
        resp = client.post(path, data=body, content_type=ctype, headers=headers)
        assert 400 <= resp.status_code < 500, (path, body[:40], resp.status_code, resp.data[:200])
