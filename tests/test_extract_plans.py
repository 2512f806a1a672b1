"""Strategies, priorities and structure: whose priorities a sentence lists, what a body produces, which areas
it covers and where it sits. Every text here is written for the test, in the styles several councils use."""

from __future__ import annotations

from extract_helpers import of, read


def test_priorities_that_are_overseen_or_led_by_someone_list_no_priorities() -> None:
    # a passive verb after "priorities are" says who handles them; what follows is no list of topics
    texts = (
        "Report to: Rochdale Community Safety Partnership\n\nDelivery plans for the three priorities are overseen "
        "by the Partnership's Delivery Group, chaired by Wendell Ashby, which meets monthly and reports to the "
        "Board.\n",
        "Report to: Safer Ashford Partnership\n\nThe priorities of the Safer Ashford Partnership are led by the "
        "police, the council and the fire service.\n",
        "Report to: Dudley Community Safety Partnership\n\nThe new priorities were agreed by the Board, endorsed "
        "by the Cabinet and published in May.\n",
    )
    for text in texts:
        assert not of(read(text), "priority_of"), of(read(text), "priority_of")


def test_priorities_are_followed_by_topics_still_lists_them() -> None:
    doc = read("Report to: Safer Ashford Partnership\n\nThe Partnership's priorities are anti-social behaviour, "
               "burglary and hate crime.\n\nThe Commissioner's priorities, set out in her plan, of reducing burglary, "
               "cutting reoffending and supporting victims were noted.\n")
    topics = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert {"anti-social behaviour", "hate crime", "reducing burglary", "cutting reoffending"} <= topics


def test_a_priority_item_keeps_a_comma_that_only_goes_on_with_its_own_list() -> None:
    doc = read("Report to: Safer Sandwell Partnership\n\nOur priorities for 2025-26:\n\n"
               "1. Widening access to housing, training and jobs for young adults leaving care\n"
               "2. Keeping older residents safe from scams, doorstep fraud or cold calling\n"
               "3. Knife crime, including carrying in schools\n")
    topics = {s for s, _ in of(doc, "priority_of")}
    assert "Widening access to housing, training and jobs for young adults leaving care" in topics, topics
    assert "Keeping older residents safe from scams, doorstep fraud or cold calling" in topics, topics
    # the examples after "including" are not part of the priority's name
    assert not any(t.startswith("Knife crime, including") for t in topics), topics


def test_a_priority_item_of_a_dozen_words_is_kept_and_a_sentence_is_not() -> None:
    doc = read("Report to: Safer Medway Partnership\n\nOur priorities for 2024-2027:\n\n"
               "- Protecting residents and visitors from serious violence and organised criminal gangs\n"
               "- We will work with every school, college, landlord and business in the towns to make sure that "
               "young people know where to go for help\n")
    topics = {s for s, _ in of(doc, "priority_of")}
    assert "Protecting residents and visitors from serious violence and organised criminal gangs" in topics, topics
    assert not any(t.startswith("We will work") for t in topics), topics


def test_priorities_picked_out_with_a_paper_the_body_made_are_the_papers_or_nobodys() -> None:
    # the line names the paper only as "this strategy": when no earlier name says which, nothing is kept
    doc = read("Report to: Derby Community Safety Partnership\n\nIn response, the Safer Derby Partnership has "
               "developed this strategy and has chosen three priority areas, with a focus on:\n"
               "- Young people's safety at night\n- Reducing repeat victimisation\n- Safer parks and open spaces\n")
    assert not of(doc, "priority_of"), of(doc, "priority_of")
    named = read("Report to: Derby Community Safety Partnership\n\nThe Derby Community Safety Plan 2024-2027 "
                 "was agreed in March.\n\nThe Safer Derby Partnership has published its new plan, with three "
                 "priorities:\n- Young people's safety at night\n- Reducing repeat victimisation\n"
                 "- Safer parks and open spaces\n")
    owners = {o for _, o in of(named, "priority_of")}
    assert len(owners) == 1 and owners.pop().startswith("Derby Community Safety Plan"), owners


def test_the_agent_of_a_paper_set_in_commas_does_not_own_its_priorities() -> None:
    doc = read("Report to: Haringey Community Safety Partnership\n\nThe Haringey Hate Crime Strategy 2024-2027, "
               "drawn up by the Hate Crime Steering Group, names three priorities: reporting; support for "
               "victims; and community cohesion.\n")
    owners = {o for _, o in of(doc, "priority_of")}
    assert owners == {"Haringey Hate Crime Strategy 2024-2027"}, owners


def test_a_lettered_list_of_priorities_ends_where_numbered_paragraphs_go_on() -> None:
    doc = read("Report to: Safer Swindon Partnership\n\n5.1 The Swindon Community Safety Plan 2024-2027 was "
               "shaped by the Strategic Assessment. It sets three priorities:\n"
               "   a) reducing burglary and vehicle crime;\n"
               "   b) safer night-time economy;\n"
               "   c) tackling hate crime.\n\n"
               "5.2 Each priority has a named lead. The night-time economy priority is led by the Council's "
               "Licensing Team.\n\n"
               "5.3 The Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022) is met through the "
               "countywide partnership.\n")
    topics = {s for s, _ in of(doc, "priority_of")}
    assert "Reducing burglary and vehicle crime" in topics or "reducing burglary and vehicle crime" in topics, topics
    assert not any(t.startswith(("Each priority", "The Serious Violence Duty")) for t in topics), topics


def test_a_paper_being_prepared_or_launched_is_produced_by_who_does_it() -> None:
    doc = read("Report to: Safer Wirral Partnership\n\nThe Police and Crime Commissioner is currently preparing "
               "the Police and Crime Plan 2025-29.\n\nWirral Council marked White Ribbon Day by launching the "
               "Wirral Domestic Abuse Strategy 2025-2028.\n")
    produced = of(doc, "produces")
    assert any(s.endswith("Police and Crime Commissioner") and o.endswith("Police and Crime Plan 2025-29")
               for s, o in produced), produced
    assert any(o == "Wirral Domestic Abuse Strategy 2025-2028" for _, o in produced), produced


def test_a_paper_produced_every_year_by_a_team_is_that_teams() -> None:
    texts = ("Report to: Safer Wirral Partnership\n\nA Strategic Assessment of crime in the borough is produced "
             "every year by the Wirral Community Safety Team.\n",
             "Report to: Bolton Youth Justice Board\n\nThe Youth Justice Plan is prepared annually by Bolton "
             "Council, as the Act requires.\n")
    found = [of(read(t), "produces") for t in texts]
    assert any(s == "Wirral Community Safety Team" and "Strategic Assessment" in o for s, o in found[0]), found[0]
    assert any(s == "Bolton Council" and "Youth Justice Plan" in o for s, o in found[1]), found[1]


def test_a_ruled_table_of_sub_groups_gives_each_group_its_parent_chair_and_reporting_line() -> None:
    text = ("Report to: Safer Ipswich Partnership\n\n4.  Sub-groups\n\n"
            "4.1 The Safer Ipswich Partnership has the following sub-groups. Each sub-group reports to the "
            "Partnership at every meeting.\n\n"
            "  Sub-group                        | Chair                              | Meets\n"
            "  ---------------------------------|------------------------------------|-----------\n"
            "  Hate Crime Forum                 | Head of Communities, Ipswich       | monthly\n"
            "                                   | Borough Council                    |\n"
            "  Youth Violence Group             | Suffolk Police Superintendent      | quarterly\n"
            "  Night Time Economy Group         | Ipswich BID Manager                | bi-monthly\n")
    doc = read(text)
    groups = {s.removeprefix("Ipswich ") for s, o in of(doc, "subgroup_of") if o == "Safer Ipswich Partnership"}
    assert {"Hate Crime Forum", "Youth Violence Group", "Night Time Economy Group"} <= groups, groups
    reporting = {s.removeprefix("Ipswich ") for s, o in of(doc, "reports_to") if o == "Safer Ipswich Partnership"}
    assert groups <= reporting, reporting
    chairs = {o.removeprefix("Ipswich "): s for s, o in of(doc, "chairs")}
    assert "Superintendent" in chairs.get("Youth Violence Group", ""), chairs
    # the wrapped chair cell goes with its own column, never into the group's name
    assert not any("Borough Council" in g for g in groups), groups


def test_two_groups_feeding_two_boards_respectively_are_paired_in_order() -> None:
    doc = read("Report to: Safer Swale Partnership\n\nThe Swale Reducing Reoffending Group and the Swale Youth "
               "Violence Group also report to the Kent Reducing Reoffending Board and the Kent Violence Reduction "
               "Unit respectively.\n")
    reports = of(doc, "reports_to")
    assert ("Swale Reducing Reoffending Group", "Kent Reducing Reoffending Board") in reports, reports
    assert ("Swale Youth Violence Group", "Kent Violence Reduction Unit") in reports, reports
    assert ("Swale Reducing Reoffending Group", "Kent Violence Reduction Unit") not in reports, reports
    assert ("Swale Youth Violence Group", "Kent Reducing Reoffending Board") not in reports, reports


def test_a_sub_group_named_in_an_apposition_and_a_second_reporting_line_after_a_frequency() -> None:
    doc = read("Report to: Safer Ealing Partnership Board\n\nThe Ealing Knife Crime Group, a sub-group of the "
               "Safer Ealing Partnership Board, met four times this year.\n\nThe Ealing VAWG Group reports to the "
               "Safer Ealing Partnership Board twice a year and to the Ealing Domestic Abuse Board.\n\n"
               "The Board set up a sub-group of officers to look at knife crime.\n")
    assert ("Ealing Knife Crime Group", "Safer Ealing Partnership Board") in of(doc, "subgroup_of")
    assert {("Ealing VAWG Group", "Safer Ealing Partnership Board"),
            ("Ealing VAWG Group", "Ealing Domestic Abuse Board")} <= of(doc, "reports_to"), of(doc, "reports_to")
    assert len(of(doc, "subgroup_of")) == 1, of(doc, "subgroup_of")


def test_a_paper_whose_producer_is_stated_is_not_also_given_to_the_body_its_name_carries() -> None:
    doc = read("Report to: Keeping Luton Safe Partnership (KLSP)\n\nThe KLSP Annual Report 2023-24 is produced by "
               "the KLSP Business Unit for the Executive.\n\n"
               "The Safer Dudley Partnership Annual Report 2021-22 was noted.\n")
    producers = {s for s, o in of(doc, "produces") if "Luton" in o or "KLSP" in o}
    assert producers == {"KLSP Business Unit"}, of(doc, "produces")
    # a paper nobody is said to produce keeps the owner its name carries
    assert ("Safer Dudley Partnership", "Safer Dudley Partnership Annual Report 2021-22") in of(doc, "produces")


def test_a_toolkit_filled_in_and_a_plan_named_only_by_its_kind_are_no_named_paper_produced() -> None:
    doc = read("Report to: Oldham Scrutiny Board\n\nThe Council had completed the Home Office Prevent Toolkit "
               "self-review, and an improvement plan had been agreed by the Oldham Prevent Steering Group.\n\n"
               "The Oldham Community Safety Partnership completed the Oldham Strategic Assessment 2024 in May.\n")
    produced = of(doc, "produces")
    # the Home Office, whose name the toolkit carries, wrote it; the council and the group did not
    assert not any("Toolkit" in o and s != "Home Office" for s, o in produced), produced
    assert ("Oldham Community Safety Partnership", "Oldham Strategic Assessment 2024") in produced, produced


def test_a_paper_of_a_named_body_is_that_bodys_and_minutes_are_nobodys_paper() -> None:
    doc = read("Report to: Suffolk Scrutiny Committee\n\nMembers considered the draft Safer Suffolk Plan 2025-2028 "
               "of the Suffolk County Community Safety Partnership.\n\nThe Committee noted the Action Plan 2024 "
               "of the Safer Ipswich Partnership.\n\nThe minutes of the Suffolk Police and Crime Panel were "
               "agreed.\n")
    produced = of(doc, "produces")
    assert any(s == "Suffolk County Community Safety Partnership" and "Safer Suffolk Plan 2025-2028" in o
               for s, o in produced), produced
    assert ("Safer Ipswich Partnership", "Safer Ipswich Partnership Action Plan 2024") in produced, produced
    assert not any(s == "Suffolk Police and Crime Panel" for s, _ in produced), produced


def test_a_piece_of_a_strategy_that_feeds_into_another_says_nothing_of_the_whole() -> None:
    doc = read("Report to: Safer Bury Partnership\n\nThe Bury Community Safety Strategy 2025-2028 has four "
               "priorities. The second priority of the Bury Community Safety Strategy 2025-2028 feeds into the "
               "Greater Manchester Serious Violence Strategy.\n\nThe Bury Hate Crime Plan feeds into the Bury "
               "Community Safety Strategy 2025-2028.\n")
    parts = of(doc, "part_of")
    assert ("Bury Community Safety Strategy 2025-2028", "Greater Manchester Serious Violence Strategy") not in parts
    assert ("Bury Hate Crime Plan", "Bury Community Safety Strategy 2025-2028") in parts, parts


def test_a_board_chaired_by_a_commissioner_and_working_across_an_area_covers_it_not_the_commissioner() -> None:
    doc = read("Report to: Safer Neath Board\n\nThe Board also links with the Dyfed Safer Communities Board, which "
               "is chaired by the Police and Crime Commissioner for Dyfed-Powys and co-ordinates community "
               "safety work across the four Powys districts.\n")
    covers = of(doc, "covers_area")
    assert ("Dyfed Safer Communities Board", "Powys") in covers, covers
    assert not any("Commissioner" in s for s, _ in covers), covers


def test_a_post_funded_to_cover_an_area_gives_the_area_to_nobody_named() -> None:
    doc = read("Report to: Kent Police and Crime Panel\n\nThe Commissioner is asked to award £7,200 to Kent Farm "
               "Watch CIC for a part-time co-ordinator covering Ashford and Swale.\n\nSafer Swale, a partnership "
               "covering Swale and Faversham, met in May.\n")
    covers = of(doc, "covers_area")
    assert not any(s == "Kent Farm Watch CIC" for s, _ in covers), covers
    assert ("Safer Swale", "Swale") in covers, covers


def test_which_after_a_groups_chair_speaks_of_the_group() -> None:
    doc = read("Report to: Bolton Community Safety Partnership Board\n\nThe action plans are overseen by the "
               "Bolton Delivery Group, chaired by Ravi Oduya, which meets every six weeks and reports to the "
               "Bolton Community Safety Partnership Board quarterly.\n")
    reports = of(doc, "reports_to")
    assert ("Bolton Delivery Group", "Bolton Community Safety Partnership Board") in reports, reports
    assert not any(s == "Ravi Oduya" for s, _ in reports), reports


def test_reporting_to_a_councils_own_committee_is_to_the_committee_not_the_council() -> None:
    doc = read("Report to: Safer Dartford Partnership Board\n\nThe Safer Dartford Partnership Board reports "
               "annually to Dartford Borough Council's Communities, Housing and Environment Scrutiny "
               "Committee.\n")
    targets = {o for _, o in of(doc, "reports_to")}
    assert any(o.endswith("Communities, Housing and Environment Scrutiny Committee") for o in targets), targets
    assert "Dartford Borough Council" not in targets, targets


def test_a_team_that_covered_both_boroughs_covers_each() -> None:
    doc = read("Report to: Ealing Policy and Accountability Committee\n\nThe Ealing Prevent Team covered both the "
               "London Borough of Ealing and the London Borough of Hounslow as one area.\n")
    assert {("Ealing Prevent Team", "Ealing"), ("Ealing Prevent Team", "Hounslow")} <= of(doc, "covers_area")


def test_two_groups_each_with_its_chair_in_one_sentence_do_not_chair_each_other() -> None:
    doc = read("Report to: Bolton Youth Justice Management Board\n\nThe Bolton Youth Justice Management Board has "
               "two task and finish groups, "
               "both of which report to it: the Bolton Disproportionality Task Group, chaired by Ann Petrou, and "
               "the Bolton Education Task Group, chaired by Lee Marsh.\n")
    chairs = of(doc, "chairs")
    assert ("Ann Petrou", "Bolton Disproportionality Task Group") in chairs, chairs
    assert ("Lee Marsh", "Bolton Education Task Group") in chairs, chairs
    assert not any(s == "Bolton Education Task Group" for s, _ in chairs), chairs
    # the groups the Board "has" are its sub-groups as well as reporting to it
    assert {("Bolton Disproportionality Task Group", "Bolton Youth Justice Management Board"),
            ("Bolton Education Task Group", "Bolton Youth Justice Management Board")} <= of(doc, "subgroup_of")


def test_a_group_name_cut_at_its_own_comma_is_no_sub_group() -> None:
    doc = read("Report to: Wigan Youth Justice Board\n\nThe Wigan Youth Justice Board has two task groups, both "
               "of which report to it: the Wigan Disproportionality Task Group, chaired by Ann Petrou, and the "
               "Education, Training and Employment Task Group, chaired by Lee Marsh.\n")
    groups = {s for s, _ in of(doc, "subgroup_of")}
    assert "Wigan Disproportionality Task Group" in groups, groups
    assert not any(g.endswith("Education") for g in groups), groups


def test_each_sub_group_reports_to_a_group_which_reports_to_the_board() -> None:
    doc = read("Report to: Pan-Wessex Safeguarding Adults Board\n\nSub-groups:\n- Wessex SAR Sub-group\n"
               "- Wessex Training Sub-group\n\nEach sub-group reports to the Wessex SAB Executive Group, which "
               "reports to the Pan-Wessex Safeguarding Adults Board.\n")
    reports = of(doc, "reports_to")
    assert ("Wessex SAB Executive Group", "Pan-Wessex Safeguarding Adults Board") in reports, reports
    assert ("Wessex SAR Sub-group", "Wessex SAB Executive Group") in reports, reports


def test_priorities_parted_by_semicolons_keep_their_commas_and_drop_their_examples() -> None:
    doc = read("Report to: Safer Stockton Partnership\n\nThe Safer Stockton Partnership's priorities are: "
               "reducing burglary, theft and robbery; protecting older people, including from scams; and "
               "working with schools to prevent knife crime.\n")
    topics = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert "reducing burglary, theft and robbery" in topics, topics
    assert "protecting older people" in topics, topics
    assert not any(t.startswith("including") for t in topics), topics
