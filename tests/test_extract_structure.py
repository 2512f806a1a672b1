"""Structure statements: an area's community safety partnership, councillors as the council's representatives, and
structure clauses whose bodies are brand names without a head noun. Texts written for the tests."""

from __future__ import annotations

from extract_helpers import of, quote, read


def test_partnership_for_a_named_borough() -> None:
    doc = read("Safer Wigan is the statutory community safety partnership for the borough of Wigan, bringing "
               "together the council, the police and health partners.")
    assert ("Safer Wigan", "Wigan") in of(doc, "covers_area")


def test_place_possessive_statutory_partnership() -> None:
    doc = read("Agenda item 6. The officer explained that the Safer Rutland Partnership was established in "
               "2004 as Rutland's statutory Community Safety Partnership.")
    assert ("Safer Rutland Partnership", "Rutland") in of(doc, "covers_area")


def test_the_borough_is_the_papers_area_only_when_the_partnership_carries_it() -> None:
    doc = read("Swansea Council\nCabinet report\nThe Safer Swansea Partnership, the community safety partnership "
               "for the county borough, met in June. Swansea residents were consulted on its plan.")
    assert ("Safer Swansea Partnership", "Swansea") in of(doc, "covers_area")
    other = read("Swansea Council\nCabinet report\nThe Western Bay Partnership, the community safety partnership "
                 "for the county borough, met in June. Swansea residents were consulted on its plan.")
    assert of(other, "covers_area") == set()  # which area "the county borough" is, the name does not say


def test_bracketed_csp_of_the_city() -> None:
    doc = read("Leeds City Council\nThe Board agreed that it works under the Safer Leeds Partnership (the city's "
               "CSP) and that Leeds partners would be asked for data.")
    assert ("Safer Leeds Partnership", "Leeds") in of(doc, "covers_area")


def test_a_generic_partnership_for_the_borough_is_not_read() -> None:
    doc = read("Wigan Council\nThe Wigan Health Partnership is the main partnership for the borough.")
    assert of(doc, "covers_area") == set()


def test_councillors_as_council_representatives_on_a_panel() -> None:
    doc = read("Conwy County Borough Council\nMinutes\n5. Policing update. Councillors R T Pryce and M Alden "
               "declared an interest as Council representatives on the North Wales Police and Crime Panel.")
    facts = {(f.subject.name, f.object.name, f.on_body.name if f.on_body else None)
             for f in doc.facts if f.relation == "represented_by"}
    assert ("Conwy County Borough Council", "R T Pryce", "North Wales Police and Crime Panel") in facts
    assert ("Conwy County Borough Council", "M Alden", "North Wales Police and Crime Panel") in facts


def test_representatives_with_another_body_named_first_are_not_read() -> None:
    doc = read("Ceredigion County Council\nMinutes\nThe Chief Constable of Gwent Police and Cllr R T Pryce "
               "attended as Council representatives on the Gwent Police and Crime Panel.")
    assert of(doc, "represented_by") == set()


def test_brand_named_bodies_in_structure_clauses() -> None:
    doc = read("The Safer Villages groups began last year. Safer Villages is to be accountable to the Safer "
               "Devon Partnership, which meets quarterly.")
    # a name that carries no place takes the paper's area, as generic local names do
    assert ("Devon Safer Villages", "Safer Devon Partnership") in of(doc, "reports_to")
    doc = read("Safer Sefton Together reports to the Sefton Health and Wellbeing Board twice a year.")
    assert ("Safer Sefton Together", "Sefton Health and Wellbeing Board") in of(doc, "reports_to")


def test_a_matter_reported_to_someone_is_no_body() -> None:
    doc = read("Free Wi-Fi in the Libraries, which had been reported to the Cabinet Member for Communities, was "
               "restored within a week.")
    assert of(doc, "reports_to") == set()
    doc = read("The Independent Chair is accountable to the Chief Executives of the three councils.")
    assert of(doc, "reports_to") == set()


def test_led_jointly_by_two_bodies() -> None:
    doc = read("Safer Oldham Partnership\nAbout us\nThe Partnership is led jointly by Oldham Council and Greater "
               "Manchester Police, with health partners.")
    assert {("Safer Oldham Partnership", "Oldham Council"),
            ("Safer Oldham Partnership", "Greater Manchester Police")} <= of(doc, "led_by")


def test_inline_list_of_groups_that_report() -> None:
    doc = read("Safer Bolton Partnership\nStructure\nThe following groups report to the Board: the Hate Crime "
               "Forum; the Reducing Reoffending Group; and the Prevent Steering Group.")
    reported = {s for s, o in of(doc, "reports_to") if o == "Safer Bolton Partnership"}
    assert {"Bolton Hate Crime Forum", "Bolton Reducing Reoffending Group", "Bolton Prevent Steering Group"} <= reported
    assert of(doc, "subgroup_of") == set()  # groups that report are not said to be sub-groups


def test_sub_groups_that_report_to_it() -> None:
    doc = read("Safer Bury Partnership\nGovernance\nThe Bury Hate Crime Forum and the Bury Exploitation Group are "
               "sub-groups of the Partnership and each report to it every quarter.")
    assert {("Bury Hate Crime Forum", "Safer Bury Partnership"),
            ("Bury Exploitation Group", "Safer Bury Partnership")} <= of(doc, "reports_to")


def test_sub_group_list_whose_opener_says_they_report() -> None:
    text = ("Safer Trafford Partnership\nAbout the Partnership\nThe Safer Trafford Partnership has two delivery "
            "groups, which report to {}:\n- Trafford Youth Violence Group\n- Trafford Housing and ASB Group\n")
    doc = read(text.format("the Board"))
    assert ("Trafford Youth Violence Group", "Safer Trafford Partnership") in of(doc, "reports_to")
    assert ("Trafford Youth Violence Group", "Safer Trafford Partnership") in of(doc, "subgroup_of")
    other = read(text.format("the Trafford Strategic Board"))
    assert ("Trafford Youth Violence Group", "Safer Trafford Partnership") not in of(other, "reports_to")


def test_accountable_to_a_group_named_with_a_plural_possessive() -> None:
    doc = read("Fife Council\nReport\nThe Fife Alcohol and Drug Partnership is a separate partnership accountable "
               "to the Fife Chief Officers' Group for public protection.")
    assert ("Fife Alcohol and Drug Partnership", "Fife Chief Officers' Group") in of(doc, "reports_to")


def test_reports_to_one_body_and_to_another() -> None:
    doc = read("Dudley Council\nReport\nThe Dudley Reducing Reoffending Board reports to the Safer Dudley "
               "Partnership and to the Dudley Health and Wellbeing Board each year.")
    assert {("Dudley Reducing Reoffending Board", "Safer Dudley Partnership"),
            ("Dudley Reducing Reoffending Board", "Dudley Health and Wellbeing Board")} <= of(doc, "reports_to")


def test_a_second_predicate_of_an_unknown_subject_is_not_the_chairs() -> None:
    doc = read("Dudley Council\nReport\nThe QXR is chaired by the Director of Public Health and reports to the "
               "Dudley Health and Wellbeing Board.")
    assert of(doc, "reports_to") == set()


def test_convened_by_is_no_lead_and_thematic_partnership() -> None:
    doc = read("Fife Council\nReport\nThe duty is met through the Fife Violence Reduction Partnership, convened by "
               "the Chief Executive of Fife Council. The Fife Community Safety Partnership is one of the thematic "
               "partnerships of the Fife Community Planning Partnership.")
    # who convenes a partnership is its convener, which papers keep apart from who leads it: no led_by
    assert not any(s == "Fife Violence Reduction Partnership" for s, _ in of(doc, "led_by"))
    assert ("Fife Community Safety Partnership", "Fife Community Planning Partnership") in of(doc, "subgroup_of")


def test_a_body_covering_the_whole_county_named_after_it() -> None:
    doc = read("Devon County Council\nAbout us\nThe duty's plan sits with Safer Devon, a partnership covering the "
               "whole county, with a small team.")
    assert ("Safer Devon", "Devon") in of(doc, "covers_area")
    doc = read("Suffolk County Council\nReport\nThe Suffolk Rural Crime Team covers the entire county from two "
               "bases.")
    assert ("Suffolk Rural Crime Team", "Suffolk") in of(doc, "covers_area")


def test_towns_an_area_partnership_takes_in_even_unknown_to_the_gazetteer() -> None:
    doc = read("Brindle Borough Council\nAbout\nSafer Brindle is the community safety partnership for the borough "
               "of Brindle, covering the towns of Brindle, Ockley Moor and Stanwick.")
    covered = {o for s, o in of(doc, "covers_area") if s == "Safer Brindle"}
    assert {"Brindle", "Ockley Moor", "Stanwick"} <= covered
    # the role named after "is the" is the partnership itself, not a second body covering the same towns
    assert {s for s, _ in of(doc, "covers_area")} == {"Safer Brindle"}


def test_the_borough_named_by_the_partnerships_own_name() -> None:
    doc = read("About us\nFounded in 1999, the Safer Ockley Partnership is the community safety partnership for "
               "the borough. Ockley has a growing population.")
    assert ("Safer Ockley Partnership", "Ockley") in of(doc, "covers_area")


def test_council_representative_named_with_the_panel() -> None:
    doc = read("Coventry City Council\nMinutes\nCouncillor J Brannigan mentioned that he sits as the City Council's "
               "Warwickshire Police and Crime Panel Member representative.")
    facts = {(f.subject.name, f.object.name, f.on_body.name if f.on_body else None)
             for f in doc.facts if f.relation == "represented_by"}
    assert any(s == "Coventry City Council" and o == "J Brannigan" and on and "Police and Crime Panel" in on
               for s, o, on in facts)


def test_apposition_naming_the_places_partnership() -> None:
    doc = read("Portsmouth City Council\nReport\nThe board reports to the Safer Portsmouth Partnership, "
               "Portsmouth's community safety\npartnership, twice a year.")
    assert ("Safer Portsmouth Partnership", "Portsmouth") in of(doc, "covers_area")


def test_the_statutory_partnership_for_the_county_borough() -> None:
    doc = read("Torfaen County Borough Council\nScrutiny report\nIn Torfaen the Safer Torfaen Partnership is the "
               "statutory partnership for the county borough and meets each quarter.")
    assert ("Safer Torfaen Partnership", "Torfaen") in of(doc, "covers_area")


def test_a_named_duty_is_part_of_its_act() -> None:
    doc = read("Kent County Council\nReport\nPartners now share the Serious Violence Duty, introduced under Part 2 "
               "of the Police, Crime, Sentencing and Courts Act 2022, with the county's CSPs.")
    assert ("Serious Violence Duty", "Police, Crime, Sentencing and Courts Act 2022") in of(doc, "part_of")
    doc = read("Kent County Council\nReport\nThe Refuge Provision Duty, which was created by the Domestic Abuse "
               "Act 2021, falls to the County Council.")
    assert ("Refuge Provision Duty", "Domestic Abuse Act 2021") in of(doc, "part_of")
    doc = read("Kent County Council\nReport\nThe Council has a Duty to co-operate under the Crime and Disorder "
               "Act 1998.")
    assert of(doc, "part_of") == set()  # "a Duty to co-operate" names no duty


def test_a_service_within_a_councils_directorate() -> None:
    doc = read("Wirral Council\nReport\nThe Wirral Youth Justice Service sits within Wirral Council's Children, "
               "Families and Education directorate and reports quarterly.")
    dirs = {o for s, o in of(doc, "part_of") if s == "Wirral Youth Justice Service"}
    assert len(dirs) == 1 and next(iter(dirs)).endswith("Children, Families and Education directorate")
    assert (next(iter(dirs)), "Wirral Council") in of(doc, "part_of")
    doc = read("Sefton Council\nReport\nThe Sefton Youth Offending Team (YOT) is part of the council's Adult "
               "and Community Services department.")
    assert any(s == "Sefton Youth Offending Team" and o.endswith("Adult and Community Services department")
               for s, o in of(doc, "part_of"))


def test_second_predicate_of_a_relative_clause_is_its_antecedents() -> None:
    doc = read("Norfolk County Council\nReport\nDay-to-day work falls to the Breckland Problem Solving Team (PST), "
               "which is led by Norfolk Constabulary and is accountable to the Norfolk Community Safety Partnership.")
    assert ("Breckland Problem Solving Team", "Norfolk Community Safety Partnership") in of(doc, "reports_to")
    assert not any(s == "Norfolk Constabulary" for s, _ in of(doc, "reports_to"))


def test_the_csp_in_apposition_is_the_partnership() -> None:
    doc = read("Leeds City Council\nReport\nThe Safer Leeds Partnership, the CSP for the city, answers to the "
               "Leeds Health and Wellbeing Board and is accountable to the Leeds Executive Board.")
    reported = of(doc, "reports_to")
    assert ("Safer Leeds Partnership", "Leeds Executive Board") in reported
    assert {s for s, _ in reported} == {"Safer Leeds Partnership"}


def test_represented_on_a_board_by_people() -> None:
    doc = read("Wyre Council\nReport\nWyre Council is represented on the Lancashire Prevent Board by the Head of "
               "Housing and Cllr Jane Foy, who attend each meeting.")
    facts = {(f.subject.name, f.object.name, f.on_body.name if f.on_body else None)
             for f in doc.facts if f.relation == "represented_by"}
    assert ("Wyre Council", "Jane Foy", "Lancashire Prevent Board") in facts
    assert any(o.startswith("Head of Housing") for s, o, _ in facts)
    doc = read("Wyre Council\nReport\nThe Council is represented on the Lancashire Children's Safeguarding "
               "Partnership by Omar Reyes and ward members will be briefed.")
    assert ("Wyre Council", "Omar Reyes") in of(doc, "represented_by")


def test_post_first_membership_table() -> None:
    text = ("Bolton Youth Justice Management Board\nTerms of reference\n\n5.2  Board membership\n\n"
            "  Post                                        Organisation\n"
            "  Director of Children's Services (Chair)     Bolton Council\n"
            "  Chief Inspector, Partnerships               Greater Manchester Police\n"
            "  Head of Service                             Bolton Youth Justice Service\n\n"
            "5.3  Quorum\n\nThree members make a quorum.\n")
    doc = read(text)
    facts = {(f.subject.name, f.object.name, f.on_body.name if f.on_body else None)
             for f in doc.facts if f.relation == "represented_by"}
    board = "Bolton Youth Justice Management Board"
    assert ("Bolton Council", "Director of Children's Services, Bolton Council", board) in facts
    assert ("Greater Manchester Police", "Chief Inspector, Partnerships, Greater Manchester Police", board) in facts
    assert ("Greater Manchester Police", board) in of(doc, "member_of")


def test_a_post_table_under_a_heading_about_something_else_is_not_membership() -> None:
    text = ("Bolton Council\nReport\n\nContacts for this report\n\n"
            "  Post                                        Organisation\n"
            "  Head of Community Safety                    Bolton Council\n")
    assert of(read(text), "represented_by") == set()


def test_delivery_group_table_with_leads_and_reporting_line() -> None:
    text = ("Safer Stockport Partnership\nStrategy 2025-2028\n\n"
            "3.1 Each priority has a delivery group of the Partnership:\n\n"
            "      Priority   Delivery group                          Lead\n"
            "      1          Stockport Hate Crime Group              Greater Manchester Police\n"
            "      2          Stockport Exploitation Group            Stockport Youth Justice Service\n\n"
            "    The delivery groups report to the Stockport Partnership Executive every quarter.\n")
    doc = read(text)
    assert {("Stockport Hate Crime Group", "Safer Stockport Partnership"),
            ("Stockport Exploitation Group", "Safer Stockport Partnership")} <= of(doc, "subgroup_of")
    assert ("Stockport Hate Crime Group", "Greater Manchester Police") in of(doc, "led_by")
    assert ("Stockport Exploitation Group", "Stockport Partnership Executive") in of(doc, "reports_to")


def test_a_lead_column_before_the_group_column_quotes_both_cells() -> None:
    text = ("Safer Salford Partnership\nPlan 2026-2029\n\n"
            "2.4 The Partnership's delivery groups are:\n\n"
            "      Priority        Lead                         Delivery group\n"
            "      Exploitation    Greater Manchester Police    Salford Exploitation Group\n"
            "      Hate crime      Salford City Council         Salford Hate Crime Group\n")
    doc = read(text)
    assert ("Salford Exploitation Group", "Greater Manchester Police") in of(doc, "led_by")
    for f in doc.facts:
        if f.relation == "led_by":
            said = " ".join(quote(doc, f).split()).casefold()
            assert f.subject.name.casefold() in said and f.object.name.casefold() in said


def test_sub_group_table_with_wrapped_names() -> None:
    text = ("Oldham Community Safety Partnership\nTerms of reference\n\n"
            "7.1 The Partnership has these sub-groups, and each reports to the Partnership twice a year.\n\n"
            "    Sub-group                        Chair                              Meets\n"
            "    Hate Crime and Community         Head of Communities, Oldham         monthly\n"
            "    Tensions Group                   Council\n"
            "    Oldham Reducing Reoffending Group  Probation Delivery Unit Head      quarterly\n")
    doc = read(text)
    groups = {s for s, o in of(doc, "subgroup_of") if o == "Oldham Community Safety Partnership"}
    assert any(g.endswith("Hate Crime and Community Tensions Group") for g in groups)
    assert "Oldham Reducing Reoffending Group" in groups
    assert ("Oldham Reducing Reoffending Group", "Oldham Community Safety Partnership") in of(doc, "reports_to")


def test_a_group_the_body_sets_up_is_its_sub_group() -> None:
    doc = read("Safer Rochdale Partnership\nMinutes of the meeting\n\nRESOLVED: that the Partnership set up a "
               "Knife Crime Task and Finish Group to report in the spring.")
    assert any(o == "Safer Rochdale Partnership" and s.endswith("Knife Crime Task and Finish Group")
               for s, o in of(doc, "subgroup_of"))
    doc = read("Safer Rochdale Partnership\nMinutes of the meeting\n\nMembers did not set up a Knife Crime Task "
               "and Finish Group this year.")
    assert of(doc, "subgroup_of") == set()


def test_appendix_terms_of_reference_of_a_boards_groups() -> None:
    doc = read("Bury Safeguarding Adults Board\nConstitution\n\nAppendix A\n\nTerms of reference Quality and "
               "Assurance Sub Group\n\n12\n\nAppendix B\n\nTerms of reference Learning from Reviews Panel\n\n15\n")
    groups = {s for s, o in of(doc, "subgroup_of") if o == "Bury Safeguarding Adults Board"}
    assert any(g.endswith("Quality and Assurance Sub Group") for g in groups)
    assert any(g.endswith("Learning from Reviews Panel") for g in groups)
    one = read("Bury Safeguarding Adults Board\nConstitution\n\nTerms of reference Quality and Assurance Sub Group\n")
    assert of(one, "subgroup_of") == set()  # a single heading may be the paper's own terms


def test_the_four_strands_named_together_are_contests() -> None:
    doc = read("Kent County Council\nReport\nThe Home Office refreshed CONTEST in 2023. Its approach rests on "
               "Pursue, Prevent, Prepare and Protect, and the county works on all four.")
    assert {("Prevent", "CONTEST"), ("Pursue", "CONTEST"), ("Protect", "CONTEST"),
            ("Prepare", "CONTEST")} <= of(doc, "part_of")
    doc = read("Kent County Council\nReport\nPartners will pursue funding, protect residents, prepare plans and "
               "prevent harm.")
    assert of(doc, "part_of") == set()


def test_partnerships_up_and_running_in_towns() -> None:
    doc = read("Devon County Council\nNews\nThree Safer Harbours partnerships are now up and running in Brixham, "
               "Dartmouth and Salcombe, with more to follow.")
    covered = {o for s, o in of(doc, "covers_area") if s.endswith("Safer Harbours")}
    assert {"Brixham", "Dartmouth", "Salcombe"} <= covered
    assert not any(s.startswith("Three") for s, _ in of(doc, "covers_area"))


def test_a_police_operation_is_an_initiative_that_can_be_led() -> None:
    doc = read("Torfaen County Borough Council\nMinutes\nMembers heard that the Torfaen Youth ASB Group would lead "
               "Operation Lantern during the school holidays.")
    assert ("Operation Lantern", "Torfaen Youth ASB Group") in of(doc, "led_by")


def test_what_a_body_says_of_itself() -> None:
    doc = read("Safer Bolton Partnership\nMinutes\nThe Bolton Knife Crime Board noted that it is a sub-group of the "
               "Safer Bolton Partnership and reports to it every quarter.")
    assert ("Bolton Knife Crime Board", "Safer Bolton Partnership") in of(doc, "subgroup_of")
    assert ("Bolton Knife Crime Board", "Safer Bolton Partnership") in of(doc, "reports_to")


def test_a_person_speaking_on_behalf_of_a_body() -> None:
    doc = read("Rutland County Council\nMinutes\nThe Committee heard a statement from Cllr Ada Moss on behalf of "
               "the Rutland Residents' Forum before the vote.")
    assert ("Rutland Residents' Forum", "Ada Moss") in of(doc, "represented_by")


def test_an_acronym_that_leaves_out_the_area() -> None:
    doc = read("Sandwell Council\nMinutes\nAn update was given on the Walsall Domestic Abuse Strategic Partnership "
               "(DASP). The DASP reports to the Walsall Health and Wellbeing Board each year.")
    assert ("Walsall Domestic Abuse Strategic Partnership", "Walsall Health and Wellbeing Board") in of(
        doc, "reports_to")


def test_the_duty_refers_back_to_the_duty_named_before() -> None:
    doc = read("Medway Council\nMinutes\nThe Serious Violence Duty began in 2023. Members noted that the Safer "
               "Medway Partnership would lead the Duty locally, with the police.")
    assert ("Serious Violence Duty", "Safer Medway Partnership") in of(doc, "led_by")
    assert not any(s == "Duty" for s, _ in of(doc, "led_by"))


def test_each_of_the_sub_groups_just_named_reports_to_the_body_after_each() -> None:
    doc = read("Source: https://www.gwentsafeguarding.org.uk/x\n\nGwent Safeguarding Board\nAnnual Report 2023\n\n"
               "The Audit Sub-Group and the Learning Sub-Group are all sub-groups of the Board, and each reports to "
               "the Gwent Safeguarding Executive Group.\n")
    reports = of(doc, "reports_to")
    assert {o for _, o in reports} == {"Gwent Safeguarding Executive Group"} and len(reports) == 2


def test_it_opening_the_next_sentence_is_the_service_within_a_directorate() -> None:
    # a plan's numbered paragraph, a report's plain prose, a web page: "It" stands for the service named before
    doc = read("Harrowdene Borough Council\nYouth Justice Plan\n\n2.1 The Harrowdene Youth Justice Service is a "
               "statutory partnership service. It sits within the Children's Services directorate of Harrowdene "
               "Borough Council.")
    dirs = {o for s, o in of(doc, "part_of") if s == "Harrowdene Youth Justice Service"}
    assert dirs == {"Harrowdene Borough Council Children's Services directorate"}
    directorate = next(e for e in doc.entities if e.name in dirs)
    assert "Children's Services directorate, Harrowdene Borough Council" in directorate.aliases
    doc = read("Kelvingate County Council\nReport\n\nThe Kelvingate Youth Offending Team was set up in 2000. It is "
               "based within the Council's Communities and Place department.")
    assert any(s == "Kelvingate Youth Offending Team" and o.endswith("Communities and Place department")
               for s, o in of(doc, "part_of"))
    # a sentence before that opens with no body: "It" is unknown, and nothing is read
    doc = read("Kelvingate County Council\nReport\n\nIn 2023 staffing was reviewed. It sits within the Council's "
               "Communities and Place department.")
    assert not any(o.endswith("department") for _, o in of(doc, "part_of"))


def test_a_possessive_inside_a_directorates_name_owns_nothing() -> None:
    doc = read("Tarnwick Borough Council\nReport\nThe Tarnwick Youth Justice Service sits within the Children's "
               "Services and Learning department of Tarnwick Borough Council.")
    dirs = {o for s, o in of(doc, "part_of") if s == "Tarnwick Youth Justice Service"}
    assert dirs == {"Tarnwick Borough Council Children's Services and Learning department"}
