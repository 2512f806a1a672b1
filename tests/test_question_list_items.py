"""An item of a list speaks of the body its lead-in line names ("The Eastvale Youth Panel:" over "* has a
vice-chair from ..."): a chair or vice-chair read from a paper's words may be named in such an item, in bullets,
dashes or lettered clauses; never when the lead-in names another body. Three invented councils, written for
these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

PANEL = Entity("body", "Brackwater Channel Panel", subtype="Panel", area="Brackwater")
BOARD = Entity("body", "Lindsey Vale Reducing Reoffending Board", subtype="Board", area="Lindsey Vale")
FORUM = Entity("body", "Marlow Heath Youth Safety Forum", subtype="Forum", area="Marlow Heath")
FORUM_COUNCIL = Entity("body", "Marlow Heath Borough Council", subtype="Council", area="Marlow Heath")
HUB = Entity("body", "Marlow Heath Exploitation Hub", subtype="Hub", area="Marlow Heath")

# a web page, bullets
PANEL_TEXT = """Brackwater Council: the Channel programme

The Brackwater Channel Panel:
  * meets every month
  * has a vice-chair from the probation service, Tamsin Oakeshott (Senior Probation Officer)
"""
# terms of reference, lettered clauses
BOARD_TEXT = """Lindsey Vale Reducing Reoffending Board: terms of reference

4. The Lindsey Vale Reducing Reoffending Board will:
(a) agree the reoffending plan each year;
(b) be chaired by Gideon Ashbury-Fane, Head of Offender Services;
"""
# minutes, dashes; the second list is another body's, whose chair is no answer for the forum
FORUM_TEXT = """Marlow Heath Youth Safety Forum: minutes

The Marlow Heath Youth Safety Forum:
- has as its vice-chair Priya Venkataraman
The Marlow Heath Exploitation Hub:
- is chaired by Colm Darragh-Byrne
"""


def _panel(t: str) -> list[Fact]:
    return [_fact(t, "The Brackwater Channel Panel", PANEL, "covers_area", Entity("area", "Brackwater")),
            _fact(t, "Tamsin Oakeshott", Entity("person", "Tamsin Oakeshott"), "member_of", PANEL)]


def _board(t: str) -> list[Fact]:
    return [_fact(t, "The Lindsey Vale Reducing Reoffending Board", BOARD, "covers_area",
                  Entity("area", "Lindsey Vale")),
            _fact(t, "Gideon Ashbury-Fane", Entity("person", "Gideon Ashbury-Fane"), "member_of", BOARD)]


def _forum(t: str) -> list[Fact]:
    return [_fact(t, "The Marlow Heath Youth Safety Forum", FORUM, "covers_area", Entity("area", "Marlow Heath")),
            _fact(t, "The Marlow Heath Exploitation Hub", HUB, "covers_area", Entity("area", "Marlow Heath")),
            _fact(t, "Priya Venkataraman", Entity("person", "Priya Venkataraman"), "member_of", FORUM),
            _fact(t, "Colm Darragh-Byrne", Entity("person", "Colm Darragh-Byrne"), "member_of", HUB)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "list-items", [
        paper("brackwater-channel-page", PANEL_TEXT, "Brackwater", _panel, doc_type="web page"),
        paper("lindsey-vale-rrb-tor", BOARD_TEXT, "Lindsey Vale", _board),
        paper("marlow-heath-ysf-minutes", FORUM_TEXT, "Marlow Heath", _forum, doc_type="minutes"),
    ])


def test_a_bulleted_item_under_the_bodys_name(asker):
    assert labels(asker, "Who is the vice-chair of the Brackwater Channel Panel?") == ["Tamsin Oakeshott"]


def test_a_lettered_clause_under_the_bodys_name(asker):
    assert labels(asker, "Who chairs the Lindsey Vale Reducing Reoffending Board?") == ["Gideon Ashbury-Fane"]


def test_an_item_under_another_bodys_name_is_not_this_bodys(asker):
    assert labels(asker, "Who is the vice-chair of the Marlow Heath Youth Safety Forum?") == ["Priya Venkataraman"]
    assert labels(asker, "Who chairs the Marlow Heath Youth Safety Forum?") == []
