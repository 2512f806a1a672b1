"""loaders/extract/funding.py (_pooled_spender): a table of what a partnership pays for, set out after paragraphs
that say its money came from two or more givers, is the partnership's spending: the partnership gives each row,
not the first giver the paper names (whose grant is only part of the pot). A council or an office is never taken
so, and one giver alone leaves the table to the other rules. Texts written for the test, in three councils'
layouts (a decision record, an annual report, a cabinet report); bodies invented."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds

DECISION = """Marlowe District Council

RECORD OF DECISION BY A CABINET MEMBER

Subject:            Safer Marlowe Partnership Fund - grants for 2025/26

1. Reasons

1.1 The Safer Marlowe Partnership receives a yearly grant from the Police and Crime Commissioner for
    Wessex. For 2025/26 the Commissioner's grant to the Partnership is £44,000. The Council adds £6,000
    from its own community safety budget.

2. Allocations

   Recipient                 Purpose                       Period      Amount
   ------------------------  ----------------------------  ----------  --------
   Marlowe Youth Trust       Evening detached youth work   2025/26     £12,500
   Wessex Women's Refuge     Outreach worker (part-time)   2025/26     £9,800
"""

ANNUAL = """Kingsmere Community Safety Partnership
Annual Report 2024/25

3. Money

The Police and Crime Commissioner for Northmoor awarded the Partnership £38,400 for 2024/25. Kingsmere
Borough Council contributed £15,000 of its own budget.

Table 2: Projects funded in 2024/25
 Project                          Lead / provider                 Amount
 Park patrols                     Northmoor Police                £11,200
 Youth boxing sessions            Kingsmere Boxing Club           £7,400
"""

CABINET = """Report to Cabinet - Fenbridge Community Safety Partnership funding 2025/26

4. Financial implications
4.1 The Police and Crime Commissioner for Eastvale has awarded the Fenbridge Community Safety Partnership
£51,000 for 2025/26. The Council's base budget provides £70,000, and Ashlow District Council contributes
£12,000 towards the shared CCTV room.

Appendix A: spending plan 2025/26

Item                                   Delivered by                    2025/26
Night marshals, town centre            Fenbridge BID                   £18,000
Domestic abuse outreach                Eastvale Advocacy Service       £22,500
"""

ONE_GIVER = """Kingsmere Community Safety Partnership
Annual Report 2024/25

3. Money

The Police and Crime Commissioner for Northmoor awarded the Partnership £38,400 for 2024/25.

Table 2: Projects funded in 2024/25
 Project                          Lead / provider                 Amount
 Park patrols                     Northmoor Police                £11,200
"""


def test_a_decision_record_gives_each_grant_as_the_partnership() -> None:
    got = funds(DECISION)
    assert ("Safer Marlowe Partnership", "Marlowe Youth Trust", Decimal("12500")) in got
    assert ("Safer Marlowe Partnership", "Wessex Women's Refuge", Decimal("9800")) in got
    assert not any(giver == "Marlowe District Council" and receiver == "Marlowe Youth Trust"
                   for giver, receiver, _ in got), got


def test_an_annual_reports_projects_table_is_the_partnerships_spending() -> None:
    got = funds(ANNUAL)
    assert ("Kingsmere Community Safety Partnership", "Northmoor Police", Decimal("11200")) in got
    assert ("Kingsmere Community Safety Partnership", "Kingsmere Boxing Club", Decimal("7400")) in got


def test_a_cabinet_reports_spending_plan_is_the_partnerships() -> None:
    got = funds(CABINET)
    assert ("Fenbridge Community Safety Partnership", "Fenbridge BID", Decimal("18000")) in got
    assert not any(giver.startswith("Police and Crime Commissioner") and receiver == "Fenbridge BID"
                   for giver, receiver, _ in got), got


def test_one_giver_alone_does_not_make_the_partnership_the_giver() -> None:
    got = funds(ONE_GIVER)
    assert not any(giver == "Kingsmere Community Safety Partnership" for giver, _, _ in got), got
