"""A body's name followed by lower-case words ending on a post's head ("chaired by the Wessex County Council domestic
abuse commissioning lead", "led by the Northvale Police neighbourhood inspector") names that body's officer, whom the
paper does not name: the body chairs or leads nothing, and no open statement joins it either. A body named alone
still does. Three councils' styles."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northvale.gov.uk/community-safety\n\nNorthvale District Council\n\n"


@pytest.mark.parametrize(("text", "relation"), [
    ("The Domestic Abuse Forum is chaired by the Wessex County Council domestic abuse commissioning lead.", "chairs"),
    ("The Northvale Youth Panel is led by the Northvale Police neighbourhood inspector.", "led_by"),
    ("The Northvale Drugs Group is chaired by Wessex County Council's public health lead.", "chairs"),
])
def test_a_bodys_unnamed_officer_is_not_the_body(text: str, relation: str) -> None:
    doc = read(HEAD + text + "\n")
    assert not of(doc, relation), of(doc, relation)
    assert not of(doc, "other"), of(doc, "other")


def test_a_body_named_alone_still_chairs() -> None:
    doc = read(HEAD + "The Northvale Hate Crime Group is chaired by Wessex Police.\n")
    assert ("Wessex Police", "Northvale Hate Crime Group") in of(doc, "chairs")
