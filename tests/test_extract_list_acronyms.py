"""A member named with its acronym in brackets ("the Youth Offending Team (YOT)") keeps the list going: the
members after it are members too, not an apposition that ends the list."""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize(("paper", "last"), [
    ("Safer Swindon Partnership\n\nTerms of Reference\n\n2.1 The members of the Partnership are Swindon Borough "
     "Council, the Swindon Youth Offending Team (YOT) and Swindon Mind.\n", "Swindon Mind"),
    ("Torbay Community Safety Partnership\n\nMinutes\n\n3. The members of the partnership are Torbay Council, the "
     "Torbay Drug and Alcohol Team (DAT), Torbay Council for Voluntary Service and the Torbay Youth Service.\n",
     "Torbay Youth Service"),
])
def test_the_list_goes_on_after_a_members_acronym(paper: str, last: str) -> None:
    members = {s for s, _ in of(read(paper), "member_of")}
    assert last in members, members
