"""Text measurement and wrapping with the font the PNG renderer draws with.

Box sizes must come from real glyph widths or labels spill out of their boxes. matplotlib's wheel ships
DejaVu Sans and a FreeType build, so measuring needs no system font or library; browsers showing the SVG fall
back to a narrower sans (Arial, Liberation Sans) when DejaVu is missing, so the measured width is an upper
bound and labels stay inside their boxes in either case.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif"
SAFETY = 1.04  # headroom for hinting differences between renderers
# A FreeType face carries its size and text as state: the server's threads must take turns with it.
_LOCK = threading.Lock()


@cache
def font_path(bold: bool = False) -> str:
    import matplotlib

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name)


@cache
def _font(bold: bool):  # type: ignore[no-untyped-def]
    from matplotlib.ft2font import FT2Font

    return FT2Font(font_path(bold))


@cache
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of TEXT in pixels at SIZE px."""
    if not text:
        return 0.0
    with _LOCK:
        font = _font(bold)
        font.set_size(size, 72)
        font.set_text(text, 0.0)
        width, _ = font.get_width_height()
    return width / 64.0 * SAFETY


def wrap(text: str, size: float, max_width: float, bold: bool = False, max_lines: int = 5) -> list[str]:
    """Greedy word wrap to MAX_WIDTH; over-long words are cut; the last line ends with an ellipsis if cut."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        while text_width(word, size, bold) > max_width and len(word) > 4:
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut] + "-", size, bold) > max_width:
                cut -= 1
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:cut] + "-")
            word = word[cut:]
        trial = f"{current} {word}".strip()
        if current and text_width(trial, size, bold) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + "…", size, bold) > max_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines or [""]
