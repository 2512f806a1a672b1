"""The titles a section of members goes under in papers of different councils: "Membership and attendance",
"Who sits on the Board?", "Board composition", "Core membership and deputies", and the colon openers "Board
membership is as follows:", "The following agencies are represented:". The list or table under each gives the
paper's board its members; a title that says nothing of members opens no list."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

DASHED = """- Fenwick Borough Council - Director of Communities
- Fenwick Police - Chief Inspector
- Fenwick Fire and Rescue Service - Station Manager
"""
TABBED = """Organisation\tRepresentative
Fenwick Borough Council\tDirector of Communities
Fenwick Police\tChief Inspector
Fenwick Fire and Rescue Service\tStation Manager
"""
PIPED = """| Organisation                     | Represented by           |
|----------------------------------|--------------------------|
| Fenwick Borough Council          | Director of Communities  |
| Fenwick Police                   | Chief Inspector          |
| Fenwick Fire and Rescue Service  | Station Manager          |
"""


def _paper(title: str, body: str) -> str:
    return f"Fenwick Safer Communities Board\nTerms of Reference\n\n{title}\n\n{body}"


@pytest.mark.parametrize("title", ["Membership and attendance", "4. MEMBERSHIP AND QUORACY", "Who sits on the Board?",
                                   "Board composition", "Core membership and deputies", "Members and representatives",
                                   "Board membership is as follows:", "The following agencies are represented:"])
@pytest.mark.parametrize("body", [DASHED, TABBED, PIPED])
def test_a_members_title_opens_the_list_under_it(title: str, body: str) -> None:
    doc = read(_paper(title, body))
    members = {s for s, o in of(doc, "member_of") if o == "Fenwick Safer Communities Board"}
    assert {"Fenwick Borough Council", "Fenwick Police"} <= members, (title, of(doc, "member_of"))


@pytest.mark.parametrize("title", ["Meetings and quoracy", "Who we work with on housing", "Budget composition"])
def test_a_title_that_says_nothing_of_members_opens_no_list(title: str) -> None:
    doc = read(_paper(title, DASHED))
    assert not [s for s, o in of(doc, "member_of") if o == "Fenwick Safer Communities Board"], title
