"""A partnership's tier asked for as "<partnership> Board" where its papers name it "<partnership> <qualifier>
Board" ("the Ashcombe Partnership Board" for the Ashcombe Partnership Strategic Board): the head noun is a word of
the name asked, never dropped. The one tier that fits is answered; several fitting, the reading stops and lists
them; a head noun no held body of the partnership has, or another council's tier, is never answered. Invented
councils and papers written for these tests, in several councils' wordings."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

ASHCOMBE = Entity("area", "Ashcombe")
PARTNERSHIP = Entity("body", "Ashcombe Partnership", subtype="Partnership", area="Ashcombe")
STRATEGIC = Entity("body", "Ashcombe Partnership Strategic Board", subtype="Board", area="Ashcombe")
CHAIR = Entity("person", "Morwenna Talbot")
HOMES = Entity("body", "Ashcombe Valley Homes", area="Ashcombe")
COLLEGE = Entity("body", "Ashcombe Technical College", area="Ashcombe")

BRENLEY = Entity("body", "Brenley Safer Partnership", subtype="Partnership", area="Brenley")
BRENLEY_EXEC = Entity("body", "Brenley Safer Partnership Executive Board", subtype="Board", area="Brenley")
BRENLEY_DELIVERY = Entity("body", "Brenley Safer Partnership Delivery Board", subtype="Board", area="Brenley")

# one name two councils' papers use, each with its own tier: Dunmere's partnership has none of its own
DUNMERE_SCP = Entity("body", "Safer Communities Partnership", subtype="Partnership", area="Dunmere")
ELMFORD_TIER = Entity("body", "Safer Communities Partnership Oversight Board", subtype="Board", area="Elmford")

ASHCOMBE_TEXT = """Ashcombe Partnership: annual statement 2025

1. The Ashcombe Partnership Strategic Board sets the direction of the Ashcombe Partnership.

2. Morwenna Talbot chairs the Strategic Board. Ashcombe Valley Homes and Ashcombe Technical College sit on it.
"""
BRENLEY_TEXT = """Brenley Safer Partnership - structure chart (2025)

Brenley Safer Partnership Executive Board: chaired by Idris Fenwick.
Brenley Safer Partnership Delivery Board: chaired by Carys Holloway.
"""
DUNMERE_TEXT = """Dunmere Borough Council - Safer Communities Partnership update, June 2025

The Safer Communities Partnership covers the borough of Dunmere.
"""
FALLOW = Entity("body", "Fallowfield Community Safety Partnership", subtype="Partnership", area="Fallowfield")
FALLOW_TIER = Entity("body", "Fallowfield Community Safety Partnership Strategic Board", subtype="Board",
                     area="Fallowfield")
FALLOW_TEXT = """Fallowfield Community Safety Partnership - notes of the board meeting, 9 May 2025

Present: Cllr Tamsin Orrell (Chair of the Partnership).
The Fallowfield Community Safety Partnership Strategic Board, chaired by Bryn Cottrell, will meet in July.
"""
ELMFORD_TEXT = """Elmford District Council: minutes of Cabinet, 3 March 2025

Minute 14. The Safer Communities Partnership Oversight Board, chaired by Rhodri Askew, reported on its year.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    a, b = ASHCOMBE_TEXT, BRENLEY_TEXT
    yield from asker_over(tmp_path_factory, "partnership-tiers", [
        paper("ashcombe-partnership-2025", a, "Ashcombe", lambda t: [
            _fact(t, "Strategic Board sets the direction of the Ashcombe Partnership", STRATEGIC, "oversees",
                  PARTNERSHIP),
            _fact(t, "Morwenna Talbot chairs the Strategic Board", CHAIR, "chairs", STRATEGIC),
            _fact(t, "Ashcombe Valley Homes", HOMES, "member_of", STRATEGIC),
            _fact(t, "Ashcombe Technical College sit on it", COLLEGE, "member_of", STRATEGIC),
            _fact(t, "The Ashcombe Partnership Strategic Board sets", PARTNERSHIP, "covers_area", ASHCOMBE),
        ]),
        paper("brenley-structure-2025", b, "Brenley", lambda t: [
            _fact(t, "Executive Board: chaired by Idris Fenwick", Entity("person", "Idris Fenwick"), "chairs",
                  BRENLEY_EXEC),
            _fact(t, "Delivery Board: chaired by Carys Holloway", Entity("person", "Carys Holloway"), "chairs",
                  BRENLEY_DELIVERY),
            _fact(t, "Brenley Safer Partnership Executive Board", BRENLEY_EXEC, "part_of", BRENLEY),
            _fact(t, "Brenley Safer Partnership Delivery Board", BRENLEY_DELIVERY, "part_of", BRENLEY),
        ]),
        paper("dunmere-scp-2025", DUNMERE_TEXT, "Dunmere", lambda t: [
            _fact(t, "The Safer Communities Partnership covers the borough of Dunmere", DUNMERE_SCP, "covers_area",
                  Entity("area", "Dunmere")),
        ]),
        paper("fallowfield-csp-2025", FALLOW_TEXT, "Fallowfield", lambda t: [
            _fact(t, "Cllr Tamsin Orrell (Chair of the Partnership)", Entity("person", "Tamsin Orrell"), "chairs",
                  FALLOW),
            _fact(t, "chaired by Bryn Cottrell", Entity("person", "Bryn Cottrell"), "chairs", FALLOW_TIER),
        ]),
        paper("elmford-cabinet-2025", ELMFORD_TEXT, "Elmford", lambda t: [
            _fact(t, "chaired by Rhodri Askew", Entity("person", "Rhodri Askew"), "chairs", ELMFORD_TIER),
        ]),
    ])


@pytest.mark.parametrize("question", [
    "Who chairs the Ashcombe Partnership Board?",
    "Who is the chair of the Ashcombe Partnership Board?",
    "Who was appointed to chair the Ashcombe Partnership Board in 2025?",
])
def test_the_one_tier_of_the_partnership_is_answered(asker, question: str):
    assert labels(asker, question) == ["Morwenna Talbot"]


def test_the_reading_shows_the_tier_it_read(asker):
    result = asker.ask("Who chairs the Ashcombe Partnership Board?")
    assert "Ashcombe Partnership Strategic Board" in result.interpretation
    assert "Ashcombe Partnership Board" in result.interpretation  # the words as the question wrote them


def test_members_of_the_tier(asker):
    assert set(labels(asker, "Which organisations sit on the Ashcombe Partnership Board?")) == {
        "Ashcombe Valley Homes", "Ashcombe Technical College"}


@pytest.mark.parametrize("question", [
    "Who chairs the Ashcombe Partnership Panel?",
    "Who chairs the Ashcombe Partnership Group?",
    "Which organisations sit on the Ashcombe Partnership Committee?",
])
def test_a_head_noun_no_tier_has_is_refused(asker, question: str):
    assert labels(asker, question) == []


def test_several_tiers_fitting_are_listed_not_answered(asker):
    result = asker.ask("Who chairs the Brenley Safer Partnership Board?")
    assert not result.answers
    text = result.interpretation + " ".join(str(s) for s in getattr(result, "suggestions", []) or [])
    assert "Executive Board" in text and "Delivery Board" in text


def test_each_tier_by_its_full_name_still_answers(asker):
    assert labels(asker, "Who chairs the Brenley Safer Partnership Delivery Board?") == ["Carys Holloway"]


@pytest.mark.parametrize("question", [
    "Who chairs the Safer Communities Partnership Board in Dunmere?",
    "Who chairs Dunmere's Safer Communities Partnership Board?",
])
def test_another_councils_tier_is_never_the_answer(asker, question: str):
    assert "Rhodri Askew" not in labels(asker, question)


def test_a_board_meeting_written_in_lower_case_is_the_partnership_met_as_its_board(asker):
    # "board" not written as a name: the partnership's own meeting, not its Strategic Board
    assert labels(asker, "Who chaired the Fallowfield Community Safety Partnership board meeting?") == [
        "Tamsin Orrell"]
    assert labels(asker, "Who chairs the Fallowfield Community Safety Partnership Board?") == ["Bryn Cottrell"]
