"""Forms of plans and structure: reporting routes, owners of papers and of priorities."""

from __future__ import annotations

from extract_helpers import of, read


def test_report_goes_through_a_body() -> None:
    doc = read("Safer Merthyr Partnership\n\n"
               "The Safer Merthyr Partnership reports to the Cwm Taf Public Services Board through the Merthyr "
               "Local Delivery Group.\n")
    found = of(doc, "reports_to")
    assert ("Safer Merthyr Partnership", "Cwm Taf Public Services Board") in found
    assert ("Safer Merthyr Partnership", "Merthyr Local Delivery Group") in found
    assert ("Cwm Taf Public Services Board", "Merthyr Local Delivery Group") not in found


def test_report_passed_on_through_it() -> None:
    doc = read("The Wrexham VAWDASV Board will report to the Safer Wrexham Partnership and, through it, to the "
               "Wrexham Public Services Board.\n")
    found = of(doc, "reports_to")
    assert ("Wrexham VAWDASV Board", "Safer Wrexham Partnership") in found
    assert ("Wrexham VAWDASV Board", "Wrexham Public Services Board") in found
    assert ("Safer Wrexham Partnership", "Wrexham Public Services Board") in found


def test_accountable_to_people_through_a_body() -> None:
    doc = read("The Torbay Safeguarding Adults Board is accountable to the chief officers of the statutory partners "
               "via the Torbay Safeguarding Executive Group.\n")
    assert of(doc, "reports_to") == {("Torbay Safeguarding Adults Board", "Torbay Safeguarding Executive Group")}


def test_route_through_a_post_is_no_body_reported_to() -> None:
    doc = read("The Rutland Youth Offending Team reports to the Rutland Youth Justice Board via its Chair.\n")
    assert of(doc, "reports_to") == {("Rutland Youth Offending Team", "Rutland Youth Justice Board")}


def test_draft_paper_points_back_to_the_one_named() -> None:
    doc = read("The Board agreed the draft Swale Serious Violence Response Strategy 2025-2028 for consultation. The "
               "draft Strategy has three priorities: knife crime; exploitation of children; and violence in the "
               "night-time economy.\n")
    found = of(doc, "priority_of")
    assert ("Violence in the night-time economy", "Swale Serious Violence Response Strategy 2025-2028") in found
    assert all(owner == "Swale Serious Violence Response Strategy 2025-2028" for _, owner in found)


def test_new_paper_is_not_the_one_named_before() -> None:
    doc = read("The Cotswold Community Safety Plan 2020-2023 has ended. The new Plan has two priorities: rural "
               "crime; and fraud against older people.\n")
    assert not any(owner == "Cotswold Community Safety Plan 2020-2023" for _, owner in of(doc, "priority_of"))


def test_semicolon_list_wrapped_onto_the_next_line() -> None:
    doc = read("Safer Wirral Partnership\n\n"
               "6. Grant\nThe Partnership's priorities for 2025/26 remain: serious violence; hate crime;\n"
               "anti-social behaviour; and fraud against older residents.\n")
    found = of(doc, "priority_of")
    assert {p for p, _ in found} >= {"Anti-Social Behaviour", "Fraud against older residents"}
    assert {owner for _, owner in found} == {"Safer Wirral Partnership"}


def test_box_named_in_its_own_first_row() -> None:
    doc = read("About us\n\n"
               "|\tPartnership name:\tSafer Conwy Partnership\t|\n"
               "|\tType:\tCommunity Safety Partnership\t|\n"
               "|\tMeets:\tQuarterly\t|\n"
               "|\tReports to:\tConwy and Denbighshire Public Services Board\t|\n")
    assert of(doc, "reports_to") == {("Safer Conwy Partnership", "Conwy and Denbighshire Public Services Board")}


def test_sub_group_cards() -> None:
    doc = read("Source: https://www.ceredigion.gov.uk/safer-ceredigion\n\n"
               "Safer Ceredigion Partnership\nTerms of Reference\n\nSub-groups\n\nThe board has two sub-groups.\n\n"
               "|\tSub-group:\tCeredigion Hate Crime Forum\t|\n"
               "|\tLead:\tCommunity Safety Manager\t|\n"
               "|---------------------------------------|\n"
               "|\tSub-group:\tCeredigion Serious Violence Group\t|\n"
               "|\tLead:\tDyfed-Powys Police\t|\n")
    assert of(doc, "subgroup_of") == {("Ceredigion Hate Crime Forum", "Safer Ceredigion Partnership"),
                                      ("Ceredigion Serious Violence Group", "Safer Ceredigion Partnership")}


def test_parent_body_field() -> None:
    doc = read("Torfaen Prevent Steering Group - terms of reference\n\nParent body: Safer Torfaen Partnership\n"
               "Reports to: Safer Torfaen Partnership\n")
    assert ("Torfaen Prevent Steering Group", "Safer Torfaen Partnership") in of(doc, "subgroup_of")


def test_field_value_cut_by_a_wrapped_cell_keeps_no_half_post() -> None:
    doc = read("|\tGroup name:\tSafer Powys Partnership\t|\n"
               "|\tChair:\tCllr Nia Brightwater, Cabinet Member for\t|\n"
               "|\tCommunities and Safety\t|\n")
    assert not any(post == "Cabinet Member" for _, post in of(doc, "holds_post"))


def test_groups_listed_as_reporting_to_a_named_board_are_its_sub_groups() -> None:
    doc = read("Three thematic groups report to the Safer Bolton Partnership Board:\n"
               "- the Bolton Hate Crime Group\n- the Bolton Serious Violence Group\n- the Bolton Reducing Reoffending "
               "Group\n")
    subs = of(doc, "subgroup_of")
    assert ("Bolton Hate Crime Group", "Safer Bolton Partnership Board") in subs
    assert ("Bolton Reducing Reoffending Group", "Safer Bolton Partnership Board") in subs
    assert ("Bolton Hate Crime Group", "Safer Bolton Partnership Board") in of(doc, "reports_to")


def test_group_shared_with_other_boards_is_no_sub_group() -> None:
    doc = read("Two delivery groups report to the Safer Oldham Partnership Board:\n"
               "- the Oldham Hate Crime Group\n"
               "- the Oldham Exploitation Group, shared with the Oldham Safeguarding Children Partnership\n")
    subs = of(doc, "subgroup_of")
    assert ("Oldham Hate Crime Group", "Safer Oldham Partnership Board") in subs
    assert not any(group == "Oldham Exploitation Group" for group, _ in subs)


def test_board_meant_by_the_board_but_not_the_papers_own_gives_no_sub_groups() -> None:
    doc = read("Source: https://www.hackney.gov.uk/community-safety\n\nHackney Community Safety Partnership\n"
               "Terms of Reference\n\nThe Partnership reports to the Hackney Health and Wellbeing Board once a "
               "year.\n\n"
               "The following groups report to the Board:\n- the Hackney Prevent Board\n- the Hackney ASB Panel\n")
    assert not of(doc, "subgroup_of")


def test_partnerships_own_group_by_possessive() -> None:
    doc = read("Source: https://www.luton.gov.uk/csp\n\nCommunity Safety Partnership Luton\nTerms of Reference\n\n"
               "The Luton Community Safety Partnership's Exploitation Sub-Group meets monthly. The Partnership's "
               "Delivery Group reports quarterly.\n")
    groups = {g for g, parent in of(doc, "subgroup_of") if parent == "Luton Community Safety Partnership"}
    assert any("Exploitation Sub-Group" in g for g in groups)


def test_board_of_unclear_identity_owns_nothing() -> None:
    doc = read("The Bury Health and Wellbeing Board met the Bury Safeguarding Board. The Board's Exploitation "
               "Panel was discussed.\n")
    assert not of(doc, "subgroup_of")


def test_councils_team_is_left_unplaced() -> None:
    doc = read("The Rochdale Borough Council's Community Safety Team leads the work.\n")
    assert not of(doc, "part_of") and not of(doc, "subgroup_of")


def test_priorities_an_assessment_identified_are_the_agreeing_boards() -> None:
    doc = read("The 2024 Strategic Assessment, produced by the Council's Insight Team, identified three priorities, "
               "which the Safer Exeter Partnership agreed in February 2025:\n\n"
               "  Priority 1   Reducing violence in the night-time economy\n"
               "  Priority 2   Tackling retail crime\n"
               "  Priority 3   Preventing exploitation of young people\n")
    found = of(doc, "priority_of")
    assert ("Tackling retail crime", "Safer Exeter Partnership") in found
    assert not any("Assessment" in owner for _, owner in found)


def test_priorities_an_assessment_identified_with_no_adopter_have_no_owner() -> None:
    doc = read("The Strategic Assessment 2024 identified three priorities:\n\n"
               "- Reducing rural crime\n- Tackling fraud against older people\n- Reducing hate crime\n")
    assert not of(doc, "priority_of")


def test_quoted_priority_is_one_item() -> None:
    doc = read("The Plymouth Plan 2024-2034 priority of \"a safer, fairer and greener city\" is shared by the "
               "partnership.\n")
    found = of(doc, "priority_of")
    assert {p for p, _ in found} == {"A safer, fairer and greener city"}


def test_priorities_proposed_in_the_bodys_own_minutes() -> None:
    doc = read("Source: https://www.stockport.gov.uk/csp\n\nSafer Stockport Partnership Board\nMinutes\n\n"
               "Three priorities were agreed for the coming year:\n\n  - Reducing retail crime\n"
               "  - Tackling exploitation of young people\n  - Reducing harm from alcohol\n")
    assert ("Reducing retail crime", "Safer Stockport Partnership Board") in of(doc, "priority_of")


def test_priorities_named_by_someone_else_are_not_the_bodys() -> None:
    doc = read("Source: https://www.stockport.gov.uk/csp\n\nSafer Stockport Partnership Board\nMinutes\n\n"
               "The Home Office set these priorities for every area:\n\n  - Reducing retail crime\n"
               "  - Tackling exploitation of young people\n")
    assert not any(owner == "Safer Stockport Partnership Board" for _, owner in of(doc, "priority_of"))


def test_run_in_semicolon_list_under_its_opener() -> None:
    doc = read("Source: https://www.halton.gov.uk/csp\n\nSafer Halton Partnership Board\nMinutes\n\n"
               "The Board confirmed its priorities for 2025-2028:\n"
               "reducing serious violence; hate crime; retail crime; and drugs and exploitation.\n")
    found = {p for p, _ in of(doc, "priority_of")}
    assert {"Reducing serious violence", "Drugs and exploitation"} <= found
    assert "Exploitation" not in found


def test_priorities_listed_in_brackets() -> None:
    doc = read("Ade Okonjo presented the Safer Lambeth Plan 2024-27. The plan's three priorities (reducing youth "
               "violence; tackling hate crime; reducing reoffending) each have a lead.\n")
    found = of(doc, "priority_of")
    assert ("Tackling hate crime", "Safer Lambeth Plan 2024-27") in found
    assert len(found) == 3


def test_acronym_in_brackets_is_no_priority_list() -> None:
    doc = read("The Safer Lambeth Plan 2024-27 sets the priority (VAWG) for the year.\n")
    assert not of(doc, "priority_of")


def test_owners_possessive_before_a_version_of_its_paper() -> None:
    doc = read("Source: https://www.torfaen.gov.uk/csp\n\nSafer Torfaen Partnership\nMinutes\n\n"
               "Members asked for early sight of the Gwent Police and Crime Commissioner's refreshed Police, Crime "
               "and Justice Plan.\n")
    assert any(paper.endswith("Police, Crime and Justice Plan") and "Commissioner" in who
               for who, paper in of(doc, "produces"))


def test_possessive_is_no_part_of_the_papers_name() -> None:
    doc = read("The strategy supports the Police and Crime Commissioner's Police and Crime Plan for Dorset.\n")
    assert not any("Commissioner's" in paper for _, paper in of(doc, "produces"))


def test_some_boards_new_plan_is_nobodys_known() -> None:
    doc = read("The Oxford Health and Wellbeing Board met the Oxford Safeguarding Board. The Board's new Strategic "
               "Plan 2025-28 was noted.\n")
    assert not of(doc, "produces")


def test_topic_opening_a_sentence_is_read_as_the_topic() -> None:
    doc = read("Source: https://www.hartlepool.gov.uk/csp\n\nSafer Hartlepool Partnership\nMinutes\n\n"
               "Domestic abuse remains a priority for the Safer Hartlepool Partnership.\n")
    assert ("Domestic Abuse", "Safer Hartlepool Partnership") in of(doc, "priority_of")


def test_capitalised_name_before_a_topic_word_stays_a_name() -> None:
    doc = read("Operation Sceptre is a priority for the Safer Hartlepool Partnership.\n")
    assert not any(topic.casefold().startswith("sceptre") for topic, _ in of(doc, "priority_of"))


def test_topic_as_a_plans_pillar_is_its_priority() -> None:
    doc = read("Anti-social behaviour forms one of the five pillars of the Lincolnshire Police and Crime Plan "
               "2025-2029.\n")
    assert ("Anti-Social Behaviour", "Lincolnshire Police and Crime Plan 2025-2029") in of(doc, "priority_of")
    assert not of(doc, "part_of")


def test_accountable_to_it_means_the_body_just_named() -> None:
    doc = read("The Independent Chair attends the Rotherham Executive Group and is accountable to it.\n")
    assert ("Independent Chair", "Rotherham Executive Group") in of(doc, "reports_to")


def test_it_with_several_bodies_before_means_nobody_known() -> None:
    doc = read("The Rotherham Hate Crime Group met the Rotherham Prevent Board and the Rotherham Channel Panel, and "
               "reports to it.\n")
    assert not of(doc, "reports_to")


def test_one_of_a_number_of_delivery_groups() -> None:
    doc = read("The Barnsley Prevent Board is one of four delivery groups of the Safer Barnsley Partnership.\n")
    assert of(doc, "subgroup_of") == {("Barnsley Prevent Board", "Safer Barnsley Partnership")}


def test_escalates_named_issues_to_a_board() -> None:
    doc = read("The Doncaster Reducing Reoffending Group escalates unresolved housing issues to the Safer Doncaster "
               "Partnership.\n")
    assert ("Doncaster Reducing Reoffending Group", "Safer Doncaster Partnership") in of(doc, "reports_to")


def test_partnership_referred_back_in_lower_case() -> None:
    doc = read("Source: https://www.bolton.gov.uk/csp\n\nSafer Bolton Partnership\nMinutes\n\n"
               "The Bolton Drugs Delivery Plan 2025-2028 was agreed by the partnership in May 2025.\n")
    assert ("Safer Bolton Partnership", "Bolton Drugs Delivery Plan 2025-2028") in of(doc, "produces")


def test_partnership_used_as_an_adjective_is_no_body() -> None:
    doc = read("Source: https://www.bolton.gov.uk/csp\n\nSafer Bolton Partnership\nMinutes\n\n"
               "The Bolton Drugs Delivery Plan 2025-2028 was agreed by the partnership board of the Bolton "
               "Health and Care Partnership.\n")
    assert ("Safer Bolton Partnership", "Bolton Drugs Delivery Plan 2025-2028") not in of(doc, "produces")


def test_owners_possessive_before_a_quoted_title() -> None:
    doc = read("The board was set up in answer to the Government’s “Tackling Child Exploitation” 5 year plan.\n")
    assert ("HM Government", "Tackling Child Exploitation") in of(doc, "produces")


def test_quoted_title_then_its_owner_in_apposition() -> None:
    doc = read("'Safer Streets for All', the government's three-year strategy for reducing neighbourhood crime, "
               "was published in May.\n")
    assert ("HM Government", "Safer Streets for All") in of(doc, "produces")


def test_quoted_title_with_no_paper_word_after_the_owner() -> None:
    doc = read("'Safer Streets for All', the government's new slogan, was widely used.\n")
    assert not of(doc, "produces")


def test_second_body_reported_to_after_an_aside() -> None:
    doc = read("The Sutton Youth Justice Board reports to the Safer Sutton Partnership (the borough's community "
               "safety partnership) twice a year, and to the Sutton Safeguarding Children Partnership on matters of "
               "exploitation.\n")
    assert of(doc, "reports_to") == {("Sutton Youth Justice Board", "Safer Sutton Partnership"),
                                     ("Sutton Youth Justice Board", "Sutton Safeguarding Children Partnership")}


def test_second_body_after_an_apposition() -> None:
    doc = read("The Merton Youth Justice Board reports to the Safer Merton Partnership, Merton's community safety "
               "partnership, and to the Merton Safeguarding Children Partnership.\n")
    assert ("Merton Youth Justice Board", "Merton Safeguarding Children Partnership") in of(doc, "reports_to")


def test_body_in_a_fronted_clause_is_no_subject() -> None:
    doc = read("Source: https://www.torfaen.gov.uk/csp\n\nSafer Torfaen Partnership\nMinutes\n\n"
               "Since the merger of the local Public Services Boards, the partnership reports to the Gwent Public "
               "Services Board.\n")
    assert of(doc, "reports_to") == {("Safer Torfaen Partnership", "Gwent Public Services Board")}


def test_list_of_subjects_still_reads() -> None:
    doc = read("The Torfaen Hate Crime Group, the Torfaen Prevent Group and the Torfaen ASB Panel report to the Safer "
               "Torfaen Partnership.\n")
    assert len(of(doc, "reports_to")) == 3


def test_action_plan_rows_name_who_writes_each_paper() -> None:
    doc = read("Source: https://www.derby.gov.uk/csp\n\nSafer Derby Partnership\nAction plan 2025/26\n\n"
               "Ref\tAction\tOwner\tDue\n"
               "1.1\tRefresh the Derby Serious Violence Strategic Needs Assessment\tDerby Community Safety Team\t"
               "Jan 2026\n"
               "1.2\tPublish the Safer Derby Partnership annual report 2024-25\tOlwen Parry-Hughes\tSep 2025\n"
               "1.3\tCommission a review of the Derby Hate Crime Strategy\tHead of Community Safety\tMar 2026\n"
               "1.4\tRefresh the Derby Prevent Action Plan\tDerby Prevent Board / Derby City Council\tJun 2025\n")
    found = of(doc, "produces")
    assert ("Derby Community Safety Team", "Derby Serious Violence Strategic Needs Assessment") in found
    assert ("Olwen Parry-Hughes", "Safer Derby Partnership annual report 2024-25") in found
    assert not any("Hate Crime Strategy" in paper for _, paper in found)  # commissioned, not written
    assert not any("Prevent Action Plan" in paper for _, paper in found)  # two owners share it


def test_table_without_an_owner_column_says_nothing() -> None:
    doc = read("Ref\tAction\tDue\n1.1\tRefresh the Derby Prevent Action Plan\tJun 2025\n"
               "1.2\tPublish the Safer Derby Partnership annual report 2024-25\tSep 2025\n")
    assert not of(doc, "produces")


def test_in_its_plan_the_board_set() -> None:
    doc = read("Source: https://www.powys.gov.uk/board\n\nPowys Regional Safeguarding Board\nAnnual Report\n\n"
               "In its Business Plan 2024-25 the Powys Regional Safeguarding Board set two priorities.\n")
    assert any(who == "Powys Regional Safeguarding Board" and paper.endswith("Business Plan 2024-25")
               for who, paper in of(doc, "produces"))


def test_in_its_plan_with_no_area_known_takes_the_boards_name() -> None:
    doc = read("In its Annual Plan 2023-24 the Northvale Safeguarding Board set three priorities.\n")
    assert ("Northvale Safeguarding Board", "Northvale Safeguarding Board Annual Plan 2023-24") in of(doc, "produces")


def test_in_its_plan_with_no_body_after_says_nothing() -> None:
    doc = read("In its Business Plan 2024-25 two priorities were set.\n")
    assert not of(doc, "produces")


def test_plan_produced_by_a_board_in_an_aside_owns_the_priorities() -> None:
    doc = read("The annual refresh of the Calderdale Partnership Plan 2022-2027 was presented. The plan, produced by "
               "the Calderdale Communities Board, continues to set the following priorities: reducing knife crime; "
               "reducing domestic abuse; and building community cohesion.\n")
    found = of(doc, "priority_of")
    assert ("Reducing domestic abuse", "Calderdale Partnership Plan 2022-2027") in found
    assert not any(owner == "Calderdale Communities Board" for _, owner in found)
