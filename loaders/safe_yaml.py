"""YAML whose aliases cannot blow up: the safe loader, plus a bound on what anchors and aliases expand to.

A YAML alias (`*name`) repeats an anchored node (`&name`) without copying it, so nine levels of nine aliases
fit in 600 bytes and stand for 387 million values. PyYAML keeps them shared, but anything that walks the
data (validation, a note turned into text) expands them. Registers and sidecars rarely need anchors at all;
the few that do (`<<: *defaults`) expand a little. So the composed node graph is measured before any value
is built: a file that expands to more than ten times its own nodes (and more than EXPANSION_FLOOR), or
refers to itself, is refused with its line.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..errors import LoadError

EXPANSION_FLOOR = 10_000
EXPANSION_FACTOR = 10


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def check_expansion(root: yaml.Node, source: str) -> None:
    """Refuse ROOT (LoadError naming SOURCE and the line) if its aliases expand it too far, or form a cycle."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:  # iterative post-order: deep nesting must not exhaust Python's stack either
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in _children(node))
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise LoadError(source, "a YAML alias refers to the node that contains it", node.start_mark.line + 1)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)
    distinct, expanded = len(sizes), sizes[id(root)]
    limit = max(EXPANSION_FLOOR, EXPANSION_FACTOR * distinct)
    if expanded > limit:
        raise LoadError(
            source,
            f"the YAML's aliases (*name) expand its {distinct:,} values to {expanded:,}; govkg reads at most "
            f"{limit:,} (an alias bomb?). Write the repeated entries out, or use fewer aliases.",
            root.start_mark.line + 1,
        )


def compose(text: str, source: str) -> yaml.Node | None:
    """The node graph of one YAML document (None when empty), checked by `check_expansion`.

    yaml.YAMLError passes through (callers report its line); nesting too deep for the parser is a LoadError."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except RecursionError:
        raise LoadError(source, "the YAML is nested too deeply to read") from None
    finally:
        loader.dispose()
    if root is not None:
        check_expansion(root, source)
    return root


def construct(root: yaml.Node) -> Any:
    """Python values of a node graph from `compose`."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(root)
    except RecursionError:
        raise LoadError("", "the YAML is nested too deeply to read") from None
    finally:
        loader.dispose()


def safe_load(text: str, source: str) -> Any:
    """yaml.safe_load with the expansion bound: for small files such as `.meta.yaml` sidecars."""
    root = compose(text, source)
    return None if root is None else construct(root)
