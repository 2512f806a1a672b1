"""A post written before its holder with the post's initials in brackets between ("the Police, Fire and Crime
Commissioner (PFCC), Mr Ravi Sen") or with the organisation it is held in ("the Head of Housing at Redbrook
Borough Council, Mr Omar Hale") is the post the person holds; the organisation is the person's.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, person, post", [
    # a web page on governance
    ("Northvale has a Police, Fire and Crime Commissioner (PFCC), Mr Ravi Sen, who was elected in 2021.\n",
     "Ravi Sen", "Police, Fire and Crime Commissioner"),
    # minutes
    ("The Director of Public Health (DPH), Mrs Ann Tate, introduced the plan.\n", "Ann Tate",
     "Director of Public Health"),
    # a cabinet report
    ("The report was presented by the Community Safety Manager (CSM), Ms Jo Marsh.\n", "Jo Marsh",
     "Community Safety Manager"),
])
def test_the_post_s_initials_between(text: str, person: str, post: str) -> None:
    assert any(who == person and held.startswith(post) for who, held in of(read(text), "holds_post"))


@pytest.mark.parametrize("text, person, organisation", [
    ("The Head of Housing at Redbrook Borough Council, Mr Omar Hale, presented the report.\n", "Omar Hale",
     "Redbrook Borough Council"),
    ("Members thanked the Station Manager at Northvale Fire and Rescue Service, Ms Jo Marsh, for the update.\n",
     "Jo Marsh", "Northvale Fire and Rescue Service"),
    ("- the Partnership Analyst at Northvale Police (NP), Mrs Ann Tate, will lead the review\n", "Ann Tate",
     "Northvale Police"),
])
def test_a_post_held_in_an_organisation_then_its_holder(text: str, person: str, organisation: str) -> None:
    doc = read(text)
    assert (person, organisation) in of(doc, "member_of")
    assert any(who == person and organisation in held for who, held in of(doc, "holds_post"))
