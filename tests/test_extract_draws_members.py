"""Prose that gives a body its members by where they come from: "The Board draws its members from A, B and C",
"The Panel has members from A and B", "The Group has representatives of A, B and C"."""

from __future__ import annotations

from extract_helpers import of, read


def _members(sentence: str, body: str) -> set[str]:
    doc = read(f"{body}\nAnnual Report 2024\n\n{sentence}\n")
    return {s for s, o in of(doc, "member_of") if o == body}


def test_draws_its_members_from() -> None:
    assert {"Orley Borough Council", "Orley Police"} <= _members(
        "The Board draws its members from Orley Borough Council, Orley Police and Orley Homes.",
        "Orley Reducing Reoffending Board")


def test_has_members_from() -> None:
    assert {"Quarrington City Council", "Quarrington Fire and Rescue Service"} <= _members(
        "The Panel has members from Quarrington City Council and Quarrington Fire and Rescue Service.",
        "Quarrington Channel Panel")


def test_has_representatives_of() -> None:
    assert {"Harrowby District Council", "Harrowby Police"} <= _members(
        "The Group has representatives of Harrowby District Council, Harrowby Police and Harrowby Mind.",
        "Harrowby Hate Crime Group")
