"""loaders/extract/funding.py: money whose parties a paper states around the amount rather than next to it: a
grant "to Y" whose giver is the subject of "provides" with the sum bracketed after Y, and a contribution "to the
partnership budget" (the body the paper's "the partnership" stands for)."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import funds, of, read

# -- a giver that provides a grant to a receiver, the amount bracketed after the receiver

TERMS = """Safer Eastmoor Partnership
Terms of Reference

9. Resources

9.1 The Police and Crime Commissioner for Westshire provides a Community Safety Grant to the
Partnership (£61,250 in 2025/26). Eastmoor District Council contributes £25,000 a year to the
partnership budget.
"""

MINUTES = """Northvale Community Safety Partnership
Minutes of the Board, 3 June 2025

5. Finance
The Office of the Police and Crime Commissioner awards an annual grant to the Northvale Community Safety
Partnership (£44,800 for 2025/26).
"""

PLAN = """Redbrook Youth Justice Board
Annual plan 2025-26

Funding
Redbrook Borough Council contributes £18,500 each year to the board's pooled budget.
The Home Office provides its Serious Violence Duty funding to the Board (£12,400 in 2025/26).
"""


def test_grant_to_a_receiver_with_the_sum_bracketed_after_it() -> None:
    got = funds(TERMS)
    assert any("Commissioner" in giver and "Westshire" in giver and receiver == "Safer Eastmoor Partnership" and
               amount == Decimal(61250) for giver, receiver, amount in got), got


def test_bracketed_sum_after_a_full_name_of_the_receiver() -> None:
    got = funds(MINUTES)
    assert any(giver.startswith("Office of the Police and Crime Commissioner") and
               receiver == "Northvale Community Safety Partnership" and amount == Decimal(44800)
               for giver, receiver, amount in got), got


def test_contribution_to_the_partnership_budget_funds_the_partnership() -> None:
    got = funds(TERMS)
    assert ("Eastmoor District Council", "Safer Eastmoor Partnership", Decimal(25000)) in got, got


def test_payment_into_the_boards_pooled_budget_and_a_grant_to_the_board() -> None:
    got = funds(PLAN)
    assert ("Redbrook Borough Council", "Redbrook Youth Justice Board", Decimal(18500)) in got, got
    assert ("Home Office", "Redbrook Youth Justice Board", Decimal(12400)) in got, got


def test_a_budget_of_no_named_body_gives_no_receiver() -> None:
    got = funds("Eastmoor District Council contributes £25,000 a year to the partnership budget.\n")
    assert not any(amount == Decimal(25000) for *_, amount in got), got


# -- "£N <stream> from <giver> to <receiver>": a giver's long name, and a giver's name run into "to the Y"

CABINET = """Westmoor Metropolitan Borough Council
Report to Cabinet, 4 March 2026

FINANCIAL IMPLICATIONS
7. The strategy will be delivered from existing resources, including:
    - £212,000 from the Northern Counties Combined Authority to the Safer Westmoor Partnership
      (Community Safety Fund);
    - £640,000 Safe Accommodation grant from the Ministry of Housing, Communities and Local Government
      to the Council.
"""

BUDGET_NOTE = """Kestrel Vale Community Safety Partnership
Budget note 2026/27

The Partnership expects £58,300 of Serious Violence Duty grant from the Department for Levelling Up, Housing
and Communities to the Kestrel Vale Community Safety Partnership in 2026/27.
"""

NEWS = """Harrowden Borough Council news

The Council has welcomed £31,000 from the Office of the Police and Crime Commissioner for Mercia Vale to the
Harrowden Community Safety Partnership for its summer diversion work.
"""


def test_a_giver_and_a_receiver_run_together_after_from_are_two_parties() -> None:
    got = funds(CABINET)
    assert ("Northern Counties Combined Authority", "Safer Westmoor Partnership", Decimal(212000)) in got, got


def test_a_long_givers_name_does_not_put_the_receiver_out_of_reach() -> None:
    got = funds(CABINET)
    assert ("Ministry of Housing, Communities and Local Government", "Westmoor Metropolitan Borough Council",
            Decimal(640000)) in got, got
    got = funds(BUDGET_NOTE)
    assert any(giver.startswith("Department for Levelling Up") and
               receiver == "Kestrel Vale Community Safety Partnership" and amount == Decimal(58300)
               for giver, receiver, amount in got), got


def test_an_office_named_in_full_before_to() -> None:
    got = funds(NEWS)
    assert any("Commissioner" in giver and receiver == "Harrowden Community Safety Partnership" and
               amount == Decimal(31000) for giver, receiver, amount in got), got


# -- a list or table of the money one body received: the lead or title names the receiver, each item its giver


ANNUAL_REPORT = """SAFER ASHCOMBE PARTNERSHIP
Annual Report 2024-25

FUNDING

In 2024-25 the Partnership received:
  * £19,750 from the Police and Crime Commissioner for Westshire's Community Safety Fund for the town centre
    night marshals and the schools programme;
  * £36,000 from the Home Office Safer Streets Fund (Round 6), through the Commissioner's office, for new
    lighting on the canal path;
  * £8,000 from Ashcombe District Council's community safety budget for the Street Pastors scheme.

Total: £63,750
"""

WE_PAGE = """Brackley Vale Youth Justice Service
Youth Justice Plan 2025-26

What we do
Brackley Vale Youth Justice Service works with children aged 10 to 17 across Brackley Vale.

Our funding
We received the following this year:
 - £240,000 from the Youth Justice Board
 - £52,500 from Brackley Vale Police
"""

REPORT_TABLE = """Coldmere Community Safety Partnership
Annual Report 2024/25

5. FUNDING RECEIVED IN 2024/25

  Source                                   Purpose                           Amount
  Northern Counties Combined Authority     Community safety grant for        £188,200
                                           local priorities
  Home Office                              Serious Violence Duty             £41,600
  Coldmere Council                         Domestic abuse safe               £305,000
                                           accommodation
  Total                                                                      £534,800
"""

MINUTES_TABLE = """Feltham Brook Community Safety Partnership
Minutes, 9 October 2025

7. Finance
The Partnership has received the following grants for 2025/26:

| Funder | Purpose | Amount |
|---|---|---|
| Office of the Police and Crime Commissioner | Community Safety Fund | £72,400 |
| Feltham Brook Borough Council | Anti-social behaviour casework | £30,000 |
"""


def test_a_received_list_funds_the_lead_s_receiver_not_what_the_money_is_for() -> None:
    got = funds(ANNUAL_REPORT)
    assert any("Commissioner" in giver and receiver == "Safer Ashcombe Partnership" and amount == Decimal(19750)
               for giver, receiver, amount in got), got
    assert ("Home Office", "Safer Ashcombe Partnership", Decimal(36000)) in got, got
    assert ("Ashcombe District Council", "Safer Ashcombe Partnership", Decimal(8000)) in got, got
    assert not any(receiver.startswith("Street Pastors") for _, receiver, _ in got), got
    assert not any(amount == Decimal(63750) for *_, amount in got), got  # the total names no giver


def test_a_received_list_on_a_body_s_own_page() -> None:
    got = funds(WE_PAGE)
    assert ("Youth Justice Board for England and Wales", "Brackley Vale Youth Justice Service", Decimal(240000)) in got
    assert ("Brackley Vale Police", "Brackley Vale Youth Justice Service", Decimal(52500)) in got, got


def test_a_received_title_over_a_source_and_purpose_table() -> None:
    got = funds(REPORT_TABLE)
    assert ("Northern Counties Combined Authority", "Coldmere Community Safety Partnership", Decimal(188200)) in got
    assert ("Coldmere Council", "Coldmere Community Safety Partnership", Decimal(305000)) in got, got
    assert not any(receiver.startswith("Domestic abuse") for _, receiver, _ in got), got


def test_a_received_lead_over_a_funder_and_purpose_table() -> None:
    got = funds(MINUTES_TABLE)
    assert ("Feltham Brook Borough Council", "Feltham Brook Community Safety Partnership", Decimal(30000)) in got, got
    assert not any(receiver.startswith("Anti-social") for _, receiver, _ in got), got


def test_a_list_of_money_given_out_is_not_a_received_list() -> None:
    text = ANNUAL_REPORT.replace("In 2024-25 the Partnership received:", "In 2024-25 the Partnership spent:")
    got = funds(text)
    assert ("Ashcombe District Council", "Safer Ashcombe Partnership", Decimal(8000)) not in got, got


# -- a list of what a sum pays for: its owner named in the lead, else the holder of the grant read just above


NEWS_LIST = """Harrowfen District Council news

New funding for the Harrowfen Community Safety Partnership

Funding for 2026/27

The Mercia Vale Police and Crime Commissioner, Jo Example, has awarded the Partnership £64,000 for 2026/27.

The PCC money will fund:
 - weekend outreach in the market square, delivered by Harrowfen Youth Service (£28,000);
 - a hospital-based domestic abuse adviser, delivered by Fenmoor Women's Refuge (£22,000);
 - restorative mediation, delivered by Mercia Vale Community Mediation (£14,000).
"""

MINUTES_LIST = """Saltmarsh Community Safety Partnership
Minutes of the Board, 14 January 2026

6. Funding
The Home Office has allocated £90,000 to the Saltmarsh Community Safety Partnership for 2026/27.
The grant will be spent as follows:
  - £50,000 for night-time economy patrols, delivered by Saltmarsh Street Pastors;
  - £40,000 for a schools knife-crime programme, provided by Coastline Youth Trust.
"""

PAGE_LIST = """Orwell Heath Community Safety Partnership
Annual update 2025/26

What we fund
Orwell Heath Borough Council has given the Orwell Heath Community Safety Partnership £35,500 this year.
Projects funded this year include:
 * "Safe Routes" walking groups, delivered by Orwell Heath Neighbourhood Watch (£12,500)
 * Victim support drop-ins, delivered by Heathside Citizens Advice (£23,000)
"""


def test_the_owner_the_lead_names_pays_for_each_provider_item() -> None:
    got = funds(NEWS_LIST)
    assert any("Commissioner" in giver and receiver == "Harrowfen Youth Service" and amount == Decimal(28000)
               for giver, receiver, amount in got), got
    assert any("Commissioner" in giver and receiver == "Mercia Vale Community Mediation" and amount == Decimal(14000)
               for giver, receiver, amount in got), got


def test_an_office_named_before_its_holder_s_aside_gives() -> None:
    got = funds(NEWS_LIST)
    assert any("Commissioner" in giver and receiver.endswith("Partnership") and amount == Decimal(64000)
               for giver, receiver, amount in got), got


def test_the_holder_of_the_grant_above_pays_for_a_sum_first_list() -> None:
    got = funds(MINUTES_LIST)
    assert ("Saltmarsh Community Safety Partnership", "Saltmarsh Street Pastors", Decimal(50000)) in got, got
    assert ("Saltmarsh Community Safety Partnership", "Coastline Youth Trust", Decimal(40000)) in got, got


def test_projects_funded_include_a_bracketed_sum_after_the_provider() -> None:
    got = funds(PAGE_LIST)
    assert ("Orwell Heath Community Safety Partnership", "Heathside Citizens Advice", Decimal(23000)) in got, got


def test_no_grant_above_and_no_owner_named_gives_no_giver() -> None:
    text = MINUTES_LIST.replace("The Home Office has allocated £90,000 to the Saltmarsh Community Safety Partnership"
                                " for 2026/27.\n", "")
    got = funds(text)
    assert not any(amount == Decimal(50000) for *_, amount in got), got


# -- a table led by its items with a recipients' column after them; a sum shared by receivers the sentence counts


PIPE_SPEND = """Westmoor Serious Violence Board
Paper 3: Funding 2025/26

3.1 The Home Office has allocated £210,000 Serious Violence Duty funding to the Police and Crime Commissioner
for Westmoor for 2025/26. The Board is asked to note the planned spend:

| Item                              | Recipient / delivery                 | Amount    |
|-----------------------------------|--------------------------------------|-----------|
| Data and analysis post            | Westmoor County Council              | £64,000   |
| Hospital youth workers            | Riverside Youth Trust                | £81,000   |
| Total                             |                                      | £145,000  |
"""

SPACED_SPEND = """Kirkby Dale Community Safety Partnership
Meeting notes, 2 February 2026

4. Partnership fund
The Partnership agreed the following spend of its fund:

  Activity                         Recipient                      Amount
  Street marshals                  Kirkby Dale Town Council       £12,000
  Youth boxing sessions            Northfield Boxing Club         £6,500
"""

TAB_SPEND = """Ravensholme Borough Council
Report of the Head of Communities

Allocations from the ward safety budget were approved by the Council as follows:
Scheme\tRecipients\tAmount
Alley gating, Holme ward\tRavensholme Homes\t£18,000
Youth shelter, Beck ward\tBeck Parish Council\t£7,200
"""


def test_a_recipients_column_after_the_items_names_who_is_paid() -> None:
    got = funds(PIPE_SPEND)
    assert any(receiver == "Riverside Youth Trust" and amount == Decimal(81000) for _, receiver, amount in got), got
    assert not any(receiver.startswith("Hospital youth") for _, receiver, _ in got), got


def test_a_spaced_table_with_a_recipient_column() -> None:
    got = funds(SPACED_SPEND)
    assert ("Kirkby Dale Community Safety Partnership", "Northfield Boxing Club", Decimal(6500)) in got, got
    assert not any(receiver == "Youth boxing sessions" for _, receiver, _ in got), got


def test_a_tab_table_with_a_recipients_column() -> None:
    got = funds(TAB_SPEND)
    assert any(receiver == "Beck Parish Council" and amount == Decimal(7200) for _, receiver, amount in got), got


DECISION = """Westmoor Police and Crime Commissioner
Decision record 021/2025

1.1 This decision allocates £420,000 from the Community Safety Grant for 2025/26 to the three Community Safety
Partnerships in the force area and to the Westmoor Violence Reduction Unit.
"""

NOTICE = """Office of the Police and Crime Commissioner for Eastmoor
Grant notice

The Commissioner has awarded £96,000 to the two youth offending services and to the Eastmoor Youth Foundation.
"""

ONE_RECEIVER = """Office of the Police and Crime Commissioner for Eastmoor
Grant notice

The Commissioner has awarded £48,000 to the Eastmoor Youth Foundation for 2025/26.
"""


def test_a_sum_given_to_counted_receivers_and_one_more_is_no_ones() -> None:
    assert not any(amount == Decimal(420000) for *_, amount in funds(DECISION))
    assert not any(amount == Decimal(96000) for *_, amount in funds(NOTICE))


def test_a_sum_given_to_one_receiver_is_still_read() -> None:
    assert any(receiver == "Eastmoor Youth Foundation" and amount == Decimal(48000)
               for _, receiver, amount in funds(ONE_RECEIVER))


# -- a provider's cell that opens with a place; money "to <place>" in that place's partnership's own paper


PROVIDERS = """Rochdale Community Safety Partnership
Minutes of the Strategic Board, 5 March 2026

4. Funding
The Board approved the following, funded by the Partnership:

  Project                              Provider                        Amount
  Hoarding support                     Rochdale at Home                £21,000
  Youth canoe club                     Roch Valley Canoe Trust               £9,000
"""

PROVIDERS_PIPES = """Rochdale Community Safety Partnership
Minutes of the Strategic Board, 5 March 2026

6. Partnership fund
The Partnership has received £48,000 from the Police and Crime Commissioner for 2025/26. Members noted the
proposed use of the grant:

| Scheme | Provider | 2025/26 |
|---|---|---|
| Hoarding support | Rochdale at Home | £21,000 |
"""

PROVIDERS_TABS = """Rochdale Community Safety Partnership
Minutes of the Strategic Board, 5 March 2026

The Partnership has been awarded £30,000 by the Home Office for 2025/26. The planned spend is:

Service\tProvider\tAmount
Hoarding support\tRochdale at Home\t£21,000
Youth canoe club\tRoch Valley Canoe Trust\t£9,000
"""


def test_a_provider_whose_name_opens_with_a_place_is_not_the_place_s_council() -> None:
    for text in (PROVIDERS, PROVIDERS_PIPES, PROVIDERS_TABS):
        got = funds(text)
        assert any(receiver == "Rochdale at Home" and amount == Decimal(21000) for _, receiver, amount in got), got
        assert not any(receiver.endswith("Council") for _, receiver, _ in got), got


OWN_MINUTES = """Oldham Community Safety Partnership Strategic Board
Minutes, 5 March 2026

3. Funding 2026/27
The officer reported that the Combined Authority had confirmed a grant of £150,000 from the Northern Counties
Combined Authority to Oldham for 2026/27.
"""

OWN_REPORT = """Safer Oldham Partnership
Annual Report 2025/26

Our funding
The Home Office allocated £40,000 to Oldham for 2025/26.
"""

FUNDERS_PAPER = """Northern Counties Combined Authority
Decision notice

The Combined Authority has allocated £150,000 to Oldham for 2026/27.
"""


def test_money_to_the_place_of_the_paper_s_own_partnership_is_the_partnership_s() -> None:
    got = funds(OWN_MINUTES)
    assert ("Northern Counties Combined Authority", "Oldham Community Safety Partnership", Decimal(150000)) in got


def test_money_to_the_place_in_a_funder_s_paper_is_the_council_s() -> None:
    got = funds(FUNDERS_PAPER)
    assert not any(receiver.endswith("Partnership") for _, receiver, _ in got), got


# -- a receiver written lower-case and bare before the sum: the body the paper's "the Council" stands for


WEB_PAGE = """Tameside Council
Prevent in Tameside

Funding
For 2025/26 the Home Office has awarded the council £120,000 Prevent funding for the Prevent Co-ordinator and
community projects.
"""

PARTNERSHIP_NEWS = """Safer Wirral Partnership
News, May 2026

The Safer Wirral Partnership met on 2 May. The Police and Crime Commissioner for Merseyside has given the
partnership £58,000 for a summer diversion programme.
"""

BOARD_NOTE = """Oldham Domestic Abuse Partnership Board
Briefing note

The Oldham Domestic Abuse Partnership Board agreed its plan. Oldham Council has allocated the board £15,000 for
the coming year.
"""


def test_the_council_written_lower_case_receives_not_the_purpose() -> None:
    got = funds(WEB_PAGE)
    assert ("Home Office", "Tameside Council", Decimal(120000)) in got, got
    assert not any(receiver.startswith("Prevent Co-ordinator") for _, receiver, _ in got), got


def test_the_partnership_written_lower_case_receives() -> None:
    got = funds(PARTNERSHIP_NEWS)
    assert any(receiver == "Safer Wirral Partnership" and amount == Decimal(58000) for _, receiver, amount in got), got


def test_the_board_written_lower_case_receives() -> None:
    got = funds(BOARD_NOTE)
    assert ("Oldham Council", "Oldham Domestic Abuse Partnership Board", Decimal(15000)) in got, got


# -- "£N from X will fund Y": the money, with its giver, is the subject of "fund"


def test_money_from_a_giver_with_its_acronym_will_fund_a_project() -> None:
    got = funds("Safer Oldham Partnership\nMinutes\n\nIn addition, £27,000 from the Greater Manchester Violence "
                "Reduction Unit (VRU) will fund the Oldham Street Mentoring Project.\n")
    assert ("Greater Manchester Violence Reduction Unit", "Oldham Street Mentoring Project", Decimal(27000)) in got, got


def test_money_from_a_giver_funds_a_service() -> None:
    got = funds("Tameside Council\nCabinet report\n\n£12,500 from the Home Office funds the Tameside Safe Space "
                "service this year.\n")
    assert ("Home Office", "Tameside Safe Space service", Decimal(12500)) in got or \
        ("Home Office", "Tameside Safe Space", Decimal(12500)) in got, got


def test_money_from_a_giver_that_will_pay_for_a_post() -> None:
    got = funds("Wirral Community Safety Partnership\nAnnual report\n\nA further £31,000 from the Police and Crime "
                "Commissioner for Merseyside (OPCC) will pay for the Wirral Hate Crime Caseworker post.\n")
    assert any(amount == Decimal(31000) and "Commissioner" in giver for giver, _, amount in got), got


def test_money_to_the_place_of_a_safer_partnership_in_its_own_report() -> None:
    got = funds(OWN_REPORT)
    assert ("Home Office", "Safer Oldham Partnership", Decimal(40000)) in got, got


# -- a partnership's row with its council bracketed after it: the council holds (and is paid) the partnership's sum


SPACED_DECISION = """Police and Crime Commissioner for Merseyside
Decision 2026/04: community safety grants

2. ALLOCATIONS FOR 2026/27

 Recipient                        Purpose                            Amount
 Wirral CSP (Wirral Council)      Local community safety priorities  £61,000
 Sefton CSP (Sefton Council as    Night-time economy                 £48,500
 accountable body)
"""

PIPE_DECISION = """Police and Crime Commissioner for Merseyside
Decision 2026/04: community safety grants

| Recipient | Purpose | Amount |
|---|---|---|
| Wirral CSP (Wirral Council) | Local priorities | £61,000 |
| Knowsley CSP (Knowsley Council) | Youth diversion | £39,000 |
"""

TAB_DECISION = """Police and Crime Commissioner for Merseyside
Decision 2026/04: community safety grants

Recipient\tPurpose\tAmount
Wirral CSP (Wirral Council)\tLocal priorities\t£61,000
Knowsley CSP (Knowsley Council)\tYouth diversion\t£39,000
"""


def test_the_bracketed_council_holds_the_partnerships_sum() -> None:
    for text in (SPACED_DECISION, PIPE_DECISION, TAB_DECISION):
        got = funds(text)
        assert any(receiver == "Wirral Community Safety Partnership" and amount == Decimal(61000)
                   for _, receiver, amount in got), got
        # the bracketed council holds the partnership's grant: its accountable body, no recipient (CONVENTIONS.md C)
        assert not any(receiver == "Wirral Council" for _, receiver, _ in got), got
        assert ("Wirral Council", "Wirral Community Safety Partnership") in of(read(text), "other")


def test_a_bracketed_sum_after_its_period() -> None:
    for bracket in ("(in 2025/26, £33,750)", "(2025/26: £33,750)", "(for 2025/26, £33,750)"):
        got = funds("Safer Eastmoor Partnership\nTerms of Reference\n\n6.4 Funding: the Police and Crime Commissioner "
                    f"for Westshire provides an annual grant to the Partnership {bracket}.\n")
        assert any("Commissioner" in giver and receiver == "Safer Eastmoor Partnership" and amount == Decimal(33750)
                   for giver, receiver, amount in got), (bracket, got)


# -- money passed through a body on its way: the body it passes through funds the receiver too, without a sum


def test_money_passed_through_a_unit_to_the_partnership() -> None:
    got = funds("Oldham Community Safety Partnership\nMinutes\n\nIn addition, £21,400 of Serious Violence Duty "
                "funding has been passed from the Home Office through the Greater Manchester Violence Reduction Unit "
                "to the Partnership.\n")
    assert ("Home Office", "Oldham Community Safety Partnership", Decimal(21400)) in got, got
    assert ("Greater Manchester Violence Reduction Unit", "Oldham Community Safety Partnership", None) in got, got


def test_money_via_an_office_to_a_council() -> None:
    got = funds("Wirral Council\nCabinet report\n\n£90,000 from the Home Office via the Office of the Police "
                "and Crime Commissioner to Wirral Council for safer streets work.\n")
    assert ("Home Office", "Wirral Council", Decimal(90000)) in got, got
    assert any(giver.startswith("Office of the Police and Crime Commissioner") and receiver == "Wirral Council" and
               amount is None for giver, receiver, amount in got), got


def test_a_received_item_through_an_office() -> None:
    got = funds(ANNUAL_REPORT)
    assert any("Commissioner" in giver and receiver == "Safer Ashcombe Partnership" and amount is None
               for giver, receiver, amount in got), got


# -- more received forms: a short lead the layout reads as a field, a "Funder | Grant | Amount" table


SHORT_LEAD = """Safer Oldham Partnership
Annual Report 2024/25

Our money
We have been awarded:
 - £40,000 from the Home Office (Serious Violence Duty)
 - £25,000 from Oldham Council
"""

FUNDER_GRANT_TABLE = """Safer Oldham Partnership
Annual Report 2024/25

Funding
During 2024/25 the Partnership received the following grants:

Funder          Grant                       Amount
Home Office     Serious Violence Duty       £40,000
Oldham Council  Community safety budget     £25,000
"""


def test_a_short_received_lead_read_as_a_field() -> None:
    got = funds(SHORT_LEAD)
    assert ("Home Office", "Safer Oldham Partnership", Decimal(40000)) in got, got
    assert ("Oldham Council", "Safer Oldham Partnership", Decimal(25000)) in got, got


def test_a_received_lead_over_a_funder_and_grant_table() -> None:
    got = funds(FUNDER_GRANT_TABLE)
    assert ("Home Office", "Safer Oldham Partnership", Decimal(40000)) in got, got
    assert not any(receiver == "Serious Violence Duty" for _, receiver, _ in got), got


# -- a spending list whose items are a name and its bracketed sum, under a short lead read as a field


BRACKET_ITEMS = """Safer Oldham Partnership
Minutes

The Home Office has allocated £60,000 to the Safer Oldham Partnership for 2025/26.
The grant will fund:
 - Oldham Youth Boxing Academy (£25,000);
 - Street Pastors scheme (£35,000).
"""

BRACKET_ITEMS_STARS = """Wirral Community Safety Partnership
Annual report 2025/26

Wirral Council has given the Wirral Community Safety Partnership £18,000 this year. The money has funded:
  * Wirral Hate Crime Ambassadors (£8,000)
  * Birkenhead Night Marshals scheme (£10,000)
"""


def test_bracketed_sums_under_a_short_spending_lead() -> None:
    got = funds(BRACKET_ITEMS)
    assert ("Safer Oldham Partnership", "Oldham Youth Boxing Academy", Decimal(25000)) in got, got
    assert ("Safer Oldham Partnership", "Street Pastors scheme", Decimal(35000)) in got, got


def test_bracketed_sums_under_a_lead_that_ends_a_sentence() -> None:
    got = funds(BRACKET_ITEMS_STARS)
    assert ("Wirral Community Safety Partnership", "Birkenhead Night Marshals scheme", Decimal(10000)) in got, got


# -- a grant's owner bracketed after its name; a receiver that is a body's own service


def test_a_grants_owner_in_brackets_gives_it() -> None:
    got = funds("Oldham Council\nReport to Cabinet\n\nFINANCIAL IMPLICATIONS\n15. Delivery will draw on:\n"
                "    - £96,000 Drug Treatment grant (Home Office) to Oldham Council.\n")
    assert ("Home Office", "Oldham Council", Decimal(96000)) in got, got
    got = funds("Wirral Council\nReport\n\nThe council has £52,000 of Prevent funding (the Home Office) for "
                "2025/26.\n")
    assert not any(amount == Decimal(52000) for *_, amount in got), got  # no receiver is named


def test_the_councils_own_service_receives() -> None:
    got = funds("Oldham Council\nReport to Cabinet\n\n6. £2.4m Substance Misuse Recovery grant (Office for Health "
                "Improvement and Disparities) to the Council's Public Health service.\n")
    assert ("Office for Health Improvement and Disparities", "Oldham Council Public Health service",
            Decimal(2400000)) in got, got
    got = funds("Wirral Council\nReport\n\nThe Home Office has allocated £30,000 to Wirral Council's Youth Offending "
                "Service for 2025/26.\n")
    assert any(receiver == "Wirral Council Youth Offending Service" and amount == Decimal(30000)
               for _, receiver, amount in got), got


def test_money_towards_an_unnamed_thing_has_no_receiver() -> None:
    for text in ("£52,000 from the Home Office, paid via the unit, will go towards a knife-crime programme in schools.",
                 "The Home Office gave £20,000 towards an outreach project in the town centre.",
                 "£9,000 from Wirral Council will go towards a new youth shelter scheme."):
        got = funds(f"Wirral Council news\n\n{text}\n")
        assert not any(receiver.startswith(("a ", "an ")) for _, receiver, _ in got), (text, got)


# -- a council paid "as accountable body for its CSP": the sum is the partnership's the paper names for that place


ACCOUNTABLE_PIPES = """Police and Crime Commissioner for Merseyside
Decision 2026/09: community safety grants

2. Each council leads a partnership: the Safer Wirral Partnership and the Knowsley Community Safety
Partnership.

3. ALLOCATIONS FOR 2026/27

| Recipient | Purpose | Amount |
|---|---|---|
| Wirral Council | Local priorities | £61,000 |
| Knowsley Council | Youth diversion | £39,000 |

4. Grants are paid to the council as accountable body for its CSP.
"""

ACCOUNTABLE_SPACED = """Police and Crime Commissioner for Merseyside
Decision 2026/09: community safety grants

The Safer Wirral Partnership and the Knowsley Community Safety Partnership set the priorities.

ALLOCATIONS FOR 2026/27

 Recipient                 Purpose                       Amount
 Wirral Council            Local priorities              £61,000
 Knowsley Council          Youth diversion               £39,000

Payments are made to each local authority as the lead body for its community safety partnership.
"""

NOT_ACCOUNTABLE = ACCOUNTABLE_PIPES.replace("4. Grants are paid to the council as accountable body for its CSP.\n", "")


def test_a_council_paid_as_accountable_body_holds_its_partnerships_sum() -> None:
    for text in (ACCOUNTABLE_PIPES, ACCOUNTABLE_SPACED):
        got = funds(text)
        assert any(receiver == "Safer Wirral Partnership" and amount == Decimal(61000) for _, receiver, amount in got)
        # paid to the council as accountable body: it holds the sum, it does not receive it (CONVENTIONS.md C)
        assert not any(receiver == "Wirral Council" for _, receiver, _ in got), got
        assert ("Wirral Council", "Safer Wirral Partnership") in of(read(text), "other")
        assert any(receiver == "Knowsley Community Safety Partnership" and amount == Decimal(39000)
                   for _, receiver, amount in got), got


def test_without_the_accountable_body_sentence_the_council_receives() -> None:
    got = funds(NOT_ACCOUNTABLE)
    assert any(receiver == "Wirral Council" and amount == Decimal(61000) for _, receiver, amount in got), got
