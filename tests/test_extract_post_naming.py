"""Naming a post after parsing: the post as written, its organisation as the qualifier, the bare title kept as
an alias (so both forms name the one node). Every paper here is written for the test, in several councils'
styles."""

from __future__ import annotations

from extract_helpers import assert_evidence_quotes, of, read


def _posts(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """person -> (the post's name, its aliases), for every holds_post read from TEXT."""
    doc = read(text)
    assert_evidence_quotes(doc)
    aliases = {e.iri: e.aliases for e in doc.entities}
    return {f.subject.name: (f.object.name, aliases.get(f.object.iri, ())) for f in doc.facts
            if f.relation == "holds_post" and f.object is not None}


# -- a post's cell with a note in brackets, before its organisation's cell


def test_a_noted_post_cell_takes_the_organisation_of_the_next_pipe_cell():
    posts = _posts(
        "Northvale Community Safety Partnership\n\nMinutes of the meeting held on 3 March 2025\n\n"
        "PRESENT\n"
        "| Name            | Role                              | Organisation          |\n"
        "|-----------------|-----------------------------------|-----------------------|\n"
        "| Cllr Ann Tebbit | Cabinet Member for Communities    | Northvale Council     |\n"
        "| Rhona Calloway  | Partnership Analyst (minutes)     | Northvale Council     |\n"
        "| Omar Fenwright  | Victims Lead (items 2 and 3 only) | Westmoor Police       |\n")
    assert posts["Rhona Calloway"][0] == "Partnership Analyst, Northvale Council"
    assert "Partnership Analyst" in posts["Rhona Calloway"][1]
    assert posts["Omar Fenwright"][0] == "Victims Lead, Westmoor Police"


def test_a_noted_post_cell_in_a_tabbed_table():
    posts = _posts(
        "Harbury Safer Neighbourhoods Board\n\nNotes of the meeting, 14 May 2024\n\n"
        "In attendance:\n"
        "Petra Lund\tHousing Options Manager (notes)\tHarbury District Council\n"
        "Ken Oduya\tYouth Worker (for item 4)\tHarbury Youth Trust\n")
    assert posts["Petra Lund"][0] == "Housing Options Manager, Harbury District Council"
    assert posts["Ken Oduya"][0] == "Youth Worker, Harbury Youth Trust"


def test_a_chair_marker_in_the_post_cell_is_still_read_as_the_chair():
    doc = read(
        "Kestrel Vale Partnership Board\n\nMinutes, 2 June 2024\n\nPresent:\n"
        "| Name          | Role                              | Organisation           |\n"
        "|---------------|-----------------------------------|------------------------|\n"
        "| Lena Marsh    | Director of Communities (chair)   | Kestrel Vale Council   |\n"
        "| Tom Ashcroft  | Prevent Officer                   | Kestrel Vale Council   |\n")
    assert ("Lena Marsh", "Kestrel Vale Partnership Board") in of(doc, "chairs")


# -- a cell under an "Organisation" head is the employer's name, whatever its words


def test_an_organisation_column_names_an_employer_that_reads_as_a_place_and_a_word():
    posts = _posts(
        "Northvale Community Safety Partnership\n\nMinutes of the meeting held on 3 March 2025\n\n"
        "PRESENT\n"
        "| Name            | Role                         | Organisation        |\n"
        "|-----------------|------------------------------|---------------------|\n"
        "| Cllr Ann Tebbit | Cabinet Member for Housing   | Northvale Council   |\n"
        "| Ravi Shenton    | Tenancy Services Manager     | Northvale at Home   |\n")
    assert posts["Ravi Shenton"][0] == "Tenancy Services Manager, Northvale at Home"
    assert "Tenancy Services Manager" in posts["Ravi Shenton"][1]


def test_an_agency_column_in_a_tabbed_table_names_the_employer():
    posts = _posts(
        "Harbury Safer Neighbourhoods Board\n\nNotes of the meeting, 14 May 2024\n\nPresent:\n"
        "Name\tRole\tOrganisation\n"
        "Petra Lund\tHousing Options Manager\tHarbury District Council\n"
        "Ken Oduya\tOutreach Coordinator\tHarbury in Work\n")
    assert posts["Ken Oduya"][0] == "Outreach Coordinator, Harbury in Work"


def test_a_person_shaped_cell_under_no_organisation_head_is_not_made_an_employer():
    posts = _posts(
        "Harbury Safer Neighbourhoods Board\n\nNotes of the meeting, 14 May 2024\n\nPresent:\n"
        "Name\tRole\tDeputy\n"
        "Petra Lund\tHousing Options Manager\tKen Oduya\n")
    assert not posts.get("Petra Lund", ("",))[0].endswith("Ken Oduya")


# -- a rank with the station, area or force written after it


def test_a_rank_with_its_station_after_a_comma_is_the_station_post():
    posts = _posts(
        "Northvale Community Safety Partnership\n\nMinutes of the meeting held on 3 March 2025\n\n"
        "PRESENT\n"
        "| Name            | Role                            | Organisation                |\n"
        "|-----------------|---------------------------------|-----------------------------|\n"
        "| Cllr Ann Tebbit | Cabinet Member for Communities  | Northvale Council           |\n"
        "| Sam Oakley      | Station Manager, Northvale East | Westmoor Fire and Rescue    |\n")
    assert posts["Sam Oakley"][0] == "Station Manager, Northvale East"
    assert "Station Manager" in posts["Sam Oakley"][1]


def test_a_rank_and_its_force_in_a_present_list():
    posts = _posts(
        "Harbury Safer Neighbourhoods Board\n\nNotes of the meeting, 14 May 2024\n\n"
        "Present: Petra Lund, Housing Options Manager, Harbury District Council; Ken Oduya, Superintendent, "
        "Westmoor Police; Ann Rees, Inspector.\n")
    name, aliases = posts["Ken Oduya"]
    assert name == "Superintendent, Westmoor Police" and "Superintendent" in aliases
    assert posts["Ann Rees"][0] == "Inspector"


def test_a_rank_and_its_force_in_a_dashed_list():
    posts = _posts(
        "Kestrel Vale Partnership Board\n\nMinutes, 2 June 2024\n\nPresent:\n"
        "- Lena Marsh - Director of Communities, Kestrel Vale Council\n"
        "- Ann Lyle - Superintendent, Westmoor Police\n")
    name, aliases = posts["Ann Lyle"]
    assert name == "Superintendent, Westmoor Police" and "Superintendent" in aliases


# -- "the council's <post>": the paper's council owns the post, whether or not "council" has its capital


def test_a_post_owned_by_the_council_in_lower_case_in_an_apposition():
    doc = read("Eastvale Borough Council\n\nSafer Eastvale Partnership: annual update\n\n"
               "Ian Pryce, the council's Head of Housing, will chair the Eastvale Housing Forum.\n")
    assert ("Ian Pryce", "Head of Housing, Eastvale Borough Council") in of(doc, "holds_post")
    assert ("Ian Pryce", "Eastvale Housing Forum") in of(doc, "chairs")


def test_a_body_chaired_by_the_councils_post_in_a_passive_clause():
    doc = read("Report of the Director of Communities\n\nHarbury District Council\n\n"
               "The Harbury Hate Crime Panel is chaired by the district council's Head of Neighbourhoods.\n")
    assert ("Head of Neighbourhoods, Harbury District Council", "Harbury Hate Crime Panel") in \
        of(doc, "chairs")


def test_the_capitalised_and_lower_case_owner_name_one_post():
    lower = read("Kestrel Vale Council\n\nPartnership news\n\n"
                 "The Kestrel Vale Youth Board is chaired jointly by the council's Head of Early Help.\n")
    upper = read("Kestrel Vale Council\n\nPartnership news\n\n"
                 "The Kestrel Vale Youth Board is chaired jointly by the Council's Head of Early Help.\n")
    assert of(lower, "chairs") == of(upper, "chairs") != set()


def test_a_lower_case_council_of_a_sentence_owns_nothing_but_the_name_after_it():
    doc = read("Kestrel Vale Council\n\nPartnership news\n\n"
               "The council's plan was agreed. Tom Ashcroft, Prevent Officer, presented it.\n")
    assert ("Tom Ashcroft", "Prevent Officer") in of(doc, "holds_post") or \
        any(p.startswith("Prevent Officer") for _, p in of(doc, "holds_post"))


# -- an organisation's name written before its post: one node with the post written after it


def test_a_force_before_its_commander_in_a_chair_clause():
    doc = read("Carlisle Community Safety Partnership\n\nTerms of reference\n\n"
               "The Partnership is co-chaired by the Cumbria Constabulary Area Commander and the Leader of the "
               "Council.\n")
    chairs = {s for s, _ in of(doc, "chairs")}
    assert "Area Commander, Cumbria Constabulary" in chairs
    node = next(e for e in doc.entities if e.name == "Area Commander, Cumbria Constabulary")
    assert "Cumbria Constabulary Area Commander" in node.aliases


def test_a_fire_service_before_its_post_and_after_it_name_one_node():
    doc = read("Wirral Safer Communities Board\n\nMinutes, 4 April 2024\n\n"
               "Present: Ruth Ambrose, Station Manager, Merseyside Fire and Rescue Service.\n\n"
               "The Board thanked the Merseyside Fire and Rescue Service Station Manager for the update.\n")
    posts = [e for e in doc.entities if e.kind == "post" and "Station Manager" in e.name]
    assert len(posts) == 1, [e.name for e in posts]


def test_a_force_before_a_rank_in_an_apposition():
    doc = read("Lincoln Community Safety Partnership\n\nAnnual report 2024\n\n"
               "The Lincolnshire Police Chief Inspector, Tom Vardy, leads the night-time economy work.\n")
    assert ("Tom Vardy", "Chief Inspector, Lincolnshire Police") in of(doc, "holds_post")


def test_a_council_before_its_post_keeps_the_council_conventions():
    doc = read("Lincoln Community Safety Partnership\n\nAnnual report 2024\n\n"
               "The Lincolnshire County Council Head of Safety, Tom Vardy, presented the plan.\n")
    assert not any(p.endswith(", Lincolnshire County Council Head of Safety") for _, p in of(doc, "holds_post"))


# -- a chair given as a post, its holder named in the next sentence


def test_the_holder_of_a_chairs_post_named_in_the_next_sentence_by_this():
    doc = read("Harbury District Council\n\nSafer Harbury Partnership: terms of reference\n\n"
               "3.1 The Partnership is chaired by the Portfolio Holder for Neighbourhoods. For 2025/26 this is "
               "Cllr Nita Varma.\n")
    post = next(p for s, p in of(doc, "chairs") if p and s.startswith("Portfolio Holder for Neighbourhoods"))
    assert post
    assert ("Nita Varma", "Safer Harbury Partnership") in of(doc, "chairs")
    assert any(s == "Nita Varma" and p.startswith("Portfolio Holder for Neighbourhoods")
               for s, p in of(doc, "holds_post"))


def test_the_current_holder_of_a_vice_chairs_post():
    doc = read("Kestrel Vale Youth Justice Board\n\nTerms of reference 2024\n\n"
               "The Vice-Chair is the Head of Early Help. The current holder is Mrs Paula Gray.\n\n"
               "The Board meets quarterly.\n")
    assert ("Paula Gray", "Kestrel Vale Youth Justice Board") in of(doc, "vice_chair")


def test_the_post_holder_named_after_a_semicolon():
    doc = read("Westmoor Reducing Reoffending Group\n\nGovernance note\n\n"
               "The group is chaired jointly by the Head of the Probation Delivery Unit; the post-holder is "
               "Omar Keane.\n")
    assert ("Omar Keane", "Westmoor Reducing Reoffending Group") in of(doc, "chairs")


def test_two_chairs_posts_leave_this_unclear():
    doc = read("Harbury District Council\n\nSafer Harbury Partnership: terms of reference\n\n"
               "The Partnership is co-chaired by the Portfolio Holder for Neighbourhoods and the Head of "
               "Community Safety. For 2025/26 this is Cllr Nita Varma.\n")
    assert not any(s == "Nita Varma" for s, _ in of(doc, "chairs"))


# -- an officer's remit of several parts is one post, commas and all


def test_a_heads_remit_of_three_parts_with_its_owner_and_current_holder():
    doc = read("Harbury Community Safety Partnership\n\nTerms of reference 2024\n\n"
               "The Partnership is chaired by Harbury District Council's Head of Housing, Licensing and "
               "Environmental Health, currently Nadia Oyelowo.\n")
    post = "Head of Housing, Licensing and Environmental Health, Harbury District Council"
    # the post does not chair beside its named holder (CONVENTIONS.md G)
    assert (post, "Harbury Community Safety Partnership") not in of(doc, "chairs")
    assert ("Nadia Oyelowo", post) in of(doc, "holds_post")
    assert ("Nadia Oyelowo", "Harbury Community Safety Partnership") in of(doc, "chairs")


def test_a_directors_remit_in_an_apposition_owned_by_the_council():
    doc = read("Northvale Council\n\nCabinet report: Safer Northvale Plan\n\n"
               "Ben Adeyemi, the Council's Director of Adults, Housing and Wellbeing, is the report's author.\n")
    assert ("Ben Adeyemi", "Director of Adults, Housing and Wellbeing, Northvale Council") in of(doc, "holds_post")


def test_a_remit_whose_parts_are_places_or_bodies_is_a_post_and_its_organisation():
    doc = read("Kestrel Vale Reducing Reoffending Board\n\nMinutes, 2 June 2024\n\n"
               "Present: Ola Brandt, Head of Service, Devon, Cornwall and Dorset Probation Service.\n")
    posts = {p for _, p in of(doc, "holds_post")}
    assert not any("Cornwall and Dorset" in p and p.startswith("Head of Service, Devon,") for p in posts
                   if "Probation Service" not in p)
    assert any(p.startswith("Head of Service") for p in posts)


def test_an_untitled_holder_after_currently():
    doc = read("Harbury Community Safety Partnership\n\nTerms of reference 2024\n\n"
               "The Youth Forum is chaired by the Head of Early Help, currently Rosa Lindqvist.\n")
    assert any(s == "Rosa Lindqvist" and p.startswith("Head of Early Help") for s, p in of(doc, "holds_post"))


# -- a signature's post written with its organisation on the same line


def test_a_signature_post_with_its_council_is_the_councils_post():
    posts = _posts("Safer Harbury Partnership\n\nAnnual report 2024\n\nForeword\n\n"
                   "This year the Partnership opened two new hubs.\n\n"
                   "Cllr Nadia Oyelowo\nPortfolio Holder for Safer Streets, Harbury District Council\n"
                   "Chair, Safer Harbury Partnership\n")
    name, aliases = posts["Nadia Oyelowo"]
    assert name == "Portfolio Holder for Safer Streets, Harbury District Council"
    assert "Portfolio Holder for Safer Streets" in aliases


def test_a_signature_post_with_a_charity_on_the_same_line():
    posts = _posts("Northvale Domestic Abuse Board\n\nAnnual statement\n\nThe Board met four times.\n\n"
                   "Priya Lamb\nChief Executive, Northvale Community Trust\n")
    assert posts["Priya Lamb"][0] == "Chief Executive, Northvale Community Trust"


def test_a_signature_post_alone_stays_bare():
    posts = _posts("Northvale Domestic Abuse Board\n\nAnnual statement\n\nThe Board met four times.\n\n"
                   "Priya Lamb\nPartnership Manager\n")
    assert posts["Priya Lamb"][0] == "Partnership Manager"


# -- an owner whose name holds "and" after a place, before its possessive


def test_a_housing_company_of_two_places_owns_its_post():
    doc = read("Safer Harbury Partnership\n\nAnnual report 2024\n\n"
               "The Tenancy Group is chaired by Preston and Chorley Homes's Head of Tenancy, Jo Mensah.\n")
    assert ("Jo Mensah", "Head of Tenancy, Preston and Chorley Homes") in of(doc, "holds_post")


def test_a_list_of_a_plan_and_a_places_panel_keeps_the_place_alone():
    doc = read("Safer Harbury Partnership\n\nAnnual report 2024\n\n"
               "The Partnership reviewed the Plan and Derbyshire's Channel Panel.\n")
    assert not any("Plan and Derbyshire" in e.name for e in doc.entities)


# -- a rank with the local area it serves, written after a comma


def test_a_vice_chairs_rank_with_its_policing_area_and_bracketed_holder():
    doc = read("Harbury Community Safety Partnership\n\nTerms of reference 2024\n\n"
               "The Vice-Chair is the Chief Inspector, Harbury Local Policing Area (currently Chief Inspector "
               "Ola Brandt).\n")
    post = "Chief Inspector, Harbury Local Policing Area"
    assert (post, "Harbury Community Safety Partnership") in of(doc, "vice_chair")
    assert ("Ola Brandt", post) in of(doc, "holds_post")


def test_a_forces_rank_with_its_area_then_the_current_holder():
    doc = read("Preston Community Safety Partnership\n\nTerms of reference 2024\n\n"
               "The vice-chair is the Lancashire Constabulary Superintendent, Western Division, currently Supt Ravi "
               "Mistry.\n")
    post = "Superintendent, Western Division, Lancashire Constabulary"
    # the holder named beside the post has the seat (CONVENTIONS.md G)
    assert ("Ravi Mistry", "Preston Community Safety Partnership") in of(doc, "vice_chair")
    assert (post, "Preston Community Safety Partnership") not in of(doc, "vice_chair")
    assert ("Ravi Mistry", post) in of(doc, "holds_post")


def test_a_rank_with_a_council_after_it_is_no_area():
    doc = read("Preston Community Safety Partnership\n\nAnnual report\n\n"
               "Sergeant Amy Lowe, Preston City Council, presented the licensing update.\n")
    assert not any("Preston City Council" in p and p.startswith("Sergeant,") and "Area" in p
                   for _, p in of(doc, "holds_post"))


# -- "chairs this group" in a list item: the body the item opens with; a post, its organisation and its holder
# in commas before the verb


def test_this_group_in_a_dashed_item_is_the_items_body_not_a_later_name():
    doc = read("Northvale Community Safety Partnership\n\nAnnual report 2024\n\nOur theme groups:\n"
               "  - Drugs Group - the Director of Public Health, Northvale Council, Dr Rosa Lindqvist, chairs this "
               "group, which in turn reports to the Westshire Combating Drugs Partnership.\n"
               "  - Hate Crime Group - chaired by Supt Ola Brandt.\n")
    chairs = of(doc, "chairs")
    assert ("Dr Rosa Lindqvist", "Drugs Group") in chairs or ("Dr Rosa Lindqvist", "Northvale Drugs Group") in chairs
    assert not any(b == "Westshire Combating Drugs Partnership" for _, b in chairs)
    assert not any(s == "Northvale Council" for s, _ in chairs)
    assert ("Dr Rosa Lindqvist", "Director of Public Health, Northvale Council") in of(doc, "holds_post")


def test_this_board_in_a_numbered_item_with_a_colon():
    doc = read("Harbury District Council\n\nSafeguarding arrangements\n\n"
               "1. Harbury Exploitation Board: the Head of Early Help, Harbury District Council, Jo Mensah, leads this "
               "board, which reports to the Westmoor Safeguarding Children Partnership.\n")
    assert ("Harbury Exploitation Board", "Jo Mensah") in of(doc, "led_by")
    assert not any(s == "Westmoor Safeguarding Children Partnership" for s, _ in of(doc, "led_by"))
    assert ("Jo Mensah", "Head of Early Help, Harbury District Council") in of(doc, "holds_post")


def test_this_group_with_no_item_body_names_no_later_body():
    doc = read("Northvale Community Safety Partnership\n\nAnnual report 2024\n\n"
               "Dr Rosa Lindqvist chairs this group, which in turn reports to the Westshire Combating Drugs "
               "Partnership.\n")
    assert not any(b == "Westshire Combating Drugs Partnership" for _, b in of(doc, "chairs"))


def test_a_post_of_a_charity_and_its_holder_before_the_verb():
    doc = read("Westmoor Domestic Abuse Board\n\nAnnual report 2024\n\n"
               "The Chief Executive, Westmoor Refuge Trust, Ana Pryce, chairs the Westmoor Survivors Forum.\n")
    chairs = of(doc, "chairs")
    assert ("Ana Pryce", "Westmoor Survivors Forum") in chairs
    assert not any(s == "Westmoor Refuge Trust" for s, _ in chairs)
    assert ("Ana Pryce", "Chief Executive, Westmoor Refuge Trust") in of(doc, "holds_post")


# -- "Jo Lee, <post>, is Vice-Chair.": the person, their post between commas, the body the sentence before is about


def test_a_vice_chair_with_a_post_in_commas_after_a_chair_sentence():
    doc = read("Harbury District Council\n\nCabinet report: community safety plan\n\n"
               "The Safer Harbury Partnership is chaired by Supt Ola Brandt, Westmoor Police. Nadia Oyelowo, the "
               "Council's Director of Communities, is Vice-Chair.\n")
    assert ("Nadia Oyelowo", "Safer Harbury Partnership") in of(doc, "vice_chair")


def test_a_titled_vice_chair_with_a_post_in_commas_in_the_papers_own_report():
    doc = read("Northvale Community Safety Partnership\n\nAnnual report 2024\n\n1. Who we are\n\n"
               "The Northvale Community Safety Partnership brings together the council, the police and the fire "
               "service. Chief Inspector Sam Reed, Area Commander for Northvale, is Vice-Chair.\n")
    assert ("Sam Reed", "Northvale Community Safety Partnership") in of(doc, "vice_chair")


def test_two_people_before_is_vice_chair_leave_it_unread():
    doc = read("Northvale Community Safety Partnership\n\nAnnual report 2024\n\n"
               "The Partnership met four times. Sam Reed, Jo Lee, is Vice-Chair.\n")
    assert of(doc, "vice_chair") == set()


# -- a list item naming a group, a dash, and the person who chairs it


def test_dashed_items_with_the_chair_in_brackets_or_after_the_name():
    doc = read("Northvale Community Safety Partnership\n\nMinutes, 3 March 2025\n\n"
               "The Board agreed three theme groups:\n"
               "  - Youth Violence Group - Petra Lund (Chair);\n"
               "  - Reoffending Group - Ken Oduya chairs;\n"
               "  - Night-Time Economy Group - Insp Amy Lowe (Vice-Chair).\n")
    assert ("Petra Lund", "Youth Violence Group") in of(doc, "chairs")
    assert ("Ken Oduya", "Reoffending Group") in of(doc, "chairs")
    assert ("Amy Lowe", "Night-Time Economy Group") in of(doc, "vice_chair")


def test_starred_items_with_the_chair_after_the_name():
    doc = read("Harbury District Council\n\nCommunity safety update\n\nSub-groups of the Partnership:\n"
               "* Harbury Hate Crime Forum – Cllr Nadia Oyelowo co-chairs.\n"
               "* Harbury Drugs Group – Dr Rosa Lindqvist (Chair)\n")
    assert ("Nadia Oyelowo", "Harbury Hate Crime Forum") in of(doc, "chairs")
    assert ("Dr Rosa Lindqvist", "Harbury Drugs Group") in of(doc, "chairs")


def test_an_item_naming_two_people_before_the_role_is_left_unread():
    doc = read("Harbury District Council\n\nCommunity safety update\n\nSub-groups of the Partnership:\n"
               "* Harbury Hate Crime Forum – Cllr Nadia Oyelowo and Cllr Tom Hale (Chair)\n")
    assert not any(b == "Harbury Hate Crime Forum" for _, b in of(doc, "chairs"))


# -- a post written "at" a public body: that body's post


def test_a_chairs_post_at_a_county_council():
    doc = read("Safer Preston Partnership\n\nAnnual report 2024\n\n"
               "The county board is the Lancashire Safer Communities Board, whose chair is the Cabinet Member for Fire "
               "and Rescue and Emergency Planning at Lancashire County Council, which meets quarterly.\n")
    assert ("Cabinet Member for Fire and Rescue and Emergency Planning, Lancashire County Council",
            "Lancashire Safer Communities Board") in of(doc, "chairs")


def test_a_chairs_post_at_a_police_force():
    doc = read("Safer Preston Partnership\n\nAnnual report 2024\n\n"
               "The Lancashire Hate Crime Forum is chaired by the Head of Neighbourhood Policing at Lancashire "
               "Constabulary.\n")
    assert ("Head of Neighbourhood Policing, Lancashire Constabulary", "Lancashire Hate Crime Forum") in \
        of(doc, "chairs")
    node = next(e for e in doc.entities if e.name == "Head of Neighbourhood Policing, Lancashire Constabulary")
    assert "Head of Neighbourhood Policing" in node.aliases


def test_a_post_at_an_unknown_name_is_left_as_written():
    doc = read("Safer Preston Partnership\n\nAnnual report 2024\n\n"
               "The Youth Forum is chaired by the Youth Engagement Lead at Harbury Sports Club, which funds it.\n")
    assert not any(s.endswith(", Harbury Sports Club") and "at Harbury" in s for s, _ in of(doc, "chairs"))
    assert not any(", Harbury Sports Club" in s for s, _ in of(doc, "chairs") if s.startswith("Youth Engagement"))


def test_a_portfolio_of_organisational_development_is_one_post():
    doc = read("Harbury District Council\n\nCommunity safety update\n\n"
               "Cllr Nita Varma, Lead Member for Workforce and Organisational Development, presented the report.\n")
    assert any(p.startswith("Lead Member for Workforce and Organisational Development")
               for s, p in of(doc, "holds_post") if s == "Nita Varma")


def test_a_person_said_to_be_the_councils_post_in_lower_case():
    doc = read("Harbury District Council\n\nNews release\n\n"
               "Cllr Nita Varma has been appointed chair of the Harbury Youth Board.\n\n"
               "Cllr Varma is the council's Lead Member for Neighbourhood Safety.\n")
    assert ("Nita Varma", "Lead Member for Neighbourhood Safety, Harbury District Council") in of(doc, "holds_post")


def test_a_person_who_was_the_borough_councils_officer():
    doc = read("Preston City Council\n\nAnnual report\n\n"
               "Until March, Omar Keane was the city council's Head of Licensing.\n")
    assert ("Omar Keane", "Head of Licensing, Preston City Council") in of(doc, "holds_post")


# -- a body's short name the drafter defined is that body, one node, wherever a reader names it


def _bodies(doc) -> set[str]:
    return {e.name for e in doc.entities if e.kind == "body"}


def test_a_two_word_definition_in_quotes_names_the_body_in_a_seat_table():
    doc = read("Westmoor Violence Prevention Regional Board\n\nBoard paper, item 4\n\n"
               "1.1 The Westmoor Violence Prevention Regional Board (\"the Regional Board\") began work in 2019.\n\n"
               "2.1 The Regional Board has these members:\n\n"
               " | Organisation            | Member                           |\n"
               " |-------------------------|----------------------------------|\n"
               " | Westmoor Police         | Ann Rees, Detective Inspector    |\n"
               " | Harbury Council         | Jo Mensah, Head of Early Help    |\n")
    assert "Regional Board" not in _bodies(doc)
    assert ("Ann Rees", "Westmoor Violence Prevention Regional Board") in of(doc, "member_of")


def test_a_hereafter_definition_names_the_body_in_a_chair_clause():
    doc = read("Harbury District Council\n\nCabinet report\n\n"
               "The Harbury Exploitation Steering Group (hereafter \"the Steering Group\") met in May. The Steering "
               "Group is chaired by Cllr Nita Varma.\n")
    assert ("Nita Varma", "Harbury Exploitation Steering Group") in of(doc, "chairs")
    assert "Steering Group" not in _bodies(doc)


def test_a_referred_to_definition_of_three_words():
    doc = read("Preston City Council\n\nCommunity safety update\n\n"
               "The Preston Youth Safety Partnership Board (referred to as \"the Youth Safety Board\") reports to "
               "the Safer Preston Partnership. The Youth Safety Board is chaired by Supt Ola Brandt.\n")
    assert ("Ola Brandt", "Preston Youth Safety Partnership Board") in of(doc, "chairs")


# -- a seat table's organisation written as its place and a council's initials


def test_a_council_by_its_initials_in_the_organisation_column_qualifies_the_post():
    doc = read("Westmoor Violence Prevention Board\n\nBoard paper\n\nThe Board has these members:\n\n"
               " | Organisation            | Member                              |\n"
               " |-------------------------|-------------------------------------|\n"
               " | Bridgend CBC            | Jo Mensah, Head of Early Help       |\n"
               " | Westmoor Police         | Ann Rees, Detective Inspector       |\n")
    # "Bridgend CBC" is the council (county borough council, as "MBC" is a metropolitan borough's), named in full
    assert ("Jo Mensah", "Head of Early Help, Bridgend County Borough Council") in of(doc, "holds_post")
