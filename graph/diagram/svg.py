"""Scene -> standalone SVG text (no external fonts, scripts or stylesheets: safe to paste into a paper)."""

from __future__ import annotations

from html import escape

from .scene import PathCommand, Rect, Scene, Shape, Text
from .text import FONT_FAMILY


def _n(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def path_data(cmds: list[PathCommand]) -> str:
    return " ".join(c[0] + " ".join(_n(v) for v in c[1:]) if len(c) > 1 else c[0] for c in cmds)


def _attrs(data: dict[str, str]) -> str:
    return "".join(f' data-{k}="{escape(v)}"' for k, v in data.items())


def _dash(dash: tuple[float, ...] | None) -> str:
    return f' stroke-dasharray="{",".join(_n(d) for d in dash)}"' if dash else ""


def _rect(r: Rect) -> str:
    title = f"<title>{escape(r.title)}</title>" if r.title else ""
    body = (f'<rect class="{r.cls}" x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" '
            f'rx="{_n(r.rx)}" fill="{r.fill}" stroke="{r.stroke}" stroke-width="{_n(r.stroke_width)}"'
            f'{_dash(r.dash)}{_attrs(r.data)}>{title}</rect>')
    if r.href:
        return f'<a href="{escape(r.href)}">{body}</a>'
    return body


def _text(t: Text) -> str:
    style = []
    if t.bold:
        style.append('font-weight="bold"')
    if t.italic:
        style.append('font-style="italic"')
    if t.letter_spacing:
        style.append(f'letter-spacing="{_n(t.letter_spacing)}"')
    spans = []
    for i, line in enumerate(t.lines):
        dy = "0" if i == 0 else _n(t.size * t.line_height)
        spans.append(f'<tspan x="{_n(t.x)}" dy="{dy}">{escape(line)}</tspan>')
    text = (f'<text class="{t.cls}" x="{_n(t.x)}" y="{_n(t.y)}" font-size="{_n(t.size)}" '
            f'text-anchor="{t.anchor}" fill="{t.fill}" {" ".join(style)}>{"".join(spans)}</text>')
    if t.href:
        return f'<a href="{escape(t.href)}">{text}</a>'
    return text


def _shape(s: Shape) -> str:
    title = f"<title>{escape(s.title)}</title>" if s.title else ""
    opacity = f' opacity="{_n(s.opacity)}"' if s.opacity < 1 else ""
    return (f'<path class="{s.cls}" d="{path_data(s.commands)}" fill="{s.fill or "none"}" '
            f'stroke="{s.stroke or "none"}" stroke-width="{_n(s.width)}"{_dash(s.dash)}{opacity}'
            f' stroke-linejoin="round"{_attrs(s.data)}>{title}</path>')


_WRITERS = {Rect: _rect, Text: _text, Shape: _shape}


def to_svg(scene: Scene) -> str:
    w, h = _n(scene.width), _n(scene.height)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
        f'font-family="{escape(FONT_FAMILY)}" role="img" aria-labelledby="svg-title svg-desc">',
        f'<title id="svg-title">{escape(scene.title)}</title>',
        f'<desc id="svg-desc">{escape(scene.description)}</desc>',
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="{scene.background}"/>',
    ]
    parts.extend(_WRITERS[type(item)](item) for item in scene.items)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
