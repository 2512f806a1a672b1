"""Who sent apologies to a council's cabinet meeting on a day, read from the one paper of that day whose
"Apologies:" line the graph holds no fact of; who owns an action of a meeting's action log, where the log
gives the owner by initials and the same paper names the person in full beside them. Initials are resolved
only in the paper that uses them; two papers that log the same action for different owners answer nothing;
a council the graph does not hold is refused. Invented councils (Fennick Vale, Ottery Marsh), papers written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

VALE_BOARD = Entity("body", "Fennick Vale Scrutiny Panel", subtype="Panel", area="Fennick Vale")
MARSH_FORUM = Entity("body", "Ottery Marsh Safety Forum", subtype="Forum", area="Ottery Marsh")

VALE_TEXT = """Fennick Vale Scrutiny Panel: notes of the meeting, 2 April 2025

Present
  Cllr Rosalind Merriweather      Panel Chair                        RM
  Insp Tobias Quenby              Neighbourhood Inspector            TQ
  Hester Dunwoody-Pike            Partnership Manager                HDP

ACTIONS
  No.  Action                                     Owner  Due
  1    Lantern patrol rota for the harbour         TQ     30/04/2025
  2    Draft grants timetable to the next Panel    HDP    28/05/2025
  3    Letter to the ferry operators               RM     30/04/2025
"""
VALE_DECISION = """Fennick Vale District Council

Record of Cabinet Decision

Decision maker:          Cabinet
Date of decision:        2 April 2025
Decision title:          Harbour Lantern Patrols

Apologies: Cllr Ada Thornbury, Nell Pryce.
The Cabinet agreed to fund the harbour lantern patrols for one year.
"""
VALE_COUNCIL = Entity("body", "Fennick Vale District Council", subtype="Council", area="Fennick Vale")
MARSH_TEXT = """Ottery Marsh Safety Forum: notes of the meeting, 9 April 2025

Present
  Cllr Benedict Arkwright         Forum Chair                        BA
  Imogen Salt                     Community Safety Officer           IS

ACTIONS
  No.  Action                                     Owner  Due
  1    Letter to the ferry operators               BA     14/05/2025
  2    Skate park lighting survey                  IS     14/05/2025
"""


def _vale(t: str) -> list[Fact]:
    return [_fact(t, "Fennick Vale Scrutiny Panel", VALE_BOARD, "covers_area", Entity("area", "Fennick Vale"))]


def _decision(t: str) -> list[Fact]:
    return [_fact(t, "Fennick Vale District Council", VALE_COUNCIL, "covers_area", Entity("area", "Fennick Vale"))]


def _marsh(t: str) -> list[Fact]:
    return [_fact(t, "Ottery Marsh Safety Forum", MARSH_FORUM, "covers_area", Entity("area", "Ottery Marsh"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "owners", [
        paper("fennick-vale-scrutiny-panel-2025-04-02", VALE_TEXT, "Fennick Vale", _vale, doc_type="minutes",
              date=dt.date(2025, 4, 2)),
        paper("fennick-vale-cabinet-decision-2025-04-02", VALE_DECISION, "Fennick Vale", _decision,
              date=dt.date(2025, 4, 2)),
        paper("ottery-marsh-safety-forum-2025-04-09", MARSH_TEXT, "Ottery Marsh", _marsh, doc_type="minutes"),
    ])


@pytest.mark.parametrize("question, owner", [
    ("Who owns the action on the lantern patrol rota?", "Tobias Quenby"),
    ("Who is responsible for the draft grants timetable action?", "Hester Dunwoody-Pike"),
    ("Who owns the action on the skate park lighting survey?", "Imogen Salt"),
])
def test_initials_read_as_the_person_the_paper_names(asker, question, owner):
    result = asker.ask(question)
    assert [a.label for a in result.answers] == [owner]
    assert result.answers[0].evidence[0].quote.split()[0].isdigit()  # the action log's own row


def test_the_same_action_logged_by_two_councils_answers_nothing(asker):
    # each paper's own initials name a different person: no one owner
    assert labels(asker, "Who owns the action on the letter to the ferry operators?") == []


def test_an_unheld_council_is_refused(asker):
    assert labels(asker, "Who owns the action on the lantern patrol rota in Rutland?") == []


def test_a_place_named_narrows_to_its_papers(asker):
    assert labels(asker, "Who owns the action on the letter to the ferry operators in Ottery Marsh?") == [
        "Benedict Arkwright"]


def test_apologies_line_of_the_days_paper(asker):
    question = "Who sent apologies to the Fennick Vale Cabinet meeting of 2 April 2025?"
    assert labels(asker, question) == ["Ada Thornbury", "Nell Pryce"]
    # another day, or a council the graph does not hold: nothing
    assert labels(asker, "Who sent apologies to the Fennick Vale Cabinet meeting of 3 April 2025?") == []
    assert labels(asker, "Who sent apologies to the Ottery Marsh Cabinet meeting of 2 April 2025?") == []
    assert labels(asker, "Who sent apologies to the Rutland Cabinet meeting of 2 April 2025?") == []
