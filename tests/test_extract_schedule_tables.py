"""A schedule of members at the end of an agreement or a Welsh body's paper: the body named on a title line of its own
(under "Appendix A" and the paper's kind), a title in Welsh and English, the council's Welsh name in a row, a pipe
table that leaves its last cell open and wraps its cells ("(Chair" over "2024-26); ..."), and the signatures under
the table, which are no members."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.metadata import head_body
from govkg.loaders.wrapped_rows import join_wrapped_rows


def test_a_body_named_on_a_title_line_of_its_own_is_the_papers() -> None:
    head = "Appendix B\n\nSHARED SERVICE AGREEMENT\n\nRushcliffe Community Safety Partnership\nJoint arrangements\n"
    assert head_body(head) == "Rushcliffe Community Safety Partnership"


def test_a_council_on_a_title_line_is_not_taken_for_the_papers_body() -> None:
    assert head_body("Annex 1\n\nWrexham County Borough Council\nCollaboration agreement\n") is None


def test_two_bodies_on_the_title_lines_leave_the_paper_without_one() -> None:
    head = "Schedule 2\n\nSafer Rushcliffe Partnership\nSafer Gedling Partnership\nJoint protocol\n"
    assert head_body(head) is None


_WELSH_SCHEDULE = """\
Atodiad 2 / Appendix 2

CYTUNDEB / AGREEMENT

Conwy and Denbighshire Community Safety Partnership

1. The Partnership meets quarterly.

Aelodaeth / Membership

| Organisation                           | Representative
| Cyngor Bwrdeistref Sirol Conwy         | Head of Regulatory Services (Chair
|                                        | 2024-26); Community Safety Manager
| North Wales Police                     | Superintendent, Central Area
| Office of the North Wales Police and   | Commissioning Manager
| Crime Commissioner                     |

Signed for Conwy County Borough Council: Director of Place	Date: 3 April 2024
"""


def test_a_welsh_papers_bilingual_membership_title_opens_its_table() -> None:
    members = {s for s, o in of(read(_WELSH_SCHEDULE), "member_of")}
    assert "North Wales Police" in members, members


def test_a_councils_welsh_name_in_a_row_is_the_council() -> None:
    members = {s for s, o in of(read(_WELSH_SCHEDULE), "member_of")}
    assert "Conwy County Borough Council" in members, members


def test_the_signatures_under_the_table_are_no_members() -> None:
    members = {s for s, o in of(read(_WELSH_SCHEDULE), "member_of")}
    assert not any(s.startswith("Signed") for s in members), members


def test_a_period_on_a_wrapped_line_is_no_amount_and_runs_on() -> None:
    lines = ["| Ashdown Council   | Head of Housing (Chair", "|                  | 2025/26); Safety Officer"]
    assert [" ".join(line.split()) for line in join_wrapped_rows(lines)] == \
        ["| Ashdown Council | Head of Housing (Chair 2025/26); Safety Officer |"]


def test_an_open_tables_closing_pipe_parts_a_cell_from_the_empty_one_after_it() -> None:
    lines = ["| Organisation                  | Lead", "| Marlbury Youth Offending     | Service Manager",
             "| Service                       |"]
    out = join_wrapped_rows(lines)
    assert any("Marlbury Youth Offending Service" in line for line in out), out


def test_a_grant_tables_amounts_are_still_rows_of_their_own() -> None:
    lines = ["| Recipient      | Amount", "| Harlow Trust   | £12,000", "|                | 18,500"]
    assert join_wrapped_rows(lines) == lines


def test_a_body_whose_name_opens_without_its_place_is_no_title_line() -> None:
    # "Safer Bolton Partnership" alone over its fields: a web page's section heading as likely as the paper's title
    assert head_body("Partnerships we work with\n\nSafer Bolton Partnership\n\n- Chair: Councillor Ann Hale\n") is None
