"""Chair and vice-chair paired with two people by "respectively"."""

from __future__ import annotations

from extract_helpers import of, read


def test_posts_first_then_people() -> None:
    doc = read(
        "2.1\tSAFER THANET BOARD\n"
        "The Safer Thanet Board meets each quarter.\n"
        "A new Chair and Vice-Chair of the Board were appointed in May - Jo Bright, Area Manager at Kent Fire "
        "and Rescue Service, and Sam Frost, Principal of East Kent College, respectively.\n"
    )
    assert of(doc, "chairs") == {("Jo Bright", "Safer Thanet Board")}
    assert of(doc, "vice_chair") == {("Sam Frost", "Safer Thanet Board")}


def test_people_first_then_posts() -> None:
    doc = read("Councillor Ravi Moss and Councillor Ella Thorne were elected Chairman and Vice-Chairman of the "
               "Safer Rushcliffe Partnership respectively.\n")
    assert ("Ravi Moss", "Safer Rushcliffe Partnership") in of(doc, "chairs")
    assert ("Ella Thorne", "Safer Rushcliffe Partnership") in of(doc, "vice_chair")


def test_no_body_named_after_the_posts_says_nothing() -> None:
    doc = read("Jo Bright and Sam Frost were thanked for their years as Chair and Vice-Chair respectively.\n")
    assert not of(doc, "vice_chair")
