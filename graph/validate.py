"""SHACL validation of the whole store against govkg's shapes, with readable violations."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from ..ontology import ontology_graph, shapes_graph
from .store import GraphStore


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


def store_graph(store: GraphStore) -> Graph:
    """The union of every graph in the store, as an rdflib Graph (a copy: pyshacl modifies datasets)."""
    g = Graph()
    g.parse(data=store.dump(ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def validate(store: GraphStore) -> list[Violation]:
    import pyshacl

    data = store_graph(store)
    data += ontology_graph()  # so sh:class sees subclasses (a Partnership is a Body)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True,
    )
    if conforms:
        return []
    out = []
    for r in results.subjects(SH.resultSeverity, None):
        path = results.value(r, SH.resultPath)
        out.append(Violation(
            focus=str(results.value(r, SH.focusNode)),
            path=_short(path) if path is not None else "",
            message=str(results.value(r, SH.resultMessage)),
            severity=str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def _short(term: object) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
