"""A body there is one of per police force area (a violence reduction unit or partnership, a police and crime
panel, a local criminal justice board), named bare or by its acronym in a council's paper, is the police area's:
never a body invented under the council's name ("the VRU" in a Gateshead paper is Northumbria's, not a
"Gateshead Violence Reduction Unit")."""

from __future__ import annotations

import pytest
from extract_helpers import read


def _funders(doc) -> set[str]:
    return {f.subject.name for f in doc.facts if f.relation == "funds"}


@pytest.mark.parametrize(("paper", "funder"), [
    ("Safer Gateshead Partnership\n\n5.1 In 2023/24 the VRU provided £97,000 to the Safer Gateshead Partnership.\n",
     "Northumbria Violence Reduction Unit"),
    ("Safer Leeds Executive\n\nItem 6. During 2024/25 the VRP gave £40,500 to Safer Leeds for youth outreach.\n",
     "West Yorkshire Violence Reduction Partnership"),
])
def test_a_bare_violence_reduction_unit_is_its_police_areas(paper: str, funder: str) -> None:
    got = _funders(read(paper))
    assert funder in got, got
    assert not any(name.startswith(("Gateshead ", "Leeds ")) for name in got), got


def test_a_bodys_own_place_still_names_it() -> None:
    doc = read("Safer Gateshead Partnership\n\n5.1 In 2023/24 the Wessex Violence Reduction Unit provided £12,000 "
               "to the Safer Gateshead Partnership.\n")
    assert "Wessex Violence Reduction Unit" in _funders(doc)
