"""How often a body meets, when a passive's agent stands between it and "meets": "X is chaired by Y, Z Police, and
meets monthly" and "X, which is led by Y, meets every six weeks" say how often X meets, not Y. Three styles, and the
plain form."""

from __future__ import annotations

import pytest
from extract_helpers import read

HEAD = "Source: https://www.northvale.gov.uk/community-safety\n\nNorthvale District Council\n\n"


def _meets(text: str) -> set[tuple[str, str]]:
    doc = read(HEAD + text + "\n")
    return {(f.subject.name, f.value) for f in doc.facts if f.rule == "statement:meetingFrequency"}


@pytest.mark.parametrize(("text", "body", "freq"), [
    ("The Northvale Joint Action Group is chaired by Inspector Tom Reed, Wessex Police, and meets monthly; the "
     "Forum is separate.", "Northvale Joint Action Group", "monthly"),
    ("The Northvale Hate Crime Group is chaired by Wessex Police and meets monthly.", "Northvale Hate Crime Group",
     "monthly"),
    ("The Northvale Youth Panel, which is led by the Wessex Youth Service, meets every six weeks.",
     "Northvale Youth Panel", "every six weeks"),
    ("The Northvale Board meets quarterly.", "Northvale Board", "quarterly"),
])
def test_the_body_before_the_passive_meets(text: str, body: str, freq: str) -> None:
    assert _meets(text) == {(body, freq)}


def test_it_is_chaired_by_and_meets_gives_no_body() -> None:
    # "It" could be any body the paragraph speaks of: not the paper's own, and never the chair's organisation
    text = ("The Northvale Domestic Abuse Forum sits under the Vulnerability Group. It is chaired by Ann Lee, Chief "
            "Officer of Wessex Women's Aid, and meets every two months.")
    assert not any(body in ("Northvale District Council", "Wessex Women's Aid") for body, _ in _meets(text))
