"""A group named by a held body's name and words of its own ("the Brackwater Channel Panel Review Group",
"Safer Fenholt's Delivery Group") is another body, which must link: the reading stops and says so, never
answering for the body whose name starts it (its chair is no chair of its groups). Three invented councils'
papers, written for these tests in three layouts: terms of reference, minutes with an attendance list and a
cabinet decision notice.

Written in lower case ("the delivery group of the Ravensby Domestic Abuse Board", "the Brackwater Channel Panel's
tasking group"), the group is one of the body's sub-groups whose name carries those words: answered when the
graph holds one, nothing when it holds none (never the body's own chair or what the body reports to)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, paper

from govkg.graph.model import Entity, Fact

PANEL = Entity("body", "Brackwater Channel Panel", subtype="Panel", area="Brackwater")
TASKING = Entity("body", "Brackwater Tasking Group", subtype="Group", area="Brackwater")
SAFER = Entity("body", "Safer Fenholt Partnership", subtype="Partnership", area="Fenholt",
               aliases=("Safer Fenholt",))
BOARD = Entity("body", "Ravensby Domestic Abuse Board", subtype="Board", area="Ravensby")
COUNCIL = Entity("body", "Ravensby District Council", subtype="Council", area="Ravensby")
ORLA = Entity("person", "Orla Pennick")
BARNABY = Entity("person", "Barnaby Tregow")
PRITI = Entity("person", "Cllr Priti Valcourt", aliases=("Priti Valcourt",))
SEAMUS = Entity("person", "Seamus Brockhurst")

TERMS = """Brackwater Channel Panel: terms of reference, 2024
3. Chair
3.1 Orla Pennick, Head of Early Help, chairs the Panel and sets its agenda.
3.2 The Brackwater Tasking Group, chaired by Barnaby Tregow, brings cases forward to the Panel.
"""
MINUTES = """Safer Fenholt Partnership: minutes of the meeting of 9 October 2024
Present: Cllr Priti Valcourt (in the chair); Inspector J Rundle; Fenholt Homes.
1. The Chair welcomed partners and noted that the delivery groups would report in the new year.
"""
DECISION = """Ravensby District Council: Cabinet decision notice RDC/24/117
Decision: that the Ravensby Domestic Abuse Board, whose chair is Seamus Brockhurst, receive the refuge grant.
"""

_document = partial(paper, doc_type="report", date=dt.date(2024, 11, 1))


def _terms(t: str) -> list[Fact]:
    return [_fact(t, "Orla Pennick, Head of Early Help, chairs the Panel", ORLA, "chairs", PANEL),
            _fact(t, "The Brackwater Tasking Group, chaired by Barnaby Tregow", BARNABY, "chairs", TASKING),
            _fact(t, "The Brackwater Tasking Group, chaired by Barnaby Tregow, brings cases forward to the Panel",
                  TASKING, "subgroup_of", PANEL)]


def _minutes(t: str) -> list[Fact]:
    return [_fact(t, "Cllr Priti Valcourt (in the chair)", PRITI, "chairs", SAFER)]


def _decision(t: str) -> list[Fact]:
    return [_fact(t, "the Ravensby Domestic Abuse Board, whose chair is Seamus Brockhurst", SEAMUS, "chairs", BOARD),
            _fact(t, "Ravensby District Council: Cabinet decision", BOARD, "reports_to", COUNCIL)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "groups-of-named-bodies", [
        _document("brackwater-channel-tor-2024", TERMS, "Brackwater", _terms),
        _document("fenholt-ssp-minutes-2024", MINUTES, "Fenholt", _minutes),
        _document("ravensby-cabinet-2024", DECISION, "Ravensby", _decision),
    ])


# (question, the unheld name the reading must stop at, as the question wrote it)
REFUSED = [
    ("Who chairs the Brackwater Channel Panel Review Group?", "Brackwater Channel Panel Review Group"),
    ("Who chairs the Brackwater Channel Panel's Steering Group?", "Brackwater Channel Panel's Steering Group"),
    ("Who chairs Safer Fenholt's Delivery Group?", "Safer Fenholt's Delivery Group"),
    ("Who chairs the Safer Fenholt Partnership Housing Sub-Group?", "Safer Fenholt Partnership Housing Sub-Group"),
    ("Who is the chair of the Ravensby Domestic Abuse Board Tactical Group?",
     "Ravensby Domestic Abuse Board Tactical Group"),
    ("Which council does the Ravensby Domestic Abuse Board Commissioning Group report to?",
     "Ravensby Domestic Abuse Board Commissioning Group"),
]
# the body itself, asked by its own name, a partnership's board, or a group the graph holds by its own name
ANSWERED = [
    ("Who chairs the Brackwater Channel Panel?", ["Orla Pennick"]),
    ("Who chairs the Brackwater Tasking Group?", ["Barnaby Tregow"]),
    ("Who chairs the Safer Fenholt Partnership Board?", ["Priti Valcourt"]),
    ("Who chairs Safer Fenholt?", ["Priti Valcourt"]),
    ("Who chairs the Ravensby Domestic Abuse Board?", ["Seamus Brockhurst"]),
    ("Which council does the Ravensby Domestic Abuse Board report to?", ["Ravensby District Council"]),
]


@pytest.mark.parametrize(("question", "written"), REFUSED)
def test_a_group_named_after_a_held_body_is_not_that_body(asker, question, written):
    result = asker.ask(question)
    assert result.answers == [], result.interpretation
    # (the kind words after it may be shown too: "... Commissioning Group report")
    assert f"\u201c{written}" in result.interpretation


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_the_body_itself_is_still_answered(asker, question, expected):
    got = [a.label for a in asker.ask(question).answers]
    assert [g.removeprefix("Cllr ") for g in got] == expected


# (question, answers): a group of the body's the question describes in lower case
DESCRIBED = [
    ("Who chairs the Brackwater Channel Panel's tasking group?", ["Barnaby Tregow"]),
    ("Who chairs the tasking group of the Brackwater Channel Panel?", ["Barnaby Tregow"]),
    ("Who chairs the delivery group of the Ravensby Domestic Abuse Board?", []),
    ("Who chairs the Ravensby Domestic Abuse Board's perpetrator panel?", []),
    ("Which council does the Ravensby Domestic Abuse Board's refuge forum report to?", []),
    ("Who chairs the Safer Fenholt Partnership's night time economy group?", []),
    ("Who chairs the housing sub-committee of the Safer Fenholt Partnership?", []),
]


@pytest.mark.parametrize(("question", "expected"), DESCRIBED)
def test_a_group_described_in_lower_case_is_one_of_the_bodys_sub_groups_or_none(asker, question, expected):
    result = asker.ask(question)
    assert [a.label for a in result.answers] == expected, result.interpretation
    if not expected:
        # refused by name: "The graph holds no “delivery group” of the Ravensby Domestic Abuse Board"
        assert result.refused and "holds no" in result.interpretation
