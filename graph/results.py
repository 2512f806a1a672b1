"""Writers for query results, looked up by name (table, json, csv, tsv, xml; turtle and friends for graphs)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

import pyoxigraph as ox

from ..ontology.vocab import PREFIXES

Writer = Callable[[Any, TextIO], None]
_WRITERS: dict[str, tuple[str, Writer]] = {}  # name -> (result kind, writer)


def register_writer(name: str, kind: str, writer: Writer) -> None:
    """KIND is 'solutions' (SELECT/ASK) or 'graph' (CONSTRUCT/DESCRIBE)."""
    _WRITERS[name] = (kind, writer)


def result_kind(result: Any) -> str:
    return "graph" if isinstance(result, ox.QueryTriples) else "solutions"


def writers_for(kind: str) -> list[str]:
    return [name for name, (k, _) in _WRITERS.items() if k == kind]


def write(result: Any, name: str, stream: TextIO) -> None:
    kind = result_kind(result)
    if name not in _WRITERS or _WRITERS[name][0] != kind:
        raise ValueError(f"format {name!r} does not fit a {'graph' if kind == 'graph' else 'SELECT/ASK'} result; "
                         f"use one of {', '.join(writers_for(kind))}")
    _WRITERS[name][1](result, stream)


def _term_text(term: Any) -> str:
    if term is None:
        return ""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode) else str(term)


def _table(result: Any, stream: TextIO) -> None:
    if isinstance(result, ox.QueryBoolean):
        stream.write(("true" if bool(result) else "false") + "\n")
        return
    names = [v.value for v in result.variables]
    rows = [[_term_text(row[n]) for n in names] for row in result]
    widths = [max([len(n)] + [min(len(r[i]), 80) for r in rows]) for i, n in enumerate(names)]
    stream.write("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip() + "\n")
    stream.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        cells = [(c if len(c) <= 80 else c[:77] + "...").ljust(w) for c, w in zip(r, widths, strict=True)]
        stream.write("  ".join(cells).rstrip() + "\n")
    stream.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _solutions(fmt: ox.QueryResultsFormat) -> Writer:
    def write_(result: Any, stream: TextIO) -> None:
        stream.write(result.serialize(format=fmt).decode("utf-8"))
        if fmt == ox.QueryResultsFormat.JSON:
            stream.write("\n")

    return write_


def _graph(fmt: ox.RdfFormat) -> Writer:
    def write_(result: Any, stream: TextIO) -> None:
        stream.write(ox.serialize(list(result), format=fmt, prefixes=PREFIXES
                                  if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None).decode("utf-8"))

    return write_


def _json_rows(result: Any, stream: TextIO) -> None:
    """Plain JSON rows for shell users: [{"var": "value", ...}] (SPARQL JSON is 'json')."""
    if isinstance(result, ox.QueryBoolean):
        json.dump(bool(result), stream)
    else:
        names = [v.value for v in result.variables]
        json.dump([{n: _term_text(row[n]) for n in names if row[n] is not None} for row in result], stream, indent=1)
    stream.write("\n")


register_writer("table", "solutions", _table)
register_writer("json", "solutions", _solutions(ox.QueryResultsFormat.JSON))
register_writer("rows", "solutions", _json_rows)
register_writer("csv", "solutions", _solutions(ox.QueryResultsFormat.CSV))
register_writer("tsv", "solutions", _solutions(ox.QueryResultsFormat.TSV))
register_writer("xml", "solutions", _solutions(ox.QueryResultsFormat.XML))
register_writer("turtle", "graph", _graph(ox.RdfFormat.TURTLE))
register_writer("ntriples", "graph", _graph(ox.RdfFormat.N_TRIPLES))
register_writer("jsonld", "graph", _graph(ox.RdfFormat.JSON_LD))
register_writer("rdfxml", "graph", _graph(ox.RdfFormat.RDF_XML))
