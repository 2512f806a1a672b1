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
    return entities, exact, short, tokens, sorted(index.names), asker.state.vocabulary(), asker.places().held.keys()


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
