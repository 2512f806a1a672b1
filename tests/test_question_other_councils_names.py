"""A short or generic name in a question ("the Adults Safeguarding Board", "the YJB") is linked to the body of
the place the question's other names are of, never silently to another council's body that happens to be the
one the graph holds. Two real council areas of the gazetteer (whose bounds are known), with invented bodies,
people and sums; papers written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

TORBAY_COUNCIL = Entity("body", "Torbay Council", subtype="Council", area="Torbay")
TORBAY_ASB = Entity("body", "Torbay Adults Safeguarding Board", subtype="Board", area="Torbay")
TORBAY_YJMB = Entity("body", "Torbay Youth Justice Management Board", subtype="Board", area="Torbay",
                     aliases=("YJB",))
TORBAY_YJS = Entity("body", "Torbay Youth Justice Service", subtype="Service", area="Torbay")
NATIONAL_YJB = Entity("body", "Youth Justice Board", subtype="Board", aliases=("YJB",))
WREN = Entity("person", "Wren Halloway")
RUTLAND_COUNCIL = Entity("body", "Rutland County Council", subtype="Council", area="Rutland")
RUTLAND_CSP = Entity("body", "Rutland Community Safety Partnership", subtype="Partnership", area="Rutland")

TORBAY_TEXT = """Torbay Adults Safeguarding Board: budget note, 2024
Torbay Council puts in £41,250 towards the Torbay Adults Safeguarding Board this year.
Wren Halloway is the independent chair of the Torbay Adults Safeguarding Board.
The Torbay Youth Justice Management Board (YJB) steers the Torbay Youth Justice Service.
The Torbay Youth Justice Service sends its quarterly figures to the Youth Justice Board (YJB).
"""
RUTLAND_TEXT = """Rutland County Council: partnership note, 2024
Rutland County Council is a core member of the Rutland Community Safety Partnership.
"""


def _torbay(t: str) -> list[Fact]:
    return [
        _fact(t, "Torbay Council puts in £41,250 towards the Torbay Adults Safeguarding Board", TORBAY_COUNCIL,
              "funds", TORBAY_ASB, amount=Decimal(41250)),
        _fact(t, "Wren Halloway is the independent chair of the Torbay Adults Safeguarding Board", WREN, "chairs",
              TORBAY_ASB),
        _fact(t, "The Torbay Youth Justice Management Board (YJB) steers the Torbay Youth Justice Service",
              TORBAY_YJMB, "oversees", TORBAY_YJS),
        _fact(t, "The Torbay Youth Justice Service sends its quarterly figures to the Youth Justice Board (YJB)",
              TORBAY_YJS, "reports_to", NATIONAL_YJB),
    ]


def _rutland(t: str) -> list[Fact]:
    return [_fact(t, "Rutland County Council is a core member of the Rutland Community Safety Partnership",
                  RUTLAND_COUNCIL, "member_of", RUTLAND_CSP)]


_document = partial(paper, doc_type="report", date=dt.date(2024, 4, 2))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "other-councils-names", [
        _document("torbay-asb-budget-2024", TORBAY_TEXT, "Torbay", _torbay),
        _document("rutland-partnership-note-2024", RUTLAND_TEXT, "Rutland", _rutland),
    ])


def test_a_generic_name_beside_another_councils_name_is_never_that_other_councils_body(asker):
    result = asker.ask("How much did Rutland County Council give the Adults Safeguarding Board?")
    assert result.answers == []
    # said in plain words, with what the graph holds elsewhere labelled by its place
    assert "Rutland" in result.interpretation
    assert [(s.label, s.area) for s in result.suggestions] == [("Torbay Adults Safeguarding Board", "Torbay")]


def test_a_generic_name_beside_its_own_councils_name_is_that_councils_body(asker):
    assert labels(asker, "How much did Torbay Council give the Adults Safeguarding Board?") == ["£41,250"]
    # nothing else in the question says a place: the one body the name fits is named, with its place shown
    result = asker.ask("Who chairs the Adults Safeguarding Board?")
    assert [a.label for a in result.answers] == ["Wren Halloway"]
    assert "Torbay" in result.interpretation


def test_an_acronym_is_the_body_whose_name_it_spells_not_a_local_body_a_paper_called_so(asker):
    index = asker.index()
    for area in (None, "torbay"):
        (mention,) = index.mentions("the yjb", area)
        assert [e.label for e in mention.entities] == ["Youth Justice Board"], area
    assert labels(asker, "Who does the Torbay Youth Justice Service report to?") == ["Youth Justice Board"]
