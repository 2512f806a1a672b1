"""Who fills a chair when one statement names both the seat's post and the person holding it (CONVENTIONS.md, G).

    The Panel is chaired by the Head of Housing, Jo Lee.
    ... with the Community Safety Manager, Sam Reed, as vice-chair.
    The Vice-Chair is the Service Manager at Westshire Council, Ann Cole, who ...

One seat, one holder: the person chairs (and holds the post, which the apposition readers give); the post chairs
only when the statement names no holder of it. Every chair reader that finds a post followed by its named holder
asks this module, so the decision is made once.
"""

from __future__ import annotations

from ...graph.model import Entity
from ..mentions import Mention

_CHAIRS = frozenset({"chairs", "vice_chair"})


def seat_filled(filled: list[tuple[Mention, Entity]], holder: tuple[Mention, Entity],
                relation: str) -> list[tuple[Mention, Entity]]:
    """FILLED, the names a slot of RELATION holds so far, the last a post, with HOLDER, the person the statement
    names as holding that post: for a chair the holder takes the post's place; for any other relation both stay
    (a post and its holder may each lead or sit)."""
    if relation in _CHAIRS and holder[1].kind == "person" and filled and filled[-1][1].kind == "post":
        return [*filled[:-1], holder]
    return [*filled, holder]
