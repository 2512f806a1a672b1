"""'Who chaired X before <month>?' answered from a paper of that very month that writes the chair as over by
then ("who chaired", "former", "outgoing", "stepped down"), never with the chair the same paper names as
current, nor with a chair a paper of that month names without saying the term is over; and 'Who became chair?'
never answered with such a former chair. Invented councils
(Larkhollow, Pennymere, Ashcombe Vale), papers written for these tests, in three councils' styles."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

L_BOARD = Entity("body", "Larkhollow Safer Streets Board", area="Larkhollow")
P_CSP = Entity("body", "Pennymere Community Safety Partnership", subtype="Partnership", area="Pennymere")
A_GROUP = Entity("body", "Ashcombe Vale Domestic Abuse Forum", area="Ashcombe Vale")


def person(name: str) -> Entity:
    return Entity("person", name)


# a news release announcing a new chair
L_TEXT = """Larkhollow news: new chair for the Safer Streets Board

Councillor Orla Penhaligon has been appointed chair of the Larkhollow Safer Streets Board. She thanked
Councillor Bram Tessier, who chaired the Board for four years, for his work.
"""
# minutes that welcome a new chair and thank the former one
P_TEXT = """Pennymere Community Safety Partnership minutes

Superintendent Kay Odukoya took the chair. Members thanked the former chair of the Pennymere Community Safety
Partnership, Cllr Wynn Halloran, for his leadership.
"""
# an annual report whose outgoing chair signs the foreword
A_TEXT = """Ashcombe Vale Domestic Abuse Forum annual report

Foreword by Dr Imke Varga, outgoing chair of the Ashcombe Vale Domestic Abuse Forum, who hands over to
Ms Tola Brandt this month.
"""
# a paper of the same month that names a chair and says nothing of the term being over
A_MINUTES = """Ashcombe Vale Domestic Abuse Forum minutes

Present: Ms Tola Brandt (Chair of the Ashcombe Vale Domestic Abuse Forum).
"""


def _l(t: str) -> list[Fact]:
    return [_fact(t, "Councillor Orla Penhaligon has been appointed chair of the Larkhollow Safer Streets Board",
                  person("Orla Penhaligon"), "chairs", L_BOARD),
            _fact(t, "Councillor Bram Tessier, who chaired the Board", person("Bram Tessier"), "chairs", L_BOARD)]


def _p(t: str) -> list[Fact]:
    return [_fact(t, "the former chair of the Pennymere Community Safety\nPartnership, Cllr Wynn Halloran",
                  person("Wynn Halloran"), "chairs", P_CSP)]


def _a(t: str) -> list[Fact]:
    return [_fact(t, "Dr Imke Varga, outgoing chair of the Ashcombe Vale Domestic Abuse Forum", person("Imke Varga"),
                  "chairs", A_GROUP)]


def _am(t: str) -> list[Fact]:
    return [_fact(t, "Ms Tola Brandt (Chair of the Ashcombe Vale Domestic Abuse Forum)", person("Tola Brandt"),
                  "chairs", A_GROUP)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "chairs-before", [
        paper("larkhollow-news-2025-03", L_TEXT, "Larkhollow", _l, doc_type="news", date=dt.date(2025, 3, 12)),
        paper("pennymere-csp-minutes-2024-10", P_TEXT, "Pennymere", _p, doc_type="minutes",
              date=dt.date(2024, 10, 8)),
        paper("ashcombe-vale-forum-report-2023-06", A_TEXT, "Ashcombe Vale", _a, date=dt.date(2023, 6, 20)),
        paper("ashcombe-vale-forum-minutes-2023-06", A_MINUTES, "Ashcombe Vale", _am, doc_type="minutes",
              date=dt.date(2023, 6, 27)),
    ])


def test_who_chaired_is_before_the_papers_month(asker):
    assert labels(asker, "Who chaired the Larkhollow Safer Streets Board before March 2025?") == ["Bram Tessier"]


def test_a_former_chair_is_before_the_papers_month(asker):
    assert labels(asker, "Who chaired the Pennymere CSP before October 2024?") == ["Wynn Halloran"]


def test_an_outgoing_chair_is_before_and_a_current_one_is_not(asker):
    assert labels(asker, "Who chaired the Ashcombe Vale Domestic Abuse Forum before June 2023?") == ["Imke Varga"]


def test_a_month_before_the_papers_knows_nothing(asker):
    # the papers say nothing of who chaired a year earlier: no guess from the later papers
    assert labels(asker, "Who chaired the Larkhollow Safer Streets Board before March 2024?") == []


# 'Who became / has been appointed / took over as chair?': the start of a term; a holder each of whose quotes writes
# the term as over is the one before, never the answer


def test_appointed_is_the_new_chair_not_the_one_who_chaired(asker):
    assert labels(asker, "Who has been appointed chair of the Larkhollow Safer Streets Board?") == ["Orla Penhaligon"]


def test_became_chair_is_nobody_when_the_papers_name_only_the_former_chair(asker):
    assert labels(asker, "Who became chair of the Pennymere CSP in October 2024?") == []


def test_took_over_as_chair_is_not_the_outgoing_chair(asker):
    assert labels(asker, "Who took over as chair of the Ashcombe Vale Domestic Abuse Forum in June 2023?") == [
        "Tola Brandt"]
