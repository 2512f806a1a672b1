"""A table with a column of organisations and a column of officers ("Priority | Lead organisation | Lead
officer"): each officer works for the organisation of their row; a row whose cells run on is left unread."""

from __future__ import annotations

from extract_helpers import of, read

PLAN = """Ipswich Community Safety Partnership Plan 2024-2027

Table 2: Who leads each priority

| Priority                         | Lead organisation        | Lead officer          |
|----------------------------------|--------------------------|-----------------------|
| Serious violence                 | Suffolk Constabulary     | DS Petra Lindgren     |
| Drug harm in the town centre     | Suffolk County Council   | Aled Trewin           |
|                                  |   (Public Health)        |                       |
| Anti-social behaviour            | Ipswich Borough Council  | Nerys Calloway        |
"""


def test_each_officer_works_for_the_organisation_of_the_row() -> None:
    doc = read(PLAN)
    members = of(doc, "member_of")
    assert ("Petra Lindgren", "Suffolk Constabulary") in members
    assert ("Nerys Calloway", "Ipswich Borough Council") in members
    assert ("Petra Lindgren", "Detective Sergeant") in of(doc, "holds_post")


def test_a_row_that_runs_on_is_not_read() -> None:
    doc = read(PLAN)
    assert not [o for s, o in of(doc, "member_of") if s == "Aled Trewin"]
