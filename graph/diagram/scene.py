"""A drawing as a list of simple shapes, so the SVG and PNG writers draw exactly the same picture."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PathCommand = tuple[Any, ...]  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str = "#ffffff"
    stroke: str = "#333333"
    stroke_width: float = 1.0
    rx: float = 0.0
    dash: tuple[float, ...] | None = None
    cls: str = ""
    title: str | None = None
    data: dict[str, str] = field(default_factory=dict)
    href: str | None = None


@dataclass
class Text:
    x: float
    y: float  # baseline of the first line
    lines: list[str]
    size: float = 12.0
    bold: bool = False
    italic: bool = False
    anchor: str = "start"  # start | middle | end
    fill: str = "#1b1b1b"
    line_height: float = 1.25
    cls: str = ""
    letter_spacing: float = 0.0
    href: str | None = None


@dataclass
class Shape:
    commands: list[PathCommand]
    stroke: str | None = "#333333"
    fill: str | None = None
    width: float = 1.0
    dash: tuple[float, ...] | None = None
    opacity: float = 1.0
    cls: str = ""
    title: str | None = None
    data: dict[str, str] = field(default_factory=dict)


Item = Rect | Text | Shape


@dataclass
class Scene:
    width: float
    height: float
    items: list[Item] = field(default_factory=list)
    title: str = ""
    description: str = ""
    background: str = "#ffffff"

    def add(self, item: Item) -> Item:
        self.items.append(item)
        return item
