"""Who wrote a paper: the author it names on its own line ("Report author: ..."), of the papers that name what
the question links, in the place and at the time asked; never another council's paper. Two invented councils,
Wendlebury and Ostley, with papers written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

WEND_CSP = Entity("body", "Wendlebury Community Safety Partnership", subtype="Partnership", area="Wendlebury")
WEND_CABINET = Entity("body", "Wendlebury Cabinet", area="Wendlebury")
OST_CSP = Entity("body", "Ostley Community Safety Partnership", subtype="Partnership", area="Ostley")
OSWIN = Entity("person", "Oswin Tallowfield")

WEND_TEXT = """REPORT OF THE DIRECTOR OF NEIGHBOURHOODS TO THE WENDLEBURY CABINET
Report author:     Oswin Tallowfield, Neighbourhood Safety Manager, tel. 01234 567890

1. The Wendlebury Community Safety Partnership asks the Cabinet to note its annual plan.
"""
OST_TEXT = """Ostley Community Safety Partnership: annual report
Author: Mirela Quenby/Hollis Varga (Partnership Officers)

1. The Ostley Community Safety Partnership met four times this year.
"""


def _wend(t: str) -> list[Fact]:
    return [
        _fact(t, "Wendlebury Community Safety Partnership asks the Cabinet", WEND_CSP, "reports_to", WEND_CABINET),
        _fact(t, "Oswin Tallowfield", OSWIN, "member_of", WEND_CSP),
    ]


def _ost(t: str) -> list[Fact]:
    return [_fact(t, "Ostley Community Safety Partnership met", OST_CSP, "covers_area", Entity("area", "Ostley"))]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "authors", [
        paper("wendlebury-cabinet-csp-plan-2024", WEND_TEXT, "Wendlebury", _wend, date=dt.date(2024, 3, 12)),
        paper("ostley-csp-annual-report-2023", OST_TEXT, "Ostley", _ost, date=dt.date(2023, 7, 1)),
    ])


def test_the_author_line_not_whose_report_it_is(asker):
    result = asker.ask("Who wrote the March 2024 Cabinet report on the Wendlebury Community Safety Partnership?")
    assert [a.label for a in result.answers] == ["Oswin Tallowfield"]
    assert "Report author" in (result.answers[0].evidence[0].quote or "")


def test_two_authors_and_never_another_council_s(asker):
    assert sorted(labels(asker, "Who wrote the Ostley Community Safety Partnership annual report?")) == [
        "Hollis Varga", "Mirela Quenby"]
    # the time asked is not the paper's
    assert labels(asker, "Who wrote the Ostley Community Safety Partnership annual report in 2021?") == []
    # a council whose papers name no author: not Wendlebury's author
    assert labels(asker, "Who wrote the Rutland Community Safety Partnership annual report?") == []
