"""The one registry of the formats govkg reads and writes: used by the CLI, export, the loaders and the server.

RDF formats (loading, export, linked-data pages, CONSTRUCT answers) and SPARQL results formats (SELECT and
ASK answers) are pyoxigraph's own: a short name, a file suffix or a media type, with the aliases clients send
(application/json, text/xml, ...), is looked up with `RdfFormat`/`QueryResultsFormat.from_extension` and
`.from_media_type`. The few names people type that are neither (turtle, ntriples, rdfxml, owl, ...) map onto
a suffix here. Content negotiation is werkzeug's `MIMEAccept`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from .errors import GovKGError

# What govkg offers, the default of each kind first.
RDF_FORMATS: tuple[ox.RdfFormat, ...] = (
    ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML, ox.RdfFormat.TRIG,
    ox.RdfFormat.N_QUADS, ox.RdfFormat.N3,
)
RESULTS_FORMATS: tuple[ox.QueryResultsFormat, ...] = (
    ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV,
)
# RDF files the loader reads (N3 is more than RDF); .owl files are RDF/XML.
LOADABLE_RDF: tuple[ox.RdfFormat, ...] = tuple(f for f in RDF_FORMATS if f != ox.RdfFormat.N3)
LOADABLE_SUFFIXES: tuple[str, ...] = (*(f".{f.file_extension}" for f in LOADABLE_RDF), ".owl")

# Names that are neither a suffix nor a media type, onto the suffix pyoxigraph knows.
_NAMES = {
    "turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "n-quads": "nq", "json-ld": "jsonld",
    "rdfxml": "rdf", "rdf+xml": "rdf", "rdf/xml": "rdf", "owl": "rdf", "sparql-json": "srj", "sparql-xml": "srx",
}
_SHORT_NAMES = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "ntriples", ox.RdfFormat.RDF_XML: "rdfxml",
                ox.RdfFormat.N_QUADS: "nquads"}
# Media types clients put in Accept that name one of ours by another name; pyoxigraph maps each.
ACCEPT_ALIASES: dict[str, tuple[str, ...]] = {
    "solutions": ("application/json", "application/xml", "text/xml"),
    "graph": ("application/json", "application/xml", "text/xml", "application/x-turtle", "text/plain",
              "application/x-trig"),
}
_BINARY_SAFE_XML = ("application/rdf+xml", "application/sparql-results+xml")  # XML declares its own encoding


def _lookup(value: str, cls: Any) -> Any:
    key = value.strip()
    if "/" in key:
        return cls.from_media_type(key)
    key = key.lower().lstrip(".")
    return cls.from_extension(_NAMES.get(key, key))


def rdf_format(value: str, *, datasets: bool | None = None) -> ox.RdfFormat:
    """The RDF format a short name (turtle, trig...), a suffix (ttl, .nq) or a media type names.

    DATASETS True asks for a format that keeps named graphs, False for a triple format."""
    fmt = _lookup(value, ox.RdfFormat)
    if fmt is None or fmt not in RDF_FORMATS or (datasets is not None and fmt.supports_datasets != datasets):
        choices = [f for f in RDF_FORMATS if datasets is None or f.supports_datasets == datasets]
        raise GovKGError(f"{value!r} is not an RDF format govkg writes; use one of {', '.join(map(name, choices))}")
    return fmt


def results_format(value: str) -> ox.QueryResultsFormat:
    """The SPARQL results format a short name (json, xml, csv, tsv), a suffix or a media type names."""
    fmt = _lookup(value, ox.QueryResultsFormat)
    if fmt is None:
        raise GovKGError(
            f"{value!r} is not a SPARQL results format; use one of {', '.join(map(name, RESULTS_FORMATS))}"
        )
    return fmt


def find(value: str, kind: str) -> ox.RdfFormat | ox.QueryResultsFormat | None:
    """The format of KIND ('solutions' or 'graph') that VALUE names, or None."""
    try:
        return results_format(value) if kind == "solutions" else rdf_format(value)
    except GovKGError:
        return None


def name(fmt: ox.RdfFormat | ox.QueryResultsFormat) -> str:
    """The short name people type: turtle, trig, jsonld, json, csv..."""
    if isinstance(fmt, ox.QueryResultsFormat):
        return {"srj": "json", "srx": "xml"}.get(fmt.file_extension, fmt.file_extension)
    return _SHORT_NAMES.get(fmt, fmt.file_extension)


def media_type(fmt: ox.RdfFormat | ox.QueryResultsFormat) -> str:
    """The bare media type (no parameters)."""
    return fmt.media_type.split(";")[0].strip()


def content_type(mt: str) -> str:
    """The Content-Type header value for media type MT: textual formats say they are UTF-8."""
    return mt if mt in _BINARY_SAFE_XML else f"{mt}; charset=utf-8"


def suffix(fmt: ox.RdfFormat | ox.QueryResultsFormat) -> str:
    return "." + fmt.file_extension


def offered(kind: str) -> tuple[ox.RdfFormat | ox.QueryResultsFormat, ...]:
    return RESULTS_FORMATS if kind == "solutions" else RDF_FORMATS


def media_types(kind: str) -> tuple[str, ...]:
    return tuple(media_type(f) for f in offered(kind))


def canonical(mt: str, kind: str) -> str | None:
    """Our own media type for MT (itself or an alias) in KIND, or None."""
    fmt = find(mt, kind) if "/" in mt else None
    return media_type(fmt) if fmt is not None and media_type(fmt) in media_types(kind) else None


def accept(header: str | None) -> MIMEAccept:
    return parse_accept_header(header or "", MIMEAccept)


def negotiate(header: str | None, kinds: Sequence[str]) -> list[str]:
    """Our media types of KINDS that the Accept HEADER allows, best first; every one, defaults first, when
    there is no header. The ranking is werkzeug's best_match, taken again over what is left."""
    defaults = [media_types(k)[0] for k in kinds]
    ours = defaults + [mt for k in kinds for mt in media_types(k) if mt not in defaults]
    client = accept(header)
    if not client:
        return ours
    offers = ours + [a for kind in kinds for a in ACCEPT_ALIASES[kind] if a not in ours]
    ranked: list[str] = []
    while offers:
        best = client.best_match(offers)
        if best is None:
            break
        offers.remove(best)
        mt = best if best in ours else next((c for k in kinds if (c := canonical(best, k))), None)
        if mt is not None and mt not in ranked:
            ranked.append(mt)
    return ranked


def quality(header: str | None, mt: str, *, wildcards: bool = True) -> float:
    """How much the Accept HEADER wants MT; without WILDCARDS only ranges naming its type count."""
    client = accept(header)
    if not wildcards:
        client = MIMEAccept([(v, q) for v, q in client if not v.startswith("*/")])
    return client.quality(mt)


def names(formats: Iterable[ox.RdfFormat | ox.QueryResultsFormat]) -> list[str]:
    return [name(f) for f in formats]
