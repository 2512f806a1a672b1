"""loaders/extract/appositions.py: a signature line names the body signed for before the signer ("Signed for
Eastvale District Council: Jo Lee, Chief Executive"); the signer's bare post is that body's post. A Welsh council
written by its place ("Signed for Cyngor Westmoor:") is its council. A line with no such label leaves the post as
written."""

from __future__ import annotations

from extract_helpers import of, read

AGREEMENT = """Joint Working Agreement

Signed for Eastvale District Council: Jo Lemming, Chief Executive        Date: 3 March 2025
Signed for Northvale Borough Council: Ray Tallis, Chief Executive        Date: 3 March 2025
"""

TERMS = """Safer Eastvale Partnership
Terms of Reference

Signed on behalf of the Safer Eastvale Partnership - Cllr Anya Holt, Chair
"""

PLAIN = """Safer Eastvale Partnership
Minutes of the meeting held on 2 April 2025

The report was presented by Jo Lemming, Chief Executive.
"""


def test_the_signers_post_is_the_post_of_the_body_signed_for() -> None:
    posts = of(read(AGREEMENT), "holds_post")
    assert ("Jo Lemming", "Chief Executive, Eastvale District Council") in posts, posts
    assert ("Ray Tallis", "Chief Executive, Northvale Borough Council") in posts, posts


def test_a_signature_label_is_no_name() -> None:
    doc = read(TERMS)
    names = {e.name for f in doc.facts for e in (f.subject, f.object) if e is not None}
    assert not any(n.startswith("Signed") for n in names), names


def test_without_a_label_the_post_stays_as_written() -> None:
    posts = of(read(PLAIN), "holds_post")
    assert not any(post.startswith("Chief Executive,") for _, post in posts), posts
