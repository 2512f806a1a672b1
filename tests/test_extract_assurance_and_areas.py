"""Reporting lines written as assurance, areas listed after a plural noun of areas, and lists of areas with a
phrase after them (loaders/extract/clauses.py, relations.yaml)."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

HEAD = "Source: https://www.example.gov.uk/tor\n\n{}\nTerms of Reference\n\n"


@pytest.mark.parametrize("sentence, body, parent", [
    ("The Steering Group also provides assurance to the North East Reducing Reoffending Board on cohort "
     "performance.", "Gateshead Integrated Offender Management Steering Group",
     "North East Reducing Reoffending Board"),
    ("The Panel gives annual assurance to the Wirral Safeguarding Adults Board.", "Wirral Hate Crime Panel",
     "Wirral Safeguarding Adults Board"),
])
def test_providing_assurance_to_a_body_is_reporting_to_it(sentence, body, parent) -> None:
    doc = read(HEAD.format(body) + "1. " + sentence + "\n")
    assert_evidence_quotes(doc)
    assert (body, parent) in of(doc, "reports_to")


@pytest.mark.parametrize("sentence, body, places", [
    ("The Group reports to the North Central Reducing Reoffending Board, which covers the London Boroughs of "
     "Camden, Islington and Haringey.", "North Central Reducing Reoffending Board",
     {"Camden", "Islington", "Haringey"}),
    ("The West Midlands Violence Reduction Partnership covers the seven Metropolitan Districts of Birmingham, "
     "Coventry, Dudley, Sandwell, Solihull, Walsall and Wolverhampton.", "West Midlands Violence Reduction Partnership",
     {"Birmingham", "Coventry", "Wolverhampton"}),
])
def test_places_after_a_plural_noun_of_areas_are_each_covered(sentence, body, places) -> None:
    doc = read(HEAD.format("Camden Safer Streets Group") + "1. " + sentence + "\n")
    covered = {p for s, p in of(doc, "covers_area") if s == body}
    assert places <= covered, covered


def test_a_list_of_areas_ends_at_a_participle_not_at_a_head_noun() -> None:
    doc = read(HEAD.format("Gwent Public Services Board") + "1. The Gwent Area Planning Board commissions substance "
               "misuse services across Newport, Torfaen and Monmouthshire using Welsh Government grant.\n")
    covered = {p for s, p in of(doc, "covers_area") if s == "Gwent Area Planning Board"}
    assert {"Newport", "Torfaen", "Monmouthshire"} <= covered, covered


def test_a_sentence_opened_by_each_without_a_reporting_wording_is_read_as_any_other() -> None:
    doc = read(HEAD.format("Cumbria Domestic Abuse Partnership Board") + "1. Each priority has a lead: the housing "
               "priority is led by the Board's Safe Accommodation Sub-Group, which is a sub-group of the Cumbria "
               "Domestic Abuse Partnership Board chaired by the Assurance Manager.\n")
    assert any(p == "Cumbria Domestic Abuse Partnership Board" for _, p in of(doc, "subgroup_of"))


def test_funded_before_its_noun_says_what_kind_of_activity_and_funds_nothing() -> None:
    doc = read(HEAD.format("Somerset Community Safety Grant") + "1. Each partnership must send a quarterly return "
               "to the Office of the Police and Crime Commissioner and must show how funded activity supports the "
               "Police and Crime Plan.\n")
    assert not of(doc, "funds")


@pytest.mark.parametrize("sentence, group, lead", [
    ("The Hampshire Arson Task Group, a sub-group of the Safer Basingstoke Partnership, is led by Thames Valley "
     "Police.", "Hampshire Arson Task Group", "Thames Valley Police"),
    ("The Exeter Street Drinking Group, one of the delivery groups of the Safer Devon Partnership, is chaired by "
     "Devon and Somerset Fire and Rescue Service.", "Exeter Street Drinking Group",
     "Devon and Somerset Fire and Rescue Service"),
])
def test_an_apposition_saying_whose_group_it_is_leaves_the_group_the_subject(sentence, group, lead) -> None:
    doc = read(HEAD.format("Safer Devon Partnership") + "1. " + sentence + "\n")
    led = of(doc, "led_by") | {(o, s) for s, o in of(doc, "chairs")}
    assert (group, lead) in led, led
    assert not any(s.startswith("Safer") for s, _ in of(doc, "led_by"))


def test_an_acronym_that_leaves_out_what_the_body_is_for_stands_for_it() -> None:
    doc = read("Source: https://www.gwent.gov.uk/apb\n\nGwent Area Planning Board for Substance Misuse (APB)\n"
               "Minutes\n\n2.1 The APB covers the five local authority areas of Newport, Torfaen, Monmouthshire, "
               "Caerphilly and Blaenau Gwent. The APB reports to the Gwent Regional Partnership Board.\n")
    body = "Gwent Area Planning Board for Substance Misuse"
    assert (body, "Gwent Regional Partnership Board") in of(doc, "reports_to")
    assert {"Newport", "Torfaen", "Caerphilly"} <= {p for s, p in of(doc, "covers_area") if s == body}


@pytest.mark.parametrize("sentence, target", [
    ("Matters of concern may be referred to the Durham Joint Audit Committee.", "Durham Joint Audit Committee"),
    ("Serious safeguarding concerns will be escalated to the Durham Safeguarding Adults Partnership.",
     "Durham Safeguarding Adults Partnership"),
])
def test_an_escalation_route_without_its_agent_is_the_papers_own_bodys(sentence, target) -> None:
    doc = read("Source: https://www.durham.gov.uk/x\n\nDurham Scrutiny and Performance Board\nTerms of Reference\n\n"
               "1. The Board meets monthly. " + sentence + "\n")
    assert ("Durham Scrutiny and Performance Board", target) in of(doc, "reports_to")


def test_a_group_named_by_what_it_does_before_sub_group_is_a_sub_group() -> None:
    doc = read(HEAD.format("Tayside Drug and Alcohol Commissioning Board") + "1. The Chair reminded members that "
               "the Board is the commissioning sub-group of the Tayside Combating Drugs Partnership.\n")
    assert ("Tayside Drug and Alcohol Commissioning Board", "Tayside Combating Drugs Partnership") in \
        of(doc, "subgroup_of")


@pytest.mark.parametrize("sentence, first, second", [
    ("The Board reports to the Wigan Combating Drugs Partnership each quarter and also to the Wigan Health and "
     "Wellbeing Board annually.", "Wigan Combating Drugs Partnership", "Wigan Health and Wellbeing Board"),
    ("The Board reports to the Safer Wigan Partnership every quarter, and to the Wigan Safeguarding Children "
     "Partnership twice a year.", "Safer Wigan Partnership", "Wigan Safeguarding Children Partnership"),
    ("The Board reports to both bodies: to the Safer Wigan Partnership every quarter, and to the Wigan "
     "Safeguarding Children Partnership twice a year.", "Safer Wigan Partnership",
     "Wigan Safeguarding Children Partnership"),
])
def test_a_second_reporting_line_after_and_to_is_read(sentence, first, second) -> None:
    doc = read(HEAD.format("Wigan Drug and Alcohol Board") + "1. " + sentence + "\n")
    assert_evidence_quotes(doc)
    lines = {o for s, o in of(doc, "reports_to") if s == "Wigan Drug and Alcohol Board"}
    assert {first, second} <= lines, lines


def test_a_possessive_whose_noun_is_the_subject_reports_nothing_itself() -> None:
    doc = read(HEAD.format("Bury Reducing Reoffending Group") + "1. The Bury Reducing Reoffending Group's "
               "priorities, which feed into the Safer Bury Partnership Plan, are set each spring.\n")
    assert not of(doc, "reports_to")


@pytest.mark.parametrize("acronym, name, fits", [
    ("APB", "Dyfed Area Planning Board for Substance Misuse", True),
    ("CSB", "Cumbria Safeguarding Board for Adults", True),
    ("RRB", "Regional Probation Director for the North East", False),  # letters from inside words: no
])
def test_initials_leaving_out_what_a_body_is_for_are_matched_strictly(acronym, name, fits) -> None:
    from govkg.loaders.mentions import initials_fit

    assert initials_fit(acronym, name) is fits
