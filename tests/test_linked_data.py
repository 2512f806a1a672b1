"""Entity and document IRIs resolve on the server: RDF by Accept or suffix, HTML for browsers."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from flask import Response
from sparql_servers import load_test_data

BASE = "https://w3id.org/govkg/id/"
BOARD = "body/westmarch-prevent-board"
GKG = rdflib.Namespace("https://w3id.org/govkg/def#")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    from govkg.graph.store import LocalStore
    from govkg.server import create_app

    work = tmp_path_factory.mktemp("linked")
    load_test_data(work / "store", work / "register")
    store = LocalStore(work / "store")
    app = create_app(store, {"QUERY_WORKERS": 1})
    yield app
    app.extensions["govkg.executor"].close()
    store.close()


def _graph(resp, fmt: str) -> rdflib.Graph:
    assert resp.status_code == 200, resp.data
    return rdflib.Graph().parse(data=resp.data, format=fmt)


def test_turtle_by_accept_has_links_both_ways_labels_and_evidence(app):
    client = app.test_client()
    r = client.get(f"/id/{BOARD}", headers={"Accept": "text/turtle"})
    assert r.headers["Content-Type"].startswith("text/turtle")
    assert r.headers["Content-Location"] == f"/id/{BOARD}.ttl" and r.headers["Vary"] == "Accept"
    g = _graph(r, "turtle")
    board = rdflib.URIRef(BASE + BOARD)
    # outgoing: the board oversees the panel; incoming: the partnership oversees the board; chair
    assert (board, GKG.oversees, rdflib.URIRef(BASE + "body/westmarch-channel-panel")) in g
    assert (rdflib.URIRef(BASE + "body/westmarch-safer-communities-partnership"), GKG.oversees, board) in g
    assert (rdflib.URIRef(BASE + "person/tom-okafor"), GKG.chairs, board) in g
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert {"Westmarch Prevent Board", "Tom Okafor", "Westmarch Channel Panel"} <= labels
    # evidence: the assertion nodes about it carry their quote and source document
    quotes = [str(o) for o in g.objects(None, rdflib.URIRef("http://www.w3.org/ns/oa#exact"))]
    assert any("Tom Okafor" in q for q in quotes)
    docs = set(g.objects(None, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
    assert docs and all(str(d).startswith(BASE + "doc/") for d in docs)


def test_suffixes_choose_the_format(app):
    client = app.test_client()
    g1 = _graph(client.get(f"/id/{BOARD}.jsonld"), "json-ld")
    g2 = _graph(client.get(f"/id/{BOARD}.nt"), "nt")
    assert len(g1) == len(g2) > 10
    assert client.get(f"/id/{BOARD}.jsonld").headers["Content-Type"].startswith("application/ld+json")


def test_browser_gets_html_with_labels_and_links(app):
    r = app.test_client().get(f"/id/{BOARD}", headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    html = r.data.decode()
    assert "<h1>Westmarch Prevent Board</h1>" in html
    assert 'href="/id/body/westmarch-channel-panel"' in html and "Tom Okafor" in html


def test_document_iri_gives_metadata_and_stored_text(app):
    rows = app.extensions["govkg.store"].select("SELECT ?d WHERE { ?d a gkg:Register }")
    doc = rows[0]["d"]
    g = _graph(app.test_client().get("/id/" + doc[len(BASE) :] + ".ttl"), "turtle")
    node = rdflib.URIRef(doc)
    text = str(next(g.objects(node, GKG.plainText)))
    assert "Westmarch Prevent Board" in text
    assert next(g.objects(node, rdflib.URIRef("http://purl.org/dc/terms/title")))


def test_unknown_and_odd_iris_are_404(app):
    client = app.test_client()
    assert client.get("/id/body/no-such-body", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/id/body/no-such-body").status_code == 404
    assert client.get("/id/body/x%3E%20%3Fp%20%3Fo").status_code == 404  # no SPARQL injection via the path


def test_explorer_page_hook_takes_over_html(app, tmp_path: Path):
    seen = []

    def page(iri: str, as_json: bool) -> Response | None:
        seen.append((iri, as_json))
        return Response("rich page", mimetype="text/html") if iri.endswith("board") else None

    app.extensions["govkg.entity_html"] = page
    try:
        client = app.test_client()
        assert client.get(f"/id/{BOARD}").data == b"rich page"
        assert client.get(f"/id/{BOARD}.json").data == b"rich page"
        # the hook declines: the simple page is served
        r = client.get("/id/person/tom-okafor")
        assert r.status_code == 200 and b"Tom Okafor" in r.data
        # RDF clients never reach the hook
        assert client.get(f"/id/{BOARD}.ttl").headers["Content-Type"].startswith("text/turtle")
    finally:
        del app.extensions["govkg.entity_html"]
    assert seen[:2] == [(BASE + BOARD, False), (BASE + BOARD, True)]


def test_html_never_links_script_iris(app):
    served = app.extensions["govkg.store"]
    served.update(
        "INSERT DATA { <https://w3id.org/govkg/id/body/westmarch-prevent-board> "
        "<http://www.w3.org/2000/01/rdf-schema#seeAlso> <javascript:alert(1)> ; "
        '<http://www.w3.org/2004/02/skos/core#note> "<script>alert(2)</script>" }'
    )
    try:
        html = app.test_client().get(f"/id/{BOARD}", headers={"Accept": "text/html"}).data.decode()
        assert "javascript:alert(1)" in html  # shown as text...
        assert 'href="javascript:' not in html  # ...never as a link
        assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html
    finally:
        served.update(
            "DELETE DATA { <https://w3id.org/govkg/id/body/westmarch-prevent-board> "
            "<http://www.w3.org/2000/01/rdf-schema#seeAlso> <javascript:alert(1)> ; "
            '<http://www.w3.org/2004/02/skos/core#note> "<script>alert(2)</script>" }'
        )
