"""loaders/wrapped_rows.py (through the cleaner): a table row whose cells wrapped onto the next line is one row
again, so every table rule reads the whole cell; a group's next member, a total or a note is never joined."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _rows(raw: str) -> list[list[str]]:
    text = clean(raw)
    return [[text[a:b] for a, b in line.cells] for line in read_layout(text).lines if line.kind == "row" and line.cells]


def test_a_spaced_table_whose_first_and_second_cells_wrap() -> None:
    raw = ("    Sub-group                                  Chair                                   Meets\n"
           "    Youth Violence and Exploitation            Head of Early Help, Eastmoor Borough    monthly\n"
           "    Group                                      Council\n"
           "    Hate Crime Forum                           Community Cohesion Officer              quarterly\n")
    assert _rows(raw)[1] == ["Youth Violence and Exploitation Group", "Head of Early Help, Eastmoor Borough Council",
                             "monthly"]
    assert _rows(raw)[2] == ["Hate Crime Forum", "Community Cohesion Officer", "quarterly"]


def test_a_first_cell_set_in_under_itself_goes_on_with_it() -> None:
    raw = ("    Source                                               2025/26\n"
           "    Northshire Police and Crime Commissioner - Local      £64,000\n"
           "      Priorities Fund (paid to the Council)\n"
           "    Home Office - Serious Violence Duty                   £12,500\n")
    assert _rows(raw)[1] == ["Northshire Police and Crime Commissioner - Local Priorities Fund (paid to the Council)",
                             "£64,000"]


def test_a_pipe_table_row_whose_cells_wrap_with_empty_cells_under_the_rest() -> None:
    raw = ("Recipient                            | Purpose                         | Amount\n"
           "Redbridge Council (Safer Redbridge   | Knife crime prevention and      | £40,000\n"
           "Partnership)                         | diversion                       |\n"
           "Harbour Women's Aid                  | Refuge support                  | £18,000\n")
    rows = _rows(raw)
    assert rows[1] == ["Redbridge Council (Safer Redbridge Partnership)", "Knife crime prevention and diversion",
                       "£40,000"]
    assert rows[2] == ["Harbour Women's Aid", "Refuge support", "£18,000"]


def test_a_box_table_fragment_joins_but_a_groups_next_member_does_not() -> None:
    raw = ("| Organisation | Seat |\n"
           "|---|---|\n"
           "| NHS Humber and North Yorkshire Integrated Care | Designated Nurse |\n"
           "| Board |  |\n"
           "| Hull City Council | Head of Community |\n"
           "|   | Safety (Chair) |\n"
           "| Humberside Police | Pat Quarmby |\n"
           "|   | Lee Ostler |\n")
    rows = _rows(raw)
    assert ["NHS Humber and North Yorkshire Integrated Care Board", "Designated Nurse"] in rows
    assert ["Hull City Council", "Head of Community Safety (Chair)"] in rows
    assert ["Lee Ostler"] in rows  # a second member of the same organisation is a row of its own


def test_a_box_table_that_rules_off_every_row() -> None:
    raw = ("+--------------------+----------------------+\n"
           "| Name               | Organisation         |\n"
           "+====================+======================+\n"
           "| Cllr Dee Marwood   | Thornbury Town       |\n"
           "| (Chair)            | Council              |\n"
           "+--------------------+----------------------+\n"
           "| Omar Lindqvist     | Avon Fire and Rescue |\n"
           "|                    | Service              |\n"
           "+--------------------+----------------------+\n")
    rows = _rows(raw)
    assert ["Cllr Dee Marwood (Chair)", "Thornbury Town Council"] in rows
    assert ["Omar Lindqvist", "Avon Fire and Rescue Service"] in rows


def test_a_heading_or_total_after_a_table_is_not_its_overflow() -> None:
    raw = ("    Project                          Amount\n"
           "    Street Pastors                   £9,000\n"
           "    Total                            £9,000\n"
           "\n"
           "Sub-groups\n"
           "\n"
           "- The Panel  meets monthly and reports to the Board on case work and on the wider Prevent duty\n"
           "  of the partners.\n")
    text = clean(raw)
    assert "Sub-groups" in text.split("\n")
    assert "Total\t£9,000" in text


def test_a_membership_table_read_after_the_join() -> None:
    raw = ("Eastmoor Community Safety Partnership\n\nMembership\n\n"
           "| Organisation | Representative |\n"
           "|---|---|\n"
           "| Eastmoor Borough | Cllr Nia Farrant |\n"
           "| Council |  |\n"
           "| Northshire Fire and Rescue | Gus Penhallow |\n"
           "| Service |  |\n")
    members = of(read(raw), "member_of")
    assert ("Gus Penhallow", "Northshire Fire and Rescue Service") in members or any(
        o == "Northshire Fire and Rescue Service" for _, o in members), members
    assert not any(o in ("Council", "Service") or s in ("Council", "Service") for s, o in members), members


def test_a_table_drawn_in_box_characters_reads_as_a_pipe_table() -> None:
    raw = ("┌──────────────────┬──────────────────────┐\n"
           "│ Name             │ Organisation         │\n"
           "├──────────────────┼──────────────────────┤\n"
           "│ Priya Tanlaw     │ Wyvern Borough       │\n"
           "│                  │ Council              │\n"
           "├──────────────────┼──────────────────────┤\n"
           "│ Hal Enderby      │ Wyvern Police        │\n"
           "└──────────────────┴──────────────────────┘\n")
    rows = _rows(raw)
    assert ["Priya Tanlaw", "Wyvern Borough Council"] in rows, rows
    assert ["Hal Enderby", "Wyvern Police"] in rows, rows


def test_a_first_cell_begun_on_the_line_above_its_row() -> None:
    # the amount sits on the row's last line; the organisation's name starts on the line above, alone
    raw = ("  Partner                                   Contribution 2024-25\n"
           "  Wyvern County Council                     £98,000\n"
           "  Wyvern Police and Crime\n"
           "  Commissioner                              £7,500\n"
           "  Total                                     £105,500\n")
    rows = _rows(raw)
    assert ["Wyvern Police and Crime Commissioner", "£7,500"] in rows, rows
    assert ["Wyvern County Council", "£98,000"] in rows, rows


def test_prose_cut_before_a_spaced_line_is_not_a_cell() -> None:
    raw = ("Apologies were noted as above. Ivo Brandt advised that he was also representing\n"
           "the Youth Justice Board  for this meeting.\n")
    assert "\t" not in clean(raw)  # the sentence is rejoined as prose, not read as a table's row


def test_the_last_rows_first_cell_wrapped_above_the_rule_over_the_total() -> None:
    raw = ("  Partnership                                  Area                     2024/25\n"
           "  Safer Ashford Partnership                    Ashford                  £41,300\n"
           "  Folkestone, Hythe and Romney Marsh           Folkestone and Hythe     £39,850\n"
           "    Community Safety Partnership\n"
           "  ---------------------------------------------------------------------------\n"
           "  Total                                                                 £81,150\n")
    rows = _rows(raw)
    assert ["Folkestone, Hythe and Romney Marsh Community Safety Partnership", "Folkestone and Hythe",
            "£39,850"] in rows
    assert ["Total", "£81,150"] in rows


def test_a_dot_leader_parts_two_cells_and_a_name_set_over_two_lines_is_one_cell() -> None:
    raw = ("Standing members\n"
           "  Gwynedd Council ........................ Cllr Alys Penrhyn (Leader)\n"
           "  North Wales Office of the Police and\n"
           "  Crime Commissioner ..................... Dafydd Ogwen (Chief Executive)\n"
           "  Bangor University ...................... Dr Lowri Madoc (Pro Vice-Chancellor)\n")
    assert _rows(raw) == [["Gwynedd Council", "Cllr Alys Penrhyn (Leader)"],
                          ["North Wales Office of the Police and Crime Commissioner", "Dafydd Ogwen (Chief Executive)"],
                          ["Bangor University", "Dr Lowri Madoc (Pro Vice-Chancellor)"]]


def test_a_leader_to_the_end_of_the_line_is_left_alone() -> None:
    assert "Chair ........" in clean("Signed as a correct record\n\nChair ....................\n")


def test_a_pipe_rows_bracketed_note_alone_carries_every_cell_on() -> None:
    # a pipe table boxed only at its top and foot: "(Vice-Chair)" under the name, the post's last word beside it
    boxed = ("+--------------------------+------------------------------------+\n"
             "| Cllr Oona Tarrant        | Portfolio Holder for Safer Streets, |\n"
             "| (Chair)                  | Eastvale Borough Council           |\n"
             "| Insp. Pell Grange        | Neighbourhood Inspector, Eastvale  |\n"
             "| (Vice-Chair)             | Police                             |\n"
             "| Rhea Moss                | Community Safety Officer           |\n"
             "+--------------------------+------------------------------------+\n")
    rows = _rows(boxed)
    assert ["Cllr Oona Tarrant (Chair)", "Portfolio Holder for Safer Streets, Eastvale Borough Council"] in rows
    assert ["Insp. Pell Grange (Vice-Chair)", "Neighbourhood Inspector, Eastvale Police"] in rows
    assert ["Rhea Moss", "Community Safety Officer"] in rows
    # a markdown pipe table with three columns, the note under the name and two cells run on
    markdown = ("| Name | Role | Organisation |\n"
                "|---|---|---|\n"
                "| Sol Brandt | Head of Housing and | Westby District |\n"
                "| (Chairman) | Communities | Council |\n"
                "| Tam Okoro | Youth Justice Manager | Westby District Council |\n")
    assert ["Sol Brandt (Chairman)", "Head of Housing and Communities", "Westby District Council"] in _rows(markdown)
    # an open pipe table without outer pipes: the same
    open_pipes = ("Ula Ferris            | Strategic Lead, Northby City\n"
                  "(Chair)               | Council\n"
                  "Vic Aldane            | Area Manager, Northby Fire\n")
    assert ["Ula Ferris (Chair)", "Strategic Lead, Northby City Council"] in _rows(open_pipes)


def test_a_cell_ending_in_a_colon_runs_on_to_the_lines_under_it() -> None:
    # a money table whose purpose cell opens a list with a colon and wraps twice under its own column
    spaced = ("  Funder                               Amount      Purpose\n"
              "  Eastvale Borough Council             £42,000     Core grant:\n"
              "                                                   street pastors,\n"
              "                                                   town centre marshals\n"
              "  Eastvale Violence Reduction Unit     £18,500     Youth outreach\n")
    rows = _rows(spaced)
    assert ["Eastvale Borough Council", "£42,000", "Core grant: street pastors, town centre marshals"] in rows
    assert ["Eastvale Violence Reduction Unit", "£18,500", "Youth outreach"] in rows
    # a sub-groups table: the remit cell's label and its wrapped text
    remit = ("Group                      Chair                          Remit\n"
             "Hate Crime Forum           Cohesion Manager               Leads on:\n"
             "                                                          Hate crime reporting\n"
             "Reducing Reoffending       Head of Probation Delivery     Integrated offender\n"
             "Group                      Unit                           management\n")
    rows = _rows(remit)
    assert ["Hate Crime Forum", "Cohesion Manager", "Leads on: Hate crime reporting"] in rows
    # a membership table: the seat's cell cut after "Representing:" goes on with the body it names
    members = ("Name                 Seat\n"
               "Ira Lowell           Representing:\n"
               "                     Westby Housing Association\n"
               "Kay Demir            Westby District Council\n")
    rows = _rows(members)
    assert ["Ira Lowell", "Representing: Westby Housing Association"] in rows
    assert ["Kay Demir", "Westby District Council"] in rows
