"""A list headed "Partnerships we belong to" / "We are also members of the following partnerships:": the paper's
own body is a member of each item (the other direction to a "Membership" list)."""

from __future__ import annotations

from extract_helpers import of, read


def test_partnerships_we_belong_to_on_a_service_page() -> None:
    doc = read("Northvale Fire and Rescue Service\nAbout us > Partnerships\n\n"
               "We work with councils, the police and health partners across the county.\n\n"
               "Partnerships we belong to\n"
               " * Northvale Safeguarding Adults Board - represented by the Area Manager for Prevention.\n"
               " * Eastshire Local Resilience Forum - we chair its training group.\n"
               " * Northvale Prevent Steering Group\n")
    members = of(doc, "member_of")
    assert ("Northvale Fire and Rescue Service", "Northvale Safeguarding Adults Board") in members
    assert ("Northvale Fire and Rescue Service", "Eastshire Local Resilience Forum") in members
    assert ("Northvale Fire and Rescue Service", "Northvale Prevent Steering Group") in members
    assert not any(obj == "Northvale Fire and Rescue Service" for _, obj in members)


def test_we_are_also_members_of_the_following() -> None:
    doc = read("Harrowgate Borough Council\n\nCommunity safety\n\n"
               "We are also members of the following partnerships:\n"
               "- Harrowgate Community Safety Partnership\n- Westshire Serious Violence Board\n")
    members = of(doc, "member_of")
    assert ("Harrowgate Borough Council", "Harrowgate Community Safety Partnership") in members
    assert ("Harrowgate Borough Council", "Westshire Serious Violence Board") in members
    assert ("Westshire Serious Violence Board", "Harrowgate Borough Council") not in members


def test_no_we_body_no_list() -> None:
    # nobody the paper names is "we": the items have no subject
    doc = read("Our work in 2024\n\nThis page sets out our year.\n\nPartnerships we belong to\n"
               "- Harrowgate Community Safety Partnership\n- Westshire Serious Violence Board\n")
    assert not [f for f in doc.facts if f.rule == "list:member_in"]
