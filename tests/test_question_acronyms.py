"""A body a paper names with an acronym the papers define ("the SEP Executive Board", where the Safer Eastvale
Partnership is "SEP"), asked about with the acronym written out, and back; two invented councils, Eastvale and
Westmoor, whose acronyms are the same letters for different bodies. Papers written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

SEP = Entity("body", "Safer Eastvale Partnership", subtype="Partnership", area="Eastvale", aliases=("SEP",))
SEP_EXEC = Entity("body", "SEP Executive Board", subtype="Board")
SEP_LONG_EXEC = Entity("body", "Safer Eastvale Partnership Executive Board", subtype="Board")
HOLDER = Entity("post", "Eastvale Portfolio Holder for Neighbourhoods", area="Eastvale")
SEP_W = Entity("body", "Southern Estates Panel", subtype="Panel", area="Westmoor", aliases=("SEP",))
SEP_W_STEER = Entity("body", "SEP Steering Board", subtype="Board", area="Westmoor")
MARA = Entity("person", "Mara Quill")
DOV = Entity("person", "Dov Lantern")

EAST_TEXT = """Safer Eastvale Partnership (SEP): terms of reference, 2024
The SEP Executive Board is led by the Eastvale Portfolio Holder for Neighbourhoods.
The Safer Eastvale Partnership Executive Board meets four times a year in the civic hall.
Dov Lantern chairs the partnership itself until the spring.
"""
WEST_TEXT = """Southern Estates Panel (SEP): annual note, 2024
Mara Quill leads the SEP Steering Board for the Westmoor estates.
"""


def _east(t: str) -> list[Fact]:
    return [
        _fact(t, "Safer Eastvale Partnership (SEP)", SEP, "covers_area", Entity("area", "Eastvale")),
        _fact(t, "The SEP Executive Board is led by the Eastvale Portfolio Holder", HOLDER, "chairs", SEP_EXEC),
        _fact(t, "The Safer Eastvale Partnership Executive Board meets", SEP_LONG_EXEC, "subgroup_of", SEP),
        _fact(t, "Dov Lantern chairs the partnership itself", DOV, "chairs", SEP),
    ]


def _west(t: str) -> list[Fact]:
    return [
        _fact(t, "Southern Estates Panel (SEP)", SEP_W, "covers_area", Entity("area", "Westmoor")),
        _fact(t, "Mara Quill leads the SEP Steering Board", MARA, "chairs", SEP_W_STEER),
    ]


_document = partial(paper, doc_type="report", date=dt.date(2024, 3, 1))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "acronyms", [
        _document("eastvale-sep-tor-2024", EAST_TEXT, "Eastvale", _east),
        _document("westmoor-sep-note-2024", WEST_TEXT, "Westmoor", _west),
    ])


def test_an_acronym_written_out_names_the_body_its_papers_call_by_the_acronym(asker):
    for question in ("Who chairs the Safer Eastvale Partnership Executive Board?",
                     "Which post leads the Safer Eastvale Partnership Executive Board?"):
        assert labels(asker, question) == ["Eastvale Portfolio Holder for Neighbourhoods"], question


def test_another_councils_body_of_the_same_letters_is_never_the_answer(asker):
    # Westmoor's SEP is another panel: its steering board is no board of Eastvale's partnership
    assert labels(asker, "Who chairs the Southern Estates Panel Steering Board?") == ["Mara Quill"]
    assert labels(asker, "Who chairs the Safer Eastvale Partnership Steering Board?") == []
    assert labels(asker, "Who chairs the Safer Northvale Partnership Executive Board?") == []


def test_a_partnership_named_without_its_last_word(asker):
    # "Safer Eastvale", as officers say it, is the Safer Eastvale Partnership, not the place Eastvale
    assert labels(asker, "Who chairs Safer Eastvale?") == ["Dov Lantern"]
    # Westmoor holds no such partnership, and Northvale is held nowhere
    assert labels(asker, "Who chairs Safer Westmoor?") == []
    assert labels(asker, "Who chairs Safer Northvale?") == []
