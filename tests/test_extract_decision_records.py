"""A "Record of Decision" is a decision notice like the others (its number may be written "DR/2024/017"); with no
decision-maker field, the office the record is headed with made it; and "This decision will be ... reported to
the Police and Crime Panel" makes the maker answer to that panel."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

HEADED = """Source: https://www.gwent-pcc.gov.uk/decisions/2024-021

Gwent Police and Crime Commissioner
RECORD OF DECISION

Decision number:   021/2024
Title:             Safer Streets Grant 2024/25 - allocations to partnerships
Date:              3 June 2024

1. The Commissioner approves the allocations below to the community safety partnerships of Gwent.

9. This decision will be published on the Commissioner's website and reported to the Gwent Police and Crime
Panel, which reviews the Commissioner's decisions.
"""

FIELDS = """Source: https://www.eastbury-pcc.gov.uk/decisions/dr-2024-009

OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR EASTBURY

RECORD OF DECISION

Decision reference:   DR/2024/009
Title:                Community Safety Fund 2024/25
Decision maker:       Police and Crime Commissioner for Eastbury
Report author:        Dora Quill, Head of Commissioning

This decision will be reported to the Eastbury Police and Crime Panel at its meeting of 4 July 2024.
"""

NOTICE = """Source: https://www.wiltshire-pcc.gov.uk/decisions/wm-2023-4

Wiltshire Police and Crime Commissioner
DECISION NOTICE

Decision number: WM/2023/4
Title: Youth Diversion Grant

The grant goes to youth services across Wiltshire.

The decision must be recorded and reported to the Wiltshire Police and Crime Panel.
"""


@pytest.mark.parametrize(("text", "maker", "record", "panel"), [
    (HEADED, "Gwent Police and Crime Commissioner", "Record of Decision 021/2024",
     "Gwent Police and Crime Panel"),
    (FIELDS, "Eastbury Police and Crime Commissioner", "Record of Decision DR/2024/009",
     "Eastbury Police and Crime Panel"),
    (NOTICE, "Wiltshire Police and Crime Commissioner", "Decision Notice WM/2023/4",
     "Wiltshire Police and Crime Panel"),
])
def test_the_maker_produces_the_record_and_reports_to_the_panel(text: str, maker: str, record: str,
                                                                panel: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (maker, record) in of(doc, "produces"), of(doc, "produces")
    assert (maker, panel) in of(doc, "reports_to"), of(doc, "reports_to")


def test_a_paper_that_is_no_decision_record_gives_no_reporting_line() -> None:
    text = HEADED.replace("RECORD OF DECISION", "ANNUAL REPORT").replace("Decision number:", "Issue:")
    assert not of(read(text), "reports_to")
