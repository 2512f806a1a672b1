"""When something was done, where no fact gives a date: the one date a sentence of the named body's own paper
writes beside its name and the question's own words, as written (the year alone when a year is asked); never a
year of an Act's name or of a span, never another council's paper. Invented councils, papers written for these
tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

KELD = Entity("body", "Keldmoor Safeguarding Adults Board", subtype="Board", area="Keldmoor")
KELD_COUNCIL = Entity("body", "Keldmoor Borough Council", subtype="Council", area="Keldmoor")
VARN = Entity("body", "Varnholm Safeguarding Adults Board", subtype="Board", area="Varnholm")
ACT = Entity("legislation", "Neighbourhood Wellbeing Act 1998")

KELD_TEXT = """Keldmoor Safeguarding Adults Board: annual report

1. The Keldmoor Safeguarding Adults Board reviewed its governance in January 2019, under the Neighbourhood
Wellbeing Act 1998.

2. The Keldmoor Safeguarding Adults Board held a development day for members.
"""
VARN_TEXT = """Varnholm Safeguarding Adults Board: annual report

1. The Varnholm Safeguarding Adults Board met six times, in 2021 and 2022.
"""


def _keld(t: str) -> list[Fact]:
    return [
        _fact(t, "Keldmoor Safeguarding Adults Board reviewed", KELD, "reports_to", KELD_COUNCIL),
        _fact(t, "Neighbourhood\nWellbeing Act 1998", KELD, "statutory_duty", ACT),
    ]


def _varn(t: str) -> list[Fact]:
    return [_fact(t, "Varnholm Safeguarding Adults Board met", VARN, "covers_area", Entity("area", "Varnholm"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "dates-said", [
        paper("keldmoor-sab-annual-report", KELD_TEXT, "Keldmoor", _keld),
        paper("varnholm-sab-annual-report", VARN_TEXT, "Varnholm", _varn),
    ])


def test_the_date_the_sentence_writes_not_the_year_of_an_act(asker):
    result = asker.ask("When did the Keldmoor Safeguarding Adults Board review its governance?")
    assert [a.label for a in result.answers] == ["January 2019"]
    assert "read from their sentences" in result.interpretation
    assert labels(asker, "In which year did the Keldmoor Safeguarding Adults Board review its governance?") == [
        "2019"]


def test_no_date_from_another_council_nor_from_a_sentence_without_the_question_s_words(asker):
    assert labels(asker, "When did the Varnholm Safeguarding Adults Board review its governance?") == []
    # a sentence of the question's name but not its words
    assert labels(asker, "When did the Keldmoor Safeguarding Adults Board publish its strategy?") == []
