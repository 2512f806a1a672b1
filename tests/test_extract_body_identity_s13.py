"""The identity of a body named in a way no head noun types: a group whose lower-case ending says what kind of
group it is ("the IOM steering group"), and a local branch or regional unit of a national organisation that
takes the national name whole ("Kestrel Vale Women's Aid", "Counter Terrorism Policing North West").

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def _kinds(text: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(text, 0, len(text))}


# -- a capitalised name with a lower-case kind of group after it


@pytest.mark.parametrize("text, name", [
    # minutes: an acronym's group as the subject
    ("The ASB tasking group met twice in the quarter and reported its actions.", "ASB tasking group"),
    # an annual report: a duty's group after "the"
    ("Progress is overseen by the Serious Violence Duty oversight group.", "Serious Violence Duty oversight group"),
    # a web page: a service named by its field and how it works
    ("Referrals go to the Hate Crime advocacy service in the first instance.", "Hate Crime advocacy service"),
])
def test_a_lower_case_kind_of_group_keeps_the_name_whole(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "body"


@pytest.mark.parametrize("text", [
    "The Partnership agreed the steering arrangements for the year.",
    "Officers gave a Prevent update at the meeting.",
])
def test_no_group_is_made_without_a_head_noun(text: str) -> None:
    assert not any(n.endswith(("steering", "arrangements", "update")) for n in _kinds(text))


@pytest.mark.parametrize("text, pair", [
    ("The IOM steering group reports to the Eastmere Community Safety Partnership.\n",
     ("IOM steering group", "Eastmere Community Safety Partnership")),
    ("4.1 The Serious Violence Duty delivery group reports to the Safer Brackenfield Partnership Board.\n",
     ("Serious Violence Duty delivery group", "Safer Brackenfield Partnership Board")),
    ("The Domestic Abuse planning group reports quarterly to the Wrenmouth Safeguarding Adults Board.\n",
     ("Domestic Abuse planning group", "Wrenmouth Safeguarding Adults Board")),
])
def test_the_group_takes_part_in_a_clause(text: str, pair: tuple[str, str]) -> None:
    found = {(s.split(" ", 1)[1] if s.startswith(("Eastmere ", "Brackenfield ", "Wrenmouth ")) else s, o)
             for s, o in of(read(text), "reports_to")}
    assert pair in found


# -- a branch of a national organisation


@pytest.mark.parametrize("name", [
    "Kestrel Vale Women's Aid",  # a brand before the national name
    "Lancashire Women's Aid",  # a county before it
    "Counter Terrorism Policing North West",  # the national name before the region it serves
    "Counter Terrorism Policing Wales",
])
def test_a_branch_of_a_national_organisation_is_a_body(name: str) -> None:
    text = f"The service is run by {name} under contract."
    assert _kinds(text).get(name) == "body"


@pytest.mark.parametrize("text", [
    "Counter Terrorism Policing Officers attended the panel.",  # a post after the national name, no place
    "Women's Aid said the helpline was busy.",  # the national charity itself, no branch
])
def test_no_branch_without_a_place_or_a_name_before(text: str) -> None:
    kinds = _kinds(text)
    assert "Counter Terrorism Policing Officers" not in kinds or kinds["Counter Terrorism Policing Officers"] != "body"
    assert not any(n.endswith("Women's Aid") and n != "Women's Aid" for n in kinds)


@pytest.mark.parametrize("text, pair", [
    # a decision notice: the provider of a commissioned service
    ("The refuge service is delivered by Kestrel Vale Women's Aid.\n",
     ("Kestrel Vale Women's Aid", "delivers")),
    # terms of reference: a member organisation in a list
    ("Eastmere Channel Panel\nTerms of Reference\n\n3. Membership\n\nThe Panel's members are:\n\n"
     "- Eastmere Borough Council\n- Counter Terrorism Policing North West\n- Eastmere College\n",
     ("Counter Terrorism Policing North West", "member_of")),
])
def test_the_branch_takes_part_in_a_fact(text: str, pair: tuple[str, str]) -> None:
    name, relation = pair
    doc = read(text)
    assert any(f.relation == relation and f.subject.name == name for f in doc.facts), \
        [(f.subject.name, f.relation, f.object.name if f.object else None) for f in doc.facts]


@pytest.mark.parametrize("text", [
    "The steering group had oversight of the plan.",  # the kind of group alone, after "the"
    "It acts as the Rutland delivery group of the county partnership.",  # a place and the kind: a description
])
def test_a_described_kind_of_group_names_no_group(text: str) -> None:
    assert not any(k == "body" and n.endswith(" group") for n, k in _kinds(text).items())



# -- a place or a field joined to the body after it by "in the", "on the", "to the"


@pytest.mark.parametrize("text, place, body", [
    # a news release: the borough and the police command unit it sits in
    ("Officers serve Rutland in the Eastern Area Basic Command Unit.", "Rutland", "Eastern Area Basic Command Unit"),
    # minutes: the district represented on the county partnership, by its acronym
    ("The officer represents Harrogate on the NYCSP at county level.", "Harrogate", "NYCSP"),
    # a scrutiny report: the field reported on and the board it goes to
    ("The lead reports on Hate Crime to the Wrenmouth Cohesion Board twice a year.", "Hate Crime",
     "Wrenmouth Cohesion Board"),
])
def test_a_place_or_field_is_not_the_start_of_the_body_after_it(text: str, place: str, body: str) -> None:
    kinds = _kinds(text)
    assert place in kinds and body in kinds, kinds
    assert not any(" the " in n for n in kinds), kinds


def test_a_body_named_for_its_field_in_a_place_stays_whole() -> None:
    # the left side is no place or field alone: the name goes on
    assert "Women in the Community Group" in _kinds("She chairs the Women in the Community Group.")


# -- a commission or group named for a remit of several parts, with commas


@pytest.mark.parametrize("text, name", [
    # a scrutiny report's prose
    ("The Environment, Transport and Neighbourhood Safety Scrutiny Commission met on 4 May.",
     "Environment, Transport and Neighbourhood Safety Scrutiny Commission"),
    # an annual report's list of sub-groups: the name alone on its line (each line is read on its own)
    ("Training, Audit and Practice Sub-group", "Training, Audit and Practice Sub-group"),
    # minutes: a county group in prose
    ("The Rutland Schools, Colleges and Youth Strategic Group endorsed the plan.",
     "Rutland Schools, Colleges and Youth Strategic Group"),
])
def test_a_remit_with_commas_is_one_name(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "body", _kinds(text)


def test_the_remit_group_takes_part_in_a_fact() -> None:
    doc = read("Wrenmouth Safeguarding Adults Board\nAnnual report 2024\n\nSub-groups\n\n"
               "Training, Audit and Practice Sub-group\nIt is chaired by Dr Nia Holloway, the council's principal "
               "social worker.\n")
    assert any(f.relation == "chairs" and f.object.name.endswith("Training, Audit and Practice Sub-group")
               for f in doc.facts), [(f.subject.name, f.relation, f.object.name) for f in doc.facts]


def test_bodies_listed_with_commas_stay_apart() -> None:
    kinds = _kinds("Funding goes to Kent Police, Medway Council and the Probation Service.")
    assert {"Kent Police", "Medway Council", "Probation Service"} <= set(kinds), kinds


# -- a named group opening a new clause after ", and the" is the only subject of its singular verb


@pytest.mark.parametrize("text, group, other", [
    ("Hotspot patrols are run by the council with Rutland Police, and the ASB tasking group reports to the "
     "Safer Rutland Partnership.\n", "ASB tasking group", "Rutland Police"),
    ("Funding comes from the Home Office, and the Serious Violence Duty oversight group reports to the Rutland "
     "Community Safety Partnership each quarter.\n", "Serious Violence Duty oversight group", "Home Office"),
])
def test_a_new_clause_after_comma_and_has_one_subject(text: str, group: str, other: str) -> None:
    found = of(read(text), "reports_to")
    assert any(s.endswith(group) for s, _ in found), found
    assert not any(s == other for s, _ in found), found
