"""loaders/wrapped_rows.py: a year in a wrapped cell ("2024/25 and", "Plan 2023-26", "31 March 2025") is no sum of
money, so the line under a row that carries one is still the row's overflow; a sum in brackets within a cell's
text is a note, not the row's own sum. Tables written for the test, in three layouts; bodies invented."""

from __future__ import annotations

from govkg.loaders.wrapped_rows import join_wrapped_rows


def _rows(text: str) -> list[str]:
    return [line for line in join_wrapped_rows(text.split("\n")) if line.strip()]


def test_a_pipe_row_whose_period_wraps_over_two_years_is_one_row() -> None:
    rows = _rows(
        "| Grantee                         | Use                                 | Term             | Sum      |\n"
        "|---------------------------------|-------------------------------------|------------------|----------|\n"
        "| Eastmoor Borough Council (as    | Core grant to deliver the Safer     | 1 April 2025 -   | £210,000 |\n"
        "| accountable body)               | Eastmoor Plan 2025-28               | 31 March 2026    |          |\n"
        "| Fenwick Night Watch             | Street marshals                     | 2025/26          | £12,500  |\n")
    assert len(rows) == 4
    assert "accountable body" in rows[2] and "31 March 2026" in rows[2] and "Plan 2025-28" in rows[2]


def test_a_bracketed_sum_in_a_wrapped_cell_is_a_note_not_the_row_sum() -> None:
    rows = _rows(
        "| Provider                  | Service                               | Years          | Award    |\n"
        "|---------------------------|---------------------------------------|----------------|----------|\n"
        "| Larkhill Refuge Trust     | Refuge places for women and           | 2024/25 and    | £80,000  |\n"
        "|                           | children (£40,000 a year)             | 2025/26        |          |\n")
    assert len(rows) == 3
    assert "children (£40,000 a year)" in rows[2] and "2024/25 and 2025/26" in rows[2]


def test_a_space_aligned_row_with_a_year_in_its_overflow_is_one_row() -> None:
    rows = _rows(
        "Project                         Lead body                      Period\n"
        "-----------------------------   ----------------------------   ----------------\n"
        "Town centre safe space and      Holt Vale Community Trust      October 2024 to\n"
        "taxi marshals                                                  March 2025\n"
        "Youth outreach                  Holt Vale Youth Service        2024/25\n")
    assert any("taxi marshals" in r and "March 2025" in r and "Town centre" in r for r in rows)
    assert len(rows) == 4


def test_a_line_with_its_own_sum_is_still_a_row_of_its_own() -> None:
    # the sum is the row's, standing in its column: the line is the next grant, not an overflow
    rows = _rows(
        "| Grantee          | Use                | Sum     |\n"
        "|------------------|--------------------|---------|\n"
        "| Ashby Youth Hub  | Detached work and  | £9,000  |\n"
        "|                  | mentoring          | £4,000  |\n")
    assert len(rows) == 4


def test_a_double_barrelled_name_cut_at_its_hyphen_is_one_word_again() -> None:
    piped = _rows(
        "| Name                     | Role                              |\n"
        "|--------------------------|-----------------------------------|\n"
        "| Cllr Tomos Griffiths-    | Cabinet Member for Communities    |\n"
        "| Hale (Chair)             |                                   |\n")
    assert "Cllr Tomos Griffiths-Hale (Chair)" in piped[-1]
    spaced = _rows(
        "Member                      Organisation\n"
        "-------------------------   ---------------------------\n"
        "Inspector Ann Lowther-      Wessex Police\n"
        "Bright (Vice-Chair)\n"
        "Dev Rao                     Wessex Fire and Rescue\n")
    assert any("Ann Lowther-Bright (Vice-Chair)" in r for r in spaced)
    # a prefix written with its hyphen ("co-" over "ordination") keeps it, with no space
    lower = _rows(
        "| Project                 | Lead                |\n"
        "|-------------------------|---------------------|\n"
        "| Town centre co-         | Ashby Council       |\n"
        "| ordination hub          |                     |\n")
    assert "Town centre co-ordination hub" in lower[-1]


def test_an_organisation_name_tail_under_its_row_carries_the_post_overflow_with_it() -> None:
    # the first cell is only the end of the name above ("Integrated Care Board"), so the line is no row of its
    # own, though it fills every column: the post's wrapped words go with it
    rows = _rows(
        "Organisation                        Represented by\n"
        "----------------------------------  --------------------------------------\n"
        "NHS Wessex and North Dorset         Head of Mental Health and Learning\n"
        "Integrated Care Board               Disabilities Commissioning\n"
        "Wessex Police                       Detective Superintendent\n")
    assert len(rows) == 4
    assert "NHS Wessex and North Dorset Integrated Care Board" in rows[2]
    assert "Head of Mental Health and Learning Disabilities Commissioning" in rows[2]


def test_a_borough_council_tail_with_the_post_running_on() -> None:
    rows = _rows(
        "Member body                      Seat\n"
        "-------------------------------  ------------------------------------\n"
        "Kestrel Valley Metropolitan      Assistant Director of Community\n"
        "Borough Council                  Safety and Regulation\n"
        "Kestrel Fire and Rescue          Group Manager\n")
    assert any("Kestrel Valley Metropolitan Borough Council" in r and
               "Assistant Director of Community Safety and Regulation" in r for r in rows)


def test_a_new_organisation_under_a_row_is_still_a_row() -> None:
    # "Probation Service" opens with a word that no organisation's name ends in: a row of its own
    rows = _rows(
        "Organisation                        Represented by\n"
        "----------------------------------  --------------------------------------\n"
        "Wessex County Council               Director of Public Health\n"
        "Probation Service                   Head of Probation Delivery Unit\n")
    assert len(rows) == 4
