"""An aside set between a subject and its verb, opened by a preposition or a comparison ("the Forum, working
alongside the Interfaith Network, reports to", "the Service, with oversight from the Board, delivers", "the Forum,
like the Prevent Group, reports to") or closed in brackets ("the Forum (a partnership of the Police and the
Council) reports to"), leaves the name before it the subject: the names inside the aside do not act.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

_SUBJECT = "Redbrook Hate Crime Forum"
_PARENT = "Redbrook Community Safety Partnership"


@pytest.mark.parametrize("aside", [
    ", working alongside the Redbrook Interfaith Network,",
    ", like the Redbrook Prevent Steering Group,",
    ", in partnership with Northvale Police,",
    " (a partnership of Northvale Police and Redbrook Borough Council)",
    ", with support from Victim Support,",
])
def test_the_name_before_an_aside_reports(aside: str) -> None:
    doc = read(f"The {_SUBJECT}{aside} reports to the {_PARENT}.\n")
    assert of(doc, "reports_to") == {(_SUBJECT, _PARENT)}


@pytest.mark.parametrize("text, relation, pair", [
    # an annual report: oversight in the aside, delivery in the main clause
    ("The Redbrook Youth Justice Service, with oversight from the Redbrook Youth Justice Management Board, "
     "delivers the Redbrook Diversion Scheme.\n", "delivers",
     ("Redbrook Youth Justice Service", "Redbrook Diversion Scheme")),
    # a web page: a partner named in the aside
    ("The Redbrook Hate Crime Forum, in partnership with Northvale Police, runs the Redbrook Third Party Reporting "
     "Scheme.\n", "delivers", ("Redbrook Hate Crime Forum", "Redbrook Third Party Reporting Scheme")),
    # terms of reference: the chair with the organisation in brackets
    ("Jo Lee (Northvale Police) chairs the Redbrook Hate Crime Forum.\n", "chairs",
     ("Jo Lee", "Redbrook Hate Crime Forum")),
])
def test_the_main_clause_s_subject(text: str, relation: str, pair: tuple[str, str]) -> None:
    got = of(read(text), relation)
    assert pair in got and len(got) == 1, got


def test_the_aside_still_says_what_it_says() -> None:
    doc = read("The Redbrook Youth Justice Service, with oversight from the Redbrook Youth Justice Management Board, "
               "delivers the Redbrook Diversion Scheme.\n")
    assert ("Redbrook Youth Justice Management Board", "Redbrook Youth Justice Service") in of(doc, "oversees")
