"""'Jo Bright, Area Manager from Kent Fire and Rescue Service': the person works for the body after 'from'."""

from __future__ import annotations

from extract_helpers import of, read


def test_post_from_an_organisation() -> None:
    doc = read("The new chair is Jo Bright, Area Manager from Kent Fire and Rescue Service.\n")
    assert ("Jo Bright", "Kent Fire and Rescue Service") in of(doc, "member_of")
    assert ("Jo Bright", "Area Manager") in of(doc, "holds_post")


def test_a_hyphenated_vice_post() -> None:
    doc = read("The vice-chair is Sam Frost, Vice-Principal at Canterbury College.\n")
    # the organisation's post (a post "at" any organisation), its bare title kept as a name of the node
    assert ("Sam Frost", "Vice-Principal, Canterbury College") in of(doc, "holds_post")
    post = next(f.object for f in doc.facts if f.relation == "holds_post")
    assert "Vice-Principal" in next(e.aliases for e in doc.entities if e.iri == post.iri)
    assert ("Sam Frost", "Canterbury College") in of(doc, "member_of")
