"""Terms of reference that list a partnership's seats by organisation: "Organisation | Representative | Named
member", rows wrapped in narrow pipe columns; invited members in a list after "The following are invited
members"; a post with its present holder in brackets ("(currently Councillor ...)")."""

from __future__ import annotations

from extract_helpers import of, read

TERMS = """DARTFORD BOROUGH COUNCIL

DARTFORD COMMUNITY SAFETY PARTNERSHIP
TERMS OF REFERENCE

1. Purpose

1.1 The Dartford Community Safety Partnership brings together the responsible authorities for the borough.

2. Membership

2.1 The responsible authorities are represented on the Partnership as follows:

+---------------------------+--------------------------------+--------------------+
| Organisation              | Representative                 | Named member       |
+---------------------------+--------------------------------+--------------------+
| Dartford Borough Council  | Director of Housing and        | Orla Pennant       |
|                           | Communities (Chair)            |                    |
| Kent Police               | District Commander, Dartford   | Chief Inspector    |
|                           | (Vice-Chair)                   | Tomas Reeve        |
| Kent Fire and Rescue      | Station Manager, Prevention    | Ines Okoro         |
| Service                   |                                |                    |
+---------------------------+--------------------------------+--------------------+

2.2 The following are invited members, who may come to meetings but may not vote:
    - Cabinet Member for Communities, Dartford Borough Council (currently Councillor Ann Vary)
    - Dartford Business Improvement District
    - North Kent Housing Association
"""

CSP = "Dartford Community Safety Partnership"


def test_an_organisations_seat_and_its_named_member() -> None:
    doc = read(TERMS)
    members = of(doc, "member_of")
    for org in ("Dartford Borough Council", "Kent Police", "Kent Fire and Rescue Service"):
        assert (org, CSP) in members, (org, members)
    for person in ("Orla Pennant", "Tomas Reeve", "Ines Okoro"):
        assert (person, CSP) in members, (person, members)
    represented = of(doc, "represented_by")
    assert ("Kent Police", "Tomas Reeve") in represented, represented
    assert ("Dartford Borough Council", "Orla Pennant") in represented, represented


def test_the_seats_post_is_the_organisations_and_its_marker_the_partnerships() -> None:
    doc = read(TERMS)
    posts = of(doc, "holds_post")
    assert ("Tomas Reeve", "District Commander, Dartford, Kent Police") in posts, posts
    assert ("Tomas Reeve", "Chief Inspector") in posts, posts
    assert ("Orla Pennant", CSP) in of(doc, "chairs"), of(doc, "chairs")
    assert ("Tomas Reeve", CSP) in of(doc, "vice_chair"), of(doc, "vice_chair")
    # the person sits for the organisation: no second membership of it is read from the seat
    assert ("Tomas Reeve", "Kent Police") not in of(doc, "member_of"), of(doc, "member_of")


def test_invited_members_and_a_posts_present_holder() -> None:
    doc = read(TERMS)
    members = of(doc, "member_of")
    assert ("Dartford Business Improvement District", CSP) in members, members
    assert ("North Kent Housing Association", CSP) in members, members
    assert ("Ann Vary", CSP) in members, members
    assert ("Ann Vary", "Cabinet Member for Communities, Dartford Borough Council") in of(doc, "holds_post")


def test_a_member_represented_by_a_named_officer() -> None:
    doc = read("Northdale Combating Drugs Partnership\n\nMembers\n\n"
               "The partnership is made up of senior leaders from:\n\n"
               "  * Northdale Council\n"
               "  * Northvale Police and Crime Commissioner (represented by the Drugs Policy Officer, Sam Reed)\n"
               "  * Northvale Recovery Alliance (represented by its Service Manager, Jo Pym)\n")
    owner = "Northdale Combating Drugs Partnership"
    members = of(doc, "member_of")
    assert ("Northvale Police and Crime Commissioner", owner) in members, members
    assert ("Northvale Recovery Alliance", owner) in members, members
    assert ("Northvale Recovery Alliance", "Jo Pym") in of(doc, "represented_by"), of(doc, "represented_by")
    assert ("Sam Reed", "Drugs Policy Officer") in of(doc, "holds_post"), of(doc, "holds_post")


REPRESENTATIVES = """Northdale Safeguarding Partnership - annual report 2023

The three statutory safeguarding partners are Northdale Council, Northvale Police and the NHS Eastvale
and Westdale Integrated Care Board (the ICB). The lead representatives during 2022-23 were:

  * Northdale Council - Petra Lund, Chief Executive
  * Northvale Police - Assistant Chief Constable Tomas Reeve
  * the ICB - Ines Okoro, Chief Nurse
"""


def test_lead_representatives_named_after_their_organisations() -> None:
    doc = read(REPRESENTATIVES)
    represented = of(doc, "represented_by")
    assert ("Northdale Council", "Petra Lund") in represented, represented
    assert ("Northvale Police", "Tomas Reeve") in represented, represented
    assert ("Petra Lund", "Chief Executive, Northdale Council") in of(doc, "holds_post"), of(doc, "holds_post")
    # the list is the partnership's, not the Integrated Care Board's that the sentence before ends with
    assert not any("Integrated Care Board" in o for _, o in of(doc, "member_of")), of(doc, "member_of")


def test_a_post_then_its_organisation_then_a_name_is_left_as_it_was() -> None:
    doc = read("Northdale Safeguarding Adults Board\n\nThe Board is made up of senior representatives of these "
               "and other agencies, including:\n  Director of Adult Social Care, Northdale Council - Petra Lund\n"
               "  Detective Superintendent, Northvale Police - Tomas Reeve\n")
    assert not of(doc, "represented_by"), of(doc, "represented_by")



def test_a_seat_whose_holder_cell_says_vacant_gives_no_representative():
    text = TERMS.replace("+---------------------------+--------------------------------+--------------------+\n\n",
                         "| Dartford Youth Hub        | Youth Work Lead                | (vacant)           |\n"
                         "| Dartford Mind             | Chief Officer                  | TBC                |\n"
                         "+---------------------------+--------------------------------+--------------------+\n\n")
    doc = read(text)
    represented = {s for s, _ in of(doc, "represented_by")}
    assert "Kent Fire and Rescue Service" in represented
    assert "Dartford Youth Hub" not in represented and "Dartford Mind" not in represented
    assert ("Dartford Youth Hub", CSP) in of(doc, "member_of")  # the seat is still the organisation's


# A seat's post with its holder in brackets, and the seat's role in a column of its own
HOLDER_IN_BRACKETS = """Rushmoor Offender Management Board
Terms of Reference

4. Membership

| Organisation                      | Representative                           | Role        |
|-----------------------------------|------------------------------------------|-------------|
| Rushmoor Borough Council          | Director of Communities (Perpetua Vane)  | Chair       |
| Northmoor Police                  | Superintendent, Partnerships (Ned Frome) | Vice-chair  |
| Rushmoor Youth Justice Service    | Head of Service (Ilse Carrow)             | Member      |
| Northmoor Fire and Rescue Service | Station Manager                          | Member      |
"""
ROMB = "Rushmoor Offender Management Board"


def test_a_post_with_its_holder_in_brackets_seats_the_holder() -> None:
    doc = read(HOLDER_IN_BRACKETS)
    members = of(doc, "member_of")
    for person in ("Perpetua Vane", "Ned Frome", "Ilse Carrow"):
        assert (person, ROMB) in members, (person, members)
    represented = of(doc, "represented_by")
    assert ("Northmoor Police", "Ned Frome") in represented, represented
    assert ("Rushmoor Youth Justice Service", "Ilse Carrow") in represented, represented
    posts = of(doc, "holds_post")
    assert ("Ilse Carrow", "Head of Service, Rushmoor Youth Justice Service") in posts, posts
    assert ("Ned Frome", "Superintendent, Partnerships") in posts, posts
    # the bracket is no part of a post's name
    assert not any("(" in post for _, post in represented | posts), (represented, posts)


def test_the_role_column_says_who_chairs() -> None:
    doc = read(HOLDER_IN_BRACKETS)
    assert ("Perpetua Vane", ROMB) in of(doc, "chairs"), of(doc, "chairs")
    assert ("Ned Frome", ROMB) in of(doc, "vice_chair"), of(doc, "vice_chair")
    assert ("Ilse Carrow", ROMB) not in of(doc, "chairs") | of(doc, "vice_chair")
