"""A grid of papers in which a council shares out a grant it only holds as accountable body, each in a different
council's style.

A commissioner (or a national body) pays a community safety grant to a council "as accountable body" for a
partnership; the council's cabinet member, executive or officer then approves how it is spent, or the partnership
tables its allocations in minutes the council publishes. The council gives none of that money:

- in a **council's decision** (its decision maker a council post, its executive or its cabinet), the rows of the
  allocations table and the sums the decision leaves unattributed ("For 2024/25 Eastvale's allocation is £N") are
  the grant's giver's, named in the sentence that says the council holds the grant or earlier in its paragraph;
- in a **partnership's minutes** under its council's name ("Brackenfield Borough Council" over "Minutes of the
  Brackenfield Community Safety Partnership"), the partnership shares its grant out: it gives the rows.

The neighbouring readings stay: a council's decision on grants it says are its own gives them (the council, never
its decision maker, whose field says who decides; a decision that says nothing of the money's source gives no
giver); a council that says it holds grants from two givers names neither as the giver of a table; a commissioner's own
decision gives its rows; a council's own sum named in a sentence is the council's. Each case lists every (funder,
recipient, amount) the text states; a case passes when exactly those are read (a fact without an amount counts
when its funder and recipient are listed). Every council, person, body and sum here is invented; the national
bodies are real."""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid

CASES = FundingGrid()
case = CASES.case


# --- a council's decision on a grant it holds: the giver gives the rows --------------------------------------------

case("cabinet member decision, commissioner pays the grant to the council as accountable body",
     """Source: https://democracy.eastvale.gov.uk/ieDecisionDetails.aspx?ID=311

EASTVALE CITY COUNCIL
CABINET MEMBER DECISION NOTICE

Decision maker:        Councillor Priya Landor, Cabinet Member for Communities
Date of decision:      3 August 2024

1. Decision

The Cabinet Member approves the allocation of £60,000 of community safety grant for 2024/25 to the projects in
section 3.

2. Background

Every year the Police and Crime Commissioner for Ravenshire pays a community safety grant to the City Council,
which acts as accountable body for the Safer Eastvale Partnership. The money must be spent on the Partnership's
priorities.

3. Allocations 2024/25

 Project                      | Delivered by              | Amount
 -----------------------------+---------------------------+---------
 Night-time safety marshals   | Eastvale Street Pastors   | £25,000
 Youth diversion sessions     | Eastvale Youth Trust      | £35,000
""",
     ("Police and Crime Commissioner for Ravenshire", "Night-time safety marshals", 25000),
     ("Police and Crime Commissioner for Ravenshire", "Youth diversion sessions", 35000),
     ("Police and Crime Commissioner for Ravenshire", "Safer Eastvale Partnership", None))

case("executive decision, grant accepted with the council acting as accountable body", """Marlbrook District Council

RECORD OF EXECUTIVE DECISION

Decision No:        E/24/19
Decision maker:     The Executive
Date of decision:   9 July 2024

The Executive RESOLVED:

(a) to accept the grant of £15,500 for 2024/25 from the Police, Fire and Crime Commissioner for
    Ottershire to the Marlbrook Community Safety Partnership, with Marlbrook District Council acting as
    accountable body; and
(b) to approve the allocations in Appendix A.

APPENDIX A

Line | Project                          | Delivered by                  | Amount
-----+----------------------------------+-------------------------------+--------
A1   | Farm security marking            | Ottershire Rural Crime Team   | £7,000
A2   | Domestic abuse drop-in sessions  | Marlbrook Women's Centre      | £8,500
""",
     ("Police, Fire and Crime Commissioner for Ottershire", "Farm security marking", 7000),
     ("Police, Fire and Crime Commissioner for Ottershire", "Domestic abuse drop-in sessions", 8500),
     ("Police, Fire and Crime Commissioner for Ottershire", "Marlbrook Community Safety Partnership", 15500))

case("portfolio holder decision, the allocation unattributed and the grant paid to the council",
     """Source: https://kestrelford.moderngov.co.uk/ieDecisionDetails.aspx?ID=88

Kestrelford District Council

Decision details

Decision Maker:   Portfolio Holder for Community Safety
Date of decision: 2 June 2023

Background:

The Police and Crime Commissioner for Wealdshire makes an annual grant to each community safety partnership
in the county. For 2023/24 the allocation to the Kestrelford Community Safety Partnership is £20,000. The
grant is paid to Kestrelford District Council as accountable body and is spent on projects that the
Kestrelford Community Safety Partnership agrees.

Decision:

That the Portfolio Holder approves the spending of the grant as set out below.

 Project                           | Delivered by                  | Amount
 ----------------------------------+-------------------------------+--------
 Street pastors, Kestrelford town  | Kestrelford Street Pastors    | £12,000
 Rural crime volunteers            | Wealdshire Rural Watch        | £8,000
""",
     ("Police and Crime Commissioner for Wealdshire", "Kestrelford Community Safety Partnership", 20000),
     ("Police and Crime Commissioner for Wealdshire", "Street pastors, Kestrelford town", 12000),
     ("Police and Crime Commissioner for Wealdshire", "Rural crime volunteers", 8000))

case("officer decision, Home Office grant held as lead authority", """Thornleigh Borough Council

OFFICER DECISION RECORD

Decision maker:   Director of Communities
Date:             14 October 2024

Subject: Safer Streets Fund round 6 - spending plan

The Home Office has awarded a Safer Streets grant of £45,000 for 2024/25 to Thornleigh Borough Council,
which acts as lead authority for the Thornleigh Safer Streets Partnership.

The Director approves the spending plan below.

 Scheme                        | Delivered by                  | Amount
 ------------------------------+-------------------------------+---------
 Alley gates, Millfield        | Thornleigh Homes              | £30,000
 Street lighting upgrade       | Thornleigh Highways Team      | £15,000
""",
     ("Home Office", "Alley gates, Millfield", 30000),
     ("Home Office", "Street lighting upgrade", 15000),
     ("Home Office", "Thornleigh Safer Streets Partnership", 45000))

case("cabinet decision, the commissioner named in the paragraph before the holder sentence",
     """Holloway Vale Borough Council

Cabinet - record of decisions, 17 September 2024

Decision maker:   Cabinet

Item 6: Community Safety Fund 2024/25

The Police and Crime Commissioner for Fenmarsh has confirmed the Community Safety Fund for 2024/25. As
in earlier years, the fund is paid to Holloway Vale Borough Council as the accountable body.

Cabinet approved the following spending:

| Scheme | Provider | Amount |
|---|---|---|
| Town centre CCTV monitoring | Holloway Vale CCTV Partnership | £14,000 |
| Knife crime workshops in schools | Fenmarsh Youth Education Trust | £6,500 |
""",
     ("Police and Crime Commissioner for Fenmarsh", "Holloway Vale CCTV Partnership", 14000),
     ("Police and Crime Commissioner for Fenmarsh", "Fenmarsh Youth Education Trust", 6500))


case("leader's decision, grant held as host authority for the partnership", """Saltmarsh Metropolitan Borough Council

Key Decision Record

Decision maker:   Leader of the Council
Date:             22 May 2024

The Violence Reduction Grant from the Police and Crime Commissioner for Fenmarsh is held by Saltmarsh
Metropolitan Borough Council as host authority for the Saltmarsh Safer Communities Partnership.

The Leader approves the allocation of the grant to these projects for 2024/25:

| Project | Lead organisation | Amount |
|---|---|---|
| Detached youth work, Harbour ward | Saltmarsh Youth Service | £21,000 |
| Mentoring for young people at risk | Fenmarsh Mentoring Trust | £16,000 |
""",
     ("Police and Crime Commissioner for Fenmarsh", "Detached youth work, Harbour ward", 21000),
     ("Police and Crime Commissioner for Fenmarsh", "Mentoring for young people at risk", 16000),
     ("Police and Crime Commissioner for Fenmarsh", "Saltmarsh Safer Communities Partnership", None))

case("delegated decision of a head of service, commissioner's grant paid to the council for the CSP",
     """Source: https://democracy.hartwell.gov.uk/ieDecisionDetails.aspx?ID=5120

HARTWELL DISTRICT COUNCIL

DELEGATED OFFICER DECISION

Decision maker:    Head of Housing and Communities
Date of decision:  30 April 2024

Background

The Police, Fire and Crime Commissioner for Ottershire gives each community safety partnership in the county
a grant. The grant for the Hartwell Community Safety Partnership is paid to Hartwell District Council, acting
as accountable body.

Decision

To approve the spending of the grant for 2024/25 as follows:

 Project                          | Delivered by                     | Amount
 ---------------------------------+----------------------------------+--------
 Rural watch marking kits         | Ottershire Rural Crime Team      | £3,500
 Safe space, Hartwell town centre | Hartwell Street Angels           | £6,000
""",
     ("Police, Fire and Crime Commissioner for Ottershire", "Rural watch marking kits", 3500),
     ("Police, Fire and Crime Commissioner for Ottershire", "Safe space, Hartwell town centre", 6000))


# --- a partnership's minutes under its council's name: the partnership gives the rows ------------------------------

case("partnership minutes under the council's name, the grant paid to the council",
     """Source: https://democracy.brackenfield.gov.uk/ieListDocuments.aspx?MId=902

Brackenfield Borough Council

Minutes of the Brackenfield Community Safety Partnership

Date: Tuesday 5 March 2024

4.   Community Safety Grant 2024/25

Ravi Castellano reported that the Police and Crime Commissioner for Ravenshire had allocated £30,000 to the
Partnership for 2024/25. The grant is paid to Brackenfield Borough Council, which acts as the accountable body.

The proposed allocations were tabled:

  Project                              Delivered by                       2024/25
  Summer youth sessions                Brackenfield Youth Club            £18,000
  Shed and garage marking              Brackenfield Neighbourhood Watch   £12,000

RESOLVED - That the allocations be approved.
""",
     ("Police and Crime Commissioner for Ravenshire", "Brackenfield Community Safety Partnership", 30000),
     ("Brackenfield Community Safety Partnership", "Summer youth sessions", 18000),
     ("Brackenfield Community Safety Partnership", "Shed and garage marking", 12000))

case("partnership notes under the council's name, grant held by the council on the partnership's behalf",
     """Ashcombe District Council

Notes of the Safer Ashcombe Partnership, 11 June 2024

5. Grant allocations

The Home Office grant of £13,500 for the Partnership's Safer Streets work is paid to Ashcombe District Council,
as lead authority. The allocations agreed by members were:

  Scheme                               2024/25
  Domestic abuse advocate (part)       £9,000
  Mobile CCTV camera                   £4,500
""",
     ("Home Office", "Safer Ashcombe Partnership", 13500),
     ("Safer Ashcombe Partnership", "Domestic abuse advocate (part)", 9000),
     ("Safer Ashcombe Partnership", "Mobile CCTV camera", 4500))


# --- the neighbouring readings that stay ----------------------------------------------------------------------------

case("council decision on its own grants: the council gives them", """Greyfield District Council

CABINET MEMBER DECISION

Decision maker:   Councillor Tom Ashdown, Cabinet Member for Leisure and Communities
Date:             1 May 2024

The Cabinet Member approves the Council's community grants for 2024/25 from its own revenue budget.

 Organisation                   | Purpose                      | Amount
 -------------------------------+------------------------------+--------
 Greyfield Foodbank             | Winter outreach              | £3,000
 Greyfield Citizens Advice      | Debt advice sessions         | £5,500
""",
     ("Greyfield District Council", "Greyfield Foodbank", 3000),
     ("Greyfield District Council", "Greyfield Citizens Advice", 5500))

case("council decision on grants whose source it does not say: no giver is read",
     """Source: https://moderngov.wrenbury.gov.uk/ieDecisionDetails.aspx?ID=7

Wrenbury Borough Council

Record of decision

Decision maker:   Head of Community Safety
Date:             20 June 2024

Small community safety grants 2024/25

 Applicant                        | Project                          | Award
 ---------------------------------+----------------------------------+--------
 Wrenbury Scouts                  | Bike marking day                 | £750
 Wrenbury Residents Association   | Speed watch equipment            | £1,200
""",
     )  # a decision maker's field says who decides, not whose money it is: the paper does not say (s25 brief)

case("council decision naming two givers of the grants it holds: neither gives the table", """Elmstead Borough Council

EXECUTIVE DECISION NOTICE

Decision maker:   The Executive
Date:             4 September 2024

The Council is the accountable body for a community safety grant from the Police and Crime Commissioner for
Ravenshire and for a Safer Streets grant from the Home Office.

The Executive approved the Council's own community grants for 2024/25:

 Organisation                   | Amount
 -------------------------------+--------
 Elmstead Street Angels         | £2,000
 Elmstead Youth Café            | £2,500
""",
     ("Elmstead Borough Council", "Elmstead Street Angels", 2000),  # the council's own grants: the council's
     ("Elmstead Borough Council", "Elmstead Youth Café", 2500))

case("commissioner's own decision: the commissioner gives the rows", """Police and Crime Commissioner for Ravenshire

Decision Record 2024/031: Community safety grants 2024/25

Decision maker:   Police and Crime Commissioner for Ravenshire
Date:             12 April 2024

Decision: to award the community safety grants below. Each grant is paid to the district council, which acts
as accountable body for its community safety partnership.

| Recipient | Amount |
|---|---|
| Ashby Vale District Council | £31,000 |
| Brackenfield Borough Council | £27,500 |
""",
     ("Ravenshire Police and Crime Commissioner", "Ashby Vale District Council", 31000),
     ("Ravenshire Police and Crime Commissioner", "Brackenfield Borough Council", 27500))

case("council decision on a held grant, and the council's own sum in a sentence of its own", """Foxhill District Council

CABINET MEMBER DECISION

Decision maker:   Councillor Ada Nwosu, Cabinet Member for Safer Communities
Date:             8 July 2024

The grant from the Police and Crime Commissioner for Wealdshire is paid to Foxhill District Council,
which acts as accountable body. Foxhill District Council will also give £5,000 to
Foxhill Mediation Service from its own budget.

The Cabinet Member approves the allocation of the grant as follows:

 Project                          | Delivered by                    | Amount
 ---------------------------------+---------------------------------+--------
 Hate crime reporting centres     | Foxhill Community Network       | £6,000
 Anti-social behaviour caseworker | Foxhill Homes                   | £14,000
""",
     ("Foxhill District Council", "Foxhill Mediation Service", 5000),
     ("Police and Crime Commissioner for Wealdshire", "Hate crime reporting centres", 6000),
     ("Police and Crime Commissioner for Wealdshire", "Anti-social behaviour caseworker", 14000),
     # (no partnership named: the sentence's own reading of the payee stays, CONVENTIONS.md C "not said")
     ("Police and Crime Commissioner for Wealdshire", "Foxhill District Council", None))

case("partnership minutes with no accountable body: the council's name above is not read as holding a grant",
     """Lowmoor Borough Council

Minutes of the Lowmoor Community Safety Partnership, 2 February 2024

6. Partnership budget

The Partnership agreed the following allocations from its own budget:

  Project                          Amount
  Community clear-up days          £2,000
  Youth football nights            £3,500
""",
     ("Lowmoor Community Safety Partnership", "Community clear-up days", 2000),
     ("Lowmoor Community Safety Partnership", "Youth football nights", 3500))


case("council decision on its own fund, with its own fund named over the table", """Brookhurst Borough Council

PORTFOLIO HOLDER DECISION

Decision maker:   Portfolio Holder for Stronger Communities
Date:             6 March 2024

The Police and Crime Commissioner for Wealdshire's community safety grant is paid to Brookhurst Borough
Council, which acts as accountable body for the Brookhurst Community Safety Partnership. The Partnership decides
how it is spent.

The Council's Stronger Communities Fund awards for 2024/25:

 Applicant                        | Award
 ---------------------------------+--------
 Brookhurst Allotment Society     | £1,500
 Brookhurst Lunch Club            | £2,250
""",
     ("Brookhurst Borough Council", "Brookhurst Allotment Society", 1500),
     ("Brookhurst Borough Council", "Brookhurst Lunch Club", 2250),
     ("Police and Crime Commissioner for Wealdshire", "Brookhurst Community Safety Partnership", None))

case("partnership minutes under the council's name, the commissioner's grant shared out in a table",
     """Source: https://democracy.millbrook.gov.uk/ieListDocuments.aspx?MId=4471

Millbrook District Council

Minutes of the Safer Millbrook Partnership

Thursday 18 April 2024, 2.00 pm

3.   Funding

Dana Whitlock said that the Safer Millbrook Partnership had received £24,000 from the Home Office
Safer Streets Fund for 2024/25. The money is held by Millbrook District Council as accountable body.

The planned allocations were noted:

  Scheme                                Delivered by                     Amount
  Alley gating, Brook Street            Millbrook Homes                  £15,000
  Home security visits                  Millbrook Neighbourhood Watch    £9,000
""",
     ("Home Office", "Safer Millbrook Partnership", 24000),
     ("Safer Millbrook Partnership", "Alley gating, Brook Street", 15000),
     ("Safer Millbrook Partnership", "Home security visits", 9000))

case("county council's cabinet member decision, national grant held for the domestic abuse board",
     """Westmoor County Council

Cabinet Member Decision

Decision maker:    Cabinet Member for Adult Social Care
Date:              11 November 2024

The domestic abuse safe accommodation grant from the Ministry of Housing, Communities and Local Government is
paid to Westmoor County Council, which acts as lead authority for the Westmoor Domestic Abuse Local Partnership
Board.

The Cabinet Member approves these awards for 2024/25:

 Service                              | Provider                         | Amount
 -------------------------------------+----------------------------------+---------
 Refuge support                       | Westmoor Women's Refuge          | £88,000
 Sanctuary scheme                     | Westmoor Home Safety Service     | £24,000
""",
     ("Ministry of Housing, Communities and Local Government", "Westmoor Domestic Abuse Local Partnership Board", None),
     ("Ministry of Housing, Communities and Local Government", "Westmoor Women's Refuge", 88000),
     ("Ministry of Housing, Communities and Local Government", "Westmoor Home Safety Service", 24000))

case("cabinet member decision on the council's own fund, named in the lead", """Tamber Valley Borough Council

Record of Cabinet Member Decision

Decision maker:   Cabinet Member for Safer Communities
Date:             14 February 2024

The Cabinet Member approves the following grants from the Council's Safer Neighbourhoods Fund for 2024/25:

| Organisation | Project | Amount |
|---|---|---|
| Tamber Valley Scouts | Litter picks | £800 |
| Tamber Valley Men's Shed | Bird boxes for the park | £650 |
""",
     ("Tamber Valley Borough Council", "Tamber Valley Scouts", 800),
     ("Tamber Valley Borough Council", "Tamber Valley Men's Shed", 650))

case("partnership report published by its council, no grant held: the council's name opens the paper",
     """Ferncliff District Council

Safer Ferncliff Partnership - grants awarded 2024/25

| Recipient | Project | Amount |
|---|---|---|
| Ferncliff Scouts | Bike marking | £900 |
| Ferncliff Bowls Club | Door cameras for members | £1,100 |
""",
     ("Ferncliff District Council", "Ferncliff Scouts", 900),
     ("Ferncliff District Council", "Ferncliff Bowls Club", 1100))

@pytest.mark.parametrize("name", list(CASES))
def test_grid_case(name: str) -> None:
    CASES.check(name)


if __name__ == "__main__":  # python tests/test_extract_held_grant_grid.py prints the grid's score
    CASES.print_score()
