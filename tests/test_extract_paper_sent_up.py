"""A body that sends, submits or presents its plan, strategy or assessment to another reports to it; the paper's
words may be a name of their own and are left out of the trigger."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The Partnership is accountable to its responsible authorities. It feeds into the Westshire Community Safety "
     "Board, and sends its annual plan to the Police and Crime Commissioner for Westshire.",
     ("Northdale Community Safety Partnership", "Police and Crime Commissioner for Westshire")),
    ("The Northdale Youth Group presents its draft strategy to the Northdale Safeguarding Board.",
     ("Northdale Youth Group", "Northdale Safeguarding Board")),
    ("The Northdale Youth Group submitted its delivery plan to the Northdale Safeguarding Board in May.",
     ("Northdale Youth Group", "Northdale Safeguarding Board")),
])
def test_a_paper_sent_up_is_a_reporting_line(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(HEAD + sentence + "\n"), "reports_to")


def test_a_plan_sent_to_residents_is_no_reporting_line() -> None:
    doc = read(HEAD + "The Northdale Youth Group sent its annual plan to every school in the town.\n")
    assert not of(doc, "reports_to")
