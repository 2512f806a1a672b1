"""Media types the SPARQL service speaks, and content negotiation over them (RFC 9110 §12.5.1 q-values).

Two registries, one per result kind: SELECT/ASK answers ("solutions") and CONSTRUCT/DESCRIBE answers
("graph"). Each maps a canonical media type to the pyoxigraph format that writes it; aliases map extra
names clients send (application/json, text/xml, ...) onto a canonical type, which is what we answer with.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

SOLUTIONS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "text/n3": ox.RdfFormat.N3,
}
ALIASES: dict[str, dict[str, str]] = {
    "solutions": {
        "application/json": "application/sparql-results+json",
        "application/sparql-results+json": "application/sparql-results+json",
        "application/xml": "application/sparql-results+xml",
        "text/xml": "application/sparql-results+xml",
        "text/tsv": "text/tab-separated-values",
    },
    "graph": {
        "application/json": "application/ld+json",
        "application/xml": "application/rdf+xml",
        "text/xml": "application/rdf+xml",
        "application/x-turtle": "text/turtle",
        "text/plain": "application/n-triples",
        "application/x-trig": "application/trig",
    },
}
KIND_TYPES: dict[str, tuple[str, ...]] = {"solutions": tuple(SOLUTIONS), "graph": tuple(GRAPH)}

# Short names for the `format=` parameter and file suffixes (Datasette-style `.ttl` links).
NAMES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "json-ld": "application/ld+json",  # SPARQLWrapper's names
    "rdf+xml": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "rdf": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "owl": "application/rdf+xml",
    "trig": "application/trig",
    "nq": "application/n-quads",
    "nquads": "application/n-quads",
    "n3": "text/n3",
}
DEFAULT = {"solutions": "application/sparql-results+json", "graph": "text/turtle"}
TEXTUAL_CHARSET = "; charset=utf-8"


def kind_of_form(form: str | None) -> str | None:
    if form in ("SELECT", "ASK"):
        return "solutions"
    if form in ("CONSTRUCT", "DESCRIBE"):
        return "graph"
    return None


@dataclass(frozen=True)
class Range:
    """One media range of an Accept header."""

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
    """The media ranges of an Accept header; malformed entries are ignored, as RFC 9110 allows."""
    if not header:
        return []
    out = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mt = fields[0].lower()
        if "/" not in mt:
            continue
        q = 1.0
        for p in fields[1:]:
            name, _, value = p.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        t, _, s = mt.partition("/")
        out.append(Range(t, s, q, i))
    return out


def _alias_table(kind: str | None) -> dict[str, str]:
    if kind is None:
        return {**ALIASES["graph"], **ALIASES["solutions"]}
    return ALIASES[kind]


def preferences(header: str | None, kind: str | None) -> list[str]:
    """Canonical media types acceptable for KIND (or both kinds when unknown), best first; [] = none fit.

    Without an Accept header every type is acceptable, defaults first. Among equal q-values an exact
    media type beats type/* and */*, and then the client's own order decides.
    """
    kinds = [kind] if kind else ["solutions", "graph"]
    offered = [DEFAULT[k] for k in kinds] + [t for k in kinds for t in KIND_TYPES[k] if t != DEFAULT[k]]
    ranges = parse_accept(header)
    if not ranges:
        return offered
    aliases = _alias_table(kind)
    # An alias in the Accept header (application/json) stands for its canonical type.
    expanded: list[Range] = []
    for r in ranges:
        full = f"{r.type}/{r.subtype}"
        if full in aliases and aliases[full] != full:
            t, _, s = aliases[full].partition("/")
            expanded.append(Range(t, s, r.q, r.order))
        else:
            expanded.append(r)
    scored = []
    for pos, mt in enumerate(offered):
        best: tuple[float, int, int] | None = None
        for r in expanded:
            if r.matches(mt):
                key = (r.specificity, r.q, -r.order)
                if best is None or key > best:
                    best = key
        if best is not None and best[1] > 0:
            specificity, q, neg_order = best
            scored.append(((q, specificity, neg_order, -pos), mt))
    scored.sort(reverse=True)
    return [mt for _, mt in scored]


def choose(header: str | None, kind: str) -> str | None:
    """The best canonical media type for KIND, or None (406)."""
    prefs = preferences(header, kind)
    return prefs[0] if prefs else None


def resolve_name(name: str, kind: str | None) -> str | None:
    """A `format=` value (short name or media type) as a canonical media type of KIND, or None."""
    name = name.strip().lower()
    mt = NAMES.get(name, name)
    if kind is None:
        return mt if (mt in SOLUTIONS or mt in GRAPH) else _alias_table(None).get(mt)
    if mt in KIND_TYPES[kind]:
        return mt
    alias = ALIASES[kind].get(mt)
    if alias:
        return alias
    # json / xml short names mean the matching format of the other kind too.
    return (
        {
            "application/sparql-results+json": "application/ld+json",
            "application/sparql-results+xml": "application/rdf+xml",
        }.get(mt)
        if kind == "graph"
        else None
    )


def content_type(media_type: str) -> str:
    """The Content-Type header value: textual formats say they are UTF-8."""
    return (
        media_type + TEXTUAL_CHARSET
        if media_type not in ("application/rdf+xml", "application/sparql-results+xml")
        else media_type
    )


def all_types() -> Iterable[str]:
    return (*SOLUTIONS, *GRAPH)


def normalise(media_types: str | Sequence[str] | None, kind: str) -> list[str]:
    """Callers may pass one media type, a preference list, or None (the default for KIND)."""
    if media_types is None:
        return [DEFAULT[kind]]
    if isinstance(media_types, str):
        media_types = [media_types]
    out = []
    for mt in media_types:
        mt = mt.split(";")[0].strip().lower()
        if mt in KIND_TYPES[kind]:
            out.append(mt)
        elif mt in ALIASES[kind]:
            out.append(ALIASES[kind][mt])
    return out
