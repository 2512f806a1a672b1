"""A chair that is a post: "who chairs X?" where X's paper says it "is chaired by" a post the graph holds and
names no person. Invented councils and papers written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, paper

from govkg.graph.model import Entity

BOARD = Entity("body", "Safer Pellow Board", subtype="Board", area="Pellow")
DIRECTOR = Entity("post", "Pellow Director of Public Health", area="Pellow")
COUNCIL = Entity("body", "Pellow District Council", subtype="Council", area="Pellow")
YOUTH = Entity("body", "Pellow Youth Board", subtype="Board", area="Pellow")
SCHOOLS = Entity("post", "Pellow Head of Schools", area="Pellow")
WENNA = Entity("person", "Wenna Tregarth")
GROUP = Entity("body", "Harrowgate Youth Group", subtype="Group", area="Harrowgate")
PANEL = Entity("body", "Harrowgate Lantern Panel", subtype="Panel", area="Harrowgate")
HOUSING = Entity("post", "Harrowgate Director of Housing", area="Harrowgate")

PELLOW_TEXT = """Safer Pellow Board: how the partnership works, 2024

1. The Safer Pellow Board, a partnership for the whole district that is chaired by the Pellow Director of Public
Health, met four times this year.

2. Pellow District Council hosts its meetings and the Pellow Director of Public Health sets its agenda.

3. Wenna Tregarth has been the Pellow Director of Public Health since 2021.

4. The Pellow Youth Board is co-chaired by the Pellow Director of Public Health and the Pellow Head of Schools.
"""
# The post named after "chaired by" is the chair of the panel the sentence names last, not of the group.
HARROWGATE_TEXT = """Harrowgate Youth Group: terms of reference, 2024

1. The Harrowgate Youth Group reports each quarter to the Harrowgate Lantern Panel, which is chaired by the
Harrowgate Director of Housing.
"""



@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "post-chairs", [
        paper("safer-pellow-board-2024", PELLOW_TEXT, "Pellow", lambda t: [
            _fact(t, "Pellow District Council hosts", COUNCIL, "member_of", BOARD),
            _fact(t, "Pellow Director of Public Health sets", DIRECTOR, "member_of", BOARD),
            _fact(t, "Wenna Tregarth has been the Pellow Director of Public Health", WENNA, "holds_post", DIRECTOR),
            _fact(t, "Pellow Youth Board is", YOUTH, "covers_area", Entity("area", "Pellow")),
            _fact(t, "Pellow Head of Schools", SCHOOLS, "member_of", YOUTH),
        ], date=dt.date(2024, 5, 1)),
        paper("harrowgate-youth-group-tor-2024", HARROWGATE_TEXT, "Harrowgate", lambda h: [
            _fact(h, "Harrowgate Youth Group reports", GROUP, "covers_area", Entity("area", "Harrowgate")),
            _fact(h, "Harrowgate Lantern Panel", PANEL, "covers_area", Entity("area", "Harrowgate")),
            _fact(h, "Harrowgate Director of Housing", HOUSING, "member_of", PANEL),
        ], date=dt.date(2024, 5, 1)),
    ])


def test_a_post_the_paper_says_a_body_is_chaired_by_answers_who_chairs_it(asker):
    result = asker.ask("Who chairs the Safer Pellow Board?")
    # the post, then who holds it
    assert [a.label for a in result.answers] == ["Pellow Director of Public Health", "Wenna Tregarth"]
    assert "no fact in the graph" in (result.answers[0].note or "")
    assert "chaired by the Pellow Director" in (result.answers[0].evidence[0].quote or "")


def test_the_chair_of_the_body_named_last_before_the_words_is_not_another_bodys(asker):
    assert [a.label for a in asker.ask("Who chairs the Harrowgate Youth Group?").answers] == []
    assert [a.label for a in asker.ask("Who chairs the Harrowgate Lantern Panel?").answers] == [
        "Harrowgate Director of Housing"]


def test_two_posts_co_chairing_a_body_are_both_its_chairs(asker):
    assert sorted(a.label for a in asker.ask("Who co-chairs the Pellow Youth Board?").answers) == [
        "Pellow Director of Public Health", "Pellow Head of Schools", "Wenna Tregarth"]
