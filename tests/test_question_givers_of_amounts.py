"""The giver of a stated amount ("Who is providing the £36,000 for a street triage nurse in Harbury?", "Which body
gave the £8,500 to Harbury?"): the funder of the allocation of exactly that amount, in the places asked, whose
paper says what the question says it is for. Never who got it, never another council's allocation of the same sum,
never a sum the papers do not state. Invented councils (Harbury, Wenlock Edge), papers and sums written for these
tests, in a sentence and a table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

HARBURY = Entity("body", "Harbury District Council", subtype="Council", area="Harbury")
HEALTH = Entity("body", "Harbury and Lyne Health Partnership", area="Harbury")
FOUNDATION = Entity("body", "Kestrel Community Foundation")
HERITAGE = Entity("body", "Corvid Heritage Fund")
LANTERN = Entity("initiative", "Lantern Walk evening patrols", area="Harbury")
WARDENS = Entity("body", "Harbury Town Wardens", area="Harbury")
WENLOCK = Entity("body", "Wenlock Edge Borough Council", subtype="Council", area="Wenlock Edge")
WENLOCK_FUNDER = Entity("body", "Wenlock Edge Rotary Trust", area="Wenlock Edge")

HARBURY_TEXT = """Harbury District Council - Cabinet, 4 February 2026: community safety funding

4.1 The Harbury and Lyne Health Partnership has confirmed \u00a336,000 to the Council for a street triage nurse
working in Harbury town centre during 2026/27.

4.2 External grants received
| Funder | Purpose | Amount |
| Kestrel Community Foundation | youth boxing club sessions | \u00a38,500 |

4.3 The Corvid Heritage Fund pays the Council \u00a36,200 for the Lantern Walk evening patrols that the town wardens
run.
"""
WENLOCK_TEXT = """Wenlock Edge Borough Council: decision notice WE/2026/07

The Wenlock Edge Rotary Trust will give the Council \u00a336,000 for CCTV renewal in 2026/27.
"""


def _harbury(t: str) -> list[Fact]:
    return [
        _fact(t, "The Harbury and Lyne Health Partnership has confirmed \u00a336,000 to the Council for a street "
                 "triage nurse", HEALTH, "funds", HARBURY, amount=Decimal(36000), period="2026/27"),
        _fact(t, "| Kestrel Community Foundation | youth boxing club sessions | \u00a38,500 |", FOUNDATION, "funds",
              HARBURY, amount=Decimal(8500), purpose="youth boxing club sessions"),
        _fact(t, "The Corvid Heritage Fund pays the Council \u00a36,200 for the Lantern Walk evening patrols", HERITAGE,
              "funds", HARBURY, amount=Decimal(6200)),
        _fact(t, "Lantern Walk evening patrols that the town wardens", WARDENS, "delivers", LANTERN),
    ]


def _wenlock(t: str) -> list[Fact]:
    return [_fact(t, "The Wenlock Edge Rotary Trust will give the Council \u00a336,000 for CCTV renewal",
                  WENLOCK_FUNDER, "funds", WENLOCK, amount=Decimal(36000), period="2026/27")]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "givers-of-amounts", [
        paper("harbury-cabinet-2026-02-04", HARBURY_TEXT, "Harbury", _harbury, date=dt.date(2026, 2, 4)),
        paper("wenlock-decision-2026-07", WENLOCK_TEXT, "Wenlock Edge", _wenlock, date=dt.date(2026, 3, 1)),
    ])


@pytest.mark.parametrize("question", [
    "Who is providing the \u00a336,000 for a street triage nurse in Harbury town centre?",
    "Who provides \u00a336,000 for the street triage nurse in Harbury?",
    "Which body is funding the \u00a336,000 street triage nurse in Harbury?",
])
def test_the_giver_of_the_amount_for_what_it_is_for(asker, question: str):
    assert labels(asker, question) == ["Harbury and Lyne Health Partnership"]


def test_a_table_row_of_funder_purpose_and_amount(asker):
    assert labels(asker, "Who gave \u00a38,500 for youth boxing club sessions in Harbury?") == [
        "Kestrel Community Foundation"]


def test_who_gave_is_the_funder_not_the_recipient(asker):
    got = labels(asker, "Who gave the \u00a38,500 to Harbury District Council?")
    assert "Harbury District Council" not in got


@pytest.mark.parametrize("question", [
    # the same sum in another council: never Wenlock Edge's giver for Harbury's nurse, nor Harbury's for CCTV
    "Who is providing the \u00a336,000 for CCTV renewal in Harbury?",
    "Who is providing the \u00a336,000 for a street triage nurse in Wenlock Edge?",
    # a sum no paper states
    "Who is providing the \u00a337,000 for a street triage nurse in Harbury?",
])
def test_never_another_allocation(asker, question: str):
    got = labels(asker, question)
    assert "Wenlock Edge Rotary Trust" not in got or "Wenlock Edge" in question
    assert "Harbury and Lyne Health Partnership" not in got


def test_the_other_councils_giver_for_its_own_allocation(asker):
    assert labels(asker, "Who will give \u00a336,000 for CCTV renewal in Wenlock Edge?") == [
        "Wenlock Edge Rotary Trust"]


@pytest.mark.parametrize("question", [
    "Who is funding the Lantern Walk evening patrols that the town wardens run?",
    "Who pays for the Lantern Walk evening patrols in Harbury?",
])
def test_the_giver_asked_with_no_sum(asker, question: str):
    assert labels(asker, question) == ["Corvid Heritage Fund"]


@pytest.mark.parametrize("question", [
    "Who is funding the Lantern Walk morning patrols in Harbury?",  # not every word of it is written
    "Who pays for the Lantern Walk evening patrols in Wenlock Edge?",  # not that council's
])
def test_no_sum_and_not_every_word_or_another_place_answers_nothing(asker, question: str):
    assert "Corvid Heritage Fund" not in labels(asker, question)
