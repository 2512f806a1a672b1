"""Who gives the money of a table's rows: one decision per table (funding.table_funder), by the evidence in a fixed
order of strength, tried on a grid of invented papers, each in a different council's layout.

1. A head naming a funder over each amount column ("Project | Delivered by | PCC grant | Council"): each
   column's sums are that funder's, row by row; a "Totals" row funds nothing.
2. The caption or the sentence that introduces the table ("Projects funded by the Partnership", "The Partnership
   recommended the allocation in the table below", "The allocation agreed at the May meeting was as follows:",
   "The Commissioner has awarded the following grants:"): its giver funds every row, whoever decides the paper
   (a council's executive approves what the partnership allocates) and whatever an earlier table's caption says.
3. The paper's own grant-giving body, when the paper is its grant decision ("Decision maker: Police and Crime
   Commissioner" over "Recipient | Purpose | Amount").
4. Not said: a table of costs no one is said to give adds no funds fact.

The neighbouring readings stay: year columns ("2024/25 | 2025/26") are one funder's grants a year, a "Funder"
column names each row's own funder. Each case lists every (funder, recipient, amount) the text states; a case
passes when exactly those are read (a fact without an amount counts when its funder and recipient are listed).
Every person, body, place and sum here is invented, except the national bodies."""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid

CASES = FundingGrid()
case = CASES.case


# --- 1. a funder per amount column -----------------------------------------------------------------------------

case("per-funder amount columns, commissioner's grant and the council's, with a Totals row",
     """BRACKENFORD BOROUGH COUNCIL

RECORD OF EXECUTIVE DECISION

Decision maker:          Executive
Date of decision:        3 June 2024

1.  FUNDING AVAILABLE
1.1  The Police and Crime Commissioner for Brackenshire has confirmed a grant of £30,000 to the Brackenford
     Community Safety Partnership for 2024/25.

2.  PROPOSED ALLOCATIONS 2024/25

  Project                               | Delivered by                         | PCC grant  | Council
  --------------------------------------|--------------------------------------|------------|--------
  Street lighting survey                | Brackenford Borough Council          |  £12,000   | £5,000
  Youth boxing club                     | Brackenford Youth Trust              |  £18,000   |    -
  --------------------------------------|--------------------------------------|------------|--------
  Totals                                |                                      |  £30,000   | £5,000
""",
     ("Police and Crime Commissioner for Brackenshire", "Brackenford Community Safety Partnership", 30000),
     ("Police and Crime Commissioner for Brackenshire", "Street lighting survey", 12000),
     ("Police and Crime Commissioner for Brackenshire", "Youth boxing club", 18000),
     ("Brackenford Borough Council", "Street lighting survey", 5000))

case("per-funder amount columns headed by national bodies, pipe table", """Fallowmere Community Safety Partnership
Annual report 2024/25

4. What the money paid for

| Project | Home Office | Ministry of Justice |
|---|---|---|
| Knife crime awareness in schools | £9,500 | £2,000 |
| Victim support drop-in | £4,000 | £6,500 |
""",
     ("Home Office", "Knife crime awareness in schools", 9500),
     ("Ministry of Justice", "Knife crime awareness in schools", 2000),
     ("Home Office", "Victim support drop-in", 4000),
     ("Ministry of Justice", "Victim support drop-in", 6500))

case("year columns stay one funder's grants a year (neighbour)", """Police and Crime Commissioner for Wendleshire

Decision 2025/09: community safety grants

The Commissioner has agreed the following allocations:

  Recipient                                  2024/25     2025/26
  Wendlebury Community Safety Partnership    £40,000     £41,000
  Harrowfield Community Safety Partnership   £22,000     £23,500
""",
     ("Wendleshire Police and Crime Commissioner", "Wendlebury Community Safety Partnership", 40000),
     ("Wendleshire Police and Crime Commissioner", "Wendlebury Community Safety Partnership", 41000),
     ("Wendleshire Police and Crime Commissioner", "Harrowfield Community Safety Partnership", 22000),
     ("Wendleshire Police and Crime Commissioner", "Harrowfield Community Safety Partnership", 23500))

case("a funder column names each row's funder (neighbour)", """Tarnmouth Safer Communities Partnership
Board paper, 12 March 2025

5. Funding received in 2024/25

| Funder | Recipient | Amount |
|---|---|---|
| Home Office | Tarnmouth Safer Communities Partnership | £18,000 |
| Tarnmouth District Council | Tarnmouth Safer Communities Partnership | £25,000 |
""",
     ("Home Office", "Tarnmouth Safer Communities Partnership", 18000),
     ("Tarnmouth District Council", "Tarnmouth Safer Communities Partnership", 25000))


# --- 2. the caption or the sentence introducing the table -------------------------------------------------------

case("the partnership recommended the allocation, in a council executive's decision", """Coldharbour Borough Council

RECORD OF EXECUTIVE DECISION

Decision title:     Coldharbour Community Safety Partnership - allocation of the community safety grant
Decision maker:     Executive
Date of decision:   14 July 2023

1. Summary

1.1 This decision approves how the Coldharbour Community Safety Partnership will use its grant for 2023/24.

2. Proposed allocation

2.1 The Partnership met on 3 July 2023 and recommended the allocation in the table below.

  Project / service                    | Delivered by                      | 2023/24
  -------------------------------------+-----------------------------------+----------
  Night-time economy marshals          | Coldharbour Town Centre Trust     | £9,000
  Domestic abuse outreach              | Harbour Women's Aid               | £7,500
""",
     ("Coldharbour Community Safety Partnership", "Night-time economy marshals", 9000),
     ("Coldharbour Community Safety Partnership", "Domestic abuse outreach", 7500))

case("the board agreed the grants set out below, a cabinet member's decision", """Ravensby City Council
Cabinet Member decision record

Decision maker: Cabinet Member for Communities
Date: 2 February 2025

3. The Safer Ravensby Board has agreed the grants set out below.

Project                         Provider                       Amount
Hate crime reporting centres    Ravensby Equality Forum        £6,200
Street pastors                  Ravensby Churches Together     £4,800
""",
     ("Safer Ravensby Board", "Ravensby Equality Forum", 6200),
     ("Safer Ravensby Board", "Ravensby Churches Together", 4800))

case("an earlier table's caption names no funder of the next one", """Police and Crime Commissioner for Marlshire
Grants register, Tollbridge district, September 2024

Table 1: Allocation to the Partnership

  Funder                        | Recipient                       | Period  | Amount
  ------------------------------+---------------------------------+---------+---------
  Marlshire Police and Crime    | Tollbridge Community Safety     | 2024/25 | £44,000
  Commissioner                  | Partnership                     |         |

Table 2: Projects funded by the Partnership, 2024/25

  Ref    | Project                         | Amount
  -------+---------------------------------+---------
  TB-01  | Rural crime trail cameras       | £6,300
  TB-02  | Youth diversion football        | £5,100
""",
     ("Marlshire Police and Crime Commissioner", "Tollbridge Community Safety Partnership", 44000),
     ("Tollbridge Community Safety Partnership", "Rural crime trail cameras", 6300),
     ("Tollbridge Community Safety Partnership", "Youth diversion football", 5100))

case("the allocation agreed at a meeting, in a partnership's minutes under its council's banner",
     """Borough Council of Eastwick and Fenn

Eastwick Community Safety Partnership
Minutes of the meeting held on 12 October 2023

6   COMMUNITY SAFETY FUND 2023/24

Priya Anand confirmed that the Fennshire Police and Crime Commissioner has awarded £21,000 to the Eastwick
Community Safety Partnership for 2023/24. The allocation agreed at the July meeting was as follows:

  Project                              Lead                      2023/24
  ------------------------------------ ------------------------- --------
  Town centre street marshals          Eastwick Marshals CIC     £13,000
  Youth outreach van                   Fenn Youth Trust          £8,000
""",
     ("Fennshire Police and Crime Commissioner", "Eastwick Community Safety Partnership", 21000),
     ("Eastwick Community Safety Partnership", "Town centre street marshals", 13000),
     ("Eastwick Community Safety Partnership", "Youth outreach van", 8000))

case("the commissioner has awarded the following grants, in a council report", """Southmoor District Council
Report to the Overview and Scrutiny Committee, 9 May 2024

5. Grants

5.1 The Southmoorshire Police and Crime Commissioner has awarded the following grants:

Recipient                                  Amount
Southmoor Women's Refuge                   £15,000
Southmoor Youth Action                     £8,000
""",
     ("Southmoorshire Police and Crime Commissioner", "Southmoor Women's Refuge", 15000),
     ("Southmoorshire Police and Crime Commissioner", "Southmoor Youth Action", 8000))

case("a caption naming the grants' giver after 'awarded by'", """Haverleigh Safer Streets Partnership
Progress report, January 2025

Table 3: Grants awarded by the Home Office, 2024/25

| Recipient | Amount |
|---|---|
| Haverleigh Borough Council | £52,000 |
| Haverleigh Neighbourhood Watch Association | £3,500 |
""",
     ("Home Office", "Haverleigh Borough Council", 52000),
     ("Home Office", "Haverleigh Neighbourhood Watch Association", 3500))

case("an 'X-funded projects' lead", """Pellow Community Safety Partnership
Strategic group notes, 4 April 2024

The following Home Office-funded projects were noted:

Project                          Amount
Safe space in Pellow Square      £11,000
Night bus patrol                 £4,400
""",
     ("Home Office", "Safe space in Pellow Square", 11000),
     ("Home Office", "Night bus patrol", 4400))


# --- 3. the paper's own grant-giving body -------------------------------------------------------------------------

case("a commissioner's grant decision, a recipients table under a plain heading",
     """Office of the Police and Crime Commissioner for Gorseshire

RECORD OF DECISION

Decision maker:    Police and Crime Commissioner
Date:              1 April 2025

3. ALLOCATIONS FOR 2025/26

 Recipient                        Purpose                            Amount
 -------------------------------  ---------------------------------  ---------
 Gorsebury CSP                    Local community safety priorities  £36,000
 Linthwaite CSP                   Town centre patrols                £28,500
""",
     ("Gorseshire Police and Crime Commissioner", "Gorsebury Community Safety Partnership", 36000),
     ("Gorseshire Police and Crime Commissioner", "Linthwaite Community Safety Partnership", 28500))

case("a commissioner's decision whose lead-in names the approving partnership instead",
     """Police and Crime Commissioner for Quillshire
Decision notice 2024/31

Decision maker: Police and Crime Commissioner

2. The Quillbridge Community Safety Partnership has agreed the following allocations of its grant:

Project                              Amount
Shopwatch radios                     £3,200
Knife amnesty bins                   £1,900
""",
     ("Quillbridge Community Safety Partnership", "Shopwatch radios", 3200),
     ("Quillbridge Community Safety Partnership", "Knife amnesty bins", 1900))


# --- 4. not said --------------------------------------------------------------------------------------------------

case("a table of costs no one is said to give", """Orrington Community Safety Partnership
Delivery plan 2024/25

3. Our projects

Project                          Lead                          Cost
Neighbourhood clean-up days      Orrington Housing             £2,500
Cyber crime talks                Orrington Library Service     £900
""")

case("a table of bids made, not grants given", """Wexcombe Community Safety Partnership
Minutes, 6 March 2025

4. Bids

Project                          Bid
Park lighting                    £14,000
Street pastors van               £6,000
""")

case("per-funder columns headed by the givers' contributions", """Northcote Shared Community Safety Team
Joint committee report, 2 December 2024

3. Funding 2025/26

Project                    | Northcote Council contribution | Stenby Council contribution
---------------------------|--------------------------------|----------------------------
Shared team officer        | £21,000                        | £14,000
ASB case review panel      | £3,000                         | £2,000
""",
     ("Northcote Council", "Shared team officer", 21000),
     ("Stenby Council", "Shared team officer", 14000),
     ("Northcote Council", "ASB case review panel", 3000),
     ("Stenby Council", "ASB case review panel", 2000))

case("a grants panel approves for the partnership whose paper it is", """Ashcombe Community Safety Partnership
Annual report 2023/24

6. Small grants

The following grants were approved by the Small Grants Panel:

Organisation                       Award
Ashcombe Scouts                    £1,200
Ashcombe Street Angels             £2,300
""",
     ("Ashcombe Community Safety Partnership", "Ashcombe Scouts", 1200),
     ("Ashcombe Community Safety Partnership", "Ashcombe Street Angels", 2300))

case("grants from a commissioner's fund, the paragraph ending on the table", """Marrowby Borough Council
Report to Cabinet, 16 January 2025

4. Community grants

4.1 The Wyeshire Police and Crime Commissioner provides a Safer Villages Grant to local groups. The grants for
2024/25 were:

Group                              Amount
Marrowby Village Hall Trust        £2,000
Upper Marrow Speedwatch            £1,500
""",
     ("Wyeshire Police and Crime Commissioner", "Marrowby Village Hall Trust", 2000),
     ("Wyeshire Police and Crime Commissioner", "Upper Marrow Speedwatch", 1500))

case("the CSP allocated a grant read just above, minutes", """Sedgemere Community Safety Partnership
Minutes of the meeting held on 8 November 2019

5. Community safety grant
The Chair reported that the Police and Crime Commissioner for Sedgeshire had awarded the CSP £12,000 for 2019/20.
The CSP had allocated it as follows:

  Project                              Amount
  Taxi marshals                        £7,000
  Alcohol awareness                    £5,000
""",
     ("Police and Crime Commissioner for Sedgeshire", "Sedgemere Community Safety Partnership", 12000),
     ("Sedgemere Community Safety Partnership", "Taxi marshals", 7000),
     ("Sedgemere Community Safety Partnership", "Alcohol awareness", 5000))

case("members agreed how the grant awarded just above should be split", """Safer Oldcastle Partnership
Minutes of the Strategic Board, 20 June 2024

4.   COMMISSIONER FUNDING 2024/25

Ruth Adeyemi reported that the Police and Crime Commissioner for Oldshire had awarded the Partnership £20,000 for
2024/25, with Oldcastle City Council acting as accountable body. Members agreed how the grant should be split:

   Project                                                           2024/25
   Hot-spot patrols, market square                                    £12,000
   Retail crime radio scheme                                          £8,000
""",
     # (the council acting as accountable body holds the grant; it is not its recipient: CONVENTIONS.md C)
     ("Police and Crime Commissioner for Oldshire", "Safer Oldcastle Partnership", 20000),
     ("Safer Oldcastle Partnership", "Hot-spot patrols, market square", 12000),
     ("Safer Oldcastle Partnership", "Retail crime radio scheme", 8000))


@pytest.mark.parametrize("name", list(CASES))
def test_grid_case(name: str) -> None:
    CASES.check(name)


if __name__ == "__main__":  # python tests/test_table_funder_frame.py prints the grid's score
    CASES.print_score()
