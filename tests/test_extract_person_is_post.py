"""A person said to be a post, or to act in one ("Jo Lee is the Chief Executive of X", "Cllr Ann Bell acting as the
Lead Member") holds that post. The post must be a name the
finder reads; the inverted "The Chief Executive is Jo Lee" is left to the readers of chairs and seats.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("verb", ["is the", "acts as the", "serves as", "was the"])
def test_a_person_who_is_a_post(verb: str) -> None:
    doc = read(f"Redcar and Cleveland Borough Council\n\nMs Hana Oduya {verb} Chief Executive of Redcar and "
               "Cleveland Borough Council.\n")
    assert any(person == "Hana Oduya" and "Chief Executive" in post for person, post in of(doc, "holds_post"))


def test_a_person_acting_as_a_post_in_a_with_clause() -> None:
    doc = read("Safer Rutland Partnership\n\nThe chair rotates between partners, with Cllr Owen Tasker acting as the "
               "Lead Member for Community Safety.\n")
    assert any(person == "Owen Tasker" and "Lead Member for Community Safety" in post
               for person, post in of(doc, "holds_post"))


def test_a_person_who_is_a_member_holds_no_post() -> None:
    doc = read("Knowsley Council\n\nCllr Rita Obi is a member of the Safer Knowsley Partnership.\n")
    assert not of(doc, "holds_post")
