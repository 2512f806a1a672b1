"""Extraction rules on sentences written in the style of other councils' papers (none from the seeds)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govkg.loaders.cleaning import clean
from govkg.loaders.documents import document_from_text


def extract(text: str, **kw):
    return document_from_text("t", "t.txt", clean(text), "0" * 64, **kw)


def triples(doc) -> set[tuple[str, str, str]]:
    return {(f.relation, f.subject.name, f.object.name if f.object else "") for f in doc.facts}


MINUTES = """Minutes of the Stronger Communities Scrutiny Committee meeting held on 12 October 2022

Present: Councillor Priya Shah (Chair), Mr R T Okafor (Vice-Chairman), Mrs L Brennan and Mike Dunmore

Also in attendance:

Helen Marsh, Head of Community Safety
Chief Insp. D Whitlow, Warwickshire Police
Aisha Rahman, Partnership Analyst, Nuneaton and Bedworth Borough Council

Apologies: Gareth Lloyd and Jan Okoro

14. Declarations of Interest

There were none.

15. Safer Warwickshire update

The Committee received a presentation
from Sarah Boyd, Commissioning Manager, Warwickshire County Council, on the new domestic abuse service.
"""


def test_attendance_blocks_give_attendance_chairs_posts_and_affiliations() -> None:
    doc = extract(MINUTES)
    t = triples(doc)
    body = "Stronger Communities Scrutiny Committee"
    assert doc.body.name == body
    assert str(doc.date) == "2022-10-12"
    assert ("attended", "Priya Shah", body) in t
    assert ("chairs", "Priya Shah", body) in t
    assert ("vice_chair", "R T Okafor", body) in t
    assert ("attended", "L Brennan", body) in t
    assert ("attended", "Mike Dunmore", body) in t
    assert ("holds_post", "Helen Marsh", "Head of Community Safety") in t
    assert ("member_of", "D Whitlow", "Warwickshire Police") in t
    assert ("holds_post", "Aisha Rahman", "Partnership Analyst") in t
    assert ("member_of", "Aisha Rahman", "Nuneaton and Bedworth Borough Council") in t
    assert ("apologies", "Gareth Lloyd", body) in t and ("apologies", "Jan Okoro", body) in t
    assert ("attended", "Sarah Boyd", body) in t
    assert ("holds_post", "Sarah Boyd", "Commissioning Manager") in t
    # nothing from the prose: no one "attended" because a sentence mentions them
    assert not any(r == "attended" and s == "Committee" for r, s, _ in t)


def test_every_fact_quotes_text_that_names_its_subject() -> None:
    doc = extract(MINUTES)
    for fact in doc.facts:
        quote = doc.text[fact.start : fact.end]
        assert quote.strip() == quote and quote
        surname = fact.subject.name.split()[-1]
        if fact.subject.kind == "person":
            assert surname in quote, (fact, quote)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In Warwickshire, work on Prevent is overseen by the multi-agency Prevent Board, which is chaired "
            "by the County Council's Head of Community Safety.",
            {
                ("oversees", "Warwickshire Prevent Board", "Prevent"),
                ("chairs", "Head of Community Safety", "Warwickshire Prevent Board"),
            },
        ),
        (
            "The Youth Justice Partnership reported to the Warwickshire Safer Communities Board.",
            {("reports_to", "Youth Justice Partnership", "Warwickshire Safer Communities Board")},
        ),
        (
            "The Rugby Hate Crime Forum, which is a sub-group of the Rugby Community Safety Partnership, "
            "met twice.",
            {("subgroup_of", "Rugby Hate Crime Forum", "Rugby Community Safety Partnership")},
        ),
        ("A needs assessment was commissioned by the Warwickshire Health and Wellbeing Board.", set()),
        (
            "'Family Matters' which is a Leicestershire County Council led initiative is being extended.",
            {("led_by", "Family Matters", "Leicestershire County Council")},
        ),
        (
            "Leicestershire County Council (LCC) has a duty under s.17 of the Crime and Disorder Act 1998 "
            "to consider crime and disorder in all it does.",
            {("statutory_duty", "Leicestershire County Council", "Crime and Disorder Act 1998")},
        ),
        (
            "Members noted that the Charnwood Community Safety Partnership had responsibility for work in "
            "relation to "
            "Modern Slavery.",
            {("responsible_for", "Charnwood Community Safety Partnership", "Modern Slavery")},
        ),
        (
            "The Community Safety Plan was approved by the Leicestershire Safer Communities Board.",
            {("produces", "Leicestershire Safer Communities Board", "Community Safety Plan")},
        ),
        (
            "The Braintree Community Safety Partnership, which is the statutory partnership for the "
            "District of "
            "Braintree, meets quarterly.",
            set(),
        ),
        (
            "The Braintree Community Safety Partnership is the statutory partnership for the District of "
            "Braintree.",
            {("covers_area", "Braintree Community Safety Partnership", "Braintree")},
        ),
        (
            "The Colchester Business Crime Group included colleagues from Essex Police.",
            {("member_of", "Essex Police", "Colchester Business Crime Group")},
        ),
    ],
)
def test_sentence_patterns(sentence: str, expected: set) -> None:
    doc = extract("Report to the Cabinet\n\n" + sentence + "\n")
    got = triples(doc)
    assert expected <= got, got
    if not expected:
        assert not {t for t in got if t[0] in ("commissions", "covers_area")}, got


def test_generic_local_bodies_get_the_area_and_keep_the_bare_name_as_alias() -> None:
    doc = extract(
        "Essex County Council report\n\nThe local Channel Panel was chaired by the Prevent Co-ordinator.\n",
        area_hint="Essex",
    )
    (fact,) = [f for f in doc.facts if f.relation == "chairs"]
    assert fact.object.name == "Essex Channel Panel"
    assert "Channel Panel" in fact.object.aliases
    assert fact.subject.kind == "post" and fact.subject.name == "Prevent Co-ordinator"


def test_the_board_resolves_to_the_last_board_named() -> None:
    text = (
        "Cheltenham District Council briefing note\n\nCHELTENHAM PARTNERSHIP BOARD\n"
        "The Partnership has a Strategic Board. Over the last year the Board has been: overseeing the work "
        "of "
        "the Town Centre Project; and reviewing priorities.\n"
    )
    assert ("oversees", "Cheltenham Partnership Board", "Town Centre Project") in triples(extract(text))


def test_lists_of_priorities_members_elements_and_areas() -> None:
    text = """Norfolk County Council report

The current Broadland Community Safety Partnership priorities are:

- Domestic Abuse: reduce repeat victims
- Rural Crime: support farm watch schemes
- Anti-Social Behaviour: respond early

Community Safety Partnerships were made up of members from the Police, Local Authorities, Health
and Probation Services.

In Norfolk there are 2 partnerships, with the Broadland Community Safety Partnership incorporating the 2
district areas of Broadland and South Norfolk.

Members were reminded that the 'Shield' programme was made up of three strands: Protect, Support and Recover.
"""
    t = triples(extract(text))
    owner = "Broadland Community Safety Partnership"
    for topic in ("Domestic Abuse", "Rural Crime", "Anti-Social Behaviour"):
        assert ("priority_of", topic, owner) in t
    for member in ("Police", "Local Authorities", "Health", "Probation Services"):
        assert ("member_of", member, "Community Safety Partnership") in t
    assert ("covers_area", owner, "Broadland") in t and ("covers_area", owner, "South Norfolk") in t
    for strand in ("Protect", "Support", "Recover"):
        assert ("part_of", strand, "Shield") in t


def test_funding_sentences_and_tables() -> None:
    text = """Kent County Council report

In 2021/22 the Dover Community Safety Partnership had to apply to the Kent Police
and Crime Commissioner (PCC) for funding. The amount of funding available was £120,000.

Projects funded include:
CSP Priority\tProject/Initiative\tAmount
All\tDover Analyst Post\t£30,000
Violence & Abuse\tDover Safe Spaces – night time economy\t£12,500
TOTAL\t£42,500

The PCC also allocated funding of £45k per CSP for CCTV.
"""
    doc = extract(text)
    funds = {(f.subject.name, f.object.name, f.amount, f.period) for f in doc.facts if f.relation == "funds"}
    csp = "Dover Community Safety Partnership"
    pcc = "Kent Police and Crime Commissioner"
    assert (pcc, csp, None, "2021/22") in funds
    assert (pcc, csp, Decimal(120000), None) in funds or (pcc, csp, Decimal(120000), "2021/22") in funds
    assert (csp, "Dover Analyst Post", Decimal(30000), "2021/22") in funds
    assert (csp, "Dover Safe Spaces", Decimal(12500), "2021/22") in funds
    assert not any(f[1].upper().startswith("TOTAL") for f in funds)
    assert any(f[0] == pcc and f[2] == Decimal(45000) for f in funds)
    assert ("priority_of", "Violence & Abuse", csp) in triples(doc)


def test_representation_and_author_posts() -> None:
    text = """BRIEFING NOTE

PORTFOLIO HOLDER REPORT TO COUNCIL - CLLR ANNA KOWALSKI

RESPONSIBLE FOR: HOUSING & COMMUNITY SAFETY

The Stroud Partnership is the Local Strategic Partnership for the District of Stroud. Besides
Stroud District Council, which is represented by myself as Leader of the Council
and Tom Pryce, Chief Executive, other agencies represented on the Stroud Partnership Board
include: Gloucestershire Constabulary.

Our representation on the Gloucestershire Community Safety Partnership is provided through myself
as Portfolio Holder for Community Safety.
"""
    doc = extract(text)
    t = triples(doc)
    council = "Stroud District Council"
    assert doc.council.name == council
    assert ("holds_post", "Anna Kowalski", "Portfolio Holder for Housing & Community Safety") in t
    assert ("holds_post", "Anna Kowalski", f"Leader of {council}") in t
    assert ("holds_post", "Tom Pryce", f"Chief Executive of {council}") in t
    assert ("member_of", council, "Stroud Partnership Board") in t
    reps = {
        (f.subject.name, f.object.name, f.on_body.name) for f in doc.facts if f.relation == "represented_by"
    }
    assert (council, "Anna Kowalski", "Stroud Partnership Board") in reps
    assert (council, "Anna Kowalski", "Gloucestershire Community Safety Partnership") in reps
    assert ("covers_area", "Stroud Partnership", "Stroud") in t


def test_people_keep_initials_lose_honorifics_and_meet_by_surname() -> None:
    doc = extract(
        "Minutes of the Audit Panel meeting held on 3 May 2021\n\nPresent: Mr J K Rowe (Chairman)\n\n"
        "Cllr Rowe (Lead Member for Community Safety) introduced the report.\n"
    )
    t = triples(doc)
    assert ("chairs", "J K Rowe", "Audit Panel") in t
    assert ("holds_post", "J K Rowe", "Lead Member for Community Safety") in t


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cabinet meeting, Tuesday 3rd March 2020\n", "2020-03-03"),
        ("Minutes of the Safer Stockport Partnership held on 14th of June 2018\n", "2018-06-14"),
        ("SAFER COMMUNITIES BOARD 24 JULY 2019\n", "2019-07-24"),
        ("Licensing Committee - 2021-11-09\n", "2021-11-09"),
        ("Agenda item\n\nThe Board discussed the Domestic Abuse Act 2021.\n", None),
    ],
)
def test_meeting_dates_only_from_the_head(text: str, expected: str | None) -> None:
    doc = extract(text + "\nSome further text about community safety in the area.\n")
    assert (str(doc.date) if doc.date else None) == expected


def test_missing_date_comes_from_the_hint_and_is_flagged_otherwise() -> None:
    text = "Agenda item\n\nThe Committee noted the update on community safety work.\n"
    assert extract(text).date is None
    assert any("no meeting date" in w for w in extract(text).warnings)
    assert str(extract(text, date_hint="2021-06-01").date) == "2021-06-01"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Residents can call the Victim Support helpline at any time.",
            ("delivers", "Victim Support", "Victim Support helpline"),
        ),
        (
            "Members noted the Dorset Safeguarding Adults Board's annual report.",
            (
                "produces",
                "Dorset Safeguarding Adults Board",
                "Dorset Safeguarding Adults Board annual report",
            ),
        ),
        (
            "It was confirmed that the County Council was a key partner in regional serious violence work.",
            ("other", "Suffolk County Council", "regional serious violence work"),
        ),
        (
            "Public Health will, on behalf of the Suffolk Hate Crime Forum and the Ipswich Housing "
            "Partnership, "
            "respond to the consultation.",
            ("other", "Suffolk Hate Crime Forum", "Public Health"),
        ),
        (
            "Officers noted the annual audit of licensed premises undertaken by the Ipswich Licensing Team.",
            ("other", "Ipswich Licensing Team", "annual audit of licensed premises"),
        ),
        (
            "The lead for prevention sits with the Director of Children's Services.",
            ("responsible_for", "Director of Children's Services", "lead for prevention"),
        ),
        (
            "The consultation went to lower tier authorities (District Councils) who have licensing "
            "responsibilities.",
            ("responsible_for", "District Councils", "licensing"),
        ),
        (
            "There was work around knife crime being carried out by the Youth Violence Team.",
            ("responsible_for", "Youth Violence Team", "knife crime"),
        ),
        (
            "Mrs P Adeyemi declared an interest in item 6 as a school governor.",
            ("holds_post", "P Adeyemi", "school governor"),
        ),
        (
            "Suffolk County Council's Business Intelligence Unit will provide the data.",
            ("part_of", "Suffolk County Council's Business Intelligence Unit", "Suffolk County Council"),
        ),
        (
            "Where the Panel had concerns about delays they could refer their concerns to the Suffolk "
            "Safeguarding "
            "Partnership.",
            ("reports_to", "Suffolk Channel Panel", "Suffolk Safeguarding Partnership"),
        ),
        (
            "He invited the Chair of the NPCC's Violence Reduction Board to the next meeting.",
            ("subgroup_of", "NPCC Violence Reduction Board", "NPCC"),
        ),
        (
            "The SHCF was a conduit for any links to Modern Slavery.",
            ("other", "Suffolk Hate Crime Forum", "Modern Slavery"),
        ),
    ],
)
def test_phrase_patterns_in_other_councils_words(sentence: str, expected: tuple) -> None:
    text = (
        "Suffolk County Council report\n\nThe local Channel Panel met in May. The Suffolk Hate Crime Forum "
        "(SHCF) "
        "met in June.\n\n" + sentence + "\n"
    )
    assert expected in triples(extract(text, area_hint="Suffolk"))


def test_partnership_lists_publications_and_back_references() -> None:
    text = """Lincolnshire County Council report

12. The Board will hear from partners involved with Safe Steps, which is the Lincolnshire name for the
multi-agency response to exploitation. The Lincolnshire partnership
includes: Lincolnshire Police, Education, Youth Justice and the voluntary sector all working together.

- Knife Crime Prevention Guide (Home Office March 2021). This guidance has been adopted by
the Lincolnshire Prevent Group.
- Serious Violence Duty Framework (Ministry of Justice/Home Office 2022) – sets out duties.

The Boston Hate Crime Forum Action Plan 2022/23 was agreed in June.
"""
    t = triples(extract(text))
    for member in ("Lincolnshire Police", "Education", "Youth Justice", "voluntary sector"):
        assert ("member_of", member, "Safe Steps") in t
    assert ("produces", "Home Office", "Knife Crime Prevention Guide") in t
    assert ("other", "Lincolnshire Prevent Group", "Knife Crime Prevention Guide") in t
    assert ("produces", "Ministry of Justice", "Serious Violence Duty Framework") in t
    assert ("produces", "Home Office", "Serious Violence Duty Framework") in t


def test_member_update_headings_report_to_the_meeting_and_representatives_are_named() -> None:
    text = """Minutes of the Scrutiny Management Board meeting held on 5 May 2022

Also attended:

Cllr R Patel, Derby City Council Representative on Derbyshire Police and Crime Panel

7. Member Update

Children's Services Scrutiny Panel

The Chairman of the Panel said the Panel would look at school exclusions.

Adult Social Care Scrutiny Committee

The Committee will consider the home care contract.

8. Any other business

The Derby City Council representative on the Police and Crime Panel agreed to report back.
"""
    doc = extract(text)
    t = triples(doc)
    board = "Scrutiny Management Board"
    assert ("reports_to", "Children's Services Scrutiny Panel", board) in t
    assert ("reports_to", "Adult Social Care Scrutiny Committee", board) in t
    reps = {
        (f.subject.name, f.object.name, f.on_body.name) for f in doc.facts if f.relation == "represented_by"
    }
    assert ("Derby City Council", "R Patel", "Derbyshire Police and Crime Panel") in reps


def test_undefined_acronym_is_read_from_a_named_body_and_unnamed_meeting_body_from_siblings(tmp_path) -> None:
    from govkg.loaders import LoadContext, read_source

    (tmp_path / "a.txt").write_text(
        "Overview and Scrutiny Management Committee 3 March 2020\n\nPresent: Mr A Lowe (Chairman)\n\n"
        "Annual Rutland County Council Community Safety Report\n\nThe OSMC noted the report.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Agenda item\n\nRutland County Council Community Safety Update Report\n\nAttending for this item:\n\n"
        "Dana Price, Community Safety Manager\n\nThe Committee was asked to note the report. The Committee "
        "agreed.\n"
    )
    (a,) = read_source(tmp_path / "a.txt", LoadContext())
    assert a.body.name == "Overview and Scrutiny Management Committee"
    assert ("attended", "A Lowe", "Overview and Scrutiny Management Committee") in triples(a)
    (b,) = read_source(tmp_path / "b.txt", LoadContext())
    assert b.body is not None and b.body.name == "Overview and Scrutiny Management Committee"
    assert any("does not name its meeting" in w for w in b.warnings)
    assert ("attended", "Dana Price", "Overview and Scrutiny Management Committee") in triples(b)


def test_plans_presented_to_a_board_and_what_they_reflect() -> None:
    text = ("Norfolk County Council report\n\nA revised Serious Violence Action Plan had been presented to "
            "the "
            "Norfolk Community Safety Board in May. The Plan had been updated to reflect the national "
            "Serious "
            "Violence Strategy (2018), the recommendations within the Norfolk Strategic Needs Assessment "
            "(2021) "
            "and local intelligence.\n")
    t = triples(extract(text))
    plan = "Serious Violence Action Plan"
    assert ("oversees", "Norfolk Community Safety Board", plan) in t
    assert ("other", plan, "Serious Violence Strategy") in t
    assert ("other", plan, "Norfolk Strategic Needs Assessment 2021") in t


def test_upper_case_headers_plural_councillors_officers_and_sentence_apologies() -> None:
    text = """CABINET

MINUTES of a meeting of the Community Safety Committee held at the Town Hall on Tuesday, 14 June 2022

PRESENT: Councillors J Smith (Chairman), P Brown (Vice-Chairman), K Green and L White

OFFICERS: Ms A Black (Head of Community Services) and Mr D Gray (Democratic Services Officer)

APOLOGIES FOR ABSENCE: Apologies were received from Councillors R Stone and T Hill.

12. COMMUNITY SAFETY PARTNERSHIP UPDATE

The Tamworth Community Safety Partnership reports to the Staffordshire Safer Communities Board.
"""
    doc = extract(text)
    t = triples(doc)
    body = "Community Safety Committee"
    assert doc.body.name == body and str(doc.date) == "2022-06-14"
    assert {("chairs", "J Smith", body), ("vice_chair", "P Brown", body), ("attended", "L White", body)} <= t
    assert ("holds_post", "A Black", "Head of Community Services") in t
    assert ("apologies", "R Stone", body) in t and ("apologies", "T Hill", body) in t
    partnership, board = "Tamworth Community Safety Partnership", "Staffordshire Safer Communities Board"
    assert ("reports_to", partnership, board) in t
    assert not any(r == "holds_post" and o in ("Chairman", "Head") for r, _, o in t)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Cabinet Member for Communities chairs the Wirral Reducing Reoffending Board.",
         ("chairs", "Cabinet Member for Communities", "Wirral Reducing Reoffending Board")),
        ("The Wirral Contest Board, which oversaw the counter-terrorism strands in the borough, met in "
         "May.",
         ("oversees", "Wirral Contest Board", "counter-terrorism strands in the borough")),
        ("The Youth Justice Board is accountable to the Wirral Community Safety Partnership.",
         ("reports_to", "Youth Justice Board", "Wirral Community Safety Partnership")),
        ("Karen Okoye sits on the Merseyside Violence Reduction Partnership.",
         ("member_of", "Karen Okoye", "Merseyside Violence Reduction Partnership")),
        ("The Wirral Community Safety Partnership is responsible for domestic homicide reviews.",
         ("responsible_for", "Wirral Community Safety Partnership", "domestic homicide reviews")),
        ("The Street Triage Service is jointly funded by the Merseyside Police and Crime Commissioner.",
         ("funds", "Merseyside Police and Crime Commissioner", "Street Triage Service")),
        ("The Healthy Relationships Programme is delivered by Wirral Women's Aid.",
         ("delivers", "Wirral Women's Aid", "Healthy Relationships Programme")),
    ],
)
def test_active_and_passive_forms(sentence: str, expected: tuple) -> None:
    assert expected in triples(extract("Wirral Council report\n\n" + sentence + "\n"))


def test_report_header_names_the_body() -> None:
    doc = extract("Report to: Safer Cheshire East Partnership\nDate of meeting: 7 April 2022\n\n"
                  "Title: Serious Violence Duty\n\nThe Partnership is asked to note the report.\n")
    assert doc.body.name == "Safer Cheshire East Partnership"
    assert str(doc.date) == "2022-04-07"


def test_produces_and_lead_responsibility_phrasings() -> None:
    text = ("Cheshire West and Chester Council report\n\nThe Chester Community Safety Partnership has "
            "developed a "
            "new Night Time Economy Strategy for the city. The Chester Youth Partnership takes the lead on "
            "youth "
            "violence.\n")
    t = triples(extract(text))
    assert ("produces", "Chester Community Safety Partnership", "Night Time Economy Strategy") in t
    assert ("responsible_for", "Chester Youth Partnership", "youth violence") in t


def test_responsibility_in_a_with_clause_and_an_acronym_object_spelt_out() -> None:
    text = ("Norfolk County Council report\n\nSince 2019 each Child Death Review (CDR) has been a legal "
            "requirement, with the Norfolk Safeguarding Partnership being responsible for running every CDR.\n")
    t = triples(extract(text))
    assert ("responsible_for", "Norfolk Safeguarding Partnership", "Child Death Review") in t


def test_services_in_relation_to_a_topic_are_named_by_the_topic() -> None:
    text = ("Kent County Council minutes\n\nMembers asked how Turning Point (the Council's commissioned "
            "provider of support in relation to gambling harm) was performing.\n")
    doc = extract(text)
    assert ("delivers", "Turning Point", "gambling harm support") in triples(doc)
    service = next(f.object for f in doc.facts if f.relation == "delivers")
    assert "support in relation to gambling harm" in service.aliases


def test_a_piece_of_work_commissioned_by_a_board_with_its_acronyms_spelt_out() -> None:
    text = ("Devon County Council minutes\n\nA Serious Case Review (SCR) is carried out after a death. Last "
            "year a thematic review of SCRs across Devon and Torbay was commissioned by the Devon Safeguarding "
            "Adults Board, which met twice.\n")
    doc = extract(text)
    work = "thematic review of Serious Case Reviews across Devon and Torbay"
    assert ("commissions", "Devon Safeguarding Adults Board", work) in triples(doc)
    done = next(f.object for f in doc.facts if f.relation == "commissions")
    assert "thematic review of SCRs across Devon and Torbay" in done.aliases


def test_this_feeds_into_a_strategy_refers_to_the_plan_named_before() -> None:
    text = ("Leeds City Council minutes\n\nOfficers were drafting a new Leeds Night Time Economy Plan for the "
            "spring. This would feed into the Safer Leeds Strategy agreed by the Safer Leeds Executive last "
            "year.\n")
    t = triples(extract(text))
    assert ("part_of", "Leeds Night Time Economy Plan", "Safer Leeds Strategy") in t
    assert ("produces", "Safer Leeds Executive", "Safer Leeds Strategy") in t


def test_money_allocated_to_what_a_duty_says_to_fund() -> None:
    text = ("Somerset Council minutes\n\nThe Director explained that the Council had a duty under the "
            "Domestic Abuse Safe Accommodation Grant to fund refuge places for survivors, and £1.2m was "
            "allocated to this in the current year.\n")
    doc = extract(text)
    (fund,) = [f for f in doc.facts if f.relation == "funds"]
    assert fund.object.name == "refuge places for survivors" and fund.amount == Decimal("1200000")
    assert fund.purpose == "Domestic Abuse Safe Accommodation Grant"


def test_a_share_of_an_allocation_passed_on_and_amounts_before_a_comma() -> None:
    text = ("Rutland County Council briefing\n\nIn 2021/22 the Rutland Community Safety Partnership applied to "
            "the PCC for funding. The total of funding awarded was £90,000, with Oakham directly receiving "
            "just under half of this funding, £40,000.\n")
    funds = {(f.subject.name, f.object.name, f.amount) for f in extract(text).facts if f.relation == "funds"}
    assert ("Police and Crime Commissioner", "Rutland Community Safety Partnership", Decimal("90000")) in funds
    assert ("Rutland Community Safety Partnership", "Oakham", Decimal("40000")) in funds


def test_both_services_of_the_sentence_before_get_the_provider() -> None:
    text = ("Cumbria County Council minutes\n\nThe Committee heard about domestic abuse outreach services and "
            "services for young people who harm. Both services were run by the Cumbria Safe Lives Trust from "
            "April.\n")
    t = triples(extract(text))
    assert ("delivers", "Cumbria Safe Lives Trust", "domestic abuse outreach services") in t
    assert ("delivers", "Cumbria Safe Lives Trust", "services for young people who harm") in t


def test_the_lead_partner_of_the_project_the_heading_names_or_the_sentence_names() -> None:
    text = ("Eastvale District Council briefing note\n\n2.3\tEASTVALE PARTNERSHIP - HOMEFIRST PROJECT\n\tIn "
            "spring 2019 the Eastvale Partnership chose to pilot a joined-up approach and Eastvale Housing "
            "Trust (EHT) agreed to be the lead partner. The HomeFirst Project helps tenants at risk.\n\n"
            "The Eastvale Youth Forum was the lead agency for the Safer Streets Campaign.\n")
    t = triples(extract(text))
    assert ("led_by", "HomeFirst Project", "Eastvale Housing Trust") in t
    assert ("led_by", "Safer Streets Campaign", "Eastvale Youth Forum") in t
    # No heading naming a project above: a lead partner of nothing known is not recorded.
    bare = extract("Eastvale District Council briefing note\n\nThe Eastvale Housing Trust agreed to be the lead "
                   "partner.\n")
    assert not [f for f in bare.facts if f.relation == "led_by"]


def test_also_sub_groups_include_the_group_named_just_before() -> None:
    text = ("Eastvale District Council briefing note\n\nIn 2020 the Eastvale and Westmoor Community Safety "
            "Partnership (EWCSP) was formed. Locally there is a Safer District Group – Safer Eastvale. The "
            "Eastvale Hate Crime Forum and the Westmoor Street Pastors Group are also sub-groups of EWCSP.\n"
            "Separately the Westmoor Youth Panel meets monthly.\nThe Eastvale Cycling Club is also a sub-group "
            "of EWCSP.\n")
    t = triples(extract(text))
    parent = "Eastvale and Westmoor Community Safety Partnership"
    assert ("subgroup_of", "Safer Eastvale", parent) in t
    assert ("subgroup_of", "Eastvale Hate Crime Forum", parent) in t
    # "also" looks back within its own paragraph only.
    assert ("subgroup_of", "Westmoor Youth Panel", parent) not in t


def test_a_duty_to_produce_a_plan_and_a_policy_the_council_has_in_place() -> None:
    text = ("Harrogate Borough Council briefing note\n\nThe Harrogate Community Safety Partnership (HCSP) has a "
            "statutory duty to produce a three year partnership plan setting out its aims. As a Council we "
            "have in place a Domestic Abuse Workplace Policy which was last updated in 2021.\n")
    t = triples(extract(text))
    assert ("produces", "Harrogate Community Safety Partnership", "three year partnership plan") in t
    assert ("produces", "Harrogate Borough Council", "Domestic Abuse Workplace Policy") in t


def test_the_councils_own_strategy_is_named_after_the_council() -> None:
    text = ("Harrogate Borough Council minutes\n\nThe Head of Digital took Members through the Council's new data "
            "protection policy and its training offer.\n")
    t = triples(extract(text))
    assert ("produces", "Harrogate Borough Council", "Harrogate Borough Council data protection policy") in t


def test_a_remit_covering_a_list_that_runs_on_with_but_also() -> None:
    text = ("Selby District Council briefing note\n\nYouth Matters Theme Group This group meets every two months. "
            "It has a broad remit not only covering youth employment but also rural isolation and carers.\n")
    t = triples(extract(text))
    for topic in ("youth employment", "rural isolation", "carers"):
        assert ("responsible_for", "Youth Matters Theme Group", topic) in t


def test_a_piece_of_work_led_by_a_partnership() -> None:
    text = ("Calderdale Council briefing note\n\nAn evaluation of the hate crime reporting centres will start in "
            "the autumn and will be led by the Safer Stronger Calderdale Partnership.\n")
    t = triples(extract(text))
    work = "evaluation of the hate crime reporting centres"
    assert ("led_by", work, "Safer Stronger Calderdale Partnership") in t
