"""Remit forms read by loaders/extract/remit.py: sub-groups held to account, the council's crime and disorder
committee, and powers an Act gives. Every text here is written for the test, in several councils' styles."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


def test_sub_groups_held_to_account_are_each_overseen():
    doc = read(
        "Safer Wealdmere Partnership\n\nTerms of Reference\n\n"
        "1. The Safer Wealdmere Partnership Board sets the direction of the partnership and holds its sub-groups "
        "to account for delivery.\n\n"
        "2. The Wealdmere Reducing Reoffending Group and the Wealdmere Night Time Economy Group are sub-groups of "
        "the Safer Wealdmere Partnership Board.\n"
    )
    overseen = {o for s, o in of(doc, "oversees") if s == "Safer Wealdmere Partnership Board"}
    assert {"Wealdmere Reducing Reoffending Group", "Wealdmere Night Time Economy Group"} <= overseen


def test_oversee_the_work_of_its_sub_groups_in_a_remit_list():
    doc = read(
        "Kestermoor Community Safety Partnership\n\n"
        "The Kestermoor Community Safety Partnership will:\n"
        "a) publish an annual partnership plan;\n"
        "b) oversee the work of its sub-groups and ask them for regular reports.\n\n"
        "The Kestermoor Hate Crime Forum and the Kestermoor Youth Violence Group are sub-groups of the "
        "Kestermoor Community Safety Partnership.\n"
    )
    overseen = {o for s, o in of(doc, "oversees") if s == "Kestermoor Community Safety Partnership"}
    assert {"Kestermoor Hate Crime Forum", "Kestermoor Youth Violence Group"} <= overseen


def test_a_count_the_paper_does_not_bear_out_adds_nothing():
    doc = read(
        "The Harbourside Delivery Board holds the four delivery groups to account.\n\n"
        "The Harbourside Adults Group and the Harbourside Children Group are sub-groups of the Harbourside "
        "Delivery Board.\n"
    )
    assert not {o for s, o in of(doc, "oversees") if s == "Harbourside Delivery Board"}


def test_sub_groups_the_paper_never_names_give_nothing():
    doc = read("The Ashcombe Safety Board holds the Partnership's sub-groups to account for delivery.\n")
    assert not of(doc, "oversees")


def test_designated_crime_and_disorder_committee_under_the_act():
    doc = read(
        "Once a year the Partnership goes before the Communities Overview and Scrutiny Committee, which is "
        "now the Council's designated crime and disorder committee under section 19 of the Police and Justice Act "
        "2006.\n"
    )
    assert ("Communities Overview and Scrutiny Committee", "Police and Justice Act 2006") in of(doc, "statutory_duty")
    assert {f.qualifier for f in doc.facts if f.relation == "statutory_duty"} == {"s.19"}
    # the Act says where the role comes from; the role itself is still the committee's function
    assert ("Communities Overview and Scrutiny Committee", "Crime and disorder scrutiny") in of(doc, "responsible_for")


def test_each_of_which_acts_as_the_committee():
    doc = read(
        "The Partnership reports to the Northmoor People Scrutiny Committee and to the Eastmoor Place Scrutiny "
        "Committee, each of which acts as the crime and disorder committee for its council under section 19 of "
        "the Police and Justice Act 2006.\n"
    )
    duties = of(doc, "statutory_duty")
    assert ("Northmoor People Scrutiny Committee", "Police and Justice Act 2006") in duties
    assert ("Eastmoor Place Scrutiny Committee", "Police and Justice Act 2006") in duties


def test_in_its_role_as_the_committee_without_the_act():
    doc = read(
        "Members heard that each year the Partnership goes to the Council's Housing and "
        "Neighbourhoods Scrutiny Committee in its role as crime and disorder committee.\n"
    )
    assert ("Housing and Neighbourhoods Scrutiny Committee", "Crime and disorder scrutiny") in of(
        doc, "responsible_for")


def _scrutinises(text: str) -> set[str]:
    doc = read(text)
    assert_evidence_quotes(doc)
    return {s for s, o in of(doc, "responsible_for") if o == "Crime and disorder scrutiny"}


@pytest.mark.parametrize("text, committee", [
    # the role said after the committee's verb, at the end of the clause
    ("The Council's Neighbourhoods Select Committee reviews the work of the Partnership twice a year as the crime "
     "and disorder committee.\n", "Neighbourhoods Select Committee"),
    # in apposition, set off by commas
    ("The Strategy will be examined by the Place and Environment Scrutiny Panel, the Council's designated crime and "
     "disorder committee, in the new year.\n", "Place and Environment Scrutiny Panel"),
    # "is designated as"
    ("(c) The Community Wellbeing Scrutiny Commission is designated as the crime and disorder committee of Eastmere.\n",
     "Community Wellbeing Scrutiny Commission"),
])
def test_the_role_said_after_as_or_in_apposition(text: str, committee: str):
    assert committee in _scrutinises(text)


def test_for_the_purposes_of_a_section_gives_the_act_too():
    doc = read("4.2 The Council's Stronger Communities Committee acts as crime and disorder committee for the "
               "purposes of section 19 of the Police and Justice Act 2006, which sees the Plan every year.\n")
    assert ("Stronger Communities Committee", "Police and Justice Act 2006") in of(doc, "statutory_duty")
    assert ("Stronger Communities Committee", "Crime and disorder scrutiny") in of(doc, "responsible_for")


def test_two_councils_committees_named_together():
    found = _scrutinises("The joint board will report to Barnsley's Safer Communities Committee and to Rotherham's "
                         "Neighbourhoods Scrutiny Committee, which serve as the two councils' crime and disorder "
                         "committees.\n")
    assert {"Barnsley Safer Communities Committee", "Rotherham Neighbourhoods Scrutiny Committee"} <= found


@pytest.mark.parametrize("text", [
    # a list after a colon, each committee led by its council's place
    "Each council's own scrutiny committee acting as crime and disorder committee reviews the partnership: in "
    "Eastmere "
    "the Housing and Safety Committee, and in Westmere the Communities Scrutiny Committee.\n",
    # the places in brackets
    "The joint partnership will report every year to the crime and disorder committee of each council (in Eastmere, "
    "the Housing and Safety Committee; in Westmere, the Communities Scrutiny Committee).\n",
])
def test_each_council_s_committee_named_by_place(text: str):
    found = _scrutinises(text)
    assert any("Housing and Safety Committee" in s for s in found)
    assert any("Communities Scrutiny Committee" in s for s in found)


def test_each_council_s_committee_under_a_section_named_first():
    doc = read("7. Scrutiny under section 19 of the Police and Justice Act 2006 stays with the crime "
               "and disorder committee of each Council: in Eastmere the Housing and Safety Committee and in "
               "Westmere the Communities Scrutiny Committee.\n")
    duties = {s for s, o in of(doc, "statutory_duty") if o == "Police and Justice Act 2006"}
    assert any("Housing and Safety Committee" in s for s in duties)
    assert any("Communities Scrutiny Committee" in s for s in duties)


@pytest.mark.parametrize("text", [
    # the role reported to, named by no committee
    "The Partnership reports once a year to the crime and disorder committee.\n",
    # "as" in another clause than the committee's
    "The Finance Committee agreed the budget; the Partnership acts as the crime and disorder partnership, and "
    "the Council as its crime and disorder committee.\n",
    # "each council" with no committee led by a place
    "Each council's crime and disorder committee will receive the annual report.\n",
])
def test_no_committee_the_role_is_said_of_gives_nothing(text: str):
    assert not _scrutinises(text)


def test_a_name_cut_at_a_comma_is_not_the_committee():
    doc = read(
        "Our annual report goes to the Council's Growth, Skills and Environment Overview and Scrutiny Committee, "
        "acting in its role as crime and disorder committee.\n"
    )
    # the committee's name is read whole, commas and all: no part of it cut at a comma is the committee
    assert {s for s, _ in of(doc, "responsible_for")} <= {"Growth, Skills and Environment Overview and Scrutiny "
                                                          "Committee"}


def test_a_power_under_an_act_is_a_statutory_duty():
    doc = read(
        "Westvale Police and Crime Commissioner\n\nDecision notice: community safety grants 2024/25\n\n"
        "1. The Police and Crime Commissioner for Westvale may award crime and disorder reduction grants under "
        "section 9 of the Police Reform and Social Responsibility Act 2011.\n"
    )
    duties = {o for s, o in of(doc, "statutory_duty") if "Commissioner" in s}
    assert duties == {"Police Reform and Social Responsibility Act 2011"}


def test_the_commissioner_of_the_papers_office_may_award_grants():
    doc = read(
        "Office of the Police and Crime Commissioner for Westvale\n\nDecision notice 2024/031\n\n"
        "The Commissioner may also make grants to any person under section 9 of the Police Reform and Social "
        "Responsibility Act 2011.\n"
    )
    assert ("Westvale Police and Crime Commissioner", "Police Reform and Social Responsibility Act 2011") in of(
        doc, "statutory_duty")


def test_has_the_power_to_under_an_act():
    doc = read(
        "Dunmere Borough Council\n\nCabinet report\n\n"
        "Dunmere Borough Council has the power to make a Public Spaces Protection Order under section 59 of the "
        "Anti-social Behaviour, Crime and Policing Act 2014.\n"
    )
    assert ("Dunmere Borough Council", "Anti-social Behaviour, Crime and Policing Act 2014") in of(
        doc, "statutory_duty")


def test_a_power_someone_else_is_asked_to_use_is_not_the_subjects():
    doc = read(
        "Dunmere Borough Council may ask Dunmere Police to act under section 35 of the Anti-social Behaviour, "
        "Crime and Policing Act 2014.\n"
    )
    assert not of(doc, "statutory_duty")


def test_a_topic_written_with_an_ampersand():
    doc = read(
        "The Ravensholme Community Safety Partnership will:\n"
        "- Reduce crime & disorder and reoffending in the district\n"
        "- Tackle drugs & alcohol misuse\n"
    )
    remit = {o for s, o in of(doc, "responsible_for") if s == "Ravensholme Community Safety Partnership"}
    assert "Community Safety" in remit  # the scheme's concept for "crime and disorder"
    topic = next(e for e in doc.entities if e.name == "Community Safety")
    assert "crime & disorder" in topic.aliases  # the text's own form, by which the fact is found


def test_the_statutory_board_under_a_part_of_an_act():
    doc = read(
        "The Partnership will report twice a year to the Eastholme Domestic Abuse Local Partnership Board, which is "
        "the statutory board under Part 4 of the Domestic Abuse Act 2021.\n"
    )
    assert ("Eastholme Domestic Abuse Local Partnership Board", "Domestic Abuse Act 2021") in of(doc, "statutory_duty")


def test_a_statutory_board_established_under_a_section_by_its_acronym():
    doc = read(
        "About the Board\n\nThe Marlow Vale Safeguarding Adults Board (MVSAB) brings partners together. The MVSAB is "
        "a statutory board established under section 43 of the Care Act 2014.\n"
    )
    assert ("Marlow Vale Safeguarding Adults Board", "Care Act 2014") in of(doc, "statutory_duty")


def test_the_council_that_must_convene_the_board_holds_the_duty():
    doc = read(
        "The Forum is a sub-group of the Partnership and is also the local partnership board that Northmoor "
        "Borough Council must convene under Part 4 of the Domestic Abuse Act 2021.\n"
    )
    assert ("Northmoor Borough Council", "Domestic Abuse Act 2021") in of(doc, "statutory_duty")


def test_a_board_named_beside_an_act_without_a_statutory_role_is_not_read():
    doc = read(
        "The Eastholme Safeguarding Adults Board discussed the guidance under section 42 of the Care Act 2014 "
        "with the Eastholme Community Safety Partnership.\n"
    )
    assert not {s for s, _ in of(doc, "statutory_duty") if s == "Eastholme Community Safety Partnership"}


def test_a_table_of_partnerships_and_their_lead_authorities():
    doc = read(
        "Core grants for 2025/26 are:\n\n"
        "| Community Safety Partnership      | Lead authority              | 2025/26 grant |\n"
        "|-----------------------------------|-----------------------------|--------------:|\n"
        "| Safer Ashvale Partnership         | Ashvale District Council    |       £12,000 |\n"
        "| Brindle Community Safety Partnership | Brindle Borough Council  |       £11,500 |\n"
    )
    led = of(doc, "led_by")
    assert ("Safer Ashvale Partnership", "Ashvale District Council") in led
    assert ("Brindle Community Safety Partnership", "Brindle Borough Council") in led


def test_a_table_whose_first_column_is_no_body_gives_no_lead():
    doc = read(
        "| Project                 | Lead agency              | Amount  |\n"
        "|-------------------------|--------------------------|--------:|\n"
        "| Night safety patrols    | Ashvale District Council | £5,000  |\n"
    )
    assert not of(doc, "led_by")


def test_the_body_a_duty_is_met_through():
    cases = {
        "In Thornbury the Safer Thornbury Partnership still remains the accountable body for the Serious Violence "
        "Duty.\n": "Safer Thornbury Partnership",
        "The Greyfield Violence Reduction Partnership is the convening body for the Serious Violence Duty across "
        "the force area.\n": "Greyfield Violence Reduction Partnership",
        "The Safer Lowmarsh Partnership has been agreed as the local partnership arrangement through which the "
        "Serious Violence Duty is discharged.\n": "Safer Lowmarsh Partnership",
        "The Safer Upton Partnership is also the forum through which the specified authorities in Upton meet the "
        "Serious Violence Duty.\n": "Safer Upton Partnership",
    }
    for text, body in cases.items():
        assert (body, "Serious Violence Duty") in of(read(text), "responsible_for"), text


def test_a_forum_through_which_residents_speak_is_no_remit():
    doc = read("The Eastholme Residents Panel is the forum through which residents raise their concerns.\n")
    assert not of(doc, "responsible_for")


def test_a_statutory_duty_to_carry_out_reviews_is_a_remit():
    doc = read(
        "The Safer Rookley Partnership has a statutory duty to commission Domestic Homicide Reviews (DHRs) under "
        "section 9 of the Domestic Violence, Crime and Victims Act 2004.\n"
    )
    assert any(s == "Safer Rookley Partnership" and "Domestic Homicide Reviews" in o
               for s, o in of(doc, "responsible_for"))
    assert ("Safer Rookley Partnership", "Domestic Violence, Crime and Victims Act 2004") in of(doc, "statutory_duty")


def test_a_name_stops_before_the_part_of_an_act():
    from govkg.loaders.mentions import find_mentions

    text = "The board was set up by Eastvale County Council under Part 4 of the Domestic Abuse Act 2021."
    names = [m.name for m in find_mentions(text, 0, len(text))]
    assert "Eastvale County Council" in names
    text = "The Partnership acts for the Serious Violence Duty under the Police, Crime, Sentencing and Courts Act 2022."
    names = [m.name for m in find_mentions(text, 0, len(text))]
    assert "Serious Violence Duty" in names and "Police, Crime, Sentencing and Courts Act 2022" in names
    text = "The Council runs a Children Under Five Service."
    assert any("Under Five" in m.name for m in find_mentions(text, 0, len(text)))


def test_as_required_by_the_act_is_the_passive_agents_duty():
    doc = read(
        "Eastvale Youth Justice Service is a statutory service set up under section 39 of the Crime and Disorder Act "
        "1998. The Youth Justice Plan is produced every year by Eastvale Borough Council, as required by section 40 "
        "of the Act, then goes to the Youth Justice Board.\n"
    )
    assert ("Eastvale Borough Council", "Crime and Disorder Act 1998") in of(doc, "statutory_duty")


def test_as_required_by_is_not_the_adviser_named_nearest():
    doc = read(
        "A Safeguarding Adults Review is commissioned by the Holmbury Safeguarding Adults Board on the advice of "
        "the Holmbury Case Review Group, as required by section 44 of the Care Act 2014.\n"
    )
    duties = of(doc, "statutory_duty")
    assert ("Holmbury Safeguarding Adults Board", "Care Act 2014") in duties
    assert ("Holmbury Case Review Group", "Care Act 2014") not in duties


def test_a_wrapped_item_does_not_end_its_list():
    doc = read(
        "The Safer Fernley Partnership Board (\"the Board\") meets quarterly.\n\n"
        "6. Functions\n\n"
        "The Board will:\n"
        "  a) publish an annual Strategic Assessment and a Community Safety Plan (current plan:\n"
        "     Safer Fernley Community Safety Plan 2024-2027);\n"
        "  b) oversee the Fernley Community Safety Unit;\n"
        "  c) commission and conduct Domestic Homicide Reviews.\n"
    )
    overseen = {o for _, o in of(doc, "oversees")}
    assert "Fernley Community Safety Unit" in overseen
    assert not any(o.lower().startswith("and ") for _, o in of(doc, "commissions"))


def test_a_numbered_paragraph_opens_the_lettered_list_under_it():
    doc = read(
        "2. Purpose\n\n"
        "2.1 The Dunmore Community Safety Partnership will:\n"
        "   a) agree the partnership plan and refresh it every year;\n"
        "   b) oversee the joint strategic assessment, which the police analyst\n"
        "      writes for the Partnership;\n"
        "   c) hold the sub-groups to account for delivery against the plan;\n"
        "   d) carry out the Domestic Homicide Review function for both councils.\n\n"
        "5.1 The Dunmore Hate Crime Group and the Dunmore Youth Safety Group are sub-groups of the Dunmore Community "
        "Safety Partnership.\n"
    )
    overseen = {o for s, o in of(doc, "oversees") if s == "Dunmore Community Safety Partnership"}
    assert {"Dunmore Hate Crime Group", "Dunmore Youth Safety Group"} <= overseen
    assert not any(o.lower().endswith("groups") for o in overseen)  # the named groups, not "sub-groups"
    remit = {o for s, o in of(doc, "responsible_for") if s == "Dunmore Community Safety Partnership"}
    assert "Domestic Homicide Review function" in remit


def test_overseeing_the_allocation_of_a_grant_oversees_the_grant():
    doc = read(
        "The Holmbury Partnership Board will:\n"
        "  a) oversee the allocation of the Commissioner's Community Safety Fund to local projects;\n"
        "  b) agree the use of the Holmbury Prevention Grant each year.\n"
    )
    assert ("Holmbury Partnership Board", "Community Safety Fund") in of(doc, "oversees")


def test_a_record_box_of_groups_gives_their_leads_and_duties():
    doc = read(
        "Safer Westmoor Partnership - sub-groups\n\n"
        " ________________________________________________________________\n"
        "|  Sub-group:   Westmoor Night Time Economy Group                 |\n"
        "|  Lead:        Westmoor Police, Westmoor Town Inspector          |\n"
        "|  Purpose:     Safety in the town centre at night                |\n"
        "|----------------------------------------------------------------|\n"
        "|  Sub-group:   Westmoor Serious Violence Group                   |\n"
        "|  Lead:        Westmoor Borough Council                          |\n"
        "|  Purpose:     Serious Violence Duty, local strategy and needs   |\n"
        "|________________________________________________________________|\n"
    )
    led = of(doc, "led_by")
    assert ("Westmoor Serious Violence Group", "Westmoor Borough Council") in led
    assert any(s == "Westmoor Night Time Economy Group" and o.startswith("Westmoor Town Inspector") for s, o in led)
    assert ("Westmoor Serious Violence Group", "Serious Violence Duty") in of(doc, "responsible_for")
    assert not {s for s, _ in of(doc, "responsible_for") if s == "Westmoor Night Time Economy Group"}


def test_priorities_named_by_their_number():
    doc = read(
        "In its Annual Plan 2023-24 the Eastmoor Safeguarding Board set three strategic priorities:\n\n"
        "1. Neglect of older people\n"
        "2. Online harm\n"
        "3. Transitions into adulthood\n\n"
        "Priority 1 was led by the Eastmoor Adult Practice Group, chaired by DCI Aled Pryor; Priorities 2 and 3 "
        "were led by the Eastmoor Learning Sub-Group.\n"
    )
    led = of(doc, "led_by")
    assert ("Neglect of older people", "Eastmoor Adult Practice Group") in led
    assert ("Online harm", "Eastmoor Learning Sub-Group") in led
    assert ("Transitions into adulthood", "Eastmoor Learning Sub-Group") in led


def test_priorities_named_by_their_letter():
    doc = read(
        "The Northmoor Community Safety Plan 2024-2027 set three priorities:\n"
        "(a) Knife crime and exploitation;\n"
        "(b) Hate crime;\n"
        "(c) Anti-social behaviour in the town centre.\n\n"
        "It was reported that the Northmoor Youth Violence Group, which is chaired by Inspector Gwen Alder, led on "
        "priority (a) and that the Northmoor Hate Crime Forum - chaired by the Council's Equalities Lead - led on "
        "priority (b). Priority (c) was delivered through the Northmoor Problem Solving Group.\n"
    )
    led = {(s.casefold(), o) for s, o in of(doc, "led_by")}
    assert ("knife crime and exploitation", "Northmoor Youth Violence Group") in led
    assert ("hate crime", "Northmoor Hate Crime Forum") in led
    assert any(s == "Northmoor Problem Solving Group" and o.casefold().startswith("anti-social behaviour")
               for s, o in of(doc, "delivers"))


def test_a_priority_number_past_the_list_is_not_read():
    doc = read(
        "The Board set two priorities:\n\n1. Rural crime\n2. Road safety\n\n"
        "Priority 4 was led by the Southmoor Roads Group.\n"
    )
    assert not of(doc, "led_by")


def test_it_is_the_statutory_partnership_under_sections_of_the_act():
    doc = read(
        "1.1 The Fenmoor and Ashby Community Safety Partnership was formed in 2015 when two partnerships merged. It "
        "covers both districts and is the statutory crime and disorder partnership for both areas under sections 5 "
        "and 6 of the Crime and Disorder Act 1998.\n"
    )
    assert ("Fenmoor and Ashby Community Safety Partnership", "Crime and Disorder Act 1998") in of(
        doc, "statutory_duty")


def test_a_group_that_leads_a_topic_is_responsible_for_it():
    doc = read("The Safer Hartley Delivery Group leads the community safety work of the Partnership.\n")
    assert ("Safer Hartley Delivery Group", "Community Safety") in of(doc, "responsible_for")
    assert not of(doc, "led_by")


def test_the_service_alone_is_the_service_named_before():
    doc = read(
        "4.1 Eastholme Youth Justice Service is a statutory multi-agency service. The service is overseen by the "
        "Eastholme Youth Justice Management Board, which meets every two months.\n"
    )
    assert ("Eastholme Youth Justice Management Board", "Eastholme Youth Justice Service") in of(doc, "oversees")


def test_the_hub_alone_with_no_hub_named_gives_nothing():
    doc = read("The Partnership met in June. The hub is managed by the Fernley Community Safety Team.\n")
    assert not of(doc, "oversees")


def test_a_body_named_as_the_role_an_act_provides_for_holds_the_duty():
    doc = read(
        "Safer Ashby Partnership\n\n"
        "3.1 Ivo Marsh introduced the report. The Safer Ashby Partnership (SAP) is the Community Safety Partnership "
        "for the district under section 5 of the Crime and Disorder Act 1998 and covers the whole district.\n\n"
        "3.2 The partnership has two boards:\n"
        "- Harbury Violence Board, chaired by the Head of Community Safety\n"
        "- Harbury Domestic Abuse Board (the Domestic Abuse Local Partnership Board constituted under Part 4 of the "
        "Domestic Abuse Act 2021), whose chair is the Director of Housing\n\n"
        "3.3 The plan is scrutinised by the Communities Scrutiny Committee, acting as the borough's crime and "
        "disorder committee under section 19 of the Police and Justice Act 2006.\n"
    )
    duties = of(doc, "statutory_duty")
    assert ("Safer Ashby Partnership", "Crime and Disorder Act 1998") in duties
    assert ("Harbury Domestic Abuse Board", "Domestic Abuse Act 2021") in duties
    assert ("Communities Scrutiny Committee", "Police and Justice Act 2006") in duties


def test_the_board_a_council_must_establish_and_the_council_both_hold_the_duty():
    doc = read("The Kelsey Safeguarding Adults Board is the board that Kelsey County Council must set up under "
               "section 43 of the Care Act 2014.\n")
    duties = of(doc, "statutory_duty")
    assert ("Kelsey Safeguarding Adults Board", "Care Act 2014") in duties
    assert ("Kelsey County Council", "Care Act 2014") in duties


def test_a_body_that_works_under_an_act_is_not_named_as_a_role():
    doc = read("The Ashby Youth Forum is the group that meets under the chairmanship of the Mayor of Ashby, "
               "and the Council works under the Crime and Disorder Act 1998.\n")
    assert not {s for s, _ in of(doc, "statutory_duty") if "Forum" in s}


HEAD = "Safer Tarnwick Partnership\n\nMinutes of the meeting held on 12 March 2024\n\n"


def test_responsible_for_a_lower_case_phrase_is_a_topic_cut_where_a_place_begins():
    doc = read(HEAD + "The Kelsey Road Safety Forum is responsible for road casualty reduction on rural roads.\n")
    assert ("Kelsey Road Safety Forum", "Road casualty reduction") in of(doc, "responsible_for")


def test_responsibility_that_sits_with_a_body_or_post():
    doc = read(HEAD + "Responsibility for delivering the Serious Violence Duty in Tarnwick sits with the Tarnwick "
               "Violence Reduction Board.\n\nResponsibility for the Channel Panel remains with the Director of "
               "Children's Services.\n")
    facts = of(doc, "responsible_for")
    assert ("Tarnwick Violence Reduction Board", "Serious Violence Duty") in facts
    assert any(s.startswith("Director of Children's Services") and o.endswith("Channel Panel") for s, o in facts)


def test_a_topic_that_is_the_responsibility_of_a_board():
    doc = read(HEAD + "Street drinking in the town centre is the responsibility of the Harbury Town Centre Group, "
               "chaired by Ola Brandt.\n")
    assert ("Harbury Town Centre Group", "Street drinking") in of(doc, "responsible_for")


def test_a_phrase_a_relative_clause_completes_or_a_clause_apart_gives_no_remit():
    doc = read(HEAD + "The Board is responsible for making the key decisions that keep adults safe.\n\n"
               "The Director has responsibility for all council directorates, although co-ordination sits with "
               "the Tarnwick Community Safety Team.\n")
    assert not of(doc, "responsible_for")


def test_a_body_named_as_the_partnership_for_a_topic_is_responsible_for_it():
    doc = read(HEAD + "The Kelsey Combating Drugs Partnership was set up in 2022. It is the single strategic "
               "partnership for substance misuse in Kelsey.\n\nThe Harbury Crime and Drugs Partnership (HCDP) is "
               "the community safety partnership for Harbury. Since 2023 it has also led on drugs, and it is the "
               "named partnership for the Serious Violence Duty in Harbury.\n")
    facts = of(doc, "responsible_for")
    assert any(s == "Kelsey Combating Drugs Partnership" for s, _ in facts)
    assert ("Harbury Crime and Drugs Partnership", "Serious Violence Duty") in facts


def test_a_partnership_for_an_area_or_a_forum_for_a_purpose_is_no_remit():
    doc = read(HEAD + "The Harbury Forum is the main forum for partners to share information.\n\n"
               "The Safer Kelsey Partnership is the partnership for the whole district.\n")
    assert not of(doc, "responsible_for")
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kent County Council report\n\nThe role of the Domestic Abuse Commissioner was created under the Domestic "
         "Abuse Act 2021.\n", ("Domestic Abuse Commissioner", "Domestic Abuse Act 2021")),
        ("Harrow Council briefing\n\nThe post of Police and Crime Commissioner was created under the Police Reform "
         "and Social Responsibility Act 2011.\n",
         ("Police and Crime Commissioner", "Police Reform and Social Responsibility Act 2011")),
        ("Cardiff Council\n\nThe office of the Victims' Commissioner was first set up under the Domestic Violence, "
         "Crime and Victims Act 2004.\n", ("Victims' Commissioner", "Domestic Violence, Crime and Victims Act 2004")),
    ],
)
def test_an_office_created_under_an_act_has_its_duty(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    post, act = expected
    assert any(s.startswith(post) and o == act for s, o in of(doc, "statutory_duty"))


def test_a_post_named_after_the_body_set_up_is_not_what_was_set_up() -> None:
    doc = read("Kent County Council report\n\nThe panel, which the Chief Executive chairs, was set up under the "
               "Crime and Disorder Act 1998.\n")
    assert not any(s.startswith("Chief Executive") for s, _ in of(doc, "statutory_duty"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kent County Council\n\nResponsibility for the Serious Violence Duty sits with the Kent Prevent Board.\n",
         ("Kent Prevent Board", "Serious Violence Duty")),
        ("Leeds City Council\n\nThe Domestic Abuse Strategy rests with the Safer Leeds Executive.\n",
         ("Safer Leeds Executive", "Domestic Abuse Strategy")),
    ],
)
def test_a_named_duty_or_paper_that_sits_with_a_body(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    holder, task = expected
    assert any(s == holder and o.endswith(task) for s, o in of(doc, "responsible_for"))




ACT_ITEMS = """Safer Kelsey Partnership

Terms of Reference

1.2 The Partnership will:
    a) prepare and keep under review a Community Safety Plan;
    b) set protocols for sharing data under s.115 of the Crime and Disorder Act 1998;
    c) play its part as a specified authority under the Serious Violence Duty;
    d) commission a Domestic Homicide Review whenever a death meets the criteria, in line with the Domestic
       Violence, Crime and Victims Act 2004.
"""


def test_what_a_remit_item_does_under_an_act_or_a_named_duty_is_its_owner_s_duty():
    duties = of(read(ACT_ITEMS), "statutory_duty")
    assert ("Safer Kelsey Partnership", "Domestic Violence, Crime and Victims Act 2004") in duties
    assert ("Safer Kelsey Partnership", "Crime and Disorder Act 1998") in duties
    assert ("Safer Kelsey Partnership", "Serious Violence Duty") in duties


def test_an_act_after_another_body_in_the_sentence_is_not_the_subject_s():
    doc = read(HEAD + "The Safer Harbury Partnership reports each year to the Harbury Communities Committee, in its "
               "role as crime and disorder committee under section 19 of the Police and Justice Act 2006.\n")
    assert not {s for s, _ in of(doc, "statutory_duty") if s == "Safer Harbury Partnership"}


def test_the_responsible_authorities_act_as_the_paper_s_one_partnership():
    doc = read("Kelsey Borough Council\n\nCabinet report: Community Safety Strategy 2025-2028\n\n"
               "1.1 The Safer Kelsey Partnership is the community safety partnership for the borough.\n\n"
               "2.1 Under the Crime and Disorder Act 1998 (section 6) the responsible authorities have to agree "
               "and carry out a strategy for reducing crime and disorder.\n")
    assert ("Safer Kelsey Partnership", "Crime and Disorder Act 1998") in of(doc, "statutory_duty")


def test_responsible_authorities_in_a_paper_of_two_partnerships_name_neither():
    doc = read("Kelsey Borough Council\n\nThe Safer Kelsey Partnership and the Safer Harbury Partnership met "
               "jointly.\n\nThe responsible authorities must, by section 6 of the Crime and Disorder Act 1998, "
               "formulate a strategy.\n")
    assert not {s for s, _ in of(doc, "statutory_duty") if s.startswith("Safer ")}


def test_the_service_alone_after_oversees_is_the_service_named_before():
    doc = read("Kelsey Youth Justice Plan 2024-25\n\n1. The Kelsey Youth Justice Service (KYJS) works with children "
               "aged 10 to 17.\n\n2. The Kelsey Youth Justice Management Board oversees the service and holds it to "
               "account for performance.\n")
    assert ("Kelsey Youth Justice Management Board", "Kelsey Youth Justice Service") in of(doc, "oversees")


def test_the_service_alone_with_no_service_named_is_overseen_by_no_one():
    doc = read("Kelsey Youth Justice Plan 2024-25\n\nThe Kelsey Youth Justice Management Board oversees the "
               "service and meets each quarter.\n")
    assert not of(doc, "oversees")


def test_the_same_act_named_again_by_its_section_binds_the_one_it_requires():
    doc = read("Kelsey County Council\n\nPrevent annual report\n\n2.1 The Prevent duty is set out in the "
               "Counter-Terrorism and Security Act 2015.\n\n2.2 Section 36 of the same Act requires Kelsey County "
               "Council to have a panel to support people at risk.\n")
    assert ("Kelsey County Council", "Counter-Terrorism and Security Act 2015") in of(doc, "statutory_duty")


@pytest.mark.parametrize("verb", ["is now", "is also", "remains formally"])
def test_an_adverb_after_the_verb_keeps_the_partnership_for_a_duty(verb: str) -> None:
    doc = read(f"Wyre Forest District Council\n\nScrutiny briefing\n\nThe Wyre Forest Community Safety Partnership "
               f"{verb} the specified partnership for the Serious Violence Duty in the district.\n")
    assert ("Wyre Forest Community Safety Partnership", "Serious Violence Duty") in of(doc, "responsible_for")


@pytest.mark.parametrize("text, mayor, area", [
    # a cabinet report's numbered background paragraph
    ("2.3 The Mayor of South Yorkshire exercises the functions of the police and crime commissioner for "
     "South Yorkshire, and since 2024 funds the partnership's analyst post.\n", "Mayor of South Yorkshire",
     "South Yorkshire"),
    # a terms of reference's relative clause, in the text's own words
    ("The annual report is sent to the Mayor of West Yorkshire, who now holds the policing and crime functions for "
     "the county.\n", "Mayor of West Yorkshire", "West Yorkshire"),
    # a decision notice's passive, the area named
    ("1. The police and crime commissioner functions for Greater Manchester are now exercised by the Mayor of "
     "Greater Manchester.\n", "Mayor of Greater Manchester", "Greater Manchester"),
])
def test_a_mayor_holding_the_commissioner_s_functions(text: str, mayor: str, area: str):
    doc = read(text)
    assert_evidence_quotes(doc)
    assert {o.casefold() for s, o in of(doc, "responsible_for") if s == mayor} & {
        "police and crime commissioner functions", "policing and crime functions"}
    assert (mayor, area) in of(doc, "covers_area")


@pytest.mark.parametrize("text", [
    # a deputy acts for the mayor: the functions are not the deputy's own
    "The Deputy Mayor for Policing and Crime exercises the functions of the police and crime commissioner.\n",
    # a council holds no commissioner's functions
    "Leeds City Council exercises the functions of the police and crime commissioner's panel host.\n",
])
def test_no_commissioner_s_office_holds_no_functions(text: str):
    assert not {o for _, o in of(read(text), "responsible_for") if "functions" in o.casefold()}


def test_each_council_s_committee_is_named_for_its_own_council():
    # the paper is Powys's: the committee the list places in Ceredigion is not given Powys's name
    doc = read("Source: https://www.powys.gov.uk/article/3381/Community-Safety-Partnership\n\n"
               "Joint Community Safety Partnership for Powys and Ceredigion\n\n"
               "4. Each council's own crime and disorder committee will examine the joint plan: in Powys the Health "
               "and Care Scrutiny Committee, and in Ceredigion the Thriving Communities Scrutiny Committee.\n")
    found = {s for s, o in of(doc, "responsible_for") if o == "Crime and disorder scrutiny"}
    assert "Ceredigion Thriving Communities Scrutiny Committee" in found
    assert not any(s.startswith("Powys") and "Thriving" in s for s in found)


# The Act binding every council in general, in one council's paper: the paper's council holds the duty
@pytest.mark.parametrize("header, sentence, council, law, qualifier", [
    ("Kelsey County Council\n\nChannel Panel: terms of reference\n\n",
     "1. Section 36 of the Counter-Terrorism and Security Act 2015 requires every local authority in England and "
     "Wales to keep a panel for its area.\n", "Kelsey County Council", "Counter-Terrorism and Security Act 2015",
     "s.36"),
    ("Dunmere Borough Council\n\nSafeguarding Adults Board annual report\n\n",
     "Under section 43 of the Care Act 2014 each local authority must set up a board for adults at risk.\n",
     "Dunmere Borough Council", "Care Act 2014", "s.43"),
    ("Wyre Forest District Council\n\nPrevent page\n\n",
     "Our Channel Panel works to the Counter-Terrorism and Security Act 2015, which places a statutory duty on "
     "each local authority to see that a panel meets.\n", "Wyre Forest District Council",
     "Counter-Terrorism and Security Act 2015", None),
    ("Kelsey County Council\n\nScrutiny note\n\n",
     "| Background | Section 19 of the Police and Justice Act 2006 requires every council to name a committee for "
     "crime and disorder scrutiny. |\n", "Kelsey County Council", "Police and Justice Act 2006", "s.19"),
])
def test_an_act_binding_every_council_binds_the_paper_s_council(header, sentence, council, law, qualifier):
    doc = read(header + sentence)
    assert (council, law) in of(doc, "statutory_duty")
    assert {f.qualifier for f in doc.facts if f.relation == "statutory_duty" and f.subject.name == council} == \
        {qualifier}
    assert_evidence_quotes(doc)


@pytest.mark.parametrize("sentence", [
    # an area bound sets up a partnership: the council is not what the Act binds here
    "The Crime and Disorder Act 1998 required every local authority area to set up a partnership.\n",
    # the council first in a list of partners: the duty is the whole list's
    "We exist because of the Crime and Disorder Act 1998, which places a duty on the council, the police, the "
    "fire service and probation to co-operate.\n",
])
def test_an_area_or_a_list_of_partners_binds_no_council_alone(sentence):
    doc = read("Dunmere Borough Council\n\nPartnership page\n\n" + sentence)
    assert ("Dunmere Borough Council", "Crime and Disorder Act 1998") not in of(doc, "statutory_duty")


def test_an_act_binding_every_council_binds_none_in_a_paper_of_no_council():
    doc = read("Notes of a regional meeting\n\nSection 36 of the Counter-Terrorism and Security Act 2015 requires "
               "every local authority to keep a panel.\n")
    assert not {s for s, o in of(doc, "statutory_duty") if o == "Counter-Terrorism and Security Act 2015"}


# "s. 26": the full stop of a section mark ends no sentence, so the duty's holder and its Act stay together
@pytest.mark.parametrize("sentence, holder", [
    ("Dunmere Borough Council has a legal duty under s. 26 of the Counter-Terrorism and Security Act 2015 to "
     "think about radicalisation.\n", "Dunmere Borough Council"),
    ("Under s. 26 of the Counter-Terrorism and Security Act 2015, the Council must weigh the risk of people "
     "being drawn into terrorism.\n", "Dunmere Borough Council"),
    ("The Council's Prevent Lead, Ms R Okoro, said the Council has a duty under ss. 26 and 36 of the "
     "Counter-Terrorism and Security Act 2015.\n", "Dunmere Borough Council"),
])
def test_a_section_mark_with_a_full_stop_ends_no_sentence(sentence, holder):
    doc = read("Dunmere Borough Council\n\nPrevent\n\n" + sentence)
    assert (holder, "Counter-Terrorism and Security Act 2015") in of(doc, "statutory_duty")


# "Under the Act the council must have a panel": the council holds the duty; the panel is what it must have
@pytest.mark.parametrize("header, sentence, council, panel", [
    ("Kelsey County Council\n\nPrevent and Channel\n\n",
     "Under section 36 of the Counter-Terrorism and Security Act 2015 the county council must also have a "
     "Channel panel.\n",
     "Kelsey County Council", "Kelsey Channel Panel"),
    ("Dunmere Borough Council\n\nSafeguarding adults\n\n",
     "3.4 Under section 43 of the Care Act 2014 the council must establish a Safeguarding Adults Board.\n",
     "Dunmere Borough Council", "Dunmere Safeguarding Adults Board"),
    ("Wyre Forest District Council\n\nScrutiny\n\n",
     "| Duty | Under section 19 of the Police and Justice Act 2006 the council must have a Crime and Disorder "
     "Committee. |\n", "Wyre Forest District Council", "Wyre Forest Crime and Disorder Committee"),
])
def test_the_council_holds_the_duty_and_not_the_body_it_must_have(header, sentence, council, panel):
    duties = of(read(header + sentence), "statutory_duty")
    assert council in {s for s, _ in duties}
    assert not {s for s, _ in duties if s.casefold() == panel.casefold()}


def test_the_county_council_in_a_district_s_paper_is_not_the_paper_s_council():
    doc = read("Wyre Forest District Council\n\nPrevent\n\nUnder section 36 of the Counter-Terrorism and Security "
               "Act 2015 the county council must also have a Channel panel.\n")
    assert "Wyre Forest District Council" not in {s for s, _ in of(doc, "statutory_duty")}


# a commissioner's grants made under an Act are the Act's power used: the commissioner holds it
@pytest.mark.parametrize("sentence", [
    "2. Background\nThe Commissioner makes grants to the district partnerships under section 9 of the Police Reform "
    "and Social Responsibility Act 2011 to support the Police and Crime Plan.\n",
    "3.2 The Police and Crime Commissioner (PCC) has the statutory power under section 9 of the Police Reform "
    "and Social Responsibility Act 2011 to fund work that reduces crime.\n",
    "| Legal basis | Under section 9 of the Police Reform and Social Responsibility Act 2011 the Commissioner may make "
    "crime and disorder reduction grants to local bodies. |\n",
])
def test_a_commissioner_s_grants_under_an_act_are_its_power(sentence: str) -> None:
    doc = read("Police and Crime Commissioner for Kelsey\n\nDecision notice 2024/17\n\n" + sentence)
    assert ("Kelsey Police and Crime Commissioner", "Police Reform and Social Responsibility Act 2011") in \
        of(doc, "statutory_duty")
    assert {f.qualifier for f in doc.facts if f.relation == "statutory_duty"} == {"s.9"}
