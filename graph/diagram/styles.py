"""How each kind of body and each relation looks, in every format (SVG/PNG, DOT, Mermaid).

Colours are a colour-blind-safe set (Okabe-Ito hues, lightened for fills) and every relation also differs in
dash pattern and arrowhead, so a chart still reads when printed in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    label: str  # shown in the legend and as the kind tag inside the box
    fill: str
    stroke: str
    stroke_width: float = 1.2
    rx: float = 6.0
    dash: tuple[float, ...] | None = None
    dot_shape: str = "box"
    dot_style: str = "rounded,filled"
    mermaid_open: str = "("  # node shape brackets in Mermaid
    mermaid_close: str = ")"


@dataclass(frozen=True)
class EdgeStyle:
    label: str  # legend text, read "A <label> B"
    color: str
    width: float
    dash: tuple[float, ...] | None
    arrow: str  # "filled" | "open" | "hollow" | "diamond"
    dot_style: str
    dot_arrow: str
    mermaid_arrow: str


NODE_STYLES: dict[str, NodeStyle] = {
    "Council": NodeStyle("Council", "#dbe9f6", "#0b4f8a", 2.4, 2.0, None, "box", "filled,bold", "[", "]"),
    "Partnership": NodeStyle("Partnership", "#e3f4ea", "#1b7a43", 1.4, 14.0, None, "box", "rounded,filled", "(", ")"),
    "Board": NodeStyle("Board", "#fff1d6", "#a65e00", 1.4, 4.0, None, "box", "filled", "[", "]"),
    "Panel": NodeStyle("Panel", "#f6e3ef", "#8a2d66", 1.4, 4.0, None, "box", "rounded,filled", "([", "])"),
    "Committee": NodeStyle("Committee", "#ece7f7", "#4b3a8c", 1.4, 4.0, None, "box", "filled", "[[", "]]"),
    "Group": NodeStyle("Group", "#f1f1f1", "#555555", 1.2, 10.0, (4.0, 2.5), "box", "rounded,filled,dashed",
                       "(", ")"),
    "Directorate": NodeStyle("Directorate", "#e8f0f2", "#36636f", 1.2, 2.0, None, "box", "filled", "[", "]"),
    "PoliceBody": NodeStyle("Police / PCC", "#dde3f7", "#1d2f80", 2.0, 2.0, None, "box", "filled,bold", "[/", "/]"),
    "Provider": NodeStyle("Provider", "#fdf8d8", "#807000", 1.2, 2.0, (1.5, 2.0), "box", "filled,dotted", "[\\", "\\]"),
    "PublicBody": NodeStyle("National / public body", "#eeeeee", "#222222", 1.8, 2.0, None, "box", "filled",
                            "[", "]"),
    "Body": NodeStyle("Other body", "#ffffff", "#555555", 1.0, 4.0, None, "box", "filled", "[", "]"),
    "Post": NodeStyle("Post", "#ffffff", "#6b2e8f", 1.0, 16.0, None, "ellipse", "filled", "([", "])"),
    "Person": NodeStyle("Person", "#ffffff", "#6b2e8f", 1.0, 16.0, (2.0, 2.0), "ellipse", "filled,dashed",
                        "([", "])"),
    "Topic": NodeStyle("Topic", "#fffbe6", "#8a6d00", 1.0, 16.0, (5.0, 3.0), "ellipse", "filled,dashed", "{{", "}}"),
}

EDGE_STYLES: dict[str, EdgeStyle] = {
    "reports_to": EdgeStyle("reports to", "#333333", 1.6, None, "filled", "solid", "normal", "-->"),
    "subgroup_of": EdgeStyle("is a sub-group of", "#0b4f8a", 2.2, None, "hollow", "bold", "onormal", "==>"),
    "oversees": EdgeStyle("oversees / holds to account", "#c45a00", 1.6, (7.0, 4.0), "open", "dashed", "vee",
                          "-.->"),
    "chairs": EdgeStyle("chairs", "#6b2e8f", 1.4, (2.0, 3.0), "diamond", "dotted", "diamond", "-.->"),
    "vice_chair": EdgeStyle("is vice-chair of", "#9a6fb0", 1.2, (2.0, 3.0), "diamond", "dotted", "odiamond",
                            "-.->"),
    "funds": EdgeStyle("funds", "#1b7a43", 2.6, (10.0, 3.0, 2.0, 3.0), "filled", "bold,dashed", "normal", "==>"),
    "holds_post": EdgeStyle("holds the post of", "#6b2e8f", 1.0, (1.0, 2.0), "open", "dotted", "vee", "-.->"),
}

# Which relations rank their object above their subject (the arrow still points at the object).
UPWARD = ("reports_to", "subgroup_of")


def node_style(kind: str) -> NodeStyle:
    return NODE_STYLES.get(kind, NODE_STYLES["Body"])
