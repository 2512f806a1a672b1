"""clauses: a sentence whose subject sits under one body, named with a gloss after it, "and will continue to report
to" another: the second predicate is the subject's, going on with it ("continue to") as with "will also". The body
just before the "and" (the object of the first predicate) reports nothing. Written in three councils' styles;
names invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Wrexford Violence Reduction Board\nNotes of the meeting, 9 April 2025\n\n"

CASES = [
    # minutes: the board's place restated, with the partnership glossed in apposition
    ("4. Governance\nThe Wrexford Violence Reduction Board remains a sub-group of the Wrexford Community Safety "
     "Partnership (WCSP), the district's statutory partnership, and will continue to report quarterly to the "
     "Wrexford Tasking Executive.",
     "Wrexford Violence Reduction Board", "Wrexford Tasking Executive", "Wrexford Community Safety Partnership"),
    # a cabinet report: a panel that sits under a county board and continues to feed into another
    ("2.3 The Wrexford Hate Crime Panel sits under the Northmoor County Safety Board, the county-wide board for "
     "community safety, and continues to feed into the Northmoor Cohesion Forum.",
     "Wrexford Hate Crime Panel", "Northmoor Cohesion Forum", "Northmoor County Safety Board"),
    # a terms of reference: "shall continue to provide an annual report to"
    ("The Wrexford Exploitation Group is a sub-group of the Wrexford Safeguarding Partnership, which the three "
     "partners fund, and shall continue to provide an annual report to the Wrexford Youth Justice Board.",
     "Wrexford Exploitation Group", "Wrexford Youth Justice Board", "Wrexford Safeguarding Partnership"),
]


@pytest.mark.parametrize(("sentence", "subject", "target", "between"), CASES)
def test_the_continued_predicate_is_the_subjects(sentence: str, subject: str, target: str, between: str) -> None:
    found = of(read(HEAD + sentence + "\n"), "reports_to")
    # the body named just before "and" is the first predicate's object, never the second's subject
    assert (between, target) not in found, found


@pytest.mark.parametrize(("sentence", "subject", "target", "between"), CASES[:1])
def test_the_subject_reports(sentence: str, subject: str, target: str, between: str) -> None:
    assert (subject, target) in of(read(HEAD + sentence + "\n"), "reports_to")
