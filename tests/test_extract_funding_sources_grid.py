"""A grid of the funding tables that main read wrongly or not at all on papers nobody had fitted: each form in
general terms, and invented variants of it, each in a different council's style.

- An **income table**, "Source | Purpose | Amount": each row names a giver and what its money is for; the
  money is the income of the one body the lead or caption names ("Funding received by the Partnership", "The
  Partnership's work was funded from the following sources:") or, when they name none ("Funding for 2024/25 was
  as follows:"), of the partnership whose paper it is. The purpose column names no recipient.
- A **project allocation table with a source column**, "Ref | Project | Delivered by | Source | Amount": the
  money is for the project the row names (who delivers it is the provider), and the source column names the
  giver, often by a short form the paper spelled out above it or in a key under the table ("PCC", "APB/WG").
- A **compound column head** ("Provider / use", "Recipient / project"): typed by the first of its parts that is
  a known head, so the provider it names gets the row's money.

Each case lists every (funder, recipient, amount) the text states; a case passes when exactly those are read (a
fact without an amount counts when its funder and recipient are listed). Every person, body and sum here is
invented; the national bodies and offices are real."""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid

CASES = FundingGrid()
case = CASES.case


# --- income tables: the recipient is the body whose income the table lists ---------------------------------------

case("numbered caption 'Funding received by the Partnership', pipe table", """Kestrel Vale Community Safety Partnership
Annual Report 2024/25

4. Money

Table 2: Funding received by the Partnership, 2024/25

| Source | Purpose | Amount |
|---|---|---|
| Home Office | Serious Violence Duty | £21,300 |
| Kestrel Vale Borough Council | Community safety officer | £38,000 |
| Total | | £59,300 |
""",
     ("Home Office", "Kestrel Vale Community Safety Partnership", 21300),
     ("Kestrel Vale Borough Council", "Kestrel Vale Community Safety Partnership", 38000))

case("lead 'The Partnership's work was funded from the following sources', spaced columns", """Marrowby Borough Council
Report to the Communities Scrutiny Committee, 4 March 2025
Subject: Annual report of the Safer Marrowby Partnership

2.1 The Safer Marrowby Partnership meets four times a year.

2.2 The Partnership's work was funded from the following sources in 2024/25:

  Source                                  Purpose                              Amount
  Home Office                             Serious Violence Duty (year 2)       £17,250
  Marrowby Borough Council                Community safety team (core)         £96,000
""",
     ("Home Office", "Safer Marrowby Partnership", 17250),
     ("Marrowby Borough Council", "Safer Marrowby Partnership", 96000))

case("lead 'Funding for 2024/25 was as follows' in the partnership's own report, tabs", """Safer Fenwick Partnership
Annual report 2024/25

5. Resources

5.1 Funding for 2024/25 was as follows:

Source\tPurpose\t2024/25
Home Office\tSerious Violence Duty grant\t£14,900
Fenwick District Council\tCommunity safety staffing\t£52,400
""",
     ("Home Office", "Safer Fenwick Partnership", 14900),
     ("Fenwick District Council", "Safer Fenwick Partnership", 52400))

case("'Funder' and 'Used for' heads, caption naming the partnership after 'received by'", """Hollowmere District Council
Cabinet, 12 February 2025

Funding received by the Hollowmere Community Safety Partnership in 2024/25

| Funder | Used for | Amount |
|---|---|---|
| Home Office | Knife crime prevention | £9,800 |
| Hollowmere District Council | Anti-social behaviour officer | £31,000 |
""",
     ("Home Office", "Hollowmere Community Safety Partnership", 9800),
     ("Hollowmere District Council", "Hollowmere Community Safety Partnership", 31000))

case("'Description' head, lead 'The CSP was funded as follows'", """Brayford Community Safety Partnership
Annual Report 2023/24

Our money

The CSP was funded as follows in 2023/24:

| Funding source | Description | £ |
|---|---|---|
| Home Office | Serious violence duty implementation | £12,600 |
| Brayford City Council | Core staffing | £47,500 |
""",
     ("Home Office", "Brayford Community Safety Partnership", 12600),
     ("Brayford City Council", "Brayford Community Safety Partnership", 47500))

case("income table with a wrapped purpose cell", """Safer Lynstead Partnership
Annual report 2024/25

Funding

Funding for 2024/25 was as follows:

  Source                               Purpose                          2024/25
  Lynstead Borough Council             Community safety team staffing   £61,200
                                         and CCTV monitoring
  Home Office                          Serious Violence Duty            £13,450
""",
     ("Lynstead Borough Council", "Safer Lynstead Partnership", 61200),
     ("Home Office", "Safer Lynstead Partnership", 13450))

case("income table: a giver with its channel in brackets", """Corrow Community Safety Partnership
Annual Report 2024/25

Table 4: Funding received by the Partnership, 2024/25

| Source | Purpose | Amount |
|---|---|---|
| Home Office (via the county Violence Reduction Unit) | Serious Violence Duty | £16,040 |
| Corrow District Council | Core costs | £40,000 |
""",
     ("Home Office", "Corrow Community Safety Partnership", 16040),
     ("Corrow District Council", "Corrow Community Safety Partnership", 40000))

case("income table whose lead names the partnership by its full name", """Pellham Borough Council
Overview and Scrutiny Committee, 18 September 2024

3.4 The Pellham Community Safety Partnership was funded from the following sources in 2023/24:

| Source | Purpose | Amount |
|---|---|---|
| Home Office | Serious Violence Duty | £11,900 |
| Pellham Borough Council | Community safety manager | £55,300 |
""",
     ("Home Office", "Pellham Community Safety Partnership", 11900),
     ("Pellham Borough Council", "Pellham Community Safety Partnership", 55300))

case("'Funding source | Purpose | Amount' under a 'Funding received' heading", """Safer Ditchling Vale Partnership
Annual report 2024/25

6. Funding received 2024/25

| Funding source | Purpose | Amount |
|---|---|---|
| Home Office | Serious violence prevention | £8,300 |
| Ditchling Vale District Council | Partnership coordinator | £29,900 |
""",
     ("Home Office", "Safer Ditchling Vale Partnership", 8300),
     ("Ditchling Vale District Council", "Safer Ditchling Vale Partnership", 29900))

case("income table, four givers, a total, 'Source of funding' head", """Northwold Community Safety Partnership
Annual Report 2023/24

Funding received by the Partnership, 2023/24

| Source of funding | Purpose | Amount |
|---|---|---|
| Home Office | Serious Violence Duty | £10,100 |
| Northwold District Council | Core staffing | £42,000 |
| Northwold Housing Association | Neighbourhood wardens | £15,000 |
| Total | | £67,100 |
""",
     ("Home Office", "Northwold Community Safety Partnership", 10100),
     ("Northwold District Council", "Northwold Community Safety Partnership", 42000),
     ("Northwold Housing Association", "Northwold Community Safety Partnership", 15000))

# --- project allocation tables with a source column ------------------------------------------------------------

case("'Ref | Project | Delivered by | Source | Amount', source by short forms defined above", """Tarnby Borough Council
Cabinet decision notice, 6 June 2024
Community safety grants 2024/25

2.1 The grant pot has two sources: the Home Office (HO) and Tarnby Borough Council (TBC).

Appendix A

| Ref | Project | Delivered by | Source | Amount |
|---|---|---|---|---|
| T1 | Town centre night marshals | Tarnby Town Centre Partnership | HO | £21,000 |
| T2 | Youth boxing sessions | Tarnby Boxing Club | TBC | £6,500 |
""",
     ("Home Office", "Town centre night marshals", 21000),
     ("Tarnby Borough Council", "Youth boxing sessions", 6500))

case("project table, source column, spaced columns and wrapped project names", """Wendle District Council
Record of decision, 3 July 2024

The Home Office (HO) and Wendle District Council (WDC) fund the programme.

 Line  Project                               Delivered by                   Source   Amount
 ----  ------------------------------------  -----------------------------  -------  --------
 1     Street outreach in the town           Wendle Outreach Trust          HO       £18,200
       centre at weekends
 2     Domestic abuse target hardening       Wendle District Council        WDC      £7,400
""",
     ("Home Office", "Street outreach in the town centre at weekends", 18200),
     ("Wendle District Council", "Domestic abuse target hardening", 7400))

case("project table, source column naming the givers in full", """Ormsby Borough Council
Report to the Housing and Communities Committee, 10 October 2024

Appendix 1: community safety projects 2024/25

| Project | Delivered by | Source | Amount |
|---|---|---|---|
| CCTV upgrade in the market square | Ormsby Borough Council | Home Office | £25,000 |
| Street pastors | Ormsby Street Pastors | Ormsby Borough Council | £4,800 |
""",
     ("Home Office", "CCTV upgrade in the market square", 25000),
     ("Ormsby Borough Council", "Street pastors", 4800))

case("project table, source short forms spelled out in a key under the table", """Quenby District Council
Cabinet, 14 March 2025
Allocation of community safety grants 2025/26

| Ref | Project | Delivered by | Source | 2025/26 (£) |
|---|---|---|---|---|
| Q1 | Bike marking events | Quenby Neighbourhood Watch | QDC | 2,400 |
| Q2 | Knife crime workshops in schools | Quenby Youth Theatre | HO | 9,900 |

Source key: HO = Home Office; QDC = Quenby District Council.
""",
     ("Quenby District Council", "Bike marking events", 2400),
     ("Home Office", "Knife crime workshops in schools", 9900))

case("project table with a 'Provider' column and a 'Funder' column", """Rushmere Borough Council
Community Safety Partnership, 20 November 2024
Item 5: funded projects

| Project | Provider | Funder | Amount |
|---|---|---|---|
| Safe space on Saturday nights | Rushmere Town Pastors | Home Office | £8,750 |
| Anti-social behaviour mediation | Rushmere Mediation | Rushmere Borough Council | £5,200 |
""",
     ("Home Office", "Safe space on Saturday nights", 8750),
     ("Rushmere Borough Council", "Anti-social behaviour mediation", 5200))

case("project table, 'Scheme' head and a 'Lead organisation' column", """Sallowby District Council
Report to Cabinet, 2 May 2024

Table 3: schemes funded in 2024/25

| Scheme | Lead organisation | Funded by | Amount |
|---|---|---|---|
| Rural crime trail cameras | Sallowby Rural Watch | Home Office | £3,300 |
| Women's night safety walks | Sallowby Women's Centre | Sallowby District Council | £2,750 |
""",
     ("Home Office", "Rural crime trail cameras", 3300),
     ("Sallowby District Council", "Women's night safety walks", 2750))

# --- compound column heads -------------------------------------------------------------------------------------

case("'Funding stream | Funder | Provider / use | Amount'", """Thistlecombe District Council
Domestic Abuse Local Partnership Board, 9 July 2024

Table 1: Domestic abuse funding 2024/25

| Funding stream | Funder | Provider / use | 2024/25 |
|---|---|---|---|
| Refuge support | Thistlecombe District Council | Thistlecombe Women's Refuge | £140,000 |
| Sanctuary scheme | Thistlecombe District Council | Thistle Homes | £32,500 |
""",
     ("Thistlecombe District Council", "Thistlecombe Women's Refuge", 140000),
     ("Thistlecombe District Council", "Thistle Homes", 32500))

case("'Funding stream | Funder | Provider / use', spaced and wrapped", """Ullsby Borough Council
Report to the Community Safety Partnership, 1 August 2024

   Funding stream           Funder                 Provider / use              2024/25
   -----------------------  ---------------------  --------------------------  --------
   Refuge support           Ullsby Borough         Ullsby Refuge Collective    £98,000
                              Council
   Outreach                 Home Office            Ullsby Outreach Trust       £41,200
""",
     ("Ullsby Borough Council", "Ullsby Refuge Collective", 98000),
     ("Home Office", "Ullsby Outreach Trust", 41200))

case("'Stream | Funder | Provider/delivery | Amount'", """Varley District Council
Cabinet, 22 January 2025

| Stream | Funder | Provider/delivery | Amount |
|---|---|---|---|
| Serious violence | Home Office | Varley Youth Trust | £19,000 |
| Community safety | Varley District Council | Varley Street Pastors | £3,600 |
""",
     ("Home Office", "Varley Youth Trust", 19000),
     ("Varley District Council", "Varley Street Pastors", 3600))

case("'Grant | Funder | Recipient / provider | Amount'", """Whitmoor Borough Council
Safer Whitmoor Partnership Board, 5 March 2025

| Grant | Funder | Recipient / provider | Amount |
|---|---|---|---|
| Safe accommodation | Whitmoor Borough Council | Whitmoor Refuge | £77,000 |
| Serious violence | Home Office | Whitmoor Youth Works | £15,500 |
""",
     ("Whitmoor Borough Council", "Whitmoor Refuge", 77000),
     ("Home Office", "Whitmoor Youth Works", 15500))


# --- project tables under the sentence of the grant a partnership received ------------------------------------
# Where the lead says the grant itself pays for the rows ("It pays for:"), the grant's giver funds them. Where it
# only lists the partnership's allocation ("the proposed allocation:", "Projects this year include:"), the
# partnership spends its grant on the rows; the gold of never-read sets is split on who funds them (the
# partnership in some papers, the grant's giver in others), so those cases are kept as the form not read yet.
SPLIT: set[str] = set()

SPLIT.add("minutes: grant to the partnership, then its proposed allocation")
case("minutes: grant to the partnership, then its proposed allocation", """Yarwood Community Safety Partnership
Minutes of the meeting held on 8 May 2025

5.  FUNDING 2025/26

    Priya Holloway confirmed that the Home Office has awarded £22,000 to the Partnership
    for 2025/26. She set out the proposed allocation:

    Project                           Delivered by                   2025/26
    Night-time street marshals        Yarwood Town Pastors           £12,000
    Youth boxing sessions             Yarwood Boxing Club            £10,000

    RESOLVED: that the allocation be approved.
""",
     ("Home Office", "Yarwood Community Safety Partnership", 22000),
     ("Yarwood Community Safety Partnership", "Night-time street marshals", 12000),
     ("Yarwood Community Safety Partnership", "Youth boxing sessions", 10000))

SPLIT.add("web page: 'awarded the CSP £N', then 'Projects this year include:'")
case("web page: 'awarded the CSP £N', then 'Projects this year include:'", """Zennor Vale Community Safety Partnership

About us

Most of our project money comes from the Home Office. For 2024/25 the Home Office awarded the CSP £15,500.
Projects this year include:

  Project                                   | Lead organisation                   | 2024/25
  Bike marking in the town centre           | Zennor Vale Neighbourhood Watch     | £3,500
  Safe walk home scheme                     | Zennor Vale Street Angels           | £12,000
""",
     ("Home Office", "Zennor Vale Community Safety Partnership", 15500),
     ("Zennor Vale Community Safety Partnership", "Bike marking in the town centre", 3500),
     ("Zennor Vale Community Safety Partnership", "Safe walk home scheme", 12000))

case("web page: the grant 'pays for' the rows, so its giver funds them", """Safer Abbotsford

Funding

For 2025/26 the Home Office has awarded Safer Abbotsford a grant of £18,000. It pays for:

   Project                                   2025/26
   Street pastors in the city centre         £11,000
   Hate crime reporting centres              £7,000
""",
     ("Home Office", "Safer Abbotsford", 18000),
     ("Home Office", "Street pastors in the city centre", 11000),
     ("Home Office", "Hate crime reporting centres", 7000))

# (read since table_funder: a lead whose subject allocates "it", the grant just read, names the rows' funder)
case("report: 'received £N', then 'The Partnership allocated it as follows:'", """Brindle Borough Council
Report to the Communities Committee, 2 October 2024

3.1 The Brindle Community Safety Partnership received £9,600 from the Home Office for 2024/25.
The Partnership allocated it as follows:

| Project | Delivered by | Amount |
|---|---|---|
| Knife crime workshops | Brindle Youth Theatre | £6,100 |
| Shop watch radios | Brindle Business Forum | £3,500 |
""",
     ("Home Office", "Brindle Community Safety Partnership", 9600),
     ("Brindle Community Safety Partnership", "Knife crime workshops", 6100),
     ("Brindle Community Safety Partnership", "Shop watch radios", 3500))

case("decision record: appendix caption names the grant by its giver", """Cragside District Council
Record of decision, 14 July 2025

APPENDIX 1 - SAFER CRAGSIDE PARTNERSHIP: PROJECT ALLOCATIONS 2025/26
(Home Office Serious Violence Grant)

 Project                         Lead organisation               Allocation
 Youth outreach in the parks     Cragside Youth Trust             £8,800
 Mentoring for young people      Cragside Mentors                 £4,200
""",
     ("Home Office", "Youth outreach in the parks", 8800),
     ("Home Office", "Mentoring for young people", 4200))


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(
    reason="form not read yet: gold split on who funds a partnership's allocation", strict=True))
    if name in SPLIT else name for name in CASES])
def test_grid_case(name: str) -> None:
    CASES.check(name)


if __name__ == "__main__":  # python tests/test_extract_funding_sources_grid.py prints the grid's score
    CASES.print_score()
