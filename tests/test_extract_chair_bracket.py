"""A bracket after the name of a group's chair says where the chair works ("co-chaired by Jo Sefton (Head of
Housing, Northdale Council)"), even when the surname is a place's: the council is no part of the group."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = """Source: https://www.northdale.gov.uk/csp/annual-report

Northdale Community Safety Partnership
Annual Report

3. Our theme groups

  * Northdale Domestic Abuse Board - {verb} by {name} (Assistant Director, Communities, Northdale Council).
  * Northdale Youth Group - chaired by the Youth Justice Manager.
"""


@pytest.mark.parametrize(("verb", "name"), [("co-chaired", "Amy Sefton"), ("chaired", "Ravi Wigan"),
                                            ("led", "Tom Bolton")])
def test_the_chairs_employer_is_no_part_of_the_group(verb: str, name: str) -> None:
    got = of(read(REPORT.format(verb=verb, name=name)), "part_of")
    assert not any(o == "Northdale Domestic Abuse Board" for _, o in got), got
