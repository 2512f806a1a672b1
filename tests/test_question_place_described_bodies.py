"""A place's body asked for by the place, a description in lower case and the body's head noun ("the Pelham
domestic abuse board", "the Pelham safeguarding children Executive Group", "the Pelham youth justice board"), where
its papers name it more fully ("Pelham Domestic Abuse Local Partnership Board"). The one body of that place whose
name has those words in order and ends with that head noun is the one asked about; several fitting, the reading
stops and lists them; another council's body, or a national body of those words, is never read for it. Invented
councils and papers written for these tests, in several councils' wordings."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

DA_BOARD = Entity("body", "Pelham Domestic Abuse Local Partnership Board", subtype="Board", area="Pelham")
EXEC = Entity("body", "Pelham Safeguarding Children Partnership Executive Group", subtype="Group", area="Pelham")
YJMB = Entity("body", "Pelham Youth Justice Management Board", subtype="Board", area="Pelham")
NATIONAL_YJB = Entity("body", "Youth Justice Board for England and Wales")

Q_EXEC = Entity("body", "Quenby Safeguarding Adults Executive Board", subtype="Board", area="Quenby")
Q_DELIVERY = Entity("body", "Quenby Safeguarding Adults Delivery Board", subtype="Board", area="Quenby")
# a board its papers name only by the service's acronym, which they define
TARNBY_YJS = Entity("body", "Tarnby Youth Offending Service", aliases=("TYOS",), area="Tarnby")
TARNBY_BOARD = Entity("body", "TYOS Management Board", subtype="Board", area="Tarnby")
TARNBY_CSP = Entity("body", "Safer Tarnby Partnership", subtype="Partnership", area="Tarnby")
ROSSALL_CSP = Entity("body", "Rossall Community Safety Partnership", subtype="Partnership", area="Rossall")

PELHAM_TEXT = """Pelham Borough Council - partnership governance 2025

1. The Pelham Domestic Abuse Local Partnership Board is chaired by Imogen Vasey.
2. Dr Caspar Wroth chairs the Pelham Safeguarding Children Partnership Executive Group.
3. The Pelham Youth Justice Management Board, chaired by Seren Attwood, reports grant use to the Youth Justice
Board for England and Wales, whose chief executive is Oswin Tarrant.
"""
QUENBY_TEXT = """Quenby Safeguarding Adults Partnership: structure (2025)

Executive Board - chair: Mabli Frayne. Delivery Board - chair: Tobias Hennell.
"""
TARNBY_TEXT = """Tarnby Youth Offending Service (TYOS) - plan 2025/26

Governance. The TYOS Management Board reports to the Safer Tarnby Partnership twice a year.
"""
ROSSALL_TEXT = """Rossall Community Safety Partnership - annual report 2025

The Rossall Community Safety Partnership is chaired by Priya Landor.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "place-described-bodies", [
        paper("pelham-governance-2025", PELHAM_TEXT, "Pelham", lambda t: [
            _fact(t, "is chaired by Imogen Vasey", Entity("person", "Imogen Vasey"), "chairs", DA_BOARD),
            _fact(t, "Dr Caspar Wroth chairs", Entity("person", "Caspar Wroth"), "chairs", EXEC),
            _fact(t, "chaired by Seren Attwood", Entity("person", "Seren Attwood"), "chairs", YJMB),
            _fact(t, "reports grant use to the Youth Justice\nBoard for England and Wales", YJMB, "reports_to",
                  NATIONAL_YJB),
            _fact(t, "whose chief executive is Oswin Tarrant", Entity("person", "Oswin Tarrant"), "chairs",
                  NATIONAL_YJB),
        ]),
        paper("quenby-structure-2025", QUENBY_TEXT, "Quenby", lambda t: [
            _fact(t, "Executive Board - chair: Mabli Frayne", Entity("person", "Mabli Frayne"), "chairs", Q_EXEC),
            _fact(t, "Delivery Board - chair: Tobias Hennell", Entity("person", "Tobias Hennell"), "chairs",
                  Q_DELIVERY),
        ]),
        paper("tarnby-yos-plan-2025", TARNBY_TEXT, "Tarnby", lambda t: [
            _fact(t, "Tarnby Youth Offending Service (TYOS)", TARNBY_YJS, "covers_area", Entity("area", "Tarnby")),
            _fact(t, "The TYOS Management Board reports to the Safer Tarnby Partnership", TARNBY_BOARD, "reports_to",
                  TARNBY_CSP),
        ]),
        paper("rossall-csp-2025", ROSSALL_TEXT, "Rossall", lambda t: [
            _fact(t, "is chaired by Priya Landor", Entity("person", "Priya Landor"), "chairs", ROSSALL_CSP),
        ]),
    ])


@pytest.mark.parametrize("question, chair", [
    ("Who chairs the Pelham domestic abuse board?", "Imogen Vasey"),
    ("Who is the chair of Pelham's domestic abuse board?", "Imogen Vasey"),
    ("Who chairs the Pelham safeguarding children Executive Group?", "Caspar Wroth"),
    ("Who chairs the Pelham youth justice board?", "Seren Attwood"),
])
def test_the_places_one_body_of_those_words(asker, question: str, chair: str):
    assert labels(asker, question) == [chair]


def test_the_reading_shows_the_body_it_read(asker):
    text = asker.ask("Who chairs the Pelham domestic abuse board?").interpretation
    assert "Pelham Domestic Abuse Local Partnership Board" in text


def test_the_national_body_of_those_words_is_never_the_places(asker):
    assert "Oswin Tarrant" not in labels(asker, "Who chairs the Pelham youth justice board?")


def test_several_fitting_are_listed_not_answered(asker):
    result = asker.ask("Who chairs the Quenby safeguarding adults board?")
    assert not result.answers
    said = result.interpretation + " ".join(s.label for s in result.suggestions)
    assert "Executive Board" in said and "Delivery Board" in said


@pytest.mark.parametrize("question", [
    "Who chairs the Rossall domestic abuse board?",  # Rossall has none: never Pelham's
    "Who chairs the Rossall safeguarding children Executive Group?",
])
def test_another_councils_body_is_never_read(asker, question: str):
    got = labels(asker, question)
    assert "Imogen Vasey" not in got and "Caspar Wroth" not in got


def test_a_board_its_papers_name_by_a_defined_acronym(asker):
    # "TYOS Management Board": the Tarnby Youth Offending Service's board, asked with the service's words
    assert labels(asker, "Which partnership does the Tarnby youth offending board report to?") == [
        "Safer Tarnby Partnership"]
