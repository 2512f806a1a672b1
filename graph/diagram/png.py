"""Scene -> PNG with matplotlib's Agg renderer.

Why matplotlib: its wheels bundle Agg, FreeType and the DejaVu fonts, so PNG output works after a plain pip
install with no system cairo, Graphviz or browser; SVG-to-PNG converters (cairosvg, svglib) need libcairo.
One scene unit is drawn as one point at 72 dpi, scaled by SCALE for a crisp image in documents.
"""

from __future__ import annotations

import io
import threading

from .scene import PathCommand, Rect, Scene, Shape, Text
from .text import font_path

# matplotlib's font cache and text layout are not documented as thread-safe; PNGs are drawn one at a time.
_LOCK = threading.Lock()
SCALE = 2.0
MAX_PIXELS = 30000  # Agg refuses images of 2**16 pixels or more in either direction


def _mpl_path(cmds: list[PathCommand]):  # type: ignore[no-untyped-def]
    from matplotlib.path import Path

    verts, codes = [], []
    start = (0.0, 0.0)
    for c in cmds:
        if c[0] == "M":
            verts.append(c[1:3])
            codes.append(Path.MOVETO)
            start = c[1:3]
        elif c[0] == "L":
            verts.append(c[1:3])
            codes.append(Path.LINETO)
        elif c[0] == "C":
            verts.extend([c[1:3], c[3:5], c[5:7]])
            codes.extend([Path.CURVE4] * 3)
        elif c[0] == "Z":
            verts.append(start)
            codes.append(Path.CLOSEPOLY)
    return Path(verts, codes)


def _dashes(dash: tuple[float, ...] | None, width: float):  # type: ignore[no-untyped-def]
    if not dash:
        return "solid"
    return (0, tuple(d / max(width, 0.1) for d in dash))


def to_png(scene: Scene, scale: float = SCALE) -> bytes:
    with _LOCK:
        return _draw(scene, scale)


def _draw(scene: Scene, scale: float) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import FancyBboxPatch, PathPatch

    scale = min(scale, MAX_PIXELS / max(scene.width, 1.0), MAX_PIXELS / max(scene.height, 1.0))
    fig = Figure(figsize=(scene.width / 72.0, scene.height / 72.0), dpi=72.0 * scale)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, scene.width)
    ax.set_ylim(scene.height, 0)
    ax.axis("off")
    fig.patch.set_facecolor(scene.background)
    fonts = {b: FontProperties(fname=font_path(b)) for b in (False, True)}
    for z, item in enumerate(scene.items):
        if isinstance(item, Rect):
            rx = min(item.rx, item.w / 2, item.h / 2)
            patch = FancyBboxPatch((item.x + rx, item.y + rx), max(item.w - 2 * rx, 0.01), max(item.h - 2 * rx, 0.01),
                                   boxstyle=f"round,pad={rx}" if rx > 0 else "square,pad=0",
                                   facecolor=item.fill, edgecolor=item.stroke, linewidth=item.stroke_width,
                                   linestyle=_dashes(item.dash, item.stroke_width), zorder=z)
            ax.add_patch(patch)
        elif isinstance(item, Shape):
            patch = PathPatch(_mpl_path(item.commands), facecolor=item.fill or "none",
                              edgecolor=item.stroke or "none", linewidth=item.width if item.stroke else 0,
                              linestyle=_dashes(item.dash, item.width), alpha=item.opacity, zorder=z,
                              joinstyle="round", capstyle="butt")
            ax.add_patch(patch)
        elif isinstance(item, Text):
            ha = {"start": "left", "middle": "center", "end": "right"}[item.anchor]
            for i, line in enumerate(item.lines):
                prop = fonts[item.bold].copy()
                prop.set_size(item.size)
                if item.italic:
                    prop.set_style("oblique")
                ax.text(item.x, item.y + i * item.size * item.line_height, line, fontproperties=prop,
                        color=item.fill, ha=ha, va="baseline", zorder=z)
    buf = io.BytesIO()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).print_png(buf)
    return buf.getvalue()
