"""What a body is for, read generally: a purpose statement naming harms after its verbs of reduction, a body set up
under an Act, and a paper a body owns. Every text is written for the test, each in a different council's style
(terms of reference, annual report, web page, committee report)."""

from __future__ import annotations

from extract_helpers import of, read


def _harms(doc, body: str) -> set[str]:
    return {o.lower() for s, o in of(doc, "responsible_for") if s == body}


def test_a_purpose_section_names_each_harm() -> None:
    # terms of reference: a numbered purpose section, two verbs joined by "and to"
    doc = read("Terms of Reference: Eastvale Community Safety Partnership\n\n1. PURPOSE\n\n"
               "The Eastvale Community Safety Partnership brings partners together to reduce crime, disorder and "
               "anti-social behaviour and to cut re-offending.\n")
    harms = _harms(doc, "Eastvale Community Safety Partnership")
    assert {"crime", "disorder", "anti-social behaviour"} <= harms, harms
    assert any("offending" in h for h in harms), harms


def test_responsible_for_two_verbs_of_reduction() -> None:
    # annual report: "responsible for cutting ..., and for addressing ..."; "crime and disorder" is one harm
    doc = read("Annual report of the Westmoor Safer Communities Board\n\n"
               "The Westmoor Safer Communities Board is responsible for cutting crime and disorder, and for "
               "addressing substance misuse and reoffending, across the borough.\n")
    harms = _harms(doc, "Westmoor Safer Communities Board")
    assert {"substance misuse", "reducing re-offending"} <= harms, harms
    assert not any("borough" in h for h in harms)


def test_a_web_page_aim_with_an_ampersand_and_an_acronym() -> None:
    doc = read("Southmere Community Safety Partnership\n\nWho we are\n\n"
               "The Southmere Community Safety Partnership works to reduce crime & disorder, ASB, substance misuse "
               "and reoffending.\n")
    harms = _harms(doc, "Southmere Community Safety Partnership")
    assert {"anti-social behaviour", "substance misuse"} <= harms, harms


def test_its_role_is_the_role_of_the_body_before() -> None:
    doc = read("Report to Cabinet, Kelby District Council\n\n"
               "The Safer Kelby Partnership meets quarterly. Its role is to tackle domestic abuse, hate crime and "
               "serious violence.\n")
    harms = _harms(doc, "Safer Kelby Partnership")
    assert {"domestic abuse", "hate crime", "serious violence"} <= harms, harms


def test_a_purpose_with_no_body_or_no_harm_gives_nothing() -> None:
    # no body opens the sentence: whose aim it is stays unclear
    doc = read("Northgate Town Council\n\nNewsletter\n\nWe all want to reduce litter and graffiti in the parks.\n")
    assert of(doc, "responsible_for") == set()
    # the list after the verb is of people and places, not harms
    doc = read("Brindle Community Safety Partnership\n\n"
               "The Brindle Community Safety Partnership aims to reduce the number of young people entering the "
               "justice system.\n")
    assert not any("young people" in o for _, o in of(doc, "responsible_for"))


def test_a_body_set_up_under_an_act_holds_its_duty() -> None:
    doc = read("Tarrow Community Safety Partnership\n\n"
               "The Tarrow Community Safety Partnership is constituted under section 5 of the Crime and Disorder "
               "Act 1998.\n")
    assert ("Tarrow Community Safety Partnership", "Crime and Disorder Act 1998") in of(doc, "statutory_duty")
    doc = read("Ferncombe Safeguarding Adults Board - annual report\n\n"
               "The Ferncombe Safeguarding Adults Board, established under section 43 of the Care Act 2014, met "
               "four times this year.\n")
    assert ("Ferncombe Safeguarding Adults Board", "Care Act 2014") in of(doc, "statutory_duty")


def test_a_place_a_preposition_governs_was_not_set_up_under_the_act() -> None:
    doc = read("Terms of reference\n\nThe Marlow Vale Community Safety Partnership is the partnership for the "
               "Borough of Marlow Vale, established under section 5 of the Crime and Disorder Act 1998.\n")
    assert not any("Council" in s or s.startswith("Borough") for s, _ in of(doc, "statutory_duty"))


def test_a_body_owns_a_strategy() -> None:
    doc = read("Hollins Safer Communities Board\n\nThe Board owns the Hollins Serious Violence Strategy 2025-2028.\n")
    assert any(o.endswith("Serious Violence Strategy 2025-2028") for _, o in of(doc, "produces"))


def test_a_relative_clause_states_the_purpose_of_the_body_before_it() -> None:
    # a committee report: the purpose is said of a body in a clause, not as the sentence's subject
    doc = read("Report to the Overview Committee, Tiverly Borough Council\n\n"
               "Members noted the annual report of the Tiverly Community Safety Partnership, which is responsible "
               "for reducing crime and disorder and tackling substance misuse and hate crime.\n")
    harms = _harms(doc, "Tiverly Community Safety Partnership")
    assert {"substance misuse", "hate crime"} <= harms, harms


def test_a_named_duty_discharged_is_a_statutory_duty() -> None:
    doc = read("Wexcombe Community Safety Partnership\n\n"
               "The Wexcombe Community Safety Partnership discharges the Serious Violence Duty for the county.\n")
    assert ("Wexcombe Community Safety Partnership", "Serious Violence Duty") in of(doc, "statutory_duty")
    assert of(doc, "other") == set()


def test_accountable_for_delivery_is_a_responsibility() -> None:
    doc = read("Lymbridge Safer Communities Board\n\nGovernance\n\n"
               "The Lymbridge Safer Communities Board is accountable for delivery of the Lymbridge Community Safety "
               "Plan 2025-28.\n")
    assert any(o.endswith("Community Safety Plan 2025-28") for _, o in of(doc, "responsible_for"))


def test_what_a_group_monitors_or_has_oversight_of_is_overseen() -> None:
    # an annual report's sub-group paragraph
    doc = read("Ambridge Safeguarding Adults Board - Annual Report\n\n"
               "The Quality Assurance Sub-Group monitors the multi-agency audit programme.\n")
    assert ("Quality Assurance Sub-Group", "Multi-agency audit programme") in of(doc, "oversees")
    # a web page: "has strategic oversight of", the work of a team
    doc = read("Corwen Community Safety Partnership\n\nHow we work\n\n"
               "The Corwen Community Safety Partnership has strategic oversight of the work of the neighbourhood "
               "problem-solving groups.\n")
    assert any(o.lower() == "neighbourhood problem-solving groups" for _, o in of(doc, "oversees")), of(doc, "oversees")
    # a committee report: a relative clause after the body
    doc = read("Report to Cabinet, Delford Council\n\nThe plan goes to the Delford Youth Justice Partnership Board, "
               "which oversees the work of the out-of-court disposal panel.\n")
    assert any(o.lower() == "out-of-court disposal panel" for _, o in of(doc, "oversees")), of(doc, "oversees")


def test_a_measure_monitored_is_not_a_thing_overseen() -> None:
    doc = read("Hexford Community Safety Partnership\n\n"
               "The Hexford Community Safety Partnership monitors the number of repeat referrals.\n")
    assert of(doc, "oversees") == set()


def test_responsible_for_one_thing_and_for_another() -> None:
    doc = read("Pendle Vale Safer Communities Board\n\nThe Pendle Vale Safer Communities Board is responsible for "
               "community cohesion and for the fear of crime.\n")
    objects = {o.lower() for _, o in of(doc, "responsible_for")}
    assert {"community cohesion", "fear of crime"} <= objects, objects


def _made(doc) -> set[tuple[str, str]]:
    return {(s, o.lower()) for s, o in of(doc, "produces")}


def test_a_paper_of_a_kind_in_lower_case_is_made_by_the_subject() -> None:
    # terms of reference: "is required to produce"
    doc = read("Orlton Youth Justice Partnership\n\nTerms of reference\n\n"
               "The Orlton Youth Justice Partnership Board is required to produce an annual youth justice plan.\n")
    assert ("Orlton Youth Justice Partnership Board",
            "orlton youth justice partnership board annual youth justice plan") in _made(doc), _made(doc)
    # a committee report: "has a statutory duty to prepare"
    doc = read("Report to Council, Brenley District Council\n\nThe Brenley Community Safety Partnership has a "
               "statutory duty to prepare a community safety plan.\n")
    assert any(o.endswith("community safety plan") for s, o in _made(doc)
               if s == "Brenley Community Safety Partnership"), _made(doc)
    # a partnership's own web page: "we" is the page's own body (a page plainly about one partnership)
    doc = read("Safer Orlton Partnership\n\nAbout us\n\nThe Safer Orlton Partnership is the community safety "
               "partnership for Orlton. The Safer Orlton Partnership meets four times a year. Members of the Safer "
               "Orlton Partnership include the police and the council.\n\n"
               "Each year we publish an annual report, which goes to the Council's scrutiny panel.\n")
    assert ("Safer Orlton Partnership", "safer orlton partnership annual report") in _made(doc), _made(doc)


def test_a_paper_a_body_must_publish_or_one_of_no_kind_is_not_read() -> None:
    doc = read("Hartwell Safeguarding Adults Board\n\nThe Board must publish a strategic plan each year.\n")
    assert of(doc, "produces") == set()
    doc = read("Hartwell Community Safety Partnership\n\nThe Hartwell Community Safety Partnership is required to "
               "produce a strategy to reduce crime and disorder.\n")
    assert of(doc, "produces") == set()
    doc = read("Hartwell Community Safety Partnership\n\nThe Hartwell Community Safety Partnership produces a "
               "progress report for each meeting.\n")
    assert of(doc, "produces") == set()


def test_we_on_a_page_of_no_one_body_makes_nothing() -> None:
    doc = read("Residents' newsletter\n\nEach year we publish an annual report on the parks.\n")
    assert of(doc, "produces") == set()


def test_a_purpose_field_or_section_states_the_own_bodys_purpose() -> None:
    # a "Purpose:" field of a terms of reference
    doc = read("Kirkby Community Safety Partnership\n\nTerms of Reference\n\n"
               "Purpose: To reduce crime, anti-social behaviour and re-offending in Kirkby.\n")
    assert {"crime", "anti-social behaviour"} <= _harms(doc, "Kirkby Community Safety Partnership")
    # a numbered purpose heading, the sentence under it opening "To ..."
    doc = read("Ravensby Safer Communities Board\n\nTerms of Reference\n\n1. Aims\n\n"
               "To tackle domestic abuse and serious violence.\n")
    assert {"domestic abuse", "serious violence"} <= _harms(doc, "Ravensby Safer Communities Board")
    # "The purpose of the X is to"
    doc = read("Hallam Vale Community Safety Partnership\n\nAnnual report\n\n"
               "The purpose of the Hallam Vale Community Safety Partnership is to cut anti-social behaviour and "
               "hate crime.\n")
    assert {"anti-social behaviour", "hate crime"} <= _harms(doc, "Hallam Vale Community Safety Partnership")


def test_to_reduce_under_no_heading_of_purpose_is_no_ones_purpose() -> None:
    doc = read("Kirkby Community Safety Partnership\n\nMinutes\n\n3. Funding\n\n"
               "To reduce anti-social behaviour in the parks, two new wardens were funded.\n")
    assert of(doc, "responsible_for") == set()
