"""A dashed item a converter set apart as cells ("-<tab>the Northdale Drug Partnership, which ...") goes on the
dashed list it stands in, so the list's last group is read like the others."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = """Source: https://www.northdale.gov.uk/cabinet/report

Safer Northdale Partnership
Cabinet report

3.  The Partnership meets every two months. It is supported by three thematic groups:
    {m}  the Northdale Burglary Tasking Group, led by the police;
    {m}  the Northdale Hate Incidents Group, chaired by the Cohesion Lead;
    {m}\tthe Northdale Drug Harm Partnership, which also acts as the local
       delivery group for the county's drug partnership.
"""


@pytest.mark.parametrize("m", ["-", "•", "*"])
def test_the_item_set_as_cells_is_read(m: str) -> None:
    got = {s for s, o in of(read(REPORT.format(m=m)), "subgroup_of") if o == "Safer Northdale Partnership"}
    assert "Northdale Drug Harm Partnership" in got, got
    assert "Northdale Burglary Tasking Group" in got, got
