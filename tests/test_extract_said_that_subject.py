"""clauses._sentence_subject: when a speaker is said to have reminded, told or confirmed that X does one thing "and"
another, the second predicate belongs to X, the subject of the clause after "that": not to the name just before
"and", nor to the one who speaks. Texts written for the test in several councils'
styles; names invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Ravensholme Domestic Abuse Partnership Board\nNotes of the Board, Tuesday 4 March 2025\n\n"
OPEN = "The Ravensholme Domestic Abuse Partnership Board (RDAPB) met in the Civic Centre.\n"
BOARD = "Ravensholme Domestic Abuse Partnership Board"


@pytest.mark.parametrize(
    "sentence, target",
    [
        # minutes: the chair reminds members, two predicates joined by "and"
        ("7. Lines of accountability\nThe Chair reminded members that the RDAPB is accountable to the Ravensholme "
         "Community Safety Executive and provides an annual update to the Ravensholme Safeguarding Partnership.",
         "Ravensholme Safeguarding Partnership"),
        # minutes in the passive: "and that it" opens the second clause
        ("Members were reminded that the RDAPB reports to the Ravensholme Community Safety Executive (RCSE), and "
         "that it sends a yearly summary to the Northwold Domestic Abuse Partnership Board.",
         "Northwold Domestic Abuse Partnership Board"),
        # a question answered at a panel: "confirmed that ... and also feeds into"
        ("Asked about oversight, the Director confirmed that the Board sits under the Ravensholme Community "
         "Safety Executive and also feeds into the Ravensholme Health and Wellbeing Board.",
         "Ravensholme Health and Wellbeing Board"),
    ],
)
def test_the_second_predicate_is_the_reported_clauses_subjects(sentence: str, target: str) -> None:
    found = of(read(HEAD + OPEN + sentence + "\n"), "reports_to")
    assert (BOARD, target) in found
    # the name just before "and" is an object of the first predicate, never the subject of the second
    assert ("Ravensholme Community Safety Executive", target) not in found


def test_the_speaker_reports_nothing() -> None:
    # the one who speaks is a post: the clause after "that" has its own subject, which is the one that reports
    text = HEAD + OPEN + ("The Head of Community Safety reported that the Ravensholme Channel Panel meets monthly "
                          "and reports to the Ravensholme Prevent Board.\n")
    found = of(read(text), "reports_to")
    assert ("Ravensholme Channel Panel", "Ravensholme Prevent Board") in found
    assert not any(s.startswith("Head of") for s, _ in found)
