"""Rules kept to the form they were written for, on papers of kinds they were not written for: a second clause
after a semicolon whose subject has a modal verb ("the Deputy, when appointed, may chair") is no second chair of
the first clause, and the numbers a writer sets before the items of a run-on list ("(1) A; (2) B") are no words of
the items, nor is a topic inside an item a priority of its own."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_modal_clause_after_a_semicolon_names_no_second_chair() -> None:
    texts = (
        "Oakshire Performance Board\n\nThe Board sits every month and is chaired by the Commissioner; the Deputy "
        "Commissioner, when appointed, may chair in her absence.\n",
        "Wyvern Scrutiny Panel\n\nThe Panel is chaired by the Police and Crime Commissioner; the Chief Executive "
        "can chair any meeting the Commissioner cannot attend.\n",
    )
    for text in texts:
        chairs = of(read(text), "chairs")
        assert not any("Deputy" in s or "Chief Executive" in s for s, _ in chairs), chairs
        assert any(s.endswith("Commissioner") for s, _ in chairs), chairs


def test_numbered_items_of_a_run_on_list_lose_their_numbers() -> None:
    texts = (
        "Safer Oakshire Partnership\n\nThe Partnership has agreed three priorities: (1) reducing knife crime; (2) "
        "protecting young people from exploitation; and (3) tackling rural crime.\n",
        "Gwent Safer Communities Board\n\nThe Board has set three priorities: i) reducing knife crime; ii) protecting "
        "young people from exploitation; and iii) tackling rural crime.\n",
    )
    for text in texts:
        priorities = {s.casefold() for s, _ in of(read(text), "priority_of")}
        assert {"reducing knife crime", "protecting young people from exploitation",
                "tackling rural crime"} <= priorities, priorities
        assert not any(p.startswith(("(", "i")) for p in priorities), priorities


def test_a_topic_inside_a_listed_priority_is_not_a_priority_of_its_own() -> None:
    text = ("Safer Oakshire Partnership\n\nThe Partnership has agreed three priorities: (1) reducing knife crime; (2) "
            "improving survivor support; and (3) tackling rural crime.\n")
    priorities = {s.casefold() for s, _ in of(read(text), "priority_of")}
    assert "serious violence" not in priorities and "victim support" not in priorities, priorities


ASIDES = """Oakshire Police and Crime Commissioner - Annual Report 2023/24

4.3 The Oakshire Violence Reduction Unit (OVRU), hosted by the OPCC and led by its Director, Marcus Feld, received
£3.1 million from the Home Office in 2023/24.

4.4 The director reported that the Kestrel Unit for the Reduction of Violence (KURV), hosted by the OPCC, has been
granted £1,050,000 by the Home Office for 2025/26.
"""

WELSH_ASIDE = """Dyfed Safer Communities Board

The Tywi Youth Diversion Project, run by Carmarthenshire County Council and funded through the Board, received
£42,000 from the Welsh Government.
"""


def test_money_received_after_an_aside_goes_to_the_name_the_aside_is_about() -> None:
    funded = of(read(ASIDES), "funds")
    assert ("Home Office", "Oakshire Violence Reduction Unit") in funded, funded
    assert not any(o in ("Marcus Feld", "Director") or "Office of the" in o for _, o in funded), funded
    assert any(o.startswith("Kestrel Unit") for s, o in funded if s == "Home Office"), funded
    funded = of(read(WELSH_ASIDE), "funds")
    assert not any(o == "Carmarthenshire County Council" for _, o in funded), funded


def test_a_second_participle_of_an_aside_is_about_the_aside_s_name() -> None:
    led = of(read(ASIDES), "led_by")
    assert ("Oakshire Violence Reduction Unit", "Marcus Feld") in led, led
    assert not any("Office of the" in s for s, _ in led), led


def test_a_body_that_hosts_a_unit_does_not_deliver_it() -> None:
    delivered = of(read(ASIDES), "delivers")
    assert not any("Office of the" in s for s, _ in delivered), delivered
    text = ("Safer Wyvern Partnership\n\nThe Wyvern Community Safety Hub, hosted by the Council at the Civic Centre, "
            "brings together police and council officers.\n")
    assert not of(read(text), "delivers")


ORGANISATION_FIRST = """Northdale Hate Crime Board - Terms of Reference

4. Membership

| Organisation | Post | Named member |
|---|---|---|
| Northdale Borough Council | Head of Community Safety | Priya Lakhani |
| Northdale Fire and Rescue Service | Station Manager | Tom Edevane |
| Northdale Interfaith Forum | Coordinator | Rev. Ann Yelland |
"""


def test_an_organisation_column_before_the_person_names_their_organisation() -> None:
    members = of(read(ORGANISATION_FIRST), "member_of")
    assert ("Priya Lakhani", "Northdale Borough Council") in members, members
    assert ("Tom Edevane", "Northdale Fire and Rescue Service") in members, members
    posts = of(read(ORGANISATION_FIRST), "holds_post")
    assert any(s == "Priya Lakhani" and o.startswith("Head of Community Safety") for s, o in posts), posts


def test_a_second_predicate_after_a_chair_s_name_is_not_the_chair_s() -> None:
    text = ("Safer Oakshire Annual Report\n\nThe Oakshire Domestic Abuse Strategy is produced by the Oakshire Domestic "
            "Abuse Partnership Board. That Board is chaired by Melanie Grice and is a sub-group of Safer Oakshire.\n")
    doc = read(text)
    assert not any(s == "Melanie Grice" for s, _ in of(doc, "subgroup_of")), of(doc, "subgroup_of")
    assert ("Melanie Grice", "Oakshire Domestic Abuse Partnership Board") in of(doc, "chairs") or any(
        s == "Melanie Grice" for s, _ in of(doc, "chairs")), of(doc, "chairs")


PRODUCED = """Wyvern Police and Crime Scrutiny Board

The Chief Constable said the Force will produce a monthly performance report aligned to the Police and
Crime Plan.

The Board noted the Safer Wyvern Partnership's new Strategic Assessment 2025, which the Partnership produces each
year and which informs the Wyvern Community Safety Plan 2025-28.

The Tamside Drugs Partnership publishes an annual update against the National Combating Drugs Outcomes Framework.

The Partnership produces an annual report called the Safer Wyvern Review, and the Tamside Drugs Partnership
produces the Tamside Drugs Strategy 2024-2027.
"""


def test_a_paper_named_after_the_unnamed_one_produced_is_not_produced() -> None:
    produced = {o for _, o in of(read(PRODUCED), "produces")}
    assert not any("Police and Crime Plan" in o or "Community Safety Plan" in o or "Outcomes Framework" in o
                   for o in produced), produced
    assert {"Safer Wyvern Review", "Tamside Drugs Strategy 2024-2027"} <= produced, produced


def test_set_up_under_an_act_speaks_of_the_body_just_named_not_the_subject() -> None:
    texts = (
        "Wyvern Serious Violence Board\n\nThe Serious Violence Board is a thematic sub-group of Safer Wyvern, the "
        "Community Safety Partnership for Wyvern established under the Crime and Disorder Act 1998.\n",
        "Gwent Exploitation Group - Terms of Reference\n\nThe Exploitation Group sits under Safer Torfaen, the "
        "community safety partnership set up under the Crime and Disorder Act 1998.\n",
    )
    for text, partnership in zip(texts, ("Safer Wyvern", "Safer Torfaen"), strict=True):
        duties = of(read(text), "statutory_duty")
        assert (partnership, "Crime and Disorder Act 1998") in duties, duties
        assert not any(s.endswith(("Board", "Group")) for s, _ in duties), duties
    duties = of(read("Safer Tamside\n\nThe Safer Tamside Partnership was established under the Crime and Disorder "
                     "Act 1998.\n"), "statutory_duty")
    assert ("Safer Tamside Partnership", "Crime and Disorder Act 1998") in duties, duties


def test_an_open_question_states_no_fact() -> None:
    texts = (
        "Safer Wyvern Partnership Annual Report\n\nUnder section 9 of the Domestic Violence, Crime and Victims Act "
        "2004, the Safer Wyvern Partnership must decide whether to commission a Domestic Homicide Review when a "
        "death meets the criteria.\n",
        "Tamside Scrutiny Committee\n\nMembers asked whether the Tamside Business Crime Partnership should be "
        "represented on the Safer Tamside Partnership.\n",
        "Safer Wyvern Partnership\n\nThe Panel will decide whether the Youth Forum reports to the Partnership.\n",
    )
    for text in texts:
        doc = read(text)
        assert not of(doc, "commissions") and not of(doc, "member_of") and not of(doc, "reports_to"), \
            (of(doc, "commissions"), of(doc, "member_of"), of(doc, "reports_to"))
    doc = read("Safer Wyvern Partnership\n\nThe Youth Forum reports to the Partnership.\n")
    assert ("Youth Forum", "Safer Wyvern Partnership") in of(doc, "reports_to"), of(doc, "reports_to")


def test_the_agent_of_another_participle_after_a_sum_is_no_giver() -> None:
    text = ("Wyvern Modern Slavery Partnership Annual Report\n\nIn 2023/24 the Office of the Wyvern Police and Crime "
            "Commissioner awarded £35,000 to the Partnership for a Navigator post, hosted by Wyvern Women's Aid.\n")
    funded = of(read(text), "funds")
    assert not any(s == "Wyvern Women's Aid" for s, _ in funded), funded
    assert any(s.startswith("Office of the Wyvern Police") for s, _ in funded), funded
    text = ("Tamside Youth Diversion\n\nThe Kickstart Boxing project received £12,000 in 2024/25, funded by the "
            "Tamside Community Foundation.\n")
    funded = of(read(text), "funds")
    assert any(s == "Tamside Community Foundation" for s, _ in funded), funded


def test_a_body_that_is_someone_s_mechanism_for_holding_to_account_holds() -> None:
    texts = (
        "Wyvern Scrutiny and Performance Board\n\n1. Purpose\nThe Scrutiny and Performance Board is the "
        "Commissioner's chief mechanism for holding the Chief Constable to account.\n",
        "Tamside Policing Board\n\nThe Policing Board is the Mayor's main forum for holding the Chief Constable to "
        "account.\n",
    )
    for text in texts:
        overseen = of(read(text), "oversees")
        assert any(s.endswith("Board") and o == "Chief Constable" for s, o in overseen), overseen
        assert not any("Commissioner" in s or "Mayor" in s for s, _ in overseen), overseen


def test_a_route_named_as_a_kind_of_channel_is_not_reported_to() -> None:
    doc = read("Wyvern Criminal Justice Board\n\nThe Wyvern Board reports to the National Criminal Justice Board "
               "each year through the local Criminal Justice Partnerships network.\n")
    reported = of(doc, "reports_to")
    assert any(o == "National Criminal Justice Board" for _, o in reported), reported
    assert not any("Local Criminal Justice Partnership" in o for _, o in reported), reported
    doc = read("Safer Wyvern Partnership\n\nThe Youth Panel reports to the Safer Wyvern Partnership through the Wyvern "
               "Community Safety Executive.\n")
    assert ("Youth Panel", "Wyvern Community Safety Executive") in of(doc, "reports_to"), of(doc, "reports_to")


def test_a_chair_described_by_post_then_named_as_current_holder_is_the_person() -> None:
    texts = (
        ("Wyvern Serious and Organised Crime Board\n\n3. Chair\n\nThe Board is chaired by the Wyvern Police "
         "Superintendent for the Tamside local policing area, currently Superintendent Alys Brennan-Hart.\n",
         "Alys Brennan-Hart"),
        ("Gwent Exploitation Panel\n\nThe Panel is chaired by the Torfaen Council Head of Children's Services for the "
         "south of the county, at present Ifan Morgan-Jones.\n", "Ifan Morgan-Jones"),
    )
    for text, person in texts:
        chairs = of(read(text), "chairs")
        assert any(s == person for s, _ in chairs), chairs
        assert not any(" for the " in s for s, _ in chairs), chairs


SEATS = """Northdale Safer Neighbourhood Board

Minutes of the meeting held on 4 June 2025

PRESENT
Ruth Ashworth\tChair\tIndependent (community member)
Cllr Tom Edevane\tMember\tNorthdale Borough Council
Priya Lakhani\tMember\tNorthdale Youth Council
Dan Okoro\tService Manager\tNorthdale Recovery Services
"""


def test_a_seat_on_the_board_is_no_post_of_the_member_s_organisation() -> None:
    doc = read(SEATS)
    posts = of(doc, "holds_post")
    assert not any(o.startswith("Member") for _, o in posts), posts
    assert ("Dan Okoro", "Service Manager, Northdale Recovery Services") in posts, posts
    assert ("Priya Lakhani", "Northdale Youth Council") in of(doc, "member_of"), of(doc, "member_of")
