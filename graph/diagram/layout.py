"""A layered (Sugiyama-style) top-down layout written on networkx.

Why our own: Graphviz's dot is the usual choice, but it is a system binary (and pygraphviz needs its headers),
so `pip install govkg` on a fresh machine could not draw a chart. The pure-Python layout packages on PyPI are
unmaintained or place nodes without knowing their sizes. The steps here are the classic ones, each small:

1. break cycles by reversing back edges of a depth-first search (the edge is drawn reversed, arrow kept);
2. assign layers by longest path, pull parentless nodes down next to their children, and push childless
   nodes down when a layer grows wider than the page;
3. split edges that span layers with dummy nodes, so long edges run in reserved lanes between boxes and never
   through a box or a label;
4. order each layer by repeated barycentre sweeps, keeping the order with the fewest crossings;
5. place x by isotonic regression (pool-adjacent-violators) towards the mean of the neighbours, which gives the
   closest positions to the ideal that respect the order and the minimum gaps: boxes can never overlap.

Nodes with no edges at all are packed in rows below the layered part.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

NODE_GAP = 28.0  # horizontal gap between boxes
DUMMY_WIDTH = 14.0
LAYER_GAP = 64.0
SWEEPS = 12
MAX_LEAF_ROWS = 5


@dataclass
class Box:
    id: str
    w: float
    h: float
    x: float = 0.0  # centre
    y: float = 0.0  # top
    layer: int = 0


@dataclass
class Route:
    """An edge's path from its source box to its target box, as points (source end first)."""

    source: str
    target: str
    key: str
    points: list[tuple[float, float]] = field(default_factory=list)
    reversed: bool = False


@dataclass
class Layout:
    boxes: dict[str, Box]
    routes: list[Route]
    width: float
    height: float
    layers: int
    loose_top: float | None = None  # where the boxes with no drawn line start


def _break_cycles(g: nx.DiGraph) -> set[tuple[str, str]]:
    """Edges to reverse so that G becomes acyclic (back edges of a DFS in a stable order)."""
    reversed_edges: set[tuple[str, str]] = set()
    state: dict[str, int] = {}
    for root in sorted(g.nodes, key=lambda n: (g.in_degree(n) > 0, str(n))):
        if root in state:
            continue
        stack = [(root, iter(sorted(g.successors(root), key=str)))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
                continue
            if state.get(nxt) == 1:
                reversed_edges.add((node, nxt))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(sorted(g.successors(nxt), key=str))))
    return reversed_edges


def _layers(dag: nx.DiGraph, widths: dict[str, float], max_width: float) -> dict[str, int]:
    order = list(nx.lexicographical_topological_sort(dag, key=str))
    layer: dict[str, int] = {}
    for n in order:
        preds = list(dag.predecessors(n))
        layer[n] = max((layer[p] + 1 for p in preds), default=0)
    # A parentless node sits just above its highest child, not at the very top with long edges down.
    for n in reversed(order):
        if dag.in_degree(n) == 0 and dag.out_degree(n) > 0:
            layer[n] = max(layer[n], min(layer[c] for c in dag.successors(n)) - 1)
    # Keep each layer within the page width: spread its leaves (childless nodes) over a few staggered rows,
    # as hand-drawn organisation charts do, rather than one row as wide as a poster. A leaf moves once.
    moved: set[str] = set()
    current = 0
    while current <= max(layer.values(), default=0):
        members = [n for n in layer if layer[n] == current]
        total = sum(widths[n] + NODE_GAP for n in members)
        leaves = sorted((n for n in members if dag.out_degree(n) == 0 and n not in moved),
                        key=lambda n: (min((str(p) for p in dag.predecessors(n)), default=""), str(n)))
        if total > max_width and len(leaves) > 1:
            rows = min(MAX_LEAF_ROWS, len(leaves), math.ceil(total / max_width))
            for i, n in enumerate(leaves):
                layer[n] = current + i % rows
                moved.add(n)
        current += 1
    return layer


def _crossings(order: list[list[str]], down: dict[str, list[str]]) -> int:
    """Edge crossings between consecutive layers: inversions of the lower ends, counted with a Fenwick tree."""
    count = 0
    for upper, lower in zip(order, order[1:], strict=False):
        pos = {n: i for i, n in enumerate(lower)}
        pairs = sorted((i, pos[c]) for i, n in enumerate(upper) for c in down.get(n, []) if c in pos)
        tree = [0] * (len(lower) + 1)
        seen = 0
        for _, b in pairs:
            # edges already seen whose lower end lies strictly to the right of b cross this one
            k, not_right = b + 1, 0
            while k > 0:
                not_right += tree[k]
                k -= k & -k
            count += seen - not_right
            k = b + 1
            while k <= len(lower):
                tree[k] += 1
                k += k & -k
            seen += 1
    return count


def _order(layers_list: list[list[str]], down: dict[str, list[str]], up: dict[str, list[str]]) -> list[list[str]]:
    order = [list(layer) for layer in layers_list]
    best = [list(layer) for layer in order]
    best_c = _crossings(order, down)
    for sweep in range(SWEEPS):
        rng = range(1, len(order)) if sweep % 2 == 0 else range(len(order) - 2, -1, -1)
        neighbours = up if sweep % 2 == 0 else down
        for i in rng:
            ref = order[i - 1] if sweep % 2 == 0 else order[i + 1]
            pos = {n: k for k, n in enumerate(ref)}
            current = {n: k for k, n in enumerate(order[i])}

            def bary(n: str, pos: dict[str, int] = pos, current: dict[str, int] = current,
                     neighbours: dict[str, list[str]] = neighbours) -> float:
                ps = [pos[m] for m in neighbours.get(n, []) if m in pos]
                return sum(ps) / len(ps) if ps else float(current[n])

            order[i].sort(key=lambda n, b=bary: (b(n), current[n]))
        c = _crossings(order, down)
        if c < best_c:
            best, best_c = [list(layer) for layer in order], c
        if best_c == 0:
            break
    return best


def _pav(targets: list[float], offsets: list[float]) -> list[float]:
    """Positions closest (least squares) to TARGETS with x[i+1] - x[i] >= offsets[i+1] - offsets[i]."""
    z = [t - o for t, o in zip(targets, offsets, strict=True)]
    blocks: list[list[float]] = []  # [sum, count]
    for v in z:
        blocks.append([v, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            s, c = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += c
    out: list[float] = []
    for s, c in blocks:
        out.extend([s / c] * int(c))
    return [v + o for v, o in zip(out, offsets, strict=True)]


def _place_x(order: list[list[str]], widths: dict[str, float], down: dict[str, list[str]],
             up: dict[str, list[str]]) -> dict[str, float]:
    x: dict[str, float] = {}
    offsets_by_layer: list[list[float]] = []
    for layer in order:
        offs, acc = [], 0.0
        for i, n in enumerate(layer):
            if i:
                prev = layer[i - 1]
                gap = NODE_GAP if not (n.startswith("\0") and prev.startswith("\0")) else 4.0
                acc += widths[prev] / 2 + gap + widths[n] / 2
            offs.append(acc)
        offsets_by_layer.append(offs)
        for n, o in zip(layer, offs, strict=True):
            x[n] = o
    for sweep in range(8):
        idx = range(len(order)) if sweep % 2 == 0 else range(len(order) - 1, -1, -1)
        for i in idx:
            layer = order[i]
            targets = []
            for n in layer:
                ns = [x[m] for m in up.get(n, []) + down.get(n, [])]
                targets.append(sum(ns) / len(ns) if ns else x[n])
            for n, v in zip(layer, _pav(targets, offsets_by_layer[i]), strict=True):
                x[n] = v
    return x


def layered_layout(nodes: dict[str, tuple[float, float]], edges: list[tuple[str, str, str]],
                   max_width: float = 1600.0) -> Layout:
    """Lay out NODES (id -> (width, height)) with EDGES (upper id, lower id, key) flowing downwards."""
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for u, v, _ in edges:
        if u != v:
            g.add_edge(u, v)
    linked = {n for n in g.nodes if g.degree(n) > 0}
    loose = sorted((n for n in nodes if n not in linked), key=str)
    flipped = _break_cycles(g.subgraph(linked))
    dag = nx.DiGraph()
    dag.add_nodes_from(linked)
    for u, v in g.subgraph(linked).edges:
        a, b = (v, u) if (u, v) in flipped else (u, v)
        if a != b and not dag.has_edge(a, b):
            dag.add_edge(a, b)
    widths = {n: nodes[n][0] for n in nodes}
    layer = _layers(dag, widths, max_width) if linked else {}
    # Split long edges into unit steps through dummy nodes.
    chains: dict[tuple[str, str], list[str]] = {}
    down: dict[str, list[str]] = defaultdict(list)
    up: dict[str, list[str]] = defaultdict(list)
    count = 0
    for a, b in sorted(dag.edges, key=lambda e: (str(e[0]), str(e[1]))):
        chain = [a]
        for k in range(layer[a] + 1, layer[b]):
            d = f"\0d{count}"
            count += 1
            layer[d] = k
            widths[d] = DUMMY_WIDTH
            chain.append(d)
        chain.append(b)
        chains[(a, b)] = chain
        for p, q in zip(chain, chain[1:], strict=False):
            down[p].append(q)
            up[q].append(p)
    nlayers = max(layer.values(), default=-1) + 1
    initial: list[list[str]] = [[] for _ in range(nlayers)]
    seen: set[str] = set()
    for root in sorted((n for n in layer if not up.get(n)), key=str):  # depth-first initial order
        stack = [root]
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            initial[layer[n]].append(n)
            stack.extend(reversed(down.get(n, [])))
    order = _order(initial, down, up)
    x = _place_x(order, widths, down, up)
    heights = [max((nodes[n][1] for n in layer_ if not n.startswith("\0")), default=20.0) for layer_ in order]
    edges_between = [sum(len(down.get(n, [])) for n in layer_) for layer_ in order]
    ys, y = [], 0.0
    for i, h in enumerate(heights):
        ys.append(y)
        y += h + LAYER_GAP + min(40.0, 3.0 * edges_between[i] ** 0.5 * 2)
    min_x = min((x[n] - widths[n] / 2 for n in x), default=0.0)
    boxes: dict[str, Box] = {}
    for i, layer_ in enumerate(order):
        for n in layer_:
            if not n.startswith("\0"):
                w, h = nodes[n]
                boxes[n] = Box(n, w, h, x[n] - min_x, ys[i] + (heights[i] - h) / 2, i)
    width = max((b.x + b.w / 2 for b in boxes.values()), default=0.0)
    height = (ys[-1] + heights[-1]) if order else 0.0
    # Loose nodes: packed in rows under the chart.
    loose_top = None
    if loose:
        row_w = max(width, min(max_width, sum(nodes[n][0] + NODE_GAP for n in loose)))
        cx, cy, row_h = 0.0, height + (LAYER_GAP if order else 0.0), 0.0
        loose_top = cy
        for n in loose:
            w, h = nodes[n]
            if cx > 0 and cx + w > row_w:
                cx, cy, row_h = 0.0, cy + row_h + NODE_GAP, 0.0
            boxes[n] = Box(n, w, h, cx + w / 2, cy, -1)
            cx += w + NODE_GAP
            row_h = max(row_h, h)
        width = max(width, max(b.x + b.w / 2 for b in boxes.values()))
        height = cy + row_h
    routes = _routes(edges, flipped, chains, boxes, x, min_x, layer, ys, heights)
    return Layout(boxes, routes, width, height, nlayers, loose_top)


def _routes(edges: list[tuple[str, str, str]], flipped: set[tuple[str, str]], chains: dict[tuple[str, str], list[str]],
            boxes: dict[str, Box], x: dict[str, float], min_x: float, layer: dict[str, int], ys: list[float],
            heights: list[float]) -> list[Route]:
    routes: list[Route] = []
    sharing: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, _ in edges:
        if u != v:
            sharing[(v, u) if (u, v) in flipped else (u, v)] += 1
    used: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, key in edges:
        if u == v or u not in boxes or v not in boxes:
            continue
        rev = (u, v) in flipped
        a, b = (v, u) if rev else (u, v)
        chain = chains.get((a, b))
        if chain is None:
            continue
        # Two relations between the same pair share a lane: draw them side by side, not on top of each other.
        k, m = used[(a, b)], sharing[(a, b)]
        used[(a, b)] += 1
        shift = (k - (m - 1) / 2) * 5.0
        pts: list[tuple[float, float]] = []
        for d in chain[1:-1]:
            i = layer[d]
            px = x[d] - min_x + shift
            pts.extend([(px, ys[i]), (px, ys[i] + heights[i])])
        routes.append(Route(a, b, key, pts, rev))
    _assign_ports(routes, boxes)
    return routes


def _assign_ports(routes: list[Route], boxes: dict[str, Box]) -> None:
    """Spread the ends of the edges along each box's bottom (outgoing) and top (incoming) side."""
    bottoms: dict[str, list[tuple[float, int]]] = defaultdict(list)
    tops: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, r in enumerate(routes):
        first = r.points[0][0] if r.points else boxes[r.target].x
        last = r.points[-1][0] if r.points else boxes[r.source].x
        bottoms[r.source].append((first, i))
        tops[r.target].append((last, i))
    starts: dict[int, tuple[float, float]] = {}
    ends: dict[int, tuple[float, float]] = {}
    for side, table, out in (("bottom", bottoms, starts), ("top", tops, ends)):
        for node, items in table.items():
            box = boxes[node]
            items.sort()
            k = len(items)
            span = box.w * 0.7
            for j, (_, i) in enumerate(items):
                px = box.x - span / 2 + span * (j + 1) / (k + 1) if k > 1 else box.x
                py = box.y + box.h if side == "bottom" else box.y
                out[i] = (px, py)
    for i, r in enumerate(routes):
        r.points = [starts[i], *r.points, ends[i]]
