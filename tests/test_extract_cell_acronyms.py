"""A group named in a table cell with its acronym in brackets is one group: the acronym is an alias, never part
of its name. Tables written for the test."""

from __future__ import annotations

from extract_helpers import of, read

TABLE = """Safer Dunmere Partnership

Sub-groups

The following groups sit under the Partnership and report to it:

   Group                               Chair                        Meets
   ----------------------------------  ---------------------------  ---------
   Dunmere Tasking Group (DTG)         Inspector, Dunmere           Monthly
                                       Neighbourhood Team
   Dunmere Hate Crime Forum (DHCF)     Dunmere Community Trust      Quarterly

The DTG sets the monthly patrol plan.
"""


def test_a_bracketed_acronym_in_a_cell_is_no_part_of_the_group_s_name() -> None:
    doc = read(TABLE)
    groups = {s for s, _ in of(doc, "subgroup_of")} | {o for _, o in of(doc, "chairs")}
    assert not any("(" in g for g in groups), groups
    assert {"Dunmere Tasking Group", "Dunmere Hate Crime Forum"} <= {s for s, _ in of(doc, "subgroup_of")}
