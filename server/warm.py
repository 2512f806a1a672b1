"""What a server does at start before its first visitor: the question index (read from beside the store, or
built: questions/freshness.py), then one page of each kind asked of the app in-process, so that what a page
pays once per process is paid then and not by a visitor: the templates compiled, the home page's example
questions (each one asked to check it is answered: about a second at a hundred councils), the fonts the
diagrams measure text with (matplotlib's import), and the first of the chart pages' per-store caches. These
warm-up requests are counted in /metrics like any other.

After each write the same is done again (`Rewarmer`): a write moves the store's version, so every page kept per
version (graph/cache.py: diagrams, funding, governance reports) and the home page's example questions would be
computed again by their next visitor (a second or more at a hundred councils). The pages visitors asked for
lately are asked again in a background thread once the writes pause, so that the visitor after an upload finds
them ready; one who arrives while a page is being drawn waits for that drawing rather than starting another."""

from __future__ import annotations

import logging
import sys
import threading
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
    client = app.test_client()
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
RECENT = 10  # distinct pages remembered: each fills one to three cache keys, and the cache keeps 48
QUIET_S = 0.3  # a write is warmed for once no other has come for this long (a folder is written in groups)


class RecentPages:
    """The latest distinct URLs of pages kept per store version that answered 200, most recent last."""

    def __init__(self, keep: int = RECENT):
        self.keep = keep
        self._urls: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def note(self, url: str) -> None:
        with self._lock:
            self._urls[url] = None
            self._urls.move_to_end(url)
            while len(self._urls) > self.keep:
                self._urls.popitem(last=False)

    def latest_first(self) -> list[str]:
        with self._lock:
            return list(reversed(self._urls))


def remember_pages(app: Any) -> RecentPages:
    """Note, on APP, each page kept per store version as it is answered (called by create_app: Flask takes no
    new hooks once it has served a request)."""
    from flask import request

    recent = RecentPages()
    app.extensions["govkg.recent_pages"] = recent

    @app.after_request
    def note(response: Any) -> Any:
        if request.endpoint in KEPT_PER_VERSION and request.method == "GET" and response.status_code == 200:
            recent.note(request.full_path if request.query_string else request.path)
        return response

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
            # let a burst of writes finish first: warming between two groups of one upload is wasted
            while not self._stop:
                self._wake.clear()
                if not self._wake.wait(self.quiet):
                    break
            if self._stop:
                return
            self.running = True
            try:
                self.warm_once()
            except Exception:  # a page that fails here fails for its visitor with the reason
                log.exception("warming up pages after a write failed")
            finally:
                self.running = False

    def warm_once(self) -> list[tuple[str, int]]:
        """Ask each page noted lately, the latest first; stop early when another write comes (it will be
        warmed for after it). (url, status) of each page asked."""
        from ..graph.cache import store_version

        store = self.app.extensions["govkg.store"]
        version = store_version(store)
        client = self.app.test_client()
        out: list[tuple[str, int]] = []
        for url in self.recent.latest_first():
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
