"""loaders/wrapped_rows.py: a box table ruled off only around its header and its total holds several numbered
rows between two rules. Those rows are not one row: each keeps its own number, and only the lines under it that
leave the number's column empty run on. A table that rules off every row still has each block joined."""

from __future__ import annotations

from govkg.loaders.wrapped_rows import join_wrapped_rows

PLUSES = """+----+----------------------------+--------------------+----------+
| No | Recipient                  | Purpose            | Amount   |
+----+----------------------------+--------------------+----------+
| 1  | Eastvale Borough Council   | Core grant - ASB   | £80,000  |
|    | (Safer Eastvale)           | and patrols        |          |
| 2  | Westmoor Youth Trust       | Detached youth     | £22,500  |
|    |                            | work               |          |
+----+----------------------------+--------------------+----------+
|    | TOTAL                      |                    | £102,500 |
+----+----------------------------+--------------------+----------+
"""

DASHES = """|----|-------------------------|------------|
| #  | Project                 | Grant      |
|----|-------------------------|------------|
| 1  | Street Pastors          | £9,000     |
| 2  | Knife crime education   | £12,000    |
|    | programme               |            |
| 3  | Night-time economy      | £7,500     |
|----|-------------------------|------------|
| -  | Total                   | £28,500    |
|----|-------------------------|------------|
"""

PER_ROW = """+----+---------------------------+-----------+
| 1  | Northmoor District Council | £40,000  |
|    | (Safer Northmoor)          |          |
+----+---------------------------+-----------+
| 2  | Harbour Women's Aid        | £15,000  |
+----+---------------------------+-----------+
| 3  | Northmoor Youth Forum      | £5,000   |
+----+---------------------------+-----------+
"""


def _rows(text: str) -> list[str]:
    return [line for line in join_wrapped_rows(text.split("\n")) if line.lstrip().startswith("|")]


def test_numbered_rows_in_one_ruled_block_stay_apart() -> None:
    rows = _rows(PLUSES)
    assert any("Eastvale Borough Council (Safer Eastvale)" in r and "£80,000" in r and "Westmoor" not in r
               for r in rows), rows
    assert any("Westmoor Youth Trust" in r and "Detached youth work" in r for r in rows), rows
    rows = _rows(DASHES)
    assert any("Knife crime education programme" in r and "Street Pastors" not in r for r in rows), rows


def test_a_table_ruled_per_row_is_still_joined_per_block() -> None:
    rows = _rows(PER_ROW)
    assert any("Northmoor District Council (Safer Northmoor)" in r for r in rows), rows
