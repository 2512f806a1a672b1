"""loaders/wrapped_rows.py: a year in a wrapped cell ("31 March 2025", "2025/26") is a date or a period, not the
row's amount, and a sum in brackets inside a text cell ("(£48,000 a year)") is a note on it: neither makes the
overflow line a row of its own. A line that fills the amount column is still a row of its own."""

from __future__ import annotations

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _rows(raw: str) -> list[list[str]]:
    text = clean(raw)
    return [[" ".join(text[a:b].split()) for a, b in line.cells] for line in read_layout(text).lines
            if line.kind == "row" and line.cells]


def test_a_pipe_table_whose_period_cell_wraps_onto_a_year() -> None:
    raw = ("| Recipient                      | Purpose                            | Period         | Amount   |\n"
           "|--------------------------------|------------------------------------|----------------|----------|\n"
           "| Eastmoor Night Safety          | Welfare hub and training for       | Sept 2024 -    | £35,000  |\n"
           "| Partnership                    | licensed premises                  | March 2025     |          |\n"
           "| Wessex Youth Trust             | Detached youth work                | 2024/25        | £20,000  |\n")
    rows = _rows(raw)
    assert ["Eastmoor Night Safety Partnership", "Welfare hub and training for licensed premises",
            "Sept 2024 - March 2025", "£35,000"] in rows
    assert ["Wessex Youth Trust", "Detached youth work", "2024/25", "£20,000"] in rows


def test_a_spaced_table_whose_period_wraps_onto_the_next_year() -> None:
    raw = ("    Recipient                       Purpose                          Period           Amount\n"
           "    Northvale Safe Haven Trust      Safe accommodation for women     2024/25 and      £96,000\n"
           "                                    leaving abusive relationships    2025/26\n"
           "    Northvale Youth Forum           Outreach in two wards            2024/25          £16,500\n")
    rows = _rows(raw)
    assert ["Northvale Safe Haven Trust", "Safe accommodation for women leaving abusive relationships",
            "2024/25 and 2025/26", "£96,000"] in rows


def test_a_bracketed_sum_in_the_purpose_cell_is_part_of_it() -> None:
    raw = ("| Recipient                 | Purpose                                 | Amount   |\n"
           "|---------------------------|-----------------------------------------|----------|\n"
           "| Harbour Refuge Trust      | Refuge places for women leaving         | £96,000  |\n"
           "|                           | abusive relationships (£48,000 a year)  |          |\n"
           "| Harbour Mediation         | Neighbour mediation                     | £9,000   |\n")
    rows = _rows(raw)
    assert ["Harbour Refuge Trust", "Refuge places for women leaving abusive relationships (£48,000 a year)",
            "£96,000"] in rows


def test_a_line_with_its_own_amount_stays_a_row() -> None:
    raw = ("| Recipient                 | Purpose                     | Period     | Amount   |\n"
           "|---------------------------|-----------------------------|------------|----------|\n"
           "| Harbour Refuge Trust      | Refuge places               | 2024/25    | £96,000  |\n"
           "| Harbour Mediation         | Neighbour mediation         | 2025       | £9,000   |\n")
    rows = _rows(raw)
    assert ["Harbour Mediation", "Neighbour mediation", "2025", "£9,000"] in rows


def test_a_name_hyphenated_across_the_wrap_is_one_word() -> None:
    raw = ("| Name                      | Role                               | Organisation       |\n"
           "|---------------------------|------------------------------------|--------------------|\n"
           "| Cllr Amira Hale-          | Cabinet Member for Communities     | Wessex Council     |\n"
           "| Morgan (Chair)            |                                    |                    |\n"
           "| Jo Lee                    | Head of Safer Com-                 | Wessex Council     |\n"
           "|                           | munities                           |                    |\n")
    rows = _rows(raw)
    assert ["Cllr Amira Hale-Morgan (Chair)", "Cabinet Member for Communities", "Wessex Council"] in rows
    assert ["Jo Lee", "Head of Safer Communities", "Wessex Council"] in rows


def test_a_spaced_table_keeps_a_hyphen_between_capitals() -> None:
    raw = ("    Group                          Chair                          Meets\n"
           "    Drug-                          Head of Public Health          monthly\n"
           "    Related Deaths Panel           Northvale Council\n"
           "    Hate Crime Forum               Cohesion Officer               quarterly\n")
    assert _rows(raw)[1][0] == "Drug-Related Deaths Panel"


def test_a_spaced_dash_keeps_its_space() -> None:
    raw = ("| Recipient            | Period        | Amount   |\n"
           "|----------------------|---------------|----------|\n"
           "| Eastmoor Youth Trust | April 2024 -  | £5,000   |\n"
           "|                      | March 2025    |          |\n")
    assert ["Eastmoor Youth Trust", "April 2024 - March 2025", "£5,000"] in _rows(raw)
