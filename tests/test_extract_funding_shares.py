"""Funding forms that lean on what comes just before (loaders/extract/funding.py): a share of the grant the sentence
before read ("Of this, £N funds Y"), the money as the subject ("£N funds the Y"), "X has confirmed £N for Y", a
table whose lead-in ends "X ... awarded:", and a contributions table "Partner contributions to the Y:".

Every text here is written for the test, in several councils' styles; the people are invented."""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_helpers import funds

HEAD = "Safer Tarnwick Partnership report\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Welsh partnership page: the award, then its parts, each paid for by the partnership that was given the
        # grant (eval README: a project funded from a partnership's grant is funded by the partnership; s17)
        ("For 2024/25 the Dyfed-Powys Police and Crime Commissioner has awarded £150,000 to Ceredigion Community "
         "Safety Partnership. Of this, £40,000 funds the Ceredigion Youth Justice Team's \"Fresh Start\" mentoring "
         "scheme and £25,000 funds the Independent Domestic Violence Advisor post hosted by Gorwel.",
         {("Ceredigion Community Safety Partnership", "Fresh Start mentoring scheme", Decimal(40000)),
          ("Ceredigion Community Safety Partnership", "Independent Domestic Violence Advisor post",
           Decimal(25000))}),
        # an English news item: "a further £N will go to Y" after the Home Office's grant
        ("The Home Office has awarded £200,000 to Torbay Council for 2024/25 for work with young people. A further "
         "£30,000 will go to Torbay and South Devon NHS Foundation Trust for a hospital youth worker.",
         {("Home Office", "Torbay and South Devon NHS Foundation Trust", Decimal(30000))}),
    ],
)
def test_a_share_of_the_grant_just_read_keeps_its_giver(text: str, expected: set) -> None:
    assert expected <= funds(HEAD + text + "\n")


def test_a_share_passed_on_is_given_by_the_receiver_of_the_grant() -> None:
    found = funds(HEAD + "The Home Office allocated £90,000 to Swindon Borough Council for 2023/24. Of this, £12,000 "
                  "was passed to Wiltshire Council.\n")
    assert ("Swindon Borough Council", "Wiltshire Council", Decimal(12000)) in found
    assert not any(s == "Home Office" and o == "Wiltshire Council" for s, o, _ in found)


def test_a_share_with_no_grant_before_it_is_left_unread() -> None:
    found = funds(HEAD + "The Board met in March.\n\nOf this, £18,000 funds the Street Pastors scheme.\n")
    assert not any(a == Decimal(18000) for _, _, a in found)


def test_the_giver_who_confirmed_an_amount_for_a_receiver() -> None:
    found = funds(HEAD + "The Ministry of Justice has confirmed £96,000 for Plymouth City Council for 2024/25.\n")
    assert ("Ministry of Justice", "Plymouth City Council", Decimal(96000)) in found


def test_a_table_after_a_lead_in_that_ends_on_awarded() -> None:
    text = ("Minutes of the Calderdale Safer Communities Board\n\n"
            "5   Community grants\n"
            "The Board heard that the Police and Crime Commissioner for West Yorkshire had awarded four grants in "
            "Halifax in round 3:\n"
            "        Recipient                         Purpose                              Amount\n"
            "        Halifax Boxing Club               Diversionary sport                   £6,500\n"
            "        Calder Valley Women's Centre      Peer support groups                  £8,200\n\n"
            "RESOLVED – That the grants be noted.\n")
    found = funds(text)
    assert ("West Yorkshire Police and Crime Commissioner", "Halifax Boxing Club", Decimal(6500)) in found, found
    assert ("West Yorkshire Police and Crime Commissioner", "Calder Valley Women's Centre", Decimal(8200)) in found


def test_a_host_named_in_an_aside_does_not_give() -> None:
    text = ("Minutes of the Safer Stockport Partnership\n\n"
            "7   Small grants\n\n"
            "The Board received an update on grants. The small grants panel, which is hosted by Stockport "
            "Voluntary Services, awarded:\n\n"
            "  Reddish Youth Club                 summer activities                 £4,000\n"
            "  Marple Street Angels               night-time welfare                £3,500\n"
            "  Bramhall Boxing Club               diversionary sport                £2,000\n\n"
            "RESOLVED: That the awards be noted.\n")
    found = funds(text)
    assert not any(s == "Stockport Voluntary Services" for s, _, _ in found)
    # the panel, written in lower case, is the giver
    assert ("small grants panel", "Reddish Youth Club", Decimal(4000)) in found, found


def test_partner_contributions_to_a_named_service() -> None:
    text = ("Youth Justice Management Board minutes\n\n"
            "6.  BUDGET 2024/25\n"
            "    Partner contributions to the Swindon Youth Justice Service for 2024/25:\n\n"
            "      Partner                                   Cash         In kind\n"
            "      Swindon Borough Council                   £540,000     -\n"
            "      Wiltshire Police                          £41,000      1 police officer\n"
            "      Youth Justice Board (grant)               £402,500     -\n\n"
            "    The Board noted the contributions.\n")
    found = funds(text)
    assert ("Wiltshire Police", "Swindon Youth Justice Service", Decimal(41000)) in found, found
    assert ("Swindon Borough Council", "Swindon Youth Justice Service", Decimal(540000)) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of a named grant funds what the grant pays for, not the council that administers it
        ("In Torfaen the Welsh Government's Housing Support Grant, which the county council administers, now funds "
         "Hafan Cymru for refuge places.", ("Welsh Government", "Hafan Cymru")),
        ("The Home Office's Safer Streets Fund also paid for Exeter Street Pastors (£9,000 in 2023/24).",
         ("Home Office", "Exeter Street Pastors")),
        # "Y, which is funded by X's Fund": the receiver named before the relative clause
        ("Treatment is bought by the Cwm Taf Area Planning Board, which is mainly funded by the Welsh "
         "Government's Substance Misuse Action Fund.", ("Welsh Government", "Cwm Taf Area Planning Board")),
    ],
)
def test_the_owner_of_a_named_grant_funds(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, o) for s, o, _ in funds(HEAD + text + "\n")}


def test_the_administering_council_does_not_fund() -> None:
    found = funds(HEAD + "In Torfaen the Welsh Government's Housing Support Grant, administered by Torfaen County "
                  "Borough Council, funds Hafan Cymru.\n")
    assert not any(s == "Torfaen County Borough Council" for s, _, _ in found)


def test_the_grant_restated_with_its_amount_keeps_its_giver_and_receiver() -> None:
    text = ("Flintshire Community Safety Partnership terms of reference\n\n8.1 The Partnership receives a Community "
            "Safety Fund grant from the Police and Crime Commissioner for North Wales. For 2024-25 the grant is "
            "£71,200.\n")
    found = funds(text)
    assert ("North Wales Police and Crime Commissioner", "Flintshire Community Safety Partnership",
            Decimal(71200)) in found, found


def test_a_place_s_allocation_of_a_grant_named_just_before() -> None:
    text = ("Youth Justice Management Board minutes\n\n5. Jo Pike reported on the Turnaround programme, which is "
            "funded by the Ministry of Justice and delivered by the Youth Justice Service. Luton's allocation is "
            "£140,500 across 2022-23 to 2024-25.\n")
    assert ("Ministry of Justice", "Luton Borough Council", Decimal(140500)) in funds(text)


def test_one_area_s_named_share_is_not_the_grant_restated() -> None:
    text = ("Safer Gwent\n\nThe Home Office grant is paid to the Police and Crime Commissioner for Gwent, who shares "
            "it between the areas. For 2023/24 the Newport and Monmouth allocation was £120,000, paid to Newport "
            "City Council.\n")
    assert not any(s == "Home Office" and a == Decimal(120000) for s, _, a in funds(text))


def test_money_before_the_verb_is_what_funds() -> None:
    found = funds(HEAD + "The outreach service is delivered by Safe Lives Trust, and £90,000 funds the Tarnwick "
                  "Youth Diversion Programme.\n")
    assert not any(s == "Safe Lives Trust" for s, _, _ in found)


def test_a_host_named_after_and_in_an_aside_does_not_give() -> None:
    found = funds(HEAD + "The Violence Reduction Unit, which is funded by the Home Office and hosted by the Office of "
                  "the Police and Crime Commissioner for Kent, has provided £30,000 to the Youth Justice Service.\n")
    assert not any(s.startswith("Office of the Police") for s, _, _ in found)
    assert any(s.endswith("Violence Reduction Unit") for s, _, _ in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the receiver's stream, then its giver
        ("The Board noted the Violence Reduction Unit's serious violence funding from the Home Office for 2024/25.",
         ("Home Office", "Violence Reduction Unit")),
        ("The Youth Offending Team's core grant from the Youth Justice Board was confirmed in April.",
         ("Youth Justice Board for England and Wales", "Youth Offending Team")),
        # "funding from X for Y had been allocated"
        ("The officer said that funding from Worcestershire County Council for Redditch Nightstop had been agreed.",
         ("Worcestershire County Council", "Redditch Nightstop")),
    ],
)
def test_funding_from_a_giver(text: str, expected: tuple[str, str]) -> None:
    assert expected[:2] in {(s, o) for s, o, _ in funds(HEAD + text + "\n")}


def test_funding_only_sought_is_not_read() -> None:
    found = funds(HEAD + "The Partnership will bid for funding from the Home Office for the Safer Streets project.\n")
    assert not any(s == "Home Office" for s, _, _ in found)


def test_an_acronym_the_paper_spelt_out_can_give() -> None:
    text = ("Middlesbrough Council Executive report\n\nThe Duty is led by the Tees Valley Violence Reduction Network "
            "(TVVRN), hosted by the Police and Crime Commissioner. In 2024/25 TVVRN will provide £36,000 to "
            "Middlesbrough Council for detached youth work.\n")
    found = funds(text)
    assert ("Tees Valley Violence Reduction Network", "Middlesbrough Council", Decimal(36000)) in found, found


def test_money_saved_is_not_money_given() -> None:
    found = funds(HEAD + "The restructure let the YOS (Youth Offending Service) meet its agreed contribution to the "
                  "Council's Medium Term Financial Plan of £150,000 savings in 2019/20.\n")
    assert not any(a == Decimal(150000) for _, _, a in found)


def test_a_service_table_led_in_as_fund_funded_pays_its_providers() -> None:
    text = ("Safer Ealing Partnership Board minutes\n\n"
            "4. London Crime Prevention Fund\n\n"
            "The Mayor's Office for Policing and Crime (MOPAC) has confirmed Ealing's London Crime Prevention Fund "
            "(LCPF) allocation of £800,000 for 2024/25.\n\n"
            "The LCPF-funded services below were noted:\n\n"
            "  Service                                   Provider                          2024/25\n"
            "  Domestic abuse advocacy                   Southall Black Sisters            £150,000\n"
            "  Youth violence mentoring                  Ealing Youth Mentors CIC          £95,000\n\n"
            "RESOLVED: To note the allocation.\n")
    found = funds(text)
    assert ("Mayor's Office for Policing and Crime", "Southall Black Sisters", Decimal(150000)) in found, found
    assert ("Mayor's Office for Policing and Crime", "Ealing Youth Mentors CIC", Decimal(95000)) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city partnership's plan: the budget, then where its parts come from
        ("Funding. For 2024/25 the Partnership has a budget of £58,000, of which £40,000 comes from the Police and "
         "Crime Commissioner for Cumbria and £18,000 from Carlisle City Council.",
         {("Cumbria Police and Crime Commissioner", "Safer Tarnwick Partnership", Decimal(40000)),
          ("Carlisle City Council", "Safer Tarnwick Partnership", Decimal(18000))}),
        # a possessive budget, then its parts after a colon
        ("The Safer Torbay Partnership's budget for 2023/24 was £80,000: £50,000 from Torbay Council and £30,000 "
         "from the Police and Crime Commissioner for Devon and Cornwall.",
         {("Torbay Council", "Safer Torbay Partnership", Decimal(50000)),
          ("Devon and Cornwall Police and Crime Commissioner", "Safer Torbay Partnership", Decimal(30000))}),
    ],
)
def test_the_parts_of_a_body_s_budget_and_where_they_come_from(text: str, expected: set) -> None:
    assert expected <= funds(HEAD + text + "\n")


def test_a_grant_paid_in_tranches_after_its_receiver_got_it() -> None:
    text = (HEAD + "The Board noted the Violence Reduction Unit's Safer Streets funding from the Home Office. "
            "The Home Office wrote in May that the Violence Reduction Unit had been successful in its bid for "
            "£600,000. It is to be paid in two tranches. The first tranche, for 2024/25, is £350,000 and the second, "
            "in 2025/26, will be £250,000.\n")
    found = funds(text)
    for amount in (600000, 350000, 250000):
        assert ("Home Office", "Violence Reduction Unit", Decimal(amount)) in found, found


def test_a_grant_read_as_paying_for_a_post_is_not_restated_to_the_post() -> None:
    found = funds(HEAD + "The Home Office funds the Prevent Co-ordinator post; the grant for 2023/24 was £120,000.\n")
    assert not any(a == Decimal(120000) for _, _, a in found)


def test_a_bid_not_yet_won_is_not_restated() -> None:
    text = (HEAD + "The Board noted the Violence Reduction Unit's Safer Streets funding from the Home Office. The "
            "Violence Reduction Unit has put in a bid for £400,000 more.\n")
    assert not any(a == Decimal(400000) for _, _, a in funds(text))


def test_bidders_who_were_granted_get_it_from_the_stream_s_department() -> None:
    found = funds(HEAD + "In 2021 Plymouth City Council bid for the Home Office Safer Streets Fund, and was awarded "
                  "£310,000.\n")
    assert ("Home Office", "Plymouth City Council", Decimal(310000)) in found, found


def test_joint_bidders_each_get_the_grant_without_its_amount() -> None:
    found = funds(HEAD + "In May 2022 Devon County Council/Torbay Council put in a bid for Home Office Safer Streets "
                  "funding, and were granted £500,000.\n")
    assert ("Home Office", "Devon County Council", None) in found, found
    assert ("Home Office", "Torbay Council", None) in found
    assert not any(a == Decimal(500000) for _, _, a in found)


def test_an_amount_bracketed_after_a_listed_item_is_that_item_s() -> None:
    found = funds(HEAD + "The Violence Reduction Unit has allocated £200,000 to Calderdale Council for 2024/25 for "
                  "local work, including the Halifax Boxing Academy's detached youth work programme (£30,000).\n")
    assert ("West Yorkshire Violence Reduction Unit", "Calderdale Council", Decimal(200000)) in found, found
    assert ("West Yorkshire Violence Reduction Unit", "Halifax Boxing Academy", Decimal(30000)) in found, found
    assert ("West Yorkshire Violence Reduction Unit", "Calderdale Council", Decimal(30000)) not in found


def test_the_parts_of_a_grant_in_brackets_stay_with_its_receiver() -> None:
    found = funds(HEAD + "The Home Office has awarded £90,000 to Oldham Council (£40,000 in 2023/24 and £50,000 in "
                  "2024/25).\n")
    assert ("Home Office", "Oldham Council", Decimal(40000)) in found, found


def test_a_national_service_s_division_in_a_contributions_table() -> None:
    text = ("Gwent Safeguarding Board annual report\n\n"
            "The Board is funded by contributions from its partners.\n\n"
            "  Contributor                                       2023-24\n"
            "  Newport City Council                              £40,100\n"
            "  Gwent Police                                      £21,000\n"
            "  Probation Service (Wales)                           £7,500\n"
            "  TOTAL                                             £68,600\n")
    found = funds(text)
    assert ("Probation Service (Wales)", "Gwent Safeguarding Board", Decimal(7500)) in found, found


def test_the_sources_the_money_for_a_body_comes_from() -> None:
    text = ("Wrexham Community Safety Partnership report\n\nThe funding for the Wrexham Youth Justice Service comes "
            "from Wrexham County Borough Council and from the Youth Justice Board.\n")
    found = {(s, o) for s, o, _ in funds(text)}
    assert ("Wrexham County Borough Council", "Wrexham Youth Justice Service") in found, found
    assert ("Youth Justice Board for England and Wales", "Wrexham Youth Justice Service") in found, found
