"""Content negotiation for the SPARQL service, over the formats of govkg's one registry (`govkg.formats`).

Two result kinds: SELECT/ASK answers ("solutions") and CONSTRUCT/DESCRIBE answers ("graph"). The formats,
their media types and aliases are pyoxigraph's, looked up through the registry; the Accept header is parsed
and matched by werkzeug (RFC 9110 §12.5.1: q-values, the most specific range deciding).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from .. import formats as registry

SOLUTIONS: dict[str, ox.QueryResultsFormat] = {registry.media_type(f): f for f in registry.RESULTS_FORMATS}
GRAPH: dict[str, ox.RdfFormat] = {registry.media_type(f): f for f in registry.RDF_FORMATS}
KIND_TYPES: dict[str, tuple[str, ...]] = {"solutions": tuple(SOLUTIONS), "graph": tuple(GRAPH)}
DEFAULT = {"solutions": KIND_TYPES["solutions"][0], "graph": KIND_TYPES["graph"][0]}
content_type = registry.content_type


def kind_of_form(form: str | None) -> str | None:
    if form in ("SELECT", "ASK"):
        return "solutions"
    if form in ("CONSTRUCT", "DESCRIBE"):
        return "graph"
    return None


@dataclass(frozen=True)
class Range:
    """One media range of an Accept header, as werkzeug parsed it."""

    type: str
    subtype: str
    q: float
    order: int

    @property
    def specificity(self) -> int:
        return 0 if self.type == "*" else 1 if self.subtype == "*" else 2

    def matches(self, media_type: str) -> bool:
        t, _, s = media_type.partition("/")
        return (self.type in ("*", t)) and (self.subtype in ("*", s))


def parse_accept(header: str | None) -> list[Range]:
    """The media ranges of an Accept header; malformed entries are left out, as RFC 9110 allows."""
    out = []
    for i, (value, q) in enumerate(registry.accept(header)):
        t, _, s = value.lower().partition("/")
        if s:
            out.append(Range(t, s, q, i))
    return out


def _kinds(kind: str | None) -> list[str]:
    return [kind] if kind else ["solutions", "graph"]


def preferences(header: str | None, kind: str | None) -> list[str]:
    """Our media types acceptable for KIND (or both kinds when unknown), best first; [] = none fit."""
    return list(_preferences(header, kind))


# Clients send the same few Accept headers: parsing and matching one was a tenth of the server process's time
# for a query that runs in a millisecond. Bounded, since the header is the client's to choose.
@lru_cache(maxsize=128)
def _preferences(header: str | None, kind: str | None) -> tuple[str, ...]:
    return tuple(registry.negotiate(header, _kinds(kind)))


def choose(header: str | None, kind: str) -> str | None:
    """The best media type for KIND, or None (406)."""
    prefs = preferences(header, kind)
    return prefs[0] if prefs else None


def resolve_name(name: str, kind: str | None) -> str | None:
    """A `format=` value (short name, suffix or media type) as our media type of KIND, or None."""
    for k in _kinds(kind):
        fmt = registry.find(name, k)
        if fmt is not None and registry.media_type(fmt) in KIND_TYPES[k]:
            return registry.media_type(fmt)
    return None


def all_types() -> Iterable[str]:
    return (*SOLUTIONS, *GRAPH)


def normalise(media_types: str | Sequence[str] | None, kind: str) -> list[str]:
    """Callers may pass one media type, a preference list, or None (the default for KIND)."""
    if media_types is None:
        return [DEFAULT[kind]]
    return list(_normalised((media_types,) if isinstance(media_types, str) else tuple(media_types), kind))


# Every query a worker runs asks this for the same few preference lists (the ones negotiation gives); looking
# each type up in the registry again was a fifth of a small query's Python time in the worker. Bounded, since
# a library caller may pass anything.
@lru_cache(maxsize=256)
def _normalised(media_types: tuple[str, ...], kind: str) -> tuple[str, ...]:
    out = []
    for mt in media_types:
        ours = registry.canonical(mt.split(";")[0].strip().lower(), kind)
        if ours is not None:
            out.append(ours)
    return tuple(out)
