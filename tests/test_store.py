"""The store: atomic, idempotent document loads; survives reloads and interruptions; one writer at a time."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from builders import BOARD, PERSON, TOPIC, make_doc
from govkg.errors import StoreLockedError
from govkg.graph.store import LocalStore

TEXT = "The Board was chaired by Cllr J K Rowntree. The Board has oversight of Prevent in the borough."


def chairs_rows(store: LocalStore) -> list[dict]:
    return store.select("SELECT ?p ?b WHERE { ?p gkg:chairs ?b }")


def test_load_is_idempotent(store: LocalStore) -> None:
    doc = make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")])
    first = store.load_document(doc)
    quads = store.quad_count()
    second = store.load_document(doc)
    assert (first.status, second.status) == ("loaded", "unchanged")
    assert store.quad_count() == quads
    assert len(chairs_rows(store)) == 1


def test_changed_document_replaces_its_graph(store: LocalStore) -> None:
    store.load_document(make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")]))
    changed = make_doc(TEXT + " ", [(BOARD, "oversees", TOPIC, "oversight of Prevent")])
    outcome = store.load_document(changed)
    assert outcome.status == "replaced"
    assert chairs_rows(store) == []  # the old version's facts are gone, not merged
    assert store.ask("ASK { ?b gkg:oversees ?t }")
    # one document, one metadata record
    assert len(store.select("SELECT ?h WHERE { ?d gkg:sha256 ?h }")) == 1


def test_evidence_points_into_stored_text(store: LocalStore) -> None:
    store.load_document(make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")]))
    row = store.select("""SELECT ?exact ?start ?end ?text WHERE {
        ?a gkg:relation "chairs" ; prov:wasDerivedFrom ?d ;
           gkg:evidence/oa:hasSelector ?q, ?pos . ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end .
        ?d gkg:plainText ?text }""")[0]
    assert row["text"][row["start"]:row["end"]] == row["exact"] == "chaired by Cllr J K Rowntree"


def test_same_body_in_two_documents_is_one_node(store: LocalStore) -> None:
    store.load_document(make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")], key="a"))
    store.load_document(make_doc(TEXT, [(BOARD, "oversees", TOPIC, "oversight of Prevent")], key="b"))
    bodies = store.select("SELECT DISTINCT ?b WHERE { ?b a gkg:Board }")
    assert [r["b"] for r in bodies] == [BOARD.iri]
    graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?b a gkg:Board } }")
    assert len(graphs) == 2


def test_remove_document(store: LocalStore) -> None:
    doc = make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")])
    store.load_document(doc)
    assert store.remove_document(doc.iri)
    assert not store.remove_document(doc.iri)
    assert store.quad_count() == 0


def test_survives_reopen(store_dir: Path) -> None:
    s = LocalStore(store_dir)
    s.load_document(make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")]))
    s.close()
    s2 = LocalStore(store_dir)
    try:
        assert len(chairs_rows(s2)) == 1
    finally:
        s2.close()


def test_second_writer_gets_a_clear_error(store_dir: Path) -> None:
    holder = LocalStore(store_dir)
    try:
        with pytest.raises(StoreLockedError, match="in use by another govkg process"):
            LocalStore(store_dir)
        # and a writer from another process, through the CLI: one line, no traceback
        r = subprocess.run([sys.executable, "-m", "govkg", "load", "--store", str(store_dir), str(store_dir)],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 1
        assert "in use by another govkg process" in r.stderr
        assert "Traceback" not in r.stderr
        # a reader is not a second writer: it reads the store read-only and says so
        r = subprocess.run([sys.executable, "-m", "govkg", "stats", "--store", str(store_dir)],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and "read-only" in r.stderr, r.stderr
    finally:
        holder.close()


INTERRUPTED_LOADER = textwrap.dedent("""
    import sys
    from govkg.graph.store import LocalStore
    from builders import BOARD, PERSON, make_doc
    store = LocalStore(sys.argv[1])
    base = "The Board was chaired by Cllr J K Rowntree. "
    # a large document so the kill lands while it is being written
    text = base + ("Further text about the partnership. " * 200000)
    facts = [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")]
    print("ready", flush=True)
    for i in range(1000):
        store.load_document(make_doc(text + str(i), facts, key="big"))
""")


def test_interrupted_load_leaves_a_consistent_store(store_dir: Path) -> None:
    s = LocalStore(store_dir)
    s.load_document(make_doc(TEXT, [(PERSON, "chairs", BOARD, "chaired by Cllr J K Rowntree")], key="small"))
    s.close()
    repo = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPTED_LOADER, str(store_dir)], cwd=repo,
                            stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(repo / "tests")})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(1.5)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    s = LocalStore(store_dir)
    try:
        # every loaded document is whole: metadata, text and facts together, or not at all
        docs = s.select("SELECT ?d WHERE { ?d gkg:sha256 ?h }")
        for row in docs:
            d = row["d"]
            assert s.ask(f"ASK {{ GRAPH <{d}> {{ <{d}> gkg:plainText ?t }} }}")
            assert s.ask(f"ASK {{ GRAPH <{d}> {{ ?a gkg:relation 'chairs' }} }}")
        graphs = {g for g in s.named_graphs()}
        assert graphs == {row["d"] for row in docs}
        assert any(row["d"].endswith("/small") for row in docs)
    finally:
        s.close()
