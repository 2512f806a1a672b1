"""The default graph is the merge of the documents' graphs: each triple once, kept in step by every write,
whole after a crash."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from builders import BOARD, COUNCIL, PERSON, POST, TOPIC, make_doc
from govkg.errors import QueryError
from govkg.graph.store import LocalStore

REPO = Path(__file__).resolve().parent.parent
TEXT = ("The Board was chaired by Cllr J K Rowntree. The Board has oversight of Prevent in the borough. "
        "Anytown Borough Council funds the Board.")
CHAIRS = (PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")
OVERSEES = (BOARD, "oversees", TOPIC, "oversight of Prevent")
FUNDS = (COUNCIL, "funds", BOARD, "Anytown Borough Council funds the Board")


def views(store: LocalStore) -> tuple[set, set]:
    """(distinct triples of the named graphs, triples of the default graph)."""
    raw = store.raw()
    named = {(q.subject, q.predicate, q.object) for q in raw.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    default = {(q.subject, q.predicate, q.object) for q in raw.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    return named, default


def assert_merged(store: LocalStore) -> None:
    named, default = views(store)
    assert named - default == set(), "a document's triple is missing from the default graph"
    assert default - named == set(), "the default graph holds a triple no document states"


def patterns_count_once(store) -> list[str]:  # noqa: ANN001 - any store with select()
    """Every triple pattern ?s <p> ?o over the default dataset: one row per distinct triple, and as many
    as the documents' graphs state between them. Returns the predicates that fail."""
    bad = []
    for row in store.select("SELECT DISTINCT ?p WHERE { ?s ?p ?o }"):
        p = row["p"]
        counts = store.select(
            f"SELECT (COUNT(*) AS ?all) (COUNT(DISTINCT *) AS ?distinct) WHERE {{ ?s <{p}> ?o }}")[0]
        stated = store.select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{p}> ?o }} }} }}")[0]
        if not counts["all"] == counts["distinct"] == stated["n"]:
            bad.append(f"{p}: {counts['all']} rows, {counts['distinct']} distinct, {stated['n']} stated")
    return bad


def test_shared_triples_appear_once(store: LocalStore) -> None:
    store.load_document(make_doc(TEXT, [CHAIRS, OVERSEES], key="a"))
    store.load_document(make_doc(TEXT, [CHAIRS, FUNDS], key="b"))
    assert len(store.select("SELECT ?p WHERE { ?p gkg:chairs ?b }")) == 1
    assert len(store.select("SELECT ?l WHERE { ?b a gkg:Board ; rdfs:label ?l }")) == 1
    # provenance stays per document
    assert len(store.select("SELECT ?g WHERE { GRAPH ?g { ?p gkg:chairs ?b } }")) == 2
    assert len(store.select("SELECT ?a WHERE { ?a gkg:relation 'chairs' }")) == 2
    assert patterns_count_once(store) == []
    assert_merged(store)


def test_replace_and_remove_retract_only_what_no_other_document_states(store: LocalStore) -> None:
    a = make_doc(TEXT, [CHAIRS, OVERSEES], key="a")
    store.load_document(a)
    store.load_document(make_doc(TEXT, [CHAIRS, FUNDS], key="b"))
    # a's new version no longer states the chair nor the oversight
    store.load_document(make_doc(TEXT + " ", [(PERSON, "holds_post", POST, "Cllr J K Rowntree")], key="a"))
    assert store.ask("ASK { ?p gkg:chairs ?b }")  # b still states it
    assert not store.ask("ASK { ?b gkg:oversees ?t }")  # only a did
    assert store.ask("ASK { ?p org:holds ?post }")
    assert_merged(store)
    store.remove_document(a.iri)
    assert store.ask("ASK { ?p gkg:chairs ?b }") and store.ask("ASK { ?c gkg:funds ?b }")
    assert not store.ask("ASK { ?p org:holds ?post }")
    assert not store.ask(f"ASK {{ <{a.iri}> ?p ?o }}")  # its metadata went with it
    assert store.ask("ASK { ?b a gkg:Board ; rdfs:label 'Anytown Safer Communities Board' }")
    assert_merged(store)
    store.remove_document(make_doc(TEXT, [], key="b").iri)
    assert store.quad_count() == 0


def test_sparql_update_keeps_the_merge(store: LocalStore) -> None:
    store.load_document(make_doc(TEXT, [CHAIRS], key="a"))
    store.update("PREFIX ex: <urn:x:> INSERT DATA { GRAPH ex:g { ex:s ex:p ex:o . ex:s ex:p ex:shared } "
                 "GRAPH ex:h { ex:s ex:p ex:shared } }")
    assert store.ask("ASK { <urn:x:s> <urn:x:p> <urn:x:o> }")
    assert_merged(store)
    store.update("DELETE DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o>, <urn:x:shared> } }")
    assert not store.ask("ASK { <urn:x:s> <urn:x:p> <urn:x:o> }")
    assert store.ask("ASK { <urn:x:s> <urn:x:p> <urn:x:shared> }")  # graph h still states it
    assert_merged(store)
    # direct writes to the default graph stay as written, and survive updates of named graphs
    store.update('INSERT DATA { <urn:x:note> <urn:x:says> "by hand" }')
    store.update("DELETE WHERE { GRAPH ?g { ?s <urn:x:p> ?o } }")  # a graph chosen by a variable
    assert not store.ask("ASK { ?s <urn:x:p> ?o }")
    assert store.ask('ASK { <urn:x:note> <urn:x:says> "by hand" }')
    assert store.ask("ASK { ?p gkg:chairs ?b }")
    named, default = views(store)
    assert named <= default and len(default - named) == 1
    # a copy into a new graph, then dropping the default graph itself: the merge comes back
    store.update("COPY <" + make_doc(TEXT, [], key="a").iri + "> TO <urn:x:copy>")
    store.update("DROP DEFAULT")
    assert_merged(store)
    store.update("DROP GRAPH <urn:x:copy>")
    assert store.ask("ASK { ?p gkg:chairs ?b }")
    assert_merged(store)


def test_ambiguous_update_is_refused_and_errors_point_at_the_users_text(store: LocalStore) -> None:
    with pytest.raises(QueryError, match="two updates"):
        store.update("DELETE WHERE { GRAPH ?g { ?s ?p ?o } } ; INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    with pytest.raises(QueryError, match="at 1:45"):
        store.update("INSERT DATA { GRAPH <urn:x:g> { <a:b> <a:c> } }")
    store.update("DROP ALL ; INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")  # a reset, then a direct write
    assert store.ask("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }")


def test_bulk_load_merges_named_graphs(store: LocalStore, tmp_path: Path) -> None:
    path = tmp_path / "d.nq"
    path.write_text("<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g1> .\n<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g2> .\n")
    assert store.bulk_load(path, ox.RdfFormat.N_QUADS) == 1
    assert len(store.select("SELECT ?o WHERE { <urn:x:s> ?p ?o }")) == 1
    assert_merged(store)


def test_a_store_of_the_older_layout_is_merged_when_opened(store_dir: Path) -> None:
    s = LocalStore(store_dir)
    s.load_document(make_doc(TEXT, [CHAIRS, OVERSEES], key="a"))
    s.load_document(make_doc(TEXT, [CHAIRS], key="b"))
    raw = s.raw()
    # rewrite it as govkg 0.1 left it: metadata only in the default graph, nothing else there
    for q in list(raw.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        raw.remove(q)
    for q in list(raw.quads_for_pattern(None, None, None, None)):
        if q.subject == q.graph_name and q.predicate.value != "https://w3id.org/govkg/def#plainText":
            raw.remove(q)
            raw.add(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
    del raw
    s.close()
    s = LocalStore(store_dir)
    try:
        assert_merged(s)
        assert len(s.select("SELECT ?p WHERE { ?p gkg:chairs ?b }")) == 1
        assert len(s.select("SELECT ?h WHERE { ?d gkg:sha256 ?h }")) == 2
    finally:
        s.close()


def test_each_triple_once_on_the_seeds(seeds_dir: Path, tmp_path: Path) -> None:
    from govkg.pipeline import load_paths

    s = LocalStore(tmp_path / "seeds")
    try:
        assert load_paths(s, [seeds_dir]).ok
        assert patterns_count_once(s) == []
        assert_merged(s)
        # the README's first example: one row per body, without DISTINCT
        rows = s.select('SELECT ?body WHERE { ?body gkg:oversees ?topic . ?topic rdfs:label "Prevent" }')
        assert len(rows) == len({r["body"] for r in rows}) >= 1
    finally:
        s.close()


def test_each_triple_once_on_the_default_register(default_store) -> None:  # noqa: ANN001
    assert patterns_count_once(default_store) == []


# -- a crash in the middle of an update

WRITER = textwrap.dedent("""
    import random, sys
    from govkg.graph.store import LocalStore
    from builders import BOARD, COUNCIL, PERSON, POST, TOPIC, make_doc
    from govkg.graph.model import Entity
    store = LocalStore(sys.argv[1])
    rnd = random.Random(int(sys.argv[2]))
    text = "The Board was chaired by Cllr J K Rowntree. " + "Further discussion of the partnership. " * 40
    options = [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree"),
               (BOARD, "oversees", TOPIC, "chaired by"), (COUNCIL, "funds", BOARD, "The Board"),
               (PERSON, "holds_post", POST, "Cllr J K Rowntree")]
    print("ready", flush=True)
    for i in range(100000):
        key = f"doc-{rnd.randrange(6)}"
        if rnd.random() < 0.2:
            store.remove_document(make_doc(text, [], key=key).iri)
            continue
        people = [(Entity("person", f"Person {i} {j}"), "member_of", BOARD, "the partnership")
                  for j in range(rnd.randrange(200, 1500))]
        store.load_document(make_doc(text + str(i), rnd.sample(options, 2) + people, key=key))
""")


def test_sigkill_during_updates_leaves_both_views_consistent(store_dir: Path) -> None:
    rnd = random.Random(7)
    for round_ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store_dir), str(round_)], cwd=REPO,
                                stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(REPO / "tests")})
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            time.sleep(rnd.uniform(0.3, 1.2))
            assert proc.poll() is None, "the writer stopped before it was killed"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        s = LocalStore(store_dir)
        try:
            assert_merged(s)
            for row in s.select("SELECT ?d WHERE { ?d gkg:sha256 ?h }"):
                d = row["d"]  # each document whole: text, metadata and its facts, in its graph
                assert s.ask(f"ASK {{ GRAPH <{d}> {{ <{d}> gkg:plainText ?t ; gkg:sha256 ?h }} }}")
                assert len(s.select(f"SELECT ?a WHERE {{ GRAPH <{d}> {{ ?a a gkg:Assertion }} }}")) >= 3
            graphs = set(s.named_graphs())
            assert graphs == {r["d"] for r in s.select("SELECT ?d WHERE { ?d gkg:sha256 ?h }")}
        finally:
            s.close()


def test_the_corpus_graph_holds_each_triple_once(corpus_graph) -> None:  # noqa: ANN001
    """On a store built from the development corpus: every pattern once, the merge exact, every body typed."""
    from govkg.graph.network import BODY_KINDS

    assert patterns_count_once(corpus_graph) == []
    assert_merged(corpus_graph)
    classes = " ".join(f"gkg:{k}" for k in BODY_KINDS)
    untyped = corpus_graph.select(f"SELECT ?b WHERE {{ VALUES ?c {{ {classes} }} ?b a ?c "
                                  "FILTER NOT EXISTS { ?b org:classification ?t } }")
    assert untyped == []
