"""loaders/extract/resolutions.py: appointments, establishments and statutory duties stated in the set forms of
resolutions and reports."""

from __future__ import annotations

import pytest
from extract_helpers import fact, of, quote, read

HEAD = "Minutes of the Safer Swindon Partnership held on 7 July 2021\n\n"
SSP = "Safer Swindon Partnership"


def resolved(text: str):
    return read(HEAD + text + "\n")


def test_an_election_without_a_body_is_to_the_meetings_own_body() -> None:
    doc = resolved("4. Election of Chair\nRESOLVED: That Cllr Maya Stone be elected Chair for the ensuing year.")
    assert of(doc, "chairs") == {("Maya Stone", SSP)}
    f = fact(doc, "Maya Stone", "chairs", SSP)
    assert (quote(doc, f), f.rule) == ("That Cllr Maya Stone be elected Chair for the ensuing year.",
                                       "resolution:chairs")


def test_an_appointment_to_a_named_body() -> None:
    doc = resolved("That Cllr Ravi Dosanjh be appointed Vice-Chair of the Swindon Youth Justice Board.")
    assert of(doc, "vice_chair") == {("Ravi Dosanjh", "Swindon Youth Justice Board")}
    assert of(doc, "chairs") == set()


def test_an_appointment_as_chairman_of_a_body() -> None:
    doc = resolved("It was agreed that Mr K Obi be appointed as Chairman of the Swindon Hate Crime Forum.")
    assert of(doc, "chairs") == {("K Obi", "Swindon Hate Crime Forum")}


def test_a_body_established_to_oversee_and_report() -> None:
    doc = resolved("That a Swindon Serious Violence Board be established to oversee serious violence and report on "
                   "progress to the Safer Swindon Partnership.")
    assert of(doc, "oversees") == {("Swindon Serious Violence Board", "Serious Violence")}
    assert of(doc, "reports_to") == {("Swindon Serious Violence Board", SSP)}


@pytest.mark.parametrize(
    "sentence, holder, law, section",
    [
        ("Under section 17 of the Crime and Disorder Act 1998 the Council must consider crime and disorder in all "
         "it does.", "Swindon Borough Council", "Crime and Disorder Act 1998", "s.17"),
        ("In accordance with the Domestic Abuse Act 2021 the Swindon Domestic Abuse Partnership Board must assess "
         "need for safe accommodation.", "Swindon Domestic Abuse Partnership Board", "Domestic Abuse Act 2021", None),
        ("Under s.6 of the Crime and Disorder Act 1998 the Safer Swindon Partnership has a duty to publish a plan.",
         SSP, "Crime and Disorder Act 1998", "s.6"),
    ],
)
def test_a_statutory_duty_under_an_act_with_its_section(sentence, holder, law, section) -> None:
    doc = resolved(sentence)
    assert of(doc, "statutory_duty") == {(holder, law)}
    assert fact(doc, holder, "statutory_duty", law).qualifier == section


def test_an_act_named_without_a_duty_is_not_a_duty() -> None:
    doc = resolved("Under the Domestic Abuse Act 2021 the Safer Swindon Partnership noted the new definitions.")
    assert of(doc, "statutory_duty") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Maya Stone thanked the outgoing Chair.",
        "It was noted that the Swindon Youth Justice Board may appoint a new chair next year.",
        "The Chair asked whether an election was needed.",
    ],
)
def test_talk_about_chairs_is_not_an_appointment(sentence: str) -> None:
    doc = resolved(sentence)
    assert of(doc, "chairs") == set() and of(doc, "vice_chair") == set()


def test_two_people_serving_as_co_chairs() -> None:
    doc = resolved("That Cllr Lou Baptiste and Chief Superintendent Ade Cole serve as co-chairs of the Swindon "
                   "Prevent Board.")
    assert of(doc, "chairs") == {("Lou Baptiste", "Swindon Prevent Board"), ("Ade Cole", "Swindon Prevent Board")}


def test_it_was_set_up_under_an_act_is_said_of_the_body_the_sentence_before_is_about() -> None:
    doc = read("Source: https://www.rutland.gov.uk/csp\n\nSAFER RUTLAND PARTNERSHIP\n\nThe Safer Oakham Partnership "
               "brings the responsible authorities together. It was established under section 5 of the Crime and "
               "Disorder Act 1998.\n")
    assert of(doc, "statutory_duty") == {("Safer Oakham Partnership", "Crime and Disorder Act 1998")}
