"""Governance diagrams: scope the graph (graph/network.py), lay it out, and write it in a registered format."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..scope import Scope, governance_graph
from ..store import GraphStore
from .formats import ALIASES, FORMATS, DiagramFormat, diagram_data, diagram_format, render

__all__ = ["ALIASES", "FORMATS", "DiagramFormat", "Scope", "diagram", "diagram_data", "diagram_format",
           "render", "source_count"]


def source_count(g: nx.MultiDiGraph) -> int:
    """How many documents the drawn lines come from."""
    return len({d for *_, attrs in g.edges(keys=True, data=True)
                for d in attrs.get("documents", [e.document for e in attrs.get("evidence", [])])})


def diagram(store: GraphStore, scope: Scope, fmt: str, title: str | None = None) -> bytes:
    """The diagram of SCOPE in format FMT (svg, png, dot, graphml, mermaid, json)."""
    chosen = diagram_format(fmt)  # fail on a bad format before any work
    g = governance_graph(store, scope)
    opts: dict[str, Any] = {"title": title, "sources": source_count(g)}
    return chosen.write(g, opts)
