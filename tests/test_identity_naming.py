"""Naming what the reader reads: back-references to the paper's own board, names that a list's "and" or a
sentence's first word cut or swell, a cover sheet's earlier meetings, a field's wrapped value, and a council's
post under every name of the council. Every text is written here, in several councils' styles."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.metadata import _head_body
from govkg.loaders.wrapped_rows import join_wrapped_rows


def test_an_integrated_care_board_is_never_the_board_a_paper_speaks_of():
    doc = read(
        "2.1  The Safer Northdale Partnership is the statutory Community Safety Partnership for Northdale. Its\n"
        "     Board brings together Northdale Council, Cleveland Police and the NHS North East and Yorkshire\n"
        "     Integrated Care Board.\n\n"
        "2.2  The Board is chaired by Superintendent Ada Quill, Area Commander.\n")
    assert not any("Integrated Care" in board for _, board in of(doc, "chairs"))


def test_a_welsh_health_board_is_never_the_board_a_paper_speaks_of():
    doc = read(
        "Gwynedd Youth Justice Service works with Betsi Cadwaladr University Health Board and North Wales Police.\n\n"
        "The Board agreed three priorities: reducing first-time entrants; reducing reoffending; and keeping\n"
        "children out of custody.\n")
    assert not any("Health Board" in owner for _, owner in of(doc, "priority_of"))


def test_the_board_a_paper_defines_beside_its_acronym():
    doc = read(
        "3.2  In Conwy, the Youth Justice Management Board (the Board, or YJMB) has oversight of the Service.\n"
        "     Members include Conwy County Borough Council and the Betsi Cadwaladr University Health Board.\n\n"
        "4.1  The Board agreed three priorities: reducing first-time entrants; reducing reoffending; and\n"
        "     keeping children out of custody.\n")
    owners = {owner for _, owner in of(doc, "priority_of")}
    assert owners and all("Youth Justice Management Board" in owner for owner in owners)


def test_other_is_no_word_of_the_boards_name():
    doc = read(
        "2.2  The Safer Harbourside Partnership (SHP) Board is chaired by the Council's Chief Executive.\n"
        "     Other Board members include Devon and Somerset Fire and Rescue Service and Harbourside Homes.\n")
    assert not any(board.startswith("Other") for _, board in of(doc, "member_of"))


def test_an_office_of_a_commissioner_ends_before_the_next_partner_of_a_list():
    doc = read(
        "Board members include Avon Fire and Rescue Service, the Probation Service, the Office of the Avon and\n"
        "Somerset Police and Crime Commissioner and Bristol Housing Partnership.\n")
    members = {m for m, _ in of(doc, "member_of")}
    assert not any(m.endswith("Bristol Housing Partnership") and "Office" in m for m in members)
    assert not any(m.endswith("Avon and Somerset Police") or m.endswith("Office of the Avon") for m in members)


def test_a_cover_sheet_row_of_earlier_meetings_names_no_meeting_of_the_paper():
    head = ("Cabinet\n14 November 2024\n\n"
            "Report title              Safer Dudley Strategy 2024-2027\n"
            "Report to be/has been     Strategic Executive Board                 22 October 2024\n"
            "considered by             Safer Dudley Partnership Board            1 October 2024\n")
    assert _head_body(head) != "Strategic Executive Board"
    assert _head_body("Report considered by:  Communities Scrutiny Committee - 2 October 2024\n") is None


def test_a_listed_field_value_runs_on_to_the_line_set_under_it():
    lines = ["  Links to:                Safer Dudley Partnership; Dudley Safeguarding Adults Board; Dudley",
             "                           Safeguarding Children Partnership",
             "  Scrutiny:                Health Scrutiny Committee"]
    joined = join_wrapped_rows(lines)
    assert len(joined) == 2 and joined[0].endswith("Dudley Safeguarding Children Partnership")
    # a value that lists nothing may head a column of entries: the line under it stays its own
    column = ["  Members:       Ann Corrigan", "                 Bo Hartigan"]
    assert join_wrapped_rows(column) == column


def test_a_council_post_goes_by_every_name_of_its_council():
    doc = read(
        "Safer Islington Partnership Board\nMinutes of the meeting held on 4 March 2024\n\n"
        "Present:\n\n"
        "| Councillor Ivo Marsh     | Executive Member for Community Safety, LB Islington (Chair) |\n"
        "| Dr Lena Brookfield       | Director of Public Health, LB Islington                    |\n")
    post = next(e for e in doc.entities if e.kind == "post" and e.name.startswith("Director of Public Health"))
    assert "Director of Public Health, London Borough of Islington" in {post.name, *post.aliases}


def test_a_partner_named_with_a_list_of_places_is_one_member():
    doc = read(
        "The three statutory safeguarding partners are Wiltshire Council, Wiltshire Police and the NHS\n"
        "Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board (the ICB).\n")
    members = {m for m, _ in of(doc, "member_of")}
    assert "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board" in members
    assert not any(m in ("NHS Bath", "NHS Bath and North East Somerset") for m in members)


def test_a_team_named_for_two_functions_is_one_team():
    doc = read("Grants from the Community Safety Fund are managed by the OPCC Partnerships and Commissioning Team.\n"
               "The Kirklees Prevent Board is chaired by the Mayor's Policing and Crime Team.\n")
    names = {e.name for e in doc.entities if e.kind == "body"}
    assert not any(n.endswith("Commissioning Team") and "Partnerships" not in n for n in names)
    assert not any(n.endswith("Crime Team") and "Policing" not in n for n in names)


def test_the_board_of_a_partnership_named_by_its_acronym_is_the_partnership():
    doc = read(
        "1.1  This report updates the Committee on the Safer Gateshead Partnership (SGP).\n\n"
        "2.3  The SGP Board reports each year to the Gateshead Health and Wellbeing Board.\n\n"
        "3.1  The SGP has four delivery groups, each reporting to the Board:\n\n"
        "       * Anti-Social Behaviour Delivery Group\n"
        "       * Serious Violence Delivery Group\n")
    assert not any("SGP Board" in (s, o) for s, o in of(doc, "subgroup_of") | of(doc, "reports_to"))


def test_a_long_council_post_keeps_its_council():
    doc = read(
        "Safer Hackney Partnership Board\nMinutes of the meeting held on 9 May 2024\n\nPresent:\n\n"
        "| Ola Brightwater          | Head of Youth Justice Service, LB Hackney                |\n"
        "| Rhys Penhallow           | Director of Public Health, Hackney Council              |\n")
    posts = {p for _, p in of(doc, "holds_post")}
    assert "Head of Youth Justice Service" not in posts
    assert "Head of Youth Justice Service, London Borough of Hackney" in posts  # named as the council is


def test_a_numbered_paragraph_wrapped_at_the_page_width_is_no_heading():
    from govkg.loaders.layout import read_layout

    text = ("2.3 The Commissioner, Ms Ada Penrose, set out in the Police and Crime Plan 2022-2026 (\"Safer\n"
            "Lancashire\") her priorities of visible policing, tackling violence and supporting victims.\n\n"
            "3. Funding Arrangements\n\n")
    kinds = [ln.kind for ln in read_layout(text).lines]
    assert kinds[0] != "heading" and kinds[3] == "heading"


def test_his_or_her_priorities_are_the_post_holders():
    doc = read(
        "1.2 The Commissioner, Ms Ada Penrose, set out in the Police and Crime Plan 2022-2026 (\"Safer\n"
        "Lancashire\") her priorities of visible policing, tackling violence and supporting victims.\n")
    owners = {o for _, o in of(doc, "priority_of")}
    assert owners and all("Commissioner" in o for o in owners)
    nobody = read("Working with Lancashire County Council, she set out her priorities of visible policing, tackling\n"
                  "violence and supporting victims.\n")
    assert not of(nobody, "priority_of")


def test_our_sub_groups_are_the_papers_own_and_report_where_the_line_says():
    doc = read(
        "Halton Safeguarding Adults Board\nAnnual Report 2023-24\n\n"
        "2.4 Sub-groups\n\n"
        "Our work is carried out through three sub-groups, each of which reports to the Executive Group:\n\n"
        "  Sub-group                                   Chair (2023-24)\n"
        "  ------------------------------------------  -------------------------------------------\n"
        "  Safeguarding Adults Review Group            Head of Quality, Halton Borough Council\n"
        "  Training and Development Group              Cara Whitlow, Training Officer\n"
        "  Performance and Audit Group                 Inspector Noel Brandreth, Cheshire Police\n")
    parents = {p for _, p in of(doc, "subgroup_of")}
    assert parents == {"Halton Safeguarding Adults Board"}
    assert any("Executive" in to for _, to in of(doc, "reports_to"))


def test_a_semicolon_before_a_name_with_its_own_verb_ends_the_list_of_chairs():
    doc = read(
        "3.2 Three delivery groups report to the Board. The Youth Violence Group is chaired by the Director of\n"
        "Children's Services; the Domestic Abuse Steering Group is chaired by the Head of Housing; the Hate Crime\n"
        "Group is led by the Partnership Inspector.\n")
    chairs = of(doc, "chairs")
    assert not any(chair.endswith("Group") for chair, _ in chairs)
    assert any(chair.startswith("Director of Children's Services") for chair, _ in chairs)


def test_a_police_or_probation_unit_after_its_service_is_no_employer():
    doc = read(
        "Safer Lewisham Partnership Board\nMinutes of the meeting held on 2 May 2024\n\nPresent:\n\n"
        "| Det Ch Supt Ivo Brannagh | Metropolitan Police Service, South East BCU | BCU Commander |\n"
        "| Cara Quennell            | Probation Service - Lewisham PDU            | Head of PDU   |\n")
    employers = {org for _, org in of(doc, "member_of")}
    assert "Metropolitan Police Service" in employers
    assert not any(org.endswith(("BCU", "PDU")) for org in employers)


def test_the_royal_borough_is_the_papers_council_of_that_style():
    doc = read(
        "Safer Kensington and Chelsea Partnership Board\nMinutes of the meeting held on 6 June 2024\n\n"
        "4.1 The Board heard that MOPAC has allocated £120,500 to the Royal Borough for 2024/25 through the\n"
        "London Crime Prevention Fund.\n")
    receivers = {to for _, to in of(doc, "funds")}
    assert receivers and all(to.startswith("Royal Borough of Kensington") for to in receivers)


def test_a_clause_after_a_semicolon_keeps_its_own_subject_past_a_relative_clause():
    doc = read(
        "Under the new structure the Safer Leeds Delivery Group and the Leeds Prevent Board are sub-groups of the\n"
        "Communities Partnership Board; the Leeds Combating Drugs Partnership, which covers the whole city, will\n"
        "report to the Health and Wellbeing Board.\n")
    parents = {p for _, p in of(doc, "subgroup_of")}
    assert parents and not any("Combating Drugs" in p for p in parents)


def test_a_unit_in_brackets_after_an_organisation_is_no_organisation():
    doc = read(
        "Kirklees Communities Partnership Board\nMinutes of the meeting held on 3 July 2024\n\nPresent:\n\n"
        "Ada Fennimore\tPartnership Manager\tOffice of the Mayor of West Yorkshire (Policing and Crime)\n"
        "Joel Tranmere\tHead of Service\tNHS West Yorkshire Integrated Care Board\n\n"
        "Apologies: Lena Oakshott (Locala Health and Wellbeing)\n")
    employers = {org for _, org in of(doc, "member_of")}
    assert not any("Policing and Crime" in org and "Office" not in org for org in employers)


def test_a_bracketed_chair_marker_chairs_the_lists_body_not_the_employer_after_it():
    doc = read(
        "3.2 Membership of the Oldham Prevent Board in 2023/24:\n\n"
        "Name\tRole\tOrganisation\n"
        "Tomas Ellery\tDirector of Communities (Chair)\tOldham Council\n"
        "Priya Vasquez\tPrevent Co-ordinator\tOldham Council\n"
        "Insp Dale Morrow\tNeighbourhood Inspector\tGreater Manchester Police\n")
    chairs = of(doc, "chairs")
    assert ("Tomas Ellery", "Oldham Council") not in chairs
    assert any(board.endswith("Prevent Board") for _, board in chairs)


def test_a_post_of_the_council_goes_by_the_comma_form_too():
    doc = read("Dover Community Safety Partnership\nTerms of Reference 2024\n\n"
               "1. The Partnership is chaired by the Head of Neighbourhood Services of Dover District Council.\n")
    post = next(e for e in doc.entities if e.kind == "post" and e.name.startswith("Head of Neighbourhood Services"))
    assert "Head of Neighbourhood Services, Dover District Council" in {post.name, *post.aliases}


def test_a_bare_post_takes_the_organisation_written_with_it():
    doc = read("The Domestic Abuse Board is chaired by Lena Carrow, Head of Safeguarding, Gateshead Council.\n\n"
               "The lead representatives in 2023-24 were:\n\n"
               "  * Torbay Council - Ivo Marshfield, Chief Executive (delegated to Ada Penrose, Director of\n"
               "    Children's Services)\n"
               "  * Devon and Cornwall Police - Supt Ola Brennan\n")
    posts = of(doc, "holds_post")
    assert ("Lena Carrow", "Head of Safeguarding, Gateshead Council") in posts
    assert ("Ivo Marshfield", "Chief Executive, Torbay Council") in posts
    assert ("Ivo Marshfield", "Chief Executive") not in posts


def test_a_bracket_that_says_again_what_a_body_is_leaves_the_body_chaired():
    doc = read(
        "2.3 The Partnership has three thematic groups:\n\n"
        "     - Violence Against Women and Girls Strategic Board (the Domestic Abuse Local Partnership Board\n"
        "       that Part 4 of the Domestic Abuse Act 2021 calls for), chaired by the Director of Housing\n"
        "     - Substance Misuse Partnership Board (the Combating Drugs Partnership for the area), chaired by the\n"
        "       Director of Public Health, Dr Ines Farrow\n")
    chaired = {board for _, board in of(doc, "chairs")}
    assert any(b.endswith("Violence Against Women and Girls Strategic Board") for b in chaired)
    assert any(b.endswith("Substance Misuse Partnership Board") for b in chaired)
    assert not any(b.endswith(("Domestic Abuse Local Partnership Board", "Combating Drugs Partnership"))
                   for b in chaired)


def test_the_partnership_in_a_partnership_boards_paper_is_its_own():
    doc = read(
        "Safer Barnet Partnership Board\nMinutes of the meeting held on 12 March 2024\n\n"
        "3.3 The Barnet Combating Drugs Partnership is a sub-group of the Board and reports to it twice a year.\n\n"
        "4.1 A refreshed Barnet Community Safety Strategy will be produced by the Partnership by October.\n")
    producers = {who for who, _ in of(doc, "produces")}
    assert producers and not any("Combating Drugs" in who for who in producers)
