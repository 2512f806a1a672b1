"""A box-drawn table ruled only under its header and above its total, whose numbered rows wrap onto lines that
leave the number column empty: each numbered row is a row of its own, never the whole body run into one."""

from __future__ import annotations

from extract_helpers import read

from govkg.loaders.wrapped_rows import join_wrapped_rows

_GRANTS = """\
+----+----------------------------+---------------------------+----------+
| No | Recipient                  | Purpose                   | Amount   |
+----+----------------------------+---------------------------+----------+
| 1  | Wexcombe Borough Council   | Core community safety     | £84,200  |
|    | (Safer Wexcombe)           | grant                     |          |
| 2  | Harbour Lane Youth Trust   | Detached youth work on    | £31,500  |
|    |                            | the Marsh estate          |          |
| 3  | Fenmoor Women's Refuge     | Outreach advocacy         | £27,000  |
+----+----------------------------+---------------------------+----------+
|    | TOTAL                      |                           | £142,700 |
+----+----------------------------+---------------------------+----------+
"""


def test_a_decision_notices_numbered_grant_rows_stay_apart() -> None:
    out = join_wrapped_rows(_GRANTS.split("\n"))
    rows = [line for line in out if line.startswith("| ") and "£" in line and "TOTAL" not in line]
    assert len(rows) == 3, out
    assert "Wexcombe Borough Council (Safer Wexcombe)" in rows[0] and "£84,200" in rows[0], rows[0]
    assert "Harbour Lane Youth Trust" in rows[1] and "the Marsh estate" in rows[1], rows[1]


def test_the_grants_each_go_to_their_own_recipient() -> None:
    doc = read("Police and Crime Commissioner for Wexshire\n\nRECORD OF DECISION\n\nThe Commissioner approves the "
               "following grants for 2025/26:\n\n" + _GRANTS)
    paid = {(f.object.name, f.amount) for f in doc.facts if f.relation == "funds" and f.amount}
    assert ("Harbour Lane Youth Trust", 31500) in paid, paid
    assert ("Fenmoor Women's Refuge", 27000) in paid, paid


_ORG_STYLE = """\
|----+-------------------------------+---------+------------|
| #  | Project                       | Lead    | Grant      |
|----+-------------------------------+---------+------------|
| 1  | Street pastors in the old     | Kirkby  | £12,000    |
|    | town                          | Trust   |            |
| 2  | Night-time economy marshals   | Council | £18,500    |
|----+-------------------------------+---------+------------|
|    | Total                         |         | £30,500    |
|----+-------------------------------+---------+------------|
"""


def test_a_table_ruled_in_the_editors_style_keeps_its_numbered_rows() -> None:
    out = join_wrapped_rows(_ORG_STYLE.split("\n"))
    rows = [line for line in out if "£12,000" in line or "£18,500" in line]
    assert len(rows) == 2, out
    assert "Street pastors in the old town" in rows[0] and "Kirkby Trust" in rows[0], rows[0]
    assert "£18,500" not in rows[0], rows[0]


_RULED_EACH_ROW = """\
+-------------------------------------+---------------------------+
| Organisation                        | Representative            |
+-------------------------------------+---------------------------+
| Lowfield and Dunmere Integrated     | Head of Safeguarding      |
| Care Board                          |                           |
+-------------------------------------+---------------------------+
| Lowfield Police                     | Superintendent, Local     |
|                                     | Policing                  |
+-------------------------------------+---------------------------+
| 3 Rivers Housing                    | Director of Housing       |
+-------------------------------------+---------------------------+
"""


def test_a_table_that_rules_off_every_row_still_joins_each_rows_lines() -> None:
    out = join_wrapped_rows(_RULED_EACH_ROW.split("\n"))
    assert any("Lowfield and Dunmere Integrated Care Board" in line for line in out), out
    assert any("Superintendent, Local Policing" in line for line in out), out
