"""A topic named straight before a kind of body ("the Prevent board", "the Channel panel", "the serious
violence group") is the one body of the places asked whose name has the topic's words and ends with that kind,
as an officer calls a board by its subject; never when two bodies fit, nor another place's body. Before, the
kind was dropped and the question was read about the topic ("what Prevent is part of": CONTEST). Three invented
councils, written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

PREVENT = Entity("topic", "Prevent")
CHANNEL = Entity("topic", "Channel")
VIOLENCE = Entity("topic", "Serious Violence")
CONTEST = Entity("topic", "CONTEST")
CALD_BOARD = Entity("body", "Caldmoor Prevent and CONTEST Board", subtype="Board", area="Caldmoor")
NATIONAL = Entity("body", "Regional CONTEST Board", subtype="Board")
DUN_PANEL = Entity("body", "Dunmere Channel Panel", subtype="Panel", area="Dunmere")
FAL_GROUP = Entity("body", "Fallowdale Serious Violence Steering Group", subtype="Group", area="Fallowdale")
FAL_CSP = Entity("body", "Safer Fallowdale Partnership", subtype="Partnership", area="Fallowdale")
# a second place with two Prevent boards: "the Prevent board" there names neither
HOL_A = Entity("body", "Holmbury Prevent Delivery Board", subtype="Board", area="Holmbury")
HOL_B = Entity("body", "Holmbury Prevent Partnership Board", subtype="Board", area="Holmbury")

# a web page's prose
CALD_TEXT = """Caldmoor Council: Prevent

Prevent is one of the four strands of CONTEST. The Caldmoor Prevent and CONTEST Board feeds into the Regional
CONTEST Board.
"""
# a panel's terms of reference, numbered
DUN_TEXT = """Dunmere Channel Panel: terms of reference

2.1 The Dunmere Channel Panel is chaired by Cllr Moira Penhallow. It supports people at risk under Channel.
"""
# a report's table of groups
FAL_TEXT = """Safer Fallowdale Partnership annual report

Fallowdale Serious Violence Steering Group | Serious Violence | reports to the Safer Fallowdale Partnership
"""
HOL_TEXT = """Holmbury Prevent arrangements

The Holmbury Prevent Delivery Board and the Holmbury Prevent Partnership Board both report to the Regional
CONTEST Board.
"""


def _cald(t: str) -> list[Fact]:
    return [_fact(t, "Caldmoor Prevent and CONTEST Board", CALD_BOARD, "covers_area", Entity("area", "Caldmoor")),
            _fact(t, "Prevent is one of the four strands of CONTEST", PREVENT, "part_of", CONTEST),
            _fact(t, "The Caldmoor Prevent and CONTEST Board feeds into the Regional\nCONTEST Board", CALD_BOARD,
                  "reports_to", NATIONAL)]


def _dun(t: str) -> list[Fact]:
    return [_fact(t, "Dunmere Channel Panel", DUN_PANEL, "covers_area", Entity("area", "Dunmere")),
            _fact(t, "The Dunmere Channel Panel is chaired by Cllr Moira Penhallow",
                  Entity("person", "Moira Penhallow"), "chairs", DUN_PANEL),
            _fact(t, "It supports people at risk under Channel", DUN_PANEL, "responsible_for", CHANNEL)]


def _fal(t: str) -> list[Fact]:
    return [_fact(t, "Safer Fallowdale Partnership", FAL_CSP, "covers_area", Entity("area", "Fallowdale")),
            _fact(t, "Fallowdale Serious Violence Steering Group | Serious Violence", FAL_GROUP, "responsible_for",
                  VIOLENCE),
            _fact(t, "Fallowdale Serious Violence Steering Group | Serious Violence | reports to the Safer "
                  "Fallowdale Partnership", FAL_GROUP, "reports_to", FAL_CSP)]


def _hol(t: str) -> list[Fact]:
    return [_fact(t, "Holmbury Prevent Delivery Board", HOL_A, "covers_area", Entity("area", "Holmbury")),
            _fact(t, "Holmbury Prevent Delivery Board", HOL_A, "reports_to", NATIONAL),
            _fact(t, "Holmbury Prevent Partnership Board", HOL_B, "reports_to", NATIONAL)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "topic-bodies", [
        paper("caldmoor-prevent-page", CALD_TEXT, "Caldmoor", _cald, doc_type="web page"),
        paper("dunmere-channel-tor", DUN_TEXT, "Dunmere", _dun),
        paper("fallowdale-annual-report", FAL_TEXT, "Fallowdale", _fal),
        paper("holmbury-prevent-arrangements", HOL_TEXT, "Holmbury", _hol),
    ])


def test_the_prevent_board_of_a_place_is_its_board_not_the_topic(asker):
    result = asker.ask("Which board does the local Prevent board in Caldmoor feed into?")
    assert [a.label for a in result.answers] == ["Regional CONTEST Board"]
    # the reading shows the body the words were read as
    assert "read as Caldmoor Prevent and CONTEST Board" in result.interpretation


def test_the_channel_panel_of_a_place(asker):
    assert labels(asker, "Who chairs the Channel panel in Dunmere?") == ["Moira Penhallow"]


def test_the_serious_violence_group_of_a_place(asker):
    assert labels(asker, "What does the serious violence group in Fallowdale report to?") == [
        "Safer Fallowdale Partnership"]


def test_two_bodies_that_fit_or_another_places_body_are_never_read_so(asker):
    # Holmbury has two Prevent boards: neither is "the Prevent board"
    result = asker.ask("Which board does the Prevent board in Holmbury report to?")
    assert "read as Holmbury" not in result.interpretation
    # Dunmere has no Prevent board: Caldmoor's is never its answer
    result = asker.ask("Which board does the Prevent board in Dunmere feed into?")
    assert "Caldmoor" not in result.interpretation and result.answers == []
