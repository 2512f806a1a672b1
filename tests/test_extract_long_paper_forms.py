"""Forms of long county reports and minutes: two papers joined by "and the", the force's Counter Terrorism
Local Profile by its acronym. Every text is written here, in several councils' styles."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


@pytest.mark.parametrize(
    "text, parts, whole",
    [
        ("Cumbria County Council report\n\nThe Strategic Assessment and the Prevent Toolkit have been "
         "incorporated into the Cumbria Prevent Action Plan.\n",
         {"Cumbria Strategic Assessment", "Cumbria Prevent Toolkit"}, "Cumbria Prevent Action Plan"),
        ("Torbay Council\n\nThe Torbay Drugs Strategy and the Night Time Economy Framework were incorporated "
         "into the Torbay Community Safety Plan.\n",
         {"Torbay Drugs Strategy", "Night Time Economy Framework"}, "Torbay Community Safety Plan"),
    ],
)
def test_and_the_between_two_papers_names_two_papers(text: str, parts: set[str], whole: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert {(p, whole) for p in parts} <= of(doc, "part_of"), of(doc, "part_of")


def test_a_paper_and_its_bare_kind_stay_one_paper() -> None:
    doc = read("Rutland County Council\n\nThe Safer Rutland Partnership produces the Rutland Prevent Strategy "
               "and Action Plan each year.\n")
    produced = {o for _, o in of(doc, "produces")}
    assert "Rutland Prevent Strategy and Action Plan" in produced, produced


def test_the_counter_terrorism_local_profile_by_its_acronym_is_a_paper() -> None:
    doc = read("Lincolnshire County Council\n\nThe 2022 CTLP has been incorporated into the Lincolnshire "
               "Prevent Delivery Plan.\n")
    assert_evidence_quotes(doc)
    assert ("CTLP", "Lincolnshire Prevent Delivery Plan") in of(doc, "part_of"), of(doc, "part_of")


def _grants(doc) -> set[tuple[str, str, object, str | None]]:
    return {(f.subject.name, f.object.name, f.amount, f.period) for f in doc.facts if f.relation == "funds"}


@pytest.mark.parametrize(
    "first, second",
    [
        ("Blackpool Council Cabinet report\n\nProjects funded by the Blackpool Community Safety Partnership\n\n"
         "Priority\tProject\tAmount\nAll\tBlackpool Youth Diversion Scheme\t£12,000\n"
         "Violence\tNight Safe Patrols Initiative\t£8,000\n\tTOTAL\t£20,000\n\n",
         "Looking ahead to 2024/25, the sums agreed are set out below.\nAll\tBlackpool Youth Diversion Scheme\t"
         "£14,000\nDrugs\tStreet Outreach Project – town centre\t£6,500\n\tTOTAL\t£20,500\n"),
        ("Wirral Council briefing\n\nSchemes funded by the Safer Wirral Partnership\n\n"
         "Theme\tScheme\tAward\nYouth\tWirral Youth Diversion Scheme\t£12,000\n"
         "Violence\tNight Safe Patrols Initiative\t£8,000\n\n",
         "For 2024/25 the Partnership has agreed the following, subject to the Commissioner's grant:"
         "Theme Scheme Award\nYouth\tWirral Youth Diversion Scheme\t£14,000\n"
         "Drugs\tStreet Outreach Project\t£6,500\n"),
    ],
)
def test_a_second_table_whose_header_was_lost_reads_as_the_first_one(first: str, second: str) -> None:
    doc = read(first + second)
    assert_evidence_quotes(doc)
    grants = _grants(doc)
    funder = next(iter(grants))[0]
    assert (funder, "Street Outreach Project", 6500, "2024/25") in grants, grants
    assert any(g[1].endswith("Youth Diversion Scheme") and g[2] == 14000 and g[3] == "2024/25" for g in grants)


def test_a_table_under_a_new_heading_does_not_continue_the_one_above() -> None:
    doc = read("Blackpool Council Cabinet report\n\nProjects funded by the Blackpool Community Safety Partnership\n\n"
               "Priority\tProject\tAmount\nAll\tBlackpool Youth Diversion Scheme\t£12,000\n"
               "Violence\tNight Safe Patrols Initiative\t£8,000\n\n"
               "Council budget 2024/25\n\nStaffing\tCommunity Safety Team\t£140,000\n"
               "Premises\tTown Hall Control Room\t£30,000\n")
    assert not any(g[2] in (140000, 30000) for g in _grants(doc)), _grants(doc)


@pytest.mark.parametrize(
    "text, chair, group",
    [
        ("Rother District Council\n\nAgencies represented on the Rother Partnership Board include:\n- Sussex Police\n"
         "- Warm Homes Together\n- East Sussex County Council\n\nGreener Streets Theme Group\n\nThis is chaired by "
         "Warm Homes Together, which is a registered charity.\n", "Warm Homes Together", "Greener Streets Theme Group"),
        ("Mendip District Council\n\nThe partners on the Mendip Community Safety Partnership are:\n- Avon and Somerset "
         "Constabulary\n- Second Step\n- Somerset Council\n\nThe Mendip Housing Forum is chaired by Second Step.\n",
         "Second Step", "Mendip Housing Forum"),
    ],
)
def test_a_brand_named_member_chairs_a_group(text: str, chair: str, group: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (chair, group) in of(doc, "chairs"), of(doc, "chairs")


def test_a_brand_name_never_listed_as_a_body_chairs_nothing() -> None:
    doc = read("Rother District Council\n\nGreener Streets Theme Group\n\nThis is chaired by Warm Homes Together, "
               "which is a registered charity.\n")
    assert not of(doc, "chairs"), of(doc, "chairs")


@pytest.mark.parametrize(
    "text, topic, owner",
    [
        ("Dorset Council\n\nDomestic abuse is a priority for the Dorset Community Safety Partnership.\n",
         "Domestic Abuse", "Dorset Community Safety Partnership"),
        ("Northamptonshire PCC\n\nThe force reviewed its threats. County lines was a priority for Northamptonshire "
         "Police and had a dedicated team.\n", "County Lines", "Northamptonshire Police"),
    ],
)
def test_a_topic_opening_a_sentence_is_read_as_the_topic(text: str, topic: str, owner: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (topic, owner) in of(doc, "priority_of"), of(doc, "priority_of")


@pytest.mark.parametrize(
    "text, holder, act",
    [
        ("Hampshire County Council report\n\nThe Health and Social Care Act 2012 also gives the Director of "
         "Public Health responsibility for the local authority's role in protecting health.\n",
         "Director of Public Health, Hampshire County Council", "Health and Social Care Act 2012"),
        ("Office of the Police and Crime Commissioner for Essex\n\nThe Police Reform and Social Responsibility "
         "Act 2011 gives the Commissioner a duty to consult victims.\n",
         "Essex Police and Crime Commissioner", "Police Reform and Social Responsibility Act 2011"),
    ],
)
def test_an_act_that_gives_a_post_a_responsibility_is_its_statutory_duty(text: str, holder: str, act: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (holder, act) in of(doc, "statutory_duty"), of(doc, "statutory_duty")


def test_an_act_that_gives_an_opportunity_lays_no_duty() -> None:
    doc = read("Sefton Council\n\nThe Levelling-up and Regeneration Act 2023 gives the Council new opportunities "
               "to work with partners.\n")
    assert not of(doc, "statutory_duty"), of(doc, "statutory_duty")


@pytest.mark.parametrize(
    "text, theme, word",
    [
        ("Kirklees Council\n\nThe Kirklees Communities Partnership has three priorities, which are:\n\n"
         "- Reducing Reoffending\n- Harm Reduction (including Anti-Social Behaviour, Safeguarding, Hate Crime and "
         "Community Cohesion)\n- Drugs and Alcohol\n", "Harm Reduction", "Safeguarding"),
        ("Halton Borough Council\n\nThe priorities of the Safer Halton Partnership are:\n\n- Serious Violence\n"
         "- Vulnerability (including Domestic Abuse, Exploitation and Modern Slavery)\n",
         "Vulnerability", "Exploitation"),
    ],
)
def test_a_capitalised_word_among_a_themes_sub_themes_is_a_sub_theme(text: str, theme: str, word: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (word, theme) in of(doc, "part_of"), of(doc, "part_of")


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Warwickshire County Council report\n\nThe Warwickshire Safer Communities Board has oversight of several "
         "priority areas. This is led by Public Health and meets quarterly.\n",
         ("Warwickshire Safer Communities Board", "led_by", "Warwickshire Public Health")),
        ("Wigan Council\n\nThe Wigan Drug and Alcohol Partnership is led by Public Health.\n",
         ("Wigan Drug and Alcohol Partnership", "led_by", "Wigan Public Health")),
    ],
)
def test_public_health_in_an_actors_slot_is_the_councils_team(text: str, fact: tuple[str, str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (fact[0], fact[2]) in of(doc, fact[1]), of(doc, fact[1])


def test_public_health_as_what_a_body_is_responsible_for_stays_the_field() -> None:
    doc = read("Suffolk County Council\n\nThe Suffolk Health and Wellbeing Board is responsible for public health "
               "and for social care.\n")
    assert not any("Public Health" in o and o != "Public Health" for _, o in of(doc, "responsible_for"))


@pytest.mark.parametrize(
    "text, owner, areas",
    [
        ("Oxfordshire County Council\n\nPartners must look beyond the county, supporting the Commissioner's remit "
         "which extends across Thames Valley and the Oxfordshire and Buckinghamshire integrated care footprint.\n",
         "Thames Valley Police and Crime Commissioner", {"Thames Valley"}),
        ("Worcestershire County Council\n\nThe North Worcestershire CSP covers Redditch, Bromsgrove and Wyre Forest "
         "districts.\n", "North Worcestershire Community Safety Partnership",
         {"Redditch", "Bromsgrove", "Wyre Forest"}),
    ],
)
def test_places_that_open_another_name_end_a_list_of_areas(text: str, owner: str, areas: set[str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert {o for s, o in of(doc, "covers_area") if s == owner} == areas, of(doc, "covers_area")


def test_a_body_responsible_for_conducting_a_review_without_a_verb_before() -> None:
    doc = read("Leeds City Council\n\nA Domestic Homicide Review (DHR) looks at a death. Reviews became statutory in "
               "2011, with the Safer Leeds Partnership responsible for conducting each DHR.\n")
    assert_evidence_quotes(doc)
    found = {o for s, o in of(doc, "responsible_for") if s == "Safer Leeds Partnership"}
    assert any("Domestic Homicide Review" in o for o in found), of(doc, "responsible_for")


def test_a_post_described_as_responsible_for_a_field_is_no_remit_of_the_bare_post() -> None:
    doc = read("Leeds City Council\n\nThe Cabinet Member responsible for Community Safety attended.\n")
    assert ("Cabinet Member", "Community Safety") not in of(doc, "responsible_for")


@pytest.mark.parametrize(
    "text, person, post",
    [
        ("Rother District Council\n\nAt these meetings our Council sends me as Leader of the Council and Jane "
         "Holt, Chief Executive.\n", "Jane Holt", "Chief Executive"),
        ("Gedling Borough Council\n\nThe Board was attended by the Chair of the Safer Gedling Partnership and Omar "
         "Farouk, Community Safety Manager.\n", "Omar Farouk", "Community Safety Manager"),
    ],
)
def test_a_post_and_then_a_person_are_two_names(text: str, person: str, post: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert any(p == person and post in o for p, o in of(doc, "holds_post")), of(doc, "holds_post")


def test_a_post_ending_in_two_fields_stays_one_post() -> None:
    doc = read("Norfolk County Council\n\nApologies were received from Ada Lyle, Head of Patient Safety and "
               "Clinical Quality, Norfolk CCG.\n")
    assert not any(p == "Clinical Quality" for p, _ in of(doc, "apologies") | of(doc, "member_of"))


@pytest.mark.parametrize(
    "text, manager, managed",
    [
        ("Cornwall Council\n\nThe Council has a strong role in Prevent work and also manages the Cornwall Channel "
         "Panel, to which cases are referred.\n", "Cornwall Council", "Cornwall Channel Panel"),
        ("Swindon Borough Council\n\nThe Community Safety Team manages the Swindon Pubwatch Scheme.\n",
         "Swindon Community Safety Team", "Swindon Pubwatch Scheme"),
    ],
)
def test_a_body_that_manages_another_oversees_it(text: str, manager: str, managed: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (manager, managed) in of(doc, "oversees"), of(doc, "oversees")


def test_what_a_body_manages_written_before_it_is_not_read_backwards() -> None:
    doc = read("Gwynedd Council\n\nThe Welsh Government provides £90,000 through the Regional Grant to Gwynedd "
               "Council, which the Board manages.\n")
    assert not of(doc, "oversees"), of(doc, "oversees")


@pytest.mark.parametrize(
    "line, person, post",
    [
        ("Jo Alder, Advanced Nurse Prescriber", "Jo Alder", "Advanced Nurse Prescriber"),
        ("Maya Quint, Principal Housing Surveyer", "Maya Quint", "Principal Housing Surveyer"),
    ],
)
def test_a_title_opening_with_a_grade_is_a_post_not_an_organisation(line: str, person: str, post: str) -> None:
    doc = read(f"Ribble Valley Borough Council\nMinutes of the Safer Ribble Valley Board\n\nPresent:\n\n{line}\n")
    assert_evidence_quotes(doc)
    assert (person, post) in of(doc, "holds_post"), of(doc, "holds_post")
    assert not any(p == person for p, _ in of(doc, "member_of")), of(doc, "member_of")


def test_a_topic_that_is_a_pillar_of_a_plan_is_its_priority() -> None:
    doc = read("Office of the Police and Crime Commissioner for Lincolnshire\n\nDomestic abuse forms one of the five "
               "main pillars of the Lincolnshire Police and Crime Plan.\n")
    assert_evidence_quotes(doc)
    assert ("Domestic Abuse", "Lincolnshire Police and Crime Plan") in of(doc, "priority_of"), of(doc, "priority_of")
    assert not of(doc, "part_of"), of(doc, "part_of")


def test_a_strand_of_a_strategy_stays_a_part_of_it() -> None:
    doc = read("Lincolnshire County Council\n\nPrevent is one of the four strands of CONTEST.\n")
    assert ("Prevent", "CONTEST") in of(doc, "part_of"), of(doc, "part_of")


@pytest.mark.parametrize(
    "text, owner, paper",
    [
        ("Hambleton District Council\n\nThe Safer Hambleton Partnership (SHP) met in May.\nSHP must publish a rolling "
         "plan each year, shaped by its annual Strategic Assessment.\n",
         "Safer Hambleton Partnership", "Hambleton Strategic Assessment"),
        ("Rushcliffe Borough Council\n\nThe Safer Rushcliffe Partnership (SRP) covers three wards.\nSRP reviewed "
         "its Partnership Plan 2024-27 in March.\n", "Safer Rushcliffe Partnership", "Rushcliffe Partnership Plan"),
    ],
)
def test_its_paper_after_a_sentence_opening_acronym_is_the_acronyms_bodys(text: str, owner: str, paper: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    produced = of(doc, "produces")
    assert any(s == owner for s, _ in produced), produced


@pytest.mark.parametrize(
    "text, name",
    [
        ("Agencies on the board include Kent Police and Mid Kent (MK) College.", "Mid Kent College"),
        ("The work is overseen by the Multi Agency Public Protection Arrangements (MAPPA) Strategic Management "
         "Board.", "Multi Agency Public Protection Arrangements Strategic Management Board"),
    ],
)
def test_an_acronym_inside_a_name_does_not_cut_it(text: str, name: str) -> None:
    from govkg.loaders.mentions import find_mentions

    found = [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "body"]
    assert name in found, found


def test_a_partnerships_acronym_before_board_still_names_the_partnership() -> None:
    from govkg.loaders.mentions import find_mentions

    text = "The Safer Medway Partnership (SMP) Board met on Tuesday."
    found = [(m.name, m.acronym) for m in find_mentions(text, 0, len(text))]
    assert ("Safer Medway Partnership", "SMP") in found, found


@pytest.mark.parametrize(
    "text, funder, recipient",
    [
        ("Kent County Council minutes\n\nThe Cabinet Member confirmed that funding from the County Council for the "
         "Kent Rape Crisis Centre had been allocated.\n", "Kent County Council", "Kent Rape Crisis Centre"),
        ("Swale Borough Council\n\nFunding from the Swale Community Safety Partnership for the Swale Street Pastors "
         "Scheme was agreed in March.\n", "Swale Community Safety Partnership", "Swale Street Pastors Scheme"),
    ],
)
def test_funding_from_one_for_another(text: str, funder: str, recipient: str) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (funder, recipient) in of(doc, "funds"), of(doc, "funds")


def test_funding_from_one_for_a_year_or_a_field_names_no_recipient() -> None:
    doc = read("Swale Borough Council\n\nWe secured funding from the Home Office for 2024/25. There is also funding "
               "from Kent Police for CCTV.\n")
    assert not [f for f in doc.facts if f.rule.startswith("funding:")], of(doc, "funds")
