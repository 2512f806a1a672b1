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
