"""A table of people: "Name | Post | Organisation". A post's cell right before a cell that holds only an
organisation is that organisation's post, named with it (the bare title kept as one of its names)."""

from __future__ import annotations

from extract_helpers import of, read

MINUTES = """Tameside Community Safety Partnership
Minutes of the meeting held on 14 March 2024

Present:
Marek Dunmore\tService Manager\tPathways Recovery Trust
Olwen Tregarthen\tChief Executive\tAction Together Tameside
Cllr Joss Aberfeldy\tCabinet Member (Chair)\tTameside Council

1. Welcome
The Chair welcomed everyone.
"""


def test_a_post_cell_before_an_organisation_cell_is_that_organisations_post() -> None:
    doc = read(MINUTES)
    posts = of(doc, "holds_post")
    assert ("Marek Dunmore", "Service Manager, Pathways Recovery Trust") in posts
    assert ("Olwen Tregarthen", "Chief Executive, Action Together Tameside") in posts
    # the bare title and the bracketed form are names of the same post
    manager = next(e for e in doc.entities if e.name == "Service Manager, Pathways Recovery Trust")
    assert {"Service Manager", "Service Manager (Pathways Recovery Trust)"} <= set(manager.aliases)


def test_the_organisation_is_still_the_persons() -> None:
    doc = read(MINUTES)
    assert ("Marek Dunmore", "Pathways Recovery Trust") in of(doc, "member_of")


def test_a_chair_marker_in_the_post_cell_is_read_as_before() -> None:
    doc = read(MINUTES)
    assert ("Joss Aberfeldy", "Tameside Community Safety Partnership") in of(doc, "chairs")
