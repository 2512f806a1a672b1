"""Funding sentence forms beyond "X gave £N to Y" (loaders/extract/funding.py): the receiver named first and the
giver after "by", the double object with a purpose after the amount, and "the award to Y of grants worth £N".

Every sentence here is written for the test, in several councils' styles; the people are invented."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import funds

HEAD = "Safer Halton Partnership report\n\n"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the giver, the receiver, the amount, then what it is for: the purpose is not the receiver
        ("The Police and Crime Commissioner for Cheshire has awarded Cheshire West and Chester Council £120,000 "
         "for the Serious Violence Duty.",
         ("Cheshire Police and Crime Commissioner", "Cheshire West and Chester Council", Decimal(120000))),
        ("Last month the Home Office granted Warrington Borough Council £75,000 for the Safer Streets project.",
         ("Home Office", "Warrington Borough Council", Decimal(75000))),
    ],
)
def test_the_double_object_with_a_purpose_after_the_amount(sentence: str, expected: tuple) -> None:
    assert expected in funds(HEAD + sentence + "\n")


def test_a_passive_receiver_is_not_read_as_the_next_giver() -> None:
    found = funds(HEAD + "Halton Borough Council receives £120,000, while Wirral Council is awarded £90,000, "
                  "Knowsley Council £80,000 and Sefton Council £70,000.\n")
    assert not {(s, o) for s, o, _ in found if s in ("Wirral Council", "Knowsley Council", "Sefton Council")}


def test_the_award_to_a_receiver_of_several_grants() -> None:
    text = ("Decision by: Police and Crime Commissioner for Cumbria\n\nRecommendation\n\n"
            "1. Approve the award to the Carlisle Business Crime Partnership of two grants worth £12,500 each, so "
            "that shop theft can be tackled in the city centre.\n")
    found = funds(text)
    assert any(o == "Carlisle Business Crime Partnership" and a == Decimal(12500) for _, o, a in found), found
    assert not any(s == o for s, o, _ in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Funding has been given to Halton Women's Aid by the Home Office for extra refuge places.",
         {("Home Office", "Halton Women's Aid", None)}),
        ("Extra funding has been given to the Ceredigion Youth Justice Team by the Police and Crime Commissioner "
         "for Dyfed-Powys (from £30k to £50k a year).",
         {("Dyfed-Powys Police and Crime Commissioner", "Ceredigion Youth Justice Team", Decimal(30000)),
          ("Dyfed-Powys Police and Crime Commissioner", "Ceredigion Youth Justice Team", Decimal(50000))}),
        # with the amount in the sentence itself, the sentence rule reads it once, with its amount
        ("Additional funding of £40,000 has been given to the Runcorn Street Pastors by the Cheshire Police and "
         "Crime Commissioner.", {("Cheshire Police and Crime Commissioner", "Runcorn Street Pastors", Decimal(40000))}),
    ],
)
def test_funding_given_to_a_receiver_by_a_giver(sentence: str, expected: set) -> None:
    found = funds(HEAD + sentence + "\n")
    assert expected <= found, found
    assert all(a is not None for _, _, a in found) or all(a is None for _, _, a in expected)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A grant of £9,000 from the Police and Crime Commissioner for Cumbria to the Safer Carlisle Partnership "
         "was confirmed.", ("Cumbria Police and Crime Commissioner", "Safer Carlisle Partnership", Decimal(9000))),
        ("Members noted a grant of £22,500 from the Police and Crime Commissioner for Northumbria to Safer "
         "Gateshead Partnership for its night-time economy work.",
         ("Northumbria Police and Crime Commissioner", "Safer Gateshead Partnership", Decimal(22500))),
    ],
)
def test_a_grant_from_an_office_named_with_its_area_to_a_body(sentence: str, expected: tuple) -> None:
    assert expected in funds(HEAD + sentence + "\n")


def test_a_bid_put_in_is_not_money_given() -> None:
    text = ("Decision by: Police and Crime Commissioner for Merseyside\n\n"
            "In May the Safer Wirral Partnership put in a bid for Home Office Safer Streets funding for tackling "
            "burglary, and were granted £310,000.\n\n"
            "Last year Wirral Council and Merseyside Police put in a bid for Home Office Surge funding to tackle "
            "knife crime, and were granted £1.2m.\n")
    found = funds(text)
    assert not any(o.startswith("Home Office") for _, o, _ in found), found
    assert not any(s in ("Safer Wirral Partnership", "Wirral Council") for s, _, _ in found), found


def test_a_grant_table_amount_with_words_after_it() -> None:
    text = ("Decision by: Police and Crime Commissioner for Cleveland\n\nGrants agreed\n\n"
            "Recipient                   | Purpose                      | Period    | Amount\n"
            "Hartlepool Youth Trust      | Mentoring for young people   | 2024-2026 | £42,000 p.a.\n"
            "Redcar Women's Refuge       | Refuge support               | 2024/25   | £18,500 (provisional)\n"
            "Total                       |                              |           | £60,500\n")
    found = funds(text)
    assert ("Cleveland Police and Crime Commissioner", "Hartlepool Youth Trust", Decimal(42000)) in found, found
    assert ("Cleveland Police and Crime Commissioner", "Redcar Women's Refuge", Decimal(18500)) in found, found
    assert not any(a == Decimal(60500) for _, _, a in found)


def test_a_sources_table_whose_first_cell_wraps_onto_a_second_line() -> None:
    text = ("Stockport Council Cabinet\n\nSafer Stockport Partnership Plan 2025-2028\n\n"
            "6. FINANCIAL IMPLICATIONS\n"
            "6.1 The plan is funded from several sources:\n"
            "    Source                                                  2025/26\n"
            "    Greater Manchester Combined Authority - Community       £97,000\n"
            "      Safety Grant (paid to the Council)\n"
            "    Home Office - Serious Violence Duty                      £18,250\n"
            "    Stockport Council - Community Safety budget              £60,000\n"
            "    Total                                                    £175,250\n")
    givers = {(s, a) for s, _, a in funds(text)}
    assert ("Home Office", Decimal(18250)) in givers, givers
    assert ("Stockport Council", Decimal(60000)) in givers or ("Stockport Metropolitan Borough Council",
                                                                Decimal(60000)) in givers, givers
    assert not any(a == Decimal(175250) for _, a in givers)


def test_a_speaker_who_added_that_is_not_the_giver() -> None:
    found = funds(HEAD + "The Deputy Police and Crime Commissioner for Cheshire added that the Police and Crime "
                  "Commissioner for Cheshire had also allocated £40k per CSP for CCTV.\n")
    assert not any(s.startswith("Cheshire Deputy") or "Deputy" in s for s, _, _ in found), found


def test_subtotal_and_grand_total_rows_name_no_recipient() -> None:
    text = ("Decision by: Police and Crime Commissioner for Cleveland\n\nGrants agreed\n\n"
            "Recipient | Purpose | Amount\n"
            "Stockton Youth Trust | Mentoring | £42,000\n"
            "Middlesbrough Women's Centre | Refuge support | £18,500\n"
            "Sub-total | | £60,500\n"
            "Grand Total | | £61,500\n")
    recipients = {o for _, o, _ in funds(text)}
    assert recipients == {"Stockton Youth Trust", "Middlesbrough Women's Centre"}, recipients


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the money's source after "funded through / from / via": the giver, not a body the thing funds
        ("The Halton Victims' Hub will stay in-house, run by the OPCC and funded through the Ministry of Justice "
         "victims' grant.\n", ("Ministry of Justice", "Halton Victims' Hub")),
        ("The Widnes Youth Diversion Scheme is funded jointly from Halton Borough Council and the Home Office.\n",
         ("Home Office", "Widnes Youth Diversion Scheme")),
        ("- Runcorn Street Pastors, funded via the Police and Crime Commissioner for Cheshire\n",
         ("Cheshire Police and Crime Commissioner", "Runcorn Street Pastors")),
    ],
)
def test_funded_through_names_the_giver_after_it(sentence: str, expected: tuple) -> None:
    found = {(g, r) for g, r, _ in funds(HEAD + sentence)}
    assert expected in found
    assert (expected[1], expected[0]) not in found


def test_funded_from_an_owner_s_budget_names_no_programme_as_the_giver() -> None:
    found = funds(HEAD + "The Widnes Youth Diversion Scheme is funded from the Home Office's Safer Streets budget.\n")
    assert not any(g == "Safer Streets" for g, _, _ in found)
