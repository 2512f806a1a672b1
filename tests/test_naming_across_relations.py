"""Naming across relations: a post named with the organisation written after it, a unit of an organisation that
is no employer, and prose wrapped inside a bracket that the layout must not read as a label or a list's opener.

Every text here is written for the test in the styles councils use; the people are invented.
"""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.layout import read_layout

_HEAD = "Gwent Area Planning Board for Substance Misuse\nMinutes of the meeting held on 9 May 2024\n\n"


def test_a_post_of_another_council_keeps_the_council_written_after_it() -> None:
    text = ("Caerphilly County Borough Council\n\n" + _HEAD + "Present:\n"
            "Cllr Ivo Marsh - Cabinet Member for Community Safety, Torfaen County Borough Council (Chair)\n"
            "Ria Solberg - Head of Housing and Communities, Monmouthshire County Council\n\n1. Welcome\n")
    posts = of(read(text), "holds_post")
    assert ("Ivo Marsh", "Cabinet Member for Community Safety, Torfaen County Borough Council") in posts
    assert ("Ria Solberg", "Head of Housing and Communities, Monmouthshire County Council") in posts
    assert not any("Caerphilly" in post for _, post in posts)


def test_a_long_post_keeps_the_place_it_serves() -> None:
    text = _HEAD + ("Present:\nAmos Trelawny - Head of Probation Delivery Unit, Gwent, HM Prison and Probation "
                    "Service Wales\n\n1. Welcome\n")
    doc = read(text)
    assert ("Amos Trelawny", "Head of Probation Delivery Unit, Gwent") in of(doc, "holds_post")
    assert ("Amos Trelawny", "HM Prison and Probation Service Wales") in of(doc, "member_of")


def test_a_branch_of_a_government_is_no_employer_of_its_own() -> None:
    text = _HEAD + "Also present:\nJo Pennant - Welsh Government, Community Safety Policy Branch (observer)\n"
    members = of(read(text), "member_of")
    assert ("Jo Pennant", "Welsh Government") in members
    assert not any(body.endswith("Branch") for _, body in members)


def test_prose_wrapped_inside_a_bracket_is_neither_a_label_nor_a_heading() -> None:
    text = ("2.1 Three groups report to the Board: the Finance Sub-group (chair:\nJo Pennant), the Harm Reduction "
            "Group (chair: Amos\nTrelawny) and the Carers Forum (chair: Ria Solberg). The panel sits within it.\n")
    lines = read_layout(text).lines
    assert [ln.kind for ln in lines[1:3]] == ["text", "text"]


def test_groups_listed_with_their_chairs_in_brackets_wrapped_over_lines() -> None:
    text = _HEAD + ("3.3 Three groups report to the APB: the Finance Sub-group (chair:\nJo Pennant), the Harm "
                    "Reduction Group (chair: Amos\nTrelawny) and the Carers Forum (chair: Ria Solberg). The review "
                    "panel sits within the Harm Reduction group.\n")
    doc = read(text)
    board = "Gwent Area Planning Board for Substance Misuse"
    reports = of(doc, "reports_to")
    assert {("Finance Sub-group", board), ("Carers Forum", board)} <= reports
    assert ("Amos Trelawny", "Gwent Harm Reduction Group") in of(doc, "chairs")
    # a chair's name after "(chair:" at a line's end is no group of a list
    assert not any(group in ("Jo Pennant", "Trelawny") for group, _ in of(doc, "subgroup_of"))


def test_a_group_listed_above_and_restated_below_still_reports_to_it() -> None:
    text = ("Safer Torfaen Partnership\nTerms of Reference\n\nDelivery groups\n\n"
            "Two delivery groups sit beneath the partnership:\n\n"
            "   - Violence Reduction Group - chaired by the Head of Community Safety (Public\n"
            "     Protection), Jo Pennant\n"
            "   - Reducing Reoffending Group - chaired by the Head of Probation\n\n"
            "The Violence Reduction Group and the Reducing Reoffending Group are sub-groups of the Safer Torfaen "
            "Partnership and report to it quarterly.\n")
    doc = read(text)
    reports = of(doc, "reports_to")
    assert ("Torfaen Violence Reduction Group", "Safer Torfaen Partnership") in reports
    assert ("Torfaen Reducing Reoffending Group", "Safer Torfaen Partnership") in reports


_DECISION = ("WEST YORKSHIRE COMBINED AUTHORITY\nMAYORAL DECISION NOTICE\n\nDecision maker: Mayor of West Yorkshire\n"
             "Date of decision: 4 March 2025\n\n1. PURPOSE\n\n1.1 This notice records the grants of the West "
             "Yorkshire Violence Reduction Unit for 2025/26.\n\n2. TABLE 1 - GRANTS 2025/26\n\n"
             "  Ref   Recipient                          Purpose                       Amount\n"
             "  G1    Leeds City Council                 Youth outreach                £120,000\n"
             "  G2    Calderdale Council                 Mentoring                     £64,500\n"
             "  G3    Kirklees Council                   Navigators                    £88,000\n\n"
             "2.2 In addition, the Mayor has agreed £40,000 from the Police and Crime Fund for the Safer Nights "
             "project, delivered by Halifax Street Pastors.\n")


def test_a_paper_of_an_area_no_one_council_governs_is_none_of_its_councils() -> None:
    doc = read(_DECISION)
    assert doc.council is None
    # the table's grants are not the first council's
    assert not any(giver.endswith("Council") for giver, _ in of(doc, "funds"))


def test_the_mayor_is_the_mayor_the_paper_names_with_the_area() -> None:
    doc = read(_DECISION)
    assert ("Mayor of West Yorkshire", "Safer Nights project") in of(doc, "funds")


def test_a_project_named_with_its_head_in_lower_case_is_known_without_it_too() -> None:
    doc = read(_DECISION)
    assert ("Halifax Street Pastors", "Safer Nights project") in of(doc, "delivers")
    project = next(e for e in doc.entities if e.name == "Safer Nights project")
    assert project.kind == "initiative" and "Safer Nights" in project.aliases
    # the fund the money came from and the project it pays for are two names
    assert not any("Fund for" in thing for _, thing in of(doc, "delivers") | of(doc, "funds"))


def test_members_named_bare_are_the_members_of_the_body_the_paragraph_is_about() -> None:
    text = ("Southwark Health and Wellbeing Board\n21 March 2025\n\nReport of the Director of Public Health\n\n"
            "3.  The CDP was set up in 2023. The CDP is chaired by Councillor Ivo Marsh and meets quarterly. "
            "Members include the Probation Service, Guy's and St Thomas' NHS Foundation Trust, Southwark Council "
            "Housing, Job Centre Plus and Change Grow Live.\n")
    doc = read(text)
    members = {m for m, body in of(doc, "member_of") if body == "Southwark Combating Drugs Partnership"}
    assert {"Job Centre Plus", "Change Grow Live"} <= members
    assert not any(body == "Southwark Health and Wellbeing Board" for _, body in of(doc, "member_of"))


def test_two_bodies_by_their_initials_joined_by_and_are_two() -> None:
    text = ("Safer Southwark Partnership\nAnnual report 2024\n\nThe Southwark Combating Drugs Partnership (CDP) "
            "and the Safer Southwark Partnership (SSP) met jointly. The council has nominated its Director of "
            "Public Health, Orla Fenwick, to sit on both the CDP and the SSP.\n")
    members = of(read(text), "member_of")
    assert ("Orla Fenwick", "Southwark Combating Drugs Partnership") in members
    assert ("Orla Fenwick", "Safer Southwark Partnership") in members


def test_initials_then_a_body_named_with_its_place_are_two() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "Partners include CAFCASS and Walsall Council for Voluntary Service."
    found = [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "body"]
    assert found == ["CAFCASS", "Walsall Council for Voluntary Service"]


_TOR_TABLE = """Stockton Borough Council

STOCKTON REDUCING REOFFENDING BOARD
Terms of Reference

4.  Membership

  | Organisation                              | Representative                          | Role        |
  |-------------------------------------------|-----------------------------------------|-------------|
  | Cleveland Police                          | Chief Inspector, IOM (Orla Fenwick)     | Member      |
  | Office of the Police and Crime            | Criminal Justice Lead (Ivo Marsh)       | Member      |
  |   Commissioner for Cleveland              |                                         |             |
  | Department for Work and Pensions          | Prison Employment Lead (Ria Solberg)    | Member      |
  | London Fire Brigade                       | Borough Commander Amos Trelawny         | Member      |
"""


def test_a_pipe_table_cell_set_in_under_the_row_above_goes_on_with_it() -> None:
    doc = read(_TOR_TABLE)
    members = {m for m, _ in of(doc, "member_of")}
    assert "Office of the Police and Crime Commissioner for Cleveland" in members
    assert not any(m.endswith("Office of the Police and Crime") for m in members)


def test_a_post_and_its_holder_in_brackets_is_the_holder_who_represents() -> None:
    doc = read(_TOR_TABLE)
    represented = of(doc, "represented_by")
    assert ("Cleveland Police", "Orla Fenwick") in represented
    assert ("Department for Work and Pensions", "Ria Solberg") in represented
    assert not any("(" in rep for _, rep in represented)
    assert ("Orla Fenwick", "Chief Inspector, IOM") in of(doc, "holds_post")
    assert ("Ria Solberg", "Stockton Reducing Reoffending Board") in of(doc, "member_of")


def test_a_unit_s_word_before_a_rank_makes_one_post() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "Borough Commander Amos Trelawny"
    assert [(m.kind, m.name) for m in find_mentions(text, 0, len(text), expect_person=True)] == [
        ("post", "Borough Commander"), ("person", "Amos Trelawny")]
    text = "Commander Amos Trelawny"
    found = find_mentions(text, 0, len(text), expect_person=True)
    assert [(m.kind, m.name, m.title) for m in found] == [("person", "Amos Trelawny", "Commander")]


def test_a_group_chaired_by_a_post_with_its_unit_is_the_one_that_reports() -> None:
    text = ("DARLINGTON REDUCING REOFFENDING BOARD\nTerms of Reference\n\n1.1 The Safer Darlington Partnership "
            "discharges this duty through the Darlington Reducing Reoffending Board (\"the RRB\").\n\n5.1 The "
            "Prolific Offender Group, chaired by the Detective Inspector, IOM, reports to the RRB and oversees the "
            "cohort.\n")
    reports = of(read(text), "reports_to")
    assert ("Prolific Offender Group", "Darlington Reducing Reoffending Board") in reports
    assert not any(who.startswith("Detective Inspector") for who, _ in reports)


def test_a_post_of_an_organisation_written_by_its_initials_goes_by_that_form_too() -> None:
    text = ("Northumbria Police and Crime Panel\nMinutes of the meeting held on 6 March 2025\n\n"
            "Also attending for the Office of the Police and Crime Commissioner (OPCC):\n"
            "Ivo Marsh - Chief Finance Officer, OPCC\n\n1. Welcome\n")
    doc = read(text)
    post = next(e for e in doc.entities if e.kind == "post" and e.name.startswith("Chief Finance Officer,"))
    assert "Chief Finance Officer, OPCC" in (post.name, *post.aliases)


def test_a_portfolio_post_of_its_council_goes_by_its_other_forms() -> None:
    text = ("Kent Community Safety Agreement 2025\n\nThe Partnership Board is chaired by the Lead Member for "
            "Communities of Kent County Council, Councillor Ivo Marsh.\n")
    doc = read(text)
    post = next(e for e in doc.entities if e.kind == "post" and e.name.startswith("Lead Member for Communities"))
    assert {"Lead Member for Communities", "Lead Member for Communities, Kent County Council"} <= set(
        (post.name, *post.aliases))


def test_a_board_named_for_the_commissioner_s_office_is_the_police_area_s() -> None:
    text = ("Source: https://democracy.wiltshire.gov.uk/mgIssue.aspx\n\nWiltshire and Swindon Police and Crime "
            "Panel\nMinutes of the meeting held on 6 February 2025\n\n7.2 The Police and Crime Board, which the "
            "Commissioner chairs, oversees the Chief Constable's delivery plan. Wiltshire Council hosts the Panel.\n")
    doc = read(text)
    names = {e.name for e in doc.entities if e.kind == "body"}
    assert "Wiltshire Police and Crime Board" in names


def test_a_short_name_defined_in_quotes_is_the_same_body() -> None:
    text = ("Hounslow Council\n\nSerious Youth Violence Board\nTerms of Reference\n\n1.1 The Hounslow Serious Youth "
            "Violence Board (\"the SYV Board\") is a thematic board of the Safer Hounslow Partnership.\n\n"
            "1.2 The SYV Board reports to the Safer Hounslow Partnership twice a year.\n")
    doc = read(text)
    assert ("Hounslow Serious Youth Violence Board", "Safer Hounslow Partnership") in of(doc, "reports_to")
    assert not any(e.name == "SYV Board" for e in doc.entities)


def test_a_duty_under_an_act_is_two_names_and_the_act_is_the_duty_s() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "The VRU leads on the Serious Violence Duty under the Crime and Disorder Act 1998."
    found = [(m.kind, m.name) for m in find_mentions(text, 0, len(text)) if m.kind != "body"]
    assert found == [("initiative", "Serious Violence Duty"), ("legislation", "Crime and Disorder Act 1998")]


def test_money_given_under_a_duty_makes_no_duty_of_the_giver() -> None:
    text = ("Kent County Council\nKENT COMMUNITY SAFETY AGREEMENT 2024-2027\nSafer Communities Partnership\n\n"
            "6 Funding\n\n6.1 The Home Office has allocated £96,000 to the Partnership for 2024/25 under the Serious "
            "Violence Duty.\n")
    assert not any(holder == "Home Office" for holder, _ in of(read(text), "statutory_duty"))


def test_a_numbered_paragraph_under_a_purpose_heading_is_no_remit_item() -> None:
    text = ("Hate Crime Board\nTerms of Reference\n\n1. Purpose\n\n1.1 The Board leads the response to hate crime."
            "\n\n1.2 The Board oversees the hate incident reporting centres.\n")
    assert not any(what.startswith("The Board") for _, what in of(read(text), "responsible_for"))


def test_the_partnership_s_board_in_lower_case_after_its_initials_is_the_partnership() -> None:
    text = ("Fenland District Council\nMinutes of the meeting of the Overview and Scrutiny Panel held on 3 June 2025\n"
            "\n34. FENLAND COMMUNITY SAFETY PARTNERSHIP\n\nThe CSP has two task groups: the Street Safety Group, "
            "chaired by Inspector Ivo Marsh, and the Hate Crime Action Group. Both report to the CSP board.\n")
    reports = of(read(text), "reports_to")
    assert ("Street Safety Group", "Fenland Community Safety Partnership") in reports
    assert not any(body == "CSP board" for _, body in reports)


def test_the_constabulary_of_a_shire_paper_is_its_county_s_force() -> None:
    text = ("Fenland District Council\nMinutes of the meeting of the Overview and Scrutiny Panel held on 3 June 2025\n"
            "\n34. The Fenland Community Safety Partnership brings together the Council, the Constabulary and the "
            "Probation Service.\n")
    members = {m for m, _ in of(read(text), "member_of")}
    assert "Cambridgeshire Constabulary" in members and "Constabulary" not in members


def test_a_public_body_run_by_its_authority_is_no_service_delivered() -> None:
    text = ("Working in partnership\n\nDorset and Wiltshire Fire and Rescue Service is run by the Dorset and Wiltshire "
            "Fire and Rescue Authority. The Safe and Well service is delivered by Dorset and Wiltshire Fire and "
            "Rescue Service.\n")
    delivers = of(read(text), "delivers")
    assert not any(what.endswith("Fire and Rescue Service") for _, what in delivers)


def test_an_executive_councillor_for_a_portfolio_is_a_post_not_an_organisation() -> None:
    text = ("FENLAND DISTRICT COUNCIL\n\nMINUTES of the meeting of the OVERVIEW AND SCRUTINY PANEL held on "
            "Tuesday 3 June 2025.\n\nPRESENT: Councillor R T Penhaligon - Chairman.\n\nIN ATTENDANCE: Councillor "
            "A Quist (Executive Councillor for Leisure and Housing).\n\n1. MINUTES\n\nThe Minutes were approved.\n")
    doc = read(text)
    assert not any(body.startswith("Executive Councillor") for _, body in of(doc, "member_of"))
    assert any(post.startswith("Executive Councillor for Leisure and Housing") for _, post in of(doc, "holds_post"))


def test_the_commissioners_of_a_general_sentence_are_no_body_of_the_police_area() -> None:
    text = ("Source: https://democracy.wiltshire.gov.uk/mgIssue.aspx\n\nWiltshire and Swindon Police and Crime "
            "Panel\nMinutes of the meeting held on 6 February 2025\n\n7.3 Councils are expected to co-operate with "
            "health partners and Police and Crime Commissioners (PCC) on reducing reoffending. The Police and "
            "Crime Board, which the "
            "Commissioner chairs, oversees the Chief Constable's delivery plan.\n")
    names = {e.name for e in read(text).entities if e.kind == "body"}
    assert "Wiltshire Police and Crime Board" in names
    assert not any(n.endswith("Commissioners") for n in names)


def test_a_partnership_named_safer_and_its_area_is_a_body() -> None:
    from govkg.loaders.mentions import find_mentions

    for name in ("Safer Wokingham", "Safer Communities Rutland", "Safer Neighbourhoods Sandwell"):
        found = find_mentions(name, 0, len(name))
        assert [(m.kind, m.name) for m in found] == [("body", name)]
    # a programme or a plan named "Safer ..." without a place is no partnership
    assert all(m.kind != "body" for m in find_mentions("Safer Streets", 0, len("Safer Streets")))
    paper = ("Safer Communities Rutland\nAnnual Report 2024-25\n\nThe Rutland Youth Forum is a sub-group of Safer "
             "Communities Rutland and reports to its Executive twice a year.\n")
    doc = read(paper)
    assert doc.body is not None and doc.body.name == "Safer Communities Rutland"
    assert ("Rutland Youth Forum", "Safer Communities Rutland") in of(doc, "subgroup_of")


def test_a_number_run_into_a_list_of_priorities_is_no_part_of_each() -> None:
    text = ("Rutland Modern Slavery Partnership\nAnnual Report 2024\n\nThe Partnership has agreed three priorities: "
            "(1) finding victims sooner; (2) supporting survivors into work; and (3) disrupting exploiters.\n")
    priorities = {topic for topic, _ in of(read(text), "priority_of")}
    assert priorities == {"Finding victims sooner", "Supporting survivors into work", "Disrupting exploiters"}


def test_a_passive_aside_between_a_subject_and_its_verb_is_skipped_to_the_subject() -> None:
    text = ("Rutland Police and Crime Commissioner\nAnnual Report 2024-25\n\n"
            "The Rutland Violence Reduction Hub (VRH), hosted by the OPCC and led by its Director, Ottilie Brannock, "
            "received £1.2 million from the Home Office in 2024/25.\n"
            "The Advocacy Service, delivered by Oakham Mind, reports to the Rutland Victims Board.\n"
            "The Outreach Project, run by the County Council, was awarded £40,000 by the Commissioner.\n")
    doc = read(text)
    funds = of(doc, "funds")
    assert ("Home Office", "Rutland Violence Reduction Hub") in funds
    assert not any(who in ("Ottilie Brannock", "Office of the Police and Crime Commissioner") for _, who in funds)
    assert ("Rutland Violence Reduction Hub", "Ottilie Brannock") in of(doc, "led_by")
    assert ("Advocacy Service", "Rutland Victims Board") in of(doc, "reports_to")
    assert not any(who == "Oakham Mind" for who, _ in of(doc, "reports_to"))


def test_a_member_s_seat_in_a_role_column_is_no_post_of_the_organisation_beside_it() -> None:
    text = ("Rutland Safer Neighbourhood Board\nMinutes of the meeting held on 4 March 2025\n\nPRESENT\n\n"
            "Name\tRole on the Board\tRepresenting\n"
            "Ottilie Brannock\tChair\tIndependent\n"
            "Leopold Okafor-Dunne\tMember\tOakham Youth Council\n"
            "Marisol Pettigrew\tMember\tRutland Voluntary Action\n\n1. Welcome\nThe Chair welcomed members.\n")
    doc = read(text)
    assert not any(post.startswith("Member") for _, post in of(doc, "holds_post"))
    members = of(doc, "member_of")
    assert ("Leopold Okafor-Dunne", "Rutland Safer Neighbourhood Board") in members
    assert ("Leopold Okafor-Dunne", "Oakham Youth Council") in members


def test_an_office_whose_own_name_holds_a_possessive_is_one_body() -> None:
    text = ("Harrow Safer Neighbourhood Board\nMinutes of the meeting held on 4 March 2025\n\nIN ATTENDANCE\n"
            "Ottilie Brannock - Engagement Officer, Mayor's Office for Policing and Crime (MOPAC)\n\n"
            "1. Other officers may attend, such as the Youth Offending Service and the Mayor's Office for Policing and "
            "Crime (MOPAC), which funds the Harrow Victim Hub.\n")
    doc = read(text)
    assert ("Ottilie Brannock", "Mayor's Office for Policing and Crime") in of(doc, "member_of")
    assert not any("Mayor of London" == post or "Harrow Office" in post for _, post in of(doc, "holds_post"))
    assert not any(giver == "Harrow Youth Offending Service" for giver, _ in of(doc, "funds"))


def test_a_numbered_run_in_heading_followed_by_a_sentence_is_prose_and_a_deputy_keeps_its_area() -> None:
    text = ("Office of the Police and Crime Commissioner for Dorset\n\nAnnual Report 2024/25\n\n"
            "5.2 Perpetrators. The Deputy Police and Crime Commissioner, Cllr Ivo\n"
            "Marsh, leads on violence against women and girls.\n")
    doc = read(text)
    posts = of(doc, "holds_post")
    assert any(person == "Ivo Marsh" for person, _ in posts)
    assert not any(person == "Ivo" or person.startswith("Cllr") for person, _ in posts)
    deputy = next(e for e in doc.entities if e.kind == "post" and "Deputy" in e.name)
    assert "Deputy Police and Crime Commissioner for Dorset" in {deputy.name, *deputy.aliases}


def test_a_chief_executive_and_monitoring_officer_is_one_post_named_with_the_initials_after_it() -> None:
    text = ("Gwent Police and Crime Panel\nMinutes of the meeting held on 4 March 2025\n\nIn attendance:\n"
            "Ottilie Brannock - Chief Executive and Monitoring Officer, OPCC\n"
            "Leopold Okafor-Dunne - Head of Commissioning and Partnerships, OPCC\n\n1. Welcome\n")
    doc = read(text)
    posts = of(doc, "holds_post")
    # "OPCC" written alone is the panel's area's office (resolve._office_post); "..., OPCC" stays a name of the post
    office = "Office of the Police and Crime Commissioner for Gwent"
    assert ("Ottilie Brannock", f"Chief Executive and Monitoring Officer, {office}") in posts
    assert ("Leopold Okafor-Dunne", f"Head of Commissioning and Partnerships, {office}") in posts
    assert not any(post in ("Chief Executive", "Monitoring Officer") for _, post in posts)
    names = {a for e in doc.entities for a in (e.name, *e.aliases)}
    assert "Chief Executive and Monitoring Officer, OPCC" in names


def test_members_listed_under_their_organisations_names_hold_those_organisations_posts() -> None:
    text = ("Dorset Criminal Justice Board\nBusiness Plan 2025/26\n\n2.3 Membership (by organisation)\n\n"
            "  Dorset Police\n      ACC Ivo Marsh, Assistant Chief Constable\n"
            "  Dorset Council\n      Ottilie Brannock, Director of Community Safety\n"
            "  Wiltshire Council\n      Leopold Okafor-Dunne, Head of Service\n"
            "  HM Courts and Tribunals Service\n      Marisol Pettigrew, Head of Crime, HMCTS South West\n\n"
            "2.4 The Board meets quarterly.\n")
    doc = read(text)
    posts, members = of(doc, "holds_post"), of(doc, "member_of")
    assert ("Ottilie Brannock", "Director of Community Safety, Dorset Council") in posts
    assert ("Leopold Okafor-Dunne", "Head of Service, Wiltshire Council") in posts
    assert ("Ivo Marsh", "Dorset Police") in members and ("Ottilie Brannock", "Dorset Council") in members
    # a post written with its own organisation after a comma keeps it
    assert not any(person == "Marisol Pettigrew" and post.endswith("HM Courts and Tribunals Service")
                   for person, post in posts)


def test_the_writer_s_i_after_a_post_is_no_part_of_its_name() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "As Police and Crime Commissioner I have a duty to hold the force to account. Part I of the Act applies."
    names = [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]
    assert ("post", "Police and Crime Commissioner") in names
    assert not any(name.endswith("Commissioner I") for _, name in names)
    assert any(name.startswith("Part I") for _, name in names)  # a numeral stays with its part


def test_attendees_grouped_under_their_organisations_lines_are_of_those_organisations() -> None:
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CUMBRIA\n\nACCOUNTABILITY BOARD\n"
            "Note of meeting: Monday 3 March 2025, 10:00\n\nAttendees\n  Office of the PCC\n"
            "    Ewan Strickland\tChief Executive\tES\n    Moira Dunwoody\tHead of Performance\tMD\n"
            "  Cumbria Constabulary\n    DCC Rafe Oddie\tDeputy Chief Constable\tRO\n\n"
            "1. The Board noted the performance report.\n")
    members = of(read(text), "member_of")
    assert ("Moira Dunwoody", "Office of the Police and Crime Commissioner for Cumbria") in members
    assert ("Rafe Oddie", "Cumbria Constabulary") in members
    assert ("Ewan Strickland", "Cumbria Constabulary") not in members


def test_a_chair_with_the_seat_in_brackets_chairs_and_holds_the_seat() -> None:
    text = ("Fermanagh and Omagh Policing and Community Safety Partnership\n"
            "Minutes of the meeting held on 19 September 2024\n\nMembers Present:\n"
            "Councillor Ivo Marsh - Chair (Political Member)\nMrs Ola Brennan - Vice-Chair (Independent Member)\n")
    doc = read(text)
    body = "Fermanagh and Omagh Policing and Community Safety Partnership"
    assert ("Ivo Marsh", body) in of(doc, "chairs") and ("Ola Brennan", body) in of(doc, "vice_chair")
    assert ("Ivo Marsh", "Political Member") in of(doc, "holds_post")
    assert not any("Chair (" in post for _, post in of(doc, "holds_post"))


def test_a_post_at_an_organisation_is_that_organisation_s_post() -> None:
    text = ("Safer Rutland Partnership\nAnnual Report 2024-25\n\nThe review group is supported by Ottilie Brannock, "
            "Domestic Abuse Commissioning Officer at Rutland County Council, who keeps the action tracker.\n")
    doc = read(text)
    assert ("Ottilie Brannock", "Domestic Abuse Commissioning Officer, Rutland County Council") in of(doc, "holds_post")
    assert ("Ottilie Brannock", "Rutland County Council") in of(doc, "member_of")


def test_a_bare_chief_constable_is_the_chief_constable_of_the_paper_s_force() -> None:
    text = ("Office of the Police and Crime Commissioner for Cumbria\n\nAnnual Report 2024/25\n\n"
            "The Commissioner's Business Meeting is where the Chief Constable, Rafe Oddie, is held to account.\n")
    assert ("Rafe Oddie", "Chief Constable of Cumbria Constabulary") in of(read(text), "holds_post")
