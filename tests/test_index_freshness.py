"""The questions' name index follows each write on its own: a document loaded, replaced or removed, or an
update that writes out its data, is read again by itself (no rebuild), and the index it leaves is the index
a fresh build would make."""

from __future__ import annotations

import datetime as dt

import pytest
from question_world import build_world

from builders import make_doc
from govkg.graph.model import Entity
from govkg.questions import Asker

RIVERTON = Entity("body", "Riverton Hate Crime Panel", subtype="Panel", area="Northshire")
MARA = Entity("person", "Mara Quill")
TEXT = "Mara Quill chairs the Riverton Hate Crime Panel, which met on 3 March 2023."


def _doc(text: str = TEXT, key: str = "riverton-panel-notes"):
    return make_doc(text, [(MARA, "chairs", RIVERTON, "Mara Quill chairs the Riverton Hate Crime Panel")],
                    key=key, date=dt.date(2023, 3, 3))


def _snapshot(asker: Asker):
    index = asker.index()
    entities = {
        iri: (e.label, e.kind, frozenset(e.names), frozenset(e.areas), frozenset(e.hidden), frozenset(e.home))
        for iri, e in index.entities.items()
    }
    exact = {k: sorted(e.iri for e in v) for k, v in index.exact.items()}
    short = {k: sorted(e.iri for e in v) for k, v in index.short.items()}
    tokens = {k: sorted(v) for k, v in index.by_token.items()}
    state = asker.state
    return (entities, exact, short, tokens, sorted(index.names), state.vocabulary(), asker.places().held.keys(),
            state.counts(), state.documents(10_000), dict(state.undated_floors()),
            {d: state.doc_areas(d) for d in state.documents(10_000)})


@pytest.fixture
def world(tmp_path):
    store = build_world(tmp_path / "store")
    yield store
    store.close()


def _same_as_fresh(store, asker: Asker) -> None:
    assert _snapshot(asker) == _snapshot(Asker(store))


def test_a_loaded_document_is_read_on_its_own(world):
    asker = Asker(world)
    assert not asker.ask("Who chairs the Riverton Hate Crime Panel?").answers
    world.load_document(_doc())
    answer = asker.ask("Who chairs the Riverton Hate Crime Panel?")
    assert [a.label for a in answer.answers] == ["Mara Quill"]
    assert (asker.state.rebuilds, asker.state.refreshes) == (1, 1)
    _same_as_fresh(world, asker)


def test_replacement_and_removal_follow_the_document(world):
    asker = Asker(world)
    world.load_document(_doc())
    asker.index()
    renamed = TEXT.replace("Mara Quill", "Odile Marsh")
    world.load_document(make_doc(renamed, [(Entity("person", "Odile Marsh"), "chairs", RIVERTON,
                                            "Odile Marsh chairs the Riverton Hate Crime Panel")],
                                 key="riverton-panel-notes", date=dt.date(2023, 3, 3)))
    assert [a.label for a in asker.ask("Who chairs the Riverton Hate Crime Panel?").answers] == ["Odile Marsh"]
    assert asker.index().search("Mara Quill") == []
    _same_as_fresh(world, asker)
    world.remove_document(_doc().iri)
    assert not asker.ask("Who chairs the Riverton Hate Crime Panel?").answers
    assert asker.index().search("Riverton") == []
    assert asker.state.rebuilds == 1
    _same_as_fresh(world, asker)


def test_a_place_name_new_to_the_index_reshapes_the_names_that_start_with_it(world):
    """A body named after a place nobody had named yet is indexed as a whole name; once a later paper makes
    that place known, its short name ("the youth forum") is read as a fresh build would read it."""
    forum = Entity("body", "Westmarch Youth Forum", subtype="Group")
    asker = Asker(world)
    world.load_document(make_doc("Mara Quill sits on the Westmarch Youth Forum.",
                                 [(MARA, "member_of", forum, "Mara Quill sits on")], key="forum-notes"))
    asker.index()
    trust = Entity("body", "Westmarch Community Trust", subtype="Body", area="Westmarch")
    world.load_document(make_doc("Odile Marsh chairs the Westmarch Community Trust.",
                                 [(Entity("person", "Odile Marsh"), "chairs", trust, "Odile Marsh chairs")],
                                 key="trust-notes"))
    index = asker.index()
    assert asker.state.rebuilds == 1
    assert "westmarch" in index.place_names
    _same_as_fresh(world, asker)


def test_an_update_with_its_data_written_out_is_found_by_search(world):
    asker = Asker(world)
    asker.index()
    world.update(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "
        "INSERT DATA { <https://w3id.org/govkg/id/body/example/quayside-forum> a org:Organization ; "
        "rdfs:label 'Quayside Safety Forum' }"
    )
    hits = asker.index().search("Quayside")
    assert [e.label for e, _ in hits] == ["Quayside Safety Forum"]
    assert asker.state.rebuilds == 1
    _same_as_fresh(world, asker)


def test_an_update_that_cannot_say_what_it_touched_rebuilds(world):
    asker = Asker(world)
    asker.index()
    world.update(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "
        "INSERT { ?b a org:Organization ; rdfs:label 'Harbourside Safety Forum' } "
        "WHERE { BIND(<https://w3id.org/govkg/id/body/example/harbourside-forum> AS ?b) }"
    )
    assert [e.label for e, _ in asker.index().search("Harbourside")] == ["Harbourside Safety Forum"]
    assert asker.state.rebuilds == 2


def test_documents_another_server_writes_are_read_on_their_own(tmp_path):
    from sparql_servers import OxigraphServer

    from govkg.graph.store import open_store
    from govkg.pipeline import ensure_vocabulary

    backend = OxigraphServer(tmp_path / "oxigraph")
    try:
        writer, reader = open_store(backend.base), open_store(backend.base)
        ensure_vocabulary(writer)
        board = Entity("body", "Northshire Safer Streets Board", subtype="Board", area="Northshire")
        writer.load_document(make_doc("Mara Quill sits on the Northshire Safer Streets Board.",
                                      [(MARA, "member_of", board, "Mara Quill sits on")], key="streets"))
        asker = Asker(reader)
        assert not asker.ask("Who chairs the Riverton Hate Crime Panel?").answers
        writer.load_document(_doc())  # through another store object, as another govkg server would
        assert [a.label for a in asker.ask("Who chairs the Riverton Hate Crime Panel?").answers] == ["Mara Quill"]
        writer.remove_document(_doc().iri)
        assert not asker.ask("Who chairs the Riverton Hate Crime Panel?").answers
        assert (asker.state.rebuilds, asker.state.refreshes) == (1, 2)
    finally:
        backend.stop()


def test_a_write_is_followed_as_it_is_made(world):
    """The index follows a document's load and removal in the writing call, so the question after it reads
    an index already up to date (nothing left to refresh)."""
    asker = Asker(world)
    asker.index()
    world.load_document(_doc())
    assert (asker.state.rebuilds, asker.state.refreshes) == (1, 1)  # followed before any question
    assert [e.label for e, _ in asker.index().search("Riverton Hate Crime Panel")][:1] == [
        "Riverton Hate Crime Panel"]
    assert asker.state.refreshes == 1  # the question found nothing left to do
    world.remove_document(_doc().iri)
    assert asker.state.refreshes == 2
    assert asker.index().search("Riverton") == []
    _same_as_fresh(world, asker)


def test_nothing_built_is_nothing_followed(world):
    """A store whose questions were never asked does not build an index on a write."""
    asker = Asker(world)
    world.load_document(_doc())
    assert (asker.state.rebuilds, asker.state.refreshes) == (0, 0)


def test_a_write_that_needs_a_rebuild_is_left_for_the_next_look(world):
    asker = Asker(world)
    asker.index()
    world.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                 "INSERT { ?b rdfs:label 'Harbourside Forum' } "
                 "WHERE { BIND(<https://w3id.org/govkg/id/body/example/harbourside> AS ?b) }")
    world.load_document(_doc())  # a later document write does not rebuild in the writer either
    assert asker.state.rebuilds == 1
    asker.index()
    assert asker.state.rebuilds == 2
    _same_as_fresh(world, asker)


def test_a_dropped_asker_is_no_longer_told(world):
    import gc

    asker = Asker(world)
    asker.index()
    del asker
    gc.collect()
    world.load_document(_doc())  # nothing to call: the journal holds its readers weakly
    assert not [ref for ref in world.changes._subscribers if ref() is not None]


def test_a_failing_reader_does_not_fail_the_write(world, caplog):
    class Broken:
        def told(self, change):
            raise RuntimeError("broken reader")

    broken = Broken()
    world.changes.subscribe(broken.told)
    assert world.load_document(_doc()).status == "loaded"
    assert "broken reader" in caplog.text


def test_national_papers_loaded_replaced_and_removed_leave_the_index_a_fresh_build_makes(tmp_path):
    """Whole councils of the benchmark's synthetic papers, in transactions of many documents (each followed
    in one step), then one paper replaced and a council's papers removed: every part of the index (names,
    homes, place names, words, listing, counts, undated years) is what a fresh build of the same store makes."""
    import sys
    from pathlib import Path

    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    bench = str(Path(__file__).resolve().parent.parent / "bench")
    sys.path.insert(0, bench)
    try:
        from synth_docs import council_documents
    finally:
        sys.path.remove(bench)
    store = LocalStore(tmp_path / "store")
    try:
        ensure_vocabulary(store)
        first = list(council_documents(1, 0))
        with store.batch() as batch:
            for doc in first:
                batch.load(doc, lambda outcome: None)
        asker = Asker(store)
        asker.index()
        second = list(council_documents(1, 1))
        with store.batch(16) as batch:  # several transactions, each followed as it commits
            for doc in second:
                batch.load(doc, lambda outcome: None)
        assert asker.state.rebuilds == 1 and asker.state.refreshes >= 2
        _same_as_fresh(store, asker)
        changed = second[0]
        changed.text = changed.text + " Addendum."
        changed.sha256 = changed.sha256[:-8] + "00000000"
        changed.title = "An amended paper"
        assert store.load_document(changed).status == "replaced"
        _same_as_fresh(store, asker)
        for doc in first:
            store.remove_document(doc.iri)
        assert asker.state.rebuilds == 1
        _same_as_fresh(store, asker)
    finally:
        store.close()


def test_a_served_update_is_followed_before_the_next_search(tmp_path):
    """Behind the server (worker processes, writes under the executor's write lock): a SPARQL /update that
    writes out its data is followed as it is made, and the next search finds what it added."""
    from govkg.server import create_app

    store = build_world(tmp_path / "store")
    app = create_app(store, {"UPDATE_TOKEN": "t", "TESTING": True, "QUERY_WORKERS": 1})
    try:
        client = app.test_client()
        asker = app.extensions["govkg.api"].asker
        asker.index()
        insert = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "
                  "INSERT DATA { <https://w3id.org/govkg/id/body/example/quayside-forum> a org:Organization ; "
                  "rdfs:label 'Quayside Safety Forum' }")
        r = client.post("/update", data=insert, headers={"Authorization": "Bearer t",
                                                         "Content-Type": "application/sparql-update"})
        assert r.status_code in (200, 204)
        assert (asker.state.rebuilds, asker.state.refreshes) == (1, 1)  # followed in the write
        hits = client.get("/search.json?q=Quayside").get_json()
        assert [h["label"] for h in hits["results"]] == ["Quayside Safety Forum"]
        assert asker.state.refreshes == 1
    finally:
        app.extensions["govkg.executor"].close()
        store.close()
