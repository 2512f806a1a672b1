"""Leads named one priority after another with the verb said once ("A would be led by X, B by Y and C by Z"), as
strategies and minutes write them. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


def test_each_priority_after_the_first_is_led_by_the_body_after_its_by() -> None:
    doc = read("Minutes of the Safer Rochdale Partnership, 12 March 2024\n\n"
               "The chair set out the leads for the year: knife crime will be led by Lancashire Constabulary, "
               "stalking and harassment by the Rochdale Stalking Forum, hate crime by the Council's Cohesion "
               "Team and substance misuse by Public Health.\n")
    led = {(priority.lower(), lead) for priority, lead in of(doc, "led_by")}
    assert any(lead == "Lancashire Constabulary" for _, lead in led)  # knife crime: the scheme's serious violence
    assert any(p == "stalking and harassment" and lead.endswith("Stalking Forum") for p, lead in led)
    assert any(p == "hate crime" and lead.endswith("Cohesion Team") for p, lead in led)
    assert any(lead.endswith("Public Health") for _, lead in led)


def test_a_priority_the_paper_listed_is_the_one_its_short_name_leads() -> None:
    doc = read("Report to Cabinet: Tamworth Community Safety Plan 2025-2028\n\n"
               "3.1 The priorities of the Tamworth Community Safety Plan 2025-2028 are:\n"
               "a) tackling anti-social behaviour and street drinking;\n"
               "b) reducing violence against women and girls;\n"
               "c) building resilient neighbourhoods.\n\n"
               "3.2 Every priority has a lead. The anti-social behaviour priority is led by Staffordshire Police; "
               "the violence against women and girls priority by the Council's Housing Team; and the "
               "neighbourhoods priority by the Tamworth Neighbourhoods Forum.\n")
    led = of(doc, "led_by")
    assert ("Tackling anti-social behaviour and street drinking", "Staffordshire Police") in led
    assert any(p == "Building resilient neighbourhoods" and lead == "Tamworth Neighbourhoods Forum" for p, lead in led)


def test_another_participle_after_the_lead_is_no_second_priority() -> None:
    doc = read("Luton Community Safety Partnership\n\n"
               "The Prevent Group is led by Luton Borough Council, supported by Bedfordshire Police.\n")
    assert not any(lead == "Bedfordshire Police" for _, lead in of(doc, "led_by"))


def test_the_others_name_no_priority() -> None:
    doc = read("Norfolk Domestic Abuse Partnership Board\n\n"
               "The housing priority is led by the Norfolk Housing Forum, and the others by the Board's "
               "Commissioning Sub-Group.\n")
    assert not any(p.lower().startswith("other") for p, _ in of(doc, "led_by"))


def test_a_review_led_by_one_body_and_an_audit_by_another_are_no_priorities() -> None:
    doc = read("Safer Halton Partnership\n\n"
               "The review was led by Halton Borough Council, and the audit by Cheshire Police.\n")
    assert not any(lead == "Cheshire Police" for _, lead in of(doc, "led_by"))


def test_a_table_of_priorities_gives_each_its_lead_organisation_and_officer() -> None:
    doc = read("Safer Ipswich Partnership Plan 2025-2028\n\n"
               "Table 2: Who leads each priority\n\n"
               "| Priority                         | Lead organisation      | Lead officer         |\n"
               "|----------------------------------|------------------------|----------------------|\n"
               "| Reducing knife crime             | Suffolk Constabulary   | DCI Ola Brandvold    |\n"
               "| Safer streets at night           | Ipswich Borough Council| Petra Lindqvist-Moe  |\n")
    led = of(doc, "led_by")
    assert {("Reducing knife crime", "Suffolk Constabulary"), ("Reducing knife crime", "Ola Brandvold"),
            ("Safer streets at night", "Ipswich Borough Council"),
            ("Safer streets at night", "Petra Lindqvist-Moe")} <= led


def test_a_table_of_priorities_without_a_lead_column_leads_nothing() -> None:
    doc = read("Safer Ipswich Partnership Plan 2025-2028\n\n"
               "| Priority                         | Funding     |\n"
               "|----------------------------------|-------------|\n"
               "| Reducing knife crime             | £20,000     |\n")
    assert of(doc, "led_by") == set()


def test_a_board_that_leads_on_a_named_strategy_leads_the_strategy() -> None:
    doc = read("Safer Torbay Partnership annual report\n\n"
               "The Torbay Domestic Abuse Board leads on the Torbay Domestic Abuse Strategy 2024-2027.\n\n"
               "The Torbay Youth Panel takes the lead on youth engagement.\n")
    assert ("Torbay Domestic Abuse Strategy 2024-2027", "Torbay Domestic Abuse Board") in of(doc, "led_by")
    assert not any(what.startswith("Torbay Domestic Abuse Strategy") for _, what in of(doc, "responsible_for"))


@pytest.mark.parametrize(
    "text, relation, expected",
    [
        ("Kent County Council\n\nA review of the partnership arrangements is due to start in September and "
         "is being led by the Safer Kent Board.\n", "led_by",
         ("Review of the partnership arrangements", "Safer Kent Board")),
        ("Medway Council\n\nIn 2020 an analysis of domestic homicide reviews in Kent and Medway was commissioned by "
         "the multi-agency Kent and Medway Domestic Abuse Board.\n", "commissions",
         ("Kent and Medway Domestic Abuse Board", "Analysis of domestic homicide reviews in Kent and Medway")),
        ("Leeds City Council\n\nAn independent evaluation of the Safe Space Hub will be commissioned by the Safer "
         "Leeds Executive.\n", "commissions", ("Safer Leeds Executive", "Evaluation of the Safe Space Hub")),
    ],
)
def test_a_piece_of_work_led_or_commissioned_by_a_body(text: str, relation: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, relation)


def test_a_review_led_by_a_person_or_another_doer_gives_nothing() -> None:
    doc = read("Kent County Council\n\nA review of the Channel Panel is being led by Jo Smith.\n\nA review of the "
               "hub was agreed by the Board and is being led by the Safer Kent Board.\n")
    assert not of(doc, "led_by")


# the body that co-ordinates a named duty, or leads the response to it, is responsible for the duty
@pytest.mark.parametrize("text, body", [
    ("Mayoral decision notice\n\nThe Serious Violence Duty began in January 2023. The Tamesby Violence Reduction "
     "Unit co-ordinates the Serious Violence Duty across the nine districts.\n", "Tamesby Violence Reduction Unit"),
    ("Safer Aberdare Board minutes\n\n4. Serious Violence Duty\n\nMoney for this year came from the "
     "Gwynfor Violence Prevention Unit, which co-ordinates the Duty in all six districts.\n",
     "Gwynfor Violence Prevention Unit"),
    ("Marlhaven Community Safety Strategy 2025-2028\n\n| Governance | The Marlhaven Serious Violence Partnership, "
     "which leads the region's response to the Serious Violence Duty, meets each quarter. |\n",
     "Marlhaven Serious Violence Partnership"),
])
def test_a_body_co_ordinating_a_named_duty_is_responsible_for_it(text: str, body: str) -> None:
    doc = read(text)
    assert (body, "Serious Violence Duty") in of(doc, "responsible_for")
    assert_evidence_quotes(doc)


@pytest.mark.parametrize("text", [
    "The Kestermoor Community Safety Team co-ordinates the Prevent work of the Council.\n",
    "The Kestermoor Hub co-ordinates the Safer Streets Fund bids for the district.\n",
])
def test_co_ordinating_work_that_is_no_duty_gives_no_responsibility(text: str) -> None:
    assert not of(read("Kestermoor Borough Council\n\n" + text), "responsible_for")
