"""A small diagram of an entity's neighbourhood: an inline SVG drawn on the server, so it needs no script.

The entity sits in the middle; each neighbour sits on a circle around it, linked to its own page, with an
arrow in the direction of the relation and the relation's name on the line.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 440
MAX_NEIGHBOURS = 14


def _clip(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def neighbourhood_svg(label: str, groups: list[dict[str, Any]]) -> Markup:
    """SVG for the entity LABEL and the facts of its page GROUPS (one node per neighbour)."""
    edges: dict[str, dict[str, Any]] = {}
    for g in groups:
        for f in g["facts"]:
            other = f["other"]
            if not other.get("iri"):
                continue
            e = edges.setdefault(other["iri"], {"label": other["label"], "url": other["url"], "rels": set(),
                                                "out": False, "in": False})
            e["rels"].add(f["relation"].replace("_", " "))
            e[f["direction"]] = True
    nodes = list(edges.values())[:MAX_NEIGHBOURS]
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = WIDTH / 2 - 120, HEIGHT / 2 - 50
    parts = [
        f'<svg class="neighbourhood" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Diagram of {escape(label)} and {len(nodes)} related entities" '
        'xmlns="http://www.w3.org/2000/svg">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5a5a5a"/></marker></defs>',
    ]
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / max(1, len(nodes)) - math.pi / 2
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        # Lines stop short of the boxes so arrowheads stay visible.
        sx, sy = cx + (x - cx) * 0.22, cy + (y - cy) * 0.22
        ex, ey = cx + (x - cx) * 0.80, cy + (y - cy) * 0.80
        start = ' marker-start="url(#arrow)"' if n["in"] else ""
        end = ' marker-end="url(#arrow)"' if n["out"] else ""
        parts.append(f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" class="edge"{start}{end}/>')
        mx, my = (sx + ex) / 2, (sy + ey) / 2
        parts.append(f'<text x="{mx:.1f}" y="{my:.1f}" class="edge-label" text-anchor="middle">'
                     f'{escape(_clip(", ".join(sorted(n["rels"])), 26))}</text>')
        parts.append(f'<a href="{escape(n["url"])}"><rect x="{x - 105:.1f}" y="{y - 15:.1f}" width="210" '
                     f'height="30" rx="6" class="node"/><text x="{x:.1f}" y="{y + 5:.1f}" text-anchor="middle" '
                     f'class="node-label">{escape(_clip(n["label"]))}</text><title>{escape(n["label"])}</title></a>')
    parts.append(f'<rect x="{cx - 120:.1f}" y="{cy - 18:.1f}" width="240" height="36" rx="8" class="centre"/>'
                 f'<text x="{cx:.1f}" y="{cy + 5:.1f}" text-anchor="middle" class="centre-label">'
                 f'{escape(_clip(label, 34))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
