"""'Jo Bright, Area Manager from Kent Fire and Rescue Service': the person works for the body after 'from'."""

from __future__ import annotations

from extract_helpers import of, read


def test_post_from_an_organisation() -> None:
    doc = read("The new chair is Jo Bright, Area Manager from Kent Fire and Rescue Service.\n")
    assert ("Jo Bright", "Kent Fire and Rescue Service") in of(doc, "member_of")
    assert ("Jo Bright", "Area Manager") in of(doc, "holds_post")
