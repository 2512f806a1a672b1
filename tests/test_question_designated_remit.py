"""'Which committee acts as X Council's crime and disorder committee?', 'Which X committee is the crime and
disorder committee?', 'Which X Council committee carries out crime and disorder scrutiny?': the graph holds the
designation as the committee's remit (responsible_for crime and disorder scrutiny), so each is read as asking
who is responsible for that scrutiny, in the place or council asked; never another council's committee.
Invented councils (Brackenholt, Wyvernmouth, Tansley Cross) and papers written for these tests, in three
layouts: a committee's remit table, a council constitution extract, scrutiny work-programme minutes."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

SCRUTINY = Entity("topic", "Crime and disorder scrutiny")
B_COUNCIL = Entity("body", "Brackenholt Borough Council", subtype="Council", area="Brackenholt")
B_COMMITTEE = Entity("body", "Brackenholt Place and Environment Scrutiny Committee", area="Brackenholt")
W_COUNCIL = Entity("body", "Wyvernmouth District Council", subtype="Council", area="Wyvernmouth")
W_PANEL = Entity("body", "Wyvernmouth Communities Review Panel", area="Wyvernmouth")
T_COUNCIL = Entity("body", "Tansley Cross City Council", subtype="Council", area="Tansley Cross")
T_COMMITTEE = Entity("body", "Tansley Cross Resources Scrutiny Committee", area="Tansley Cross")

B_TEXT = """Brackenholt Place and Environment Scrutiny Committee: remit

Remit | Statutory basis
Crime and disorder scrutiny | Police and Justice Act 2006, section 19
Flood risk | Flood and Water Management Act 2010
"""
W_TEXT = """Wyvernmouth District Council constitution, part 3

4.2 Wyvernmouth Communities Review Panel. Functions: scrutiny of the partnership's crime and disorder
work, twice a year; housing allocations.
"""
T_TEXT = """Tansley Cross Resources Scrutiny Committee minutes

7. Work programme. The Committee will hold its crime and disorder scrutiny session in November.
"""


def _b(t: str) -> list[Fact]:
    return [_fact(t, "Crime and disorder scrutiny", B_COMMITTEE, "responsible_for", SCRUTINY),
            _fact(t, "Brackenholt Place and Environment Scrutiny Committee", B_COMMITTEE, "covers_area",
                  Entity("area", "Brackenholt")),
            _fact(t, "Brackenholt", B_COUNCIL, "covers_area", Entity("area", "Brackenholt"))]


def _w(t: str) -> list[Fact]:
    return [_fact(t, "scrutiny of the partnership's crime and disorder\nwork", W_PANEL, "responsible_for", SCRUTINY),
            _fact(t, "Wyvernmouth District Council", W_COUNCIL, "covers_area", Entity("area", "Wyvernmouth"))]


def _t(t: str) -> list[Fact]:
    return [_fact(t, "crime and disorder scrutiny", T_COMMITTEE, "responsible_for", SCRUTINY),
            _fact(t, "Tansley Cross Resources Scrutiny Committee", T_COUNCIL, "covers_area",
                  Entity("area", "Tansley Cross"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "designated-remit", [
        paper("brackenholt-place-scrutiny-remit-2024", B_TEXT, "Brackenholt", _b),
        paper("wyvernmouth-constitution-part-3-2024", W_TEXT, "Wyvernmouth", _w),
        paper("tansley-cross-resources-scrutiny-minutes-2024", T_TEXT, "Tansley Cross", _t, doc_type="minutes"),
    ])


def test_acts_as_the_councils_crime_and_disorder_committee(asker):
    assert labels(asker, "Which committee acts as Brackenholt Borough Council's crime and disorder committee?") == [
        "Brackenholt Place and Environment Scrutiny Committee"]


def test_a_place_before_the_kind_asked_for(asker):
    assert labels(asker, "Which Wyvernmouth panel is the designated crime and disorder committee?") == [
        "Wyvernmouth Communities Review Panel"]
    assert labels(asker, "Which Tansley Cross committee serves as the crime and disorder committee?") == [
        "Tansley Cross Resources Scrutiny Committee"]


def test_a_council_before_the_kind_asked_for(asker):
    # "which X Council committee": a committee filed under the council's place is the council's
    assert labels(asker, "Which Tansley Cross City Council committee carries out crime and disorder scrutiny?") == [
        "Tansley Cross Resources Scrutiny Committee"]
    assert labels(asker, "Which Brackenholt Borough Council committee acts as the crime and disorder committee?") == [
        "Brackenholt Place and Environment Scrutiny Committee"]


def test_never_another_councils_committee(asker):
    # (a council's panel is one of its committees; the other councils' committees are not Wyvernmouth's)
    assert labels(asker, "Which Wyvernmouth District Council committee acts as the crime and disorder committee?") \
        == ["Wyvernmouth Communities Review Panel"]
    assert labels(asker, "Which Ulverby Council committee acts as the crime and disorder committee?") == []
    assert "Brackenholt Place and Environment Scrutiny Committee" not in labels(
        asker, "Which committee acts as Wyvernmouth District Council's crime and disorder committee?")
