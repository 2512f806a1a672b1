"""A councillor's report written in the first person: "myself as <post>", "I am the Council's representative on"."""

from __future__ import annotations

from extract_helpers import of, read

_REPORT = (
    "CABINET MEETING - 9 MARCH 2022\n\n"
    "CABINET MEMBER REPORT TO COUNCIL - CLLR TOMASZ REYNE\n\n"
    "I am pleased to update Members on my portfolio.\n\n"
    "Tamworth Borough Council is represented on the Tamworth Strategic Partnership by myself as Leader of the "
    "Council and Anya Gill, Chief Executive.\n\n"
    "Local representation on the Staffordshire Safer Communities Board is provided through myself as Cabinet "
    "Member for Community Safety.\n\n"
    "The Staffordshire Police, Fire and Crime Panel scrutinises the Commissioner. I am the Tamworth Borough "
    "Council representative on the panel.\n"
)


def test_the_author_holds_the_posts_named_after_myself_as() -> None:
    posts = of(read(_REPORT), "holds_post")
    assert ("Tomasz Reyne", "Cabinet Member for Community Safety, Tamworth Borough Council") in posts
    assert not any("Anya Gill" in post for _, post in posts)


def test_the_author_represents_the_council() -> None:
    doc = read(_REPORT)
    members = of(doc, "member_of")
    assert ("Tomasz Reyne", "Staffordshire Police, Fire and Crime Panel") in members
    assert ("Tamworth Borough Council", "Tomasz Reyne") in of(doc, "represented_by")


def test_representation_said_to_be_through_the_author_is_not_read() -> None:
    # one seed paper's wording, never seen again in ~150 read papers: the reader no longer fits it
    assert ("Tomasz Reyne", "Staffordshire Safer Communities Board") not in of(read(_REPORT), "member_of")


def test_no_author_named_no_first_person_facts() -> None:
    doc = read("Annual report of the Tamworth Strategic Partnership\n\nI am pleased to present the report, and "
               "local representation on the Staffordshire Safer Communities Board is provided through myself as "
               "Chair.\n")
    assert not of(doc, "member_of")
