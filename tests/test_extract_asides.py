"""A chair's post in brackets after a post: the post chairs the body, and so does its one named holder."""

from __future__ import annotations

from extract_helpers import of, read


def test_also_the_chair_in_brackets() -> None:
    doc = read("Attending:\n\nDr Ama Osei, Director of Public Health\n\nBen Tull, Housing Manager\n\n"
               "The Director of Public Health (who is also Chair of the Cumbria Safer Communities Board) said that "
               "the grant had been spent.\n")
    chairs = of(doc, "chairs")
    assert ("Director of Public Health", "Cumbria Safer Communities Board") in chairs
    assert ("Dr Ama Osei", "Cumbria Safer Communities Board") in chairs
    assert not any(who == "Ben Tull" for who, _ in chairs)


def test_vice_chair_in_brackets_and_two_holders_named() -> None:
    doc = read("Present:\n\nLi Fenwick, Area Commander\n\nRory Blake, Area Commander\n\n"
               "The Area Commander (also the Vice-Chair of the Safer Carlisle Partnership) gave an update.\n")
    vice = of(doc, "vice_chair")
    assert ("Area Commander", "Safer Carlisle Partnership") in vice
    assert len(vice) == 1  # two people hold the post: which one is vice-chair is not said


def test_a_body_led_initiative() -> None:
    doc = read("We are watching 'Building Stronger Families', which is a Kent County Council led initiative being "
               "tried in Dover first.\nTurning Point is a Kent County Council-led programme.\n")
    led = of(doc, "led_by")
    assert ("Building Stronger Families", "Kent County Council") in led


def test_led_without_a_named_initiative_before_it() -> None:
    doc = read("It was a Kent County Council led initiative.\n")
    assert not of(doc, "led_by")


def test_a_group_chaired_by_a_post_the_paper_names_the_holder_of() -> None:
    doc = read("Present:\n\nMarta Quell, Head of Safer Communities\n\nOsric Dane, Youth Justice Manager\n\n"
               "3. Sub-groups\n\nThe Weapons Harm Group is chaired by the Head of Safer Communities and sits monthly. "
               "The Night-Time Economy Forum, chaired by the Youth Justice Manager, reports to the Board.\n")
    chairs = of(doc, "chairs")
    assert ("Marta Quell", "Weapons Harm Group") in chairs, chairs
    assert ("Osric Dane", "Night-Time Economy Forum") in chairs, chairs
    assert ("Marta Quell", "Night-Time Economy Forum") not in chairs


def test_a_post_two_people_hold_names_no_chair() -> None:
    doc = read("Present:\n\nMarta Quell, Community Safety Officer\n\nOsric Dane, Community Safety Officer\n\n"
               "The Knife Crime Group is chaired by the Community Safety Officer.\n")
    assert not {who for who, _ in of(doc, "chairs")} & {"Marta Quell", "Osric Dane"}, of(doc, "chairs")


def test_the_holder_of_a_post_written_with_the_councils_initials() -> None:
    doc = read("Safer Bexley Partnership Board\nMinutes of the meeting held on 2 May 2024\n\nApologies:\n"
               "Ines Thorne (Director of Children's Services, LBB)\n\n"
               "3. The London Borough of Bexley (LBB) keeps the Channel Panel, which is chaired by the Director of "
               "Children's Services.\n")
    chairs = {who for who, body in of(doc, "chairs") if "Channel Panel" in body}
    assert "Ines Thorne" in chairs, of(doc, "chairs")


def test_a_bare_title_in_the_chair_names_the_one_post_of_that_title() -> None:
    # the attendance list gives the post with its unit, or as a joint post; the chair is given by title alone
    doc = read("Attendees\n\nPriya Lomas, Chief Inspector, Neighbourhood Policing\n\n"
               "Gus Arbery, Chief Executive and Monitoring Officer\n\n"
               "4. The Offender Steering Group, chaired by the Chief Inspector, meets monthly. The Victims Board is "
               "chaired by the Chief Executive.\n")
    chairs = of(doc, "chairs")
    assert ("Priya Lomas", "Offender Steering Group") in chairs, chairs
    assert ("Gus Arbery", "Victims Board") in chairs, chairs


def test_head_of_two_services_is_no_joint_post() -> None:
    # "Head of Housing and Head ..." is not split: the "and" joins what one head is head of
    doc = read("Present:\n\nNoor Bastable, Head of Housing and Regeneration\n\n"
               "The Rough Sleeping Group is chaired by the Head of Housing.\n")
    assert "Noor Bastable" not in {who for who, _ in of(doc, "chairs")}, of(doc, "chairs")


def test_with_as_its_vice_chair_over_a_line_end() -> None:
    # "as its" and a line end between "as" and the role: the rule's sentence gate must not skip the sentence
    doc = read("1.3  Since May 2023 the Safer Dunmore Partnership has been chaired by Inspector Tomasz\n"
               "     Wierzbicki of Dyfed-Powys Police, with Councillor Grace Adebayo-Lunt as its\n"
               "     Vice-Chair.\n")
    assert ("Grace Adebayo-Lunt", "Safer Dunmore Partnership") in of(doc, "vice_chair")
    doc = read("The Westerby Community Safety Board is chaired by Dr Imran Chowdhury, with Superintendent Lena Voss "
               "as\nits deputy chair.\n")
    assert ("Lena Voss", "Westerby Community Safety Board") in of(doc, "vice_chair")
