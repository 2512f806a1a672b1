"""A body named in full with "and" inside its name, then a relative clause naming another body: "Who chairs the
Wessex Criminal Justice and Community Safety Board, to which the Thornbury CSP is accountable?". The name was cut
at "and", the clause's body read as a second body asked about, and its chair answered for the first (found by the
lead on a never-read set's negative question after its first measurement). The clause now only says which body
is meant; a body the papers give no chair for is answered with nothing.

Papers written for these tests in two councils' styles, read by the whole loading path."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts

PAPERS = {
    "thornbury-csp-update-2025.txt": """Thornbury District Council

Thornbury Community Safety Partnership - update for members, May 2025

1. The Thornbury Community Safety Partnership (TCSP) is chaired by Inspector Ama Boateng of Wessex Police.
2. The TCSP is accountable to the Wessex Criminal Justice and Community Safety Board and reports to it twice a year.
""",
    "lowmoor-safeguarding-arrangements-2024.txt": """Lowmoor Borough Council

Lowmoor Safeguarding Partnership: governance arrangements 2024

The Lowmoor Safeguarding Partnership reports to the Lowmoor Health and Wellbeing Board each year. The Lowmoor
Health and Wellbeing Board is chaired by Councillor Petra Lindqvist. The Safeguarding Partnership is chaired by
Dr Yusuf Adeyemi.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over_texts(tmp_path_factory, "named-relative", PAPERS)


def labels(result) -> list[str]:
    return [a.label for a in result.answers]


@pytest.mark.parametrize("question", [
    "Who chairs the Wessex Criminal Justice and Community Safety Board, to which the TCSP is accountable?",
    "Who chairs the Wessex Criminal Justice and Community Safety Board to which the Thornbury Community Safety "
    "Partnership reports?",
])
def test_the_clauses_body_is_not_the_body_asked_about(asker, question):
    result = asker.ask(question)
    assert not any("Boateng" in a for a in labels(result)), result.interpretation
    assert "Criminal Justice and Community Safety Board" in result.interpretation


def test_the_named_body_is_answered_when_its_chair_is_held(asker):
    result = asker.ask("Who chairs the Lowmoor Health and Wellbeing Board, to which the Lowmoor Safeguarding "
                       "Partnership reports?")
    assert any("Lindqvist" in a for a in labels(result)), result.interpretation
    assert not any("Adeyemi" in a for a in labels(result)), result.interpretation


def test_the_clauses_body_keeps_its_own_chair(asker):
    result = asker.ask("Who chairs the Thornbury Community Safety Partnership?")
    assert any("Boateng" in a for a in labels(result)), result.interpretation
