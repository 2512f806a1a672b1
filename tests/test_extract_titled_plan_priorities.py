"""Priorities listed under an opener whose sentence began a line above ("The draft Safer Northdale Partnership Plan"
/ "2025-2028 proposes three priorities:") are the plan's; a plan titled with its partnership's full name and nothing
between ("Safer Northdale Partnership Plan 2025-2028") keeps them too, not shared with the partnership (one statement,
one owner: examples/CONVENTIONS.md A), unless the statement calls them the partnership's ("sets out our priorities").
A plan with a title of its own ("Northdale Community Safety Strategy") keeps them."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

MINUTES = """Source: https://www.northdale.gov.uk/srp/minutes

Safer Northdale Partnership Board
Minutes of the meeting held on 3 October 2024

5. Partnership plan

     The lead officer reported on the strategic assessment, which the
     Partnership produces each year. The draft Safer Northdale Partnership Plan
     2025-2028 proposes three priorities:
       1. Cutting burglary
       2. Tackling hate incidents
       3. Reducing drug harm
"""

CABINET = """Source: https://www.eastbury.gov.uk/cabinet/report

Eastbury Borough Council
Cabinet report

The Safer Eastbury Partnership agreed its plan in March. The Safer Eastbury Partnership Plan 2024-2027
sets these priorities:
  - cutting burglary
  - tackling hate incidents
"""

WEB = """Source: https://www.westmoor.gov.uk/community-safety

Safer Westmoor Partnership

The Safer Westmoor Partnership Plan sets out our priorities:
  * cutting burglary
  * tackling hate incidents
"""


@pytest.mark.parametrize(("text", "owner", "other"), [
    (MINUTES, "Safer Northdale Partnership Plan 2025-2028", "Safer Northdale Partnership"),
    (CABINET, "Safer Eastbury Partnership Plan 2024-2027", "Safer Eastbury Partnership"),
    (WEB, "Safer Westmoor Partnership", "Safer Westmoor Partnership Plan"),
])
def test_a_plan_titled_with_its_partnerships_name_gives_its_priorities_one_owner(text: str, owner: str,
                                                                                 other: str) -> None:
    got = {(s.casefold(), o) for s, o in of(read(text), "priority_of")}
    assert ("cutting burglary", owner) in got, got
    assert ("cutting burglary", other) not in got, got


def test_a_plan_with_a_title_of_its_own_keeps_its_priorities() -> None:
    text = CABINET.replace("Safer Eastbury Partnership Plan 2024-2027", "Eastbury Community Safety Strategy 2024-2027")
    got = {o for _, o in of(read(text), "priority_of")}
    assert got == {"Eastbury Community Safety Strategy 2024-2027"}, got
