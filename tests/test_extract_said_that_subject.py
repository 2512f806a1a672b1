"""clauses._sentence_subject: a second predicate joined by "and" after a reported clause ("The Chair reminded members
that the Board is accountable to A and provides an annual update to B") is said of the subject of the clause after
"that", not of the name just before "and" nor of the one who speaks. Texts written for the test in several councils'
styles; names invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Ravensholme Domestic Abuse Partnership Board\nMinutes of the meeting held on 4 March 2025\n\n"
OPEN = "The Ravensholme Domestic Abuse Partnership Board (RDAPB) met in the Civic Centre.\n"
BOARD = "Ravensholme Domestic Abuse Partnership Board"


@pytest.mark.parametrize(
    "sentence, target",
    [
        # minutes: the chair reminds members, two predicates joined by "and"
        ("4. GOVERNANCE\nThe Chair reminded members that the Board is accountable to the Safer Ravensholme "
         "Partnership and provides an annual update to the Ravensholme Safeguarding Partnership.",
         "Ravensholme Safeguarding Partnership"),
        # minutes in the passive: "and that it" opens the second clause
        ("Members were reminded that the Board reports to the Safer Ravensholme Partnership (SRP), and that it "
         "sends a yearly summary to the Northwold Domestic Abuse Partnership Board.",
         "Northwold Domestic Abuse Partnership Board"),
        # a question answered at a panel: "confirmed that ... and also feeds into"
        ("Asked about oversight, the Director confirmed that the Board sits under the Safer Ravensholme "
         "Partnership and also feeds into the Ravensholme Health and Wellbeing Board.",
         "Ravensholme Health and Wellbeing Board"),
    ],
)
def test_the_second_predicate_is_the_reported_clauses_subjects(sentence: str, target: str) -> None:
    found = of(read(HEAD + OPEN + sentence + "\n"), "reports_to")
    assert (BOARD, target) in found
    # the name just before "and" is an object of the first predicate, never the subject of the second
    assert ("Safer Ravensholme Partnership", target) not in found


def test_the_speaker_reports_nothing() -> None:
    # the one who speaks is a post: the clause after "that" has its own subject, which is the one that reports
    text = HEAD + OPEN + ("The Head of Community Safety reported that the Ravensholme Channel Panel meets monthly "
                          "and reports to the Ravensholme Prevent Board.\n")
    found = of(read(text), "reports_to")
    assert ("Ravensholme Channel Panel", "Ravensholme Prevent Board") in found
    assert not any(s.startswith("Head of") for s, _ in found)
