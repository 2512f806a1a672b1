"""Clause forms a council writes that the trigger lexicon now reads: a unit housed within another ("is based
within", "works within") is part of it; a quantifier floated after a plural subject's verb ("are all represented
on", "are both members of") leaves the relation; "Partners on the Board include ..." names members as "Members of"
does; "is accountable for delivery of" is what a body is responsible for.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, pair", [
    ("The Kestwick Anti-Social Behaviour Team is based within the Kestwick Community Safety Team.\n",
     ("Kestwick Anti-Social Behaviour Team", "Kestwick Community Safety Team")),
    ("Our Licensing Enforcement Unit is located within the Kestwick Regulatory Services Directorate.\n",
     ("Licensing Enforcement Unit", "Kestwick Regulatory Services Directorate")),
    ("- The Kestwick Prevent Team works within the Kestwick Council Communities Service.\n",
     ("Kestwick Prevent Team", "Kestwick Council Communities Service")),
])
def test_a_unit_housed_within_another_is_part_of_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(text), "part_of")


def test_based_in_a_place_is_no_part() -> None:
    assert not of(read("The Kestwick Prevent Team is based in Rutland.\n"), "part_of")


@pytest.mark.parametrize("text", [
    "Kestwick Council, Rutland Police and the Probation Service are all represented on the Kestwick Safety Board.\n",
    "Kestwick Council and Rutland Police are both members of the Kestwick Safety Board.\n",
    "Partners on the Kestwick Safety Board include Kestwick Council and Rutland Police.\n",
])
def test_members_of_a_plural_subject_or_a_seat_list(text: str) -> None:
    members = {m for m, body in of(read(text), "member_of") if body == "Kestwick Safety Board"}
    assert {"Kestwick Council", "Rutland Police"} <= members, members


@pytest.mark.parametrize("verb", ["is accountable for delivery of", "is ultimately accountable for the delivery of",
                                  "is jointly accountable for the implementation of"])
def test_accountable_for_delivery(verb: str) -> None:
    doc = read(f"The Kestwick Safety Board {verb} the Kestwick Community Safety Plan.\n")
    assert ("Kestwick Safety Board", "Kestwick Community Safety Plan") in of(doc, "responsible_for")


def test_accountable_for_money_is_no_responsibility_for_the_plan() -> None:
    doc = read("The Kestwick Safety Board is accountable for its use of the grant under the Kestwick Safety Plan.\n")
    assert not of(doc, "responsible_for")


@pytest.mark.parametrize("text", [
    # a web page
    "The Redbrook Safety Board is supported by three delivery groups, the Redbrook Hate Crime Forum, the Redbrook "
    "Prevent Group and the Redbrook ASB Group.\n",
    # terms of reference, with a colon
    "The Redbrook Safety Board is supported by the following sub-groups: Redbrook Hate Crime Forum, Redbrook Prevent "
    "Group and Redbrook ASB Group.\n",
    # an annual report
    "The Redbrook Safety Board is supported by several working groups, the Redbrook Hate Crime Forum, the Redbrook "
    "Prevent Group and the Redbrook ASB Group.\n",
])
def test_groups_that_support_a_board_are_its_sub_groups(text: str) -> None:
    groups = {g for g, board in of(read(text), "subgroup_of") if board == "Redbrook Safety Board"}
    assert groups == {"Redbrook Hate Crime Forum", "Redbrook Prevent Group", "Redbrook ASB Group"}, groups


def test_a_team_after_the_groups_is_no_sub_group() -> None:
    doc = read("The Redbrook Safety Board is supported by two working groups and by the Redbrook Borough Council "
               "Community Safety Team.\n")
    assert not of(doc, "subgroup_of")


@pytest.mark.parametrize("text", [
    # a web page
    "Kestwick Council, Rutland Police and the Probation Service make up the Kestwick Safety Board.\n",
    # terms of reference
    "Kestwick Council, Rutland Police and the Probation Service are the responsible authorities on the Kestwick "
    "Safety Board.\n",
    # an annual report
    "The Kestwick Safety Board is a partnership of Kestwick Council, Rutland Police and the Probation Service.\n",
    "The Kestwick Safety Board is a statutory partnership between Kestwick Council, Rutland Police and the Probation "
    "Service.\n",
])
def test_the_bodies_that_make_up_a_board(text: str) -> None:
    members = {m for m, body in of(read(text), "member_of") if body == "Kestwick Safety Board"}
    assert members == {"Kestwick Council", "Rutland Police", "Probation Service"}, members


def test_made_up_of_is_still_the_other_way() -> None:
    doc = read("The Kestwick Safety Board is made up of Kestwick Council and Rutland Police.\n")
    assert of(doc, "member_of") == {("Kestwick Council", "Kestwick Safety Board"),
                                    ("Rutland Police", "Kestwick Safety Board")}


@pytest.mark.parametrize("verb", ["reports twice yearly to", "reports back six-monthly to",
                                  "reports at least once a year to"])
def test_reporting_with_its_frequency(verb: str) -> None:
    doc = read(f"The Kestwick Hate Crime Forum {verb} the Kestwick Safety Board.\n")
    assert of(doc, "reports_to") == {("Kestwick Hate Crime Forum", "Kestwick Safety Board")}


@pytest.mark.parametrize("text", [
    "The Kestwick Street Marshals Scheme is paid for by Kestwick Council.\n",
    "Kestwick Council contributes to the cost of the Kestwick Street Marshals Scheme.\n",
    "The Kestwick Street Marshals Scheme is resourced jointly by Kestwick Council.\n",
])
def test_who_pays_for_a_scheme(text: str) -> None:
    assert ("Kestwick Council", "Kestwick Street Marshals Scheme") in of(read(text), "funds")


def test_held_accountable_by_is_oversight() -> None:
    doc = read("The Kestwick Hate Crime Forum is held accountable by the Kestwick Safety Board.\n")
    assert ("Kestwick Safety Board", "Kestwick Hate Crime Forum") in of(doc, "oversees")


@pytest.mark.parametrize("text", [
    "The Kestwick Safety Board is the body responsible for the Kestwick Community Safety Strategy.\n",
    "The Kestwick Safety Board is charged with delivering the Kestwick Community Safety Strategy.\n",
    "Kestwick Council acts as the authority accountable for the Kestwick Community Safety Strategy.\n",
])
def test_the_body_responsible(text: str) -> None:
    holders = {h for h, thing in of(read(text), "responsible_for") if thing == "Kestwick Community Safety Strategy"}
    assert holders & {"Kestwick Safety Board", "Kestwick Council"}, holders


@pytest.mark.parametrize("text", [
    "Northvale Police's representative is Superintendent Ray Cole.\n",
    "Superintendent Ray Cole attended as the representative of Northvale Police.\n",
    "Superintendent Ray Cole attends on behalf of Northvale Police.\n",
])
def test_who_represents_an_organisation(text: str) -> None:
    assert ("Northvale Police", "Ray Cole") in of(read(text), "represented_by")


def test_a_grant_given_on_behalf_of_a_body_is_no_representation() -> None:
    doc = read("Kestwick Council provides the Safer Streets grant on behalf of the Northvale Police and Crime "
               "Commissioner.\n")
    assert not of(doc, "represented_by")


@pytest.mark.parametrize("text", [
    "The Northvale Prevent Board spans Rutland and Wigan.\n",
    "The Northvale Prevent Board, spanning Rutland and Wigan, meets quarterly.\n",
])
def test_a_board_spanning_areas(text: str) -> None:
    board = "Northvale Prevent Board"
    assert of(read(text), "covers_area") == {(board, "Rutland"), (board, "Wigan")}


def test_coterminous_with_an_area() -> None:
    doc = read("The Safer Rutland Partnership area is coterminous with Rutland.\n")
    assert ("Safer Rutland Partnership", "Rutland") in of(doc, "covers_area")
