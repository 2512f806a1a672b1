"""In a paper with no body of its own (a committee's report on a partnership, a news page), "the Board" after "the
Partnership Board" is that partnership's board (the partnership, by the corpus's convention), not another
partnership the paper has named since in passing."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

SCRUTINY = """Source: https://www.northdale.gov.uk/committees/scrutiny-report

Report to the Communities Scrutiny Committee
Date of meeting: 4 March 2025

1.1 To give the Committee its yearly overview of the Safer Northdale Partnership (the CSP).

3.1 The Partnership Board is co-chaired by the Leader of the Council and the District Commander.

3.2 Two groups sit beneath the Board:
    - Knife Crime Group (chair: Pat Ormsby)
    - Drugs Group, which also acts as the local sub-group of the Eastshire Combating Drugs Partnership

3.3 The Board reports annually to the Northdale Health and Wellbeing Board on shared priorities.
"""

BRIEFING = """Source: https://www.westmoor.gov.uk/members/briefing

Members' Briefing Note
Community safety arrangements

The Westmoor Community Safety Partnership brings together the statutory partners. The Partnership Board meets
quarterly. Its drugs work is led through the Westmoor and Eastbury Drugs Partnership, which the county set up.
The Board reports each year to the Westmoor Health and Wellbeing Board.
"""

OVERVIEW = """Source: https://www.southvale.gov.uk/community-safety/overview

Community safety in Southvale

Southvale's community safety partnership is the Safer Southvale Partnership. The Partnership Board sets the
plan. Youth work is shared with the Southvale Youth Partnership, a charity. The Board reports to the Southvale
Health and Wellbeing Board once a year.
"""


@pytest.mark.parametrize(("text", "partnership", "other"), [
    (SCRUTINY, "Safer Northdale Partnership", "Eastshire Combating Drugs Partnership"),
    (BRIEFING, "Westmoor Community Safety Partnership", "Westmoor and Eastbury Drugs Partnership"),
    (OVERVIEW, "Safer Southvale Partnership", "Southvale Youth Partnership"),
])
def test_the_board_is_the_partnership_board_written_before(text: str, partnership: str, other: str) -> None:
    reports = of(read(text), "reports_to")
    assert not [s for s, _ in reports if s == other], reports
    assert any(s == partnership for s, _ in reports), reports
