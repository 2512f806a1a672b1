"""Commissioning with the provider named (loaders/extract/commissioning.py): "X commissions P to provide Z",
"P is commissioned by X", "Z is commissioned by X from P", where P is
often a one-word or unusual name ("Catch22", "Next Link") that the name finder does not read.

Every sentence here is written for the test, in several councils' styles; the organisations are real kinds of
provider with invented or common names."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, read


def commissions(text: str) -> set[tuple[str, str]]:
    doc = read(text)
    assert_evidence_quotes(doc)
    return {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "commissions"}


def provided(text: str) -> set[tuple[str, str]]:
    """What this module's rule alone read."""
    return {(f.subject.name, f.object.name) for f in read(text).facts if f.rule.startswith("commissioning:")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an English unitary's plan: the provider right after the verb, its job after "to"
        ("Plymouth City Council\n\nPlymouth City Council commissions Open Door to provide independent domestic "
         "violence advocacy.\n", ("Plymouth City Council", "Open Door")),
        # a one-word provider with a digit in it
        ("Safer Sutton Partnership\n\nSutton Youth Justice Service commissions Catch22 to deliver the appropriate "
         "adult service.\n", ("Sutton Youth Justice Service", "Catch22")),
        # "from P": the provider the buyer buys from
        ("Tameside Community Safety Partnership\n\nDrug and alcohol treatment is commissioned by Tameside Council "
         "from Turning Point.\n", ("Tameside Council", "Turning Point")),
    ],
)
def test_the_named_provider_is_what_is_commissioned(text: str, expected: tuple[str, str]) -> None:
    assert expected in commissions(text)


def test_a_provider_opening_the_sentence_is_kept_when_the_paper_names_it_elsewhere() -> None:
    text = ("Safer Derby Partnership\n\nPathways is commissioned by the Violence Reduction Unit to work in the "
            "emergency department. The youth workers of Pathways met the Board in May.\n")
    assert any(o == "Pathways" for _, o in commissions(text))


def test_a_capitalised_word_only_at_the_sentence_start_names_nobody() -> None:
    text = "Safer Derby Partnership\n\nOutreach is commissioned by the Violence Reduction Unit.\n"
    assert not provided(text)


def test_the_money_a_service_is_bought_from_is_no_provider() -> None:
    text = ("Safer Leeds\n\nCommunity projects are commissioned by Leeds City Council from the Home Office grant.\n")
    assert not any(o == "Home Office" for _, o in commissions(text))


def test_a_review_the_board_commissions_is_no_provider() -> None:
    text = "Safeguarding Adults Board report\n\nA Safeguarding Adults Review is commissioned by the Board.\n"
    assert not provided(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haringey Council\n\nAdult treatment in the borough is delivered by Humankind under\ncontract to "
         "Haringey Council.\n", ("London Borough of Haringey", "Humankind")),
        ("Luton Youth Justice Management Board\n\nMentoring for children on the programme is provided by Luton "
         "Mentoring Trust under a contract let by Luton Borough Council.\n",
         ("Luton Borough Council", "Luton Mentoring Trust")),
    ],
)
def test_a_provider_under_contract_to_a_buyer(text: str, expected: tuple[str, str]) -> None:
    assert expected in commissions(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Probation Service commissions accommodation support (CRS) for prison leavers from Northern Homes "
         "Group.\n", ("Probation Service", "Northern Homes Group")),
        ("Sefton Council commissions adult treatment services from Mersey Recovery Partnership.\n",
         ("Sefton Council", "Mersey Recovery Partnership")),
    ],
)
def test_what_is_commissioned_from_a_named_provider(text: str, expected: tuple[str, str]) -> None:
    assert expected in commissions("Board minutes\n\n" + text)


def test_commissioning_from_a_grant_names_no_provider() -> None:
    found = commissions("Board minutes\n\nSefton Council commissions outreach from the Home Office grant.\n")
    assert not any(o.startswith("Home Office") for _, o in found), found
