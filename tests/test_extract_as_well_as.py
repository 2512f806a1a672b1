"""A second object joined by "as well as to", after the first or after how often ("reports to the Partnership
twice a year as well as to the Board"), fills the slot too."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"


@pytest.mark.parametrize("sentence", [
    "The Northdale Youth Group will continue to report to the Northdale Cohesion Board twice a year as well as to "
    "the Northdale Safeguarding Board.",
    "The Northdale Youth Group reports to the Northdale Cohesion Board as well as to the Northdale Safeguarding Board.",
    "The Northdale Youth Group is accountable to the Northdale Cohesion Board, as well as to the Northdale "
    "Safeguarding Board.",
])
def test_both_bodies_are_reported_to(sentence: str) -> None:
    got = of(read(HEAD + sentence + "\n"), "reports_to")
    assert ("Northdale Youth Group", "Northdale Cohesion Board") in got, got
    assert ("Northdale Youth Group", "Northdale Safeguarding Board") in got, got
