"""The Joint Combating Drugs Unit is one national body: a district's paper writes it bare, as it would a generic
local group, yet it is never that district's ("Northdale Joint Combating Drugs Unit"). Texts written for the tests,
in three councils' styles; the places and people are invented."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

TERMS = """Source: https://www.northdale.gov.uk/combating-drugs-partnership/terms

Northdale Combating Drugs Partnership
Terms of reference

3.2 The Partnership reports each quarter to the Joint Combating Drugs Unit through the self-assessment return.
"""

MINUTES = """Source: https://www.eastbury.gov.uk/meetings/cdp-2024-11

Eastbury Combating Drugs Partnership
Minutes of the meeting of 12 November 2024

5. Performance. The Partnership is accountable to the JCDU for delivery of the local plan.
"""

REPORT = """Source: https://www.westmoor.gov.uk/cabinet/drugs-strategy

Westmoor County Council
Report to Cabinet

The Westmoor Combating Drugs Partnership will feed into the Joint Combating Drugs Unit (JCDU) twice a year.
"""


@pytest.mark.parametrize("text", [TERMS, MINUTES, REPORT])
def test_the_unit_keeps_its_national_name(text: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    objects = {o for _, o in of(doc, "reports_to")}
    assert "Joint Combating Drugs Unit" in objects, objects
    assert not any(o.endswith("Joint Combating Drugs Unit") and o != "Joint Combating Drugs Unit" for o in objects)
