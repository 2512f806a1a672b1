"""The area a partnership's short place name means is read beside the paper's own area: "Safe Newcastle" in a paper
of Newcastle upon Tyne covers Newcastle upon Tyne, not the name's usual reading; in a Newcastle-under-Lyme paper it
covers Newcastle-under-Lyme. Three ways councils write the gloss."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

TYNE = "Source: https://www.newcastle.gov.uk/community-safety\n\nNewcastle City Council\n\n"
LYME = "Source: https://www.newcastle-staffs.gov.uk/community-safety\n\nNewcastle-under-Lyme Borough Council\n\n"


@pytest.mark.parametrize("text", [
    "It also provides updates to Safe Newcastle, the city's community safety partnership, each quarter.",
    "Safe Newcastle is the community safety partnership for the city.",
    "Reports go to Safer Newcastle, the city's statutory community safety partnership.",
])
def test_a_short_place_name_is_read_beside_the_papers_area(text: str) -> None:
    areas = {a for _, a in of(read(TYNE + text + "\n"), "covers_area")}
    assert areas == {"Newcastle upon Tyne"}, areas
    areas = {a for _, a in of(read(LYME + text.replace("city", "borough") + "\n"), "covers_area")}
    assert "Newcastle upon Tyne" not in areas, areas
