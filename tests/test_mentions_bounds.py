"""Where a name starts and ends: constructions of English and of layout that join two names into one or cut one
name in two. Sentences written for the tests, in several councils' styles; the people are invented."""

from __future__ import annotations

import pytest

from govkg.loaders.cleaning import clean
from govkg.loaders.mentions import find_mentions


def mentions(text: str) -> list[tuple[str, str]]:
    text = clean(text)
    return [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]


def names(text: str) -> list[str]:
    return [name for _, name in mentions(text)]


# -- "and the" after a body's head word starts a second name

@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The Panel oversees the Hounslow Hate Crime Reference Group and the Independent Advisory Network.",
         "Hounslow Hate Crime Reference Group", "Independent Advisory Network"),
        ("    - the Board oversees the Ealing Stop and Search Community Monitoring\n"
         "      Group and the Community Street Pastors scheme;",
         "Ealing Stop and Search Community Monitoring Group", "Community Street Pastors"),
        ("Reports came from the Swale Youth Offending Team and the Sheppey Mentoring Volunteers.",
         "Swale Youth Offending Team", "Sheppey Mentoring Volunteers"),
    ],
)
def test_and_the_after_a_head_word_starts_a_second_name(text: str, first: str, second: str) -> None:
    found = names(text)
    assert first in found and second in found


def test_and_inside_a_name_still_joins() -> None:
    assert "Health and Wellbeing Board" in names("Items went to the Health and Wellbeing Board and the Cabinet.")
    assert "Stop and Search Monitoring Group" in names("The Stop and Search Monitoring Group met in May.")


# -- a body the gazetteer knows whole is not split at its own "and"

def test_a_known_body_holding_and_is_one_name() -> None:
    found = mentions("Members included HM Courts and Tribunals Service and the Crown Prosecution Service.")
    assert ("body", "HM Courts and Tribunals Service") in found
    assert "HM Courts" not in [n for _, n in found]


# -- a paper and the plan that goes with it, with the years both cover

@pytest.mark.parametrize(
    "text, paper",
    [
        ("The Cabinet adopted the Safer Wirral Strategy and Delivery Plan 2024-27.",
         "Safer Wirral Strategy and Delivery Plan 2024-27"),
        ("Partners endorsed the Serious Violence Strategy and Action Plan 2025/26 at the March meeting.",
         "Serious Violence Strategy and Action Plan 2025/26"),
    ],
)
def test_strategy_and_its_dated_plan_are_one_paper(text: str, paper: str) -> None:
    assert ("publication", paper) in mentions(text)


# -- "X Y of the Z Council": a person, then where they come from

@pytest.mark.parametrize(
    "text, person, body",
    [
        ("Tamsin Elsworth of Lancaster City Council presented the annual data.", "Tamsin Elsworth",
         "Lancaster City Council"),
        ("Ifor Bevan of the Probation Service gave an update on unpaid work.", "Ifor Bevan", "Probation Service"),
        ("Questions were answered by Grainne Tully of the Youth Justice Team.", "Grainne Tully", "Youth Justice Team"),
    ],
)
def test_person_of_a_body_is_two_mentions(text: str, person: str, body: str) -> None:
    found = names(text)
    assert person in found and body in found


def test_a_body_named_of_a_place_stays_whole() -> None:
    assert "University of Cumbria" in names("The University of Cumbria joined the partnership.")
    assert "Chief Executive of Preston City Council" in names("The Chief Executive of Preston City Council spoke.")


# -- a charity's one-word brand after a service's agentive "by"

@pytest.mark.parametrize(
    "text, provider",
    [
        ("The youth diversion scheme is delivered by Catch22 across the borough.", "Catch22"),
        ("Advocacy for looked-after children is provided by Barnardo's.", "Barnardo's"),
        ("The night shelter, run by Emmaus, opens in November.", "Emmaus"),
    ],
)
def test_one_word_provider_after_delivered_by_is_an_organisation(text: str, provider: str) -> None:
    assert ("body", provider) in mentions(text)


def test_one_word_name_elsewhere_is_not_made_an_organisation() -> None:
    assert ("body", "Henshaw") not in mentions("The report was presented by Henshaw to the Cabinet.")


def test_one_word_provider_delivers_the_service_named_after_the_article() -> None:
    from extract_helpers import of, read

    doc = read("Tameside Community Safety Partnership\nMinutes\n\n5.2 Members welcomed the Tameside hospital "
               "navigator programme, which is delivered by Catch22 at the general hospital.\n"
               "5.3 The Ashton refuge is run by Mencap.\n")
    delivered = of(doc, "delivers")
    assert ("Catch22", "Tameside hospital navigator programme") in delivered


# -- a numbered paragraph whose first line looks like a title wraps a name onto the next line

def test_numbered_clause_line_runs_on_into_the_next() -> None:
    from govkg.loaders.layout import read_layout

    text = clean("7.2 Pritika Sanghera presented the Safer Oldham Partnership's draft Strategic\n"
                 "    Assessment 2026, which the Partnership refreshes each spring.\n")
    layout = read_layout(text)
    sentences = [text[a:b] for _, (a, b) in layout.sentences()]
    assert any("Strategic\nAssessment 2026" in s for s in sentences)
    a = text.index("Strategic")
    found = [(m.kind, m.name) for m in find_mentions(text, a - 1, len(text))]
    assert ("publication", "Strategic Assessment 2026") in found


def test_numbered_title_stays_a_heading() -> None:
    from govkg.loaders.layout import read_layout

    text = clean("4. Update on the Safer Oldham Partnership Strategic Assessment\n"
                 "The Partnership reviewed the findings.\n")
    assert read_layout(text).lines[0].kind == "heading"


# -- a national body under a generic name takes no place of the paper's

def test_national_charity_and_service_in_a_member_list_keep_their_own_names() -> None:
    from extract_helpers import read

    doc = read("Norfolk Criminal Justice Board\nTerms of Reference\n\n3.1 Membership (by organisation)\n\n"
               "  Norfolk Constabulary\n      Aled Brannigan, Assistant Chief Constable\n"
               "  Victim Support\n      Oona Petrakis, Area Manager\n"
               "  Probation Service\n      Colm Ferrante, Head of Probation Delivery Unit\n")
    bodies = {f.subject.name for f in doc.facts if f.subject.kind == "body"} | \
        {f.object.name for f in doc.facts if f.object is not None and f.object.kind == "body"}
    assert "Norfolk Victim Support" not in bodies and "Norfolk Probation Service" not in bodies
    assert "Victim Support" in bodies and "Probation Service" in bodies


# -- a group named for the people something befalls holds its participle's "by"

@pytest.mark.parametrize(
    "text, name",
    [
        ("The Children and Families Affected by Domestic Abuse Steering Group reports to the Board.",
         "Children and Families Affected by Domestic Abuse Steering Group"),
        ("Families Affected by Imprisonment Support Group (chair: Rhoswen Tally) met twice.",
         "Families Affected by Imprisonment Support Group"),
        ("She sits on the Women Affected by Gambling Harm Forum.", "Women Affected by Gambling Harm Forum"),
    ],
)
def test_affected_by_inside_a_group_name(text: str, name: str) -> None:
    assert ("body", name) in mentions(text)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Funded by Cheshire Constabulary, the scheme ran all summer.", "Cheshire Constabulary"),
        ("Projects Supported by Dorset Police include the night bus.", "Dorset Police"),
        ("Version 2   Approved by the Partnership Board: May 2024", "Partnership Board"),
    ],
)
def test_a_participle_by_elsewhere_still_parts_two_names(text: str, body: str) -> None:
    found = mentions(text)
    assert ("body", body) in found
    assert not any(" by " in name for _, name in found)


# -- money "to" a body "for" work named by initials

@pytest.mark.parametrize(
    "text, fund, body",
    [
        ("The Commissioner gives £18,000 through the Community Safety Fund to Safer Mansfield for SOC work.",
         "Community Safety Fund", "Safer Mansfield"),
        ("£9,000 was paid from the Serious Violence Grant to Sefton Council for ASB patrols.",
         "Serious Violence Grant", "Sefton Council"),
    ],
)
def test_fund_to_a_body_for_initials_is_three_mentions(text: str, fund: str, body: str) -> None:
    found = names(text)
    assert fund in found and body in found
    assert not any(" for " in name for name in found)


def test_council_for_voluntary_service_is_one_body() -> None:
    assert ("body", "Council for Voluntary Service") in mentions("The Council for Voluntary Service hosts the forum.")
