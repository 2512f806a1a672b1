"""Place names in a question are found by two patterns (the national gazetteer's names, compiled once, and the
graph's own area names) exactly as one pattern of every name would find them."""

from __future__ import annotations

import random
import re


def _one_pattern(names: list[str]) -> re.Pattern[str]:
    ordered = sorted((n for n in names if n), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")


GRAPH_AREAS = ["aldshire", "north aldshire", "aldshire and york", "north worcestershire", "york", "bexford",
               "west bexford district", "county durham", "east"]


def _same_as_one_pattern(places, rng: random.Random, texts: int) -> None:
    one = _one_pattern(list(places.known))
    names = sorted(places.known)
    words = ["the", "in", "of", "and", "north", "west", "east", "board", "county", "district", "x", "-", "'s"]
    for _ in range(texts):
        parts = [rng.choice(names) if rng.random() < 0.4 else rng.choice(words) for _ in range(rng.randint(1, 9))]
        text = " ".join(parts)
        if rng.random() < 0.2:  # names run into other words: boundaries inside tokens
            text = text.replace(" ", rng.choice(["", "-"]), 1)
        expected = [(m.start(), m.group(0)) for m in one.finditer(text)]
        assert [(m.start(), m.group(0)) for m in places.finditer(text)] == expected, text


def test_two_patterns_find_what_one_would() -> None:
    from govkg.questions.places import Places

    _same_as_one_pattern(Places.build(set(GRAPH_AREAS)), random.Random(15), 3000)


def test_areas_added_one_at_a_time_and_removed_find_what_one_pattern_would() -> None:
    from govkg.questions.places import GRAPH_PATTERNS, Places

    rng = random.Random(16)
    areas: set[str] = set()
    counts = []
    for area in [*GRAPH_AREAS, "brackenford", "south brackenford", "upper east"]:
        areas.add(area)
        places = Places.build(areas)
        counts.append(len(places.patterns()))
        _same_as_one_pattern(places, rng, 300)
    assert max(counts) <= 1 + GRAPH_PATTERNS and max(counts) > 2  # new names were added as patterns of their own
    for area in ["aldshire", "bexford", "brackenford"]:  # names only the graph knows removed: compiled again, as one
        areas.discard(area)
        places = Places.build(areas)
        assert len(places.patterns()) == 2
        _same_as_one_pattern(places, rng, 300)


def test_a_new_area_is_found_and_a_removed_one_is_not() -> None:
    from govkg.questions.places import Places

    before = Places.build({"aldshire"})
    after = Places.build({"aldshire", "brackenford"})
    assert [m.text for m in after.scan("who chairs the brackenford board")] == ["brackenford"]
    assert before.scan("who chairs the brackenford board") == []
    assert [m.text for m in before.scan("in worcestershire and aldshire")] == ["worcestershire", "aldshire"]
    # The national names' pattern is the same object for both: it was compiled once.
    assert before.patterns()[0] is after.patterns()[0]
