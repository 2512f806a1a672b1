"""A body asked of by its whole name with a relative clause after it ("Who chairs the Westshire Community Safety
Strategy Group that the Northby CSP reports to?") is the body asked about; the clause's own subject (the district
partnership) is never answered in its place. Invented councils (Northby, Westshire, Eastby, Southshire) and papers
written for these tests: a cabinet report and a partnership's terms of reference."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

N_CSP = Entity("body", "Northby Community Safety Partnership", subtype="Partnership", area="Northby")
# the county group filed under the district paper's own place, as the reading files a body only that paper names
W_GROUP = Entity("body", "Westshire Community Safety Strategy Group", subtype="Group", area="Northby")
N_CHAIR = Entity("person", "Annis Holloway")
E_CSP = Entity("body", "Eastby Community Safety Partnership", subtype="Partnership", area="Eastby")
S_BOARD = Entity("body", "Southshire Serious Violence Prevention Strategic Board", subtype="Board", area="Southshire")
E_CHAIR = Entity("person", "Tobias Wrenfield")
S_CHAIR = Entity("person", "Marguerite Olunde")

N_TEXT = """Northby District Council Cabinet: partnership update

1.1 The Northby Community Safety Partnership is chaired by Cllr Annis Holloway.
1.2 It reports to the Westshire Community Safety Strategy Group twice a year.
"""
E_TEXT = """Eastby Community Safety Partnership: terms of reference

Chair: Tobias Wrenfield. The Partnership reports to the Southshire Serious Violence Prevention Strategic Board,
whose chair is Marguerite Olunde.
"""


def _n(t: str) -> list[Fact]:
    return [_fact(t, "chaired by Cllr Annis Holloway", N_CHAIR, "chairs", N_CSP),
            _fact(t, "It reports to the Westshire Community Safety Strategy Group", N_CSP, "reports_to", W_GROUP)]


def _e(t: str) -> list[Fact]:
    return [_fact(t, "Chair: Tobias Wrenfield.", E_CHAIR, "chairs", E_CSP),
            _fact(t, "The Partnership reports to the Southshire Serious Violence", E_CSP, "reports_to", S_BOARD),
            _fact(t, "whose chair is Marguerite Olunde", S_CHAIR, "chairs", S_BOARD)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "named-relative", [
        paper("northby-cabinet-partnership-update-2025", N_TEXT, "Northby", _n),
        paper("eastby-csp-terms-of-reference-2025", E_TEXT, "Eastby", _e),
    ])


def test_the_clause_s_subject_is_not_answered_for_a_body_with_no_chair(asker):
    assert labels(asker, "Who chairs the Westshire Community Safety Strategy Group that the Northby Community "
                         "Safety Partnership reports to?") == []
    # the clause alone still finds the body
    assert labels(asker, "Which body does the Northby Community Safety Partnership report to?") == [
        "Westshire Community Safety Strategy Group"]


def test_a_long_named_body_with_a_clause_is_the_body_asked_about(asker):
    assert labels(asker, "Who chairs the Southshire Serious Violence Prevention Strategic Board that the Eastby "
                         "Community Safety Partnership reports to?") == ["Marguerite Olunde"]
    assert labels(asker, "Who chairs the board that the Eastby Community Safety Partnership reports to?") == [
        "Marguerite Olunde"]
