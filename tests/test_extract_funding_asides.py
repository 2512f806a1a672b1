"""Funding sentences with an aside between a name and its verb (loaders/extract/funding.py): "Y, delivered by P,
received £N", "the unit, hosted by the OPCC and run by its Director, Jo Bloggs, received £N": the host, the
provider and the officer named in the aside neither give nor receive the money; and "£N to Y for a post, hosted by
Z": the host after the amount is not the giver.

Every sentence here is written for the test, in several councils' styles; the people are invented."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import funds, read

HEAD = "Annual report 2024/25\n\n"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Medway Hate Incident Support Service, delivered by Victim Support, received £45,000 from the Home "
         "Office.",
         ("Home Office", "Medway Hate Incident Support Service", Decimal(45000))),
        ("The Lancashire Violence Reduction Network (LVRN), hosted by Lancashire County Council and managed by "
         "its Director, Petra Quillfeather, received £3.2 million in 2023/24 from the Home Office.",
         ("Home Office", "Lancashire Violence Reduction Network", Decimal(3200000))),
        ("The Gwent Violence Prevention Unit, which is hosted by the Commissioner's office, "
         "has been granted £850,000 by the Home Office for 2025/26.",
         ("Home Office", "Gwent Violence Prevention Unit", Decimal(850000))),
    ],
)
def test_the_receiver_is_the_name_the_aside_follows(sentence: str, expected: tuple) -> None:
    found = funds(HEAD + sentence + "\n")
    assert expected in found, found
    assert {o for _, o, _ in found} == {expected[1]}, found


def test_the_host_after_the_amount_is_not_the_giver() -> None:
    found = funds(HEAD + "In 2024/25 the Office of the Police and Crime Commissioner for Humberside awarded "
                  "£28,000 to the Grimsby Exploitation Partnership for a Navigator post, hosted by Grimsby "
                  "Women's Centre.\n")
    assert {s for s, _, _ in found} == {"Office of the Police and Crime Commissioner for Humberside"}, found


def test_an_office_before_its_holder_still_gives() -> None:
    found = funds(HEAD + "The Commissioner, Orla Brackenridge, has awarded £5,000 to the Safer Rotherham "
                  "Partnership.\n")
    assert any(o == "Safer Rotherham Partnership" and a == Decimal(5000) for _, o, a in found), found


FUNDER_TABLES = [
    # tab-separated, the period in the heading
    ("Grants 2024/25\n\n"
     "Funder\tRecipient\tPurpose\tAmount\n"
     "Staffordshire Commissioner\tStoke-on-Trent City Council\tTown centre wardens\t£41,000\n"
     "Stoke-on-Trent City Council\tHanley Street Chaplains Trust\tWeekend welfare volunteers\t£7,250\n"),
    # a pipe table, the period in the amount's column
    ("Funding\n\n"
     "| Funder | Recipient | Purpose | 2025/26 |\n"
     "|---|---|---|---|\n"
     "| Staffordshire Commissioner | Stoke-on-Trent City Council | Town centre wardens | £41,000 |\n"
     "| Stoke-on-Trent City Council | Hanley Street Chaplains Trust | Weekend welfare volunteers | £7,250 |\n"
     "| Total | | | £48,250 |\n"),
]


@pytest.mark.parametrize("table", FUNDER_TABLES)
def test_a_table_naming_each_funder_and_recipient(table: str) -> None:
    found = funds("Hanley Night-Time Economy Partnership\n\n" + table)
    assert ("Stoke-on-Trent City Council", "Hanley Street Chaplains Trust", Decimal(7250)) in found, found
    assert any(o == "Stoke-on-Trent City Council" and a == Decimal(41000) for _, o, a in found), found
    assert not any(a == Decimal(48250) for _, _, a in found), found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the fund's name and its receiver, which the name finder reads as one name over "to"
        ("For 2024/25 the North Wales Police and Crime Commissioner gives £19,500 via the Community Safety "
         "Fund to Safer Wrexham for county lines prevention work.",
         ("North Wales Police and Crime Commissioner", "Safer Wrexham", Decimal(19500))),
        # a passive with its agent and the sum after "at"
        ("The Bright Futures mentoring programme, funded by Salford City Council at £64,000 for 2024/25, works "
         "with pupils at risk of exclusion.",
         ("Salford City Council", "Bright Futures mentoring programme", Decimal(64000))),
        # a national body's fund gives: the body gives
        ("The Home Office Safer Streets Fund awarded £275,000 to Gateshead Council for 2023/24 and 2024/25.",
         ("Home Office", "Gateshead Council", Decimal(275000))),
        # "for a pilot" after the receiver is what the money is for, not part of its name
        ("Ms Tranter confirmed that the Home Office will also provide £12,000 in 2024/25 to Bolton Women's Aid "
         "for a pilot of weekend outreach.",
         ("Home Office", "Bolton Women's Aid", Decimal(12000))),
    ],
)
def test_sentence_forms_of_a_grant(sentence: str, expected: tuple) -> None:
    found = funds(HEAD + sentence + "\n")
    assert expected in found, found


def test_a_fund_that_gives_is_not_the_papers_own_funder() -> None:
    # a commissioner's paper: its amounts are the commissioner's unless a sentence names another giver
    text = ("Police and Crime Commissioner for Lancashire - decision record\n\nDecision maker: Police and Crime "
            "Commissioner for Lancashire\n\n1. The Youth Endowment Fund has awarded £30,000 to Blackburn Youth "
            "Zone for detached youth work.\n")
    found = funds(text)
    assert not any(o == "Blackburn Youth Zone" for _, o, _ in found), found


def test_an_aside_after_a_quoted_name_and_its_head_word() -> None:
    found = funds(HEAD + 'The "Fresh Start" perpetrator programme, commissioned by the Office of the Police and '
                  "Crime Commissioner and delivered by Pathway North CIC, received £210,000 in 2023/24 from the Home "
                  "Office Perpetrator Intervention Fund.\n")
    assert found == {("Home Office", "Fresh Start", Decimal(210000))}, found


CONTRIBUTOR_TABLES = [
    ("Rochdale Safeguarding Adults Board - Annual Report 2024/25\n\n"
     "The Rochdale Safeguarding Adults Board is the statutory board for the borough.\n\n"
     "5. Funding 2024/25\n\n"
     "   Contributor                          Amount\n"
     "   Rochdale Borough Council             £96,400\n"
     "   Greater Manchester Police            £21,000\n"
     "   Total                                £117,400\n"),
    ("Bury Youth Justice Partnership - Plan\n\n"
     "The Bury Youth Justice Partnership oversees the youth justice service.\n\n"
     "Budget\n\n"
     "| Contributing partner | 2025/26 |\n"
     "|---|---|\n"
     "| Bury Council | £96,400 |\n"
     "| Greater Manchester Police | £21,000 |\n"),
]


@pytest.mark.parametrize("text", CONTRIBUTOR_TABLES)
def test_contributors_under_a_funding_title_pay_the_papers_body(text: str) -> None:
    found = funds(text)
    assert any(s == "Greater Manchester Police" and a == Decimal(21000) for s, _, a in found), found
    assert not any(a == Decimal(117400) for _, _, a in found), found


def test_a_list_of_allocations_under_the_papers_partnership() -> None:
    text = ("Causeway Coast and Glens Policing and Community Safety Partnership\n\nMinutes of the meeting\n\n"
            "Members agreed the following allocations from the 2024/25 action plan:\n"
            "  - Safer Streets Ballymoney scheme: £21,000, delivered by Ballymoney Community Trust;\n"
            "  - Street Pastors (Coleraine and Portrush): £9,400;\n"
            "  - Causeway Youth Hub outreach: £4,750;\n"
            "  - Total: £30,400.\n")
    found = funds(text)
    body = "Causeway Coast and Glens Policing and Community Safety Partnership"
    assert (body, "Safer Streets Ballymoney scheme", Decimal(21000)) in found, found
    assert (body, "Street Pastors", Decimal(9400)) in found, found
    assert (body, "Causeway Youth Hub", Decimal(4750)) in found, found  # the hub's outreach: the hub gets it
    assert not any(a == Decimal(30400) for _, _, a in found), found


def test_a_list_of_commissioned_services_with_their_providers() -> None:
    text = ("Gwent Area Planning Board\n\nMinutes\n\n"
            "3.1 The commissioned services for 2024/25 are:\n"
            "     - Adult community drug service (Gwent Recovery Hub), delivered by Newport Recovery Trust, contract\n"
            "       value £920,000\n"
            "     - Family support, delivered by Barnardo's Cymru, £210,500\n"
            "     - Arrest referral, delivered by Newport DIP Partnership Ltd\n")
    doc = read(text)
    got = {(f.subject.name, f.relation, f.object.name, f.amount) for f in doc.facts
           if f.rule == "funding:allocation_list"}
    board = "Gwent Area Planning Board"
    assert (board, "funds", "Newport Recovery Trust", Decimal(920000)) in got, got
    assert (board, "funds", "Barnardo's Cymru", Decimal(210500)) in got, got
    assert (board, "commissions", "Newport DIP Partnership Ltd", None) in got, got


@pytest.mark.parametrize("sentence", [
    "Under the 2004 Act the Safer Plymouth Partnership has to decide whether to commission a review when a "
    "death meets the criteria.",
    "The Bristol Community Safety Partnership will decide whether or not to commission a Domestic Abuse Related "
    "Death Review.",
])
def test_an_open_question_commissions_nothing(sentence: str) -> None:
    doc = read(HEAD + sentence + "\n")
    assert not [f for f in doc.facts if f.relation == "commissions"], [f.object.name for f in doc.facts]


def test_the_antecedent_of_which_was_awarded_receives() -> None:
    text = ("Decision record\n\nDecision maker: Police and Crime Commissioner for Cumbria\n\n"
            "1. The Commissioner commissions Victims Gateway Cumbria, the county's triage hub for people harmed by "
            "crime, which was awarded £1.1 million in 2023/24 and is run by a national charity.\n")
    found = funds(text)
    assert any(o == "Victims Gateway Cumbria" and a == Decimal(1100000) for _, o, a in found), found


@pytest.mark.parametrize("lead, giver", [
    ("The following small grants were agreed by the Small Grants Panel at its spring meeting:",
     "Hackney Safer Neighbourhood Board"),
    ("The following grants were awarded by Hackney Council in March:", "London Borough of Hackney"),
])
def test_a_table_of_approved_grants(lead: str, giver: str) -> None:
    text = ("Hackney Safer Neighbourhood Board - minutes\n\nThe Hackney Safer Neighbourhood Board met on 3 April.\n\n"
            + lead + "\n\n"
            "| Recipient | Project | Amount |\n|---|---|---|\n"
            "| Clapton Tenants Association | Door chains for older residents | £1,900 |\n"
            "| Dalston Youth Boxing CIC | Friday night sessions | £3,200 |\n"
            "| Total | | £5,100 |\n")
    found = funds(text)
    assert (giver, "Dalston Youth Boxing CIC", Decimal(3200)) in found, found
    assert not any(a == Decimal(5100) for _, _, a in found), found


def test_a_possessed_fund_that_gives_is_read_as_its_owners_gift() -> None:
    # the fund is the owner's money: the gold of several councils' papers has the owner fund the receiver
    # (see test_extract_funding_owned_budget.py); a fund with no owner named still gives nothing
    text = ("Decision record\n\nDecision maker: Police and Crime Commissioner for Norfolk\n\n"
            "1. The Commissioner's Victims Fund is to give £9,000 to Great Yarmouth Women's Aid this year.\n")
    found = funds(text)
    assert {g for g, o, _ in found if o == "Great Yarmouth Women's Aid"} == {"Norfolk Police and Crime Commissioner"}, \
        found
