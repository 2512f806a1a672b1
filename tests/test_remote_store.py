"""One set of store behaviour tests, run on the embedded store and on a real `oxigraph serve` reached
through the http:// backend (graph/remote.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from sparql_servers import OxigraphServer, VirtuosoServer, virtuoso_binary, write_register

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.graph.store import open_store


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory):
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory):
    if virtuoso_binary() is None:
        pytest.skip("Virtuoso is not installed (Debian package virtuoso-opensource; tests/run.sh installs it as root)")
    srv = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield srv
    srv.stop()


@pytest.fixture(params=["local", "remote", "virtuoso"])
def any_store(request, tmp_path: Path):
    if request.param == "local":
        store = open_store(tmp_path / "store")
    elif request.param == "remote":
        store = open_store(request.getfixturevalue("oxigraph").base)
        store.update("DROP ALL")  # each test starts from an empty remote store
    else:
        server = request.getfixturevalue("virtuoso_server")
        server.reset()
        store = open_store(server.base)
    yield store
    store.close()


def _doc(text: str, key: str = "wm-minutes") -> SourceDocument:
    from govkg.loaders import content_hash

    chair = Entity("person", "Ana Ruiz")
    board = Entity("body", "Westmarch Prevent Board", subtype="Board")
    start = text.index("Ana Ruiz")
    return SourceDocument(
        key=key,
        source=f"{key}.txt",
        text=text,
        sha256=content_hash(text.encode(), "txt"),
        loader="text",
        doc_type="minutes",
        title="Westmarch Prevent Board minutes",
        date=dt.date(2024, 6, 3),
        facts=[Fact(chair, "chairs", board, start, len(text), rule="test")],
    )


TEXT = "The meeting was chaired by Ana Ruiz, who chairs the Westmarch Prevent Board."


def test_load_is_idempotent_and_replaces(any_store):
    first = any_store.load_document(_doc(TEXT))
    assert first.status == "loaded" and first.quads > 10
    assert any_store.load_document(_doc(TEXT)).status == "unchanged"
    assert any_store.load_document(_doc(TEXT + " Apologies were noted.")).status == "replaced"
    rows = any_store.select("SELECT ?t WHERE { ?d gkg:plainText ?t }")
    assert [r["t"] for r in rows] == [TEXT + " Apologies were noted."]


def test_union_default_graph_and_dataset_parameters(any_store):
    doc = _doc(TEXT)
    any_store.load_document(doc)
    # Facts and metadata (both in the document's graph) meet in the merged default graph.
    assert any_store.ask("ASK { ?p gkg:chairs ?b . ?d dcterms:title ?t }")
    r = any_store.query("ASK { ?p <https://w3id.org/govkg/def#chairs> ?b }", default_graph=[doc.iri])
    assert bool(r)
    r = any_store.query("ASK { ?p <https://w3id.org/govkg/def#chairs> ?b }", default_graph=["urn:x:none"])
    assert not bool(r)
    r = any_store.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[doc.iri])
    assert {row["g"].value for row in r} == {doc.iri}


def test_select_with_bindings_and_construct(any_store):
    any_store.load_document(_doc(TEXT))
    person = "https://w3id.org/govkg/id/person/ana-ruiz"
    rows = any_store.select(
        "SELECT ?who ?label WHERE { ?b rdfs:label ?label . ?p gkg:chairs ?b FILTER(?p = ?who) }", who=person
    )
    assert rows == [{"who": person, "label": "Westmarch Prevent Board"}]
    assert any_store.ask("ASK { ?who gkg:chairs ?b }", who=person)
    assert not any_store.ask("ASK { ?who gkg:chairs ?b }", who="https://w3id.org/govkg/id/person/nobody")
    result = any_store.query(f"CONSTRUCT {{ <{person}> ?p ?o }} WHERE {{ <{person}> ?p ?o }}")
    assert isinstance(result, ox.QueryTriples)
    assert {t.predicate.value for t in result} >= {"http://www.w3.org/2000/01/rdf-schema#label"}


def test_malformed_query_is_a_query_error(any_store):
    from govkg.errors import QueryError

    with pytest.raises(QueryError):
        any_store.query("SELECT * WHERE { ?s ?p ")
    with pytest.raises(QueryError):
        any_store.update("INSERT DATA { <urn:x:a> <urn:x:b> ")


def test_remove_document_and_dump(any_store):
    doc = _doc(TEXT)
    any_store.load_document(doc)
    quads = list(ox.parse(any_store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    assert any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == doc.iri for q in quads)
    # a dataset dump carries the merged default graph too: any store that loads it answers alike
    assert {(q.subject, q.predicate, q.object) for q in quads if isinstance(q.graph_name, ox.DefaultGraph)} == {
        (q.subject, q.predicate, q.object) for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert any_store.remove_document(doc.iri)
    assert not any_store.remove_document(doc.iri)
    assert not any_store.ask("ASK { ?p gkg:chairs ?b }")


def test_register_pipeline_and_stats(any_store, tmp_path: Path):
    from govkg.graph.stats import stats
    from govkg.pipeline import load_paths

    report = load_paths(any_store, [write_register(tmp_path / "reg")])
    assert report.ok, report.failures
    data = stats(any_store)
    assert data["documents"] == 1 and data["vocabularies"] == 1  # the register; the topic scheme apart
    assert data["facts_by_relation"]["chairs"] == 2
    assert data["entities"]["Person"] == 2


def test_served_app_over_a_remote_store(oxigraph, tmp_path: Path):
    """`govkg serve --store http://...`: the same endpoint in front of another SPARQL server."""
    from govkg.pipeline import load_paths
    from govkg.server import create_app

    store = open_store(oxigraph.base)
    store.update("DROP ALL")
    load_paths(store, [write_register(tmp_path / "reg")])
    client = create_app(store).test_client()
    r = client.get(
        "/sparql",
        query_string={
            "query": "PREFIX gkg: <https://w3id.org/govkg/def#> "
            "SELECT ?p WHERE { ?p gkg:chairs ?b } ORDER BY ?p"
        },
        headers={"Accept": "text/csv"},
    )
    assert r.status_code == 200
    assert r.data.decode().splitlines()[1:] == [
        "https://w3id.org/govkg/id/person/priya-anand",
        "https://w3id.org/govkg/id/person/tom-okafor",
    ]
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p "})
    assert r.status_code == 400
    r = client.get("/id/person/priya-anand.ttl")
    assert r.status_code == 200 and b"chairs" in r.data
    store.close()


def test_cli_query_against_a_remote_store(oxigraph, tmp_path: Path, cli_runner):
    from conftest import run_cli

    store = open_store(oxigraph.base)
    store.update("DROP ALL")
    store.update(
        "INSERT DATA { <https://w3id.org/govkg/id/body/x> "
        '<http://www.w3.org/2000/01/rdf-schema#label> "Remote test body" }'
    )
    store.close()
    result = run_cli(
        cli_runner, "query", "--store", oxigraph.base, "-f", "csv", "SELECT ?l WHERE { ?b rdfs:label ?l }"
    )
    assert result.exit_code == 0, result.output
    assert "Remote test body" in result.output
    result = run_cli(cli_runner, "query", "--store", "http://127.0.0.1:1", "ASK {}")
    assert result.exit_code == 1 and "cannot reach" in result.output


def test_bulk_load_keeps_graphs(any_store, tmp_path: Path):
    data = (
        "<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g1> .\n"
        "<urn:x:s> <urn:x:p> <urn:x:o2> <urn:x:g2> .\n"
        '<urn:x:s> <urn:x:q> "default" .\n'
    )
    path = tmp_path / "data.nq"
    path.write_text(data, encoding="utf-8")
    assert any_store.bulk_load(path, ox.RdfFormat.N_QUADS) == 3
    r = any_store.query("SELECT ?g ?o WHERE { GRAPH ?g { <urn:x:s> <urn:x:p> ?o } } ORDER BY ?g")
    assert [(row["g"].value, row["o"].value) for row in r] == [("urn:x:g1", "urn:x:o"), ("urn:x:g2", "urn:x:o2")]
