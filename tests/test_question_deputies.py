"""The deputy asked in other words ("who deputises as chair", "who deputises for the chair", "who stands in as
chair of X") is the vice-chair the papers name; never the chair, who is the one away. Where no vice-chair
is recorded, nothing. Three invented councils' papers, written for these tests in three layouts: terms of
reference, minutes with a roles list and a council web page."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, paper

from govkg.graph.model import Entity, Fact

PANEL = Entity("body", "Coldmere Channel Panel", subtype="Panel", area="Coldmere")
FORUM = Entity("body", "Harrowgate Vale Domestic Abuse Forum", subtype="Group", area="Harrowgate Vale")
BOARD = Entity("body", "Kestwick Safer Streets Board", subtype="Board", area="Kestwick")
DELPHINE = Entity("person", "Delphine Ashworthy")
RUFUS = Entity("person", "Rufus Attwell")
BRANWEN = Entity("person", "Branwen Orde")
TOBIAS = Entity("person", "Tobias Quenby")
MAHALIA = Entity("person", "Mahalia Crewe")

TERMS = """Coldmere Channel Panel: terms of reference (third issue)
2.1 Delphine Ashworthy, Head of Safeguarding, chairs the Panel.
2.2 Rufus Attwell, Prevent Coordinator, is vice-chair and takes the chair when she cannot attend.
"""
MINUTES = """Harrowgate Vale Domestic Abuse Forum: minutes, 4 March 2025
Roles for the year: Chair - Branwen Orde (Refuge Manager); Vice-Chair - Tobias Quenby (Housing Options).
"""
PAGE = """Kestwick Safer Streets Board | Kestwick Borough Council
The Board is chaired by Mahalia Crewe, Cabinet Member for Communities. It meets every quarter.
"""

_document = partial(paper, doc_type="report", date=dt.date(2025, 3, 4))


def _terms(t: str) -> list[Fact]:
    return [_fact(t, "Delphine Ashworthy, Head of Safeguarding, chairs the Panel", DELPHINE, "chairs", PANEL),
            _fact(t, "Rufus Attwell, Prevent Coordinator, is vice-chair", RUFUS, "vice_chair", PANEL)]


def _minutes(t: str) -> list[Fact]:
    return [_fact(t, "Chair - Branwen Orde", BRANWEN, "chairs", FORUM),
            _fact(t, "Vice-Chair - Tobias Quenby", TOBIAS, "vice_chair", FORUM)]


def _page(t: str) -> list[Fact]:
    return [_fact(t, "The Board is chaired by Mahalia Crewe", MAHALIA, "chairs", BOARD)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "deputies", [
        _document("coldmere-channel-tor", TERMS, "Coldmere", _terms),
        _document("harrowgate-vale-daf-minutes", MINUTES, "Harrowgate Vale", _minutes),
        _document("kestwick-ssb-page", PAGE, "Kestwick", _page),
    ])


ASKED = [
    ("Who deputises as chair of the Coldmere Channel Panel?", ["Rufus Attwell"]),
    ("Who deputises for the chair of the Harrowgate Vale Domestic Abuse Forum?", ["Tobias Quenby"]),
    ("Who stands in as chair of the Coldmere Channel Panel?", ["Rufus Attwell"]),
    ("Who is deputising as chairman of the Harrowgate Vale Domestic Abuse Forum?", ["Tobias Quenby"]),
    # no vice-chair recorded: nothing, never the chair
    ("Who deputises as chair of the Kestwick Safer Streets Board?", []),
    ("Who stands in for the chair of the Kestwick Safer Streets Board?", []),
    # the chair, asked as such, is unchanged
    ("Who chairs the Kestwick Safer Streets Board?", ["Mahalia Crewe"]),
    ("Who chairs the Coldmere Channel Panel?", ["Delphine Ashworthy"]),
]


@pytest.mark.parametrize(("question", "expected"), ASKED)
def test_the_deputy_asked_in_other_words_is_the_vice_chair(asker, question, expected):
    result = asker.ask(question)
    assert [a.label for a in result.answers] == expected, result.interpretation
