"""What a server does at start before its first visitor: the question index (read from beside the store, or
built: questions/freshness.py), then one page of each kind asked of the app in-process, so that what a page
pays once per process is paid then and not by a visitor: the templates compiled, the home page's example
questions (each one asked to check it is answered: about a second at a hundred councils), the fonts the
diagrams measure text with (matplotlib's import), and the first of the chart pages' per-store caches. These
warm-up requests are counted in /metrics like any other."""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)


def start(app: Any) -> threading.Thread:
    """Prepare APP's question index in a thread of its own (pages that need it answer 503 "warming up" until
    it is ready; the SPARQL endpoint answers at once), then warm its pages."""
    state = app.extensions["govkg.api"].asker.state

    def then() -> None:
        how = "read from the file beside the store" if state.loaded_saved else "built"
        # one line for whoever watches the server start (the start-up line says where it serves)
        print(f"govkg: question index ready in {state.warm_seconds or 0:.1f}s ({how}); warming up pages",
              file=sys.stderr, flush=True)
        warm_pages(app)

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
