"""A list whose opener is itself a bullet (a converter flattened a nested list), and a members list whose body is
named after "represented on"."""

from __future__ import annotations

from extract_helpers import of, read


def test_flattened_nested_list_under_a_numbered_title() -> None:
    doc = read(
        "3.1\tHIGHFIELD PARTNERSHIP BOARD\n"
        "<ul> <li>The Highfield Partnership meets every quarter and works through three theme groups.</li> "
        "<li>Besides Highfield District Council, whose seat is taken by the Leader, other agencies represented "
        "on the Board include: <ul> <li>Dorset Police</li> <li>Dorset Council</li> "
        "<li>Age Concern Highfield</li> </ul> </li> </ul>\n"
        "Over the year the Board has looked at loneliness.\n"
    )
    members = of(doc, "member_of")
    assert ("Dorset Police", "Highfield Partnership Board") in members
    assert ("Dorset Council", "Highfield Partnership Board") in members
    assert not any(body == "Highfield District Council" for _, body in members)


def test_nested_list_items_stop_at_the_next_opener() -> None:
    doc = read(
        "Safer Ashford Partnership\n"
        "- The Safer Ashford Partnership met four times in 2023.\n"
        "- Partners represented on the Partnership include:\n"
        "- Kent Police\n"
        "- Kent Fire and Rescue Service\n"
        "- The following matters were discussed:\n"
        "- Street drinking in the town centre\n"
    )
    members = of(doc, "member_of")
    assert ("Kent Police", "Safer Ashford Partnership") in members
    assert ("Kent Fire and Rescue Service", "Safer Ashford Partnership") in members
    assert len(members) == 2


def test_a_list_with_an_opener_above_it_is_unchanged() -> None:
    doc = read(
        "Members of the Wyvern Community Safety Partnership include:\n"
        "- Avon and Somerset Police\n"
        "- Wyvern District Council\n"
    )
    assert of(doc, "member_of") == {("Avon and Somerset Police", "Wyvern Community Safety Partnership"),
                                     ("Wyvern District Council", "Wyvern Community Safety Partnership")}


def test_priorities_opened_by_a_bullet_with_a_long_lead_in() -> None:
    doc = read(
        "The main points of the discussion were:\n"
        "- Partnership working across the county remained strong. There were currently three agreed priorities "
        "for community safety work across Norfolk, which were set out in the Norfolk Community Safety "
        "Agreement and were:\n"
        "- Reducing Reoffending\n"
        "- Domestic Abuse\n"
        "- Anti-Social Behaviour\n"
        "- It was noted that the funding from the Police and Crime Commissioner had been used to support a "
        "countywide analyst post for the partnerships.\n"
    )
    priorities = of(doc, "priority_of")
    assert ("Domestic Abuse", "Norfolk Community Safety Agreement") in priorities
    assert ("Anti-Social Behaviour", "Norfolk Community Safety Agreement") in priorities
    assert len(priorities) == 3


def test_an_agenda_request_about_a_role_is_no_remit() -> None:
    doc = read(
        "Norfolk County Council\n"
        "The Committee is asked to:\n"
        "- Consider the County Council's role, with its partners, in relation to:\n"
        "- Hate Crime\n"
        "- Modern Slavery\n"
    )
    assert not of(doc, "responsible_for")
    stated = read("Norfolk County Council\nThe County Council's role in community safety covers:\n"
                  "- Hate Crime\n- Modern Slavery\n")
    assert of(stated, "responsible_for")


def test_the_body_named_after_as_well_as_is_a_member_too() -> None:
    doc = read(
        "Safer Ashford Partnership\n"
        "As well as Ashford Borough Council, whose Leader sits on it, other partners represented on the "
        "Partnership include:\n"
        "- Kent Police\n"
        "- Kent Fire and Rescue Service\n"
    )
    members = of(doc, "member_of")
    assert ("Ashford Borough Council", "Safer Ashford Partnership") in members
    assert ("Kent Police", "Safer Ashford Partnership") in members
