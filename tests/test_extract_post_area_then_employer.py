"""A member list's post written with its department or area and then its organisation ("District Commander,
Westby, Northvale Police"; "Designated Nurse, Safeguarding Adults | NHS Northvale ICB") is that organisation's post:
the organisation after the area, or in the next column after a post and its department, is no longer dropped."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

TAB_TABLE = """Safer Calderbrook Partnership Board
Minutes of the meeting held on 3 March 2025

Present:
Cllr Ruth Penhallow\tCabinet Member for Communities, Calderbrook Council (Chair)
Supt. Idris Marlowe\tDistrict Commander, Calderbrook, Greater Manchester Police
"""

PIPE_TABLE = """Dunmere Youth Justice Management Board
Minutes, 12 June 2025

| Name | Role | Organisation |
|---|---|---|
| Orla Venn | Designated Nurse, Safeguarding Children | NHS Kent and Medway ICB |
| Tobias Rennard | Area Manager, Prevention | Kent Fire and Rescue Service |
"""

DASH_LIST = """Harlow Community Safety Partnership
Minutes of the meeting of 8 May 2025

Attendees:
Inspector Mabel Crane - Neighbourhood Inspector, Harlow, Essex Police
"""


@pytest.mark.parametrize(
    "text, person, post",
    [
        (TAB_TABLE, "Idris Marlowe", "District Commander, Calderbrook, Greater Manchester Police"),
        (PIPE_TABLE, "Orla Venn", "Designated Nurse, Safeguarding Children, NHS Kent and Medway Integrated Care Board"),
        (PIPE_TABLE, "Tobias Rennard", "Area Manager, Prevention, Kent Fire and Rescue Service"),
        (DASH_LIST, "Mabel Crane", "Neighbourhood Inspector, Harlow, Essex Police"),
    ],
)
def test_the_post_names_its_organisation_after_its_department_or_area(text: str, person: str, post: str) -> None:
    posts = of(read(text), "holds_post")
    assert (person, post) in posts, sorted(posts)


def test_a_board_after_the_area_is_the_chairs_board_not_an_employer() -> None:
    doc = read(TAB_TABLE.replace("Greater Manchester Police", "Safer Calderbrook Partnership"))
    assert not any(o.endswith("Safer Calderbrook Partnership") for _, o in of(doc, "holds_post"))
