"""A governance section's list of groups "sitting under" a board, one per line with its chair after a dash, the
chair's words wrapped at the page's width in a hanging indent. Texts written for the tests; people invented."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.wrapped_rows import join_wrapped_rows

_CHART = ("Safer Northshire Partnership Board\nAnnual Report\n\n3.3 Three county-wide groups sit under the Board:\n\n"
          "   Northshire Domestic Abuse Partnership Board                   - chair: Director of\n"
          "      Adult Social Care (Mark Penrose)\n"
          "   Northshire Combating Drugs Partnership (NCDP)                 - chair: Director of\n"
          "      Public Health (Dr Asha Morton); reports to the Health and Wellbeing Board\n"
          "   Serious Violence and Exploitation Group                       - chair: Detective\n"
          "      Chief Inspector Lars Tibbet, Northshire Police\n\n"
          "3.4 The Board also links to the Safeguarding Adults Board.\n")


def test_groups_that_sit_under_the_board_are_its_sub_groups() -> None:
    groups = {g for g, o in of(read(_CHART), "subgroup_of") if o == "Safer Northshire Partnership Board"}
    assert groups == {"Northshire Domestic Abuse Partnership Board", "Northshire Combating Drugs Partnership",
                      "Serious Violence and Exploitation Group"}


def test_a_hanging_indent_goes_on_with_the_rows_cut_last_cell() -> None:
    lines = join_wrapped_rows(_CHART.split("\n"))
    assert any(line.endswith("- chair: Detective Chief Inspector Lars Tibbet, Northshire Police") for line in lines)
    assert any("Northshire Domestic Abuse Partnership Board" in line and "Adult Social Care (Mark Penrose)" in line
               and line.index("Adult") > line.index("chair") for line in lines)


def test_a_row_of_its_own_is_not_a_hanging_indent() -> None:
    # the next group starts at the first column's own start: a row of its own, though the cell above is cut off
    lines = ["   Domestic Abuse Board                - chair: Director of Housing",
             "   Youth Forum                         - chair: Head of",
             "   Northdale Safety Group",
             "   Licensing Panel                     - chair: Cllr Ana Petrov", ""]
    assert join_wrapped_rows(lines)[2].strip() == "Northdale Safety Group"
