"""loaders/extract/funding.py: money forms of bids, plans and registers: a bid's costed interventions under a caption
naming whose grant they spend, with year columns and a total; a "Funder | Programme | Amount" table; and a
body's named service funded in a sentence ("X funds the Y outreach service at £N")."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import read


def funds(text: str) -> set[tuple[str, str, Decimal | None, str | None]]:
    doc = read(text)
    return {(f.subject.name, f.object.name, f.amount, f.period) for f in doc.facts if f.relation == "funds"}


BID = """Wiltshire Police and Crime Commissioner
Safer Streets bid: Trowbridge town centre

5. Costs

Table 5: Costed measures (Home Office grant requested)

| Intervention                    | Delivered by              | 2023/24  | 2024/25  | Total    |
|---------------------------------|---------------------------|----------|----------|----------|
| Town centre CCTV                | Wiltshire Council         | £40,000  | £10,000  | £50,000  |
| Night marshals                  | Trowbridge Town Council   | £12,500  | £12,500  | £25,000  |
| TOTAL                           |                           | £52,500  | £22,500  | £75,000  |
"""


def test_a_caption_naming_the_grant_gives_its_owner_as_the_giver_of_each_row() -> None:
    got = funds(BID)
    assert ("Home Office", "Town centre CCTV", Decimal(40000), "2023/24") in got, got
    assert ("Home Office", "Night marshals", Decimal(12500), "2024/25") in got, got
    assert not any(g.startswith("Wiltshire Police") for g, *_ in got), got


def test_a_total_column_after_year_columns_is_the_grant_for_the_whole_span() -> None:
    got = funds(BID)
    assert ("Home Office", "Town centre CCTV", Decimal(50000), "2023/24 to 2024/25") in got, got
    assert not any(amount == Decimal(75000) for *_, amount, _ in got), got  # the total row names no receiver


def test_a_receiver_named_before_allocations_in_a_caption_is_no_giver() -> None:
    text = BID.replace("Table 5: Costed measures (Home Office grant requested)", "Table 5: CSP allocations")
    assert not any(g == "CSP" for g, *_ in funds(text))


FUNDERS = """Oxfordshire Fire and Rescue Service
Prevention Committee, 3 September 2024

12. EXTERNAL FUNDING

Members were told of these outside grants for 2024/25:

  Funder                                  Programme                       Amount
  Thames Valley PCC Community Fund        Water safety in Abingdon        £8,200
  Cherwell District Council               Home fire checks (hoarding)     £11,000
  Home Office Safer Streets Fund          Banbury youth diversion         £30,000
"""


def test_a_funder_column_gives_to_the_programme_of_its_row() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(FUNDERS)}
    assert ("Thames Valley Police and Crime Commissioner", "Water safety in Abingdon", Decimal(8200)) in got, got
    assert ("Cherwell District Council", "Home fire checks (hoarding)", Decimal(11000)) in got, got
    assert ("Home Office", "Banbury youth diversion", Decimal(30000)) in got, got


SOURCES = """Southwark VAWG Board

3. Resources (2024/25)

| Source | Recipient / purpose | Amount |
|---|---|---|
| MOPAC London Crime Prevention Fund | Southwark advocacy service (Solace Women's Aid) | £98,000 |
| London Borough of Southwark (core budget) | VAWG co-ordinator post | £64,000 |
"""


def test_a_recipient_or_purpose_column_names_the_service_without_its_bracketed_provider() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(SOURCES)}
    assert ("Mayor's Office for Policing and Crime", "Southwark advocacy service", Decimal(98000)) in got, got
    assert ("Southwark Council", "VAWG co-ordinator post", Decimal(64000)) in got, got


def test_a_bodys_named_service_is_what_a_council_funds() -> None:
    text = ("Safer Croydon Partnership\n\n6. Resources\n\nThe Council funds the Catch22 youth mentoring service at "
            "£52,000 for 2024/25 from the community safety budget.\n")
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("London Borough of Croydon", "Catch22 youth mentoring service", Decimal(52000)) in got, got


REGISTER = """Cornwall Council
Annual Governance Statement 2023/24 - Appendix 2: significant partnerships

Partnership:        Safer Cornwall
Lead officer:       Head of Community Safety
Council funding:    £150,000 (2023/24), plus £40,000 passed through from the Home Office grant
Reports to:         Cabinet
----------------------------------------------------------------------
Partnership:        Cornwall Safeguarding Adults Board
Chair:              Independent Chair
Council funding:    £80,000 (2023/24); Devon and Cornwall Police contributes £15,000
Reports to:         Health and Wellbeing Board
----------------------------------------------------------------------
Partnership:        Cornwall Youth Justice Partnership Board
Funding:            £210,000 (2023/24), with £190,500 Youth Justice Board grant
"""


def test_a_council_funding_field_funds_the_partnership_its_record_names() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(REGISTER)}
    assert ("Cornwall Council", "Safer Cornwall", Decimal(150000)) in got, got
    assert ("Cornwall Council", "Cornwall Safeguarding Adults Board", Decimal(80000)) in got, got


def test_each_sum_of_a_funding_field_takes_the_giver_its_own_clause_names() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(REGISTER)}
    assert ("Home Office", "Safer Cornwall", Decimal(40000)) in got, got
    assert ("Devon and Cornwall Police", "Cornwall Safeguarding Adults Board", Decimal(15000)) in got, got
    assert ("Youth Justice Board for England and Wales", "Cornwall Youth Justice Partnership Board",
            Decimal(190500)) in got, got


def test_a_sum_whose_giver_no_one_names_is_dropped() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(REGISTER)}
    assert not any(a == Decimal(210000) for *_, a in got), got  # "Funding:" alone says who receives, not who gives


def test_what_a_named_givers_sum_goes_towards_is_funded() -> None:
    text = ("Safer Haringey Partnership\n\nThe Mayor's Office for Policing and Crime (MOPAC) provides £41,000 in "
            "2024/25 through the London Crime Prevention Fund towards the youth diversion referral pathway, which "
            "is run by a local charity.\n")
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("Mayor's Office for Policing and Crime", "youth diversion referral pathway", Decimal(41000)) in got, got


def test_a_head_word_alone_after_for_names_nothing_funded() -> None:
    text = ("Basildon Council\n\nThe Council will provide £120,000 from its capital programme for the upgrade of "
            "twelve cameras in 2025/26.\n")
    assert not any(r == "upgrade" for _, r, *_ in funds(text))


def test_a_giver_funds_what_it_names_through_an_aside_at_a_sum() -> None:
    text = ("Exploitation Sub-group\n\nThe Merseyside Police and Crime Commissioner funds the Birkenhead Youth "
            "Outreach project through the Merseyside VRP at £52,000 for 2024/25; a charity delivers it.\n")
    got = funds(text)
    assert ("Merseyside Police and Crime Commissioner", "Birkenhead Youth Outreach project", Decimal(52000),
            "2024/25") in got, got


def test_the_priced_workers_of_a_programme_are_what_is_funded_and_the_shorter_reading_goes() -> None:
    text = ("Combating Drugs Partnership\n\nThe Cheshire Police and Crime Commissioner would continue to fund the "
            "Drug Intervention Programme custody workers at £98,000 for 2024/25.\n")
    got = funds(text)
    assert ("Cheshire Police and Crime Commissioner", "Drug Intervention Programme custody workers", Decimal(98000),
            "2024/25") in got, got
    assert not any(r == "Drug Intervention Programme" for _, r, *_ in got), got


def test_a_sum_a_year_keeps_its_years() -> None:
    text = ("Gwynedd and Anglesey PSB\n\nThe Office of the Police and Crime Commissioner for North Wales will fund "
            "the Community Safety Fund (Step 2.1) with £30,000 a year for 2023/24 and 2024/25.\n")
    got = funds(text)
    assert ("Office of the Police and Crime Commissioner for North Wales", "Community Safety Fund", Decimal(30000),
            "2023/24 and 2024/25") in got, got


PAGE = """Harrogate Night-Time Economy Partnership

Funding 2024/25

Funder\tRecipient\tPurpose\tAmount
North Yorkshire Police, Fire and Crime Commissioner\tNorth Yorkshire Council\tTown centre marshals\t£27,000
North Yorkshire Council\tHarrogate BID\tBest Bar None\t£4,500
"""


def test_a_table_naming_both_parties_of_each_row_is_not_read_as_gifts_to_the_papers_body() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(PAGE)}
    assert ("North Yorkshire Police, Fire and Crime Commissioner", "North Yorkshire Council", Decimal(27000)) in got, \
        got
    assert ("North Yorkshire Council", "Harrogate BID", Decimal(4500)) in got, got
    assert not any(r == "Harrogate Night-Time Economy Partnership" for _, r, _ in got), got


def test_a_short_bare_purpose_closing_the_clause_is_what_a_named_givers_sum_is_for() -> None:
    text = "Safer Hounslow Partnership\n\nHounslow Council has provided £18,000 for noise mediation.\n"
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("London Borough of Hounslow", "noise mediation", Decimal(18000)) in got, got


def test_a_bare_for_the_year_or_for_victims_names_nothing_funded() -> None:
    text = "Safer Hounslow Partnership\n\nHounslow Council has provided £18,000 for victims of crime.\n"
    assert not any(r.startswith("victims") for _, r, *_ in funds(text))


def test_the_post_a_bodys_grant_pays_for_is_not_its_giver() -> None:
    text = ("Perth and Kinross Community Justice Partnership\n\nThe Scottish Government's Community Justice "
            "Coordinator grant of £45,000 for 2024/25 is paid to Perth and Kinross Council.\n")
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("Scottish Government", "Perth and Kinross Council", Decimal(45000)) in got, got
    assert not any("Coordinator" in g for g, *_ in got), got


def test_a_body_written_by_its_acronym_commissions_the_provider_and_not_the_fund_a_cost_is_met_from() -> None:
    text = ("Lothian Community Justice Partnership (LCJP)\n\nThe LCJP commissions Sacro to deliver the bail support "
            "service, at a cost of £64,000 in 2024/25 met from the Section 27 funding above.\n")
    doc = read(text)
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "commissions"}
    assert ("Lothian Community Justice Partnership", "Sacro") in got, got
    assert not any(o.startswith("Section") for _, o in got), got


def test_the_subject_funded_by_an_agent_whose_relative_clause_stands_before_the_sum() -> None:
    text = ("Rotherham ASB policy\n\n4.2 The Victim Navigator service is run by a local charity and funded by the "
            "Mayor of West Yorkshire, who took on the policing functions in 2024, at £41,000 for 2024/25.\n")
    got = funds(text)
    assert ("Mayor of West Yorkshire", "Victim Navigator service", Decimal(41000), "2024/25") in got, got


def test_a_budget_stated_then_made_up_of_bracketed_contributions() -> None:
    text = ("Norfolk Safeguarding Adults Board\n\nThe Board's budget for 2024/25 is £120,000, made up of contributions "
            "from Norfolk County Council (£80,000), Norfolk Constabulary (£25,000) and the Norfolk and Waveney "
            "Integrated Care Board (£15,000).\n")
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("Norfolk County Council", "Norfolk Safeguarding Adults Board", Decimal(80000)) in got, got
    assert ("Norfolk Constabulary", "Norfolk Safeguarding Adults Board", Decimal(25000)) in got, got
    assert not any(a == Decimal(120000) for *_, a in got), got


def test_towards_the_cost_of_a_post_funds_the_post() -> None:
    text = "Safer Norwich\n\nNorwich City Council will contribute £9,000 towards the cost of the ASB caseworker post.\n"
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("Norwich City Council", "ASB caseworker post", Decimal(9000)) in got, got


def test_a_sum_bracketed_after_the_subject_funded_by_an_agent() -> None:
    text = "Safer Norwich\n\nThe Night Bus Marshals scheme (£14,500) is funded by the Home Office.\n"
    got = {(g, r, a) for g, r, a, _ in funds(text)}
    assert ("Home Office", "Night Bus Marshals scheme", Decimal(14500)) in got, got


SPEND = """Safer Wakefield Partnership
Board report, 2 July 2024

3. Community Safety Fund

The Police and Crime Commissioner for West Yorkshire has awarded the Partnership £70,000 for 2024/25. \
The Partnership will spend it as follows:

- Street Angels: £6,000
- Knife crime education project: £34,000

5. Grants awarded by the Commissioner

| Organisation            | Project                  | Grant    |
|-------------------------|--------------------------|----------|
| Wakefield Women's Aid   | Refuge outreach          | £11,000  |
"""


def test_a_holder_that_says_it_will_spend_its_grant_as_follows_pays_each_listed_item() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(SPEND)}
    assert ("Safer Wakefield Partnership", "Knife crime education project", Decimal(34000)) in got, got
    assert ("Safer Wakefield Partnership", "Street Angels", Decimal(6000)) in got, got


def test_a_caption_naming_who_awarded_the_grants_gives_the_giver_of_the_rows() -> None:
    got = {(g, r, a) for g, r, a, _ in funds(SPEND)}
    assert ("West Yorkshire Police and Crime Commissioner", "Wakefield Women's Aid", Decimal(11000)) in got, got


def test_a_time_after_for_names_nothing_funded() -> None:
    text = "Safer Hull\n\nHull City Council has provided £18,000 for two years.\n"
    assert not any(r.startswith("two") for _, r, *_ in funds(text))


def test_a_boxed_register_row_of_council_contribution_funds_the_boxed_partnership() -> None:
    text = ("Wirral Council\nSignificant partnerships register\n\n| Partnership: | Safer Wirral Partnership |\n"
            "| Chair: | Director of Neighbourhoods |\n| Council contribution: | £75,000 (2024/25) |\n")
    got = funds(text)
    assert ("Wirral Council", "Safer Wirral Partnership", Decimal(75000), "2024/25") in got, got
