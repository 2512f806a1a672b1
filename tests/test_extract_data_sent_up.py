"""reports_to: "provides quarterly data to X" is read even when the sentence holds no other word of reporting (the
relation's pre-filter of required words lacked "data", so its own trigger "provides ... data to" never ran alone).
Written in three councils' styles; names invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CASES = [
    # a youth justice plan: the service and the national board, with "also"
    ("Harrowgate Vale Youth Justice Plan 2025\n\nBetween meetings the Harrowgate Vale Youth Justice Service also "
     "provides annual data to the Harrowgate Vale Youth Justice Management Board on first-time entrants.\n",
     "Harrowgate Vale Youth Justice Service", "Harrowgate Vale Youth Justice Management Board"),
    # a partnership's terms of reference: performance data each month
    ("Kettlewyke Community Safety Partnership\nTerms of reference\n\n4.2 The Kettlewyke Community Safety "
     "Partnership provides monthly performance data to the Kettlewyke Safer Communities Board.\n",
     "Kettlewyke Community Safety Partnership", "Kettlewyke Safer Communities Board"),
    # minutes: a panel's data, plainly
    ("Larkwood Channel Panel\nMinutes, 2 June 2025\n\n5. The Larkwood Channel Panel provides data to the "
     "Larkwood Prevent Board at each of its meetings.\n",
     "Larkwood Channel Panel", "Larkwood Prevent Board"),
]


@pytest.mark.parametrize(("text", "subject", "target"), CASES)
def test_data_provided_to_a_body_is_a_report_to_it(text: str, subject: str, target: str) -> None:
    found = of(read(text), "reports_to")
    assert (subject, target) in found, found


def test_data_provided_to_people_is_no_report() -> None:
    text = ("Moorbridge Community Safety Partnership\n\nThe Moorbridge Community Safety Partnership provides "
            "quarterly data to residents through its website.\n")
    assert not of(read(text), "reports_to")
