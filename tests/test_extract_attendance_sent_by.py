"""An attendee who is a council's 'Representative on' a panel: the council is represented by them there."""

from __future__ import annotations

from extract_helpers import fact, of, read


def test_council_representative_on_a_panel() -> None:
    doc = read(
        "Present:\nCllr A Bell (Chairman)\n\n"
        "Also attended:\nCllr R Tamsin, Surrey County Council Representative on Surrey Police and Crime Panel\n"
        "Jo Lee, Community Safety Manager\n"
    )
    assert ("Surrey County Council", "R Tamsin") in of(doc, "represented_by")
    f = fact(doc, "Surrey County Council", "represented_by", "R Tamsin")
    assert f.on_body is not None and f.on_body.name == "Surrey Police and Crime Panel"


def test_a_representative_of_no_known_body_names_no_sender() -> None:
    doc = read("Also attended:\nSam Okafor, Youth Council Representative on Surrey Police and Crime Panel\n")
    assert not of(doc, "represented_by")
