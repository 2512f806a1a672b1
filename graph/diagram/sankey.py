"""Draw funding flows as a layered Sankey: one panel per period, funders on the left, money flowing right.

Each body is a box; a band's thickness is proportional to its amount. Every band starts in its own slot on
the funder's box (at least one text line high) so that its amount label never collides with another.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import networkx as nx

from ..funding import RULE, PeriodFlows, money
from .scene import Rect, Scene, Shape, Text
from .text import text_width, wrap

MARGIN = 24.0
BOX_W = 184.0
COL_GAP = 190.0
SLOT = 16.0
BAND_MAX = 110.0  # thickness of the largest column, in px
PALETTE = ("#1b7a43", "#0b4f8a", "#a65e00", "#8a2d66", "#4b3a8c", "#36636f")


def _columns(p: PeriodFlows) -> dict[str, int]:
    g = nx.DiGraph()
    for a in p.allocations:
        if a.funder != a.recipient:
            g.add_edge(a.funder, a.recipient)
    col: dict[str, int] = {}
    try:
        order = list(nx.topological_sort(g))
    except nx.NetworkXUnfeasible:  # a circular flow: fall back to a stable order
        order = sorted(g.nodes)
    for n in order:
        col[n] = max((col.get(m, 0) + 1 for m in g.predecessors(n) if m in col), default=0)
    return col


def _panel(p: PeriodFlows, top: float, items: list) -> float:
    if p.allocations:
        head = (f"{p.period}: {money(p.new_money)} in total, counted once"
                + (f" ({money(p.regranted)} re-granted down the chain, not added again)" if p.regranted else ""))
    else:
        head = f"{p.period}: no amounts recorded"
    items.append(Text(MARGIN, top + 15, [head], 14, bold=True, cls="title period"))
    top += 30
    if p.allocations:
        top = _flows(p, top, items)
    lines = []
    for a in p.allocations:
        if a.parts:
            parts = "; ".join(f"{x.recipient_label} {money(x.amount)}" for x in a.parts)
            lines.append(f"Of {a.funder_label} \u2192 {a.recipient_label} {money(a.amount)}, by part (not added "
                         f"again): {parts}")
    lines += [f"For each recipient, their number not recorded (not added): {a.funder_label} \u2192 "
              f"{a.recipient_label} {a.amount_text}" for a in p.not_added]
    lines += [f"Also funded, amount not recorded: {a.funder_label} \u2192 {a.recipient_label}" for a in p.unpriced]
    if lines:
        for line in lines:
            wrapped = wrap(line, 11, 900)
            items.append(Text(MARGIN, top + 12, wrapped, 11, fill="#333333", cls="label unpriced"))
            top += 14 * len(wrapped) + 2
    return top + 18


def _flows(p: PeriodFlows, top: float, items: list) -> float:
    col = _columns(p)
    labels = {a.funder: a.funder_label for a in p.allocations} | {a.recipient: a.recipient_label for a in p.allocations}
    given: dict[str, Decimal] = defaultdict(Decimal)
    got: dict[str, Decimal] = defaultdict(Decimal)
    outs: dict[str, list] = defaultdict(list)
    ins: dict[str, list] = defaultdict(list)
    for a in p.allocations:
        given[a.funder] += a.counted or 0
        got[a.recipient] += a.counted or 0
    ncols = max(col.values()) + 1
    per_col: dict[int, list[str]] = defaultdict(list)
    for n in sorted(col, key=lambda n: (-max(given[n], got[n]), labels[n])):
        per_col[col[n]].append(n)
    biggest = max(sum(max(given[n], got[n]) for n in per_col[c]) for c in per_col) or Decimal(1)
    scale = BAND_MAX / float(biggest)
    order = sorted(p.allocations, key=lambda a: (col[a.funder], -(a.counted or 0)))
    for a in order:
        outs[a.funder].append(a)
        ins[a.recipient].append(a)
    # Box heights: the text, and a slot per band on each side.
    boxes: dict[str, tuple[float, float, float, list[str]]] = {}
    heights: dict[str, float] = {}
    for n in col:
        name = wrap(labels[n], 11.5, BOX_W - 16, bold=True, max_lines=4)
        text_h = 10 + 11.5 * 1.25 * len(name) + 14 + 8
        out_h = sum(max(SLOT, float(a.counted or 0) * scale) for a in outs[n]) + 8
        in_h = sum(max(4.0, float(a.counted or 0) * scale) for a in ins[n]) + 8
        heights[n] = max(text_h, out_h, in_h)
        boxes[n] = (0, 0, heights[n], name)
    col_h = {c: sum(heights[n] + 18 for n in per_col[c]) - 18 for c in per_col}
    area_h = max(col_h.values())
    pos: dict[str, tuple[float, float]] = {}
    for c, members in per_col.items():
        y = top + (area_h - col_h[c]) / 2
        for n in members:
            pos[n] = (MARGIN + c * (BOX_W + COL_GAP), y)
            y += heights[n] + 18
    colour = {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(sorted(outs, key=lambda n: (col[n], labels[n])))}
    out_cursor = {n: pos[n][1] + 4 for n in col}
    in_cursor = {n: pos[n][1] + 4 for n in col}
    bands: list = []
    amounts: list = []
    for a in order:
        t = max(1.5, float(a.counted or 0) * scale)
        sx, sy0 = pos[a.funder][0] + BOX_W, out_cursor[a.funder]
        slot = max(SLOT, t)
        out_cursor[a.funder] += slot
        tx, ty0 = pos[a.recipient][0], in_cursor[a.recipient]
        in_cursor[a.recipient] += max(4.0, t)
        mid = (sx + tx) / 2
        cmds = [("M", sx, sy0), ("C", mid, sy0, mid, ty0, tx, ty0), ("L", tx, ty0 + t),
                ("C", mid, ty0 + t, mid, sy0 + t, sx, sy0 + t), ("Z",)]
        title = f"{a.funder_label} \u2192 {a.recipient_label}: {a.amount_text} ({a.period})"
        if a.purpose:
            title += f", {a.purpose}"
        if a.also_stated:
            title += "; also stated as " + ", ".join(money(x) for x in a.also_stated)
        bands.append(Shape(cmds, stroke="#ffffff", width=1.0, fill=colour[a.funder], opacity=0.45, cls="band",
                           title=title,
                           data={"funder": a.funder, "recipient": a.recipient, "amount": str(a.counted)}))
        # Short purposes ("CCTV") fit on the band; longer ones are in the band's tooltip and the table.
        label = a.amount_text + (f" {a.purpose}" if a.purpose and len(a.purpose) <= 16 else "")
        amounts.append(Text(sx + 5, sy0 + min(slot, 16) / 2 + 4, [label], 10, bold=True, fill="#1b1b1b",
                            cls="label amount"))
    items.extend(bands)
    for n, (x, y) in pos.items():
        _, _, h, name = boxes[n]
        items.append(Rect(x, y, BOX_W, h, fill="#ffffff", stroke="#444444", stroke_width=1.2, rx=4, cls="node",
                          title=labels[n], data={"iri": n}))
        items.append(Text(x + BOX_W / 2, y + 10 + 11.5, name, 11.5, bold=True, anchor="middle", cls="label name"))
        flow = []
        if got[n]:
            flow.append(f"receives {money(got[n])}")
        if given[n]:
            flow.append(f"gives {money(given[n])}")
        items.append(Text(x + BOX_W / 2, y + 10 + 11.5 + 11.5 * 1.25 * len(name) + 2, [", ".join(flow)], 10,
                          anchor="middle", fill="#333333", cls="label flow"))
    items.extend(amounts)
    del ncols
    return top + area_h + 16


def funding_scene(periods: list[PeriodFlows], title: str = "Community-safety funding flows",
                  subtitle: str = "") -> Scene:
    items: list = [Text(MARGIN, MARGIN + 18, [title], 18, bold=True, cls="title")]
    top = MARGIN + 30
    if subtitle:
        items.append(Text(MARGIN, top + 8, [subtitle], 11.5, fill="#444444", cls="subtitle"))
        top += 20
    ncols = max((max(_columns(p).values(), default=0) + 1 for p in periods), default=1)
    width = max(720.0, 2 * MARGIN + ncols * BOX_W + (ncols - 1) * COL_GAP)
    rule = wrap("How totals are counted: " + RULE, 10.5, width - 2 * MARGIN)
    items.append(Text(MARGIN, top + 12, rule, 10.5, fill="#333333", cls="label rule"))
    top += 14 * len(rule) + 16
    if not periods:
        items.append(Text(MARGIN, top + 14, ["No funding is recorded for this scope."], 12, fill="#444444"))
        top += 30
    for p in periods:
        top = _panel(p, top, items)
    scene = Scene(width, top + 8, items, title=title, description=subtitle or "funding flows")
    # Text widths of amount labels are bounded by the gap between columns; keep a check for very long purposes.
    for item in items:
        if isinstance(item, Text) and "amount" in item.cls:
            limit = COL_GAP - 20
            while text_width(item.lines[0], item.size, True) > limit and len(item.lines[0]) > 4:
                item.lines[0] = item.lines[0][:-2] + "…"
    return scene
