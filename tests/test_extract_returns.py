"""A body that submits, sends or returns a monitoring, assurance or performance return (or form) to another reports
to it: the gold codes standing returns as reporting lines. A return of money or a return to a place is no report."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"
CSP = "Northdale Community Safety Partnership"


@pytest.mark.parametrize(("sentence", "obj"), [
    ("Once a year the Partnership sends an assurance return to the Northdale CONTEST Board.",
     "Northdale CONTEST Board"),
    ("3.2 The Partnership will submit a six-monthly monitoring return to the Northdale Safeguarding Board.",
     "Northdale Safeguarding Board"),
    ("The Partnership must also return a quarterly performance form to the Northdale Health and Wellbeing Board.",
     "Northdale Health and Wellbeing Board"),
])
def test_a_return_submitted_to_a_body_is_a_reporting_line(sentence: str, obj: str) -> None:
    assert (CSP, obj) in of(read(HEAD + sentence + "\n"), "reports_to")


@pytest.mark.parametrize("sentence", [
    "Unspent grant must be returned to the Northdale Safeguarding Board by March.",
    "The Partnership will return to the Northdale Safeguarding Board in June with a new plan.",
])
def test_money_or_a_visit_returned_is_no_report(sentence: str) -> None:
    assert not of(read(HEAD + sentence + "\n"), "reports_to")
