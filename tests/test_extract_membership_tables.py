"""Membership tables of "Organisation | Post" rows: a first row whose post is only the seat's role ("SRO and
Chair"), a heading "Membership of the <Body>" that opens the table, a post cell that runs on over a few lines,
and an NHS area body named with a list of places ("NHS X, Y and Z ICB")."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions

DRUGS = """Report to: Kestermoor Combating Drugs Partnership
Date: 9 October 2023

Membership

The partnership is made up of senior representatives from these organisations:

Office of the Police and Crime Commissioner for Lincolnshire\tSRO and Chair
Kestermoor County Council - Public Health\tDirector of Public Health
Lincolnshire Police\tDetective Superintendent, Major Crime
Probation Service, Kestermoor PDU\tHead of PDU
"""


def test_a_first_row_whose_post_is_the_chair_is_a_member_not_the_tables_header() -> None:
    doc = read(DRUGS)
    members = {s for s, o in of(doc, "member_of") if o == doc.body.name}
    assert "Office of the Police and Crime Commissioner for Lincolnshire" in members
    assert "Lincolnshire Police" in members
    # "SRO and Chair" is the seat's role, no post of the office
    assert not [o for s, o in of(doc, "represented_by") if "SRO" in o or "Chair" in o]


DELIVERY = """Safeguarding Partnership Annual Report 2023

The Tamworth Safeguarding Delivery Board reports to the Executive Group and meets every two months.

3.4 Membership of the Delivery Board

Organisation\tRepresented by
Tamworth Borough Council\tDirector of Public Health (Chair)
Director of Adult Social Care
Head of Community Safety
Staffordshire Police\tSuperintendent, Tamworth
Staffordshire Fire and Rescue Service\tStation Manager, Prevention
"""


def test_a_heading_membership_of_a_body_opens_the_table_under_it() -> None:
    doc = read(DELIVERY)
    board = "Tamworth Safeguarding Delivery Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    # the posts run on over lines of their own: the rows after them are still the table's
    assert members >= {"Tamworth Borough Council", "Staffordshire Police", "Staffordshire Fire and Rescue Service"}
    assert ("Staffordshire Police", "Superintendent, Tamworth") in of(doc, "represented_by")


def test_a_heading_names_the_body_written_in_full_before() -> None:
    doc = read(DELIVERY)
    assert not [o for s, o in of(doc, "member_of") if o != "Tamworth Safeguarding Delivery Board"]


def test_an_nhs_body_named_by_a_list_of_places_is_one_name() -> None:
    for text, name in [
        ("Designated Nurse, NHS Leicester, Leicestershire and Rutland ICB",
         "NHS Leicester, Leicestershire and Rutland ICB"),
        ("NHS Norfolk, Suffolk and Essex ICB sent apologies", "NHS Norfolk, Suffolk and Essex ICB"),
    ]:
        names = [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "body"]
        assert name in names, names
