"""Which facts a relation's words reach, and which of them a question keeps: a partnership its papers name
only by its board, "responsible for" a plan as producing it, a speaker rather than everyone present, a
substitute "at" a meeting, a subset the question names ("which housing organisations"), a place that
still narrows when the name it owns gave nothing, and a stream of money named only in the papers' text. Two
invented councils, papers written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

BOARD = Entity("body", "Eastvale Community Safety Partnership Board", subtype="Board", area="Eastvale")
WEST_CSP = Entity("body", "Westmoor Community Safety Partnership", subtype="Partnership", area="Westmoor")
WEST_PANEL = Entity("body", "Westmoor Safeguarding Panel", subtype="Panel", area="Westmoor")
PLAN = Entity("publication", "Eastvale Safer Streets Plan", area="Eastvale")
POLICE = Entity("body", "Eastvale Police", subtype="Police force", area="Eastvale")
HOMES = Entity("body", "Eastvale Homes", subtype="Housing association", area="Eastvale")
LETTINGS = Entity("body", "Vale Lettings", subtype="Housing association", area="Eastvale")
ASB = Entity("topic", "Anti-Social Behaviour")
ABUSE = Entity("topic", "Domestic Abuse")
NINA = Entity("person", "Nina Hale")
OMAR = Entity("person", "Omar Haddad")
IRIS = Entity("person", "Iris Penhale")
WEST_COUNCIL = Entity("body", "Westmoor Borough Council", subtype="Council", area="Westmoor")
BEN = Entity("person", "Cllr Ben Okafor", aliases=("Ben Okafor",))
RUTH = Entity("person", "Cllr Ruth Abel", aliases=("Ruth Abel",))

EAST_TEXT = """Eastvale Community Safety Partnership Board: minutes, 14 March 2023
Present: Omar Haddad (Eastvale Police).
Nina Hale presented the annual report on anti-social behaviour.
Cllr Ben Okafor substituted for Cllr Ruth Abel.
Its members are Eastvale Police and the housing organisations Eastvale Homes and Vale Lettings.
The Board produced the Eastvale Safer Streets Plan and is responsible for tackling anti-social behaviour.
Domestic abuse is a priority of the Board.
"""
WEST_TEXT = """Westmoor Safeguarding Panel: minutes, 20 March 2023
Present: Iris Penhale, Cllr Ruth Abel.
The Westmoor Community Safety Partnership sent its apologies.
"""

LANES_TEXT = """Westmoor Borough Council: grants decision, 2023/24
Through the Brighter Lanes fund, Westmoor Borough Council gave £30,000 to Eastvale Homes in 2023/24.
"""
GARDENS_TEXT = """Westmoor Borough Council: small grants, 2023/24
Westmoor Borough Council gave £5,000 to Vale Lettings for community gardens in 2023/24.
"""


_document = partial(paper, doc_type="minutes", date=dt.date(2023, 3, 20))


def _east(t: str) -> list[Fact]:
    members = "Its members are Eastvale Police and the housing organisations Eastvale Homes and Vale Lettings."
    return [
        _fact(t, "Omar Haddad (Eastvale Police)", OMAR, "attended", BOARD, qualifier="Present"),
        _fact(t, "Nina Hale presented the annual report", NINA, "attended", BOARD, qualifier="spoke or presented"),
        _fact(t, "Cllr Ben Okafor substituted for Cllr Ruth Abel", BEN, "other", RUTH, note="substituted for"),
        _fact(t, members, POLICE, "member_of", BOARD),
        _fact(t, members, HOMES, "member_of", BOARD),
        _fact(t, members, LETTINGS, "member_of", BOARD),
        _fact(t, "The Board produced the Eastvale Safer Streets Plan", BOARD, "produces", PLAN),
        _fact(t, "is responsible for tackling anti-social behaviour", BOARD, "responsible_for", ASB),
        _fact(t, "Domestic abuse is a priority of the Board.", ABUSE, "priority_of", BOARD),
    ]


def _west(t: str) -> list[Fact]:
    return [
        _fact(t, "Iris Penhale", IRIS, "attended", WEST_PANEL, qualifier="Present"),
        _fact(t, "Cllr Ruth Abel.", RUTH, "attended", WEST_PANEL, qualifier="Present"),
        _fact(t, "The Westmoor Community Safety Partnership sent its apologies.", WEST_CSP, "apologies", WEST_PANEL),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    lanes = "Westmoor Borough Council gave £30,000 to Eastvale Homes in 2023/24."
    gardens = "Westmoor Borough Council gave £5,000 to Vale Lettings for community gardens in 2023/24."
    yield from asker_over(tmp_path_factory, "routes", [
        _document("eastvale-cspb-2023-03-14", EAST_TEXT, "Eastvale", _east),
        _document("westmoor-panel-2023-03-20", WEST_TEXT, "Westmoor", _west),
        _document("westmoor-grants-2023", LANES_TEXT, "Westmoor", lambda t: [
            _fact(t, lanes, WEST_COUNCIL, "funds", HOMES, amount=Decimal(30000), period="2023/24"),
        ]),
        _document("westmoor-small-grants-2023", GARDENS_TEXT, "Westmoor", lambda t: [
            _fact(t, gardens, WEST_COUNCIL, "funds", LETTINGS, amount=Decimal(5000), period="2023/24",
                  purpose="community gardens"),
        ]),
    ])


def test_a_partnership_named_only_by_its_board_links_from_the_partnership_s_name(asker):
    expected = {"Eastvale Police", "Eastvale Homes", "Vale Lettings"}
    assert set(labels(asker, "Who sits on the Eastvale Community Safety Partnership?")) == expected
    assert set(labels(asker, "Who are the members of the Eastvale CSP?")) == expected
    # Westmoor's partnership is held, and has no members in the graph: never Eastvale's board
    assert labels(asker, "Who are the members of the Westmoor CSP?") == []


def test_responsible_for_a_plan_is_producing_it_but_not_for_a_topic(asker):
    assert labels(asker, "Which partnership is responsible for the Eastvale Safer Streets Plan?") == [
        "Eastvale Community Safety Partnership Board"
    ]
    # what a body is responsible for is its responsibilities, not also what it produced
    assert labels(asker, "What is the Eastvale Community Safety Partnership Board responsible for?") == [
        "Anti-Social Behaviour"
    ]


def test_who_presented_is_who_spoke_not_everyone_present(asker):
    assert labels(asker, "Who presented to the Eastvale Community Safety Partnership Board in March 2023?") == [
        "Nina Hale"
    ]
    # nobody is recorded as speaking at the Westmoor panel: no answer rather than its attendance list
    assert labels(asker, "Who briefed the Westmoor Safeguarding Panel in March 2023?") == []
    assert set(labels(asker, "Who attended the Westmoor Safeguarding Panel in March 2023?")) == {
        "Iris Penhale", "Cllr Ruth Abel"
    }


def test_a_substitute_at_a_meeting_is_one_its_own_papers_record(asker):
    assert labels(asker, "Who stood in for Ruth Abel at the Eastvale Community Safety Partnership Board?") == [
        "Cllr Ben Okafor"
    ]
    # the substitution is in the Eastvale minutes, not the Westmoor panel's
    assert labels(asker, "Who stood in for Ruth Abel at the Westmoor Safeguarding Panel?") == []


def test_a_subset_the_question_names_keeps_only_those_said_to_be_of_it(asker):
    assert set(labels(asker, "Which housing organisations sit on the Eastvale CSP Board?")) == {
        "Eastvale Homes", "Vale Lettings"
    }
    # no member is said to be co-opted: nothing, rather than every member
    assert labels(asker, "Which co-opted members sit on the Eastvale CSP Board?") == []
    assert len(labels(asker, "Which other bodies sit on the Eastvale CSP Board?")) == 3


def test_a_place_narrows_answers_reached_from_another_name_when_its_own_name_gave_nothing(asker):
    # the Westmoor partnership has no priorities in the graph; Eastvale's board does: not an answer for Westmoor
    for question in (
        "Which of the Westmoor CSP's priorities is about domestic abuse?",
        "Is domestic abuse a priority of the Westmoor Community Safety Partnership?",
    ):
        result = asker.ask(question)
        assert result.answers == [] and "none of what it leads to is where" in result.interpretation
    assert labels(asker, "Domestic abuse is a priority of which Eastvale board?") == [
        "Eastvale Community Safety Partnership Board"
    ]


def test_a_stream_of_money_named_only_in_the_papers_keeps_the_answers_to_those_papers(asker):
    result = asker.ask("Which bodies did Westmoor Borough Council give Brighter Lanes grants to?")
    assert [a.label for a in result.answers] == ["Eastvale Homes"]
    assert "only from the papers that speak of \u201cBrighter Lanes\u201d" in result.interpretation
    assert labels(asker, "How much Brighter Lanes funding did Eastvale Homes get in 2023/24?") == ["£30,000"]
    # no paper says this one: refused, not answered with the council's other grants
    result = asker.ask("How much Darker Alleys funding did Westmoor Borough Council give in 2023/24?")
    assert result.refused and result.answers == []
