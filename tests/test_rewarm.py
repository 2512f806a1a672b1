"""After a write, the pages kept per store version (charts, funding, reports, the home page's example questions)
are drawn again in the background (server/warm.py), so that the visitor after an upload does not pay for them;
and a page asked while it is being drawn waits for that drawing instead of starting a second one
(graph/cache.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from question_world import build_world
from test_index_freshness import _doc

from govkg.graph import cache

QUESTION = "Who chairs the Eastvale Youth Offending Board?"
AREA_PAGES = ("/diagram?area=Eastvale", "/funding?area=Eastvale", "/report/governance?area=Eastvale")


def _until(check: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.fixture
def served(tmp_path: Path):
    """An app over the question world with its start-up warm-up done and the warm-up after writes running."""
    from govkg.server import create_app, warm

    store = build_world(tmp_path / "store")
    app = create_app(store, {"TESTING": True, "QUERY_WORKERS": 0, "UPDATE_TOKEN": "t"})
    warm.start(app).join(60)
    rewarmer = app.extensions["govkg.rewarmer"]
    _until(lambda: rewarmer._thread is not None)
    yield app
    rewarmer.stop()
    app.extensions["govkg.executor"].close()
    store.close()


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(thread, area) of each governance diagram drawn."""
    from govkg.server import diagrams

    calls: list[tuple[str, str]] = []
    real = diagrams.governance_graph

    def counting(store: Any, scope: Any) -> Any:
        calls.append((threading.current_thread().name, scope.area or ""))
        return real(store, scope)

    monkeypatch.setattr(diagrams, "governance_graph", counting)
    return calls


def test_pages_asked_before_a_write_are_drawn_again_after_it(served, drawn) -> None:
    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    for url in AREA_PAGES:
        assert client.get(url).status_code == 200
    before = client.get(AREA_PAGES[0]).get_data()
    drawn.clear()
    rounds = rewarmer.rounds
    served.extensions["govkg.store"].load_document(_doc(key="rewarm-one"))
    _until(lambda: rewarmer.rounds > rounds)
    eastvale = [who for who, area in drawn if area == "Eastvale"]
    assert eastvale == ["govkg-rewarm"]  # drawn by the warm-up, once
    assert client.get("/healthz").get_json()["pages"] == "ready"
    after = client.get(AREA_PAGES[0]).get_data()
    # the visitor's request was served from what the warm-up drew
    assert [who for who, area in drawn if area == "Eastvale"] == eastvale
    assert after  # and it is the page of the new version, not the old one kept
    state = served.extensions["govkg.api"].asker.state
    assert "example-questions" in state._memo  # the home page (asked by the start-up warm-up) too
    assert before is not None


def test_a_page_nobody_asked_for_is_not_drawn(served, drawn) -> None:
    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    assert client.get("/funding?area=Eastvale").status_code == 200
    drawn.clear()
    rounds = rewarmer.rounds
    served.extensions["govkg.store"].load_document(_doc(key="rewarm-two"))
    _until(lambda: rewarmer.rounds > rounds)
    assert "/diagram?area=Riverton" not in rewarmer.recent.latest_first()
    assert client.get("/diagram?area=Riverton").status_code == 200
    assert [who for who, area in drawn if area == "Riverton"] == ["MainThread"]


def test_a_burst_of_writes_is_warmed_for_once(served, drawn) -> None:
    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    assert client.get(AREA_PAGES[0]).status_code == 200
    drawn.clear()
    rounds = rewarmer.rounds
    store = served.extensions["govkg.store"]
    rewarmer.quiet = 3.0  # longer than one write takes on a busy machine
    for k in range(4):  # each within the pause the warm-up waits for
        store.load_document(_doc(text=f"Minutes of meeting {k}. Mara Quill chairs the Riverton Hate Crime Panel.",
                                 key=f"burst-{k}"))
    _until(lambda: rewarmer.rounds > rounds)
    time.sleep(0.5)
    assert rewarmer.rounds == rounds + 1
    assert [who for who, area in drawn if area == "Eastvale"] == ["govkg-rewarm"]


def test_the_page_after_a_write_shows_the_write(served) -> None:
    """What the warm-up draws is the new version's page: the same as drawn afresh with nothing kept, and not
    the page as it was before the write."""
    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    pages = ("/diagram.json?area=Riverton", "/report/governance.json?area=Riverton")
    before = {url: client.get(url).get_data(as_text=True) for url in pages}
    rounds = rewarmer.rounds
    served.extensions["govkg.store"].load_document(_doc(
        text="Minutes. Mara Quill chairs the Riverton Hate Crime Panel. The Riverton Hate Crime Panel reports to "
             "the Riverton Community Safety Partnership.", key="rewarm-shows"))
    _until(lambda: rewarmer.rounds > rounds)
    assert cache.is_cached(served.extensions["govkg.store"], ("governance report", "Riverton", None))
    warmed = {url: client.get(url).get_data(as_text=True) for url in pages}
    rewarmer.stop()
    cache._caches.clear()  # drawn afresh, nothing kept
    fresh = {url: client.get(url).get_data(as_text=True) for url in pages}
    assert warmed == fresh
    assert all(warmed[url] != before[url] for url in pages)


def test_healthz_says_pages_are_warming_until_they_are(served, monkeypatch) -> None:
    from govkg.server import diagrams

    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    assert client.get(AREA_PAGES[0]).status_code == 200
    release = threading.Event()
    real = diagrams.governance_graph

    def held(*a: Any, **k: Any) -> Any:
        assert release.wait(30)
        return real(*a, **k)

    monkeypatch.setattr(diagrams, "governance_graph", held)
    rewarmer.quiet = 3.0
    served.extensions["govkg.store"].load_document(_doc(key="rewarm-held"))
    time.sleep(0.2)  # within the pause after the write, before any page is drawn
    assert client.get("/healthz").get_json()["pages"] == "warming"
    rewarmer.quiet = 0.3
    _until(lambda: rewarmer.running)
    assert client.get("/healthz").get_json()["pages"] == "warming"
    release.set()
    _until(lambda: client.get("/healthz").get_json()["pages"] == "ready")


def test_only_visitors_pages_are_noted_and_only_lately(served) -> None:
    client = served.test_client()
    recent = served.extensions["govkg.rewarmer"].recent
    # the start-up warm-up asked a diagram, funding and report of its own choosing: not a visitor's
    assert recent.latest_first() == ["/"]
    for url in AREA_PAGES:
        assert client.get(url).status_code == 200
    assert client.get("/documents").status_code == 200  # not kept per version: nothing to warm
    assert recent.latest_first() == ["/", *reversed(AREA_PAGES)]
    recent.window = 0.0  # asked longer ago than the window
    time.sleep(0.01)
    assert recent.latest_first() == ["/"]


def test_the_warm_up_gives_way_to_a_visitor_in_flight(served, drawn) -> None:
    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    assert client.get(AREA_PAGES[0]).status_code == 200
    drawn.clear()
    rounds = rewarmer.rounds
    rewarmer.recent.enter()  # a visitor's page being drawn
    try:
        served.extensions["govkg.store"].load_document(_doc(key="rewarm-gives-way"))
        time.sleep(rewarmer.quiet + 0.5)
        assert rewarmer.running and drawn == []  # waiting, not drawing beside the visitor
    finally:
        rewarmer.recent.leave()
    _until(lambda: rewarmer.rounds > rounds)
    assert [who for who, area in drawn if area == "Eastvale"] == ["govkg-rewarm"]


def test_a_write_the_index_cannot_follow_is_built_again_in_the_background(served, monkeypatch) -> None:
    from govkg.questions.linking import EntityIndex

    client = served.test_client()
    rewarmer = served.extensions["govkg.rewarmer"]
    state = served.extensions["govkg.api"].asker.state
    release = threading.Event()
    real = EntityIndex.from_store.__func__  # type: ignore[attr-defined]

    def held(cls: Any, store: Any) -> Any:
        assert release.wait(30)
        return real(cls, store)

    monkeypatch.setattr(EntityIndex, "from_store", classmethod(held))
    rebuilds = state.rebuilds
    update = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "
              "INSERT { GRAPH <https://w3id.org/govkg/id/doc/notes> { ?b rdfs:comment 'checked' } } "
              "WHERE { ?b a org:Organization }")
    try:
        assert client.post("/update", data={"update": update}, headers={"Authorization": "Bearer t"}).status_code \
            in (200, 204)
        assert state.needs_rebuild()
        _until(lambda: state.warming)
        r = client.get("/api/ask?q=" + QUESTION.replace(" ", "+"))
        assert r.status_code == 503 and r.headers["Retry-After"]  # at once, not after the build
        assert client.get("/healthz").get_json()["questions"] == "warming"
    finally:
        release.set()
    _until(lambda: not rewarmer.pending)
    assert state.rebuilds == rebuilds + 1 and not state.needs_rebuild()
    answers = client.get("/api/ask?q=" + QUESTION.replace(" ", "+")).get_json()["answers"]
    assert [a["label"] for a in answers] == ["Kwame Asante"]


# -- one drawing per page and version


def test_a_second_caller_waits_for_the_first_drawing(tmp_path: Path) -> None:
    store = build_world(tmp_path / "store")
    try:
        started, release = threading.Event(), threading.Event()
        calls: list[int] = []

        def slow() -> str:
            calls.append(1)
            started.set()
            assert release.wait(30)
            return "drawn"

        got: list[str] = []
        first = threading.Thread(target=lambda: got.append(cache.cached(store, ("page",), slow)))
        first.start()
        assert started.wait(30)
        second = threading.Thread(target=lambda: got.append(cache.cached(store, ("page",), slow)))
        second.start()
        time.sleep(0.1)
        assert second.is_alive()  # waiting for the first drawing, not drawing its own
        release.set()
        first.join(30)
        second.join(30)
        assert got == ["drawn", "drawn"] and calls == [1]
        assert cache.is_cached(store, ("page",))
        store.load_document(_doc(key="moves-the-version"))
        assert not cache.is_cached(store, ("page",))
    finally:
        store.close()


def test_a_failed_drawing_leaves_each_waiter_to_draw_its_own(tmp_path: Path) -> None:
    store = build_world(tmp_path / "store")
    try:
        started, release = threading.Event(), threading.Event()

        def failing() -> str:
            started.set()
            assert release.wait(30)
            raise RuntimeError("the store went away")

        errors: list[BaseException] = []

        def first_caller() -> None:
            try:
                cache.cached(store, ("page",), failing)
            except RuntimeError as e:
                errors.append(e)

        first = threading.Thread(target=first_caller)
        first.start()
        assert started.wait(30)
        got: list[str] = []
        second = threading.Thread(target=lambda: got.append(cache.cached(store, ("page",), lambda: "own")))
        second.start()
        time.sleep(0.1)
        release.set()
        first.join(30)
        second.join(30)
        assert len(errors) == 1 and got == ["own"]
        assert not cache.is_cached(store, ("page",))  # neither the error nor a waiter's value is kept as the first's
    finally:
        store.close()


def test_a_remote_store_gets_no_warm_up_after_writes() -> None:
    from govkg.server.warm import Rewarmer

    class App:
        extensions = {"govkg.store": object(), "govkg.recent_pages": object()}

    assert Rewarmer.install(App()) is None
