"""A name after ", and" followed by a present-tense verb of its own ("..., and the Chair represents the borough on
...") opens the next clause: it is no second object of the verb before it."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"
CSP = "Northdale Community Safety Partnership"


@pytest.mark.parametrize("sentence", [
    "The Partnership is accountable to the Northdale Health and Wellbeing Board, and the Chair represents the "
    "borough on the Regional Chairs Network.",
    "The Partnership reports to the Northdale Public Services Board, and the Northdale Safeguarding Board receives "
    "its annual report.",
    "The Partnership reports to the Northdale Public Services Board, and the Vice-Chair attends the County Safety "
    "Board for it.",
])
def test_a_name_with_its_own_verb_after_and_is_no_object(sentence: str) -> None:
    got = of(read(HEAD + sentence + "\n"), "reports_to")
    assert len(got) == 1 and all(s == CSP for s, _ in got), got


def test_two_bodies_joined_by_and_are_both_objects() -> None:
    got = of(read(HEAD + "The Partnership reports to the Northdale Public Services Board and the Northdale Health "
                  "and Wellbeing Board.\n"), "reports_to")
    assert len(got) == 2, got
