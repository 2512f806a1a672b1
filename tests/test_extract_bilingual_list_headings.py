"""A bilingual heading over a list ("Blaenoriaethau / Priorities", "Aelodaeth / Membership"), as a Welsh council
publishes every heading, names the list by its English half; a heading whose two halves name two different lists
names neither. Every text here is written for the test."""

from __future__ import annotations

from extract_helpers import of, read

_PAGE = """Source: https://www.denbighshire.gov.uk/en/community-safety/partnership.htm

Cymraeg | English
Denbighshire Community Safety Partnership

The Denbighshire Community Safety Partnership brings the county's agencies together. The Denbighshire
Community Safety Partnership meets every quarter, and the Denbighshire Community Safety Partnership publishes
an annual plan.

%s
  - reducing re-offending
  - keeping young people safe online
  - tackling rural crime

Cysylltu / Contact
"""


def test_a_welsh_and_english_priorities_heading_over_bullets() -> None:
    got = of(read(_PAGE % "Blaenoriaethau / Priorities 2024-2027"), "priority_of")
    assert ("Keeping young people safe online", "Denbighshire Community Safety Partnership") in got
    assert ("Tackling rural crime", "Denbighshire Community Safety Partnership") in got


def test_the_english_half_first_and_a_membership_list() -> None:
    text = """Source: https://www.wrexham.gov.uk/community-safety/partnership

Wrexham Community Safety Partnership

The Wrexham Community Safety Partnership meets four times a year. The Wrexham Community Safety Partnership is
chaired by Cllr Bryn Ellis, and the Wrexham Community Safety Partnership reports to the regional board.

Membership / Aelodaeth
  - Wrexham County Borough Council
  - North Wales Police
  - North Wales Fire and Rescue Service
"""
    got = of(read(text), "member_of")
    assert ("North Wales Police", "Wrexham Community Safety Partnership") in got
    assert ("Wrexham County Borough Council", "Wrexham Community Safety Partnership") in got


def test_halves_that_name_two_lists_name_neither() -> None:
    got = read(_PAGE % "Members / Priorities")
    assert of(got, "priority_of") == set()
    assert of(got, "member_of") == set()
