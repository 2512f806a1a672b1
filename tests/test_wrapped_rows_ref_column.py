"""loaders/wrapped_rows.py: a pipe table with no outer pipes, its rows keyed by a reference in the first column
("G7-02 | ..."), writes a wrapped line with that column blank ("       |   Council | ..."). Its slots are the row's
slots, the blank first one included, so each piece joins the cell it sits under. Tables written for the test,
in three layouts; bodies invented."""

from __future__ import annotations

from govkg.loaders.wrapped_rows import join_wrapped_rows


def _rows(text: str) -> list[str]:
    return [line for line in join_wrapped_rows(text.split("\n")) if line.strip()]


def test_a_referenced_grant_row_wrapped_under_its_recipient_is_one_row() -> None:
    rows = _rows(
        "No.     | Grantee                        | What for                      | Sum\n"
        "--------+--------------------------------+-------------------------------+---------\n"
        "K24-01  | Fenmoor Metropolitan Borough   | Safer streets fund -          | £98,000\n"
        "        |   Council (Safer Fenmoor       |   town centre patrols         |\n"
        "        |   Partnership)                 |                               |\n"
        "K24-02  | Ashgrove Youth Trust           | Detached youth work           | £14,250\n")
    assert len(rows) == 4
    assert "Fenmoor Metropolitan Borough Council (Safer Fenmoor Partnership)" in rows[2]
    assert "Safer streets fund - town centre patrols" in rows[2]
    assert "Ashgrove Youth Trust" in rows[3] and "Council" not in rows[3]


def test_a_one_word_overflow_under_a_referenced_row_joins_its_own_column() -> None:
    rows = _rows(
        "Ref    | Organisation                | Period   | Award\n"
        "A-1    | Kestrel Vale District       | 2024/25  | £40,000\n"
        "       |   Council                   |          |\n"
        "A-2    | Northfield Women's Refuge   | 2024/25  | £22,000\n")
    assert len(rows) == 3
    cells = [c.strip() for c in rows[1].strip("| ").split("|")]
    assert cells == ["A-1", "Kestrel Vale District Council", "2024/25", "£40,000"]


def test_a_table_with_outer_pipes_is_read_as_before() -> None:
    rows = _rows(
        "| Member                 | Seat                               |\n"
        "| Cllr Dana Wheel        | Brookmere Council (deputy          |\n"
        "|                        | member)                            |\n")
    assert len(rows) == 2
    assert "Brookmere Council (deputy member)" in rows[1]
