"""Writers for query answers by name: govkg's own `table` and `rows`, and every format of the registry
(json, xml, csv, tsv for SELECT/ASK; turtle, ntriples, jsonld, rdfxml... for graphs)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

import pyoxigraph as ox

from .. import formats
from ..ontology.vocab import PREFIXES

Writer = Callable[[Any, TextIO], None]
# govkg's own writers, for people and shells; every other name is a format of the registry (govkg.formats)
_OWN: dict[str, tuple[str, Writer]] = {}  # name -> (result kind, writer)


def result_kind(result: Any) -> str:
    return "graph" if isinstance(result, ox.QueryTriples) else "solutions"


def writers_for(kind: str) -> list[str]:
    return [n for n, (k, _) in _OWN.items() if k == kind] + formats.names(formats.offered(kind))


def write(result: Any, name: str, stream: TextIO) -> None:
    """Write RESULT in the format NAME: table or rows (SELECT/ASK), or any format of the registry."""
    kind = result_kind(result)
    own = _OWN.get(name)
    if own is not None and own[0] == kind:
        own[1](result, stream)
        return
    fmt = formats.find(name, kind) if own is None else None
    if fmt is None:
        raise ValueError(f"format {name!r} does not fit a {'graph' if kind == 'graph' else 'SELECT/ASK'} result; "
                         f"use one of {', '.join(writers_for(kind))}")
    if kind == "graph":
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        stream.write(ox.serialize(list(result), format=fmt, prefixes=prefixes).decode("utf-8"))
    else:
        stream.write(result.serialize(format=fmt).decode("utf-8"))
        if fmt == ox.QueryResultsFormat.JSON:
            stream.write("\n")


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


def _json_rows(result: Any, stream: TextIO) -> None:
    """Plain JSON rows for shell users: [{"var": "value", ...}] (SPARQL JSON is 'json')."""
    if isinstance(result, ox.QueryBoolean):
        json.dump(bool(result), stream)
    else:
        names = [v.value for v in result.variables]
        json.dump([{n: _term_text(row[n]) for n in names if row[n] is not None} for row in result], stream, indent=1)
    stream.write("\n")


_OWN["table"] = ("solutions", _table)
_OWN["rows"] = ("solutions", _json_rows)
