"""The questions' name index saved beside the store (questions/saved.py): read at the next start instead of
built, only when it describes the store as it is (same store, nothing written since, same code); and, in a
server, prepared in a thread of its own at start while pages that need it say they are warming up."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from question_world import build_world
from test_index_freshness import _doc, _snapshot

from govkg.errors import IndexWarming
from govkg.graph.store import LocalStore
from govkg.questions import Asker, saved
from govkg.questions.linking import EntityIndex

QUESTION = "Who chairs the Riverton Hate Crime Panel?"
KWAME = "Who chairs the Eastvale Youth Offending Board?"


@pytest.fixture
def world_dir(tmp_path: Path) -> Path:
    """A store folder holding the question world, closed (as after a `govkg load`)."""
    store = build_world(tmp_path / "store")
    store.close()
    return tmp_path / "store"


def _built_and_saved(path: Path) -> tuple:
    """Open the store, build its index (which saves it), and close; the index's snapshot."""
    store = LocalStore(path)
    try:
        asker = Asker(store)
        snap = _snapshot(asker)
        assert asker.state.rebuilds == 1
    finally:
        store.close()
    assert saved.index_path(path).is_file()
    return snap


def test_the_next_start_reads_the_index_it_saved(world_dir: Path) -> None:
    built = _built_and_saved(world_dir)
    store = LocalStore(world_dir)
    try:
        asker = Asker(store)
        assert _snapshot(asker) == built
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (1, 0)
        assert [a.label for a in asker.ask(KWAME).answers] == ["Kwame Asante"]
    finally:
        store.close()


def test_a_write_by_another_process_makes_the_file_stale(world_dir: Path) -> None:
    """`govkg load` while the server is stopped: the writer removes the saved index before it writes."""
    _built_and_saved(world_dir)
    writer = LocalStore(world_dir)  # another opening of the store, which builds no index
    writer.load_document(_doc())
    assert not saved.index_path(world_dir).exists()
    writer.close()
    store = LocalStore(world_dir)
    try:
        asker = Asker(store)
        assert [a.label for a in asker.ask(QUESTION).answers] == ["Mara Quill"]
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (0, 1)
    finally:
        store.close()


def test_every_way_of_writing_removes_the_file(world_dir: Path) -> None:
    """The internal writers too (a replacement in a write batch runs an update directly; the bulk loader's
    merge writes in chunks): none leaves the file describing what the store no longer holds."""
    import pyoxigraph as ox

    g = "https://w3id.org/govkg/id/doc/x"
    writes = [
        lambda s: s._run_update(f"INSERT DATA {{ GRAPH <{g}> {{ <{g}#a> <{g}#p> 'x' }} }}"),
        lambda s: s.bulk_extend_chunked([ox.Quad(ox.NamedNode(g + "#b"), ox.NamedNode(g + "#p"), ox.Literal("y"))]),
        lambda s: s.remove_document(_doc().iri),
    ]
    for write in writes:
        _built_and_saved(world_dir)
        store = LocalStore(world_dir)
        try:
            write(store)
            assert not saved.index_path(world_dir).exists()
        finally:
            store.close()


def test_an_update_another_process_makes_is_seen_too(world_dir: Path) -> None:
    _built_and_saved(world_dir)
    writer = LocalStore(world_dir)
    writer.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { GRAPH "
                  "<https://w3id.org/govkg/id/doc/x> { <https://w3id.org/govkg/id/body/example/quay> "
                  "rdfs:label 'Quayside Safety Forum' } }")
    writer.close()
    store = LocalStore(world_dir)
    try:
        asker = Asker(store)
        assert [e.label for e, _ in asker.index().search("Quayside")] == ["Quayside Safety Forum"]
        assert asker.state.loaded_saved == 0
    finally:
        store.close()


def test_a_writer_that_leaves_the_file_is_caught_by_the_stamp(world_dir: Path, tmp_path: Path) -> None:
    """A document written by a program that does not remove the file (an older govkg): the documents'
    fingerprint differs. And the file copied into another store's folder is not that store's."""
    _built_and_saved(world_dir)
    old = saved.index_path(world_dir).read_bytes()
    writer = LocalStore(world_dir)
    writer.load_document(_doc())
    writer.close()
    saved.index_path(world_dir).write_bytes(old)  # as if the writer had left it
    store = LocalStore(world_dir)
    try:
        asker = Asker(store)
        assert [a.label for a in asker.ask(QUESTION).answers] == ["Mara Quill"]
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (0, 1)
    finally:
        store.close()
    other = build_world(tmp_path / "other")  # the same documents, another store
    other.close()
    saved.index_path(tmp_path / "other").write_bytes(old)
    store = LocalStore(tmp_path / "other")
    try:
        asker = Asker(store)
        asker.index()
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (0, 1)
    finally:
        store.close()


def test_writes_are_followed_then_saved_at_close(world_dir: Path) -> None:
    """The index read from the file follows this process's writes as a built one does, and `close()` saves
    it again, so the start after reads the index with the new document."""
    import govkg

    _built_and_saved(world_dir)
    with govkg.open(world_dir) as kg:
        kg.ask("Who chairs the Eastvale Youth Offending Board?")
        assert kg.asker.state.loaded_saved == 1
        kg.store.load_document(_doc())
        assert [a.label for a in kg.ask(QUESTION).answers] == ["Mara Quill"]
        assert kg.asker.state.rebuilds == 0
        followed = _snapshot(kg.asker)
    store = LocalStore(world_dir)
    try:
        asker = Asker(store)
        assert _snapshot(asker) == followed
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (1, 0)
        assert _snapshot(asker) == _snapshot(Asker(store))  # the same as a build (this Asker is built: seq 0,
    finally:                                               # but the first read the file)
        store.close()


def test_other_code_or_a_broken_file_is_built_again(world_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _built_and_saved(world_dir)
    monkeypatch.setattr(saved, "code_stamp", lambda: "another govkg")
    store = LocalStore(world_dir)
    try:
        assert Asker(store).ask(QUESTION) is not None
    finally:
        store.close()
    monkeypatch.undo()
    saved.index_path(world_dir).write_bytes(b"\x80\x05not a pickle")
    store = LocalStore(world_dir)
    try:
        asker = Asker(store)
        asker.index()
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (0, 1)
    finally:
        store.close()


def test_a_store_opened_read_only_neither_reads_nor_writes_the_file(world_dir: Path) -> None:
    """Read-only, another process may be writing the store: its stamp would not say what this one reads."""
    store = LocalStore(world_dir, read_only=True)
    try:
        Asker(store).index()
    finally:
        store.close()
    assert not saved.index_path(world_dir).exists()
    _built_and_saved(world_dir)
    store = LocalStore(world_dir, read_only=True)
    try:
        asker = Asker(store)
        asker.index()
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (0, 1)
    finally:
        store.close()


# -- warming up at a server's start


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch):
    """Builds of the index wait until the event is set (a build that takes minutes, made to wait instead)."""
    release = threading.Event()
    real = EntityIndex.from_store.__func__  # type: ignore[attr-defined]

    def slow(cls, store):
        assert release.wait(30)
        return real(cls, store)

    monkeypatch.setattr(EntityIndex, "from_store", classmethod(slow))
    yield release
    release.set()


def test_while_warming_pages_say_so_at_once_and_sparql_answers(tmp_path: Path, held_build) -> None:
    from govkg.server import create_app, warm

    store = build_world(tmp_path / "store")
    app = create_app(store, {"TESTING": True, "QUERY_WORKERS": 0, "UPDATE_TOKEN": "t"})
    client = app.test_client()
    state = app.extensions["govkg.api"].asker.state
    thread = warm.start(app)
    try:
        assert client.get("/healthz").get_json()["questions"] == "warming"
        assert client.get("/healthz").get_json()["warm_up"] == "running"
        for url in ("/search?q=Eastvale", "/ask?q=Who+chairs+the+Eastvale+Youth+Offending+Board%3F"):
            r = client.get(url)
            assert r.status_code == 503 and "Warming up" in r.get_data(as_text=True), url
            assert r.headers["Retry-After"]
        # the home page, the first a new user opens, answers at once and says what is not ready yet
        home = client.get("/")
        assert home.status_code == 200 and "preparing its index of names" in home.get_data(as_text=True)
        r = client.get("/api/ask?q=Who+chairs+the+Eastvale+Youth+Offending+Board%3F")
        assert r.status_code == 503 and "Warming up" in r.get_json()["error"]
        assert client.get("/sparql?query=ASK+%7B%7D").status_code == 200
        # a chart does not need the index (only its form's suggestions do): drawn, not refused
        assert client.get("/diagram?area=Eastvale").status_code == 200
        with pytest.raises(IndexWarming):
            state.current()
        # a write meanwhile does not wait for the build; it is followed when the build is done
        done = threading.Event()

        def write() -> None:
            app.extensions["govkg.store"].load_document(_doc())
            done.set()

        threading.Thread(target=write).start()
        assert done.wait(30)
        held_build.set()
        thread.join(30)
        assert not thread.is_alive()
        health = client.get("/healthz").get_json()
        assert (health["questions"], health["warm_up"], health["status"]) == ("ready", "done", "ok")
        assert "example-questions" in state._memo  # the home page's questions were asked by the warm-up
        assert client.get("/").status_code == 200
        answers = client.get("/api/ask?q=" + QUESTION.replace(" ", "+")).get_json()["answers"]
        assert [a["label"] for a in answers] == ["Mara Quill"]
        assert state.rebuilds == 1 and state.warm_seconds is not None
    finally:
        held_build.set()
        app.extensions["govkg.executor"].close()
        store.close()


def test_a_stop_during_the_start_up_build_does_not_wait_for_it(tmp_path: Path, held_build) -> None:
    """`govkg serve` saves the index at its stop; while the first start's build still runs (held here, as one
    that takes a minute) there is nothing to save, and the stop (SIGTERM) must not wait for the build (issue 15:
    it waited 30 s and more at a hundred councils)."""
    from govkg.server import create_app, warm

    store = build_world(tmp_path / "store")
    app = create_app(store, {"TESTING": True, "QUERY_WORKERS": 0})
    api = app.extensions["govkg.api"]
    thread = warm.start(app)
    try:
        assert app.extensions["govkg.api"].asker.state.warming
        saved_result: list[bool] = []
        stop = threading.Thread(target=lambda: saved_result.append(api.save_question_index()))
        stop.start()
        stop.join(10)  # the build is held until released below: a stop that waits for it is still here
        assert not stop.is_alive(), "the stop waited for the start-up build"
        assert saved_result == [False]
        assert not saved.index_path(tmp_path / "store").exists()
    finally:
        held_build.set()
        thread.join(30)
        app.extensions["govkg.executor"].close()
        store.close()
    assert not thread.is_alive()  # released, the build finished in its own thread


def test_a_failed_warm_up_leaves_the_build_to_the_first_look(tmp_path: Path, monkeypatch) -> None:
    store = build_world(tmp_path / "store")
    try:
        asker = Asker(store)
        calls: list[int] = []
        real = EntityIndex.from_store.__func__  # type: ignore[attr-defined]

        def failing_once(cls, s):
            calls.append(1)
            if len(calls) == 1:
                raise MemoryError("too big")
            return real(cls, s)

        monkeypatch.setattr(EntityIndex, "from_store", classmethod(failing_once))
        asker.state.start_warming().join(30)
        assert not asker.state.warming
        assert [a.label for a in asker.ask(KWAME).answers] == ["Kwame Asante"]
    finally:
        store.close()


def test_a_served_store_saves_its_index_at_a_clean_stop(tmp_path: Path) -> None:
    """`govkg serve` reads the index from beside the store at start, and saves it again at its stop with what
    an update wrote meanwhile (through the server), so the next start reads that too."""
    import json
    import urllib.parse
    import urllib.request

    from sparql_servers import GovkgServer

    path = tmp_path / "store"
    store = build_world(path)
    store.close()
    _built_and_saved(path)
    server = GovkgServer(path, "--update-token", "t")
    try:
        insert = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "
                  "INSERT DATA { GRAPH <https://w3id.org/govkg/id/doc/quay> { "
                  "<https://w3id.org/govkg/id/body/example/quayside-forum> a org:Organization ; "
                  "rdfs:label 'Quayside Safety Forum' } }")
        req = urllib.request.Request(f"{server.base}/update", data=urllib.parse.urlencode({"update": insert}).encode(),
                                     headers={"Authorization": "Bearer t"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.status in (200, 204)
        with urllib.request.urlopen(f"{server.base}/search.json?q=Quayside", timeout=30) as r:
            assert [h["label"] for h in json.loads(r.read())["results"]] == ["Quayside Safety Forum"]
        with urllib.request.urlopen(f"{server.base}/healthz", timeout=30) as r:
            assert json.loads(r.read())["questions"] == "ready"
    finally:
        server.stop()
    store = LocalStore(path)
    try:
        asker = Asker(store)
        assert [e.label for e, _ in asker.index().search("Quayside")] == ["Quayside Safety Forum"]
        assert (asker.state.loaded_saved, asker.state.rebuilds) == (1, 0)
    finally:
        store.close()


def test_the_warm_up_asks_one_page_of_each_kind(tmp_path: Path) -> None:
    from govkg.server import create_app, warm

    store = build_world(tmp_path / "store")
    app = create_app(store, {"TESTING": True, "QUERY_WORKERS": 0})
    try:
        pages = dict(warm.warm_pages(app))
        assert pages["/"] == 200 and pages["/documents"] == 200 and pages["/funding"] == 200
        assert any(url.startswith("/id/") and status == 200 for url, status in pages.items())
        assert [status for url, status in pages.items() if url.startswith(("/diagram", "/report"))] == [200, 200]
    finally:
        app.extensions["govkg.executor"].close()
        store.close()
