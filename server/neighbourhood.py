"""A small diagram of an entity's neighbourhood: an inline SVG drawn on the server, so it needs no script.

The entity sits in the middle; what points at it stands in a column on the left, what it points at on the
right, each linked to its own page, with an arrow in the direction of the relation and the relation's name.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

WIDTH = 820
ROW = 40  # vertical distance between neighbours
NODE_W, CENTRE_W = 200, 230
MAX_NEIGHBOURS = 16


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
            e = edges.setdefault(
                other["iri"],
                {"label": other["label"], "url": other["url"], "rels": set(), "out": False, "in": False},
            )
            e["rels"].add(f["relation"].replace("_", " "))
            e[f["direction"]] = True
    hidden = max(0, len(edges) - MAX_NEIGHBOURS)
    nodes = list(edges.values())[:MAX_NEIGHBOURS]
    # Things pointing at the entity stand on the left, things it points at on the right: read left to right.
    left = [n for n in nodes if n["in"] and not n["out"]]
    right = [n for n in nodes if n["out"]]
    rows = max(len(left), len(right), 1)
    height = max(140, rows * ROW + 40)
    cx, cy = WIDTH / 2, height / 2
    parts = [
        f'<svg class="neighbourhood" viewBox="0 0 {WIDTH} {height}" role="group" '
        f'aria-label="Diagram of {escape(label)} and {len(nodes)} related entities" '
        'xmlns="http://www.w3.org/2000/svg">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5a5a5a"/></marker></defs>',
    ]
    for side, column in ((-1, left), (1, right)):
        top = cy - (len(column) - 1) * ROW / 2
        x = cx + side * (WIDTH / 2 - NODE_W / 2 - 8)
        for i, n in enumerate(column):
            y = top + i * ROW
            near_x = x - side * NODE_W / 2
            centre_x = cx + side * CENTRE_W / 2
            start = ' marker-start="url(#arrow)"' if n["in"] and side > 0 else ""
            end = (
                ' marker-end="url(#arrow)"'
                if (side < 0)
                else (' marker-end="url(#arrow)"' if n["out"] else "")
            )
            if side < 0:
                x1, y1, x2, y2 = near_x, y, centre_x, cy
            else:
                x1, y1, x2, y2 = centre_x, cy, near_x, y
            parts.append(
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="edge"{start}{end}/>'
            )
            lx = near_x + side * -6
            anchor = "start" if side < 0 else "end"
            parts.append(
                f'<text x="{lx:.1f}" y="{y - 6:.1f}" class="edge-label" text-anchor="{anchor}">'
                f"{escape(_clip(', '.join(sorted(n['rels'])), 24))}</text>"
            )
            parts.append(
                f'<a href="{escape(n["url"])}"><rect x="{x - NODE_W / 2:.1f}" y="{y - 14:.1f}" '
                f'width="{NODE_W}" height="28" rx="6" class="node"/><text x="{x:.1f}" y="{y + 5:.1f}" '
                f'text-anchor="middle" class="node-label">{escape(_clip(n["label"], 28))}</text>'
                f"<title>{escape(n['label'])}</title></a>"
            )
    parts.append(
        f'<rect x="{cx - CENTRE_W / 2:.1f}" y="{cy - 18:.1f}" width="{CENTRE_W}" height="36" rx="8" '
        f'class="centre"/><text x="{cx:.1f}" y="{cy + 5:.1f}" text-anchor="middle" class="centre-label">'
        f"{escape(_clip(label, 26))}</text><title>{escape(label)}</title>"
    )
    if hidden:
        parts.append(
            f'<text x="{cx:.1f}" y="{height - 8:.1f}" text-anchor="middle" class="edge-label">'
            f"and {hidden} more, listed below</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
