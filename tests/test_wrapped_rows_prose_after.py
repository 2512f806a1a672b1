"""A wrapped table row is joined back whatever prose follows the table: a paragraph after it whose words a double
space happens to set under one of the table's columns ("4.2  Funding.  The Board agrees ...") says nothing about
how wide that column is. Tables written for the test, in three councils' layouts."""

from __future__ import annotations

from govkg.loaders.wrapped_rows import join_wrapped_rows

# a youth justice plan: name, post, organisation; a numbered paragraph after it
PLAN = [
    "5.1  Management board",
    "",
    "   Name               Post                                        Agency",
    "   Maria Tolland      Director of Children's Services (Chair)     Harbury Borough Council",
    "   Dev Okoro          Designated Nurse for Looked After           NHS Harbury and Eastmoor",
    "                      Children                                    Kestrel ICB",
    "   Ian Pell           Head of Education Inclusion                 Harbury Borough Council",
    "",
    "5.2  Reporting lines.  The Board reports to the Harbury Community Safety Partnership every quarter.",
]

# a partnership's web page: organisation, representative; a paragraph with a date set apart by two spaces
WEB = [
    "Who sits on the Board",
    "",
    "  Organisation                        Representative",
    "  Kestrel Vale Council                Head of Community",
    "                                      Safety and Licensing",
    "  Westshire Fire and Rescue           Station Manager",
    "",
    "  Membership was last agreed in spring.  Members are reviewed again each year by the chair of the Board.",
]

# a terms of reference: member, role, organisation; a note after it
TERMS = [
    "Membership",
    "",
    " Member            Role                                   Organisation",
    " Cllr Ruth Adair   Cabinet Member for Community           Northbrook Council",
    "                   Safety and Housing",
    " Tom Hale          Senior Probation Officer               Probation Service",
    "",
    " Note: deputies.  Members may send a named deputy of suitable seniority, who counts towards the quorum.",
]


def test_the_wrapped_row_is_joined_before_prose() -> None:
    out = join_wrapped_rows(PLAN)
    row = next(line for line in out if "Dev Okoro" in line)
    assert row.split("\t") == ["Dev Okoro", "Designated Nurse for Looked After Children",
                              "NHS Harbury and Eastmoor Kestrel ICB"]
    out = join_wrapped_rows(WEB)
    assert any(line.endswith("Head of Community Safety and Licensing") for line in out), out
    out = join_wrapped_rows(TERMS)
    assert any("Cabinet Member for Community Safety and Housing" in line for line in out), out


def test_the_prose_and_the_next_rows_stand_apart() -> None:
    for table in (PLAN, WEB, TERMS):
        out = join_wrapped_rows(table)
        assert out[-1] == table[-1], out
        assert len(out) == len(table) - 1, out
