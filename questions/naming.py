"""How entities are named to the user: with their kind and area, so that a wrong link shows at a glance, and
which of several entities are really different things."""

from __future__ import annotations

import re

from .lexicon import normalise
from .linking import Entity, Mention
from .places import Places


def distinct(entities: list[Entity]) -> list[Entity]:
    """ENTITIES less the editions of one thing ("... Agreement 2018/19" and "... 2019/20" are one)."""
    seen: dict[str, Entity] = {}
    for e in entities:
        key = re.sub(r"\b(?:19|20)\d\d(?: \d\d(?:\d\d)?)?\b", "", normalise(e.label)).strip()
        seen.setdefault(f"{e.kind}:{key}:{sorted(e.areas)}", e)
    return list(seen.values())


def area_names(e: Entity, places: Places) -> set[str]:
    """The places an entity belongs to: its recorded area, a place its own name starts with, or, for a body,
    post or paper with neither, the areas of the documents that speak of it."""
    if e.areas:
        return set(e.areas)
    label = normalise(e.label)
    local = e.kind in ("body", "post", "publication", "initiative")
    for p in places.scan(label):
        if p.start == 0 and p.end < len(label.split()) and local:
            return {p.text}
    return set(e.home) if local else set()


def every_area(e: Entity, places: Places) -> set[str]:
    """Every place an entity is tied to: its own (see area_names) and those of the papers that state facts about
    it: a body a Staffordshire paper speaks of is, for that paper's facts, a body in Staffordshire."""
    own = area_names(e, places)
    return own | e.home if own or e.kind in ("body", "post", "publication", "initiative") else own


def describe(e: Entity, places: Places) -> str:
    """An entity as the interpretation line shows it: its label, kind and area."""
    areas = sorted(area_names(e, places))
    area = area_label(areas[0], places) if areas else None
    return f"{e.label} ({', '.join(filter(None, (e.kind, area)))})"


def area_label(area: str, places: Places) -> str:
    place = places.known.get(area)
    return place.name if place is not None else area.title()


def describe_all(mm: Mention, places: Places) -> str:
    """A linked name as the interpretation shows it: one entity, or each of the equal fits."""
    return " or ".join(describe(e, places) for e in distinct(mm.entities))
