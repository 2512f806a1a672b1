"""Areas a body covers and services a paid provider delivers, in the forms many councils write them: work "across"
places, "for the areas of", a scheme "extended to include" places, "X funds Y to provide Z", "Y is funded by X to run
Z", and a programme "at" a venue that a provider delivers. Every sentence is written for the test."""

from __future__ import annotations

from extract_helpers import of, read


def report(title: str, text: str):
    return read(title + "\n\n" + text + "\n")


# -- covers_area: a body's work across places


def test_a_body_that_coordinates_work_across_places_covers_them() -> None:
    doc = report("Annual Report of the Safer Fenland Partnership",
                 "The Safer Fenland Partnership co-ordinates community safety activity across Fenland and "
                 "East Cambridgeshire.")
    assert {("Safer Fenland Partnership", "Fenland"),
            ("Safer Fenland Partnership", "East Cambridgeshire")} <= of(doc, "covers_area")


def test_the_head_of_a_relative_clause_works_across_the_districts() -> None:
    doc = report("Prevent update to the Kirklees Channel Panel",
                 "The Panel sits under the South Yorkshire Prevent Board, which co-ordinates Prevent across the "
                 "four South Yorkshire districts.")
    assert ("South Yorkshire Prevent Board", "South Yorkshire") in of(doc, "covers_area")


def test_a_board_that_commissions_treatment_across_a_region_covers_it() -> None:
    doc = report("Dyfed Area Planning Board: annual report",
                 "Each year the Dyfed Area Planning Board commissions drug and alcohol services across "
                 "Carmarthenshire, Ceredigion and Pembrokeshire.")
    covered = {place for _, place in of(doc, "covers_area")}
    assert {"Carmarthenshire", "Ceredigion", "Pembrokeshire"} <= covered


def test_it_opening_the_sentence_is_the_body_named_before() -> None:
    doc = report("Safer Dyfed Board: terms of reference",
                 "The Safer Dyfed Board is chaired by the Police and Crime Commissioner.\n\n"
                 "It co-ordinates community safety work across Powys and Ceredigion.")
    assert ("Safer Dyfed Board", "Powys") in of(doc, "covers_area")


def test_partners_across_a_county_are_no_body_covering_it() -> None:
    doc = report("Police and Crime Commissioner for Cleveland: grants 2024/25",
                 "The Commissioner has awarded grants to partners across Hartlepool and Middlesbrough.")
    assert of(doc, "covers_area") == set()


def test_work_delivered_across_a_county_names_no_body_covering_it() -> None:
    doc = report("Cumbria County Council: Prevent update", "Prevent training was delivered across Cumbria.")
    assert not any(place == "Cumbria" for _, place in of(doc, "covers_area"))


def test_another_subject_inside_the_clause_works_across_not_the_body() -> None:
    doc = report("Moray Community Safety Partnership",
                 "The Moray Community Safety Partnership brings together the agencies that keep people safe across "
                 "Moray and Aberdeenshire.")
    assert ("Moray Community Safety Partnership", "Aberdeenshire") not in of(doc, "covers_area")


# -- covers_area: "for the (three local authority) areas of", "extended to include"


def test_a_body_serves_the_areas_its_sentence_lists() -> None:
    doc = report("Western Bay Safeguarding Board annual report",
                 "The Western Bay Safeguarding Board was set up in 2016. It meets every quarter and acts as a "
                 "Safeguarding Adults Board for the two council areas of Neath Port Talbot and Swansea.")
    covers = of(doc, "covers_area")
    assert {("Western Bay Safeguarding Board", "Neath Port Talbot"), ("Western Bay Safeguarding Board", "Swansea")} \
        <= covers
    assert not any(body.endswith("Safeguarding Adults Board") for body, _ in covers)


def test_a_partnership_extended_to_include_districts_covers_them() -> None:
    doc = report("Safer Essex: partnership update",
                 "From April the Safer Essex Partnership will be extended to include Rochford and Castle Point.")
    assert {("Safer Essex Partnership", "Rochford"), ("Safer Essex Partnership", "Castle Point")} <= \
        of(doc, "covers_area")


# -- delivers: the one paid to provide a service


def test_a_provider_funded_to_run_a_service_delivers_it() -> None:
    doc = report("Ashford Borough Council: rough sleeping update",
                 "Since 2022 Porchlight has been funded by the County Council to run an Ashford rough sleeper "
                 "outreach service.")
    assert any(who == "Porchlight" and "rough sleeper outreach service" in what
               for who, what in of(doc, "delivers"))


def test_a_council_that_funds_a_provider_to_run_services_makes_it_their_deliverer() -> None:
    doc = report("Neath Port Talbot Council: Housing Support Grant",
                 "Every year the Council funds Thrive DVS to run refuge and floating support services for women.")
    assert any(who == "Thrive DVS" and what.lower().endswith("refuge and floating support services")
               for who, what in of(doc, "delivers"))


def test_a_commissioned_provider_with_a_two_word_name_delivers_the_service() -> None:
    doc = report("Kirklees Council: Domestic Abuse Strategy update",
                 "Since April Kirklees Council commissions Harbour Minerva to deliver its Independent Sexual "
                 "Violence Adviser (ISVA) service for the district.")
    assert any(who == "Harbour Minerva" and "Sexual Violence Adviser" in what for who, what in of(doc, "delivers"))


def test_funding_a_provider_to_do_something_that_is_no_service_gives_nothing() -> None:
    doc = report("Wiltshire Council: Community Safety Fund", "The Council funds Splash to attend the summit.")
    assert of(doc, "delivers") == set()


def test_a_programme_at_a_hospital_is_what_the_provider_delivers_not_the_hospital() -> None:
    doc = report("Oxfordshire Violence Reduction Unit: update",
                 "We continue to fund the Oxford Youth Navigators programme in A&E at the John Radcliffe Hospital, "
                 "which is delivered by Reset Mentoring Ltd.")
    delivered = of(doc, "delivers")
    assert ("Reset Mentoring Ltd", "Oxford Youth Navigators programme") in delivered
    assert not any("Hospital" in what for _, what in delivered)


# -- covers_area: a partnership set up "as the City of X's statutory CSP", and the name it was written with


def test_a_partnership_set_up_as_a_citys_statutory_csp_covers_the_city_by_the_name_written() -> None:
    from govkg.graph.build import build

    doc = report("Safer Wakefield Partnership: terms of reference",
                 "Police and council joint work in Wakefield goes back many years. Safer Wakefield Partnership was "
                 "established, under the Crime and Disorder Act, as the City of Wakefield's statutory Community "
                 "Safety Partnership.")
    assert ("Safer Wakefield Partnership", "Wakefield") in of(doc, "covers_area")
    labels = {q.object.value for q in build(doc)[1] if q.predicate.value.endswith("#altLabel")}
    assert "City of Wakefield" in labels


def test_an_award_so_that_a_programme_can_be_set_up_makes_the_grantee_its_deliverer() -> None:
    doc = report("Decision notice: Community Safety Fund awards",
                 "2. Approve the award to Fresh Start Trust of a grant of £64,000 so that an extended Mentoring "
                 "Programme can be set up in four schools.")
    assert ("Fresh Start Trust", "Extended Mentoring Programme") in of(doc, "delivers")


def test_an_award_so_that_numbers_rise_names_no_service() -> None:
    doc = report("Decision notice: Community Safety Fund awards",
                 "2. Approve the award to Fresh Start Trust of a grant of £64,000 so that attendance can rise.")
    assert of(doc, "delivers") == set()


def test_a_sentence_whose_whole_subject_is_delivered_by_a_provider_names_the_service() -> None:
    doc = report("Luton Youth Justice Plan 2024/25",
                 "Support for first-time entrants is delivered by Luton Youth Mentoring Project.\n\n"
                 "Training for frontline staff was delivered by Bedfordshire Fire and Rescue Service.")
    delivered = of(doc, "delivers")
    assert ("Luton Youth Mentoring Project", "Support for first-time entrants") in delivered
    assert ("Bedfordshire Fire and Rescue Service", "Training for frontline staff") in delivered


def test_a_subject_with_a_clause_of_its_own_is_no_service() -> None:
    doc = report("Luton Youth Justice Plan 2024/25",
                 "This work is delivered by the Council.\n\nThe strategy is being delivered by the operational group.")
    assert of(doc, "delivers") == set()


# -- statutory_duty: the one an Act requires to act, and the producer of a paper an Act requires


def test_a_body_required_to_produce_a_paper_under_an_act_holds_the_duty() -> None:
    doc = report("Minutes of the Safer Oldham Partnership Board",
                 "Members discussed the draft Community Safety Plan 2024-27, which the Partnership is required to "
                 "publish under section 6 of the Crime and Disorder Act.\n\n"
                 "Oldham Council must set out a safe accommodation strategy under Part 4 of the Domestic Abuse Act "
                 "2021.")
    duties = of(doc, "statutory_duty")
    assert ("Oldham Council", "Domestic Abuse Act 2021") in duties
    assert any(holder.endswith("Partnership") and act.startswith("Crime and Disorder Act") for holder, act in duties)


def test_the_producer_of_a_report_prepared_under_an_act_holds_its_duty() -> None:
    doc = report("Rotherham Safeguarding Adults Board",
                 "The Rotherham Safeguarding Adults Board published its Annual Report 2023/24 in October. This report "
                 "is published each year under the Care Act 2014.")
    assert ("Rotherham Safeguarding Adults Board", "Care Act 2014") in of(doc, "statutory_duty")


def test_an_act_named_after_other_words_binds_no_one_required_to_act() -> None:
    doc = report("Minutes of the Safer Oldham Partnership Board",
                 "Oldham Council must consult residents before the summer, as it did under the old scheme.")
    assert of(doc, "statutory_duty") == set()


def test_a_service_delivered_by_a_provider_is_never_the_provider_s_deliverer() -> None:
    doc = report("Hackney Community Safety Partnership: VAWG update",
                 "Referrals now go to the Stalking Advocacy service delivered by Hestia Housing Trust.")
    delivered = of(doc, "delivers")
    assert ("Hestia Housing Trust", "Stalking Advocacy service") in delivered
    assert not any(who == "Stalking Advocacy service" for who, _ in delivered)


def test_bodies_set_up_under_an_act_in_the_plural_give_the_sentence_subject_no_duty() -> None:
    doc = report("Safer Mid Sussex Partnership: annual report",
                 "The partnership began in 2015, when the three district CSPs earlier set up under the Crime and "
                 "Disorder Act merged.\n\nSafer Crawley Partnership was formally established under the Crime "
                 "and Disorder Act.")
    assert {holder for holder, _ in of(doc, "statutory_duty")} == {"Safer Crawley Partnership"}


def test_an_acronym_programme_is_the_fund_the_acronym_was_defined_for() -> None:
    doc = report("Minutes of the Safer Ealing Partnership Board",
                 "The Board noted the Violence Reduction Grant (VRG) award of £240,000 for 2024/25. The VRG "
                 "programme in Ealing is overseen by the Board.")
    assert any(what.endswith("Violence Reduction Grant") for _, what in of(doc, "oversees"))


def test_a_lower_case_partnership_opening_a_sentence_is_the_one_named_before() -> None:
    doc = report("About the partnership",
                 "The Wakefield Combating Drugs Partnership was formed in 2023.\n\n"
                 "The partnership covers the City of Wakefield.")
    assert ("Wakefield Combating Drugs Partnership", "Wakefield") in of(doc, "covers_area")


def test_a_lower_case_partnership_with_no_body_named_before_stands_for_nothing() -> None:
    doc = report("Community safety", "The partnership covers the City of Wakefield.")
    assert not any(body == "partnership" for body, _ in of(doc, "covers_area"))
