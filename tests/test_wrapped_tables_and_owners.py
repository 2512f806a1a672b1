"""Tables converted from PDF whose cells wrap over several columns at once, a bracketed note under a cell, and
the owner of a members' table that the line before it names (loaders/wrapped_rows.py, extract/attendance.py,
the resolver's bare "the Board")."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _rows(raw: str) -> list[list[str]]:
    text = clean(raw)
    return [[text[a:b] for a, b in line.cells] for line in read_layout(text).lines if line.kind == "row" and line.cells]


def test_a_numbered_row_whose_every_cell_wraps_under_a_hanging_indent() -> None:
    raw = ("     Priority                           Lead                               Delivery group\n"
           "     1. Cutting knife crime             Avon and Somerset Police           Serious Violence\n"
           "        and weapon carrying             (Neighbourhood Inspector)          Reduction Group\n"
           "     2. Protecting people from          Bath and North East Somerset       Domestic Abuse\n"
           "        domestic abuse                  Council (Head of Safeguarding)      Strategic Board\n"
           "                                        Adults)\n")
    rows = _rows(raw)
    assert rows[1] == ["1. Cutting knife crime and weapon carrying",
                       "Avon and Somerset Police (Neighbourhood Inspector)", "Serious Violence Reduction Group"]
    assert rows[2][0] == "2. Protecting people from domestic abuse"
    assert rows[2][2] == "Domestic Abuse Strategic Board"


def test_a_numbered_row_followed_by_the_next_number_is_not_joined() -> None:
    raw = ("     Priority                           Lead\n"
           "     1. Safer town centres              Cheshire Police\n"
           "     2. Tackling exploitation           Cheshire East Council\n")
    assert _rows(raw)[1:] == [["1. Safer town centres", "Cheshire Police"],
                              ["2. Tackling exploitation", "Cheshire East Council"]]


def test_a_bracketed_note_under_a_cell_joins_it() -> None:
    raw = ("  Member                  Agency                          Role\n"
           "  Tamsin Orrell           Cumbria Constabulary            District Commander\n"
           "                                                          (Vice-Chair)\n"
           "  Bram Eddowes            Westmorland and Furness Council Head of Housing\n")
    rows = _rows(raw)
    assert rows[1][2] == "District Commander (Vice-Chair)"
    assert rows[2][0] == "Bram Eddowes"


BOARD_PAPER = """Wirral Youth Justice Service
Youth Justice Plan 2024-25

1. Governance

1.1 The plan is produced by the Wirral Youth Justice Management Board.

1.2 The Wirral Youth Justice Management Board oversees the service and meets quarterly. Board members at
April 2024:

  Member                      Agency                                    Role
  Lowenna Greaves             Wirral Council                            Director of Children's Services (Chair)
  Tobiah Marlowe              Merseyside Police                         Superintendent
  Ysolde Fenwick              NHS Cheshire and Merseyside               Designated Nurse

1.3 Its Chair also sits on the Merseyside Youth Justice Strategic Board.

1.4 Two sub-groups report to the Board:
  - the Education Panel, chaired by the Head of Inclusion;
  - the Reoffending Panel, chaired by the Head of Service.
"""


def test_a_members_table_belongs_to_the_board_the_line_before_names() -> None:
    doc = read(BOARD_PAPER)
    members = of(doc, "member_of")
    assert ("Lowenna Greaves", "Wirral Youth Justice Management Board") in members
    assert ("Tobiah Marlowe", "Wirral Youth Justice Management Board") in members
    assert not any(o == "Wirral Youth Justice Service" for _, o in members)


def test_a_bare_board_is_the_board_the_paper_is_about_not_the_last_one_named() -> None:
    doc = read(BOARD_PAPER)
    subgroups = of(doc, "subgroup_of")
    assert ("Wirral Education Panel", "Wirral Youth Justice Management Board") in subgroups
    assert not any("Strategic Board" in o or "Integrated Care" in o for _, o in subgroups)


def test_a_row_that_says_its_person_is_not_a_member_gives_no_membership() -> None:
    doc = read("""Halton Youth Justice Service

1.1 The Halton Youth Justice Management Board oversees the service. Board members at May 2024:

  Member                      Agency                                    Role
  Rosalind Penhale            Halton Borough Council                    Director of Children's Services (Chair)
  Ivor Castellane             Cheshire Constabulary                     Chief Inspector
  Delphine Okoro              Halton Youth Justice Service              Service Manager (attends; not a
                                                                        member)
""")
    members = {p for p, o in of(doc, "member_of") if o == "Halton Youth Justice Management Board"}
    assert {"Rosalind Penhale", "Ivor Castellane"} <= members
    assert "Delphine Okoro" not in members


def test_responsibility_for_a_panel_is_no_part_of_its_name() -> None:
    doc = read("Safer Bolton Partnership\n\nMinutes\n\n4.3 Responsibility for the Channel Panel stays with the "
               "Director of Children's Services, who chairs the Panel.\n")
    names = {e.name for e in doc.entities}
    assert not any(n.startswith("Responsibility") for n in names)
    assert any(o.endswith("Channel Panel") for _, o in of(doc, "chairs"))


PRIORITY_TABLE = """Borough of Redcar and Cleveland

Cabinet

Community Safety Strategy 2024-2027

3.2 The strategy sets three priorities. Each priority has a named lead and one delivery group accountable
    to the Strategic Board:

     Priority                           Lead                               Delivery group
     1. Reducing knife crime            Cleveland Police                   Serious Violence and
                                                                           Reduction Group
     2. Ending violence against women   Redcar and Cleveland Council       Domestic Abuse
        and girls                       (Director of Adult Services)       Partnership Board
     3. Cutting drug-related harm       Redcar and Cleveland Council       Combating Drugs
                                        (Director of Public Health)         Partnership
"""


def test_a_priority_table_s_lead_leads_the_priority_its_group_delivers() -> None:
    doc = read(PRIORITY_TABLE)
    led = of(doc, "led_by")
    assert ("Reducing knife crime", "Cleveland Police") in led
    assert any(s == "Ending violence against women and girls" and o.startswith("Director of Adult Services")
               for s, o in led)
    remits = of(doc, "responsible_for")
    assert any(s.endswith("Domestic Abuse Partnership Board") and o == "Ending violence against women and girls"
               for s, o in remits)


def test_groups_accountable_to_a_board_report_to_it_and_are_not_called_its_sub_groups() -> None:
    doc = read(PRIORITY_TABLE)
    reports = of(doc, "reports_to")
    assert any(s.endswith("Reduction Group") and o.endswith("Strategic Board") for s, o in reports)
    assert not any(o.endswith("Strategic Board") for _, o in of(doc, "subgroup_of"))


def test_a_field_value_wrapped_under_itself_is_one_value() -> None:
    raw = ("Cabinet Member:    Cllr Wynne Ashdale - Cabinet Member for Highways, Transport and Community\n"
           "                   Safety\n"
           "Report Author:     Perpetua Lyle - Community Safety Manager\n")
    text = clean(raw)
    assert "Transport and Community Safety\n" in text
    doc = read(raw)
    assert any(p == "Wynne Ashdale" and o.startswith("Cabinet Member for Highways, Transport and Community Safety")
               for p, o in of(doc, "holds_post"))


def test_a_second_value_under_a_field_is_not_joined() -> None:
    raw = ("Report considered by:  Place Scrutiny Committee - 4 June 2024\n"
           "                       Cabinet - 18 June 2024\n")
    assert "Cabinet - 18 June 2024" in clean(raw).split("\n")[1]


def test_the_service_budget_set_out_by_partner_is_the_service_s() -> None:
    doc = read("""Wigan Youth Justice Service
Youth Justice Plan 2024-25

6. Resources

6.1 The service budget for 2024-25 is £905,000. Partner contributions are set out below.

  Agency                                          Staffing      Payments in kind   Other delegated   Total
  Youth Justice Board (Youth Justice Grant)       £0            £0                 £301,000          £301,000
  Wigan Council                                   £420,000      £0                 £60,000           £480,000
  Greater Manchester Police                       £40,000       £0                 £0                £40,000
""")
    funders = {s for s, o in of(doc, "funds") if o == "Wigan Youth Justice Service"}
    assert {"Wigan Council", "Greater Manchester Police"} <= funders
    amounts = {f.amount for f in doc.facts if f.relation == "funds" and f.subject.name == "Wigan Council"}
    assert 480000 in amounts
