"""Diagram output formats, looked up by name: SVG, PNG, DOT, GraphML, Mermaid and JSON.

Every writer takes the scoped governance graph; the drawn formats (SVG, PNG, JSON positions) lay it out with
graph/diagram/layout.py, the text formats leave layout to the tool that opens them (Graphviz, yEd, a wiki).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

import networkx as nx

from .governance import governance_scene, graph_layout
from .png import to_png
from .styles import EDGE_STYLES, UPWARD, node_style
from .svg import to_svg


@dataclass(frozen=True)
class DiagramFormat:
    name: str
    media_type: str
    suffix: str
    write: Callable[[nx.MultiDiGraph, dict[str, Any]], bytes]
    binary: bool = False


def _ids(g: nx.MultiDiGraph) -> dict[str, str]:
    """Short stable ids (n1, n2...) in label order, for formats whose ids must be plain words."""
    ordered = sorted(g.nodes, key=lambda n: (g.nodes[n].get("label", ""), n))
    return {n: f"n{i + 1}" for i, n in enumerate(ordered)}


def _edges(g: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    return sorted(g.edges(keys=True, data=True), key=lambda e: (g.nodes[e[0]]["label"], e[2], g.nodes[e[1]]["label"]))


def _title(opts: dict[str, Any]) -> str:
    return opts.get("title") or "Community-safety governance"


# ---------------------------------------------------------------- DOT

def _dot_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(g: nx.MultiDiGraph, opts: dict[str, Any]) -> bytes:
    ids = _ids(g)
    out = ["digraph governance {",
           f"  label={_dot_str(_title(opts) + chr(10) + g.graph.get('scope', ''))};",
           "  labelloc=t; rankdir=TB; newrank=true; nodesep=0.35; ranksep=0.6;",
           '  node [fontname="DejaVu Sans", fontsize=11, margin="0.15,0.08"];',
           '  edge [fontname="DejaVu Sans", fontsize=9];']
    for n in sorted(g.nodes, key=lambda n: ids[n]):
        attrs = g.nodes[n]
        style = node_style(attrs.get("kind", "Body"))
        label = attrs.get("label", n) + (f"\nChair: {attrs['chair']}" if attrs.get("chair") else "")
        out.append(f"  {ids[n]} [label={_dot_str(label)}, shape={style.dot_shape}, style={_dot_str(style.dot_style)},"
                   f" fillcolor={_dot_str(style.fill)}, color={_dot_str(style.stroke)},"
                   f" tooltip={_dot_str(style.label)}, URL={_dot_str(n)}];")
    for s, o, rel, _ in _edges(g):
        style = EDGE_STYLES[rel]
        # Keep parents above children: edges that point upwards are laid out reversed (dir=back).
        if rel in UPWARD:
            out.append(f"  {ids[o]} -> {ids[s]} [dir=back, arrowtail={style.dot_arrow},"
                       f" style={_dot_str(style.dot_style)},"
                       f" color={_dot_str(style.color)}, tooltip={_dot_str(style.label)}];")
        else:
            out.append(f"  {ids[s]} -> {ids[o]} [arrowhead={style.dot_arrow}, style={_dot_str(style.dot_style)},"
                       f" color={_dot_str(style.color)}, tooltip={_dot_str(style.label)}];")
    rels = [r for r in EDGE_STYLES if any(k == r for _, _, k in g.edges(keys=True))]
    if rels:
        out.append("  subgraph cluster_key {")
        out.append('    label="Key"; fontsize=10; color="#999999";')
        out.append('    node [shape=plaintext, style="", label=""];')
        for i, rel in enumerate(rels):
            style = EDGE_STYLES[rel]
            out.append(f"    key{i}a [label=\"\"]; key{i}b [label={_dot_str(style.label)}];")
            out.append(f"    key{i}a -> key{i}b [arrowhead={style.dot_arrow}, style={_dot_str(style.dot_style)},"
                       f" color={_dot_str(style.color)}];")
        out.append("  }")
    out.append("}")
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- Mermaid

def _mermaid_text(text: str) -> str:
    # Mermaid has no escape for a double quote inside a quoted label; its entity codes are the documented way.
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def to_mermaid(g: nx.MultiDiGraph, opts: dict[str, Any]) -> bytes:
    ids = _ids(g)
    out = ["---", f"title: {_mermaid_text(_title(opts))}", "---", "flowchart TB"]
    kinds_used: dict[str, list[str]] = {}
    for n in sorted(g.nodes, key=lambda n: ids[n]):
        attrs = g.nodes[n]
        kind = attrs.get("kind", "Body")
        style = node_style(kind)
        label = _mermaid_text(attrs.get("label", n))
        if attrs.get("chair"):
            label += "<br/><i>Chair: " + _mermaid_text(attrs["chair"]) + "</i>"
        out.append(f'  {ids[n]}{style.mermaid_open}"{label}"{style.mermaid_close}')
        kinds_used.setdefault(kind, []).append(ids[n])
    link_styles: list[str] = []
    for i, (s, o, rel, _) in enumerate(_edges(g)):
        style = EDGE_STYLES[rel]
        upper, lower = (o, s) if rel in UPWARD else (s, o)
        arrow = style.mermaid_arrow
        if rel in UPWARD:  # drawn from the parent down; the label says which way the line reads
            out.append(f'  {ids[upper]} ---|"{_mermaid_text(_inverse(rel))}"| {ids[lower]}')
        else:
            out.append(f'  {ids[upper]} {arrow}|"{_mermaid_text(style.label)}"| {ids[lower]}')
        dash = f",stroke-dasharray:{' '.join(str(int(d)) for d in style.dash)}" if style.dash else ""
        link_styles.append(f"  linkStyle {i} stroke:{style.color},stroke-width:{style.width}px{dash}")
    for kind in sorted(kinds_used):
        style = node_style(kind)
        dash = f",stroke-dasharray:{' '.join(str(int(d)) for d in style.dash)}" if style.dash else ""
        out.append(f"  classDef {kind.lower()} fill:{style.fill},stroke:{style.stroke},"
                   f"stroke-width:{style.stroke_width}px{dash}")
        out.append(f"  class {','.join(kinds_used[kind])} {kind.lower()}")
    out.extend(link_styles)
    return ("\n".join(out) + "\n").encode("utf-8")


def _inverse(rel: str) -> str:
    return {"reports_to": "receives reports from", "subgroup_of": "has sub-group"}[rel]


# ---------------------------------------------------------------- GraphML

_GRAPHML_NODE_KEYS = (("label", "string"), ("kind", "string"), ("iri", "string"), ("area", "string"),
                      ("chair", "string"), ("x", "double"), ("y", "double"), ("width", "double"),
                      ("height", "double"), ("fill", "string"))
_GRAPHML_EDGE_KEYS = (("relation", "string"), ("label", "string"), ("as_of", "string"), ("source_document", "string"),
                      ("quote", "string"), ("color", "string"))


def to_graphml(g: nx.MultiDiGraph, opts: dict[str, Any]) -> bytes:
    """GraphML with the drawn positions, so yEd and Gephi open the same picture (and can re-lay it out)."""
    ids = _ids(g)
    layout, _, _ = graph_layout(g)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    for name, typ in _GRAPHML_NODE_KEYS:
        out.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{typ}"/>')
    for name, typ in _GRAPHML_EDGE_KEYS:
        out.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{typ}"/>')
    out.append('  <graph id="governance" edgedefault="directed">')
    out.append(f"    <desc>{_xml_text(_title(opts) + ': ' + g.graph.get('scope', ''))}</desc>")
    for n in sorted(g.nodes, key=lambda n: ids[n]):
        a = g.nodes[n]
        box = layout.boxes[n]
        values = {"label": a.get("label", n), "kind": a.get("kind", "Body"), "iri": n,
                  "area": ", ".join(a.get("areas", [])), "chair": a.get("chair") or "",
                  "x": f"{box.x:.1f}", "y": f"{box.y:.1f}", "width": f"{box.w:.1f}", "height": f"{box.h:.1f}",
                  "fill": node_style(a.get("kind", "Body")).fill}
        out.append(f'    <node id="{ids[n]}">')
        for name, _ in _GRAPHML_NODE_KEYS:
            if values[name] != "":
                out.append(f'      <data key="n_{name}">{_xml_text(str(values[name]))}</data>')
        out.append("    </node>")
    for i, (s, o, rel, attrs) in enumerate(_edges(g)):
        ev = (attrs.get("evidence") or [None])[0]
        values = {"relation": rel, "label": EDGE_STYLES[rel].label, "as_of": attrs.get("as_of") or "",
                  "source_document": (ev.document if ev else ""), "quote": (ev.quote or "") if ev else "",
                  "color": EDGE_STYLES[rel].color}
        out.append(f'    <edge id="e{i + 1}" source="{ids[s]}" target="{ids[o]}">')
        for name, _ in _GRAPHML_EDGE_KEYS:
            if values[name]:
                out.append(f'      <data key="e_{name}">{_xml_text(values[name])}</data>')
        out.append("    </edge>")
    out.extend(["  </graph>", "</graphml>"])
    return ("\n".join(out) + "\n").encode("utf-8")


def _xml_text(text: str) -> str:
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text)
    return quoteattr(text)[1:-1]


# ---------------------------------------------------------------- JSON

def diagram_data(g: nx.MultiDiGraph, opts: dict[str, Any]) -> dict[str, Any]:
    """Nodes, edges with their evidence, and the drawn positions: what the explorer needs."""
    layout, _, _ = graph_layout(g)
    nodes = []
    for n in sorted(g.nodes, key=lambda n: (g.nodes[n].get("label", ""), n)):
        a, box = g.nodes[n], layout.boxes[n]
        nodes.append({"id": n, "label": a.get("label"), "kind": a.get("kind"), "areas": a.get("areas", []),
                      "chair": a.get("chair"), "x": round(box.x, 1), "y": round(box.y, 1),
                      "width": box.w, "height": box.h})
    edges = []
    for s, o, rel, attrs in _edges(g):
        edges.append({"source": s, "target": o, "relation": rel, "label": EDGE_STYLES[rel].label,
                      "as_of": attrs.get("as_of"), "evidence": [e.as_dict() for e in attrs.get("evidence", [])],
                      # the evidence is the latest few statements; how many there are, and in which documents
                      "statements": attrs.get("statements", len(attrs.get("evidence", []))),
                      "documents": attrs.get("documents", sorted({e.document for e in attrs.get("evidence", [])}))})
    return {"title": _title(opts), "scope": g.graph.get("scope"), "nodes": nodes, "edges": edges,
            "width": round(layout.width, 1), "height": round(layout.height, 1),
            "legend": {"nodes": {k: node_style(k).label for k in sorted({n["kind"] for n in nodes})},
                       "edges": {r: EDGE_STYLES[r].label for r in sorted({e["relation"] for e in edges})}}}


def to_json(g: nx.MultiDiGraph, opts: dict[str, Any]) -> bytes:
    return (json.dumps(diagram_data(g, opts), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _scene(g: nx.MultiDiGraph, opts: dict[str, Any]):  # type: ignore[no-untyped-def]
    return governance_scene(g, _title(opts), generated=opts.get("generated") or dt.date.today(),
                            sources=opts.get("sources"), link=opts.get("link"))


FORMATS: dict[str, DiagramFormat] = {
    "svg": DiagramFormat("svg", "image/svg+xml", ".svg", lambda g, o: to_svg(_scene(g, o)).encode("utf-8")),
    "png": DiagramFormat("png", "image/png", ".png", lambda g, o: to_png(_scene(g, o)), binary=True),
    "dot": DiagramFormat("dot", "text/vnd.graphviz; charset=utf-8", ".dot", to_dot),
    "graphml": DiagramFormat("graphml", "application/graphml+xml", ".graphml", to_graphml),
    "mermaid": DiagramFormat("mermaid", "text/vnd.mermaid; charset=utf-8", ".mmd", to_mermaid),
    "json": DiagramFormat("json", "application/json", ".json", to_json),
}
ALIASES = {"mmd": "mermaid", "gv": "dot"}


def diagram_format(name: str) -> DiagramFormat:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        from ...errors import GovKGError

        raise GovKGError(f"unknown diagram format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[key]


def render(g: nx.MultiDiGraph, fmt: str, opts: dict[str, Any] | None = None) -> bytes:
    return diagram_format(fmt).write(g, opts or {})
