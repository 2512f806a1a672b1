""""Who has chaired X since April 2025?": a date after "since" or "from" asks for what held from then to now, so
a paper dated after it (a plan, terms of reference, minutes) answers; "in April 2025" still asks for that month.
The papers are invented, in three councils' layouts (a plan's member table, terms of reference in prose, minutes'
attendance list)."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts

from govkg.questions.context import in_time
from govkg.questions.temporal import find_when

PAPERS = {
    "brackmoor_yjs_plan_2025.txt": """Brackmoor Youth Justice Plan 2025-26
Published: 14 July 2025

3. Governance
3.1 The Brackmoor Youth Justice Management Board oversees the youth justice service. Membership of the Board:

Name\tRole\tOrganisation
Tilda Okonjo\tDirector of Children's Services (Chair)\tBrackmoor Borough Council
Ravi Castellane\tSuperintendent\tBrackmoor Police
""",
    "kestrel_vale_channel_tor_2025.txt": """Kestrel Vale Channel Panel: Terms of Reference
Date agreed: 3 June 2025

1. Chair
The Kestrel Vale Channel Panel is chaired by Marguerite Fenwick-Oduya, Head of Communities at Kestrel Vale
District Council.
""",
    "ormsby_da_board_minutes_2025.txt": """ORMSBY DOMESTIC ABUSE PARTNERSHIP BOARD
Minutes of the meeting held on 18 September 2025

Present:
Cllr Jonah Brightwater (Chair) - Ormsby City Council
Petra Lindqvist-Moss - Ormsby Women's Refuge

1. Welcome
Cllr Brightwater welcomed members to the meeting.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over_texts(tmp_path_factory, "since", PAPERS)


@pytest.mark.parametrize(
    "text, value",
    [
        ("who has chaired the board since april 2025", "2025-04"),
        ("who will chair the panel from 1 may 2025", "2025-05-01"),
        ("who has led the group since 2023", "2023"),
    ],
)
def test_since_and_from_before_a_date_ask_from_then_on(text, value):
    when, rest = find_when(text)
    assert when is not None and when.value == value and when.since
    assert "since" not in rest.split() and "2025" not in rest


@pytest.mark.parametrize("text", ["who chaired the board in april 2025", "who chaired it before march 2024",
                                  "who chaired it on 3 june 2025", "who received money from 2023 24 funds"])
def test_other_dates_are_not_since(text):
    when, _ = find_when(text)
    assert when is not None and not when.since


def test_a_later_paper_holds_since_the_date_but_not_in_the_month():
    rows = [{"date": "2025-07-14", "quote": "Tilda Okonjo (Chair)"}, {"date": "2024-11-02", "quote": "Chair: Ravi"}]
    since, _ = find_when("who has chaired it since april 2025")
    month, _ = find_when("who chaired it in april 2025")
    assert in_time(rows, since) == rows[:1]
    # the month alone: never a later paper, the latest before it
    assert in_time(rows, month) == rows[1:]


@pytest.mark.parametrize(
    "question, chair",
    [
        ("Who has chaired the Brackmoor Youth Justice Management Board since April 2025?", "Tilda Okonjo"),
        ("Who has chaired the Kestrel Vale Channel Panel since January 2025?", "Marguerite Fenwick-Oduya"),
        ("Who has chaired the Ormsby Domestic Abuse Partnership Board since 1 May 2025?", "Jonah Brightwater"),
        ("Who chairs the Ormsby Domestic Abuse Partnership Board from May 2025?", "Jonah Brightwater"),
    ],
)
def test_a_chair_since_a_date_is_read_from_a_later_paper(asker, question, chair):
    result = asker.ask(question)
    assert chair in [a.label for a in result.answers]
    assert "since" in result.interpretation


@pytest.mark.parametrize(
    "question",
    [
        "Who chairs the Brackmoor Youth Justice Management Board in April 2025?",
        "Who chaired the Ormsby Domestic Abuse Partnership Board in May 2025?",
    ],
)
def test_in_a_month_before_the_paper_still_answers_nothing(asker, question):
    assert asker.ask(question).answers == []
