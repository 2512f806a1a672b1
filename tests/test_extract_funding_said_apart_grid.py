"""A grid of funding statements whose recipient or sum is written apart from the row or clause that gives the
money, each form in general terms with invented variants, each in a different council's style.

- A **grant named, then its sum**: one sentence says who gives whom a grant, without a sum ("X gives the CSP an
  annual community safety grant", "The council receives the Y Grant (YG) from X", "X provides the Partnership
  with a yearly contribution"); the next says the sum ("For 2024/25 the grant is £N", "the YG allocation is £N").
  The sum is that grant's.
- A **purpose cell that names the recipient**, in a "Source | Purpose | Amount" table with no income lead:
  "Community safety grant to the Partnership", "Contribution to the Safer Streets Team" (the body after "to" gets
  the row's money); "Youth diversion sessions (delivered by X)" (the sessions are funded, and so is X, who
  delivers them).
- A **provider cell that brackets a unit** of the organisation ("Norfolk Constabulary (Breckland Safer
  Neighbourhood Team)"): the unit gets the row's money.
- A **fund that gives**, named by its owner's possessive: "the Commissioner's Community Fund had awarded £N to
  Y", "X's Safer Streets Fund has provided £N to Y": the owner gives Y the sum.
- A **table of one receiver's allocations**: the lead names the giver and the receiver of every row ("X has
  confirmed the following allocations of Y grant to Z:") over "Period | Purpose | Amount"; each row is X's money
  to Z, and the purpose column names no recipient.

Each case lists every (funder, recipient, amount) the text states; a case passes when exactly those are read (a
fact without an amount counts when its funder and recipient are listed). Every person, body and sum here is
invented; the national bodies and offices are real."""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid

CASES = FundingGrid()
case = CASES.case


# --- a grant named in one sentence, its sum in the next ------------------------------------------------------------

case("'gives the CSP an annual ... grant. For 2024/25 the grant is'", """Harlow Fen Community Safety Partnership
Terms of Reference

7. Funding

7.1 The Police and Crime Commissioner for Essex gives the CSP an annual community safety grant. For
2024/25 the grant is £37,250. Harlow Fen District Council holds the grant as accountable body.
""",
     ("Essex Police and Crime Commissioner", "Harlow Fen Community Safety Partnership", 37250))

case("web page: 'Every year ... gives <partnership> a ... grant'", """Safer Tenbury
About us

Funding

Every year the Police and Crime Commissioner for West Mercia gives Safer Tenbury a Community Safety
Partnership grant. For 2025/26 the grant is £28,900. It is spent on the priorities in our plan.
""",
     ("West Mercia Police and Crime Commissioner", "Safer Tenbury", 28900))

case("'provides the Partnership with a yearly grant ... In 2023/24 the grant was'", """Otterbourne Borough Council
Report to the Overview and Scrutiny Committee, 9 July 2024
Subject: Otterbourne Community Safety Partnership

4. Resources

4.1 Hampshire County Council provides the Partnership with a yearly grant towards its tasking work. In
2023/24 the grant was £14,600.
""",
     ("Hampshire County Council", "Otterbourne Community Safety Partnership", 14600))

case("'receives the <stream> (ACRONYM) from <acronym>. ... the ACRONYM allocation is'",
     """Rutland Combating Drugs Partnership
Terms of reference, April 2024

1. Rutland County Council hosts the Partnership. Membership includes the Office for Health Improvement and
Disparities (OHID) as an adviser.

9. Funding

9.1  The council receives the Supplementary Substance Misuse Treatment and Recovery Grant (SSMTRG) from OHID.
     For 2024/25 the SSMTRG allocation is £842,300 and pays for extra treatment places.
""",
     ("Office for Health Improvement and Disparities", "Rutland County Council", 842300))

case("'receives a grant from', then 'The 2024/25 allocation is'", """Coldharbour Safeguarding Adults Board
Annual report 2024/25

Our money

The Board receives a grant from the Integrated Care Board each year. The 2024/25 allocation is £19,400.
""",
     ("Integrated Care Board", "Coldharbour Safeguarding Adults Board", 19400))

case("'awards <service> an annual grant', then 'The grant for 2024/25 is', minutes",
     """Minutes of the Brindlecombe Youth Justice Management Board, 3 October 2024

5. Finance

The Youth Justice Board awards Brindlecombe Youth Justice Service an annual grant. The grant for 2024/25 is £212,700, an
increase of 3 per cent.
""",
     ("Youth Justice Board for England and Wales", "Brindlecombe Youth Justice Service", 212700))

case("'pays the Board an annual contribution ... the contribution is'", """Tamworth Safeguarding Children Partnership
Annual report 2023/24

Our budget

Staffordshire Police pays the Partnership an annual contribution. For 2023/24 the contribution is £21,750.
""",
     ("Staffordshire Police", "Tamworth Safeguarding Children Partnership", 21750))

case("'receives its ... grant from the Commissioner', numbered, then 'The 2025/26 grant is'",
     """Safer Kettlewell Partnership
Terms of Reference (revised May 2025)

6. Resources

6.1 The Partnership receives its community safety grant from the Police, Fire and Crime Commissioner for
North Yorkshire. The 2025/26 grant is £26,300.
""",
     ("North Yorkshire Police, Fire and Crime Commissioner", "Safer Kettlewell Partnership", 26300))

case("a grant that may be given is no grant", """Pelham Marsh Community Safety Partnership
Board minutes, 12 May 2025

4. Funding

The Commissioner may give the Partnership a grant if its bid succeeds. The grant would be £9,000.
""")

case("'gives each district a grant' names no one receiver", """Police and Crime Commissioner for Ravenshire
Decision notice 2024/11

The Commissioner gives each district community safety partnership an annual grant. The grant is paid in
April.
""")


# --- a purpose cell that names the recipient ------------------------------------------------------------------------

case("pipe table: 'Community safety grant to the <acronym>' and 'Contribution to the ... Team'",
     """Safer Dacorum Partnership
Annual report 2024/25

6. Resources

6.1 The Partnership has no budget of its own beyond the grants below. Dacorum Borough Council acts as
the accountable body.

   Source                                        | Purpose                         | 2024/25
   ----------------------------------------------+---------------------------------+-----------
   Hertfordshire Police and Crime Commissioner   | Community safety grant to the   | £31,400
                                                 | SDP                             |
   Dacorum Borough Council                       | Contribution to the Anti-social | £9,000
                                                 | Behaviour Team                  |
   Hertfordshire County Council (Public Health)  | Night-time economy outreach     | £7,100
""",
     ("Hertfordshire Police and Crime Commissioner", "Safer Dacorum Partnership", 31400),
     ("Dacorum Borough Council", "Dacorum Anti-social Behaviour Team", 9000),
     ("Hertfordshire County Council", "Night-time economy outreach", 7100))

case("spaced table: 'Community safety grant to the Partnership'", """Oakhurst Borough Council
Community Safety Partnership: report to Cabinet, 18 September 2024

3. Funding in 2024/25

   Funder                                   Purpose                                    Amount
   Police and Crime Commissioner for        Community safety grant to the Partnership  £44,000
   Leicestershire
   Oakhurst Borough Council                 CCTV monitoring                            £61,500
""",
     ("Leicestershire Police and Crime Commissioner", "Oakhurst Community Safety Partnership", 44000),
     ("Oakhurst Borough Council", "Oakhurst Community Safety Partnership", 61500))

case("tab table: 'Grant to <named charity>'", """Stourfield District Council
Community Safety Annual Report 2024/25

Funding sources

Funding source\tPurpose\tAmount
Home Office\tGrant to Stourfield Youth Trust for knife crime sessions\t£12,800
Stourfield District Council\tNeighbourhood wardens\t£40,000
""",
     ("Home Office", "Stourfield Youth Trust", 12800),
     ("Stourfield District Council", "Neighbourhood wardens", 40000))

case("wrapped purpose cell: '(delivered by <provider>)'", """Ambergate Community Safety Partnership
Strategy 2024-2027: governance and resources

5.4 Resources

The sums for the first year of the strategy are shown below.

  Funding source                     Purpose                      2024/25
  ---------------------------------  ---------------------------  --------
  Nottinghamshire Police and Crime   Neighbourhood patrols,         £18,250
    Commissioner                       Carlby
  Nottinghamshire County Council     Youth diversion sessions      £9,900
                                       (delivered by Carlby CVS)
""",
     ("Nottinghamshire Police and Crime Commissioner", "Neighbourhood patrols, Carlby", 18250),
     ("Nottinghamshire County Council", "Youth diversion sessions", 9900),
     ("Nottinghamshire County Council", "Carlby CVS", None))

case("pipe table: '(delivered by the <provider>)' on one line", """Wenlow Town Council
Community safety funding 2025/26

| Source | Purpose | Amount |
|---|---|---|
| Cheshire Police and Crime Commissioner | Street pastors (delivered by the Wenlow Churches Network) | £6,400 |
| Wenlow Town Council | Summer youth activities | £3,250 |
""",
     ("Cheshire Police and Crime Commissioner", "Street pastors", 6400),
     ("Cheshire Police and Crime Commissioner", "Wenlow Churches Network", None),
     ("Wenlow Town Council", "Summer youth activities", 3250))

case("'Funder' head, 'Grant to the <council> for ...'", """Rushcliffe Community Safety Partnership
Report to the Partnership Executive, 5 February 2025

4. Funding this year

| Funder | Purpose | Amount |
|---|---|---|
| Nottinghamshire Police and Crime Commissioner | Grant to Rushcliffe Borough Council for CCTV upgrades | £15,600 |
""",
     ("Nottinghamshire Police and Crime Commissioner", "Rushcliffe Borough Council", 15600))

case("purpose 'to support ...' names no recipient", """Greyfriars Borough Council
Community Safety Partnership annual report 2024/25

Funding

| Source | Purpose | Amount |
|---|---|---|
| Home Office | Grant to support the Serious Violence Duty | £22,600 |
| Greyfriars Borough Council | Domestic abuse outreach | £15,000 |
""",
     ("Home Office", "Greyfriars Community Safety Partnership", 22600),
     ("Greyfriars Borough Council", "Greyfriars Community Safety Partnership", 15000))


# --- a provider cell that brackets a unit of the organisation ----------------------------------------------------

case("decision record: 'Recipient' cell 'Force (Unit Team)'", """Police and Crime Commissioner for Suffolk

Decision record 2024/22: community safety grants, Babergh district

| Ref | Recipient | Project | Award |
|---|---|---|---|
| BA01 | Suffolk Constabulary (Babergh Safer Neighbourhood Team) | Rural crime watch | £11,300 |
| BA02 | Sudbury Youth Forum | Detached youth work | £8,750 |
""",
     ("Suffolk Police and Crime Commissioner", "Babergh Safer Neighbourhood Team", 11300),
     ("Suffolk Police and Crime Commissioner", "Sudbury Youth Forum", 8750))

case("'Provider' column, spaced, 'Police (Community Safety Unit)'", """Police and Crime Commissioner for Cumbria

Decision notice 2025/04: grants in Allerdale

The Commissioner awarded:

  Provider                                          Service                          Amount
  Cumbria Constabulary (Workington Community        Speed watch equipment            £4,600
  Safety Unit)
  Maryport Women's Refuge                           Outreach worker                  £19,000
""",
     ("Cumbria Police and Crime Commissioner", "Workington Community Safety Unit", 4600),
     ("Cumbria Police and Crime Commissioner", "Maryport Women's Refuge", 19000))


# --- a fund that gives, named by its owner's possessive --------------------------------------------------------

case("minutes: 'In addition, the Commissioner's Community Fund had awarded £N to <charity>'", """Three Rivers
Community Safety Partnership
Minutes of the Board, 11 February 2025

The Hertfordshire Police and Crime Commissioner was represented by his Deputy.

6. Funding

In addition, the Commissioner's Community Fund had awarded £5,250 to Oxhey Young People's Project for
holiday activities in South Oxhey.
""",
     ("Hertfordshire Police and Crime Commissioner", "Oxhey Young People's Project", 5250))

case("report: 'the Home Office's Safer Streets Fund has provided £N to the <association>'", """Lancaster City Council
Report to Cabinet, 8 October 2024

3.2 The Home Office's Safer Streets Fund has provided £40,000 to the Ryelands Residents Association for
lighting and alley gates.
""",
     ("Home Office", "Ryelands Residents Association", 40000))

case("annual report: '<council>'s Community Grants Programme awarded £N in 2024/25 to <charity>'", """Bridport
Community Safety Partnership
Annual report 2024/25

Dorset Council's Community Grants Programme awarded £2,400 in 2024/25 to Bridport Street Pastors.
""",
     ("Dorset Council", "Bridport Street Pastors", 2400))

case("a fund's total with no receiver gives nothing", """Northumbria Police and Crime Panel
Minutes, 19 March 2025

4. Ms Okafor reported that the Commissioner's Community Fund had awarded £1.2 million in 2024/25.
""")


# --- a table of one receiver's allocations, the receiver named in the lead ----------------------------------------

case("'confirmed the following allocations of <grant> to <council>, which holds ...' over Period | Purpose",
     """Report to the Partnership Board
Thaxford Community Safety Partnership, 10 April 2024

4. Funding

4.1 The Essex Police, Fire and Crime Commissioner (PFCC) has confirmed the following allocations of Serious
Violence Duty grant to the Thaxford District Council, which holds the funds on behalf of the Partnership:

   Period      | Purpose                                      | Amount
   ------------|----------------------------------------------|---------
   2023/24     | Interventions, part year                     | £17,300
   2024/25     | Interventions                                | £29,100
   2024/25     | Labour costs (0.5 FTE Co-ordinator post)     | £16,450

The PFCC also sits on the Partnership Board.
""",
     ("Essex Police, Fire and Crime Commissioner", "Thaxford District Council", 17300),
     ("Essex Police, Fire and Crime Commissioner", "Thaxford District Council", 29100),
     ("Essex Police, Fire and Crime Commissioner", "Thaxford District Council", 16450),
     ("Essex Police, Fire and Crime Commissioner", "Thaxford Community Safety Partnership", None))

case("'MOPAC has awarded the following grants to the Council:' over Year | Purpose | Amount",
     """London Borough of Merton
Cabinet report, 2 December 2024

5. Funding

5.1 The Mayor's Office for Policing and Crime (MOPAC) has awarded the following grants to the Council:

| Year | Purpose | Amount |
|---|---|---|
| 2024/25 | Violence against women and girls advocacy | £88,000 |
| 2025/26 | Violence against women and girls advocacy | £91,500 |
""",
     ("Mayor's Office for Policing and Crime", "London Borough of Merton", 88000),
     ("Mayor's Office for Policing and Crime", "London Borough of Merton", 91500))

case("'The Home Office has made these allocations to the Partnership:' over Purpose | Amount",
     """Brackwater Community Safety Partnership
Board paper, 14 November 2024

3. Safer Streets

3.1 The Home Office has made these allocations to the Partnership for 2024/25:

  Purpose                                  Amount
  Street lighting, Eastfield estate        £26,000
  Alley gates and target hardening         £14,500
""",
     ("Home Office", "Brackwater Community Safety Partnership", 26000),
     ("Home Office", "Brackwater Community Safety Partnership", 14500))

case("allocations to a partnership, tab columns, a total row", """Fenmoor District Council
Report of the Head of Community Services, 21 January 2025

2. The Police and Crime Commissioner for Cambridgeshire has confirmed the following allocations to the Fenmoor
Community Safety Partnership:

Year\tPurpose\tAmount
2024/25\tCore grant\t£33,000
2024/25\tRural crime project\t£6,200
Total\t\t£39,200
""",
     ("Cambridgeshire Police and Crime Commissioner", "Fenmoor Community Safety Partnership", 33000),
     ("Cambridgeshire Police and Crime Commissioner", "Fenmoor Community Safety Partnership", 6200))


case("'has awarded the following grants to <charity>:' over Year | Purpose | Amount, spaced",
     """Police and Crime Commissioner for Northumbria
Decision record 2024/07

2. The Commissioner has awarded the following grants to Tynemouth Young People's Trust:

   Year       Purpose                                  Amount
   2024/25    Detached youth work, North Shields       £18,400
   2025/26    Detached youth work, North Shields       £18,900
""",
     ("Northumbria Police and Crime Commissioner", "Tynemouth Young People's Trust", 18400),
     ("Northumbria Police and Crime Commissioner", "Tynemouth Young People's Trust", 18900))


@pytest.mark.parametrize("name", list(CASES))
def test_grid_case(name: str) -> None:
    CASES.check(name)


if __name__ == "__main__":  # python tests/test_extract_funding_said_apart_grid.py prints the grid's score
    CASES.print_score()
