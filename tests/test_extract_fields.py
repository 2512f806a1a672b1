"""loaders/extract/fields.py: "Label: value" lines whose label says how the value relates to the paper's body
(Chair, Vice-Chair, Report author, Lead officer, SRO, Portfolio Holder, Reports to)."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, fact, of, quote, read

BOARD = "Halton Youth Justice Board"
MINUTES = """Minutes of the Halton Youth Justice Board held on 2 June 2022

Chair: Cllr Nia Tudor
Vice-Chair: Supt Rhys Allen, Cheshire Constabulary
Lead officer: Dr Ines Kovac, Head of Youth Justice
Reports to: Halton Health and Wellbeing Board
SRO: Mark Tollis
Portfolio Holder: Cllr Una Pike
Contact: Pat Greaves, Tel: 0151 000 0000
"""


@pytest.fixture(scope="module")
def doc():
    return read(MINUTES)


def test_chair_and_vice_chair_lines_name_the_bodys_chairs(doc) -> None:
    assert of(doc, "chairs") == {("Nia Tudor", BOARD)}
    assert of(doc, "vice_chair") == {("Rhys Allen", BOARD)}
    f = fact(doc, "Nia Tudor", "chairs", BOARD)
    assert (quote(doc, f), f.rule) == ("Chair: Cllr Nia Tudor", "field:chair")


def test_what_follows_a_name_in_a_field_describes_the_person(doc) -> None:
    assert ("Rhys Allen", "Cheshire Constabulary") in of(doc, "member_of")
    assert ("Dr Ines Kovac", "Head of Youth Justice") in of(doc, "holds_post")


def test_a_label_that_is_itself_a_post_gives_that_post(doc) -> None:
    assert {("Mark Tollis", "Senior Responsible Officer"), ("Una Pike", "Portfolio Holder")} <= of(doc, "holds_post")


def test_a_reports_to_line_is_the_bodys_reporting_line(doc) -> None:
    assert of(doc, "reports_to") == {(BOARD, "Halton Health and Wellbeing Board")}


def test_a_contact_line_gives_no_relation(doc) -> None:
    assert not any("Pat Greaves" in (s, o) for s, _, o in {(f.subject.name, f.relation, f.object.name)
                                                            for f in doc.facts})
    assert_evidence_quotes(doc)


def test_a_report_authors_post_is_read_after_the_comma() -> None:
    doc = read("Halton Borough Council\nReport to Cabinet\n\nReport author: Pat Greaves, Community Safety Manager\n"
               "Contact officer: Pat Greaves\n")
    assert of(doc, "holds_post") == {("Pat Greaves", "Community Safety Manager, Halton Borough Council")}


def test_a_post_in_the_chair_line_chairs_the_body() -> None:
    doc = read("Minutes of the Halton Youth Justice Board held on 2 June 2022\n\nChair: Director of Public Health\n")
    assert of(doc, "chairs") == {("Director of Public Health, Halton Borough Council", BOARD)}


def test_a_chair_line_in_a_paper_with_no_body_and_no_council_gives_nothing() -> None:
    doc = read("Notes\n\nChair: Cllr Nia Tudor\n")
    assert of(doc, "chairs") == set()


def test_a_chair_line_in_a_councils_briefing_does_not_chair_the_council() -> None:
    doc = read("Halton Borough Council\nBriefing note\n\nChair: Director of Public Health\n")
    assert of(doc, "chairs") == set()


def test_a_sentence_after_a_chair_label_is_not_a_chair() -> None:
    doc = read("Halton Borough Council\nReport to Cabinet\n\nChair: The Leader will chair the next meeting.\n")
    assert of(doc, "chairs") == set()


BOX = """Newport City Council

How it is governed

  Newport Serious Violence Prevention Board
  --------------------------------------------------
  Chair:        Sian Pryce, Director of Housing and Communities, Newport City Council
  Vice-chair:   Superintendent Owen Bevan, Gwent Police
  Reports to:   Gwent Serious Violence Duty Strategic Board; also updates the Newport Community Safety Partnership

The Board is made up of the following members:

  | Name                   | Role                              | Organisation            |
  |------------------------|-----------------------------------|-------------------------|
  | Sian Pryce             | Director of Housing              | Newport City Council    |
  | Dr Rhys Morgan         | Consultant in Public Health       | Aneurin Bevan University Health Board |
"""


def test_a_box_of_fields_under_a_bodys_name_and_its_members_table() -> None:
    doc = read(BOX)
    board = "Newport Serious Violence Prevention Board"
    assert ("Sian Pryce", board) in of(doc, "chairs"), of(doc, "chairs")
    assert ("Owen Bevan", board) in of(doc, "vice_chair"), of(doc, "vice_chair")
    assert (board, "Gwent Serious Violence Duty Strategic Board") in of(doc, "reports_to"), of(doc, "reports_to")
    members = of(doc, "member_of")
    assert ("Dr Rhys Morgan", board) in members, members
    assert ("Dr Rhys Morgan", "Aneurin Bevan University Health Board") in members, members
    # the post cell before the organisation cell is that organisation's post
    assert ("Dr Rhys Morgan", "Consultant in Public Health, Aneurin Bevan University Health Board") in \
        of(doc, "holds_post")


ALIGNED = """Minutes of the Knowsley Community Safety Board held on 9 May 2023

Chair:            Cllr Tadeusz Wronski
Lead officer:     Yetunde Okafor, Head of Community Safety
Reports to:       Knowsley Health and Wellbeing Board
"""


def test_fields_whose_values_sit_in_a_column_read_as_fields() -> None:
    # council headers pad the label to a column; the cleaner turns the padding into a tab
    doc = read(ALIGNED)
    assert of(doc, "chairs") == {("Tadeusz Wronski", "Knowsley Community Safety Board")}
    assert ("Knowsley Community Safety Board", "Knowsley Health and Wellbeing Board") in of(doc, "reports_to")
    assert ("Yetunde Okafor", "Head of Community Safety, Knowsley Council") in of(doc, "holds_post")


DECISION = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CLEVELAND

RECORD OF DECISION

Decision maker:   Police and Crime Commissioner for Cleveland
Report author:    Joss Ferriby, Commissioning Manager
Date of decision: 3 March 2024

The Commissioner approves a grant of £18,500 to Redcar Women's Aid for 2024/25.
"""


def test_a_decision_maker_in_a_column_is_the_funder_and_not_run_into_the_next_label() -> None:
    doc = read(DECISION)
    funders = {s for s, _ in of(doc, "funds")}
    assert funders and all("Report" not in s for s in funders)
    assert all("Commissioner" in s for s in funders)


def test_a_chairs_post_whose_portfolio_lists_with_commas_is_one_post() -> None:
    doc = read("Terms of Reference of the Gwent Violence Prevention Board\n\n"
               "  Chair:   Tamsin Ruddock-Hale, Director of Adults, Housing and Communities, Newport City Council\n")
    assert ("Tamsin Ruddock-Hale", "Director of Adults, Housing and Communities") in of(doc, "holds_post")
    assert ("Tamsin Ruddock-Hale", "Newport City Council") in of(doc, "member_of")
    assert not any("Housing and Communities" in o for _, o in of(doc, "member_of"))


def test_two_authors_sharing_a_post_in_the_plural() -> None:
    doc = read("Report to the Safer Wealden Partnership\n\nAuthor: Rhiannon Dacre/Tobias Quint (Community Safety "
               "Officers)\n")
    posts = of(doc, "holds_post")
    # the report's authors are the council's own officers (appositions.own_officers), both alike
    assert ("Rhiannon Dacre", "Community Safety Officer, Wealden District Council") in posts
    assert ("Tobias Quint", "Community Safety Officer, Wealden District Council") in posts
    assert not any("Officers" in o for _, o in of(doc, "member_of"))


def test_a_legal_basis_field_names_the_act_the_body_holds_duties_under() -> None:
    doc = read("Source: https://www.rutland.gov.uk/csp\n\nSafer Oakham Partnership\nTerms of Reference\n\n"
               "Chair: Cllr Ada Pike\nLegal basis: Crime and Disorder Act 1998, s.5-7\n")
    assert of(doc, "statutory_duty") == {("Safer Oakham Partnership", "Crime and Disorder Act 1998")}


@pytest.mark.parametrize("label, portfolio", [
    ("Cabinet member with lead responsibility", "Resident Services"),
    ("Cabinet Member", "Housing and Safer Communities"),
    ("Portfolio Holder", "Community Safety"),
])
def test_a_report_heads_cabinet_member_field_names_the_portfolio_after_the_councillor(label, portfolio) -> None:
    doc = read("Source: https://wolverhampton.moderngov.co.uk/documents/s1/report.pdf\n\n"
               "CITY OF WOLVERHAMPTON COUNCIL\n\nCabinet\n17 January 2024\n\n"
               f"{label}: Councillor Nell Okonjo-Bright, {portfolio}\nKey decision: Yes\n")
    posts = {o for s, o in of(doc, "holds_post") if s == "Nell Okonjo-Bright"}
    wanted = f"{label.split()[0]} {label.split()[1].capitalize()} for {portfolio}"
    assert any(o.startswith(wanted) for o in posts), posts
    assert not any(o == portfolio for _, o in of(doc, "member_of"))


PARTNER_CARDS = """About us > Our partnerships

Devon and Somerset Fire and Rescue Service

+--------------------------------------------------------------------------+
| Exeter Community Safety Partnership                                      |
|  Chair:          Councillor Lorna Pike, Exeter City Council                |
|                  (since May 2024)                                        |
|  Vice-chair:     Superintendent Cal Dorne, Devon and Cornwall Police      |
|  Our member:     Station Manager Efa Lowen                                |
+--------------------------------------------------------------------------+

+--------------------------------------------------------------------------+
| Torbay Community Safety Partnership                                      |
|  Member:         Watch Manager Sol Brill                                  |
+--------------------------------------------------------------------------+
"""


def test_a_ruled_box_titled_by_a_body_owns_its_fields() -> None:
    doc = read(PARTNER_CARDS)
    assert ("Lorna Pike", "Exeter Community Safety Partnership") in of(doc, "chairs"), of(doc, "chairs")
    assert ("Cal Dorne", "Exeter Community Safety Partnership") in of(doc, "vice_chair"), of(doc, "vice_chair")


def test_a_member_field_seats_the_person_on_the_box_body() -> None:
    members = of(read(PARTNER_CARDS), "member_of")
    assert ("Efa Lowen", "Exeter Community Safety Partnership") in members, members
    assert ("Sol Brill", "Torbay Community Safety Partnership") in members, members
    assert ("Sol Brill", "Exeter Community Safety Partnership") not in members, members


# a council's register of partnerships: one record of fields per partnership, parted by rules
_REGISTER = """Wiltshire Council
Audit and Governance Committee - 16 July 2025
Register of significant partnerships

Partnership:        Wiltshire Safeguarding Adults Board (WSAB)
Statutory basis:    Care Act 2014, s.43
Lead officer:       Director of Adult Social Care (Petra Lindgren)
Chair:              Independent Chair (Dr Hollis Marchetti)
Reports to:         Health and Wellbeing Board (annual report)
--------------------------------------------------------------------------------
Partnership:        Wiltshire Youth Justice Partnership Board
Statutory basis:    Crime and Disorder Act 1998, s.39
Lead officer:       Head of Youth Justice (Caspar Oduya)
Chair:              Director of Children's Services
--------------------------------------------------------------------------------
"""


def test_each_record_of_a_register_is_the_partnership_its_first_field_names() -> None:
    doc = read(_REGISTER)
    chairs = of(doc, "chairs")
    assert ("Dr Hollis Marchetti", "Wiltshire Safeguarding Adults Board") in chairs
    assert any(body == "Wiltshire Youth Justice Partnership Board" and post.startswith("Director of Children's")
               for post, body in chairs)
    assert not any(body.endswith("Committee") for _, body in chairs)  # not the committee the register went to
