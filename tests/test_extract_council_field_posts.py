"""An officer's title naming its field ("Head of Housing Services", "Assistant Director of Adult Care", "Executive
Director for Place"), written bare in a council's own paper, is that council's post; one whose holder carries a
police rank, one naming another organisation, one on a line labelled by another council, and a title naming no
field stay as written."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

PAGE = """Source: https://www.example.gov.uk/community-safety/prevent

Fenland District Council

Prevent and community cohesion

Locally our Prevent work is steered by the Fenland Prevent Steering Group. The Fenland Prevent Steering Group is
chaired by the Head of Housing and Communities and meets every two months.
"""

MINUTES = """Source: https://democracy.example.gov.uk/minutes/csp

Rutland County Council

Safer Rutland Partnership - minutes of the meeting of 3 March 2026

Present:
Cllr Imelda Varga (Chair), Portfolio Holder for Safer Communities
Tobin Ashgrove, Assistant Director of Adult Social Care
Inspector Maud Kellerman, Leicestershire Police

1. The Partnership noted the quarterly performance report.
"""

TERMS = """Source: https://www.example.gov.uk/tor/channel

North Kesteven District Council
Channel Panel - Terms of Reference (2026)

Membership
  - Ines Farrowby, Executive Director for Place
  - Det Supt Colm Redwood, Head of Public Protection
  - Anouk Treverton, Service Director of Kesteven Recovery Partnership
  - Ravi Ellington, Assistant Director
"""

JOINT = """Source: https://www.example.gov.uk/joint-agreement

Joint agreement between Melton Borough Council ("MBC") and Harborough District Council ("HDC").

3.1 An officer group supports the joint committee (MBC: Lorcan Pettifer; HDC: Head of Licensing, Zelda Okafor).
"""


@pytest.mark.parametrize(
    "text, person, post",
    [
        (MINUTES, "Tobin Ashgrove", "Assistant Director of Adult Social Care, Rutland County Council"),
        (TERMS, "Ines Farrowby", "Executive Director for Place, North Kesteven District Council"),
    ],
)
def test_a_field_title_in_the_councils_paper_is_the_councils(text: str, person: str, post: str) -> None:
    posts = of(read(text), "holds_post")
    assert (person, post) in posts, sorted(posts)


def test_a_chair_named_by_a_field_title_is_the_councils_post() -> None:
    chairs = of(read(PAGE), "chairs")
    assert ("Head of Housing and Communities, Fenland District Council", "Fenland Prevent Steering Group") in chairs, \
        sorted(chairs)


@pytest.mark.parametrize(
    "text, person, council",
    [
        (TERMS, "Colm Redwood", "North Kesteven"),  # a police officer's field post is the force's
        (TERMS, "Anouk Treverton", "North Kesteven"),  # the title names another organisation
        (TERMS, "Ravi Ellington", "North Kesteven"),  # "Assistant Director" names no field
        (JOINT, "Zelda Okafor", "Melton"),  # the line's label is the other council's
    ],
)
def test_a_field_title_that_is_not_the_councils_stays_as_read(text: str, person: str, council: str) -> None:
    posts = {post for holder, post in of(read(text), "holds_post") if holder == person}
    assert not any(council in post for post in posts), sorted(posts)


def test_a_title_whose_department_follows_a_comma_is_not_cut_to_the_councils() -> None:
    text = PAGE.replace("chaired by the Head of Housing and Communities and meets",
                        "chaired by the Head of Service, Neighbourhood Resilience, and meets")
    chairs = {c for c, body in of(read(text), "chairs") if body == "Fenland Prevent Steering Group"}
    assert "Head of Service, Fenland District Council" not in chairs, sorted(chairs)
