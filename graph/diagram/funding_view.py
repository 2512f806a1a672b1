"""Funding output formats, looked up by name: the Sankey as SVG or PNG, the allocations as CSV or JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from ..funding import flows, funding_csv, funding_data
from ..store import GraphStore
from .png import to_png
from .sankey import funding_scene
from .svg import to_svg


def _subtitle(as_of: dt.date | None) -> str:
    when = as_of.isoformat() if as_of else "the latest records"
    return f"As of {when}; amounts in pounds as the sources state them."


def funding_svg(store: GraphStore, as_of: dt.date | None = None) -> str:
    return to_svg(funding_scene(flows(store, as_of), subtitle=_subtitle(as_of)))


FUNDING_WRITERS: dict[str, tuple[str, Callable[[GraphStore, dt.date | None], bytes]]] = {
    "svg": ("image/svg+xml", lambda s, d: funding_svg(s, d).encode("utf-8")),
    "png": ("image/png", lambda s, d: to_png(funding_scene(flows(s, d), subtitle=_subtitle(d)))),
    "csv": ("text/csv; charset=utf-8", lambda s, d: funding_csv(s, d).encode("utf-8")),
    "json": ("application/json", lambda s, d: (json.dumps(funding_data(s, d), indent=2) + "\n").encode("utf-8")),
}


def render_funding(store: GraphStore, fmt: str, as_of: dt.date | None = None) -> bytes:
    return FUNDING_WRITERS[fmt][1](store, as_of)
