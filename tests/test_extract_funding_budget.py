"""loaders/extract/funding.py: forms of money written by councils that the older rules missed: a body's budget
set out contributor by contributor, and contributions from "the statutory partners"."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import read


def funds(doc) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}


# -- a budget by contributor


def test_a_youth_offending_budget_table_by_agency() -> None:
    doc = read("Rotherham Youth Justice Plan 2025-26\n\n"
               "6. Resources\n\n"
               "The Rotherham Youth Justice Service budget for 2025-26 is set out below.\n\n"
               "Agency                                   2025-26\n"
               "Rotherham Metropolitan Borough Council   £910,000\n"
               "South Yorkshire Police                   £48,500\n"
               "Total                                    £958,500\n")
    got = funds(doc)
    assert any(giver.startswith("Rotherham") and receiver == "Rotherham Youth Justice Service" and
               amount == Decimal(910000) for giver, receiver, amount in got)
    assert ("South Yorkshire Police", "Rotherham Youth Justice Service", Decimal(48500)) in got
    assert not any(amount == Decimal(958500) for _, _, amount in got)  # the total names no contributor


def test_a_pooled_budget_table_takes_the_total_column() -> None:
    doc = read("Kirklees Youth Justice Plan\n\n"
               "7.2  Partner contributions to the youth justice pooled budget 2025/26\n\n"
               "  Partner                      Staffing      In kind      Other funds     Total\n"
               "  Kirklees Council             £700,100      -            £55,000         £755,100\n"
               "  West Yorkshire Police        £81,000       £4,000       -               £85,000\n"
               "  Total                        £781,100      £4,000       £55,000         £840,100\n")
    got = funds(doc)
    assert ("Kirklees Council", "Youth justice pooled budget", Decimal(755100)) in got
    assert ("West Yorkshire Police", "Youth justice pooled budget", Decimal(85000)) in got
    assert not any(amount in (Decimal(700100), Decimal(81000)) for _, _, amount in got)


def test_an_agency_table_of_money_paid_out_is_not_a_budget_of_contributions() -> None:
    doc = read("Torbay Community Safety Partnership\n\n"
               "The Partnership budget for 2024/25 was allocated to these agencies:\n\n"
               "Agency                          Amount\n"
               "Torbay Street Pastors           £6,000\n"
               "Devon and Cornwall Police       £9,500\n")
    assert not {f for f in doc.facts if f.rule == "funding:budget_table"}


def test_an_agency_column_without_a_budget_above_is_left_alone() -> None:
    doc = read("Swindon Borough Council\n\n"
               "Attendance at partnership events in 2024:\n\n"
               "Agency                          Cost\n"
               "Wiltshire Police                £1,200\n"
               "Swindon Borough Council         £2,400\n")
    assert not {f for f in doc.facts if f.rule == "funding:budget_table"}


def test_contributions_from_the_statutory_partners_and_a_council_written_as_a_place() -> None:
    doc = read("Gwent Safeguarding Board Annual Report\n\n"
               "4.2 Finances\n\n"
               "The Gwent Safeguarding Board is funded by contributions from the statutory partners.\n\n"
               "  Contributor                       2023-24\n"
               "  Newport CBC                       £41,000\n"
               "  Gwent Police                      £20,500\n"
               "  TOTAL                             £61,500\n")
    got = funds(doc)
    assert ("Gwent Police", "Gwent Safeguarding Board", Decimal(20500)) in got
    assert any(giver.startswith("Newport") and amount == Decimal(41000) for giver, _, amount in got)


# -- a grant confirmed, and the earlier amount it is compared with

_FILLER = "".join(f"{i}. The meeting discussed item {i} on parks and street lighting and noted the officer's update.\n"
                  for i in range(1, 9))


def _minutes(sentence: str) -> str:
    # the lines above keep the paper from reading as a commissioner's own (which would supply a funder)
    return f"Minutes of the Safer Chelmsford Partnership meeting held on 4 June 2024.\n\n{_FILLER}\n{sentence}\n"


def periods(doc) -> set[tuple[Decimal | None, str | None]]:
    return {(f.amount, f.period) for f in doc.facts if f.relation == "funds"}


def test_an_allocation_confirmed_to_a_partnership_and_the_year_before() -> None:
    doc = read(_minutes("The officer said the Essex Police, Fire and Crime Commissioner had confirmed an allocation "
                        "of £47,000 to the Safer Chelmsford Partnership for 2024/25, a reduction from £51,500 in "
                        "2023/24."))
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert len(got) == 1 and next(iter(got))[1] == "Safer Chelmsford Partnership"
    assert periods(doc) == {(Decimal(47000), "2024/25"), (Decimal(51500), "2023/24")}


def test_up_from_last_years_amount_keeps_no_period_it_does_not_state() -> None:
    doc = read(_minutes("Chelmsford City Council has allocated £9,000 to Chelmsford Street Pastors for 2024/25, up "
                        "from £7,500 last year."))
    assert periods(doc) == {(Decimal(9000), "2024/25"), (Decimal(7500), None)}


def test_a_second_amount_for_another_receiver_is_not_a_comparison() -> None:
    doc = read(_minutes("Chelmsford City Council has allocated £9,000 to Chelmsford Street Pastors and £4,000 to "
                        "Chelmsford Shopwatch for 2024/25."))
    got = {(f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Chelmsford Street Pastors", Decimal(4000)) not in got


# -- a grant named as the subject of its amount


def grants(doc) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}


def test_the_owner_of_a_grant_to_a_partnership_gives_it() -> None:
    doc = read(_minutes("For 2024/25 the Hertfordshire PCC's Community Safety Grant to the Safer Chelmsford "
                        "Partnership is £38,200."))
    assert {(r, a) for _, r, a in grants(doc)} == {("Safer Chelmsford Partnership", Decimal(38200))}
    assert all("Hertfordshire" in g for g, _, _ in grants(doc))


def test_the_owner_of_a_grant_from_a_department_receives_it() -> None:
    doc = read(_minutes("The Essex Violence and Vulnerability Unit's core grant from the Home Office for 2024/25 "
                        "is £1.4 million."))
    assert grants(doc) == {("Home Office", "Essex Violence and Vulnerability Unit", Decimal(1400000))}


def test_a_department_named_before_its_grant_gives_it() -> None:
    doc = read(_minutes("The Home Office grant to the Safer Chelmsford Partnership for 2023/24 was £16,500."))
    assert grants(doc) == {("Home Office", "Safer Chelmsford Partnership", Decimal(16500))}


def test_a_grant_named_after_a_preposition_is_not_the_sentence_subject() -> None:
    doc = read(_minutes("The money from the Home Office grant to Chelmsford City Council is £9,000."))
    assert ("Home Office", "Chelmsford City Council", Decimal(9000)) not in grants(doc)


# -- "funded by A and by a grant from B"


def test_each_giver_after_funded_by_funds_the_service_with_its_bracketed_amount() -> None:
    doc = read("Stockton-on-Tees Borough Council\n\nThe Stockton Youth Diversion Service is funded by Stockton-on-"
               "Tees Borough Council and by a grant from the Cleveland Police and Crime Commissioner (£27,000 in "
               "2024/25).\n")
    got = {(f.subject.name, f.object.name, f.amount, f.period) for f in doc.facts if f.relation == "funds"}
    assert ("Cleveland Police and Crime Commissioner", "Stockton Youth Diversion Service", Decimal(27000),
            "2024/25") in got
    assert not any(receiver.startswith("Stockton-on-Tees") for _, receiver, _, _ in got)


def test_a_second_giver_is_not_read_as_the_first_givers_receiver() -> None:
    doc = read("Bolton Council\n\nThe Bolton Youth Offending Team is funded by Bolton Council and by a contribution "
               "from the Greater Manchester Combined Authority.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert ("Greater Manchester Combined Authority", "Bolton Council") not in got
    assert ("Greater Manchester Combined Authority", "Bolton Youth Offending Team") in got


# -- passing on a share of a named grant; a host named in an aside; a grant settled for its receiver


def test_a_share_of_a_named_grant_passed_to_a_partnership() -> None:
    doc = read(_minutes("The Cumbria Police and Crime Commissioner will pass £61,000 of the Home Office Serious "
                        "Violence Duty grant for 2024/25 to the Cumbria Serious Violence Partnership."))
    got = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Cumbria Police and Crime Commissioner", "Cumbria Serious Violence Partnership", Decimal(61000)) in got


def test_the_host_named_in_an_aside_is_not_the_giver() -> None:
    doc = read(_minutes("The Hampshire Violence Reduction Unit, hosted by the Office of the Hampshire Police and "
                        "Crime Commissioner, had granted £52,000 to Basingstoke and Deane Borough Council for "
                        "2024/25."))
    givers = {f.subject.name for f in doc.facts if f.relation == "funds"}
    assert givers == {"Hampshire Violence Reduction Unit"}


def test_a_giver_that_confirmed_a_places_allocation() -> None:
    doc = read(_minutes("The officer reported that the Greater Manchester Combined Authority had confirmed "
                        "Bolton's Community Safety Fund allocation of £284,000 for 2024/25."))
    got = {(f.subject.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert got == {("Greater Manchester Combined Authority", Decimal(284000))}
    assert all("Bolton" in f.object.name for f in doc.facts if f.relation == "funds")


# -- an itemised allocation whose purpose ends in no service word


def test_itemised_contributions_in_a_decision_name_what_each_amount_delivers() -> None:
    doc = read("Decision Maker: Cabinet Member for Communities\n\n"
               "Decision: That the Cabinet Member for Communities approves the contributions set out below:\n\n"
               "a)  £12,000 to deliver support for survivors of stalking until the new service starts.\n"
               "b)  £7,500 to deliver a peer mentoring offer for young people leaving custody, so that they settle.\n"
               "c)  £3,000 to deliver training.\n")
    got = {(f.object.name.casefold(), f.amount) for f in doc.facts if f.relation == "funds"}
    assert any(name.endswith("support for survivors of stalking") and amount == Decimal(12000)
               for name, amount in got)
    assert any(name.endswith("peer mentoring offer for young people leaving custody") and amount == Decimal(7500)
               for name, amount in got)
    assert not any(amount == Decimal(3000) for _, amount in got)  # one word names nothing


def test_a_purpose_in_running_prose_is_not_read_as_a_recipient() -> None:
    doc = read("Decision Maker: Cabinet Member for Communities\n\n"
               "The Council has set aside money and will use £12,000 to deliver support for survivors of stalking.\n")
    assert not any(f.rule == "service:money_to" for f in doc.facts)


# -- a grant paid to, or received by, a body


def test_a_departments_grant_paid_to_a_commissioner() -> None:
    doc = read("Report to the Safer Leeds Executive\n\nThe Home Office grant for the Serious Violence Duty is paid "
               "to the West Yorkshire Combined Authority, which passes it to the district partnerships.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert ("Home Office", "West Yorkshire Combined Authority") in got


def test_a_departments_named_stream_received_by_a_board() -> None:
    doc = read("Report to the Safer Leeds Executive\n\nHome Office Serious Violence Duty grant is received by the "
               "Leeds Community Safety Partnership.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert ("Home Office", "Leeds Community Safety Partnership") in got


def test_a_grant_paid_on_by_someone_else_is_not_the_owners() -> None:
    doc = read("Report to the Safer Leeds Executive\n\nThe grant from the Home Office held by Leeds City Council is "
               "paid to the Leeds Community Safety Partnership.\n")
    assert not any(f.rule == "funding:paid_to" for f in doc.facts)


def test_a_partnership_receives_a_named_grant_from_a_commissioner() -> None:
    doc = read("Denbighshire County Council report\n\nThe Denbighshire Community Safety Partnership receives a "
               "Community Safety Fund grant from the Police and Crime Commissioner for North Wales.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert any(g.endswith("Police and Crime Commissioner") or "North Wales" in g for g, r in got
               if r == "Denbighshire Community Safety Partnership")


def test_a_grant_whose_owner_is_named_inside_is_not_read_from_its_source() -> None:
    doc = read("Denbighshire County Council report\n\nDenbighshire Youth Justice Service received the Council grant "
               "from the Welsh Government.\n")
    assert not any(f.rule == "funding:receives_from" for f in doc.facts)


def test_a_grant_named_by_its_kind_is_given_by_who_confirmed_it() -> None:
    doc = read(_minutes("The officer reported that the Staffordshire Commissioner has confirmed the Community Safety "
                        "Partnership grant to Cannock Chase of £61,250 for 2024/25."))
    givers = {f.subject.name for f in doc.facts if f.relation == "funds"}
    assert givers and all("Commissioner" in g for g in givers)


def test_a_second_predicate_funds_with_its_bracketed_amount() -> None:
    doc = read("Plymouth City Council report\n\nPlymouth City Council commissions Hamoaze House to run recovery "
               "groups, and funds Plymouth Street Pastors (£11,200) for weekend patrols.\n")
    got = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Plymouth City Council", "Plymouth Street Pastors", Decimal(11200)) in got


def test_a_departments_grant_of_an_amount_received_by_a_commissioner() -> None:
    doc = read("Report to the Safer Bristol Partnership\n\nThe Home Office Serious Violence Duty grant of £81,300 for "
               "2023-24 was received by the Avon and Somerset Police and Crime Commissioner.\n")
    got = {(f.subject.name, f.amount, f.period) for f in doc.facts if f.relation == "funds"}
    assert ("Home Office", Decimal(81300), "2023/24") in got


def test_a_council_that_administers_a_grant_does_not_fund_with_it() -> None:
    doc = read("Swansea Council report\n\nThe Welsh Government Housing Support Grant, administered by the Council, "
               "funds Swansea Women's Aid to run refuge services.\n")
    assert not any(f.relation == "funds" and f.subject.name.endswith("Council") for f in doc.facts)


def test_the_opening_subject_gives_in_its_second_predicate() -> None:
    doc = read(_minutes("The Thames Valley Violence Reduction Unit is the convening body for the Duty in the force "
                        "area and has allocated £64,000 of the Home Office Serious Violence Duty grant to the Safer "
                        "Chelmsford Partnership for 2024/25."))
    got = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Thames Valley Violence Reduction Unit", "Safer Chelmsford Partnership", Decimal(64000)) in got


def test_places_that_agreed_to_fund_a_service_fund_it_through_their_councils() -> None:
    doc = read("Sutton Council report\n\nThe Prevent Team was hit by the Home Office's cuts, but Merton and Sutton "
               "had both agreed to fund the Prevent Team jointly.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert not any(g == "Home Office" for g, _ in got)
    assert {g for g, _ in got} >= {"London Borough of Merton", "London Borough of Sutton"}


def test_a_heading_naming_an_owners_grant_to_a_board() -> None:
    doc = read("Safer Derby Board\n\nDerbyshire PCC Grant to the Safer Derby Board - 2023-2024 Overview\n\n"
               "The Board discussed the overview.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert any("Derbyshire" in g and r == "Safer Derby Board" for g, r in got)


def test_a_share_of_an_owners_grant_is_not_read_as_given_by_the_owner() -> None:
    doc = read("Safer Derby Board\n\nThe Board asked for a share of the Home Office funding to the Derby City "
               "Council.\n")
    assert not any(f.rule == "funding:grant_to" for f in doc.facts)


def test_a_council_holding_a_grant_for_a_partnership_named_in_brackets() -> None:
    doc = read("Decision Maker: Police and Crime Commissioner for Cleveland\n\n"
               "The Commissioner approves the following grants for 2024/25:\n\n"
               "Recipient                                             | Purpose                  | Amount\n"
               "Hartlepool Borough Council (Safer Hartlepool Partnership) | Partnership priorities   | £88,000\n"
               "Hartlepool Borough Council                            | Serious Violence Duty    | £21,000\n")
    got = {(f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Safer Hartlepool Partnership", Decimal(88000)) in got
    assert ("Hartlepool Borough Council", Decimal(21000)) in got
    # the council holds it as accountable body, no recipient of the partnership's sum (CONVENTIONS.md C)
    assert ("Hartlepool Borough Council", None) not in got
    assert ("Hartlepool Borough Council", Decimal(88000)) not in got
    assert ("Hartlepool Borough Council", "Safer Hartlepool Partnership") in {
        (f.subject.name, f.object.name) for f in doc.facts if f.relation == "other" and f.note == "accountable body"}


def test_national_money_for_a_commissioners_area_goes_to_the_commissioner() -> None:
    doc = read("Norfolk Police and Crime Commissioner\n\nCommunity Safety Fund 2014/15: the Commissioner's grants\n\n"
               "For 2014/15 the Government has allocated Norfolk a total fund of £610,000, which the Commissioner "
               "will distribute.\n")
    got = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("HM Government", "Norfolk County Council", Decimal(610000)) not in got
    assert any(g == "HM Government" and "Commissioner" in r and a == Decimal(610000) for g, r, a in got)


def test_national_money_for_a_council_named_in_full_stays_with_the_council() -> None:
    doc = read("Norfolk Police and Crime Commissioner\n\nCommunity Safety Fund 2014/15: the Commissioner's grants\n\n"
               "The Home Office has allocated £90,000 to Norfolk County Council for 2014/15.\n")
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "funds"}
    assert ("Home Office", "Norfolk County Council") in got


def test_a_total_shared_by_two_receivers_is_given_to_neither() -> None:
    doc = read(_minutes("The Commissioner is asked to approve grants totalling £310,000 for 2024/25 to the three "
                        "Community Safety Partnerships in Essex and to the Essex Youth Justice Service."))
    assert not any(f.amount == Decimal(310000) for f in doc.facts if f.relation == "funds")


def test_grant_returns_received_from_partnerships_are_not_money() -> None:
    doc = read("Kent County Council\n\nThe Kent Community Safety Board oversees the county agreement and receives "
               "the annual grant returns from the Safer Maidstone Partnership.\n")
    assert not any(f.relation == "funds" for f in doc.facts)


def test_a_total_split_by_year_in_brackets_spans_both_years() -> None:
    doc = read(_minutes("The London Borough of Barnet approved £150,000 to Camden Street Pastors (£60,000 in FY "
                        "2023/24 and £90,000 in FY 2024/25)."))
    got = {(f.amount, f.period) for f in doc.facts if f.relation == "funds"}
    assert (Decimal(150000), "2023/24-2024/25") in got
    assert (Decimal(60000), "2023/24") in got and (Decimal(90000), "2024/25") in got


def test_a_share_passed_on_is_given_by_the_grants_receiver() -> None:
    doc = read(_minutes("The Essex Police, Fire and Crime Commissioner has allocated £80,000 to the Safer Chelmsford "
                        "Partnership for 2024/25, of which £12,000 has been passed to Chelmsford Street Pastors."))
    got = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Safer Chelmsford Partnership", "Chelmsford Street Pastors", Decimal(12000)) in got


def test_a_share_ring_fenced_is_given_by_the_grants_giver() -> None:
    doc = read(_minutes("The Essex Police, Fire and Crime Commissioner has allocated £80,000 to the Safer Chelmsford "
                        "Partnership for 2024/25, of which £15,000 is ring-fenced for the Chelmsford Youth Offending "
                        "Service."))
    got = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Essex Police, Fire and Crime Commissioner", "Chelmsford Youth Offending Service", Decimal(15000)) in got


def test_its_pooled_fund_from_several_givers_belongs_to_the_body_named_before() -> None:
    doc = read(_minutes("Safer Braintree has no budget line of its own. Its pooled fund for 2023/24 consisted of "
                        "£31,000 from the Essex Police, Fire and Crime Commissioner and £12,500 from Braintree "
                        "District Council."))
    got = {(f.subject.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert ("Essex Police, Fire and Crime Commissioner", Decimal(31000)) in got
    assert ("Braintree District Council", Decimal(12500)) in got
    assert {f.object.name for f in doc.facts if f.relation == "funds"} == {"Safer Braintree"}
