"""Funding forms of papers from councils no one had read (session 15): a budget's givers listed with no header under
the line that sums it; a caption "budget (contributions)"
over a "Partner / source" table; a paper titled with a tail or in two languages. Every text is written here, in
several councils' styles."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds, read

# --- a budget's givers listed under the line that sums it, no header ---------------------------------------------

def test_a_safeguarding_partnerships_pooled_budget_listed_without_a_header() -> None:
    got = funds("Northvale Safeguarding Children Partnership\nPublished Arrangements - revised May 2025\n\n"
                "6. Money\n\nThe partners agreed a pooled budget for 2025/26 of £210,000:\n"
                "  Northvale Borough Council        £120,000\n"
                "  NHS Northvale ICB                £64,000\n"
                "  Northvale Constabulary           £26,000\n\nApproved by the partners in June 2025.\n")
    receiver = "Northvale Safeguarding Children Partnership"
    assert ("Northvale Borough Council", receiver, Decimal(120000)) in got, got
    assert ("Northvale Constabulary", receiver, Decimal(26000)) in got, got


def test_a_youth_justice_boards_budget_made_up_as_listed() -> None:
    got = funds("Eastmere Youth Offending Service\nYouth Justice Plan 2024-25\n\n5. Resources\n\n"
                "Our budget for 2024-25 is made up as follows:\n"
                "  Eastmere County Council             £388,100\n"
                "  Youth Justice Board                 £301,250\n\nThe Board reviews spending quarterly.\n")
    assert ("Eastmere County Council", "Eastmere Youth Offending Service", Decimal(388100)) in got, got


def test_contributions_to_a_team_whose_cost_the_sentence_before_shares_are_not_the_papers_body() -> None:
    # the lead says only "the contributions are:": to whom is the team's, not the partnership's
    got = funds("Westdale and Rivermoor Community Safety Partnership\nCollaboration Agreement\n\n6. Finance\n\n"
                "The net cost of the Joint Team is shared 55 per cent Westdale and 45 per cent Rivermoor.\n"
                "For 2024/25 the contributions are:\n\n"
                "    Westdale District Council ............ £99,000\n"
                "    Rivermoor District Council ........... £81,000\n")
    assert not any(r == "Westdale and Rivermoor Community Safety Partnership" for _, r, _ in got), got


def test_a_pool_the_lead_names_with_the_definite_article_still_receives() -> None:
    got = funds("Southbeck Safeguarding Children Partnership\nAnnual Report 2024/25\n\nSection 4 - Resources\n\n"
                "4.3  For 2024/25 the partners agreed to pay these sums into the pooled partnership budget:\n\n"
                "     Contributor                           Share     Amount\n"
                "     Southbeck Council                     60%       £150,000\n"
                "     Southbeck Police                      40%       £100,000\n")
    assert not any(r == "Southbeck Safeguarding Children Partnership" for _, r, _ in got), got


# --- a caption naming a budget's contributions over a "Partner / source" table --------------------------------------

def test_a_welsh_services_contributions_table_under_a_caption_and_a_page_mark() -> None:
    got = funds("Glanmor Youth Justice Service / Gwasanaeth Cyfiawnder Ieuenctid Glanmor\n"
                "Strategic Plan 2024-25 / Cynllun Strategol 2024-25\n\n"
                "5.  Money and staff\n\nA Management Board oversees the service.\n\n"
                "Table 2: Youth justice budget 2024-25 (contributions)\n"
                "                                                       Page 9\n"
                "Partner / source                           Cash (£)     In kind\n"
                "Glanmor County Council                     356,200      office space\n"
                "Welsh Government                           81,000\n"
                "Total                                      437,200\n")
    assert ("Glanmor County Council", "Glanmor Youth Justice Service", Decimal(356200)) in got, got
    assert ("Welsh Government", "Glanmor Youth Justice Service", Decimal(81000)) in got, got


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_paper_title_with_a_revision_tail_names_the_papers_body() -> None:
    doc = read("Rivermoor Safeguarding Partnership\nPublished Safeguarding Arrangements - revised April 2025\n\n"
               "1. Introduction\n\nThe partners publish these arrangements.\n")
    assert doc.body is not None and doc.body.name == "Rivermoor Safeguarding Partnership", doc.body


# --- a giver's contribution and what it pays for -----------------------------------------------------------------

def test_a_youth_justice_plan_says_what_the_commissioners_contribution_funds() -> None:
    got = funds("Torbay Youth Justice Service\nOur plan for 2025/26\n\n2. Money\n\n"
                "2.5 The PCC's contribution funds the Bright Futures diversion scheme, which the service runs with "
                "the police.\n")
    assert any(g.endswith("Police and Crime Commissioner") and r == "Bright Futures diversion scheme" and a is None
               for g, r, a in got), got


def test_a_contribution_with_its_sum_is_for_a_named_scheme_and_carries_no_second_sum() -> None:
    got = funds("Ceredigion Youth Justice Service\nPlan for 2024-25\n\n2.6  The PCC's contribution of £21,000 is "
                "for the Triage early help scheme, and the money comes each April.\n")
    assert any(r == "Triage early help scheme" and a is None for _, r, a in got), got
    assert not any(a == Decimal(21000) and r == "Triage early help scheme" for _, r, a in got), got


def test_a_contribution_that_pays_for_an_unnamed_lower_case_role_is_left() -> None:
    got = funds("Rutland Youth Offending Service\nPlan for 2024-25\n\nThe ICB contribution pays for a "
                "part-time speech therapist on loan from the hospital trust.\n")
    assert not any("therapist" in r for _, r, _ in got), got


# --- a giver's own money with no receiver named: the partnership the paper is about ------------------------------

def test_a_news_release_where_the_council_adds_from_its_own_budget() -> None:
    got = funds("Rutland Community Safety Partnership\n\nFunding boost for the partnership\n\nThe Rutland Community "
                "Safety Partnership has confirmed its plans for 2025/26. The council will add £31,000 from its own "
                "community safety budget, and £12,000 from the Home Office will go towards a schools programme.\n")
    assert ("Rutland County Council", "Rutland Community Safety Partnership", Decimal(31000)) in got, got
    assert not any(g == "Home Office" and a == Decimal(31000) for g, _, a in got), got


def test_a_strategy_whose_councils_core_budget_provides_a_sum() -> None:
    got = funds("Torbay Community Safety Partnership\nPartnership strategy, 2024 to 2027\n\n3. Money\n\n"
                "3.2 Two sources pay for what the partnership does in 2024/25. The Council's core "
                "budget provides £96,000. The Police and Crime Commissioner's grant is £30,000.\n")
    assert ("Torbay Council", "Torbay Community Safety Partnership", Decimal(96000)) in got, got


def test_a_cabinet_report_where_the_base_budget_provides_a_sum_and_a_neighbour_contributes() -> None:
    got = funds("Hertsmere Community Safety Partnership\nReport to Cabinet\n\n4.0 Financial implications\n"
                "4.1 The Council's base budget provides £74,000, and a neighbouring council contributes £9,000 "
                "towards CCTV.\n")
    assert any(r == "Hertsmere Community Safety Partnership" and a == Decimal(74000) for _, r, a in got), got


def test_a_councils_own_money_in_a_committee_paper_goes_to_no_guessed_body() -> None:
    got = funds("Rutland County Council\nScrutiny Committee\n\nEvery year the council adds £20,000 out of its "
                "community safety budget.\n")
    assert not any(a == Decimal(20000) for _, _, a in got), got


def test_own_money_given_to_a_named_thing_is_not_sent_to_the_partnership() -> None:
    got = funds("Torbay Community Safety Partnership\nAnnual report\n\nThe Council's core budget provides £15,000 "
                "for the Safe Haven scheme.\n")
    assert not any(r == "Torbay Community Safety Partnership" and a == Decimal(15000) for _, r, a in got), got
