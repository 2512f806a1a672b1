"""Funding forms of papers from councils no one had read (session 17). Every text is written here, in several
councils' styles; none is copied from a corpus.

A youth justice plan sets out its partners' budget under a heading ("3.4 Partnership budget 2025-26") or a line
("The service is funded through a pooled budget of £N:"): the budget is the service's own, never the budget of the
last partnership the plan names (it reports to a safeguarding partnership and a community safety partnership)."""

from __future__ import annotations

from extract_helpers import funds

_PLAN_OPENING = ("Westmarch Borough Council\nYouth Justice Plan 2025-26\n\n"
                 "2.1 Westmarch Youth Justice Service (WYJS) is a statutory multi-agency service. The Youth Justice "
                 "Management Board oversees it and reports to the Westmarch Safeguarding Children Partnership "
                 "(WSCP) every year.\n\n")


def test_a_bare_partnership_budget_heading_is_not_the_last_named_partnerships() -> None:
    got = funds(_PLAN_OPENING + "3.4 Partnership budget 2025-26\n\n"
                " Contributor                        | Cash       | In kind\n"
                "------------------------------------+------------+----------------\n"
                " Westmarch Borough Council          | £610,000   |\n"
                " Eastvale Police                    | £32,000    | 1 police officer\n"
                " Probation Service                  | £7,500     | 0.5 probation officer\n"
                " Total                              | £649,500   |\n")
    assert not any(r == "Westmarch Safeguarding Children Partnership" for _, r, _ in got), got


def test_the_service_funded_through_a_pooled_budget_is_the_receiver() -> None:
    got = funds("Harrowdene Council\nYouth Justice Plan 2024-25\n\n"
                "1.2 Harrowdene Youth Justice Service (HYJS) works with the Safer Harrowdene Partnership and "
                "reports to the Harrowdene Safeguarding Children Partnership.\n\n"
                "4.3 Resources 2024-25\n\n"
                "The service is funded through a pooled partnership budget of £842,000:\n\n"
                "   Source                              Cash        In kind\n"
                "   Harrowdene Council                  £700,000    accommodation\n"
                "   Northshire Constabulary             £52,000     1 police officer\n"
                "   Probation Service                   £90,000     -\n"
                "   Total                               £842,000\n")
    assert ("Northshire Constabulary", "Harrowdene Youth Justice Service", 52000) in got, got
    assert not any(r in ("Safer Harrowdene Partnership", "Harrowdene Safeguarding Children Partnership")
                   for _, r, _ in got), got


def test_the_board_funded_from_a_shared_budget_in_a_list_layout() -> None:
    got = funds("Calderbrook Safeguarding Adults Board\nAnnual Report 2025\n\n"
                "The Calderbrook Community Safety Partnership shares some of the Board's work.\n\n"
                "The Board is funded from a shared partner budget:\n\n"
                "  Calderbrook Council          £120,000\n"
                "  NHS Calderbrook ICB          £60,000\n")
    assert not any(r == "Calderbrook Community Safety Partnership" for _, r, _ in got), got


# --- a clause's subject inside an aside names no giver ------------------------------------------------------------


def test_a_grant_paid_to_a_council_in_an_aside_is_not_the_councils_gift() -> None:
    got = funds("Eastbrook Prevent Panel\nTerms of Reference\n\n"
                "6.2 The national Prevent grant, £52,000 for 2025/26 paid to Eastbrook City Council, funds the "
                "Prevent Co-ordinator post.\n")
    assert not any(g == "Eastbrook City Council" for g, _, _ in got), got


def test_a_unit_part_of_an_authority_funds_in_its_own_name() -> None:
    got = funds("Safer Norbridge Partnership\nAnnual Report 2024\n\n"
                "The Violence Reduction Unit, part of the Greater Norbridge Combined Authority, funds the Streetwise "
                "mentoring programme.\n")
    assert not any(g == "Greater Norbridge Combined Authority" for g, _, _ in got), got


def test_a_grant_awarded_to_the_partnership_in_an_aside_in_minutes() -> None:
    got = funds("Minutes of the Community Safety Board, 3 June 2025\n\n"
                "The Commissioner's grant, awarded to the Kelmoor Community Safety Partnership, funds the Kelmoor "
                "night marshals scheme.\n")
    assert not any(g == "Kelmoor Community Safety Partnership" for g, _, _ in got), got


# --- accepting money is not giving it ------------------------------------------------------------------------------


def test_a_cabinet_asked_to_accept_grant_funding_gives_nothing() -> None:
    got = funds("LOWFIELD COUNCIL\nCABINET - 4 June 2025\n\n1. Purpose\n\n"
                "1.1 To ask Cabinet to accept grant funding for 2025/26 on behalf of the Safer Lowfield Partnership.\n")
    assert not any(g.endswith("Cabinet") or g == "Lowfield Council" for g, _, _ in got), got


def test_a_council_that_receives_grant_funding_for_a_scheme_gives_nothing() -> None:
    got = funds("Report to the Communities Committee\n\n"
                "The Council receives grant funding for the Westway Women's Refuge each year.\n")
    assert not any(g == "Council" or g.endswith("Council") for g, _, _ in got), got


def test_a_board_that_bids_for_grant_money_for_a_project_gives_nothing() -> None:
    got = funds("Hollins Safeguarding Adults Board\nMinutes, 12 May 2025\n\n"
                "The Board will bid for grant money for the Hollins Hoarding Project in the autumn.\n")
    assert not any(g == "Hollins Safeguarding Adults Board" for g, _, _ in got), got


# --- a share passed on "for the <Place> ... scheme": the place is the scheme's, not the receiver's name ------------


def test_a_share_passed_to_a_group_for_a_place_named_scheme() -> None:
    got = funds("Safer Ashwell Partnership\nAnnual Report 2024-25\n\n"
                "In 2024/25 the Partnership received £120,000 from the Commissioner's fund, of which £35,000 was "
                "passed to the Night-Time Economy Group for the Ashwell town centre marshals scheme.\n")
    assert any(r == "Night-Time Economy Group" and a == 35000 for _, r, a in got), got


def test_a_sum_given_to_a_board_for_a_place_named_project_in_minutes() -> None:
    got = funds("Minutes of the Kelby Community Safety Partnership, 9 July 2025\n\n"
                "The Partnership gave £8,000 to the Youth Engagement Panel for the Kelby harbour youth project.\n")
    assert not any(r.endswith("for the Kelby") for _, r, _ in got), got
    assert any(r == "Youth Engagement Panel" for _, r, _ in got), got


def test_a_name_ending_in_for_a_place_is_kept_whole_when_nothing_follows() -> None:
    # "Commissioner for Westshire" is an office's whole name: no lower-case purpose runs on after it
    got = funds("Report of the Head of Community Safety\n\n"
                "The Home Office gave £30,000 to the Police and Crime Commissioner for Westshire.\n")
    assert any(r == "Police and Crime Commissioner for Westshire" for _, r, _ in got), got


# --- an office's name wrapped in a narrow column is one name, not a name and a post -------------------------------


def test_a_funders_name_wrapped_in_a_space_aligned_table() -> None:
    got = funds("Safer Kelmoor Partnership\nAnnual Report 2024-25\n\nOur money\n"
                "In 2024/25 the Partnership received the following:\n\n"
                " Funder                          Purpose                               Amount\n"
                " Westshire Police and Crime      Community safety grant                £ 66,000\n"
                " Commissioner\n"
                " Home Office                     Serious Violence Duty                 £ 41,500\n"
                " Total                                                                 £107,500\n")
    assert any(g == "Westshire Police and Crime Commissioner" and a == 66000 for g, _, a in got), got
    assert not any(g == "Westshire Police and Crime" for g, _, _ in got), got


def test_a_contributors_name_wrapped_over_its_office_word() -> None:
    got = funds("Harrowfield Safeguarding Adults Board\nAnnual Report 2024-25\n\n"
                "The Board's budget for 2024-25 is made up as follows:\n\n"
                "  Partner                                  Contribution\n"
                "  Harrowfield Council                      £96,000\n"
                "  Office of the Police and Crime           £8,000\n"
                "  Commissioner\n"
                "  NHS Harrowfield ICB                      £48,000\n")
    assert not any(g == "Office of the Police and Crime" for g, _, _ in got), got


def test_a_person_and_post_on_two_lines_still_joins_after_a_comma() -> None:
    from govkg.loaders.wrapped_rows import join_wrapped_rows

    joined = join_wrapped_rows(["  Name                         Organisation",
                                "  Jo Treadwell (Chair)         Harrowfield Council",
                                "  Cabinet Member for Housing",
                                "  Sam Odukoya                  Harrowfield Police"])
    assert any("Jo Treadwell (Chair), Cabinet Member for Housing" in line for line in joined), joined
    # the same table with its office cut: the office's name, ended on the next line, is no person's post
    joined = join_wrapped_rows(["  Name                         Organisation",
                                "  Westshire Police and Crime   Westshire OPCC",
                                "  Commissioner",
                                "  Sam Odukoya                  Harrowfield Police"])
    assert not any("Crime, Commissioner" in line for line in joined), joined


# --- a share of a partnership's grant is the partnership's to give (eval README: a project funded from the
# partnership's grant is funded by the partnership) ------------------------------------------------------------------


def test_of_this_a_share_funds_a_project_in_a_cabinet_report() -> None:
    got = funds("Report to Cabinet\n\nFinancial implications\n"
                "9. The Westshire Police and Crime Commissioner has awarded the Safer Portleigh Partnership £58,000 "
                "for 2025/26. Of this, £21,000 funds the Portleigh Harbour Watch project.\n")
    assert ("Safer Portleigh Partnership", "Portleigh Harbour Watch project", 21000) in got, got


def test_within_the_named_grant_a_share_goes_to_a_charity_in_a_strategy() -> None:
    got = funds("Tarnwick Community Safety Partnership\nCommunity Safety Strategy 2025-28\n\n"
                "7.1 The Police and Crime Commissioner's Community Safety Grant to the Tarnwick Community Safety "
                "Partnership is £39,500 for 2025/26.\n\n"
                "7.2 Within the PCC grant, £12,000 goes to Tarnwick Mediation Service for neighbour disputes.\n")
    assert ("Tarnwick Community Safety Partnership", "Tarnwick Mediation Service", 12000) in got, got


def test_part_of_the_grant_in_brackets_in_a_news_release() -> None:
    got = funds("News release, 2 May 2025\n\n"
                "The Commissioner's grant to the Brindle Community Safety Partnership for 2025/26 is £47,000. The "
                "Commissioner's office has also paid £30,000 for extra patrols in the town centre.\n\n"
                "Part of the PCC grant (£9,500) will go to Brindle Women's Aid.\n")
    assert ("Brindle Community Safety Partnership", "Brindle Women's Aid", 9500) in got, got


def test_a_share_of_a_grant_a_council_only_holds_stays_the_givers() -> None:
    # a council may only hold the grant: without "passed to", its share is still the commissioner's gift
    got = funds("Report to Cabinet\n\n"
                "The Westshire Police and Crime Commissioner has awarded £58,000 to Portleigh District Council for "
                "2025/26. Of this, £21,000 funds the Portleigh Harbour Watch project.\n")
    assert not any(g == "Portleigh District Council" and r == "Portleigh Harbour Watch project" for g, r, _ in got), got


# --- "(via X)" in a contributor's cell: X passed the money on or is the fund; it is no giver --------------------------


def test_a_contributor_row_passed_on_via_a_partnership() -> None:
    got = funds("Northgate Youth Justice Management Board\nMinutes, 14 May 2025\n\n"
                "The budget for the YJS in 2025/26 is made up as follows:\n\n"
                "      Source                                               2025/26\n"
                "      Northgate Council core contribution                  £1,204,000\n"
                "      Regional Crime Prevention Fund (via the CSP)         £88,000\n"
                "      Total cash                                           £1,292,000\n")
    assert not any(g.endswith("Community Safety Partnership") or g == "CSP" for g, _, _ in got), got


def test_a_dotted_contributions_list_whose_line_names_only_the_fund() -> None:
    got = funds("Fernleigh Safeguarding Children Partnership\nArrangements 2025\n\nFunding\n"
                "The partners' contributions to the 2025-26 FSCP budget are:\n"
                "  Fernleigh Council ........................ £150,000\n"
                "  NHS Fernleigh ............................ £75,000\n"
                "  Office of the Police and Crime Commissioner for Westshire\n"
                "  (via the Violence Reduction fund)......... £9,000\n")
    assert not any("Violence Reduction" in g for g, _, _ in got), got
    assert ("Fernleigh Council", "Fernleigh Safeguarding Children Partnership", 150000) in got, got


def test_a_giver_with_its_channel_in_brackets_still_gives() -> None:
    got = funds("Safer Orlham Partnership\nAnnual Report 2024-25\n\n"
                "In 2024/25 the Partnership received the following:\n\n"
                "Source                                   What for                               Amount\n"
                "Home Office (via the Westshire VRU)      Serious Violence Duty                  £52,300\n"
                "Orlham Borough Council                   Community safety team (core)           £180,000\n")
    assert any(g == "Home Office" and a == 52300 for g, _, a in got), got


# --- a head word that only opens a sentence is no programme's name ----------------------------------------------------


def _commissions(text: str) -> set[tuple[str, str]]:
    from extract_helpers import of, read

    return of(read(text), "commissions")


def test_providers_commissioned_by_a_department_in_terms_of_reference() -> None:
    got = _commissions("Kelmoor Channel Panel\nTerms of Reference\n\n"
                       "8.2 The Panel sends its annual return to the Home Office. Intervention providers are "
                       "commissioned by the Home Office.\n")
    assert not any(o.endswith("Intervention") for _, o in got), got


def test_services_commissioned_by_a_council_in_minutes() -> None:
    got = _commissions("Minutes of the Ashwell Safer Communities Board, 4 March 2025\n\n"
                       "Treatment services are commissioned by Ashwell Borough Council from two providers.\n")
    assert not any(o in ("Treatment", "Ashwell Treatment") for _, o in got), got


def test_a_named_programme_commissioned_by_a_commissioner_is_kept() -> None:
    got = _commissions("Safer Brindle Partnership\nAnnual Report 2025\n\n"
                       "The Brindle Pathways Programme is commissioned by the Police and Crime Commissioner for "
                       "Westshire.\n")
    assert any(o == "Brindle Pathways Programme" for _, o in got), got


# --- a council's own money added to a partnership's sums, the receiver unnamed ------------------------------------


def test_an_annual_report_says_the_council_contributed_from_its_budget() -> None:
    got = funds("Safer Ashwell Partnership\nAnnual Report 2024-25\n\nMoney\n"
                "Ashwell District Council contributed £64,000 from its community safety budget.\n")
    assert ("Ashwell District Council", "Safer Ashwell Partnership", 64000) in got, got


def test_a_partnership_plan_names_the_councils_budget_in_capitals() -> None:
    got = funds("KELBY DISTRICT COUNCIL\n\nKelby Community Safety Partnership\n"
                "Partnership Plan 2025-26\n\n6. Resources\n"
                "The Council adds £18,500 from its own Community Safety base budget.\n")
    assert any(r == "Kelby Community Safety Partnership" and a == 18500 for _, r, a in got), got


def test_a_cabinet_report_on_a_grant_held_for_a_partnership() -> None:
    got = funds("HARTLEY BOROUGH COUNCIL\nCABINET - 9 April 2025\n\n"
                "1.1 To ask Cabinet to accept grant funding for 2025/26 on behalf of the Safer Hartley "
                "Partnership.\n\n"
                "5.1 The grant is paid to the Council as accountable body. The Council will contribute £30,000 from "
                "its existing community safety budget as match funding.\n")
    assert ("Hartley Borough Council", "Safer Hartley Partnership", 30000) in got, got


def test_money_from_a_councils_budget_to_run_its_own_service_goes_to_no_partnership() -> None:
    got = funds("Safer Tarnwick Partnership\nNews release\n\n"
                "Tarnwick Borough Council is adding £70,000 from its own budget to run the CCTV control room.\n")
    assert not any(r == "Safer Tarnwick Partnership" for _, r, _ in got), got
