"""loaders/extract/funding.py: money forms of papers written by boards and services, not by a funder: a
contributors' table whose amounts are plain numbers under "Amount (£)", the shares listed under "Of this:", a
council's named grant from a department, and a board's notes whose attendees include the commissioner's office
(which do not make the commissioner the giver of every amount)."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import read

from govkg.loaders.cleaning import clean
from govkg.loaders.extract.funding import grant_period
from govkg.loaders.layout import read_layout
from govkg.loaders.mentions import find_mentions


def funds(doc) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}


# -- a contributors' table in a service's own plan


PLAN = """Ceredigion Youth Justice Service
Youth Justice Plan 2024-25

4. Resources

4.1  Grants and partner contributions for 2024-25:

     Source                                                  Amount (£)
     ------------------------------------------------------  ------------
     Youth Justice Board - Youth Justice Grant                    301,440
     Ceredigion County Council                                    455,000
     Dyfed-Powys Police                                            40,100
     ------------------------------------------------------  ------------
     Total                                                        796,540
"""


def test_plain_numbers_under_a_pounds_header_fund_the_papers_own_service() -> None:
    got = funds(read(PLAN))
    assert ("Ceredigion County Council", "Ceredigion Youth Justice Service", Decimal(455000)) in got, got
    assert any(giver.startswith("Youth Justice Board") and amount == Decimal(301440) for giver, _, amount in got)
    assert not any(amount == Decimal(796540) for *_, amount in got)  # the total names no contributor


def test_thousands_columns_are_not_read_as_pounds() -> None:
    got = funds(read(PLAN.replace("Amount (£)", "£000      ")))
    assert not any(amount is not None and amount < 1000000 and amount == Decimal(455000) for *_, amount in got)
    assert got == set(), got


def test_a_committee_that_saw_the_table_does_not_receive_the_contributions() -> None:
    paper = PLAN.replace("Ceredigion Youth Justice Service\nYouth Justice Plan 2024-25",
                         "Ceredigion County Council\nCorporate Resources Overview and Scrutiny Committee\n\n"
                         "Minutes of the meeting held on 9 May 2024")
    got = funds(read(paper))
    assert not any("Committee" in receiver for _, receiver, _ in got), got


# -- a council's named grant and the shares it pays out


NOTES = """Rotherham Domestic Abuse Local Partnership Board

Notes of the meeting on 12 March 2024

Attendees:
Cllr Alys Penhallow          Cabinet Member for Safer Communities - Chair
Tomasz Greenacre             Partnership Officer, Office of the Police and Crime Commissioner
Rhiannon Oduya               Head of Community Safety, Rotherham Council

1. Welcome and apologies

1.1  The Chair welcomed members. Apologies were received from the housing lead and the named nurse.

2. Notes of the last meeting

2.1  The notes of the meeting held in December were agreed as a true record, with no matters arising
     that were not covered elsewhere on the agenda.

3. Needs assessment refresh

3.1  The refreshed needs assessment was presented. Members asked for the data on older victims and on
     survivors with no recourse to public funds to be shown separately in the next version.

5. Funding update

5.1  The Council's Domestic Abuse Housing Support grant from DLUHC for 2024/25 is £736,200.
     Of this:
       - Rotherham Rise receives £402,000 for the refuge service;
       - Together Housing receives £88,000 for the sanctuary scheme.

5.2  The Commissioner's Victims Fund will also support the pilot.
"""


def test_a_councils_named_grant_from_a_department_is_the_departments_gift_to_the_council() -> None:
    got = funds(read(NOTES))
    assert ("Department for Levelling Up, Housing and Communities", "Rotherham Council", Decimal(736200)) in got or \
        any(giver.startswith("Department for Levelling Up") and receiver.startswith("Rotherham") and
            amount == Decimal(736200) for giver, receiver, amount in got), got


def test_the_shares_listed_under_of_this_are_paid_by_the_grants_holder() -> None:
    got = funds(read(NOTES))
    assert any(giver.startswith("Rotherham") and receiver == "Rotherham Rise" and amount == Decimal(402000)
               for giver, receiver, amount in got), got
    assert any(giver.startswith("Rotherham") and receiver == "Together Housing" and amount == Decimal(88000)
               for giver, receiver, amount in got), got


def test_a_commissioners_officer_among_attendees_does_not_make_the_commissioner_the_giver() -> None:
    got = funds(read(NOTES))
    assert not any("Commissioner" in giver for giver, _, _ in got), got


def test_a_list_not_opened_by_a_share_lead_takes_no_giver_from_the_grant_before() -> None:
    text = NOTES.replace("     Of this:\n", "     Providers this year:\n")
    got = funds(read(text))
    assert not any(receiver == "Rotherham Rise" for _, receiver, _ in got), got


# -- a holder's allocation spent project by project


MINUTES = """Safer Kingston Partnership Board

Minutes of the meeting of the Royal Borough of Kingston upon Thames held on 4 June 2024

7. Crime prevention funding

7.1  Officers confirmed that MOPAC has allocated £120,000 to the Royal Borough for 2024/25 out of the
     London Crime Prevention Fund.

7.2  The allocation will be spent on the following:

     Project                                   Provider                      2024/25
     Knife crime mentoring                     Surbiton Youth Trust          £70,000
     Stalking advocacy                         Thames Valley Advocacy CIC    £50,000
                                                                Total      £120,000
"""


def test_the_royal_borough_written_bare_is_the_papers_council() -> None:
    got = funds(read(MINUTES))
    assert ("Mayor's Office for Policing and Crime", "Royal Borough of Kingston upon Thames", Decimal(120000)) in got, \
        got


def test_the_holder_of_an_allocation_pays_the_providers_of_the_table_below() -> None:
    got = funds(read(MINUTES))
    assert ("Royal Borough of Kingston upon Thames", "Surbiton Youth Trust", Decimal(70000)) in got, got
    assert ("Royal Borough of Kingston upon Thames", "Thames Valley Advocacy CIC", Decimal(50000)) in got, got


def test_a_table_under_a_new_heading_is_not_the_allocation_above() -> None:
    text = MINUTES.replace("7.2  The allocation will be spent on the following:",
                           "8. Voluntary sector grants\n\nThe allocation will be spent on the following:")
    got = funds(read(text))
    assert not any(giver.startswith("Royal Borough") and receiver == "Surbiton Youth Trust"
                   for giver, receiver, _ in got), got


# -- what the money is for is not always who receives it


def test_a_place_written_as_a_modifier_is_not_its_council_receiving() -> None:
    doc = read("Safer Gateshead Partnership\n\nReport to the Scrutiny Committee, 2024\n\n"
               "5.1  In 2023/24 the Partnership received £88,000 from the Northumbria PCC's Community Safety Fund,\n"
               "     and the Council provided £41,000 for the Gateshead night-time economy patrols.\n")
    got = funds(doc)
    assert not any(receiver == "Gateshead Council" and amount == Decimal(41000) for _, receiver, amount in got), got


def test_a_streams_contribution_to_a_body_goes_to_that_body() -> None:
    doc = read("Surrey Police and Crime Commissioner\nDecision 031/2024: Community Safety Fund grants\n\n"
               "Decision maker: Police and Crime Commissioner for Surrey\n\n"
               "5.1  The remaining £42,600 is kept back for the Serious Violence Duty contribution to the Surrey\n"
               "     Violence Reduction Partnership, subject to a separate decision.\n")
    got = funds(doc)
    assert any(receiver == "Surrey Violence Reduction Partnership" and amount == Decimal(42600)
               for _, receiver, amount in got), got
    assert not any(receiver == "Serious Violence Duty" for _, receiver, _ in got), got


# -- givers named with their holder, receivers named before a purpose


def test_a_receiver_named_before_the_amount_outranks_the_purpose_after_it() -> None:
    doc = read("Wigan Borough Council\nCabinet report\n\n"
               "3.4  The Greater Manchester Violence Reduction Unit has given the Community Safety Partnership\n"
               "     £52,000 for 2024/25 to meet the Serious Violence Duty.\n")
    got = funds(doc)
    assert any(giver == "Greater Manchester Violence Reduction Unit" and amount == Decimal(52000) and
               receiver.endswith("Community Safety Partnership") for giver, receiver, amount in got), got
    assert not any(receiver == "Serious Violence Duty" for _, receiver, _ in got), got


def test_an_office_named_before_its_holder_in_commas_gives_the_grant() -> None:
    doc = read("Shropshire Council\nCabinet report\n\n"
               "4.2  The West Mercia Police and Crime Commissioner, Marnie Okafor-Hale, has confirmed a Local\n"
               "     Policing Fund grant of £98,000 to the Community Safety Partnership for 2024/25.\n")
    got = funds(doc)
    assert any(giver == "West Mercia Police and Crime Commissioner" and amount == Decimal(98000)
               for giver, _, amount in got), got


def test_a_numbered_paragraph_wrapped_after_a_capital_is_not_a_heading() -> None:
    text = ("Shropshire Council\nCabinet report\n\n"
            "4.2  The West Mercia Police and Crime Commissioner, Marnie Okafor-Hale, has confirmed a Local\n"
            "     Policing Fund grant of £98,000 to the Community Safety Partnership for 2024/25.\n\n"
            "3.4  The Greater Manchester Violence Reduction Unit has given the Community Safety Partnership\n"
            "     £52,000 for 2024/25.\n\n"
            "5.  Community Safety Partnership Strategic Assessment, Priorities and Delivery Plan Review\n")
    text = clean(text)
    kinds = {text[ln.start : ln.end].split()[0]: ln.kind for ln in read_layout(text).lines if text[ln.start : ln.end]}
    assert kinds["4.2"] != "heading" and kinds["3.4"] != "heading" and kinds["5."] == "heading", kinds


def test_a_plain_dashed_rule_keeps_a_tables_header_with_its_rows() -> None:
    text = ("2. CSP ALLOCATIONS 2024/25\n\n"
            "  Table 1 - Community Safety Fund allocations 2024/25\n"
            "  --------------------------------------------------------------------------\n"
            "  Community Safety Partnership              Local authority area        Amount\n"
            "  --------------------------------------------------------------------------\n"
            "  Safer Torbay Partnership                  Torbay                      £61,200\n"
            "  Safer Plymouth Partnership                Plymouth                    £98,450\n"
            "  --------------------------------------------------------------------------\n")
    tables = read_layout(clean(text)).tables
    assert len(tables) == 1 and [c.casefold() for c in tables[0].header][0] == "community safety partnership", \
        [t.header for t in tables]
    assert len(tables[0].body_rows()) == 2


# -- a table of grants with a column naming each grant's funder


GRANTS = """Dudley Combating Drugs Partnership

Funding

In 2024/25 Dudley Council received these grants to fund substance misuse treatment:

  Grant                                                 Funder                      2024/25
  Public Health Grant (substance misuse element)        DHSC                        £2.10m
  Rough Sleeping Drug and Alcohol Treatment Grant       OHID                        £305,000
  Individual Placement and Support (IPS) grant          OHID / DWP                  £88,200
"""


def test_each_grants_funder_gives_the_council_the_lead_in_names() -> None:
    got = funds(read(GRANTS))
    assert ("Department of Health and Social Care", "Dudley Council", Decimal(2100000)) in got, got
    assert ("Office for Health Improvement and Disparities", "Dudley Council", Decimal(305000)) in got, got
    assert ("Department of Health and Social Care", "Public Health Grant", None) in got, got


def test_a_second_funder_of_one_grant_funds_without_the_amount() -> None:
    got = funds(read(GRANTS))
    assert ("Office for Health Improvement and Disparities", "Dudley Council", Decimal(88200)) in got, got
    assert ("Department for Work and Pensions", "Dudley Council", None) in got, got


def test_a_grants_table_without_a_receiving_lead_in_is_left_alone() -> None:
    got = funds(read(GRANTS.replace("In 2024/25 Dudley Council received these grants to fund substance misuse "
                                    "treatment:", "Grants for drug and alcohol work are listed for information.")))
    assert not any(receiver == "Dudley Council" for _, receiver, _ in got), got


# -- periods


def test_a_grant_over_two_financial_years_names_both() -> None:
    assert grant_period("granted for 2023/24 and 2024/25 (£64,000 overall)") == "2023/24 and 2024/25"
    assert grant_period("across 2022-23 to 2024-25") == "2022/23 to 2024/25"
    assert grant_period("in 2024/25, and £9,000 in 2019/20") == "2024/25"


def test_the_shares_listed_under_a_grant_take_its_period() -> None:
    doc = read(NOTES)
    periods = {f.object.name: f.period for f in doc.facts if f.relation == "funds" and f.amount is not None}
    assert periods.get("Rotherham Rise") == "2024/25", periods


def test_a_paper_about_one_financial_year_dates_the_amounts_it_gives_without_one() -> None:
    doc = read("Source: https://www.example.gov.uk/decisions/pcd-2041\n\nViolence Fund Grant Allocations\n\n"
               "Decision by: Deputy Mayor for Policing and Crime\n\n"
               "This paper asks for approval to allocate £95,000 across two projects for 2021/22 funding.\n\n"
               "1. Approve the award to Brightside Youth CIC of a grant of £60,000.\n\n"
               "2. Approve a grant of £35,000 to LB Hounslow, up from £30,000 last year.\n")
    periods = {f.amount: f.period for f in doc.facts if f.relation == "funds" and f.amount is not None}
    assert periods.get(Decimal(60000)) == "2021/22", periods
    assert periods.get(Decimal(30000)) is None, periods  # last year's amount is not this year's


def test_a_paper_naming_several_years_leaves_an_undated_amount_undated() -> None:
    doc = read("Safer Hounslow Partnership\nAnnual Report\n\n"
               "In 2022/23 the Partnership spent its grant on patrols. In 2023/24 it will spend it on mentoring.\n\n"
               "The Council has allocated £12,000 to Hounslow Street Pastors.\n")
    periods = {f.amount: f.period for f in doc.facts if f.relation == "funds" and f.amount is not None}
    assert periods.get(Decimal(12000)) is None, periods


# -- names wrapped over a line, and an office followed by a second name


SCRUTINY = """Safer Gateshead Partnership

Report to the Communities Scrutiny Committee, 2024

2.3  The Partnership works closely with the Durham Police and Crime Commissioner and the Durham Violence
     Reduction Unit (VRU). Its Board reports each year to the Gateshead Strategic Partnership.

5.1  In 2023/24 the VRU provided £97,000 to the Safer Gateshead Partnership.
"""


def test_an_office_then_and_the_starts_a_second_name() -> None:
    names = {(m.kind, m.name) for m in find_mentions(
        "closely with the Durham Police and Crime Commissioner and the Durham Violence Reduction Unit", 0, 99)}
    assert ("post", "Durham Police and Crime Commissioner") in names, names
    assert ("body", "Durham Violence Reduction Unit") in names, names


def test_an_acronym_defined_beside_a_name_wrapped_over_two_lines_is_that_names() -> None:
    got = funds(read(SCRUTINY))
    assert ("Durham Violence Reduction Unit", "Safer Gateshead Partnership", Decimal(97000)) in got, got


def test_a_long_numbered_line_running_on_into_the_next_is_prose() -> None:
    text = clean(SCRUTINY)
    kinds = {text[ln.start : ln.end].split()[0]: ln.kind for ln in read_layout(text).lines if text[ln.start : ln.end]}
    assert kinds["2.3"] != "heading", kinds


def test_the_partnership_in_its_boards_minutes_is_the_papers_own_not_the_last_named() -> None:
    doc = read("Safer Islington Partnership Board\n\nMinutes of the meeting held on 2 July 2024\n\n"
               "6.1 The Islington Combating Drugs Partnership reported on treatment numbers.\n\n"
               "6.2 The Board noted that Islington Youth Hub had received £21,000 from the Partnership's Community\n"
               "Safety Fund for 2024/25.\n")
    givers = {giver for giver, receiver, _ in funds(doc) if receiver == "Islington Youth Hub"}
    assert givers and not any("Drugs" in g for g in givers), givers


# -- what the money pays for, named with a lower-case head


def test_money_towards_a_bodys_post_goes_to_the_post_not_the_body() -> None:
    doc = read("Hampshire Police and Crime Commissioner\nDecision 2024/017\n\n"
               "Decision maker: Police and Crime Commissioner for Hampshire\n\n"
               "The Commissioner will also contribute £18,000 towards the Southampton Drug Related Death Panel\n"
               "review co-ordinator for 2024/25.\n")
    got = funds(doc)
    assert any(receiver == "Southampton Drug Related Death Panel review co-ordinator" and amount == Decimal(18000)
               for _, receiver, amount in got), got
    assert not any(receiver == "Southampton Drug Related Death Panel" for _, receiver, _ in got), got


def test_a_schemes_upgrade_is_what_the_allocation_is_for() -> None:
    doc = read("Shropshire Council\nCabinet report\n\nRESOLVED that Cabinet notes the allocation of £640,000 from the "
               "Council's capital budget for the Safer Streets CCTV upgrade in 2024/25.\n")
    got = funds(doc)
    assert any(receiver == "Safer Streets CCTV upgrade" for _, receiver, _ in got), got


def test_a_name_between_an_article_and_grant_is_the_grants_kind_not_its_receiver() -> None:
    doc = read("Walsall Council\nCabinet report\n\n4.1 The West Midlands Police and Crime Commissioner awards a "
               "Community Safety Partnership grant of £174,000 for 2024/25.\n\n"
               "4.2 The West Midlands Police and Crime Commissioner has given the Safer Walsall Partnership a grant "
               "of £12,000 for 2024/25.\n")
    got = funds(doc)
    assert not any(amount == Decimal(174000) for *_, amount in got), got
    assert ("West Midlands Police and Crime Commissioner", "Safer Walsall Partnership", Decimal(12000)) in got, got


def test_a_rows_own_years_cell_gives_its_grants_period() -> None:
    doc = read("Police and Crime Commissioner for Kent\nDecision 2024/033: Community Safety Fund, round one\n\n"
               "Decision maker: Police and Crime Commissioner for Kent\n\n"
               "The Commissioner has agreed the following awards:\n\n"
               "  Applicant                          Project                              Amount      Year(s)\n"
               "  Dartford Borough Council           Town centre night hub                £11,250     2024/25\n"
               "  Medway Youth Trust                 Youth diversion programme            £20,000     2024/25-2025/26\n"
               "  Total                                                                   £31,250\n")
    periods = {f.object.name: f.period for f in doc.facts if f.relation == "funds" and f.amount is not None}
    assert periods.get("Dartford Borough Council") == "2024/25", periods
    assert periods.get("Medway Youth Trust") == "2024/25 to 2025/26", periods


def test_two_sums_of_two_streams_from_one_giver_both_go_to_the_receiver() -> None:
    doc = read("Sandwell Combating Drugs Partnership\n\nFunding\n\n"
               "In 2024/25 the Council received £1,204,000 of SSMTRG and £230,500 of the Inpatient Detoxification "
               "grant\nfrom the Office for Health Improvement and Disparities (OHID).\n")
    got = funds(doc)
    assert ("Office for Health Improvement and Disparities", "Sandwell Council", Decimal(1204000)) in got or \
        any(amount == Decimal(1204000) and giver.startswith("Office for Health") for giver, _, amount in got), got
    receivers = {receiver for _, receiver, amount in got if amount in (Decimal(1204000), Decimal(230500))}
    assert len(receivers) == 1 and "Sandwell" in next(iter(receivers)), got


def test_a_second_sum_from_another_giver_goes_to_the_same_receiver() -> None:
    doc = read("Safer Redcar Partnership\nAnnual report\n\n"
               "The Partnership received £40,000 from Redcar and Cleveland Council and £25,000 from the Cleveland "
               "Police and Crime Commissioner.\n")
    got = funds(doc)
    assert any(amount == Decimal(25000) and receiver == "Safer Redcar Partnership" and "Commissioner" in giver
               for giver, receiver, amount in got), got


def test_a_provider_rows_years_cell_gives_its_period() -> None:
    header = "     Project                                   Provider                      "
    text = MINUTES.replace(header + "2024/25\n", header + "Amount     Year\n")
    text = text.replace("£70,000\n", "£70,000    2024/25\n").replace("£50,000\n", "£50,000    2024/25-2025/26\n")
    doc = read(text)
    periods = {f.object.name: f.period for f in doc.facts if f.relation == "funds" and f.amount is not None}
    assert periods.get("Surbiton Youth Trust") == "2024/25", periods
    assert periods.get("Thames Valley Advocacy CIC") == "2024/25 to 2025/26", periods
