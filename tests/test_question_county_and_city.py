"""A county's name and a city's inside it are two places. "The Derbyshire County Channel Panel" is the county's
panel: a graph that holds only the city's (the Derby Channel Panel, though Derby lies in Derbyshire) answers
nothing, never the city's chair. And a county's short form ("Derbys") never makes the city's own name a name
of the county. Real places (the gazetteer's), invented papers and people written for these tests."""

from __future__ import annotations

from collections import defaultdict

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact
from govkg.questions.places import national

DERBY_PANEL = Entity("body", "Derby Channel Panel", subtype="Panel", area="Derby")
DERBY_CHAIR = Entity("post", "Head of Community Protection, Derby City Council", area="Derby")
LEICS_GROUP = Entity("body", "Leicestershire Prevent Steering Group", subtype="Group", area="Leicestershire")
LEICS_CHAIR = Entity("person", "Oriel Castlemaine")
SAFER_LEICESTER = Entity("body", "Safer Leicester Partnership", subtype="Partnership", area="Leicester")
LEICESTER_CHAIR = Entity("person", "Bastian Quarrie")

DERBY_TEXT = """Derby Channel Panel: terms of reference (a city council's panel)

Derby City Council's Head of Community Protection chairs the Panel. Referrals from the county's
districts go to the county's own panel, which the county council runs apart from this one.
"""
LEICS_TEXT = """Leicestershire Prevent Steering Group: annual summary

The Steering Group, chaired by Oriel Castlemaine, covers the county's seven districts. Within the city, the
Safer Leicester Partnership is chaired by Bastian Quarrie.
"""


def _derby(t: str) -> list[Fact]:
    return [_fact(t, "Head of Community Protection chairs the Panel", DERBY_CHAIR, "chairs", DERBY_PANEL)]


def _leics(t: str) -> list[Fact]:
    return [_fact(t, "chaired by Oriel Castlemaine", LEICS_CHAIR, "chairs", LEICS_GROUP),
            _fact(t, "Safer Leicester Partnership is chaired by Bastian Quarrie", LEICESTER_CHAIR, "chairs",
                  SAFER_LEICESTER)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "county-and-city", [
        paper("derby-channel-panel-terms-2025", DERBY_TEXT, "Derby", _derby),
        paper("leicestershire-prevent-summary-2025", LEICS_TEXT, "Leicestershire", _leics),
    ])


def test_the_county_s_named_body_is_not_the_city_s(asker):
    for asked in ("Who is the chair of the Derbyshire County Channel Panel?", "Which officer leads the Derbyshire"
                  " Channel Panel?", "Who chairs the Derbyshire Channel Panel?"):
        assert labels(asker, asked) == [], asked
    # the city's own panel, asked by its name or its place, is answered
    chair = ["Head of Community Protection, Derby City Council"]
    assert labels(asker, "Who chairs the Derby Channel Panel?") == chair
    assert labels(asker, "Who chairs the Channel Panel in Derby?") == chair


def test_the_city_s_named_body_is_not_the_county_s(asker):
    # "the Leicestershire Partnership": the city's partnership (its name of the city) is not the county's
    assert labels(asker, "Who chairs the Leicestershire Prevent Steering Group?") == ["Oriel Castlemaine"]
    assert labels(asker, "Who chairs the Leicestershire Partnership?") == []
    assert labels(asker, "Who chairs the Safer Leicester Partnership?") == ["Bastian Quarrie"]


def test_a_short_form_never_takes_another_place_s_own_name():
    owners: dict[str, set[str]] = defaultdict(set)
    for place in national():
        for name in place.names:
            owners[name].add(place.name)
    derby = next(p for p in national() if p.name == "Derbyshire")
    assert "derby" not in derby.names and "derbyshire" in derby.names
    # names two places really share (two Newcastles, the county and the city of Durham) stay shared; no other
    shared = {n for n, ps in owners.items() if len(ps) > 1}
    assert shared <= {"newcastle", "durham"}, shared
