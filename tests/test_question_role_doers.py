"""'Who represents X on Y?' read from a sentence whose doer is a role ("... while the Chair represents the town at
the Forum"): the one person the same paper says holds that role of the body the paper is of (its title
names it), labelled as read so; never another name the sentence writes ("reports to the Health and Wellbeing
Board, while the Chair represents ..."); nothing when the paper names no one or two people so.
Invented councils (Brindle, Oakhurst, Yarrowby), papers written for these tests, in three councils' styles."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

B_CSP = Entity("body", "Brindle Community Safety Partnership", subtype="Partnership", area="Brindle")
B_HWB = Entity("body", "Brindle Health and Wellbeing Board", area="Brindle")
B_NET = Entity("body", "County CSP Chairs Forum")
B_CHAIR = Entity("person", "Imelda Pryce")
B_GROUP = Entity("body", "Brindle Hate Crime Theme Group", area="Brindle")
B_GROUP_CHAIR = Entity("person", "Sol Okafor")
O_BOARD = Entity("body", "Oakhurst Safer Streets Board", area="Oakhurst")
O_COUNTY = Entity("body", "County Community Safety Board")
O_VICE = Entity("person", "Dervla Munro")
Y_PANEL = Entity("body", "Yarrowby Prevent Panel", area="Yarrowby")
Y_REGION = Entity("body", "Regional Counter Extremism Network")
Y_ONE = Entity("person", "Hal Brennan")
Y_TWO = Entity("person", "Ines Vidal")

# an annual report in running prose; the theme group's chair is named too
B_TEXT = """Brindle Community Safety Partnership

Cllr Imelda Pryce chairs the Partnership. Sol Okafor chairs the Brindle Hate Crime Theme Group.

The Partnership reports to the Brindle Health and Wellbeing Board, while the Chair represents Brindle at the
County CSP Chairs Forum.
"""
# minutes with a vice-chair named in the attendance list
O_TEXT = """Oakhurst Safer Streets Board

Present: Dervla Munro (Vice-Chair)

4. The Vice-Chair attends the County Community Safety Board for Oakhurst.
"""
# terms of reference naming two chairs (co-chairs): whose turn it is the sentence does not say
Y_TEXT = """Yarrowby Prevent Panel

Co-chairs: Hal Brennan and Ines Vidal.

The Chair sits on the Regional Counter Extremism Network.
"""


def _b(t: str) -> list[Fact]:
    return [_fact(t, "Cllr Imelda Pryce chairs the Partnership", B_CHAIR, "chairs", B_CSP),
            _fact(t, "Sol Okafor chairs the Brindle Hate Crime Theme Group", B_GROUP_CHAIR, "chairs", B_GROUP),
            _fact(t, "The Partnership reports to the Brindle Health and Wellbeing Board", B_CSP, "reports_to",
                  B_HWB),
            _fact(t, "County CSP Chairs Forum", B_NET, "covers_area", Entity("area", "Brindle"))]


def _o(t: str) -> list[Fact]:
    return [_fact(t, "Dervla Munro (Vice-Chair)", O_VICE, "vice_chair", O_BOARD),
            _fact(t, "County Community Safety Board", O_COUNTY, "covers_area", Entity("area", "Oakhurst"))]


def _y(t: str) -> list[Fact]:
    return [_fact(t, "Co-chairs: Hal Brennan", Y_ONE, "chairs", Y_PANEL),
            _fact(t, "Ines Vidal", Y_TWO, "chairs", Y_PANEL),
            _fact(t, "Regional Counter Extremism Network", Y_REGION, "covers_area", Entity("area", "Yarrowby"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "role-doers", [
        paper("brindle-csp-annual-report-2024", B_TEXT, "Brindle", _b),
        paper("oakhurst-ssb-minutes-2024", O_TEXT, "Oakhurst", _o, doc_type="minutes"),
        paper("yarrowby-prevent-panel-terms-2024", Y_TEXT, "Yarrowby", _y),
    ])


def test_the_chair_of_the_papers_own_body(asker):
    result = asker.ask("Who represents Brindle on the County CSP Chairs Forum?")
    assert [a.label for a in result.answers] == ["Imelda Pryce"]
    assert "its paper names" in (result.answers[0].note or "")


def test_the_vice_chair_of_the_papers_own_body(asker):
    assert labels(asker, "Who attends the County Community Safety Board for Oakhurst?") == ["Dervla Munro"]


def test_two_chairs_leave_the_doer_unknown(asker):
    assert labels(asker, "Who sits on the Regional Counter Extremism Network for Yarrowby?") == []
