"""What a server does at start before its first visitor: the question index (read from beside the store, or
built: questions/freshness.py), then one page of each kind asked of the app in-process, so that what a page
pays once per process is paid then and not by a visitor: the templates compiled, the home page's example
questions (each one asked to check it is answered: about a second at a hundred councils), the fonts the
diagrams measure text with (matplotlib's import), and the first of the chart pages' per-store caches. These
warm-up requests are counted in /metrics like any other.

After each write the same is done again (`Rewarmer`): a write moves the store's version, so every page kept per
version (graph/cache.py: diagrams, funding, governance reports) and the home page's example questions would be
computed again by their next visitor (0.3-1.5 s each at a hundred councils). The home page and the pages
visitors asked for in the last half hour are asked again in a background thread once the writes pause, giving
way to visitors' requests in flight, so that the visitor after an upload finds them ready; one who arrives
while a page is being drawn waits for that drawing rather than starting another. The warm-up's own requests
are not noted as visitors' (a page nobody asks for stops being drawn). A write the question index cannot
follow (a bulk load, an update with a WHERE clause) has the index built again there first, as at a start:
pages that need it say they are warming up meanwhile instead of holding their visitor for the build."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import OrderedDict
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)


def start(app: Any) -> threading.Thread:
    """Prepare APP's question index in a thread of its own (pages that need it answer 503 "warming up" until
    it is ready; the SPARQL endpoint answers at once), then warm its pages."""
    state = app.extensions["govkg.api"].asker.state
    # subscribed before the index is prepared: a write made meanwhile is warmed for once the start-up is done
    rewarmer = Rewarmer.install(app)

    def then() -> None:
        how = "read from the file beside the store" if state.loaded_saved else "built"
        # one line for whoever watches the server start (the start-up line says where it serves)
        print(f"govkg: question index ready in {state.warm_seconds or 0:.1f}s ({how}); warming up pages",
              file=sys.stderr, flush=True)
        warm_pages(app)
        if rewarmer is not None:
            rewarmer.start()

    return state.start_warming(then=then)


def warm_pages(app: Any) -> list[tuple[str, int]]:
    """Ask APP for one page of each kind; (url, status) of each. Failures are logged, never raised: a page
    that fails here fails for its visitor with the reason, as it would have without the warm-up."""
    from .views_data import url_for_iri

    index = app.extensions["govkg.api"].asker.index()
    body = next((e for e in index.entities.values() if e.kind == "body"), None)
    area = next((e for e in index.entities.values() if e.kind == "area"), None)
    urls = ["/", "/documents", "/funding"]
    if body is not None:
        urls.append(url_for_iri(body.iri))
    if area is not None:
        name = quote(area.label)
        urls += [f"/diagram?area={name}", f"/funding?area={name}", f"/report/governance?area={name}"]
    client = warm_client(app)
    out: list[tuple[str, int]] = []
    for url in urls:
        try:
            out.append((url, client.get(url).status_code))
        except Exception:
            log.exception("warming up %s failed", url)
    return out


# Pages whose content is kept per store version (graph/cache.py, and the home page's example questions, kept
# per version of the question index): those a write makes stale, and so those worth asking again after one.
KEPT_PER_VERSION = frozenset({
    "explorer.home", "diagrams.diagram_page", "diagrams.diagram_file", "diagrams.funding_page",
    "diagrams.funding_file", "diagrams.governance_page", "diagrams.governance_json",
})
HOME = "/"  # always warmed again: the page every visitor lands on, and its example questions cost the most
RECENT = 10  # distinct pages remembered: each fills one to three cache keys, and the cache keeps 48
WINDOW_S = 1800.0  # a page no visitor asked for in this long is not drawn again after a write
QUIET_S = 0.3  # a write is warmed for once no other has come for this long (a folder is written in groups)
YIELD_S = 2.0  # before each page, wait up to this long for visitors' pages in flight to be answered
WARM_MARK = "govkg.warm-up"  # in a warm-up request's WSGI environ: not a visitor's


def warm_client(app: Any) -> Any:
    """A test client whose requests are marked as the warm-up's own (not noted as a visitor's page)."""
    client = app.test_client()
    client.environ_base[WARM_MARK] = True
    return client


class RecentPages:
    """The latest distinct URLs of pages kept per store version that visitors asked for (answered 200), with
    when; and how many visitors' requests Flask is answering now (pages, questions, uploads: the SPARQL fast
    path is answered in front of Flask and not counted)."""

    def __init__(self, keep: int = RECENT, window: float = WINDOW_S):
        self.keep = keep
        self.window = window
        self._urls: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()
        self.in_flight = 0

    def note(self, url: str) -> None:
        with self._lock:
            self._urls[url] = time.monotonic()
            self._urls.move_to_end(url)
            while len(self._urls) > self.keep:
                self._urls.popitem(last=False)

    def latest_first(self) -> list[str]:
        """The home page, then the pages visitors asked for within the window, the latest first."""
        since = time.monotonic() - self.window
        with self._lock:
            recent = [url for url, when in reversed(self._urls.items()) if when >= since and url != HOME]
        return [HOME, *recent]

    def enter(self) -> None:
        with self._lock:
            self.in_flight += 1

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


def remember_pages(app: Any) -> RecentPages:
    """Note, on APP, each page kept per store version as a visitor is answered, and count visitors' requests in
    flight (called by create_app: Flask takes no new hooks once it has served a request)."""
    from flask import g, request

    recent = RecentPages()
    app.extensions["govkg.recent_pages"] = recent

    @app.before_request
    def enter() -> None:
        if WARM_MARK not in request.environ:
            recent.enter()
            g.govkg_visitor = True

    @app.after_request
    def note(response: Any) -> Any:
        if (request.endpoint in KEPT_PER_VERSION and request.method == "GET" and response.status_code == 200
                and WARM_MARK not in request.environ):
            recent.note(request.full_path if request.query_string else request.path)
        return response

    @app.teardown_request
    def leave(_exc: BaseException | None) -> None:
        if g.pop("govkg_visitor", False):
            recent.leave()

    return recent


class Rewarmer:
    """Asks again, in a thread of its own, the pages visitors asked for lately, after each pause in the writes
    to an embedded store (a remote store's pages are not kept per version: nothing to warm)."""

    def __init__(self, app: Any, recent: RecentPages, quiet: float = QUIET_S):
        self.app = app
        self.recent = recent
        self.quiet = quiet
        self.rounds = 0  # warm-ups after writes finished (for tests and the benchmark)
        self.pages = 0  # pages asked by them
        self.running = False
        self._wake = threading.Event()
        self._stop = False
        self._thread: threading.Thread | None = None

    @classmethod
    def install(cls, app: Any) -> Rewarmer | None:
        from ..graph.cache import store_version

        store = app.extensions["govkg.store"]
        recent = app.extensions.get("govkg.recent_pages")
        if recent is None or store_version(store) is None:
            return None
        rewarmer = cls(app, recent)
        app.extensions["govkg.rewarmer"] = rewarmer  # the journal holds its subscribers weakly
        getattr(store, "wrapped", store).changes.subscribe(rewarmer._written)
        return rewarmer

    def _written(self, _change: Any) -> None:
        """Called in the writing thread: only wakes the warm-up thread, so the write costs nothing more."""
        self._wake.set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="govkg-rewarm", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop after the page in hand (a server's stop, before its query workers are closed)."""
        self._stop = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def pending(self) -> bool:
        """A write not yet warmed for, or a warm-up running."""
        return self._wake.is_set() or self.running

    def _run(self) -> None:
        while not self._stop:
            self._wake.wait()
            self.running = True  # from here: /healthz says the pages are warming during the pause too
            # let a burst of writes finish first: warming between two groups of one upload is wasted
            while not self._stop:
                self._wake.clear()
                if not self._wake.wait(self.quiet):
                    break
            if self._stop:
                return
            try:
                self.warm_once()
            except Exception:  # a page that fails here fails for its visitor with the reason
                log.exception("warming up pages after a write failed")
            finally:
                self.running = False

    def _give_way(self) -> None:
        """Wait (a while) for visitors' requests in flight to be answered: the warm-up shares one interpreter
        with them, and a visitor's page drawn beside it would take up to twice as long. A page the visitor
        asks for that the warm-up is drawing is waited for, not drawn twice (graph/cache.py)."""
        deadline = time.monotonic() + YIELD_S
        while self.recent.in_flight > 0 and time.monotonic() < deadline and not self._stop:
            time.sleep(0.01)

    def warm_once(self) -> list[tuple[str, int]]:
        """Ask each page noted lately, the latest first; stop early when another write comes (it will be
        warmed for after it). (url, status) of each page asked."""
        from ..graph.cache import store_version

        store = self.app.extensions["govkg.store"]
        state = self.app.extensions["govkg.api"].asker.state
        if state.needs_rebuild():
            # a write the index cannot follow: built again here as at a start, visitors' pages that need it
            # told "warming up" at once meanwhile, rather than each waiting behind the build
            state.start_warming().join()
        version = store_version(store)
        client = warm_client(self.app)
        out: list[tuple[str, int]] = []
        for url in self.recent.latest_first():
            self._give_way()
            if self._stop or store_version(store) != version:
                return out  # a newer write: its own round follows, as the wake-up is set
            try:
                out.append((url, client.get(url).status_code))
            except Exception:
                if self._stop:
                    return out
                log.exception("warming up %s after a write failed", url)
            self.pages += 1
        self.rounds += 1
        return out
