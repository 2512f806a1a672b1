"""A team, service or unit a council's possessive names ("the Council's Community Safety Team", "the council's
Public Health service", "Northdale County Council's Youth Justice Service") is part of that council; a unit of a
body that is no council, and a council's committee, are left."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

CABINET = """Source: https://www.northdale.gov.uk/cabinet/2025-02

Northdale Borough Council
Cabinet report

4.  The needs assessment was prepared by the Council's Community Safety Team in the autumn.
"""

NEWS = """Source: https://www.eastbury.gov.uk/news/safer-streets

Eastbury District Council
News release

Night patrols in the town centre are co-ordinated by the council's Public Health service, working with the police.
"""

WEB = """Source: https://www.westmoor.gov.uk/community-safety

Safer Westmoor Partnership

Referrals for young people go to Westmoor County Council's Youth Justice Service, which runs the diversion scheme.
"""


@pytest.mark.parametrize(("text", "council", "unit"), [
    (CABINET, "Northdale Borough Council", "Community Safety Team"),
    (NEWS, "Eastbury District Council", "Public Health service"),
    (WEB, "Westmoor County Council", "Youth Justice Service"),
])
def test_a_councils_own_unit_is_part_of_it(text: str, council: str, unit: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    got = of(doc, "part_of")
    assert any(o == council and s.endswith(unit) for s, o in got), got


def test_a_unit_of_a_body_that_is_no_council_is_left() -> None:
    doc = read(CABINET.replace("the Council's", "the Partnership's"))
    assert not any(s.endswith("Community Safety Team") for s, _ in of(doc, "part_of"))


def test_a_councils_committee_is_left() -> None:
    doc = read(CABINET.replace("Community Safety Team", "Communities Scrutiny Committee"))
    assert not of(doc, "part_of")
