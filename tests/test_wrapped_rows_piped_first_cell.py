"""A pipe table's row whose first cell and another cell both wrapped onto the next line ("| NHS Eastmoor, Harbury
and West |" over "| Vale Integrated Care Board |") is joined back into one row, so the wrapped end is no member of
its own. Tables written for the test, in three councils' layouts."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.wrapped_rows import join_wrapped_rows

# no outer pipes, a statutory column the wrapped line leaves empty
BOARD = [
    " Agency                          | Post                                | Statutory",
    "---------------------------------+-------------------------------------+----------",
    " Harbury Borough Council         | Director of Children's Services     | Yes",
    " NHS Eastmoor, Harbury and West  | Designated Nurse for Safeguarding   | Yes",
    " Vale Integrated Care Board      | Adults                              |",
    " Westshire Probation Service     | Head of Probation Delivery          | Yes",
]

# outer pipes, a date column
PANEL = [
    "| Organisation                  | Representative                    | Since    |",
    "|-------------------------------|-----------------------------------|----------|",
    "| Office of the Westshire       | Head of Policy and Commissioning  | 2022     |",
    "| Police and Crime Commissioner | for Victims                       |          |",
    "| Kestrel Vale Council          | Community Safety Manager          | 2019     |",
]

# no outer pipes, a column of meeting roles
FORUM = [
    " Member organisation              | Officer                            | Role",
    " Northbrook and Eastmoor Mental   | Named Professional for Safe-       | Core",
    " Health Partnership Trust         | guarding Adults                    |",
    " Northbrook Council               | Prevent Coordinator                | Core",
]


def test_the_wrapped_first_cell_is_joined() -> None:
    out = join_wrapped_rows(BOARD)
    assert any("NHS Eastmoor, Harbury and West Vale Integrated Care Board" in line and
               "Designated Nurse for Safeguarding Adults" in line for line in out), out
    out = join_wrapped_rows(PANEL)
    assert any("Office of the Westshire Police and Crime Commissioner" in line for line in out), out
    out = join_wrapped_rows(FORUM)
    assert any("Northbrook and Eastmoor Mental Health Partnership Trust" in line for line in out), out


def test_the_wrapped_end_is_no_member() -> None:
    text = "Harbury Youth Justice Management Board\n\n3.1 Membership\n\n" + "\n".join(BOARD) + "\n"
    members = {s for s, _ in of(read(text), "member_of")}
    assert not any(s.startswith(("Vale Integrated", "Harbury Vale")) for s in members), members


def test_a_row_of_its_own_is_not_joined() -> None:
    # the cell above ends on a head word, or the line fills every column the row filled: a new row
    rows = [
        " Agency                          | Post                                | Statutory",
        " Harbury and West Vale Borough Council | Director of Children's Services | Yes",
        " Westshire Police                | Local Policing Area Commander       |",
        " Harbury and Eastmoor Healthcare | Head of Safeguarding and Quality    | Yes",
        " Westshire Fire and Rescue       | Station Manager                     | No",
    ]
    assert len(join_wrapped_rows(rows)) == len(rows)


# pipes set where each row's words end (no column widths): no cell is cut by width, so a longer next row whose
# first cell ends on a body's head word is a row of its own, not the end of the name above it
RAGGED = [
    "Provider | Service",
    "Lanternfield Advocacy | Harbury Independent Domestic Violence Advisory Service",
    "Harbury Youth Justice Service | Harbury Turnaround Scheme",
]


def test_a_ragged_pipe_tables_rows_stay_apart() -> None:
    out = join_wrapped_rows(RAGGED)
    assert any(line.startswith("Harbury Youth Justice Service") for line in out), out
    doc = read("\n".join(["Harbury Council: commissioned services 2025/26", "", *RAGGED]))
    assert ("Harbury Youth Justice Service", "Harbury Turnaround Scheme") in of(doc, "delivers"), doc.facts
