"""The one registry of formats govkg reads and writes, for the CLI, export, loaders and the server.

RDF formats (for data: loading, export, linked-data pages, CONSTRUCT answers) and SPARQL results formats (for
SELECT and ASK answers) are pyoxigraph's: a short name, a file suffix or a media type (with its aliases, such
as application/json or text/xml) is looked up with `RdfFormat`/`QueryResultsFormat.from_extension` and
`.from_media_type`. The few names people type that are neither (turtle, ntriples, rdfxml, owl...) map onto a
suffix here. Writers that are govkg's own (the terminal's `table`, plain JSON `rows`) register beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from .errors import GovKGError

RDF_FORMATS: tuple[ox.RdfFormat, ...] = (
    ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML, ox.RdfFormat.TRIG,
    ox.RdfFormat.N_QUADS, ox.RdfFormat.N3,
)
RESULTS_FORMATS: tuple[ox.QueryResultsFormat, ...] = (
    ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV,
)
# Names that are neither a suffix nor a media type, onto the suffix pyoxigraph knows.
_NAMES = {
    "turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "n-quads": "nq", "jsonld": "jsonld",
    "json-ld": "jsonld", "rdfxml": "rdf", "rdf+xml": "rdf", "rdf/xml": "rdf", "owl": "rdf", "xml": "xml",
    "sparql-json": "srj", "sparql-xml": "srx",
}
_DEFAULT_NAMES = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "ntriples", ox.RdfFormat.JSON_LD: "jsonld",
                  ox.RdfFormat.RDF_XML: "rdfxml", ox.RdfFormat.TRIG: "trig", ox.RdfFormat.N_QUADS: "nquads",
                  ox.RdfFormat.N3: "n3"}


def _lookup(value: str, cls: Any) -> Any:
    key = value.strip()
    if "/" in key:
        return cls.from_media_type(key)
    key = key.lower().lstrip(".")
    return cls.from_extension(_NAMES.get(key, key))


def rdf_format(value: str, *, datasets: bool | None = None) -> ox.RdfFormat:
    """The RDF format a short name (turtle, trig...), a suffix (ttl, .nq) or a media type names.

    DATASETS True asks for a format that keeps named graphs; False for a triple format."""
    fmt = _lookup(value, ox.RdfFormat)
    if fmt is None or (datasets is not None and fmt.supports_datasets != datasets):
        choices = [f for f in RDF_FORMATS if datasets is None or f.supports_datasets == datasets]
        raise GovKGError(f"{value!r} is not an RDF format govkg knows; use one of {rdf_names(choices)}")
    return fmt


def results_format(value: str) -> ox.QueryResultsFormat:
    """The SPARQL results format a short name (json, xml, csv, tsv), a suffix or a media type names."""
    fmt = _lookup(value, ox.QueryResultsFormat)
    if fmt is None:
        names = ", ".join(f.file_extension for f in RESULTS_FORMATS)
        raise GovKGError(f"{value!r} is not a SPARQL results format; use one of {names}")
    return fmt


def name_of(fmt: ox.RdfFormat) -> str:
    return _DEFAULT_NAMES.get(fmt, fmt.file_extension)


def rdf_names(formats: Iterable[ox.RdfFormat] = RDF_FORMATS) -> str:
    return ", ".join(name_of(f) for f in formats)
