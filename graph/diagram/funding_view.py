"""Funding output formats, looked up by name: the Sankey as SVG or PNG, the allocations as CSV or JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from ..funding import PeriodFlows, flows, funding_csv, funding_data
from ..store import GraphStore
from .png import to_png
from .sankey import funding_scene
from .svg import to_svg


def _subtitle(as_of: dt.date | None) -> str:
    when = as_of.isoformat() if as_of else "the latest records"
    return f"As of {when}; amounts in pounds as the sources state them."


def funding_svg(store: GraphStore, as_of: dt.date | None = None, parties: set[str] | None = None,
                periods: list[PeriodFlows] | None = None) -> str:
    periods = flows(store, as_of, parties=parties) if periods is None else periods
    return to_svg(funding_scene(periods, subtitle=_subtitle(as_of)))


def _png(store: GraphStore, as_of: dt.date | None, parties: set[str] | None = None) -> bytes:
    return to_png(funding_scene(flows(store, as_of, parties=parties), subtitle=_subtitle(as_of)))


def _json(store: GraphStore, as_of: dt.date | None, parties: set[str] | None = None) -> bytes:
    return (json.dumps(funding_data(store, as_of, parties), indent=2) + "\n").encode("utf-8")


# name -> (media type, writer(store, as_of, parties)): PARTIES limits the flows to those they take part in
FUNDING_WRITERS: dict[str, tuple[str, Callable[..., bytes]]] = {
    "svg": ("image/svg+xml", lambda s, d, parties=None: funding_svg(s, d, parties).encode("utf-8")),
    "png": ("image/png", _png),
    "csv": ("text/csv; charset=utf-8", lambda s, d, parties=None: funding_csv(s, d, parties).encode("utf-8")),
    "json": ("application/json", _json),
}


def render_funding(store: GraphStore, fmt: str, as_of: dt.date | None = None,
                   parties: set[str] | None = None) -> bytes:
    return FUNDING_WRITERS[fmt][1](store, as_of, parties)
