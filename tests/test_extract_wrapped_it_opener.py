"""An opener whose "It" carries on a sentence wrapped over lines above it ("6. The plan was shaped by the review,
done by the Council's" / "Safety Team, and by a survey. It sets four priorities:"): "It" is what that sentence
opens on (the plan), never the last name of the line the opener sits on."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CABINET = """Source: https://www.northdale.gov.uk/cabinet/report

Northdale Borough Council
Cabinet report: Safer Northdale Partnership Community Safety Plan 2025-2028

The new plan

6.  The Safer Northdale Partnership Community Safety Plan 2025-2028 is the partnership's plan. \
The plan was shaped by the needs assessment, carried out by the Council's
    Community Safety Team, and by a residents' poll of 800 people. It sets three priorities for the years ahead:
       (a) cutting burglary;
       (b) tackling hate incidents;
       (c) reducing drug harm.
"""

REPORT = """Source: https://www.eastbury.gov.uk/csp/annual-report

Safer Eastbury Partnership
Annual Report 2024

The Eastbury Community Safety Strategy 2024-2027 is the partnership's strategy. \
The strategy has been shaped by data from the Eastbury Youth Justice
Service, and by a partner workshop. It names three priorities:
  - cutting burglary
  - tackling hate incidents
  - reducing drug harm
"""

TOR = """Source: https://www.westmoor.gov.uk/csp/terms

Westmoor Safer Communities Board
Terms of Reference

The Westmoor Safety Plan 2025 is the Board's plan. The plan was agreed after advice from the Westmoor Police
Analysis Unit, and after a public survey. It sets these priorities:
  - cutting burglary
  - tackling hate incidents
"""


@pytest.mark.parametrize(("text", "plan"), [
    (CABINET, "Safer Northdale Partnership Community Safety Plan 2025-2028"),
    (REPORT, "Eastbury Community Safety Strategy 2024-2027"),
    (TOR, "Westmoor Safety Plan 2025"),
])
def test_it_of_a_wrapped_sentence_is_what_the_sentence_opens_on(text: str, plan: str) -> None:
    got = of(read(text), "priority_of")
    assert got and all(o == plan for _, o in got), got
