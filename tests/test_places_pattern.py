"""Place names in a question are found by two patterns (the national gazetteer's names, compiled once, and the
graph's own area names) exactly as one pattern of every name would find them."""

from __future__ import annotations

import random
import re


def _one_pattern(names: list[str]) -> re.Pattern[str]:
    ordered = sorted((n for n in names if n), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")


def test_two_patterns_find_what_one_would() -> None:
    from govkg.questions.places import Places

    graph_areas = {"aldshire", "north aldshire", "aldshire and york", "north worcestershire", "york", "bexford",
                   "west bexford district", "county durham", "east"}
    places = Places.build(graph_areas)
    one = _one_pattern(list(places.known))
    names = sorted(places.known)
    words = ["the", "in", "of", "and", "north", "west", "east", "board", "county", "district", "x", "-", "'s"]
    rng = random.Random(15)
    for _ in range(3000):
        parts = [rng.choice(names) if rng.random() < 0.4 else rng.choice(words) for _ in range(rng.randint(1, 9))]
        text = " ".join(parts)
        if rng.random() < 0.2:  # names run into other words: boundaries inside tokens
            text = text.replace(" ", rng.choice(["", "-"]), 1)
        expected = [(m.start(), m.group(0)) for m in one.finditer(text)]
        assert [(m.start(), m.group(0)) for m in places.finditer(text)] == expected, text


def test_a_new_area_is_found_and_a_removed_one_is_not() -> None:
    from govkg.questions.places import Places

    before = Places.build({"aldshire"})
    after = Places.build({"aldshire", "brackenford"})
    assert [m.text for m in after.scan("who chairs the brackenford board")] == ["brackenford"]
    assert before.scan("who chairs the brackenford board") == []
    assert [m.text for m in before.scan("in worcestershire and aldshire")] == ["worcestershire", "aldshire"]
    # The national names' pattern is the same object for both: it was compiled once.
    assert before.patterns()[0] is after.patterns()[0]
