"""A small diagram of an entity's neighbourhood: inline SVG drawn on the server, so it needs no script.

What points at the entity stands on one side, what it points at on the other, each box linked to its own
page, with the relation written inside the box (never on a line, where it would collide with the arrows).
Names wrap, they are not cut. Two layouts are drawn and CSS shows the one that fits: three columns for a
wide screen, one column for a phone (incoming above the entity, outgoing below), each drawn at the width
it is shown at, so the text keeps its size (12 px and more) instead of shrinking to fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..graph.diagram.text import FONT_FAMILY, wrap
from ..ontology.relations import BY_KEY

MAX_NEIGHBOURS = 16
NAME, REL, CENTRE = 13.0, 12.0, 15.0  # font sizes (px) of names, relations and the entity's own name
PAD, GAP, LINE = 8.0, 10.0, 1.3  # box padding, space between boxes, line height (times the font size)


@dataclass
class Neighbour:
    label: str
    url: str
    relations: list[str]
    incoming: bool
    outgoing: bool


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float


def neighbours(groups: list[dict[str, Any]]) -> list[Neighbour]:
    """One neighbour per linked entity of the page's fact GROUPS, in the page's order."""
    found: dict[str, Neighbour] = {}
    for g in groups:
        for f in g["facts"]:
            other = f["other"]
            if not other.get("iri"):
                continue
            n = found.setdefault(other["iri"], Neighbour(other["label"], other["url"], [], False, False))
            # the relation as the one at the arrow's tail does it: "chairs" beside the chair, "oversees" beside
            # the overseen, so that each box reads along its arrow
            rel = BY_KEY.get(f["relation"] or "")
            verb = rel.phrase if rel is not None and f["direction"] != "out" and f["relation"] != "other" else f["verb"]
            if verb not in n.relations:
                n.relations.append(verb)
            if f["direction"] == "out":
                n.outgoing = True
            else:
                n.incoming = True
    return list(found.values())


def _lines(text: str, size: float, width: float, bold: bool = False, max_lines: int = 4) -> list[str]:
    return wrap(text, size, width - 2 * PAD, bold=bold, max_lines=max_lines)


def _box_height(n: Neighbour, width: float) -> float:
    rel = _lines(_relation_text(n), REL, width, max_lines=2)
    name = _lines(n.label, NAME, width)
    return 2 * PAD + len(rel) * REL * LINE + len(name) * NAME * LINE


def _relation_text(n: Neighbour) -> str:
    # "chairs ->" under the name of the one who chairs, "-> oversees" above what is overseen
    verbs = ", ".join(n.relations)
    return f"{verbs} \u2192" if n.incoming and not n.outgoing else f"\u2192 {verbs}"


def _text_lines(lines: list[str], x: float, y: float, size: float, cls: str, anchor: str = "middle") -> str:
    out = []
    for i, line in enumerate(lines):
        out.append(f'<text x="{x:.1f}" y="{y + size + i * size * LINE:.1f}" class="{cls}" '
                   f'text-anchor="{anchor}">{escape(line)}</text>')
    return "".join(out)


def _neighbour_box(n: Neighbour, box: Box) -> str:
    rel = _lines(_relation_text(n), REL, box.w, max_lines=2)
    name = _lines(n.label, NAME, box.w)
    cx = box.x + box.w / 2
    top = box.y + PAD - 2
    if n.incoming and not n.outgoing:  # read as a sentence: "the Commissioner / chairs ->" the entity
        text = (_text_lines(name, cx, top, NAME, "node-label")
                + _text_lines(rel, cx, top + len(name) * NAME * LINE, REL, "edge-label"))
    else:  # the entity "-> oversees / Prevent"
        text = (_text_lines(rel, cx, top, REL, "edge-label")
                + _text_lines(name, cx, top + len(rel) * REL * LINE, NAME, "node-label"))
    return (
        f'<a href="{escape(n.url)}"><title>{escape(", ".join(n.relations))}: {escape(n.label)}</title>'
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="6" class="node"/>'
        + text + "</a>"
    )


def _centre_box(label: str, box: Box, lines: list[str]) -> str:
    return (
        f'<g><title>{escape(label)}</title><rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" '
        f'height="{box.h:.1f}" rx="8" class="centre"/>'
        + _text_lines(lines, box.x + box.w / 2, box.y + PAD, CENTRE, "centre-label")
        + "</g>"
    )


def _arrow(path: str, n: Neighbour, marker: str) -> str:
    """A line drawn from the entity to N, with a head at N when the entity points at it and a head at the
    entity when N points at it. MARKER: the id of the arrowhead of this drawing."""
    marks = (f' marker-end="url(#{marker})"' if n.outgoing else "") + (
        f' marker-start="url(#{marker})"' if n.incoming else ""
    )
    return f'<path d="{path}" class="edge" fill="none"{marks}/>'


def _svg(cls: str, width: float, height: float, label: str, count: int, body: list[str], hidden: int) -> str:
    """The drawing CLS of WIDTH x HEIGHT around BODY, with a line under it for the HIDDEN neighbours."""
    if hidden:
        height += REL * 2
        body = body + [f'<text x="{width / 2:.1f}" y="{height - 6:.1f}" text-anchor="middle" class="edge-label">'
                       f"and {hidden} more, listed below</text>"]
    # each drawing has its own arrowhead: a marker inside a drawing that CSS hides does not render elsewhere
    return (
        f'<svg class="neighbourhood {cls}" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
        f'font-family="{escape(FONT_FAMILY)}" role="group" '
        f'aria-label="Diagram of {escape(label)} and {count} related entities" xmlns="http://www.w3.org/2000/svg">'
        f'<defs><marker id="{cls}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5a5a5a"/></marker></defs>'
        + "".join(body)
        + "</svg>"
    )


def _column(items: list[Neighbour], x: float, width: float, top: float) -> list[tuple[Neighbour, Box]]:
    out, y = [], top
    for n in items:
        h = _box_height(n, width)
        out.append((n, Box(x, y, width, h)))
        y += h + GAP
    return out


def _column_height(placed: list[tuple[Neighbour, Box]]) -> float:
    return (placed[-1][1].y + placed[-1][1].h - placed[0][1].y) if placed else 0.0


def _curve(x0: float, y0: float, x1: float, y1: float) -> str:
    """A smooth line from (x0, y0) to (x1, y1) that leaves and arrives horizontally."""
    bend = (x1 - x0) / 2
    return f"M{x0:.1f},{y0:.1f} C{x0 + bend:.1f},{y0:.1f} {x1 - bend:.1f},{y1:.1f} {x1:.1f},{y1:.1f}"


def wide(label: str, left: list[Neighbour], right: list[Neighbour], hidden: int) -> str:
    """Three columns: incoming | the entity | outgoing, 900 units wide (shown at 0.95 to 1 times its size)."""
    width, col, centre_w = 900.0, 260.0, 250.0
    lines = _lines(label, CENTRE, centre_w, bold=True)
    centre_h = 2 * PAD + len(lines) * CENTRE * LINE
    placed_l = _column(left, 0.0, col, 0.0)
    placed_r = _column(right, width - col, col, 0.0)
    height = max(_column_height(placed_l), _column_height(placed_r), centre_h) + 2 * GAP
    for placed in (placed_l, placed_r):  # centre each column vertically
        shift = (height - _column_height(placed)) / 2 - (placed[0][1].y if placed else 0)
        for _, box in placed:
            box.y += shift
    centre = Box((width - centre_w) / 2, (height - centre_h) / 2, centre_w, centre_h)
    cy = centre.y + centre.h / 2
    body = []
    for n, box in placed_l:
        body.append(_arrow(_curve(centre.x, cy, box.x + box.w, box.y + box.h / 2), n, "nb-wide-arrow"))
    for n, box in placed_r:
        body.append(_arrow(_curve(centre.x + centre.w, cy, box.x, box.y + box.h / 2), n, "nb-wide-arrow"))
    body += [_neighbour_box(n, box) for n, box in placed_l + placed_r]
    body.append(_centre_box(label, centre, lines))
    return _svg("nb-wide", width, height, label, len(left) + len(right), body, hidden)


def narrow(label: str, left: list[Neighbour], right: list[Neighbour], hidden: int) -> str:
    """One column, 340 units wide (a phone shows it at about its own size): what points at the entity above
    it, what it points at below, each joined to it along a line down the side."""
    width, inset = 340.0, 22.0
    col = width - 2 * inset
    lines = _lines(label, CENTRE, col, bold=True)
    centre_h = 2 * PAD + len(lines) * CENTRE * LINE
    placed_l = _column(left, inset, col, GAP)
    top = (placed_l[-1][1].y + placed_l[-1][1].h + 2 * GAP) if placed_l else GAP
    centre = Box(inset, top, col, centre_h)
    placed_r = _column(right, inset, col, centre.y + centre.h + 2 * GAP)
    height = (placed_r[-1][1].y + placed_r[-1][1].h if placed_r else centre.y + centre.h) + GAP
    body = []
    rail_l, rail_r = inset / 2, width - inset / 2
    for n, box in placed_l:  # from the box's left side, down the left rail, into the entity's left side
        y, ey = box.y + box.h / 2, centre.y + centre.h / 2
        body.append(_arrow(f"M{centre.x:.1f},{ey:.1f} L{rail_l:.1f},{ey:.1f} L{rail_l:.1f},{y:.1f} "
                           f"L{box.x:.1f},{y:.1f}", n, "nb-narrow-arrow"))
    for n, box in placed_r:
        y, ey = box.y + box.h / 2, centre.y + centre.h / 2
        x = centre.x + centre.w
        body.append(_arrow(f"M{x:.1f},{ey:.1f} L{rail_r:.1f},{ey:.1f} L{rail_r:.1f},{y:.1f} "
                           f"L{box.x + box.w:.1f},{y:.1f}", n, "nb-narrow-arrow"))
    body += [_neighbour_box(n, box) for n, box in placed_l + placed_r]
    body.append(_centre_box(label, centre, lines))
    return _svg("nb-narrow", width, height, label, len(left) + len(right), body, hidden)


def neighbourhood_svg(label: str, groups: list[dict[str, Any]]) -> Markup:
    """The two layouts of the diagram of the entity LABEL and the facts of its page GROUPS."""
    found = neighbours(groups)
    shown = found[:MAX_NEIGHBOURS]
    hidden = len(found) - len(shown)
    # Things pointing at the entity stand before it (left, or above), things it points at after it.
    left = [n for n in shown if n.incoming and not n.outgoing]
    right = [n for n in shown if n.outgoing]
    return Markup(wide(label, left, right, hidden) + narrow(label, left, right, hidden))
