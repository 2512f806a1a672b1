"""The sentence route reads an acronym its paper defined ("Dunmere Borough Council (DBC)") as the body it
stands for, in that paper only; and "which board does X report to" as X doing the verb, with the answer after
it. Two invented councils with papers written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, paper

from govkg.graph.model import Entity

FORUM = Entity("body", "Dunmere Youth Forum", subtype="Forum", area="Dunmere")
DUNMERE = Entity("body", "Dunmere Borough Council", subtype="Council", area="Dunmere")
KESTON = Entity("body", "Keston Youth Forum", subtype="Forum", area="Keston")
KESTON_BC = Entity("body", "Drayford Borough Council", subtype="Council", area="Keston")
TAMSIN = Entity("person", "Tamsin Ravelle")
STREETS = Entity("body", "Dunmere Safer Streets Board", subtype="Board", area="Dunmere")

DUNMERE_TEXT = """Dunmere Youth Forum: note to the scrutiny panel, 2024

1. Tamsin Ravelle of Dunmere Borough Council (DBC) gave the panel an account of the Dunmere Youth Forum.

2. She said the Dunmere Youth Forum was the borough's meeting place for young people and was administered by the
housing team of DBC.

3. The Dunmere Youth Forum reports twice a year to the Dunmere Safer Streets Board.
"""
# Keston's paper writes "DBC" for another council: never Dunmere's, and no answer about Keston's forum.
KESTON_TEXT = """Keston Youth Forum: minutes, 2024

1. Drayford Borough Council (DBC) sent a note to the Keston Youth Forum.

2. The Keston Youth Forum thanked its volunteers.
"""



@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "acronyms", [
        paper("dunmere-youth-forum-note-2024", DUNMERE_TEXT, "Dunmere", lambda t: [
            _fact(t, "Tamsin Ravelle of Dunmere Borough Council", TAMSIN, "member_of", DUNMERE),
            _fact(t, "account of the Dunmere Youth Forum", FORUM, "covers_area", Entity("area", "Dunmere")),
            _fact(t, "Dunmere Safer Streets Board", STREETS, "covers_area", Entity("area", "Dunmere")),
        ], date=dt.date(2024, 3, 1)),
        paper("keston-youth-forum-minutes-2024", KESTON_TEXT, "Keston", lambda k: [
            _fact(k, "Drayford Borough Council (DBC) sent", KESTON_BC, "member_of", KESTON),
        ], date=dt.date(2024, 3, 1)),
    ])


def test_a_body_the_sentence_names_by_the_acronym_its_paper_defined_answers(asker):
    result = asker.ask("Which council administers the Dunmere Youth Forum?")
    assert [a.label for a in result.answers] == ["Dunmere Borough Council"]
    assert "administered by the housing team of DBC" in (result.answers[0].evidence[0].quote or "")


def test_another_papers_acronym_is_never_read_into_a_councils_answer(asker):
    assert [a.label for a in asker.ask("Which council administers the Keston Youth Forum?").answers] == []


def test_which_body_the_named_one_reports_to_is_what_the_sentence_puts_after_its_verb(asker):
    assert [a.label for a in asker.ask("Which board does the Dunmere Youth Forum report to?").answers] == [
        "Dunmere Safer Streets Board"]
    # the other way round, the forum does the reporting: the board reports to no one in that sentence
    assert [a.label for a in asker.ask("Which board does the Dunmere Safer Streets Board report to?").answers] == []
