"""Two chairs joined by "and the": the first post's portfolio keeps its own "and" ("the Cabinet Member for Housing
and Regeneration and the Area Commander" is two posts, the first whole), and both chair the body."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


@pytest.mark.parametrize(
    "sentence, first, second",
    [
        ("The Safer Arun Partnership is co-chaired by the Cabinet Member for Housing and Wellbeing and the Arun "
         "District Commander.", "Cabinet Member for Housing and Wellbeing", "Arun District Commander"),
        ("Our board is jointly chaired by the Director of Communities and Regeneration and the Head of Public "
         "Protection of Sussex Police.", "Director of Communities and Regeneration", "Head of Public Protection"),
        ("Co-chairs are the Executive Member for Neighbourhoods and Culture and the Neighbourhood Policing "
         "Inspector.", "Executive Member for Neighbourhoods and Culture", "Neighbourhood Policing Inspector"),
    ],
)
def test_the_first_portfolio_runs_to_the_and_the(sentence: str, first: str, second: str) -> None:
    posts = [m.name for m in find_mentions(sentence, 0, len(sentence)) if m.kind == "post"]
    assert first in posts, posts
    assert any(p.startswith(second) for p in posts), posts


def test_both_posts_chair_the_body() -> None:
    doc = read("Arun District Council\nCabinet report\n\nThe Safer Arun Partnership is co-chaired by the Cabinet "
               "Member for Housing and Wellbeing and the Arun District Commander, Chief Inspector Rhea Lomax.\n")
    chairs = {s for s, _ in of(doc, "chairs")}
    assert any(s.startswith("Cabinet Member for Housing and Wellbeing") for s in chairs), chairs
    assert not any(s.startswith("Cabinet Member for Housing,") for s in chairs), chairs


def test_two_people_joined_by_and_still_split() -> None:
    s = "It is chaired by the Head of Housing and Jo Lee and the Chief Inspector."
    names = [m.name for m in find_mentions(s, 0, len(s))]
    assert "Head of Housing" in names and "Jo Lee" in names, names
