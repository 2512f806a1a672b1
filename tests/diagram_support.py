"""Helpers for the diagram tests: a store over a register folder, an 80-body register generator, and an
independent check that no two boxes or labels of an SVG overlap and that no line runs through a box."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
SVG_NS = "{http://www.w3.org/2000/svg}"


def load_store(path: Path, folder: Path):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import load_paths

    store = LocalStore(path)
    report = load_paths(store, [folder])
    assert report.ok, report.failures
    return store


_KINDS = ["Partnership", "Board", "Panel", "Committee", "Group", "Directorate", "Provider"]
_WORDS = ["Community Safety", "Domestic Abuse", "Prevent", "Safeguarding Adults", "Youth Justice",
          "Reducing Reoffending",
          "Substance Misuse", "Hate Crime", "Serious Violence", "Anti-social Behaviour", "Modern Slavery",
          "Exploitation and Missing Children", "Road Safety", "Rural Crime"]
_PLACES = ["Northshire", "Southmoor", "Eastvale", "Westbrook", "Highfield", "Lowmere", "Kingsford", "Ashby Parva"]


def write_generated_register(folder: Path, bodies: int = 80, seed: int = 7) -> Path:
    """A deterministic register of BODIES bodies: councils at the top, partnerships, boards and groups below,
    with reporting lines, sub-groups, oversight, chairs and a few cross links. Names vary in length."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    entities, facts = [], []
    names: list[str] = []
    levels: list[list[str]] = [[], [], [], []]
    for i in range(bodies):
        place = _PLACES[i % len(_PLACES)]
        if i < 3:
            name, kind, level = f"{place} County Council", "Council", 0
        elif i < 12:
            name, kind, level = f"{place} {rng.choice(_WORDS)} Partnership {i}", "Partnership", 1
        else:
            kind = rng.choice(_KINDS)
            level = 2 if i < 40 else 3
            extra = " and Strategic Commissioning Executive" if rng.random() < 0.2 else ""
            name = f"{place} {rng.choice(_WORDS)}{extra} {kind} {i}"
        names.append(name)
        levels[level].append(name)
        entities.append(f"  - {{name: \"{name}\", kind: body, type: {kind}, area: {place}}}")
    for level in (1, 2, 3):
        for name in levels[level]:
            parent = rng.choice(levels[level - 1])
            rel = rng.choice(["reports_to", "reports_to", "subgroup_of"])
            facts.append(f"  - {{subject: \"{name}\", relation: {rel}, object: \"{parent}\", date: 2020-01-0{level}}}")
            if rng.random() < 0.15:
                other = rng.choice(levels[level - 1])
                if other != parent:
                    facts.append(f"  - {{subject: \"{other}\", relation: oversees, object: \"{name}\", date: 2021}}")
    for k in range(25):
        person = f"Chair Person {k}"
        entities.append(f"  - {{name: \"{person}\", kind: person}}")
        chaired = rng.choice(names[3:])
        facts.append(f"  - {{subject: \"{person}\", relation: chairs, object: \"{chaired}\", date: 2021}}")
    text = "title: Generated test register\narea: Northshire\nentities:\n" + "\n".join(entities) + "\nfacts:\n"
    text += "\n".join(facts) + "\n"
    path = folder / "generated.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@cache
def _font(bold: bool):
    import matplotlib
    from matplotlib.font_manager import FontProperties

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return FontProperties(fname=str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name))


@cache
def _width(text: str, size: float, bold: bool) -> float:
    """Width of TEXT from its glyph outlines (matplotlib TextPath), independent of the layout's metrics."""
    from matplotlib.textpath import TextPath

    if not text.strip():
        return 0.0
    ext = TextPath((0, 0), text, size=size, prop=_font(bold)).get_extents()
    return ext.x1 + 1.0  # right edge of the ink from the origin


def svg_boxes(svg: str) -> tuple[list[tuple[str, tuple[float, float, float, float]]], list[tuple[str, tuple]], list]:
    """(node rects, text blocks, edge paths) of an SVG written by govkg, each with its bounding box."""
    root = ET.fromstring(svg)
    rects, texts, paths = [], [], []
    for el in root.iter():
        tag = el.tag.replace(SVG_NS, "")
        cls = el.get("class", "")
        if tag == "rect" and "node" in cls.split():
            x, y, w, h = (float(el.get(k)) for k in ("x", "y", "width", "height"))
            rects.append((el.get("data-iri") or "", (x, y, x + w, y + h)))
        elif tag == "text":
            size = float(el.get("font-size"))
            bold = el.get("font-weight") == "bold"
            anchor = el.get("text-anchor", "start")
            y = float(el.get("y"))
            x0 = x1 = None
            top, bottom = y - size * 0.78, y
            for i, span in enumerate(el.findall(f"{SVG_NS}tspan")):
                if i:
                    y += float(span.get("dy"))
                w = _width(span.text or "", size, bold) + float(el.get("letter-spacing") or 0) * len(span.text or "")
                sx = float(span.get("x"))
                left = sx - w / 2 if anchor == "middle" else sx - w if anchor == "end" else sx
                x0 = left if x0 is None else min(x0, left)
                x1 = left + w if x1 is None else max(x1, left + w)
                bottom = y + size * 0.22
            texts.append((cls, (x0, top, x1, bottom)))
        elif tag == "path" and "edge" in cls.split():
            paths.append((el.get("data-source"), el.get("data-target"), el.get("d")))
    return rects, texts, paths


def _overlap(a: tuple, b: tuple, tol: float = 0.5) -> bool:
    return a[0] < b[2] - tol and b[0] < a[2] - tol and a[1] < b[3] - tol and b[1] < a[3] - tol


def _inside(inner: tuple, outer: tuple, tol: float = 0.5) -> bool:
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol and inner[2] <= outer[2] + tol
            and inner[3] <= outer[3] + tol)


def _points(d: str) -> list[tuple[float, float]]:
    """Points along a path of M, L and C commands (curves sampled)."""
    import re

    tokens = re.findall(r"[MLCZ]|-?\d+(?:\.\d+)?", d)
    pts: list[tuple[float, float]] = []
    i, cur = 0, (0.0, 0.0)
    while i < len(tokens):
        cmd = tokens[i]
        if cmd in ("M", "L"):
            cur = (float(tokens[i + 1]), float(tokens[i + 2]))
            if cmd == "L":
                a = pts[-1] if pts else cur
                pts.extend((a[0] + (cur[0] - a[0]) * t / 10, a[1] + (cur[1] - a[1]) * t / 10) for t in range(1, 11))
            else:
                pts.append(cur)
            i += 3
        elif cmd == "C":
            c = [float(v) for v in tokens[i + 1:i + 7]]
            p0 = cur
            for k in range(1, 21):
                t = k / 20
                mt = 1 - t
                x = mt ** 3 * p0[0] + 3 * mt * mt * t * c[0] + 3 * mt * t * t * c[2] + t ** 3 * c[4]
                y = mt ** 3 * p0[1] + 3 * mt * mt * t * c[1] + 3 * mt * t * t * c[3] + t ** 3 * c[5]
                pts.append((x, y))
            cur = (c[4], c[5])
            i += 7
        else:
            i += 1
    return pts


def layout_problems(svg: str) -> list[str]:
    """Every overlap of two boxes, two labels, a label outside its box, or a line through a box."""
    rects, texts, paths = svg_boxes(svg)
    problems: list[str] = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if _overlap(ra, rb):
                problems.append(f"boxes overlap: {a} and {b}")
    for i, (ca, ta) in enumerate(texts):
        for cb, tb in texts[i + 1:]:
            if _overlap(ta, tb):
                problems.append(f"labels overlap: {ca} {ta} and {cb} {tb}")
    for cls, t in texts:
        if "label" in cls.split():
            if not any(_inside(t, r) for _, r in rects):
                problems.append(f"label outside its box: {cls} {t}")
    for source, target, d in paths:
        for x, y in _points(d):
            for iri, (x0, y0, x1, y1) in rects:
                if x0 + 1 < x < x1 - 1 and y0 + 1 < y < y1 - 1:
                    problems.append(f"line {source} -> {target} runs through box {iri}")
                    break
    return sorted(set(problems))
