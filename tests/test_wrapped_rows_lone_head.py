"""loaders/wrapped_rows.py: a pipe table's line that fills every column is still the row above wrapped when one
of its cells holds only a head word that names nothing alone ("Service", "Board", "Trust"): the person's surname,
the post's last words and the organisation's head all ran on to the next line."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.wrapped_rows import join_wrapped_rows

MINUTES = """Northgate Youth Justice Management Board
Minutes of the meeting held on 6 March 2025

Present:

| Name                    | Role                                   | Organisation            |
|-------------------------|----------------------------------------|-------------------------|
| Ama Boateng (Chair)     | Director of Children's Services        | Northgate Council       |
| Det Insp Rhona          | Safeguarding Lead, North Basic         | Westshire Police        |
| Ferris (Vice-Chair)     | Command Unit                           | Service                 |
| Ian Pell                | Head of Youth Justice Service          | Northgate Council       |
"""

HEALTH = """Eastvale Health and Wellbeing Board
Minutes of 2 April 2025

Present:

| Member                  | Post                          | Organisation                 |
| Dr Lena                 | Designated Doctor for         | Eastvale Community Health    |
| Marsh                   | Safeguarding Children         | Trust                        |
| Jo Quill                | Head of Public Health         | Eastvale Council             |
"""

SHORT = """Southmoor Community Safety Partnership
Minutes of 9 May 2025

Present:

| Name              | Organisation            | Role               |
| Kit Lowe          | Southmoor Youth         | Manager            |
| Carr              | Board                   | Services           |
"""


def test_a_line_with_a_lone_head_cell_continues_the_row_above() -> None:
    joined = join_wrapped_rows(MINUTES.split("\n"))
    assert any("Rhona Ferris (Vice-Chair)" in line and "Basic Command Unit" in line and "Westshire Police Service"
               in line for line in joined), joined
    doc = read(MINUTES)
    assert ("Rhona Ferris", "Northgate Youth Justice Management Board") in of(doc, "vice_chair")
    assert not any(person.startswith("Det") or person == "Rhona" for person, _ in of(doc, "attended"))


def test_other_layouts_join_the_same_way() -> None:
    joined = join_wrapped_rows(HEALTH.split("\n"))
    assert any("Lena Marsh" in line and "Eastvale Community Health Trust" in line for line in joined), joined
    joined = join_wrapped_rows(SHORT.split("\n"))
    assert any("Kit Lowe Carr" in line and "Southmoor Youth Board" in line for line in joined), joined


def test_a_row_of_whole_cells_stays_its_own() -> None:
    joined = join_wrapped_rows(MINUTES.split("\n"))
    assert any(line.startswith("| Ian Pell") for line in joined), joined
