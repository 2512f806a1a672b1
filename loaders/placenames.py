"""Which places a name refers to: the bridge from the national gazetteer to extraction.

Extraction asks small questions of the gazetteer (is this a place, which place does a body's name start with,
which police force area covers a council, which council owns a web host); this module answers them.
"""

from __future__ import annotations

from functools import cache

from .gazetteer import areas


@cache
def _names() -> dict[str, str]:
    a = areas()
    return {n.casefold(): a.canonical(n) for n in a.names}


def is_place(name: str) -> bool:
    return name.casefold() in _names()


def canonical_place(name: str) -> str | None:
    return _names().get(name.casefold())


def leading_place(name: str) -> str | None:
    """The place NAME starts with ("North Yorkshire Police" -> "North Yorkshire"), longest first."""
    words = name.split()
    for size in range(min(6, len(words)), 0, -1):
        found = _names().get(" ".join(words[:size]).casefold())
        if found:
            return found
    return None


def public_body(name: str) -> str | None:
    """'body' when NAME is a public body the gazetteer knows by that name."""
    return None


def police_area(area: str | None) -> str | None:
    if not area:
        return None
    a = areas()
    county = a.parent.get(area, area)
    return county if county in a.names else None


def council_from_host(host: str) -> tuple[str, str] | None:
    """(council name, area) that owns web HOST, when the gazetteer knows it."""
    return None
