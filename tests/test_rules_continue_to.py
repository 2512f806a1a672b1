"""clauses: "X is a sub-group of the Y Partnership, the borough's CSP, and will continue to report to Z": the
second predicate, after a verb of going on ("continue(s) to"), is the sentence subject's, not the apposed
partnership's (s16-rules). Papers written for the test in three layouts; the bodies are invented."""
from __future__ import annotations

import pytest
from extract_helpers import of, read

_PAPERS = {
'a': """Rugby Domestic Abuse Forum - minutes of 3 April 2025

2. Terms of reference
The Forum stays a sub-group of the Safer Rugby Partnership (SRP), the borough's crime and disorder partnership,
and will continue to report into the SRP Executive twice a year.
""",
'b': """Harlow Serious Violence Group: terms of reference

4.2 The Group is a theme group of the Harlow Community Safety Partnership, its statutory partnership, and continues
to report to the Essex Violence and Vulnerability Board on the duty.
""",
'c': """Crawley Hate Crime Panel annual report

The Panel remains part of the Safer Crawley Partnership, the town's CSP, and will also continue to report to the
Sussex Hate Crime Board.
""",
}

_SUBJECTS = {"a": "Rugby Domestic Abuse Forum", "b": "Harlow Serious Violence Group", "c": "Crawley Hate Crime Panel"}


@pytest.mark.parametrize("key", sorted(_PAPERS))
def test_the_going_on_predicate_is_the_subject_s(key: str) -> None:
    reporting = {s for s, _ in of(read(_PAPERS[key]), "reports_to")}
    assert not {s for s in reporting if s.endswith("Partnership")}
    assert _SUBJECTS[key] in reporting
