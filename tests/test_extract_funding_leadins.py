"""Who gives the money of a grants table or of a second sum (loaders/extract/funding.py): an elected mayor's decision
notice, the paragraph that introduces a table ("X provides a grant ... the allocations are:", "grants awarded from
the Commissioner's Fund:"), a second sum given in the same breath, and a receiver written with its purpose.

Every text here is written for the test, in several councils' styles; the people are invented."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

# an opening long enough that no commissioner named below speaks for the whole paper
PREAMBLE = ("1  Introduction\n\n"
            "1.1 This agreement sets out how the partners work together to keep residents safe. It covers the\n"
            "shared priorities, the way the partnerships meet, the reports they make to each other and the\n"
            "arrangements for reviewing progress during the year. It was agreed by each partner in the spring.\n\n"
            "1.2 The partners are the county council, the district and borough councils, the police, the fire\n"
            "and rescue service, the probation service, the integrated care board and the voluntary sector. Each\n"
            "partner names a senior officer who attends the board and reports back to their own organisation.\n\n"
            "1.3 The agreement is reviewed every three years. Between reviews the board may change the action\n"
            "plan, and each partnership keeps its own plan for its own area, drawn from the shared assessment.\n\n")


def test_an_elected_mayor_decides_in_their_own_name() -> None:
    text = ("WEST MIDLANDS COMBINED AUTHORITY\nMAYORAL DECISION NOTICE\n\n"
            "Decision maker:   Mayor of the West Midlands\n"
            "Report author:    Priya Oduya, Head of Commissioning\n"
            "Date of decision: 3 March 2025\n\n"
            "1. The Mayor approves the grants below, hosted by Walsall Council.\n\n"
            "  Ref   Recipient                         Purpose                     Amount\n"
            "  A1    Walsall Council                   Youth outreach              £84,000\n"
            "  A2    Wolverhampton Youth Trust         Mentoring, Wolverhampton    £36,500\n")
    found = funds(text)
    assert ("Mayor of the West Midlands", "Walsall Council", Decimal(84000)) in found, found
    assert ("Mayor of the West Midlands", "Wolverhampton Youth Trust", Decimal(36500)) in found, found
    assert not any(s == "Walsall Council" for s, _, _ in found), found


def test_a_boroughs_elected_mayor_decides_for_the_borough_council() -> None:
    text = ("LONDON BOROUGH OF LEWISHAM\nMAYOR AND CABINET DECISION\n\n"
            "Decision maker:   Mayor of Lewisham\n"
            "Date of decision: 3 March 2025\n\n"
            "1. The Mayor approves the grants below.\n\n"
            "  Ref   Recipient                         Purpose                     Amount\n"
            "  A1    Deptford Youth Trust              Mentoring, Deptford         £36,500\n")
    found = funds(text)
    # the Mayor decides for the borough, never as a giver; whose money it is the paper does not say (s25 brief)
    assert not any(giver in ("Mayor of Lewisham", "London Borough of Lewisham Mayor") for giver, _, _ in found), found


def test_a_paragraph_that_provides_a_grant_then_lists_its_allocations() -> None:
    text = ("Kent and Medway Community Safety Agreement\n\n" + PREAMBLE + "7  Funding\n\n"
            "7.1 The Kent Police and Crime Commissioner provides a Crime Reduction Grant to the\n"
            "county and the districts. For 2025/26 the allocations are:\n\n"
            "   Safer Dover Partnership                      £41,200\n"
            "   Swale Community Safety Partnership           £38,750\n"
            "   Kent County Council                          £102,000\n")
    found = funds(text)
    assert ("Kent Police and Crime Commissioner", "Safer Dover Partnership", Decimal(41200)) in found, found
    assert ("Kent Police and Crime Commissioner", "Kent County Council", Decimal(102000)) in found, found


def test_a_closing_sentence_with_its_own_giver_is_not_the_providers() -> None:
    text = ("Annual report\n\n" + PREAMBLE +
            "The Home Office provides a Serious Violence Duty grant each year. The Safer Dover Partnership\n"
            "has allocated it as follows:\n\n"
            "   Dover Youth Hub                              £12,000\n"
            "   Deal Street Pastors                          £6,500\n")
    assert not any(s == "Home Office" for s, _, _ in funds(text))


def test_grants_awarded_from_an_owners_fund_are_the_owners() -> None:
    text = ("Police and Crime Panel minutes\n\n" + PREAMBLE +
            "6\tCommunity grants\n\n"
            "6.1 The Head of Partnerships outlined grants awarded from the\n"
            "Commissioner's Safer Communities Fund in 2024/25 (total £60,000):\n\n"
            "  Recipient                    Purpose                         Amount\n"
            "  Keswick Youth Network        detached youth work             £22,000\n"
            "  Penrith Street Angels        night-time economy, Penrith     £38,000\n")
    found = funds(text)
    assert any(o == "Keswick Youth Network" and a == Decimal(22000) and "Commissioner" in s for s, o, a in found), \
        found
    assert any(o == "Penrith Street Angels" and a == Decimal(38000) and "Commissioner" in s for s, o, a in found), \
        found


def test_a_second_sum_to_another_receiver_shares_the_giver() -> None:
    text = ("Cabinet report\n\n"
            "3.2 The Home Office has awarded £80,000 to Rochdale Borough Council for the Safer Streets project in "
            "2024/25, and £25,000 to the Rochdale Women's Refuge service for an outreach worker.\n")
    found = funds(text)
    assert ("Home Office", "Rochdale Borough Council", Decimal(80000)) in found, found
    assert ("Home Office", "Rochdale Women's Refuge service", Decimal(25000)) in found, found


def test_a_second_sum_with_a_verb_of_its_own_is_not_the_same_gift() -> None:
    text = ("Scrutiny minutes\n\n"
            "4.1 The Home Office awarded £80,000 to Rochdale Borough Council, and £25,000 was spent on the "
            "Heywood CCTV upgrade.\n")
    found = funds(text)
    assert not any(a == Decimal(25000) and s == "Home Office" for s, _, a in found), found


def test_a_receiver_written_with_the_project_it_is_for() -> None:
    text = ("Panel minutes\n\n"
            "5.3 The Commissioner has awarded £64,000 to Eastvale Community Safety Partnership for the Safer Streets "
            "in Eastvale project.\n")
    found = funds(text)
    assert any(o == "Eastvale Community Safety Partnership" and a == Decimal(64000) for _, o, a in found), found


def test_each_thing_funded_in_a_list_has_its_bracketed_amount() -> None:
    text = ("Reducing Reoffending Board\n\n5. Resources\n\n"
            "5.1 In 2024/25 the Durham Police and Crime Commissioner funds the Darlington Custody\n"
            "Navigator (£38,000) and the Women's Triage Scheme (£21,750, delivered by Darlington\n"
            "Women's Centre).\n")
    found = funds(text)
    assert ("Durham Police and Crime Commissioner", "Women's Triage Scheme", Decimal(21750)) in found, found


def test_it_opening_the_sentence_after_a_grant_is_the_grant_its_holder_spends() -> None:
    text = ("Cabinet report\n\n"
            "4.2 The Police and Crime Commissioner has confirmed a Local Policing Fund grant of £96,000 to the "
            "Safer Stafford Partnership for 2024/25. It will fund the Street Angels scheme\n"
            "in Stafford town centre (£16,000, delivered by Stafford Churches Together), the Youth Reach outreach "
            "service (£44,000, delivered by Reach Youth Trust) and more.\n")
    found = funds(text)
    assert ("Safer Stafford Partnership", "Street Angels scheme", Decimal(16000)) in found, found
    assert ("Safer Stafford Partnership", "Youth Reach outreach service", Decimal(44000)) in found, found


def test_it_with_no_grant_just_before_gives_nothing() -> None:
    text = ("Cabinet report\n\n"
            "4.1 The partnership met four times this year.\n\n"
            "4.2 It will fund the Street Angels scheme (£16,000) next year.\n")
    assert not any(o == "Street Angels scheme" for _, o, _ in funds(text))


def test_a_second_sum_said_only_with_its_purpose_goes_to_the_same_receiver() -> None:
    text = ("Fire and rescue partnership page\n\n"
            "In 2024/25 the Cumbria Police and Crime Commissioner awarded Barrow Borough Council £30,000 for the "
            "Safer Streets CCTV upgrade and £12,000 for youth outreach in the town centre.\n")
    found = funds(text)
    assert ("Cumbria Police and Crime Commissioner", "Barrow Borough Council", Decimal(12000)) in found, found


def test_a_name_before_grant_is_the_stream_not_a_giver() -> None:
    text = ("Decision notice\n\n"
            "1.1 Since May 2024 the Mayor of West Yorkshire has held the policing functions for the county. This "
            "notice sets out the Mayor's decision about the\ngovernance of the West Yorkshire Violence Reduction "
            "Unit (VRU) and about grants from the Home Office Violence\nReduction Unit grant for 2025/26.\n")
    assert not any(o == "West Yorkshire Violence Reduction Unit" for _, o, _ in funds(text))


def test_a_bracketed_sum_after_the_stream_the_money_comes_through() -> None:
    text = ("Health and Wellbeing Board report\n\n"
            "8.  MOPAC funds the Croydon Knife Crime Navigator scheme through the London Crime\n"
            "    Prevention Fund (£120,000 in 2024/25).\n")
    found = funds(text)
    assert any(o == "Croydon Knife Crime Navigator scheme" and a == Decimal(120000) for _, o, a in found), found


def test_a_budget_made_up_of_an_owners_grant_and_a_contribution() -> None:
    text = ("Safer Thanet Partnership terms of reference\n\n7. Funding\n\n"
            "7.1 The Safer Thanet Partnership's pooled budget this year is made up of the Kent Police and Crime "
            "Commissioner's Community\nSafety Grant of £41,300 and a contribution of £15,000 from Thanet District "
            "Council.\n")
    found = funds(text)
    assert ("Kent Police and Crime Commissioner", "Safer Thanet Partnership", Decimal(41300)) in found, found
    assert ("Thanet District Council", "Safer Thanet Partnership", Decimal(15000)) in found, found


def test_a_named_grant_for_a_place_is_that_places_councils() -> None:
    text = ("Partnership board minutes\n\n"
            "6.2  The Home Office Serious Violence Duty grant for Lewisham is £61,200 for 2024/25, passed on by "
            "MOPAC.\n")
    found = funds(text)
    assert any(s == "Home Office" and a == Decimal(61200) and "Lewisham" in o for s, o, a in found), found



def test_a_grants_own_name_before_grant_from_is_no_receiver() -> None:
    text = ("Board minutes\n\n"
            "5.1  For 2023/24 the County's Domestic Abuse Safe Accommodation grant from MHCLG is £587,900.\n\n"
            "5.2  The Serious Violence Duty grant is funded by the Home Office.\n")
    found = funds(text)
    assert not any(o in ("Domestic Abuse Safe Accommodation", "Serious Violence Duty") for _, o, _ in found), found


def test_an_allocation_of_a_sum_from_a_budget_is_left_to_the_money_rules() -> None:
    text = ("Borough of Telford and Wrekin\n\nCabinet\nThursday 3 October 2024\n\n"
            "Telford & Wrekin Youth Safety Plan 2024-2027\n\n"
            "Cabinet Member:    Cllr Ayo Branning - Cabinet Member for Community Safety\n"
            "Report Author:     Lena Fairholt - Partnership Manager\n\n"
            "1.0  Recommendations:\n\nIt is recommended that Cabinet:\n\n"
            "1.1  Approves the Youth Safety Plan at Appendix A, prepared by the Telford & Wrekin Community Safety "
            "Partnership (CSP);\n"
            "1.2  Notes the allocation of £850,000 from the Council's capital programme for the Safer Streets\n"
            "     CCTV upgrade over 2024/25 and 2025/26.\n")
    found = funds(text)
    assert not any(s.startswith("Safer Streets") for s, _, _ in found), found
