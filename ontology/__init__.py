"""The govkg ontology (TBox), its SHACL shapes and the SKOS topic scheme, shipped as Turtle files."""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

from .vocab import GKG, ID, PREFIXES, SCHEMA, sparql_prefixes

__all__ = ["GKG", "ID", "PREFIXES", "SCHEMA", "sparql_prefixes", "ontology_text", "ontology_graph",
           "shapes_graph", "topics_graph"]

FILES = {"ontology": "govkg.ttl", "shapes": "shapes.ttl", "topics": "topics.ttl", "labels": "labels.ttl"}


def ontology_text(name: str = "ontology") -> str:
    return resources.files(__package__).joinpath(FILES[name]).read_text(encoding="utf-8")


@cache
def _parsed(name: str) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    g.parse(data=ontology_text(name), format="turtle")
    return g


def ontology_graph() -> Graph:
    """A fresh copy of the TBox (callers may add to it)."""
    return _copy(_parsed("ontology"))


def shapes_graph() -> Graph:
    return _copy(_parsed("shapes"))


def topics_graph() -> Graph:
    return _copy(_parsed("topics"))


def _copy(g: Graph) -> Graph:
    out = Graph()
    for prefix, ns in g.namespaces():
        out.bind(prefix, ns, replace=True)
    for t in g:
        out.add(t)
    return out
