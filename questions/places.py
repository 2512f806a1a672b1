"""Place names in questions: which words name a place, whether the graph holds anything about it, and
which places lie inside which.

Two sources: the areas the graph itself holds (area entities, the areas of entities and documents), and the
national gazetteer, which knows places the graph may not hold. A place the gazetteer knows and the graph does
not is the clearest case for "the graph holds nothing about it"; without that knowledge a question about
Rutland would be read as a question about whatever the graph does hold.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .lexicon import normalise

NATIONS = frozenset({"england", "wale", "scotland", "northern ireland", "united kingdom"})
# Areas that contain every place a question may name.
NATIONAL = frozenset({"united kingdom", "uk", "england", "england and wales", "great britain", "national"})


@dataclass(frozen=True)
class Place:
    """One place: its display name, every normalised name it goes by, and the places it lies within."""

    name: str
    names: frozenset[str]
    within: frozenset[str] = frozenset()  # normalised names of enclosing places
    # written as the first words of a body's name ("the Derbyshire County Channel Panel"): a body whose own name
    # is of another place (the Derby Channel Panel, though Derby lies in Derbyshire) is not the one asked for
    names_a_body: bool = False


@dataclass(frozen=True)
class PlaceMention:
    start: int  # token offsets in the normalised question
    end: int
    text: str
    place: Place
    held: bool  # the graph holds something about it


# Words that make a name a council's rather than a place's ("Redditch Borough Council" is a body to link).
_COUNCIL_WORDS = frozenset({"council", "dc", "bc", "cc", "cbc", "mbc", "lb", "rb", "borough", "district"})


@cache
def national() -> tuple[Place, ...]:
    """Every place of the national gazetteer (council areas, counties, police areas, regions, nations), by
    the names people write for the place itself, not for its council, with the areas it lies in."""
    from ..loaders.gazetteer import places as gazetteer

    # "Cornish towns", "the Welsh partnerships": the adjective names the place
    adjectives = {normalise(p): tuple(normalise(a) for a in words) for p, words in gazetteer.demonyms().items()}
    # a short form written with a plural's "s" ("Derbys") normalises to another place's own name ("derby"):
    # it is never that place's name, or every question about Derby would be read as one about Derbyshire
    own = {normalise(e.name): e.name for e in gazetteer.entries() if e.is_place and e.bare}
    out = []
    for e in gazetteer.entries():
        if not e.is_place:
            continue
        written = [e.name] if e.bare else []
        written += [*e.short_forms, *e.welsh_names, *(n for n, _ in e.former_names)]
        names = {n for n in map(normalise, written) if own.get(n, e.name) == e.name}
        names = {n for n in names if n and not _COUNCIL_WORDS & set(n.split())}
        names |= {a for n in names for a in adjectives.get(n, ())}
        if not names:
            continue
        within = {
            normalise(w)
            for w in (e.county, e.ceremonial_county, e.region, e.police_area, e.nation)  # type: ignore[attr-defined]
            if w and w != e.name
        }
        out.append(Place(e.name, frozenset(names), frozenset(within)))
    return tuple(out)


@dataclass
class Places:
    """The places a question may name, each marked as held by the graph or not."""

    held: dict[str, Place] = field(default_factory=dict)  # normalised name -> place the graph holds
    known: dict[str, Place] = field(default_factory=dict)  # normalised name -> any place (held or national)
    _patterns: tuple[re.Pattern[str], ...] | None = None

    @classmethod
    def build(cls, graph_areas: set[str]) -> Places:
        """GRAPH_AREAS: normalised names of the areas the graph holds."""
        by_name: dict[str, Place] = {}
        for place in national():
            for n in place.names:
                by_name.setdefault(n, place)
        held: dict[str, Place] = {}
        # Areas the gazetteer does not know are named first and placed after, so that "north eastvale" lies in
        # "eastvale" whichever of the two the graph happens to list first.
        fresh = sorted(a for a in graph_areas if a and a not in by_name)
        for area in fresh:
            by_name[area] = Place(area.title(), frozenset({area}))
        for area in fresh:
            by_name[area] = Place(area.title(), frozenset({area}), _enclosing(area, by_name))
        for area in graph_areas:
            if not area:
                continue
            place = by_name[area]
            for n in place.names:
                held[n] = place
        return cls(held, by_name)

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The national gazetteer's names, compiled once per process, and the graph's other area names (see
        `_graph_patterns`). One pattern of every name took 50 ms to compile at a hundred councils, and the first
        question after a paper from a new area waited for it."""
        if self._patterns is None:
            national_names = _national_names()
            self._patterns = (_alternation(national_names),
                              *_graph_patterns(frozenset(n for n in self.known if n and n not in national_names)))
        return self._patterns

    def finditer(self, normal: str) -> Iterator[re.Match[str]]:
        """The matches one alternation of every known name, longest first, would give: at each step the leftmost
        match of any pattern, the longest where several start there, then on from its end."""
        pos = 0
        patterns = self.patterns()
        while True:
            found = [m for m in (p.search(normal, pos) for p in patterns) if m is not None]
            if not found:
                return
            m = min(found, key=lambda m: (m.start(), -len(m.group(0))))
            yield m
            pos = m.end()

    def scan(self, normal: str, taken: set[int] | None = None) -> list[PlaceMention]:
        """Place names in the normalised text, longest first, skipping tokens already TAKEN."""
        taken = set(taken or ())
        starts = _token_starts(normal)
        out: list[PlaceMention] = []
        for m in self.finditer(normal):
            if m.start() not in starts:
                continue
            start = starts[m.start()]
            end = start + len(m.group(0).split())
            span = set(range(start, end))
            if span & taken:
                continue
            place = self.known[m.group(0)]
            out.append(PlaceMention(start, end, m.group(0), place, self.holds(place)))
            taken |= span
        return out

    def holds(self, place: Place) -> bool:
        return any(n in self.held for n in place.names)

    def gazetted(self, area: str) -> bool:
        """Is the (normalised) AREA a place of the national gazetteer, whose enclosing places are all known (an
        area only the graph names may lie in any of them)?"""
        return area in _national_names()

    def place_of(self, name: str) -> Place | None:
        return self.known.get(normalise(name))

    def inside(self, area: str, asked: Place) -> bool:
        """Is the (normalised) AREA the asked place, a part of it, or named after it ("north worcestershire")?"""
        if area in asked.names:
            return True
        place = self.known.get(area)
        if place is not None and (place.names & asked.names or place.within & asked.names):
            return True
        # "North Worcestershire" lies in Worcestershire; "Staffordshire and Stoke-on-Trent" covers Staffordshire.
        words = f" {area} "
        return any(f" {n} " in words for n in asked.names)

    def around(self, area: str, asked: Place) -> bool:
        """Does the (normalised) AREA contain the asked place: its police area, county or region, or the nation?
        A body of that area (a PCC, a county board) serves the place asked about."""
        if area in NATIONAL:
            return True
        place = self.known.get(area)
        return place is not None and bool(asked.within & place.names)

    def nearby(self, place: Place, limit: int = 5) -> list[str]:
        """Places the graph holds in the same county, police area or region as PLACE (never merely the same
        nation), those sharing most first: suggestions, never answers."""
        around = (place.within | place.names) - NATIONS
        scored = []
        for held in dict.fromkeys(self.held.values()):
            shared = len((held.within | held.names) & around)
            if shared and held.names != place.names:
                scored.append((-shared, held.name))
        return [name for _, name in sorted(scored)[:limit]]


@cache
def _national_names() -> frozenset[str]:
    return frozenset(n for place in national() for n in place.names if n)


@lru_cache(maxsize=16)  # a paper loaded and removed again gives back the names before it: no second compile
def _alternation(names: frozenset[str]) -> re.Pattern[str]:
    if not names:
        return re.compile(r"(?!x)x")
    # Longest first: where two names start at the same place ("north yorkshire", "north"), the longer wins.
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")


# The graph's own area names as last compiled: the names and their patterns. A paper from a new area adds a
# pattern of its new names (compiling all of them again took 15 ms at a hundred synthetic councils, growing with
# them); after GRAPH_PATTERNS patterns, or when a name goes, they are compiled as one again.
_graph_last: tuple[frozenset[str], tuple[re.Pattern[str], ...]] = (frozenset(), ())
_graph_lock = threading.Lock()
GRAPH_PATTERNS = 8


def _graph_patterns(names: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    global _graph_last
    with _graph_lock:
        before, patterns = _graph_last
        if names == before:
            return patterns
        if before and before < names and len(patterns) < GRAPH_PATTERNS:
            patterns = (*patterns, _alternation(names - before))
        else:
            patterns = (_alternation(names),)
        _graph_last = (names, patterns)
        return patterns


def _enclosing(area: str, by_name: dict[str, Place]) -> frozenset[str]:
    """A sub-county area ("north worcestershire") lies in the county its name contains."""
    words = area.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in by_name:
            return frozenset(by_name[tail].names)
    return frozenset()


def _token_starts(text: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for i, m in enumerate(re.finditer(r"\S+", text)):
        out[m.start()] = i
    return out
