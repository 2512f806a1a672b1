"""A list whose items a converter set as rows ("- ASB Delivery Group <tab> (lead: ...)"): the first row opens on a
bullet's mark, so it is an item like the others and never the table's column names."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = """Source: https://www.northdale.gov.uk/cabinet/report

Safer Northdale Partnership
Cabinet report

11. Three delivery groups, each owning one priority, sit under the Partnership:
{marker} Burglary Reduction Delivery Group\t(lead: Head of Service - Community Safety)
{marker} Hate Incidents Delivery Group\t(lead: Northdale Police)
{marker} Drug Harm Delivery Group\t(chair: Director of Public Health)
"""


@pytest.mark.parametrize("marker", ["-", "•", "*"])
def test_the_first_marked_row_is_an_item(marker: str) -> None:
    got = {s for s, o in of(read(REPORT.format(marker=marker)), "subgroup_of") if o == "Safer Northdale Partnership"}
    assert any(s.endswith("Burglary Reduction Delivery Group") for s in got), got
    assert any(s.endswith("Drug Harm Delivery Group") for s in got), got
