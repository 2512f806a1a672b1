"""A body whose name holds the word "action" ("the Wrenford Community Safety Action Group", "a Joint Action Group")
asked about by its post ("Who is the vice-chair of ...?"): the question is about the body, never about an action
of an action log, even when a log's line carries the same words and initials. The body's post answers when the
graph holds its holder, nothing when it does not. A question that does ask for an action's owner ("Who owns the
action on ...", "Who is responsible for the ... action") still reads the log, the body's name in it or not. Three
invented councils' minutes in three layouts: an owner column of initials, initials in brackets at a line's end,
a table of actions with an owner cell.
"""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Wrenford: a community safety action group's notes, owners as initials in a column
W_GROUP = Entity("body", "Wrenford Community Safety Action Group", area="Wrenford")
W_CHAIR = Entity("person", "Marisol Tregennick")
W_TEXT = """Wrenford Community Safety Action Group: notes of the meeting, 3 March 2025

Present
  Cllr Marisol Tregennick       Chair                          MT
  Dorian Oakes-Velde            Partnership Officer            DOV
  Insp Fenella Quarrie          Neighbourhood Inspector        FQ

ACTIONS
  No.  Action                                                             Owner
  1    Seek nominations for vice-chair of the Wrenford Community Safety group  DOV
  2    Secretary to circulate the action group notes                        FQ
  3    Lantern patrol rota for the quay                                     FQ
"""

# -- Coldharbour: a joint action group's minutes, owners in brackets at each line's end
C_GROUP = Entity("body", "Coldharbour Joint Action Group", area="Coldharbour")
C_CHAIR = Entity("person", "Tobin Axeworthy")
C_VICE = Entity("person", "Rosa Penhallow")
C_TEXT = """Coldharbour Joint Action Group - minutes, 11 March 2025

Present: Tobin Axeworthy (TA), Chair; Rosa Penhallow (RP), Vice-Chair; Lewin Marsh-Ibbot (LMI)

Actions agreed
- Review the Coldharbour joint group terms of reference and vice-chair term (LMI)
- Skate park lighting survey (RP)
"""

# -- Plessey: a youth action network's notes, a table of actions with an owner cell
P_NETWORK = Entity("body", "Plessey Youth Action Network", area="Plessey")
P_TEXT = """Plessey Youth Action Network - action notes, 20 March 2025

Attendees: Juno Carraway (JC), Ambrose Tillet (AT)

| Ref | Action | Owner |
| A1 | Find a chair for the Plessey youth network | JC |
| A2 | Detached youth work map | AT |
"""


def _w(t: str) -> list[Fact]:
    return [_fact(t, "Cllr Marisol Tregennick       Chair", W_CHAIR, "chairs", W_GROUP)]


def _c(t: str) -> list[Fact]:
    return [
        _fact(t, "Tobin Axeworthy (TA), Chair", C_CHAIR, "chairs", C_GROUP),
        _fact(t, "Rosa Penhallow (RP), Vice-Chair", C_VICE, "vice_chair", C_GROUP),
    ]


def _p(t: str) -> list[Fact]:
    return [_fact(t, "Plessey Youth Action Network", P_NETWORK, "covers_area", Entity("area", "Plessey"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "action-in-names", [
        paper("wrenford-csag-notes-2025-03-03", W_TEXT, "Wrenford", _w, doc_type="minutes",
              date=dt.date(2025, 3, 3)),
        paper("coldharbour-jag-minutes-2025-03-11", C_TEXT, "Coldharbour", _c, doc_type="minutes",
              date=dt.date(2025, 3, 11)),
        paper("plessey-yan-notes-2025-03-20", P_TEXT, "Plessey", _p, doc_type="minutes",
              date=dt.date(2025, 3, 20)),
    ])


CASES = [
    # a post of a body named "... Action ...": the post's holder when held, else nothing, never a log's owner
    ("Who is the vice-chair of the Wrenford Community Safety Action Group?", [], ["Dorian Oakes-Velde"]),
    ("Who is vice-chair of the Wrenford Community Safety Action Group?", [], ["Dorian Oakes-Velde"]),
    ("Who is the secretary of the Wrenford Community Safety Action Group?", [], ["Fenella Quarrie"]),
    ("Who has been the vice-chair of the Wrenford Community Safety Action Group?", [], ["Dorian Oakes-Velde"]),
    ("Who is the chair of the Plessey Youth Action Network?", [], ["Juno Carraway"]),
    ("Who is the vice-chair of the Coldharbour Joint Action Group?", ["Rosa Penhallow"], ["Lewin Marsh-Ibbot"]),
    ("Who is vice-chair of the Coldharbour Joint Action Group?", ["Rosa Penhallow"], ["Lewin Marsh-Ibbot"]),
    ("Who chairs the Coldharbour Joint Action Group?", ["Tobin Axeworthy"], ["Lewin Marsh-Ibbot"]),
    ("Who chairs the Wrenford Community Safety Action Group?", ["Marisol Tregennick"], ["Dorian Oakes-Velde"]),
    ("Who is the chair of the Wrenford Community Safety Action Group?", ["Marisol Tregennick"],
     ["Dorian Oakes-Velde"]),
    # an action's owner asked for: the log's initials read as the person its paper names
    ("Who owns the action on nominations for vice-chair of the Wrenford Community Safety group?",
     ["Dorian Oakes-Velde"], []),
    ("Who owns the action on the lantern patrol rota?", ["Fenella Quarrie"], []),
    ("Who is responsible for the lantern patrol rota action?", ["Fenella Quarrie"], []),
    ("Who owns the action on the skate park lighting survey?", ["Rosa Penhallow"], []),
    ("Who owns the action to review the Coldharbour joint group terms of reference?", ["Lewin Marsh-Ibbot"], []),
    ("Who owns the action on the detached youth work map?", ["Ambrose Tillet"], []),
    ("Who owns the action to find a chair for the Plessey youth network?", ["Juno Carraway"], []),
    ("Who is the action owner for the skate park lighting survey?", ["Rosa Penhallow"], []),
    # not said: an action no log holds, a body the graph does not hold
    ("Who owns the action on the harbour CCTV upgrade?", [], []),
    ("Who is the vice-chair of the Wrenford Youth Action Network?", [], ["Dorian Oakes-Velde"]),
    ("Who is the vice-chair of the Plessey Youth Action Network?", [], ["Juno Carraway"]),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), CASES, ids=[c[0] for c in CASES])
def test_action_in_names(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
