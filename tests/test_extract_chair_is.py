"""A chair named by a copula whose title names the body: "The Chair of the Fire Authority is Councillor ..."."""

from __future__ import annotations

from extract_helpers import of, read


def test_the_chair_of_a_named_body_is_a_person() -> None:
    doc = read("Community safety in Wessex\n\nThe Chair of the Wessex Community Safety Partnership is Councillor "
               "Tamsin Oakes, who took over in May.\n")
    assert ("Tamsin Oakes", "Wessex Community Safety Partnership") in of(doc, "chairs"), of(doc, "chairs")


def test_the_chair_of_the_authority_and_its_vice_chair() -> None:
    doc = read("About the Devon and Somerset Fire and Rescue Authority\n\nThe Devon and Somerset Fire and Rescue "
               "Authority has 26 members. The Chair of the Authority is Councillor Piers Wren and the Vice-Chair "
               "is Councillor Edda Crane.\n")
    authority = "Devon and Somerset Fire and Rescue Authority"
    assert ("Piers Wren", authority) in of(doc, "chairs"), of(doc, "chairs")
    assert ("Edda Crane", authority) in of(doc, "vice_chair"), of(doc, "vice_chair")


def test_a_head_word_with_no_body_before_it_names_none() -> None:
    doc = read("Notes\n\nThe Chair of the Authority is Councillor Piers Wren.\n")
    assert not of(doc, "chairs"), of(doc, "chairs")


def test_a_post_after_is_is_no_person() -> None:
    doc = read("The Chair of the Wessex Community Safety Partnership is a post that rotates each year.\n")
    assert not of(doc, "chairs"), of(doc, "chairs")


STRUCTURE = """Cornwall Safeguarding Children Partnership

4. Structure

   Executive Group
        +-- Case Review Group (chair: Detective Superintendent Wilma Trask, Devon and Cornwall Police)
        +-- Performance Group (chair: Head of Safeguarding, ICB - Oren Tally)
        +-- Training Group (chair: Bettina Moss, Truro College)
        +-- Schools Forum (chair: a headteacher elected by the Forum)

Exploitation Group - chair: Jory Penrose, Cornwall Council
"""


def test_a_chair_slot_names_the_person_and_whom_they_work_for() -> None:
    doc = read(STRUCTURE)
    # (a generic group's name takes the paper's area: "Cornwall Case Review Group")
    chairs = {(who, body.removeprefix("Cornwall ")) for who, body in of(doc, "chairs")}
    assert ("Wilma Trask", "Case Review Group") in chairs, chairs
    assert ("Oren Tally", "Performance Group") in chairs, chairs
    assert ("Bettina Moss", "Training Group") in chairs, chairs
    assert ("Jory Penrose", "Exploitation Group") in chairs, chairs
    members = of(doc, "member_of")
    assert ("Wilma Trask", "Devon and Cornwall Police") in members, members
    assert ("Bettina Moss", "Truro College") in members, members
    assert ("Jory Penrose", "Cornwall Council") in members, members


def test_the_post_before_the_name_in_a_slot_is_the_persons() -> None:
    doc = read(STRUCTURE)
    held = {post for who, post in of(doc, "holds_post") if who == "Oren Tally"}
    assert held and all(post.startswith("Head of Safeguarding") for post in held), held
    # a slot that names nobody gives no person
    assert not any(body == "Schools Forum" and " " in who and who[0].isupper() and "head" not in who.lower()
                   for who, body in of(doc, "chairs")), of(doc, "chairs")


def test_a_chair_slot_whose_bracket_closes_on_the_next_line() -> None:
    doc = read("Gwent Area Planning Board\n\n3.3 Two groups report to the APB: the Finance Sub-group (chair:\n"
               "Rhiannon Vell) and the Harm Reduction Group (chair: Dr Ifan Stone).\n")
    chairs = {(who, body.removeprefix("Gwent ")) for who, body in of(doc, "chairs")}
    assert ("Rhiannon Vell", "Finance Sub-group") in chairs, chairs
