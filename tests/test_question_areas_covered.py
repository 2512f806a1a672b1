"""Which areas a body covers, read from its own paper when no fact says: papers write it as "covers", but as often
"across" or "serving", and call the body by its initials ("the APB") once they have named it. Two invented
boards, Fennmoor's and Quarleigh's, with papers written for these tests: the areas are those of the body's own
paper, a list the verb reaches is read to its end, and the place the body's name gives is only a last guess."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

FENN_APB = Entity("body", "Fennmoor Area Planning Board", subtype="Board", area="Fennmoor")
FENN_TRUST = Entity("body", "Fennmoor Valleys Health Trust", area="Fennmoor")
QUAR_BOARD = Entity("body", "Quarleigh Lamplight Board", subtype="Board", area="Quarleigh")
QUAR_TEAM = Entity("body", "Quarleigh Outreach Team", area="Quarleigh")
AREAS = {name: Entity("area", name) for name in (
    "Fennmoor", "Brackenby", "Colsworth", "Dunholt", "Quarleigh", "Emberton", "Fallowdene")}

FENN_TEXT = """Fennmoor Area Planning Board: minutes of the autumn meeting

1. The Fennmoor Area Planning Board met at the Brackenby offices.

2. The APB covers the three local authority areas of Brackenby, Colsworth and Dunholt, which together make up
the health trust's patch.

3. The Fennmoor Valleys Health Trust acts as host for the APB.
"""
QUAR_TEXT = """Quarleigh Lamplight Board: annual report

1. The Quarleigh Lamplight Board was set up in 2019 to meet the duties of its members across Emberton and
Fallowdene.

2. The Quarleigh Outreach Team reported to the Board in May.
"""


def _fenn(t: str) -> list[Fact]:
    return [
        _fact(t, "Fennmoor Area Planning Board met", FENN_APB, "member_of", FENN_TRUST),
        # the three districts are held (named in this paper), but no fact says the board covers them
        _fact(t, "Brackenby offices", FENN_TRUST, "covers_area", AREAS["Brackenby"]),
        _fact(t, "Colsworth", FENN_TRUST, "covers_area", AREAS["Colsworth"]),
        _fact(t, "Dunholt, which", FENN_TRUST, "covers_area", AREAS["Dunholt"]),
    ]


def _quar(t: str) -> list[Fact]:
    return [
        _fact(t, "Quarleigh Outreach Team reported", QUAR_TEAM, "reports_to", QUAR_BOARD),
        _fact(t, "Emberton and", QUAR_TEAM, "covers_area", AREAS["Emberton"]),
        _fact(t, "Fallowdene.", QUAR_TEAM, "covers_area", AREAS["Fallowdene"]),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "areas-covered", [
        paper("fennmoor-apb-minutes-2024", FENN_TEXT, "Fennmoor", _fenn),
        paper("quarleigh-lamplight-board-report-2024", QUAR_TEXT, "Quarleigh", _quar),
    ])


def test_the_areas_its_own_paper_says_it_covers_not_the_place_its_name_gives(asker):
    result = asker.ask("Which areas does the Fennmoor APB cover?")
    # "The APB covers ... Brackenby, Colsworth and Dunholt": the initials are the board's, and the list goes on
    # past the words the verb reaches first
    assert sorted(a.label for a in result.answers) == ["Brackenby", "Colsworth", "Dunholt"]
    assert "read from their sentences" in result.interpretation


def test_across_says_what_a_board_covers(asker):
    assert sorted(labels(asker, "Which areas does the Quarleigh Lamplight Board cover?")) == [
        "Emberton", "Fallowdene"]


def test_the_initials_of_a_board_find_who_hosts_it(asker):
    assert labels(asker, "Which organisation hosts the Fennmoor Area Planning Board?") == [
        "Fennmoor Valleys Health Trust"]


def test_never_another_boards_areas(asker):
    # Quarleigh's paper says nothing of Fennmoor's districts, nor Fennmoor's of Quarleigh's
    for question in ("Which areas does the Quarleigh Lamplight Board cover?",
                     "Which areas does the Fennmoor Area Planning Board cover?"):
        got = set(labels(asker, question))
        assert not (got & {"Brackenby", "Colsworth", "Dunholt"} and got & {"Emberton", "Fallowdene"})
    assert labels(asker, "Which areas does the Rutland Lamplight Board cover?") == []
