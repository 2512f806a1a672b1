"""Structure and delivery said in joined predicates and qualified kinds: "a standing sub-group of X", "is chaired
by P and is a sub-group of X" (P is not the sub-group), "funded by A and delivered by B", an item "Label: £N,
delivered by B", and "X, the community safety partnership for Y" as one body. Texts written for the tests; the
people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_qualified_sub_group_is_a_sub_group() -> None:
    doc = read("Safer Rotherfield Partnership\nAnnual Report\n\nThe Rotherfield Review Core Group is a standing "
               "sub-group of the Safer Rotherfield Partnership and meets every month.\n\nThe Rotherfield Exploitation "
               "Board is a thematic sub-group of the Safer Rotherfield Partnership.\n")
    subgroups = of(doc, "subgroup_of")
    assert ("Rotherfield Review Core Group", "Safer Rotherfield Partnership") in subgroups
    assert ("Rotherfield Exploitation Board", "Safer Rotherfield Partnership") in subgroups


def test_a_statutory_committee_of_a_partnership() -> None:
    doc = read("Armagh Policing and Community Safety Partnership\nMinutes\n\nThe Armagh PCSP Policing Committee is a "
               "statutory committee of the Armagh Policing and Community Safety Partnership.\n")
    assert ("Armagh PCSP Policing Committee", "Armagh Policing and Community Safety Partnership") in \
        of(doc, "subgroup_of")


def test_the_chair_named_before_and_is_no_sub_group() -> None:
    doc = read("Safer Rotherfield Partnership\nAnnual Report\n\nThe Rotherfield Domestic Abuse Board writes the "
               "strategy. That Board is chaired by Petra Vollmer and is a sub-group of the Safer Rotherfield "
               "Partnership.\n")
    assert not any(s == "Petra Vollmer" for s, _ in of(doc, "subgroup_of"))


def test_the_partnership_glossed_after_a_comma_is_one_body() -> None:
    doc = read("Gwent Fraud Board\nTerms of Reference\n\nThe Gwent Fraud Board is a sub-group of Safer Blaenau, the "
               "Community Safety Partnership for Blaenau Gwent established under the Crime and Disorder Act 1998.\n")
    subgroups = of(doc, "subgroup_of")
    assert ("Gwent Fraud Board", "Safer Blaenau") in subgroups
    assert not any(o.startswith("Community Safety Partnership") for _, o in subgroups)


def test_funded_by_one_and_delivered_by_another() -> None:
    doc = read("Teesdale Police and Crime Panel\nMinutes\n\n3. The panel heard about the Safer Streets Patrol "
               "programme, funded by the Home Office at £400,000 for 2024/25 and delivered by Durham Constabulary "
               "with the district councils.\n\n4. The \"Fresh Start\" mentoring programme, commissioned by the OPCC "
               "and delivered by Wearside Youth Trust, received £60,000.\n")
    delivered = of(doc, "delivers")
    assert ("Durham Constabulary", "Safer Streets Patrol programme") in delivered
    assert ("Wearside Youth Trust", "Fresh Start") in {(s, o.replace(" mentoring programme", "")) for s, o in delivered}


def test_an_allocation_item_label_is_the_service_delivered() -> None:
    doc = read("Fermanagh Policing and Community Safety Partnership\nMinutes\n\nMembers noted these allocations:\n"
               "  - Rural Crime Watch scheme: £21,000, delivered by\n    Erne Home Safety Service;\n"
               "  - Hub co-ordination: £9,000.\n")
    assert ("Erne Home Safety Service", "Rural Crime Watch scheme") in of(doc, "delivers")


def test_a_body_brought_in_with_a_reports_after_its_aside() -> None:
    doc = read("Redbridge Combating Drugs Partnership\nGovernance\n\nA Drug Deaths Review Panel, chaired by the "
               "Consultant in Public Health (Dr Ilse Marek), reviews every death and reports its learning to the "
               "Redbridge Treatment and Recovery Group.\n")
    assert ("Drug Deaths Review Panel", "Redbridge Treatment and Recovery Group") in \
        {(s.replace("Redbridge ", ""), o) for s, o in of(doc, "reports_to")}


def test_two_groups_denied_one_predicate_and_given_the_next() -> None:
    doc = read("Safer Hartwell Partnership Board\nReport\n\n3.2 The Hartwell Hate Crime Panel and the Hartwell "
               "Channel Panel are not sub-groups of the Partnership but report exceptions to the Board.\n\n"
               "3.3 The Hartwell Licensing Forum is not a sub-group of the Partnership and does not report to it.\n")
    reports = {s for s, _ in of(doc, "reports_to")}
    assert {"Hartwell Hate Crime Panel", "Hartwell Channel Panel"} <= reports
    assert "Hartwell Licensing Forum" not in reports
    assert not of(doc, "subgroup_of")


def test_a_route_named_as_a_network_is_no_body_reported_to() -> None:
    doc = read("Dorset Criminal Justice Board\nBusiness Plan\n\nThe Dorset Criminal Justice Board reports to the "
               "National Criminal Justice Board through the local Criminal Justice Partnerships network.\n")
    assert of(doc, "reports_to") == {("Dorset Criminal Justice Board", "National Criminal Justice Board")}


def test_monitored_by_is_overseen_by() -> None:
    doc = read("Safer Hartwell Partnership\nAnnual Report\n\nThe Hartwell Street Safety Plan is monitored by the "
               "Hartwell Night-Time Economy Group.\n")
    assert ("Hartwell Night-Time Economy Group", "Hartwell Street Safety Plan") in of(doc, "oversees")


def test_work_named_before_the_topic_delivered() -> None:
    doc = read("Hounslow Hate Crime Board\nTerms of Reference\n\nHounslow Council has given £14,000 for ASB mediation, "
               "delivered by Thameside Mediation CIC.\n")
    delivered = of(doc, "delivers")
    assert ("Thameside Mediation CIC", "ASB mediation") in delivered
    assert ("Thameside Mediation CIC", "Anti-Social Behaviour") not in delivered


def test_leading_the_refresh_of_a_paper_is_not_leading_the_paper() -> None:
    doc = read("Safer Islington Partnership\nMinutes\n\nThe Islington Violence Group leads the refresh of the "
               "Islington Serious Violence Needs Assessment.\n")
    assert not of(doc, "led_by")


def test_a_grade_before_a_name_and_the_holder_after_a_post() -> None:
    doc = read("Dyfed Fire and Rescue Service\nPartnerships\n\nOur prevention work is led by the Head of Prevention, "
               "Station Manager Tomasz Keller, who reports to the Assistant Chief Fire Officer (Operations), "
               "Gwyneth Rees.\n")
    assert of(doc, "reports_to") == {("Head of Prevention", "Assistant Chief Fire Officer (Operations)")}


def test_a_name_with_its_acronym_before_a_noun_is_a_modifier() -> None:
    doc = read("Solihull Combating Drugs Partnership\nAbout us\n\nThe partnership oversees the Local Treatment and "
               "Recovery Grant (LTRG) plan and the drug deaths review process.\n")
    assert not any(o == "Local Treatment and Recovery Grant" for _, o in of(doc, "oversees"))


def test_a_group_owned_by_an_acronym_of_a_partnership() -> None:
    doc = read("Basildon Community Safety Partnership (CSP)\nCabinet report\n\nThe order will be reviewed each year by "
               "the CSP's Street Drinking Tactical Group.\n")
    assert any(s.endswith("Street Drinking Tactical Group") and o == "Basildon Community Safety Partnership"
               for s, o in of(doc, "subgroup_of"))


def test_it_after_a_reported_clause_is_what_was_reported_on() -> None:
    doc = read("Causeway Policing and Community Safety Partnership\nMinutes\n\nMr Dunlop reported that the Causeway "
               "Youth Hub, a forum for young people at risk, is co-ordinated by the PCSP. It reports each quarter "
               "to the Causeway Policing Committee.\n")
    assert ("Causeway Youth Hub", "Causeway Policing Committee") in of(doc, "reports_to")


def test_two_service_words_joined_make_one_service() -> None:
    doc = read("Safer Gateshead Partnership\nReport to Scrutiny\n\n4.2 In 2023/24 the Partnership commissioned "
               "Tyneside Women's Refuge Trust to deliver the Gateshead domestic abuse outreach and refuge service.\n")
    assert ("Tyneside Women's Refuge Trust", "Gateshead domestic abuse outreach and refuge service") in \
        of(doc, "delivers")


def test_a_team_part_of_a_directorate_in_apposition() -> None:
    doc = read("West Sussex Community Safety Partnership\nAgreement\n\nThe Safer West Sussex Team (SWST), part of the "
               "County Council's Communities and Highways department, supports the Partnership.\n")
    parts = of(doc, "part_of")
    assert any(s == "Safer West Sussex Team" and o.endswith("Communities and Highways department") for s, o in parts)


def test_the_owners_means_of_holding_to_account_is_the_holder() -> None:
    doc = read("Lincolnshire Accountability Board\nTerms of Reference\n\nThe Lincolnshire Accountability Board is "
               "the Commissioner's chief mechanism for holding the Chief Constable to account.\n")
    overseen = of(doc, "oversees")
    assert ("Lincolnshire Accountability Board", "Chief Constable") in {(s, o.split(" of ")[0]) for s, o in overseen}
    assert not any("Commissioner" in s for s, _ in overseen)


def test_a_papers_author_set_aside_is_not_what_feeds_into_a_strategy() -> None:
    doc = read("Dudley Combating Drugs Partnership\nGovernance\n\nThe Dudley Drug Needs Assessment 2024, produced by "
               "the Public Health Intelligence Team, feeds into the Dudley Combating Drugs Strategy 2024-2027.\n")
    parts = of(doc, "part_of")
    assert ("Dudley Drug Needs Assessment 2024", "Dudley Combating Drugs Strategy 2024-2027") in parts
    assert not any("Team" in s for s, _ in parts)


def test_the_group_on_a_service_is_what_is_led() -> None:
    doc = read("Fenland Overview and Scrutiny Panel\nMinutes\n\nThe Chairman reported that two members would join a "
               "task and finish group on the Council's parking enforcement service, led by Councillor Ida Brandt.\n")
    assert not any(s.endswith("service") for s, _ in of(doc, "led_by"))


def test_monitoring_data_is_no_one_monitoring() -> None:
    doc = read("Medway Council Cabinet\nDecision\n\nThe grant from the Kent Police and Crime Commissioner is "
               "conditional on monitoring data being shared with the Medway Community Policing Team.\n")
    assert not of(doc, "oversees")


def test_updates_or_a_dotted_line_to_a_second_body() -> None:
    doc = read("Croydon Health and Wellbeing Board\nReport\n\nThe Croydon Drugs Partnership reports to the Croydon "
               "Health and Wellbeing Board, with quarterly updates to the Safer Croydon Partnership.\n\nThe Croydon "
               "Alcohol Group reports to the Croydon Drugs Partnership with a dotted line to the Safer Croydon "
               "Partnership.\n")
    reports = of(doc, "reports_to")
    assert ("Croydon Drugs Partnership", "Safer Croydon Partnership") in reports
    assert ("Croydon Alcohol Group", "Safer Croydon Partnership") in reports


def test_an_annual_summary_sent_is_a_report() -> None:
    doc = read("Stockton Reducing Reoffending Board\nTerms of Reference\n\nThe Stockton Reducing Reoffending Board "
               "also sends an annual summary to the Durham Reducing Reoffending Partnership Board.\n")
    assert ("Stockton Reducing Reoffending Board", "Durham Reducing Reoffending Partnership Board") in \
        of(doc, "reports_to")


def test_a_qualified_sub_group_in_apposition() -> None:
    doc = read("Newry Policing and Community Safety Partnership\nMinutes\n\nThe Newry Policing Committee, a statutory "
               "committee of the Newry Policing and Community Safety Partnership, met in June.\n")
    assert ("Newry Policing Committee", "Newry Policing and Community Safety Partnership") in of(doc, "subgroup_of")
