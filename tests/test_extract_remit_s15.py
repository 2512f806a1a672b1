"""Remit readings of session 15: what a body answers for is a whole noun phrase, not a topic word inside it.
Every text here is written for the test, in several councils' styles (terms of reference, a web page, a
report's governance section)."""

from __future__ import annotations

from extract_helpers import of, read


def _objects(text: str, subject_word: str) -> set[str]:
    return {o for s, o in of(read(text), "responsible_for") if subject_word in s}


def test_topic_naming_a_record_is_not_the_remit():
    # a terms-of-reference style: the topic word only says which record is meant
    got = _objects(
        "Kilnworth Channel Panel: terms of reference\n\n"
        "6.2 The Kilnworth Prevent Steering Group is responsible for the joint Prevent risk register, which the "
        "police hold, and reports twice a year to the Kilnworth Community Safety Partnership.\n", "Steering Group")
    assert "Prevent" not in got
    assert "Joint Prevent risk register" in got


def test_topic_naming_a_review_kind_is_not_the_remit():
    # a web page style, with the topic's words inside a longer name of work
    got = _objects(
        "How we keep children safe in Marlhaven\n\n"
        "The Marlhaven Case Review Group is responsible for domestic abuse learning events across the borough.\n",
        "Case Review Group")
    assert "Domestic Abuse" not in got


def test_topic_before_a_line_end_and_a_noun_is_not_the_remit():
    # a report's governance paragraph wrapped at the topic
    got = _objects(
        "3.2 Governance\n\nThe Fenbridge Safeguarding Adults Board is responsible for the modern slavery\n"
        "training offer for partner agencies.\n", "Safeguarding Adults Board")
    assert "Modern Slavery" not in got


def test_topic_alone_and_its_own_duty_are_still_the_remit():
    doc = read(
        "Cabinet portfolios\n\n"
        "The Portfolio Holder for Communities is responsible for community safety, the Prevent duty and "
        "licensing.\n\n"
        "The Ravenmoor Community Safety Partnership is responsible for domestic abuse.\n")
    got = of(doc, "responsible_for")
    assert any(o == "Domestic Abuse" for _, o in got)
    assert any(o in ("Prevent", "Prevent Duty", "Prevent duty") for _, o in got), got


def _duties(text: str) -> set[tuple[str, str]]:
    return of(read(text), "statutory_duty")


def test_an_act_fronting_a_list_binds_each_partner_listed():
    # a cabinet report's background paragraph
    got = _duties(
        "1. Why this report matters\n\n1.4 Under the Crime and Disorder Act 1998 Ambridge District Council, the "
        "Probation Service, Ambridge Police and Ambridge Fire and Rescue Service must plan jointly how to cut "
        "offending in Ambridge.\n")
    holders = {s for s, o in got if o == "Crime and Disorder Act 1998"}
    assert {"Ambridge Police", "Ambridge Fire and Rescue Service", "Probation Service"} <= holders, got


def test_partners_set_off_by_dashes_after_the_act_each_hold_it():
    # safeguarding arrangements, the partners named between dashes, one with a two-word acronym
    got = _duties(
        "Our arrangements\n\nUnder the Children Act 2004 the three safeguarding partners for Tollbridge - "
        "Tollbridge Borough Council, Wessex Constabulary and the NHS Tollbridge and Downs Integrated Care Board "
        "(TD ICB) - must make arrangements to work together.\n")
    holders = {s for s, o in got if o == "Children Act 2004"}
    assert {"Tollbridge Borough Council", "Wessex Constabulary"} <= holders, got
    assert any("Integrated Care Board" in s for s in holders), got


def test_two_partnerships_as_one_subject_each_hold_the_act():
    # a joint agreement: two partnerships the sentence opens with
    got = _duties(
        "Memorandum of joint working\n\n3.1 The Saltmarsh Community Safety Partnership and the Fenway Community "
        "Safety Partnership are each still a statutory CSP under section 5 of the Crime and Disorder Act "
        "1998, whatever their shared office.\n")
    holders = {s for s, o in got if o == "Crime and Disorder Act 1998"}
    assert {"Saltmarsh Community Safety Partnership", "Fenway Community Safety Partnership"} <= holders, got


def test_a_list_running_on_into_other_words_binds_only_its_first():
    # "of the region" after the list: the names may be parts of one body's description, so only the first holds
    got = _duties(
        "Under the Crime and Disorder Act 1998 Quayside Council, Quayside Police and the Harbour Trust of the "
        "region must co-operate.\n")
    holders = {s for s, o in got if o == "Crime and Disorder Act 1998"}
    assert "Quayside Police" not in holders, got


def test_a_board_for_the_purposes_of_a_part_holds_the_act():
    # a scrutiny report's bullet list of groups
    got = _duties(
        "Who delivers the plan\n\nFour groups sit below the board:\n"
        "- the Refuge Group, which is also the borough's safe accommodation group for the purposes of Part 4 of the "
        "Domestic Abuse Act 2021;\n- the Survivor Voice Group;\n- the Training Group;\n- the Data Group.\n")
    assert any("Refuge Group" in s and o == "Domestic Abuse Act 2021" for s, o in got), got


def test_the_councils_board_for_a_part_holds_the_act():
    # a committee paper's numbered paragraph
    got = _duties(
        "Item 9: housing for survivors\n\n9.3 With the housing portfolio holder in the chair, the Orchardvale Safe "
        "Accommodation Board is the authority's partnership board for Part 4 of the Domestic Abuse Act 2021.\n")
    assert ("Orchardvale Safe Accommodation Board", "Domestic Abuse Act 2021") in got, got


def test_a_committee_for_the_purposes_of_a_section_holds_the_act():
    # a constitution's remit clause
    got = _duties(
        "Part 3 Responsibility for functions\n\n(c) The Brackenford Place Scrutiny Panel is the crime and disorder "
        "panel for the purposes of section 19 of the Police and Justice Act 2006.\n")
    assert any("Place Scrutiny Panel" in s and o == "Police and Justice Act 2006" for s, o in got), got


def test_a_board_for_a_place_is_no_act_of_its_own():
    # "for" followed by a place, not a section: nothing is read as the Act's
    got = _duties("The Kelmarsh Safeguarding Board is the statutory board for Kelmarsh and meets monthly.\n")
    assert not got
