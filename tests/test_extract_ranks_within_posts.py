"""A police rank written before a name is not a post of its own when the paper gives the same person a fuller post
headed or ended by that rank. Texts written for these tests; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_the_rank_inside_a_fuller_post_is_not_held_twice() -> None:
    doc = read("""Minutes of the Rivermouth Safer Neighbourhood Board held on 4 March 2025

Present:
Ada Brookfield (Chair)

In attendance:
Inspector Petra Lindqvist - Neighbourhood Policing Inspector, Rivermouth BCU
""")
    posts = of(doc, "holds_post")
    assert ("Petra Lindqvist", "Inspector") not in posts
    assert any(person == "Petra Lindqvist" and post.startswith("Neighbourhood Policing Inspector")
               for person, post in posts)


def test_a_rank_alone_is_kept() -> None:
    doc = read("""Minutes of the Rivermouth Safer Neighbourhood Board held on 4 March 2025

Present:
Ada Brookfield (Chair)
Superintendent Ivo Marchetti - Westshire Police
""")
    assert ("Ivo Marchetti", "Superintendent") in of(doc, "holds_post")


def test_an_independent_chairs_field_gives_the_post_of_the_body() -> None:
    doc = read("""Rivermouth Exploitation Partnership - Annual Report 2024

The Rivermouth Exploitation Partnership (REP) brings agencies together.

Independent Chair:  Petra Lindqvist (appointed 2023)
Vice-Chair:         DCI Ivo Marchetti, Westshire Police
""")
    partnership = "Rivermouth Exploitation Partnership"
    assert ("Petra Lindqvist", partnership) in of(doc, "chairs")
    assert ("Petra Lindqvist", f"Independent Chair, {partnership}") in of(doc, "holds_post")
    posts = of(doc, "holds_post")
    assert not any(post.startswith("Independent") for person, post in posts if person == "Ivo Marchetti")
