"""'Jo Bright, Area Manager from Kent Fire and Rescue Service': the person works for the body after 'from'."""

from __future__ import annotations

from extract_helpers import of, read


def test_post_from_an_organisation() -> None:
    doc = read("The new chair is Jo Bright, Area Manager from Kent Fire and Rescue Service.\n")
    assert ("Jo Bright", "Kent Fire and Rescue Service") in of(doc, "member_of")
    assert ("Jo Bright", "Area Manager") in of(doc, "holds_post")


def test_a_hyphenated_vice_post() -> None:
    doc = read("The vice-chair is Sam Frost, Vice-Principal at Canterbury College.\n")
    # a post "at" an organisation is that organisation's post (the bare title stays an alias of it)
    assert ("Sam Frost", "Vice-Principal, Canterbury College") in of(doc, "holds_post")
    assert ("Sam Frost", "Canterbury College") in of(doc, "member_of")
