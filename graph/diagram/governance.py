"""Draw a governance graph: boxes for bodies, styled lines for relations, a title and a key.

The picture is a Scene (graph/diagram/scene.py) that the SVG and PNG writers both render.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from .layout import Layout, Route, layered_layout
from .scene import PathCommand, Rect, Scene, Shape, Text
from .styles import EDGE_STYLES, UPWARD, EdgeStyle, node_style
from .text import text_width, wrap

MARGIN = 24.0
PAD = 9.0
NAME_SIZE = 12.5
KIND_SIZE = 11.0  # no text under 11 px: the chart is read at its own size, never shrunk
CHAIR_SIZE = 11.0
MAX_TEXT = 172.0
MIN_BOX = 128.0
ARROW = 9.0
TITLE_SIZE = 18.0
SUB_SIZE = 11.5


@dataclass
class NodeBox:
    id: str
    kind_tag: str
    name_lines: list[str]
    chair_lines: list[str]
    w: float
    h: float


def node_box(node: str, attrs: dict) -> NodeBox:
    style = node_style(attrs.get("kind", "Body"))
    # the body's type from the body-type scheme ("county council", "Channel panel") says more than its class
    tag = (attrs.get("body_type") or style.label).upper()
    name = wrap(attrs.get("label", node), NAME_SIZE, MAX_TEXT, bold=True)
    chair = wrap(f"Chair: {attrs['chair']}", CHAIR_SIZE, MAX_TEXT, max_lines=2) if attrs.get("chair") else []
    widths = [text_width(tag, KIND_SIZE) + len(tag) * 0.6] + [text_width(n, NAME_SIZE, True) for n in name]
    widths += [text_width(c, CHAIR_SIZE) for c in chair]
    w = max(MIN_BOX, max(widths) + 2 * PAD)
    h = PAD + KIND_SIZE * 1.3 + len(name) * NAME_SIZE * 1.25 + len(chair) * CHAIR_SIZE * 1.3 + PAD + 2
    return NodeBox(node, tag, name, chair, round(w, 1), round(h, 1))


def graph_layout(g: nx.MultiDiGraph, max_width: float = 1500.0) -> tuple[Layout, dict[str, NodeBox],
                                                                           list[tuple[str, str, str]]]:
    boxes = {n: node_box(n, g.nodes[n]) for n in g.nodes}
    edges: list[tuple[str, str, str]] = []
    originals: list[tuple[str, str, str]] = []
    for i, (s, o, rel) in enumerate(sorted(g.edges(keys=True))):
        upper, lower = (o, s) if rel in UPWARD else (s, o)
        edges.append((upper, lower, str(i)))
        originals.append((s, o, rel))
    layout = layered_layout({n: (b.w, b.h) for n, b in boxes.items()}, edges, max_width=max_width)
    return layout, boxes, originals


def _curve(points: list[tuple[float, float]]) -> list[PathCommand]:
    cmds: list[PathCommand] = [("M", *points[0])]
    for p, q in zip(points, points[1:], strict=False):
        if abs(p[0] - q[0]) < 0.01:
            cmds.append(("L", *q))
        else:
            dy = (q[1] - p[1]) / 2
            cmds.append(("C", p[0], p[1] + dy, q[0], q[1] - dy, q[0], q[1]))
    return cmds


def _arrow(tip: tuple[float, float], pointing_down: bool, style: EdgeStyle) -> Shape:
    x, y = tip
    d = -1.0 if pointing_down else 1.0  # the head extends back from the tip, away from the box
    half = ARROW * 0.55
    if style.arrow == "diamond":
        cmds: list[PathCommand] = [("M", x, y), ("L", x - half, y + d * ARROW * 0.7), ("L", x, y + d * ARROW * 1.4),
                                   ("L", x + half, y + d * ARROW * 0.7), ("Z",)]
        return Shape(cmds, stroke=style.color, fill=style.color, width=1.0, cls="arrow")
    cmds = [("M", x - half, y + d * ARROW), ("L", x, y), ("L", x + half, y + d * ARROW)]
    if style.arrow == "open":
        return Shape(cmds, stroke=style.color, fill=None, width=style.width, cls="arrow")
    cmds.append(("Z",))
    fill = "#ffffff" if style.arrow == "hollow" else style.color
    return Shape(cmds, stroke=style.color, fill=fill, width=1.2, cls="arrow")


def _edge_shapes(route: Route, original: tuple[str, str, str], g: nx.MultiDiGraph, dx: float, dy: float) -> list[Shape]:
    s, o, rel = original
    style = EDGE_STYLES[rel]
    pts = [(x + dx, y + dy) for x, y in route.points]
    head_at_start = route.source == o  # the arrow always points at the object of the statement
    back = ARROW * (1.4 if style.arrow == "diamond" else 0.9)
    tip = pts[0] if head_at_start else pts[-1]
    line = list(pts)
    if head_at_start:
        line[0] = (line[0][0], line[0][1] + back)
    else:
        line[-1] = (line[-1][0], line[-1][1] - back)
    attrs = g.edges[s, o, rel]
    when = f" (as of {attrs['as_of']})" if attrs.get("as_of") else ""
    src = attrs.get("evidence") or []
    cite = f"; source: {src[0].citation or src[0].title or src[0].document}" if src else ""
    title = f"{g.nodes[s]['label']} {style.label} {g.nodes[o]['label']}{when}{cite}"
    path = Shape(_curve(line), stroke=style.color, width=style.width, dash=style.dash, cls=f"edge {rel}",
                 title=title, data={"relation": rel, "source": s, "target": o})
    return [path, _arrow(tip, pointing_down=not head_at_start, style=style)]


def _node_items(box: NodeBox, attrs: dict, x: float, y: float, focus: bool,
                href: str | None = None) -> list[Rect | Text]:
    style = node_style(attrs.get("kind", "Body"))
    left = x - box.w / 2
    rect = Rect(left, y, box.w, box.h, fill=style.fill, stroke=style.stroke,
                stroke_width=style.stroke_width + (1.6 if focus else 0.0), rx=style.rx, dash=style.dash, cls="node",
                title=f"{attrs.get('label')} ({style.label})", data={"iri": box.id, "kind": attrs.get("kind", "Body")})
    items: list[Rect | Text] = [rect]
    ty = y + PAD + KIND_SIZE
    items.append(Text(x, ty, [box.kind_tag], KIND_SIZE, anchor="middle", fill=style.stroke, cls="label kind-tag",
                      letter_spacing=0.6))
    ty += KIND_SIZE * 0.3 + NAME_SIZE * 1.25
    items.append(Text(x, ty, box.name_lines, NAME_SIZE, bold=True, anchor="middle", cls="label name"))
    if box.chair_lines:
        ty += (len(box.name_lines) - 1) * NAME_SIZE * 1.25 + CHAIR_SIZE * 1.35
        items.append(Text(x, ty, box.chair_lines, CHAIR_SIZE, italic=True, anchor="middle", fill="#3a3a3a",
                          line_height=1.3, cls="label chair"))
    for item in items:  # the whole box is the link, text included
        item.href = href
    return items


def _legend(kinds: list[str], relations: list[str], width: float, top: float) -> tuple[list, float]:
    items: list = []
    items.append(Text(MARGIN, top + 13, ["Key"], 12.5, bold=True, cls="legend"))
    y = top + 24
    x = MARGIN
    row_h = 26.0
    for kind in kinds:
        style = node_style(kind)
        w = text_width(style.label, 11) + 40
        if x + w > width - MARGIN and x > MARGIN:
            x, y = MARGIN, y + row_h
        items.append(Rect(x, y + 3, 26, 16, fill=style.fill, stroke=style.stroke, stroke_width=style.stroke_width,
                          rx=min(style.rx, 6), dash=style.dash, cls="legend swatch"))
        items.append(Text(x + 32, y + 15, [style.label], 11, cls="legend"))
        x += w + 12
    y += row_h + 4
    x = MARGIN
    for rel in relations:
        style = EDGE_STYLES[rel]
        w = text_width(style.label, 11) + 72
        if x + w > width - MARGIN and x > MARGIN:
            x, y = MARGIN, y + row_h
        line_y = y + 11
        items.append(Shape([("M", x, line_y), ("L", x + 38, line_y)], stroke=style.color, width=style.width,
                           dash=style.dash, cls="legend"))
        items.append(_arrow_right((x + 48, line_y), style))
        items.append(Text(x + 56, y + 15, [style.label], 11, cls="legend"))
        x += w + 12
    return items, y + row_h - top


def _arrow_right(tip: tuple[float, float], style: EdgeStyle) -> Shape:
    x, y = tip
    half = ARROW * 0.55
    if style.arrow == "diamond":
        return Shape([("M", x, y), ("L", x - ARROW * 0.7, y - half), ("L", x - ARROW * 1.4, y),
                      ("L", x - ARROW * 0.7, y + half), ("Z",)], stroke=style.color, fill=style.color, cls="legend")
    cmds: list[PathCommand] = [("M", x - ARROW, y - half), ("L", x, y), ("L", x - ARROW, y + half)]
    if style.arrow == "open":
        return Shape(cmds, stroke=style.color, width=style.width, cls="legend")
    cmds.append(("Z",))
    return Shape(cmds, stroke=style.color, fill="#ffffff" if style.arrow == "hollow" else style.color, width=1.2,
                 cls="legend")


def governance_scene(g: nx.MultiDiGraph, title: str = "Community-safety governance",
                     generated: dt.date | None = None, sources: int | None = None,
                     link: Callable[[str, dict], str | None] | None = None) -> Scene:
    """The chart of G. LINK, when given, makes each box a link (the explorer re-centres the chart on it)."""
    layout, boxes, originals = graph_layout(g)
    subtitle = g.graph.get("scope", "")
    content_w = max(layout.width, 560.0)
    width = content_w + 2 * MARGIN
    top = MARGIN + TITLE_SIZE + SUB_SIZE * 1.6 + 18
    items: list = [
        Text(MARGIN, MARGIN + TITLE_SIZE, [title], TITLE_SIZE, bold=True, cls="title"),
        Text(MARGIN, MARGIN + TITLE_SIZE + SUB_SIZE * 1.6, [subtitle], SUB_SIZE, fill="#444444", cls="subtitle"),
    ]
    dx = MARGIN + (content_w - layout.width) / 2
    for route in layout.routes:
        items.extend(_edge_shapes(route, originals[int(route.key)], g, dx, top))
    focus = g.graph.get("focus")
    for n, b in layout.boxes.items():
        href = link(n, g.nodes[n]) if link else None
        items.extend(_node_items(boxes[n], g.nodes[n], b.x + dx, b.y + top, focus == n, href))
    if layout.loose_top is not None and layout.layers:
        items.append(Text(MARGIN, top + layout.loose_top - 14, ["In scope, with no line of these kinds recorded:"],
                          11, italic=True, fill="#444444", cls="caption"))
    if not g.nodes:
        items.append(Text(MARGIN, top + 20, ["Nothing recorded for this scope."], 13, fill="#444444"))
    body_bottom = top + max(layout.height, 30.0) + 28
    kinds = sorted({g.nodes[n].get("kind", "Body") for n in g.nodes}, key=_kind_order)
    relations = [r for r in EDGE_STYLES if any(k == r for _, _, k in g.edges(keys=True))]
    legend, legend_h = _legend(kinds, relations, width, body_bottom)
    items.extend(legend)
    foot_y = body_bottom + legend_h + 16
    note = ("Generated by govkg" + (f" on {generated.isoformat()}" if generated else "")
            + (f" from {sources} source document{'s' if sources != 1 else ''}" if sources is not None else "")
            + ". A line is drawn only where a source records it; hover a line or box for its source.")
    items.append(Text(MARGIN, foot_y, wrap(note, 11, width - 2 * MARGIN, max_lines=3), 11, fill="#555555",
                      cls="footnote"))
    scene = Scene(width, foot_y + 24, items, title=title, description=subtitle)
    return scene


def _kind_order(kind: str) -> int:
    from .styles import NODE_STYLES

    keys = list(NODE_STYLES)
    return keys.index(kind) if kind in keys else len(keys)
