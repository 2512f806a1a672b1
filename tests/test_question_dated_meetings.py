"""A meeting named only by its day and the kind of body ("the 6 February meeting of the Panel"): who attended it
or sent apologies, when one body of that kind alone met that day; nothing when two did. Invented councils and
minutes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

PELL_PANEL = Entity("body", "Pellmarsh Police and Crime Panel", subtype="Panel", area="Pellmarsh")
QUEN_BOARD = Entity("body", "Quenby Safeguarding Board", subtype="Board", area="Quenby")
RIL_PANEL = Entity("body", "Rilston Scrutiny Panel", subtype="Panel", area="Rilston")
TAR_PANEL = Entity("body", "Tarrow Licensing Panel", subtype="Panel", area="Tarrow")
WEND_CSP = Entity("body", "Wendmoor Community Safety Partnership", subtype="Partnership", area="Wendmoor")
ORR_GROUP = Entity("body", "Orrisdale Youth Justice Management Board", subtype="Board", area="Orrisdale")


def _minutes(body: Entity, present: str, absent: str):
    def facts(t: str) -> list[Fact]:
        return [_fact(t, present, Entity("person", present), "attended", body),
                _fact(t, absent, Entity("person", absent), "apologies", body)]
    return facts


def _text(body: Entity, present: str, absent: str) -> str:
    return f"{body.name}: minutes\nPresent: {present}\nApologies: {absent}\n"


MEETINGS = [
    (PELL_PANEL, "Ysolde Marrick", "Corwin Abernethy", dt.date(2024, 2, 6)),
    (QUEN_BOARD, "Hettie Gallimore", "Fenwick Oduya", dt.date(2024, 2, 6)),
    (RIL_PANEL, "Anselm Brightwater", "Delphine Carrow", dt.date(2024, 3, 5)),
    (TAR_PANEL, "Ottoline Shard", "Barnaby Quist", dt.date(2024, 3, 5)),
    # the one meeting the graph records on 16 April and in April; Orrisdale met twice in June
    (WEND_CSP, "Isembard Tolley", "Philippa Varney", dt.date(2024, 4, 16)),
    (ORR_GROUP, "Lucasta Penhale", "Evander Moss", dt.date(2024, 6, 4)),
    (ORR_GROUP, "Lucasta Penhale", "Morwenna Tiller", dt.date(2024, 6, 25)),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "dated-meetings", [
        paper(f"{body.name.lower().replace(' ', '-')}-minutes-{day.isoformat()}", _text(body, present, absent),
              body.area or "", _minutes(body, present, absent), doc_type="minutes", date=day)
        for body, present, absent, day in MEETINGS
    ])


def test_the_one_body_of_the_kind_that_met_that_day(asker):
    result = asker.ask("Who sent apologies to the 6 February 2024 meeting of the Panel?")
    assert [a.label for a in result.answers] == ["Corwin Abernethy"]
    assert "Pellmarsh Police and Crime Panel" in result.interpretation
    assert labels(asker, "Who attended the 6 February 2024 meeting of the Board?") == ["Hettie Gallimore"]


def test_two_bodies_of_the_kind_that_day_or_none_say_no_meeting(asker):
    assert labels(asker, "Who sent apologies to the 5 March 2024 meeting of the Panel?") == []
    assert labels(asker, "Who sent apologies to the 7 February 2024 meeting of the Panel?") == []
    # a month is no day: it does not name one meeting
    assert labels(asker, "Who sent apologies to the February 2024 meeting of the Panel?") == []


def test_a_meeting_named_by_its_day_alone_is_the_one_meeting_held_that_day(asker):
    # the minutes' style of question: "the D meeting", "the meeting of D", "who was at the meeting on D"
    result = asker.ask("Who sent apologies to the 16 April 2024 meeting?")
    assert [a.label for a in result.answers] == ["Philippa Varney"]
    assert "Wendmoor Community Safety Partnership" in result.interpretation
    assert labels(asker, "Who gave apologies for the meeting of 16 April 2024?") == ["Philippa Varney"]
    assert labels(asker, "Who was at the meeting on 16 April 2024?") == ["Isembard Tolley"]
    # a month in which one meeting alone was held names it too
    assert labels(asker, "Who sent apologies to the April 2024 meeting?") == ["Philippa Varney"]


def test_a_day_or_month_of_two_meetings_names_no_meeting(asker):
    # two bodies met on 6 February: the day alone does not say whose meeting
    assert labels(asker, "Who sent apologies to the 6 February 2024 meeting?") == []
    # one body met twice in June: the month does not say which meeting; each day does
    assert labels(asker, "Who sent apologies to the June 2024 meeting?") == []
    assert labels(asker, "Who sent apologies to the meeting of 25 June 2024?") == ["Morwenna Tiller"]
    # a year names many meetings; a day no body met names none; nor is a chair asked of attendance
    assert labels(asker, "Who sent apologies to the 2024 meeting?") == []
    assert labels(asker, "Who sent apologies to the 17 April 2024 meeting?") == []
    assert labels(asker, "Who chaired the 16 April 2024 meeting?") == []
