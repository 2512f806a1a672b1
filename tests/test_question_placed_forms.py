"""A bare kind of name in a question ("the PCC", "the Domestic Abuse Board") whose bare form the graph holds only
for another council (whose papers wrote it bare), while the place the question is about has its own one named
with its place in front ("Norfolk Police and Crime Commissioner", "Pan-Derbyshire Domestic Abuse Board"): the
question's place's own one, never the other council's and never a refusal. Real council areas of the gazetteer
(their bounds are known) with invented bodies, people and sums; papers written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

NORFOLK_PCC = Entity("post", "Norfolk Police and Crime Commissioner", area="Norfolk")
BRECKLAND_CSP = Entity("body", "Breckland Community Safety Partnership", subtype="Partnership", area="Breckland",
                       aliases=("BCSP",))
DERBYS_DAB = Entity("body", "Pan-Derbyshire Domestic Abuse Board", subtype="Board", area="Derbyshire")
AMBER_COUNCIL = Entity("body", "Amber Valley Borough Council", subtype="Council", area="Amber Valley")
TORBAY_COUNCIL = Entity("body", "Torbay Council", subtype="Council", area="Torbay")
TORBAY_YOUTH_BOARD = Entity("body", "Torbay Youth Safety Board", subtype="Board", area="Torbay")
# another council's, which its own papers name bare
WILTS_PCC = Entity("post", "Wiltshire Police and Crime Commissioner", area="Wiltshire",
                   aliases=("Police and Crime Commissioner",))
WILTS_DAB = Entity("body", "Wiltshire Domestic Abuse Board", subtype="Board", area="Wiltshire",
                   aliases=("Domestic Abuse Board",))
WILTS_YOUTH_BOARD = Entity("body", "Wiltshire Youth Safety Board", subtype="Board", area="Wiltshire",
                           aliases=("Youth Safety Board",))
SWINDON_COUNCIL = Entity("body", "Swindon Borough Council", subtype="Council", area="Swindon")
RUTLAND_COUNCIL = Entity("body", "Rutland County Council", subtype="Council", area="Rutland")
RUTLAND_CSP = Entity("body", "Rutland Community Safety Partnership", subtype="Partnership", area="Rutland")
PIP = Entity("person", "Pip Tamworth-Quist")
ODO = Entity("person", "Odo Quarrie")

# a district's grant table, as a district writes it
BRECKLAND_TEXT = """Breckland Council: Community Safety Partnership grants 2024/25
The Norfolk Police and Crime Commissioner awarded £36,900 to the Breckland Community Safety Partnership.
The BCSP spends the grant on rural crime patrols and a scam awareness week.
"""
# a county-wide board's budget report
DERBYS_TEXT = """Pan-Derbyshire Domestic Abuse Board: budget report, March 2025
Amber Valley Borough Council will contribute £12,750 towards the Pan-Derbyshire Domestic Abuse Board in 2025/26.
"""
# a unitary's cabinet minutes
TORBAY_TEXT = """Torbay Council: Cabinet minutes, 14 January 2025
Resolved: Torbay Council takes a seat on the Torbay Youth Safety Board and puts £8,000 into it.
Pip Tamworth-Quist will chair the Torbay Youth Safety Board for the year.
"""
# the other council's paper, which names its own bodies bare after the first mention
WILTS_TEXT = """Wiltshire Council: Police and Crime Panel report, 2024
The Police and Crime Commissioner gave £50,000 to Swindon Borough Council for town centre safety.
The Domestic Abuse Board received £20,000 from Swindon Borough Council. Odo Quarrie chairs the Youth Safety Board.
"""
RUTLAND_TEXT = """Rutland County Council: partnership note, 2024
Rutland County Council is a core member of the Rutland Community Safety Partnership.
"""


def _breckland(t: str) -> list[Fact]:
    return [_fact(t, "The Norfolk Police and Crime Commissioner awarded £36,900 to the Breckland Community Safety "
                     "Partnership", NORFOLK_PCC, "funds", BRECKLAND_CSP, amount=Decimal(36900))]


def _derbys(t: str) -> list[Fact]:
    return [_fact(t, "Amber Valley Borough Council will contribute £12,750 towards the Pan-Derbyshire Domestic "
                     "Abuse Board", AMBER_COUNCIL, "funds", DERBYS_DAB, amount=Decimal(12750))]


def _torbay(t: str) -> list[Fact]:
    return [
        _fact(t, "Torbay Council takes a seat on the Torbay Youth Safety Board", TORBAY_COUNCIL, "member_of",
              TORBAY_YOUTH_BOARD),
        _fact(t, "Pip Tamworth-Quist will chair the Torbay Youth Safety Board", PIP, "chairs", TORBAY_YOUTH_BOARD),
        _fact(t, "Torbay Council takes a seat on the Torbay Youth Safety Board and puts £8,000 into it",
              TORBAY_COUNCIL, "funds", TORBAY_YOUTH_BOARD, amount=Decimal(8000)),
    ]


def _wilts(t: str) -> list[Fact]:
    return [
        _fact(t, "The Police and Crime Commissioner gave £50,000 to Swindon Borough Council", WILTS_PCC, "funds",
              SWINDON_COUNCIL, amount=Decimal(50000)),
        _fact(t, "The Domestic Abuse Board received £20,000 from Swindon Borough Council", SWINDON_COUNCIL, "funds",
              WILTS_DAB, amount=Decimal(20000)),
        _fact(t, "Odo Quarrie chairs the Youth Safety Board", ODO, "chairs", WILTS_YOUTH_BOARD),
    ]


def _rutland(t: str) -> list[Fact]:
    return [_fact(t, "Rutland County Council is a core member of the Rutland Community Safety Partnership",
                  RUTLAND_COUNCIL, "member_of", RUTLAND_CSP)]


_document = partial(paper, doc_type="report", date=dt.date(2025, 3, 4))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "placed-forms", [
        _document("breckland-csp-grants-2024", BRECKLAND_TEXT, "Breckland", _breckland),
        _document("derbyshire-dab-budget-2025", DERBYS_TEXT, "Derbyshire", _derbys),
        _document("torbay-cabinet-2025", TORBAY_TEXT, "Torbay", _torbay),
        _document("wiltshire-pcp-report-2024", WILTS_TEXT, "Wiltshire", _wilts),
        _document("rutland-partnership-note-2024", RUTLAND_TEXT, "Rutland", _rutland),
    ])


def test_the_bare_commissioner_of_a_district_question_is_its_countys(asker):
    # Breckland lies in Norfolk: Norfolk's commissioner, not the one Wiltshire's papers call bare
    assert labels(asker, "How much did the PCC give the Breckland Community Safety Partnership?") == ["£36,900"]
    assert labels(asker, "How much did the BCSP get from the Police and Crime Commissioner?") == ["£36,900"]


def test_a_pan_county_board_is_the_board_of_a_district_inside_it(asker):
    result = asker.ask("How much did Amber Valley Borough Council give the Domestic Abuse Board?")
    assert [a.label for a in result.answers] == ["£12,750"]
    assert "Pan-Derbyshire Domestic Abuse Board" in result.interpretation


def test_a_unitarys_own_board_written_bare(asker):
    assert labels(asker, "What sum does Torbay Council put into the Youth Safety Board?") == ["£8,000"]


def test_a_place_without_its_own_one_is_still_refused(asker):
    # Rutland holds no commissioner, board or youth board of its own: another council's is never the answer
    for question in ("How much did the PCC give the Rutland Community Safety Partnership?",
                     "How much did Rutland County Council give the Domestic Abuse Board?",
                     "What sum does Rutland County Council put into the Youth Safety Board?"):
        result = asker.ask(question)
        assert result.answers == [], question
