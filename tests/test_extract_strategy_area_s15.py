"""Strategy, priorities and area (session 15): a statutory partnership "for the borough of X" followed by the Act
it is under; a body named as a place's instance of a statutory arrangement ("In X this is the X Channel Panel").

Every text here is written for the test, in several councils' styles.
"""

from __future__ import annotations

from extract_helpers import of, read

# -- "for the borough of X" with lower-case words after the place: the place is the capitalised run only


def test_for_the_borough_of_a_place_then_the_act_on_the_next_line() -> None:
    doc = read("Annual report 2024\nSafer Ribbleton Partnership (SRP) is the statutory community safety body "
               "for the borough of\nRibbleton under the Crime and Disorder Act 1998.")
    assert ("Safer Ribbleton Partnership", "Ribbleton") in of(doc, "covers_area")


def test_for_the_district_of_a_gazetteer_place_then_since() -> None:
    doc = read("About us\nThe Tendring Community Safety Partnership is the crime and disorder partnership for the "
               "district of Tendring since the 1998 Act came in.")
    assert ("Tendring Community Safety Partnership", "Tendring") in of(doc, "covers_area")


def test_for_the_county_borough_of_a_place_with_a_comma_after() -> None:
    doc = read("Board paper\nSafer Caerphilly is the local community safety partnership for the county borough of "
               "Caerphilly, with the police and health as partners.")
    assert ("Safer Caerphilly", "Caerphilly") in of(doc, "covers_area")


# -- "In X this is the X Channel Panel": a place's own instance of a statutory arrangement covers the place


def test_in_a_place_this_is_the_place_panel() -> None:
    doc = read("Terms of reference\nEvery local authority must have a panel to assess people at risk. In Rochdale "
               "this is the Rochdale Channel Panel (the Panel). The council chairs it.")
    assert ("Rochdale Channel Panel", "Rochdale") in of(doc, "covers_area")


def test_in_a_place_the_partnership_is_known_as() -> None:
    doc = read("Year in review\n2.3 The law asks every district to keep a partnership against crime and disorder; in "
               "Rossendale our partnership is known as the Rossendale Community Safety Partnership (RCSP).")
    assert ("Rossendale Community Safety Partnership", "Rossendale") in of(doc, "covers_area")


def test_the_partnership_in_question_is_no_instance_of_a_place() -> None:
    # "the partnership in question": which partnership is meant is said elsewhere, so the sentence names no instance
    doc = read("Year in review\nIn Rossendale the partnership in question is known as the Rossendale Community Safety "
               "Partnership.")
    assert ("Rossendale Community Safety Partnership", "Rossendale") not in of(doc, "covers_area")


def test_on_an_island_these_arrangements_are_known_as() -> None:
    doc = read("Safeguarding arrangements 2024\nThe three safeguarding partners must agree local arrangements. On "
               "the Isles of Scilly these arrangements are known as the Isles of Scilly Safeguarding Partnership.")
    assert ("Isles of Scilly Safeguarding Partnership", "Isles of Scilly") in of(doc, "covers_area")


def test_a_body_named_after_another_place_or_none_covers_nothing() -> None:
    doc = read("Terms of reference\nIn Bolton the panel is known as the Greater Manchester Channel Panel. In Wigan "
               "the group is called the Prevent Delivery Group.")
    assert of(doc, "covers_area") == set() or all(o not in ("Bolton", "Wigan") for _, o in of(doc, "covers_area"))
    # a post is no instance of an arrangement: the Director is not said to cover the place
    doc = read("Combating drugs\nIn Oldham the SRO is the council's Director of Public Health.")
    assert all(o != "Oldham" for _, o in of(doc, "covers_area"))


# -- areas' partnerships said to stay separate, each for its own area: each covers the place its name carries


def test_two_brands_remain_separate_statutory_partnerships() -> None:
    doc = read("Joint agreement\n4.2 Safer Conwy and Safer Denbighshire remain separate statutory partnerships, "
               "and each keeps its own plan.")
    covers = of(doc, "covers_area")
    assert ("Safer Conwy", "Conwy") in covers and ("Safer Denbighshire", "Denbighshire") in covers


def test_both_partnerships_of_the_sentence_before() -> None:
    doc = read("News\nFrom June the Exeter Community Safety Partnership and the Safer Teignbridge Partnership will "
               "meet as one Exeter and Teignbridge Joint Board. Both partnerships stay the statutory CSP for "
               "their own district.")
    covers = of(doc, "covers_area")
    assert ("Exeter Community Safety Partnership", "Exeter") in covers
    assert ("Safer Teignbridge Partnership", "Teignbridge") in covers
    # the joint board names two places: which one it covers is not what this sentence says
    assert all(not s.endswith("Joint Board") for s, _ in covers)


def test_a_bracketed_each_for_its_district_after_a_list() -> None:
    doc = read("Grants register\nGrants go through the three partnerships: Safer Preston Partnership, Chorley "
               "Community Safety Partnership and the Safer Fylde Partnership (each the statutory body for its "
               "district).")
    covers = of(doc, "covers_area")
    assert {("Safer Preston Partnership", "Preston"), ("Chorley Community Safety Partnership", "Chorley"),
            ("Safer Fylde Partnership", "Fylde")} <= covers


def test_one_partnership_or_no_separateness_says_nothing() -> None:
    doc = read("Report\nThe Safer Preston Partnership keeps its own partnership plan under review.")
    assert ("Safer Preston Partnership", "Preston") not in of(doc, "covers_area")
    doc = read("Report\nThe Safer Preston Partnership and the Chorley Community Safety Partnership met in March "
               "to agree a joint bid.")
    assert of(doc, "covers_area") == set()


# -- terms of reference approved: the approving body produces them (the README's produces includes "approves")


def _terms(doc) -> set[tuple[str, str]]:
    return {(s, o) for s, o in of(doc, "produces") if "terms of reference" in o.casefold()}


def test_a_minute_approving_revised_terms_is_left() -> None:
    # which body's terms a minute approves, and under which of its names, is not said: no fact is made of it
    doc = read("MINUTES OF THE SAFER WESTBY PARTNERSHIP BOARD\nHeld on 3 June 2024\n\n4. Governance review\n"
               "Members discussed the quorum.\nRESOLVED: that the terms of reference, as revised, be approved.")
    assert _terms(doc) == set()


def test_an_approval_line_under_a_terms_of_reference_title() -> None:
    doc = read("Eastholme Channel Panel\nTerms of Reference\nVersion 2.0 | Approved by the Eastholme Prevent Board on "
               "4 March 2024 | Review: March 2025\n\n1. Purpose\nThe Panel assesses referrals made under the Prevent "
               "duty.")
    assert ("Eastholme Prevent Board", "Eastholme Channel Panel Terms of Reference") in _terms(doc)


def test_an_agreed_by_line_with_a_colon_before_the_date() -> None:
    doc = read("NORTHDALE DRUG AND ALCOHOL PARTNERSHIP\nTERMS OF REFERENCE\nAgreed by the Northdale Health and "
               "Wellbeing Board: 12 January 2025\n\n1. Role\nThe Partnership leads the local response to the national "
               "drug strategy.")
    assert ("Northdale Health and Wellbeing Board", "Northdale Drug and Alcohol Partnership Terms of Reference") \
        in _terms(doc)


def test_an_approval_line_of_a_paper_that_is_no_terms_of_reference_is_left() -> None:
    doc = read("Westby Community Safety Strategy 2024-2027\nApproved by the Westby Cabinet on 3 June 2024\n\n"
               "1. Introduction\nThe strategy sets out how partners will work together.")
    assert _terms(doc) == set()
