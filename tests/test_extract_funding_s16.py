"""Funding forms of papers from councils no one had read (session 16): a grant paid to a council that only holds it
for a partnership ("on behalf of the P", "as accountable body for P"), whose giver then funds the partnership too.
Every text is written here, in several councils' styles."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds, of, read

# --- a council that holds a grant for a partnership ---------------------------------------------------------------


def test_a_cabinet_report_grant_to_the_council_on_behalf_of_the_partnership() -> None:
    text = ("Brackenfield District Council\nReport to Cabinet, 4 March 2026\n\n"
            "1. The Brackenfield Safer Communities Partnership (BSCP) sets the district's community safety "
            "priorities.\n\n2. The Police and Crime Commissioner for Westshire has confirmed a grant of "
            "£38,200 to the Council for 2026/27 on behalf of the BSCP.\n")
    got = funds(text)
    # the council holds it for the partnership (CONVENTIONS.md C): the partnership is funded, sum and all, and the
    # council is its accountable body, not the grant's recipient
    assert ("Police and Crime Commissioner for Westshire", "Brackenfield Safer Communities Partnership",
            Decimal(38200)) in got, got
    assert not any(r == "Brackenfield District Council" for _, r, _ in got), got
    assert ("Brackenfield District Council", "Brackenfield Safer Communities Partnership") in of(read(text), "other")


def test_minutes_that_say_in_a_later_sentence_who_the_council_administers_the_grant_for() -> None:
    text = ("Harlow Vale Domestic Abuse Forum\nMinutes of the meeting held on 9 October 2025\n\n"
            "Present: Cllr A Fentiman (Chair)\n\n"
            "4. GRANT FOR 2025/26\nThe officer said that the Vale Police and Crime Commissioner had "
            "given £27,000 to Harlow Vale Borough Council for 2025/26. The grant is managed by the Council on "
            "behalf of the Harlow Vale Community Safety Partnership.\n")
    got = funds(text)
    # the later sentence says whose the money is: it moves to the partnership (CONVENTIONS.md C)
    assert ("Vale Police and Crime Commissioner", "Harlow Vale Community Safety Partnership",
            Decimal(27000)) in got, got
    assert not any(r == "Harlow Vale Borough Council" for _, r, _ in got), got
    assert ("Harlow Vale Borough Council", "Harlow Vale Community Safety Partnership") in of(read(text), "other")


def test_an_annual_report_whose_council_is_the_accountable_body_for_the_partnership() -> None:
    got = funds("Safer Kestrel Bay\nAnnual Report 2024-25\n\nMoney\n\n"
                "The Home Office allocated a Serious Violence Duty grant of £51,000 to Kestrel Bay City Council "
                "as accountable body for Safer Kestrel Bay.\n")
    assert ("Home Office", "Safer Kestrel Bay", None) in got or \
        any(g == "Home Office" and r == "Safer Kestrel Bay" for g, r, _ in got), got


def test_a_service_delivered_on_a_partnerships_behalf_is_not_a_grant_held_for_it() -> None:
    # a provider acts for the partnership; no council holds a grant here, so nobody funds the partnership
    got = funds("Northmoor Community Safety Partnership\nAnnual Report 2025\n\n"
                "The Commissioner awarded £12,500 to Millbeck Mediation for neighbour disputes, which it runs on "
                "behalf of the Northmoor Community Safety Partnership.\n")
    assert not any(r == "Northmoor Community Safety Partnership" for _, r, _ in got), got


def test_a_council_holding_money_for_another_council_gives_the_other_nothing() -> None:
    # "on behalf of" a council: councils hold money for partnerships, not for each other
    got = funds("Report of the Head of Finance\n\nThe Department for Education paid £90,000 to Farrowick County "
                "Council on behalf of Lissmoor District Council for 2025/26.\n")
    assert not any(r == "Lissmoor District Council" and a is None for _, r, a in got), got
    assert Decimal(90000) in {a for _, _, a in got} or not got, got


def test_a_council_accountable_for_a_named_grant_holds_it_for_no_body() -> None:
    # the words after "accountable body for" name the grant itself, not a partnership it is held for
    got = funds("Eastbrook Violence Reduction Network\nGovernance note\n\nThe Home Office has awarded £75,000 to "
                "Eastbrook City Council for 2025/26 as the accountable body for the Eastbrook Youth Violence grant.\n")
    assert any(r == "Eastbrook City Council" for _, r, _ in got), got
    assert not any(r.startswith("Eastbrook Youth Violence") for _, r, _ in got), got


# --- whose is "the partnership budget" ----------------------------------------------------------------------------


def test_a_youth_justice_plans_partnership_budget_is_the_services_not_the_csps() -> None:
    # the plan names the borough's community safety partnership too; "the partnership budget" is what the partners
    # pool for the service whose plan this is
    got = funds("Marshfield Youth Justice Service\nStrategic Plan 2025-26\n\n2. Governance\n\nThe service "
                "works with the Safer Marshfield Community Safety Partnership on serious violence.\n\n"
                "6. Resources\n\n6.1 The partnership budget for 2025-26 is £905,000. Contributions:\n\n"
                "  Partner                                 2025-26\n"
                "  Marshfield Borough Council              £455,000\n"
                "  Youth Justice Board                     £330,000\n"
                "  Marshfield Integrated Care Board        £120,000\n"
                "  TOTAL                                   £905,000\n")
    assert ("Marshfield Borough Council", "Marshfield Youth Justice Service", Decimal(455000)) in got, got
    assert not any(r == "Safer Marshfield Community Safety Partnership" for _, r, _ in got), got


def test_minutes_that_say_whom_the_partnership_budget_is_for() -> None:
    got = funds("Borough of Kellsworth\n\nMINUTES OF THE YOUTH OFFENDING MANAGEMENT BOARD\n\n"
                "1. The Youth Offending Team (YOT) reported on first-time entrants. The Kellsworth Community Safety "
                "Partnership asked for a joint briefing.\n\n2. Finance\n\n"
                "The partnership budget for the YOT in 2025/26 is made up as follows:\n\n"
                "      Source                                  2025/26\n"
                "      Kellsworth Borough Council              £700,000\n"
                "      Youth Justice Board                     £410,000\n")
    receivers = {r for _, r, _ in got}
    assert "Kellsworth Community Safety Partnership" not in receivers, got
    assert any(r.endswith("Youth Offending Team") for r in receivers), got


def test_a_budget_named_for_the_service_and_its_partners() -> None:
    # "The YOS partnership budget": "partnership" says the partners pool it; the service named before it owns it
    got = funds("Elmbridge Vale Youth Offending Service (YOS)\nAnnual Plan 2025/26\n\n4. Resources\n\n"
                "4.1 The YOS partnership budget for 2025/26 is £1,200,500:\n\n"
                "  Source                                        2025/26\n"
                "  Elmbridge Vale Council                        £800,500\n"
                "  Youth Justice Board                           £400,000\n")
    assert ("Elmbridge Vale Council", "Elmbridge Vale Youth Offending Service", Decimal(800500)) in got, got
