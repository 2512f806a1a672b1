"""Commissioning and delivery read from the sentence forms councils use (loaders/extract/services.py).

Every sentence here is written for the test, in several councils' styles; the people are invented."""

from __future__ import annotations

import re

import pytest
from extract_helpers import assert_evidence_quotes, of, read

HEAD = "Safer Tarnwick Partnership\n\nMinutes of the meeting held on 12 March 2024\n\n"


def facts(sentence: str, relation: str) -> set[tuple[str, str]]:
    doc = read(HEAD + sentence + "\n")
    assert_evidence_quotes(doc)
    return {(s.casefold(), o.casefold()) for s, o in of(doc, relation)}


@pytest.mark.parametrize(
    "sentence, commissions, delivers",
    [
        # a commissioner buys a provider to deliver a service written in lower case
        ("Bolton Council commissions Change Grow Live to deliver the adult drug and alcohol treatment service.",
         {("bolton council", "change grow live")},
         {("change grow live", "adult drug and alcohol treatment service")}),
        ("Cardiff Council has commissioned a new perpetrator intervention programme for 2024.",
         {("cardiff council", "perpetrator intervention programme")}, set()),
    ],
)
def test_commissioning_a_provider_or_a_service(sentence: str, commissions: set, delivers: set) -> None:
    assert commissions <= facts(sentence, "commissions")
    assert delivers <= facts(sentence, "delivers")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The domestic abuse outreach service is delivered by Splitz Support Service.",
         {("splitz support service", "domestic abuse outreach service")}),
        ("Across the borough the hate crime reporting scheme is currently run by Stop Hate UK.",
         {("stop hate uk", "hate crime reporting scheme")}),
        ("Referrals go to the Hospital Violence Intervention Service at the Royal Infirmary, which is delivered by "
         "Oakfield Youth Trust.", {("oakfield youth trust", "hospital violence intervention service")}),
    ],
)
def test_a_service_delivered_by_a_provider(sentence: str, expected: set) -> None:
    assert expected <= facts(sentence, "delivers")


def test_a_topic_inside_the_service_name_is_not_what_is_delivered() -> None:
    found = facts("The domestic abuse outreach service is delivered by Splitz Support Service.", "delivers")
    assert ("splitz support service", "domestic abuse") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The service is provided by Victim Support on behalf of the Commissioner.",  # which service is not said
        "This programme is delivered by Tarnwick Street Angels.",
        "The Council is run by a Conservative administration.",
    ],
)
def test_an_unnamed_service_or_a_body_is_not_delivered(sentence: str) -> None:
    assert not {f for f in read(HEAD + sentence + "\n").facts if f.rule.startswith("service:")}


def test_a_project_table_with_a_delivered_by_column() -> None:
    doc = read("Safer Haringey Partnership\n\nOur funded projects for the year are listed below.\n\n"
               "Project | Delivered by | 2024/25\n"
               "Knife crime mentoring | Haringey Youth Justice Service | £64,000\n"
               "Hate crime casework | Stop Hate UK | £21,500\n"
               "Total | | £85,500\n")
    found = {(s.casefold(), o.casefold()) for s, o in of(doc, "delivers")}
    assert ("haringey youth justice service", "knife crime mentoring") in found
    assert ("stop hate uk", "hate crime casework") in found
    assert len(found) == 2


def test_a_grant_table_purpose_is_delivered_only_when_it_names_a_service() -> None:
    doc = read("Decision notice: community safety grants\n\n"
               "Recipient                      | Purpose                           | Amount\n"
               "Teesside Rape Crisis Centre    | ISVA provision, Middlesbrough     | £48,000\n"
               "Redcar and Cleveland Council   | Youth diversion and prevention    | £30,000\n")
    found = {(s.casefold(), o.casefold()) for s, o in of(doc, "delivers")}
    assert found == {("teesside rape crisis centre", "isva provision")}


def test_a_service_commissioned_jointly_with_a_partner() -> None:
    found = facts("The Safer Newport Partnership commissions specialist sexual violence services jointly with "
                  "the Gwent Office of the Police and Crime Commissioner.", "commissions")
    assert ("safer newport partnership", "specialist sexual violence services") in found
    assert ("office of the police and crime commissioner for gwent", "specialist sexual violence services") in found
    assert ("safer newport partnership", "office of the police and crime commissioner for gwent") not in found


def test_contracts_renewed_with_a_list_of_providers() -> None:
    found = facts("The Police and Crime Commissioner for Avon and Somerset has agreed to renew the contracts of "
                  "several partners including Avon Youth Trust, Crimestoppers Trust and Bristol Youth Links.",
                  "commissions")
    providers = {o for _, o in found}
    assert {"avon youth trust", "bristol youth links"} <= providers, found
    assert any(o.startswith("crimestoppers") for o in providers), found


def test_an_item_of_a_remit_list_opened_by_the_verb() -> None:
    doc = read("Safer Luton Partnership terms of reference\n\nThe Partnership will:\n\n"
               "- commission perpetrator behaviour change programmes with partners\n"
               "- run the Safe Night Out scheme in the town centre\n")
    assert ("Safer Luton Partnership", "Perpetrator behaviour change programmes") in of(doc, "commissions")
    assert any(o.casefold() == "safe night out scheme" for s, o in of(doc, "delivers"))


@pytest.mark.parametrize("sentence", ["The Safer Luton Partnership will commission suitable services.",
                                      "The Safer Luton Partnership commissions appropriate local services."])
def test_services_named_only_by_vague_words_are_dropped(sentence: str) -> None:
    assert not facts(sentence, "commissions") - {("safer luton partnership", "safer luton partnership")}


def test_delivered_by_the_council_in_a_council_paper() -> None:
    doc = read("Bury Council Overview and Scrutiny Committee\n\n"
               "Members were told that hate crime awareness sessions were delivered by the council in every ward.\n")
    assert ("Bury Council", "Hate crime awareness sessions") in of(doc, "delivers")


def test_governance_provided_by_a_board_is_not_delivery() -> None:
    doc = read(HEAD + "The governance of the Youth Justice Service in Tarnwick is provided by the Tarnwick Youth "
               "Justice Management Board.\n")
    assert not of(doc, "delivers")


def test_money_to_deliver_a_service_in_a_funders_decision() -> None:
    doc = read("Decision maker: Police and Crime Commissioner for Gwent\n\nGrants approved\n\n"
               "  • Newport Youth Trust. £38,000 to provide a year-round crisis intervention service.\n"
               "  • £12,000 for 2024/25 to deliver a high-harm perpetrator scheme.\n")
    assert ("Newport Youth Trust", "Year-round crisis intervention service") in of(doc, "delivers")
    grants = {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}
    assert any(o == "High-harm perpetrator scheme" and a == 12000 for _, o, a in grants), grants
    assert not any(s == o for s, o in of(doc, "delivers"))


def test_a_person_who_ran_a_session_is_no_provider() -> None:
    doc = read(HEAD + "The hate crime awareness training was delivered by Priya Nandakumar.\n\n"
               "The knife crime workshops were delivered by Kestrel Youth Trust.\n")
    delivered = of(doc, "delivers")
    assert not any(s == "Priya Nandakumar" for s, _ in delivered), delivered
    assert ("Kestrel Youth Trust", "Knife crime workshops") in delivered
    assert ("Kestrel Youth Trust", "Serious Violence") not in delivered  # the topic only describes the workshops


def test_delivered_by_in_brackets_names_the_deliverer_inside_them() -> None:
    doc = read("Harlow Community Safety Partnership (CSP)\nGrant report 2026\n\n"
               "The grant will pay for the Night Safety scheme (£9,000, delivered by Harlow Night Watch Trust) and "
               "CSP co-ordination (£4,000).")
    assert ("Harlow Night Watch Trust", "Night Safety") in of(doc, "delivers")
    # a deliverer that is no organisation the reader knows is left unread, never replaced by a name after the
    # bracket closes
    doc = read("Harlow Community Safety Partnership (CSP)\nGrant report 2026\n\n"
               "The grant will pay for the Night Safety scheme (£9,000, delivered by Harlow Youth Project) and "
               "CSP co-ordination (£4,000).")
    assert not any(s.startswith("Harlow Community Safety") for s, _ in of(doc, "delivers"))


def test_delivered_by_is_never_read_forward() -> None:
    doc = read("Oldham Council\nCabinet report\n\nThe Advocacy After Harm service delivered by Kestrel Women's Aid "
               "will continue in 2026/27.")
    assert not any(s.startswith("Advocacy After Harm") for s, _ in of(doc, "delivers"))


def test_an_unnamed_thing_right_before_run_by_is_what_is_run() -> None:
    doc = read("Wirral Community Safety Partnership (CSP)\nAnnual report\n\nThe CSP will deliver the Serious Violence "
               "Duty, including a mentoring pilot run by the Wirral Youth Justice Service.")
    assert ("Wirral Youth Justice Service", "Serious Violence Duty") not in of(doc, "delivers")
    # a predicate about the name before is no other thing: the partnership is still what is accountable
    doc = read("Wirral Community Safety Partnership\nAnnual report\n\nThe Wirral Drug Partnership is a separate "
               "partnership accountable to the Wirral Health and Wellbeing Board.")
    assert ("Wirral Drug Partnership", "Wirral Health and Wellbeing Board") in of(doc, "reports_to")


@pytest.mark.parametrize("sentence, expected", [
    ('The Tarnwick Youth Justice Service delivers the "Fresh Start" mentoring programme for young people.',
     ("Tarnwick Youth Justice Service", "Fresh Start mentoring programme")),
    ('Young people use the “Base Camp” youth offer run by Tarnwick Youth Work Alliance.',
     ("Tarnwick Youth Work Alliance", "Base Camp")),
    ('Schools take part in the "Safe Choices" schools programme delivered by Kelsey Learning Trust.',
     ("Kelsey Learning Trust", "Safe Choices schools programme")),
    ('Tarnwick Borough Council commissioned Kelsey Faith Forum to deliver the "Open Doors" community '
     'conversations project.', ("Kelsey Faith Forum", "Open Doors community conversations project")),
])
def test_a_service_known_by_a_quoted_title(sentence: str, expected: tuple[str, str]) -> None:
    assert (expected[0].casefold(), expected[1].casefold()) in facts(sentence, "delivers")


@pytest.mark.parametrize("sentence, expected", [
    ('The Commissioner has awarded £64,000 to Tarnwick Together CIC for the "Reach Out Tarnwick" detached youth '
     'work project in 2024/25.', ("Tarnwick Together CIC", "Reach Out Tarnwick detached youth work project")),
    ("For 2024/25 £9,500 has been allocated to the Kelsey Domestic Abuse Service for the outreach advocacy "
     "service and £4,000 to the town pastors.", ("Kelsey Domestic Abuse Service", "Outreach advocacy service")),
])
def test_a_grant_to_a_provider_for_a_service(sentence: str, expected: tuple[str, str]) -> None:
    assert (expected[0].casefold(), expected[1].casefold()) in facts(sentence, "delivers")


@pytest.mark.parametrize("sentence", [
    "The Commissioner will provide £54,000 to the Council for the Tarnwick Youth Outreach Team.",
    "£5,000 goes to Tarnwick Borough Council for the year 2024/25.",
    # "for a/an ...": what the money is for, a purpose; no particular service is named (no gold codes one)
    "For 2024/25 £9,500 has been allocated to the Kelsey Domestic Abuse Service for an outreach advocacy post.",
    "The Commissioner awarded £31,000 to Harbury Recovery Network for a needle exchange scheme in 2024/25.",
    "The board noted £12,500 to Westmere Mediation CIC for a neighbour dispute pilot.",
])
def test_a_grant_for_a_team_or_a_year_delivers_nothing(sentence: str) -> None:
    assert not facts(sentence, "delivers")


def test_a_service_bought_from_a_provider() -> None:
    sentence = ("In 2023/24 the Safer Tarnwick Partnership commissioned Kelsey Women in Need to deliver the Tarnwick "
                "refuge service, and commissioned the Tarnwick Mediation Service from Harbury Lives to resolve "
                "neighbour disputes.")
    assert ("safer tarnwick partnership", "harbury lives") in facts(sentence, "commissions")
    assert ("harbury lives", "tarnwick mediation service") in facts(sentence, "delivers")
    assert not {s for s, o in facts(sentence, "commissions") if o == "tarnwick mediation service"}


def test_a_service_bought_from_a_grant_names_no_provider() -> None:
    sentence = "Community Prevent projects are commissioned by the Council out of its Home Office grant."
    assert not {s for s, _ in facts(sentence, "delivers") if s == "home office"}
    assert not {o for _, o in facts(sentence, "commissions") if o == "home office"}


@pytest.mark.parametrize("sentence, expected", [
    ("The Tarnwick Area Planning Board (TAPB) commissions substance misuse treatment across the county.",
     ("tarnwick area planning board", "substance misuse treatment")),
    ("Under the local protocol the Safer Tarnwick Partnership commissions DHRs when the criteria are met.",
     ("safer tarnwick partnership", "domestic homicide reviews")),
    ("The Safer Tarnwick Partnership will commission domestic homicide reviews where the threshold is met.",
     ("safer tarnwick partnership", "domestic homicide reviews")),
])
def test_commissioning_work_the_topic_list_knows_or_after_an_acronym(sentence: str, expected: tuple) -> None:
    assert expected in facts(sentence, "commissions")
@pytest.mark.parametrize(
    "text",
    [
        "Kent County Council\n\nBoth services were delivered by Victim Support.\n",
        "Leeds City Council\n\nThese two services are provided by Catch22.\n",
    ],
)
def test_services_counted_not_named_are_no_service(text: str) -> None:
    doc = read(text)
    assert not of(doc, "delivers")




def test_a_pilot_run_by_a_provider_is_what_it_delivers() -> None:
    sentence = ("The partnership will extend a focused deterrence pilot run by the Tarnwick Youth Justice Service "
                "into 2025.")
    assert ("tarnwick youth justice service", "focused deterrence pilot") in facts(sentence, "delivers")


# a fund pays for what is delivered; it is never itself what a provider delivers
@pytest.mark.parametrize("text, kept", [
    ("Safer Wealdmere annual report\n\nThe Mayor's Crime Prevention Fund pays for the stalking advocacy service "
     "delivered by the Harbour Centre and the Wealdmere Trust.\n",
     {("Harbour Centre", "Stalking advocacy service")}),
    ("Kestermoor Council cabinet report\n\n3.2 The Safer Streets Fund pilot in Oldgate was delivered by Kestermoor "
     "Council and the Oldgate BID.\n", set()),
    ("Youth Justice Board minutes\n\n| 4 | The Board agreed £9,000 from the Community Grant for the Second Chance "
     "mentoring project, delivered by Dunmere Youth Futures. |\n",
     {("Dunmere Youth Futures", "Second Chance mentoring project")}),
])
def test_a_fund_is_never_what_a_provider_delivers(text: str, kept: set) -> None:
    delivered = of(read(text), "delivers")
    assert not {(s, o) for s, o in delivered if re.search(r"\b(?:Fund|Grant)\b", o)}
    assert kept <= delivered
