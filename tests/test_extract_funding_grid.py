"""A grid of funding forms, each written for this test in a different council's style and each varying one or two
of the dimensions along which councils write who funds whom: where the funder is named (the title, a heading, an
intro sentence, a column, each row), what the recipient and amount columns are headed, how amounts are written
("£" in the cell or in the head, "k" and "m"), totals rows, wrapped cells, years as column heads, an intro
sentence between a heading and its table, and the prose forms of decision notices, cabinet reports and annual
reports ("awarded", "received ... from", "funded by", "contribution", "match funding"). Each case lists every
(funder, recipient, amount) the text states; a case passes when exactly those are read (a fact without an
amount counts when its funder and recipient are listed). The cases that state no grant (a bid, a spend, a
budget) check that nothing is read. Every council, body and sum here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid

CASES = FundingGrid()
case = CASES.case


# --- tables: where the funder is named -------------------------------------------------------------------------

case("pipe table, funder in the heading", """Ashby Vale District Council
Community Safety Partnership annual report 2024/25

## Grants from the Police and Crime Commissioner for Ravenshire 2024/25

| Recipient | Project | Amount |
|---|---|---|
| Ashby Vale Youth Trust | Detached youth work | £18,000 |
| Ravenshire Victim Care | Repeat victim outreach | £9,500 |
""",
     ("Police and Crime Commissioner for Ravenshire", "Ashby Vale Youth Trust", 18000),
     ("Police and Crime Commissioner for Ravenshire", "Ravenshire Victim Care", 9500))

case("pipe table, intro sentence between the heading and the table", """Ashby Vale District Council
Community Safety Partnership annual report 2024/25

## Grants from the Police and Crime Commissioner for Ravenshire 2024/25

The Partnership agreed the following awards at its meeting in May.

| Recipient | Project | Amount |
|---|---|---|
| Ashby Vale Youth Trust | Detached youth work | £18,000 |
| Ravenshire Victim Care | Repeat victim outreach | £9,500 |
""",
     ("Police and Crime Commissioner for Ravenshire", "Ashby Vale Youth Trust", 18000),
     ("Police and Crime Commissioner for Ravenshire", "Ravenshire Victim Care", 9500))

case("numbered heading, numbered intro paragraph, then the table", """Brackenfield Borough Council
Report to the Community Safety Committee, 12 June 2024

5. Funding from the Home Office

5.1 The table below sets out how the grant was allocated in 2024/25.

| Organisation | Purpose | Allocation |
|---|---|---|
| Brackenfield Women's Refuge | Refuge support workers | £40,000 |
| Brackenfield Mediation Service | Neighbour disputes | £12,250 |
""",
     ("Home Office", "Brackenfield Women's Refuge", 40000),
     ("Home Office", "Brackenfield Mediation Service", 12250))

case("funder in a column of its own", """Corrick City Council
Safer Corrick Partnership Board, 3 October 2024
Item 6: Funding update

| Funder | Recipient | Amount | Period |
|---|---|---|---|
| Home Office | Corrick City Council | £150,000 | 2024/25 |
| Corrick Violence Reduction Unit | Corrick Street Doctors | £22,000 | 2024/25 |
""",
     ("Home Office", "Corrick City Council", 150000),
     ("Corrick Violence Reduction Unit", "Corrick Street Doctors", 22000))

case("funder named in an intro sentence before a table without a heading", """Dunmere District Council
Cabinet, 9 January 2025

The Police and Crime Commissioner for Westmarch has awarded the following grants for 2025/26:

| Provider | Service | Grant |
|---|---|---|
| Dunmere Citizens Advice | Scam prevention advice | £7,800 |
| Westmarch Youth Projects | Evening street outreach | £16,400 |
""",
     ("Police and Crime Commissioner for Westmarch", "Dunmere Citizens Advice", 7800),
     ("Police and Crime Commissioner for Westmarch", "Westmarch Youth Projects", 16400))

case("funder named only in the paper's title", """Home Office Safer Streets Fund: allocations in Eastbridge 2024/25

| Recipient | Scheme | Value |
|---|---|---|
| Eastbridge Borough Council | Alleygating in the Brook ward | £64,000 |
| Eastbridge Housing Trust | Door and window locks | £21,500 |
""",
     ("Home Office", "Eastbridge Borough Council", 64000),
     ("Home Office", "Eastbridge Housing Trust", 21500))

# --- tables: column heads, amounts and separators ------------------------------------------------------------

case("pound sign in the amount head, bare numbers in the cells", """Fellgate Borough Council
Community Safety Partnership grants 2023/24 from the Police and Crime Commissioner for Fellshire

| Organisation | Project | Amount (£) |
|---|---|---|
| Fellgate Boxing Academy | Friday night sessions | 5,000 |
| Fellgate Street Pastors | Night-time economy patrols | 3,200 |
""",
     ("Police and Crime Commissioner for Fellshire", "Fellgate Boxing Academy", 5000),
     ("Police and Crime Commissioner for Fellshire", "Fellgate Street Pastors", 3200))

case("a totals row is no grant", """Garthwick District Council
Small grants awarded by the Garthwick Community Safety Partnership, 2024

| Recipient | Purpose | Award |
|---|---|---|
| Garthwick Scouts | Bike marking events | £1,500 |
| Garthwick Neighbourhood Watch | Window stickers and leaflets | £900 |
| Total | | £2,400 |
""",
     ("Garthwick Community Safety Partnership", "Garthwick Scouts", 1500),
     ("Garthwick Community Safety Partnership", "Garthwick Neighbourhood Watch", 900))

case("a wrapped recipient cell over two lines", """Harrowdale Borough Council
Grants from the Police and Crime Commissioner for Harrowshire, 2024/25

| Recipient | Project | Amount |
|---|---|---|
| Harrowdale Domestic Abuse | Independent domestic violence | £35,000 |
| Service | advisers | |
| Harrowdale Youth Trust | Knife crime workshops | £8,000 |
""",
     ("Police and Crime Commissioner for Harrowshire", "Harrowdale Domestic Abuse Service", 35000),
     ("Police and Crime Commissioner for Harrowshire", "Harrowdale Youth Trust", 8000))

case("a tab-separated table", "Ingleby Borough Council\nReport to Cabinet, 4 March 2025\n\n"
     "Grants from the Ingleby Violence Reduction Unit for 2025/26:\n\n"
     "Recipient\tProject\tAmount\n"
     "Ingleby Sports Trust\tMidnight football\t£11,000\n"
     "Ingleby Family Hub\tParenting support\t£6,750\n",
     ("Ingleby Violence Reduction Unit", "Ingleby Sports Trust", 11000),
     ("Ingleby Violence Reduction Unit", "Ingleby Family Hub", 6750))

case("a table laid out in spaced columns", """Jessop Vale District Council
Annual report of the Jessop Vale Community Safety Partnership 2023/24

Funding received from the Police and Crime Commissioner for Northmoor

   Recipient                          Project                        Amount
   Jessop Vale Mediation              Neighbour disputes             £4,400
   Northmoor Rape Crisis              Counselling                    £13,000
""",
     ("Police and Crime Commissioner for Northmoor", "Jessop Vale Mediation", 4400),
     ("Police and Crime Commissioner for Northmoor", "Northmoor Rape Crisis", 13000))

case("amounts written in thousands and millions", """Kelbrook Metropolitan Borough Council
Report to the Safer Kelbrook Board, 7 November 2024

| Funder | Recipient | Amount |
|---|---|---|
| Ministry of Justice | Kelbrook Victims Hub | £1.2m |
| Kelbrook Violence Reduction Unit | Kelbrook Youth Service | £85k |
""",
     ("Ministry of Justice", "Kelbrook Victims Hub", 1200000),
     ("Kelbrook Violence Reduction Unit", "Kelbrook Youth Service", 85000))

case("years as column heads", """Lowther District Council
Police and Crime Commissioner for Lowshire funding to the Lowther Community Safety Partnership

| Recipient | 2023/24 | 2024/25 |
|---|---|---|
| Lowther Community Safety Partnership | £42,000 | £44,000 |
""",
     ("Police and Crime Commissioner for Lowshire", "Lowther Community Safety Partnership", 42000),
     ("Police and Crime Commissioner for Lowshire", "Lowther Community Safety Partnership", 44000))

case("a pooled budget's contributions table", """Marwick Youth Justice Service
Youth justice plan 2024/25, section 7: resources

The Marwick Youth Justice Service is funded through a pooled budget. Partners' contributions in 2024/25:

| Partner | Contribution |
|---|---|
| Marwick County Council | £620,000 |
| Youth Justice Board | £310,500 |
| Marwick Police | £45,000 |
""",
     ("Marwick County Council", "Marwick Youth Justice Service", 620000),
     ("Youth Justice Board for England and Wales", "Marwick Youth Justice Service", 310500),
     ("Marwick Police", "Marwick Youth Justice Service", 45000))

case("a contributions table headed 'funding body'", """Nettleby Safeguarding Adults Board
Annual report 2023/24: budget

| Funding body | Amount |
|---|---|
| Nettleby City Council | £98,000 |
| Nettleby Integrated Care Board | £54,000 |
| Total | £152,000 |
""",
     ("Nettleby City Council", "Nettleby Safeguarding Adults Board", 98000),
     ("Nettleby Integrated Care Board", "Nettleby Safeguarding Adults Board", 54000))

case("project first, provider column, funding column", """Oakhurst Borough Council
Community Safety Fund projects 2024/25, funded by the Police and Crime Commissioner for Oakshire

| Project | Provider | Funding |
|---|---|---|
| Town centre ASB patrols | Oakhurst Borough Council | £19,000 |
| Youth diversion | Oakhurst Youth Action | £12,500 |
""",
     ("Police and Crime Commissioner for Oakshire", "Oakhurst Borough Council", 19000),
     ("Police and Crime Commissioner for Oakshire", "Oakhurst Youth Action", 12500),
     ("Police and Crime Commissioner for Oakshire", "Community Safety Fund", None))  # a fund is funded too

case("a register with the funder in every row and a period column", """Pelham District Council
Register of community safety grants received

| Date | Grant | Funder | Amount | Period |
|---|---|---|---|---|
| April 2024 | Prevent Duty grant | Home Office | £20,000 | 2024/25 |
| May 2024 | Serious Violence Duty grant | Ministry of Justice | £15,600 | 2024/25 |
""",
     ("Home Office", "Pelham District Council", 20000),
     ("Ministry of Justice", "Pelham District Council", 15600))

# --- prose: decision notices, cabinet reports, annual reports ------------------------------------------------

case("decision notice: to award from a fund", """Quarry Hill Borough Council
Record of decision by the Cabinet Member for Communities, 2 April 2024

Decision: to award £25,000 to Quarry Hill Mediation Service from the Community Safety Fund for 2024/25.
""",
     ("Quarry Hill Borough Council", "Quarry Hill Mediation Service", 25000))

case("cabinet report: the commissioner has allocated to the council", """Redmarsh District Council
Report to Cabinet, 16 May 2024

2.1 The Police and Crime Commissioner for Redshire has allocated £45,000 to Redmarsh District Council for
community safety work in 2024/25.
""",
     ("Police and Crime Commissioner for Redshire", "Redmarsh District Council", 45000))

case("cabinet report: the council is recommended to accept a grant", """Saltby Borough Council
Report to the Executive, 5 September 2024

Recommendation: that the Executive accepts the grant of £58,000 from the Home Office for 2024/25.
""",
     ("Home Office", "Saltby Borough Council", 58000))

case("annual report: received from", """Tarnside Community Safety Partnership
Annual report 2023/24

Funding
The Tarnside Community Safety Partnership received £96,000 from the Police and Crime Commissioner for Tarnshire in
2023/24.
""",
     ("Police and Crime Commissioner for Tarnshire", "Tarnside Community Safety Partnership", 96000))

case("annual report: a received sum and its shares", """Tarnside Community Safety Partnership
Annual report 2023/24

The Tarnside Community Safety Partnership received £96,000 from the Police and Crime Commissioner for Tarnshire in
2023/24. Of this, £30,000 went to Tarnside Women's Aid and £12,000 to Tarnside Youth Trust.
""",
     ("Police and Crime Commissioner for Tarnshire", "Tarnside Community Safety Partnership", 96000),
     ("Tarnside Community Safety Partnership", "Tarnside Women's Aid", 30000),
     ("Tarnside Community Safety Partnership", "Tarnside Youth Trust", 12000))

case("funded by, no amount", """Upwell Borough Council
Channel Panel terms of reference

The Upwell Prevent Coordinator post is funded by the Home Office.
""",
     ("Home Office", "Upwell Prevent Coordinator", None))

case("a grant of, to, for", """Vexley District Council
Report to the Community Safety Partnership, 1 July 2024

The Ministry of Justice has made a grant of £32,000 to Vexley Women's Centre for 2024/25.
""",
     ("Ministry of Justice", "Vexley Women's Centre", 32000))

case("passive: was awarded to, by", """Wendham City Council
Annual community safety report 2024

£14,500 was awarded to Wendham Street Pastors by the Wendham Community Safety Partnership.
""",
     ("Wendham Community Safety Partnership", "Wendham Street Pastors", 14500))

case("contributes to a pooled budget", """Yarrow County Council
Report to the Health and Wellbeing Board, 8 February 2024

The Police and Crime Commissioner for Yarrowshire contributes £80,000 a year to the Yarrow Drug and Alcohol
Partnership pooled budget.
""",
     ("Police and Crime Commissioner for Yarrowshire", "Yarrow Drug and Alcohol Partnership", 80000))

case("match funding from two funders", """Zennor Borough Council
Report to Cabinet, 11 December 2024

The Zennor CCTV upgrade is match funded: £50,000 from the Home Office and £50,000 from Zennor Borough Council.
""",
     ("Home Office", "Zennor CCTV upgrade", 50000),
     ("Zennor Borough Council", "Zennor CCTV upgrade", 50000))

case("provides with a sum a year", """Abbotsley District Council
Domestic Abuse Local Partnership Board, 14 March 2024

The Abbotsley Integrated Care Board provides Abbotsley Women's Refuge with £27,000 a year.
""",
     ("Abbotsley Integrated Care Board", "Abbotsley Women's Refuge", 27000))

case("funding of, from, supports", """Barnholt Borough Council
Report to the Overview and Scrutiny Committee, 22 October 2024

Funding of £66,000 from the Barnholt Violence Reduction Unit supports the Barnholt Youth Service.
""",
     ("Barnholt Violence Reduction Unit", "Barnholt Youth Service", 66000))

case("has agreed to fund at a sum", """Cawood District Council
Cabinet, 30 January 2025

The Police and Crime Commissioner for Cawshire has agreed to fund Cawood Victim Support at £21,000 for 2025/26.
""",
     ("Police and Crime Commissioner for Cawshire", "Cawood Victim Support", 21000))

case("an acronym for the funder, defined earlier", """Dalby City Council
Report to the Safer Dalby Partnership, 6 June 2024

1.1 The Dalby Violence Reduction Unit (DVRU) leads the serious violence work. In 2024/25 the DVRU has awarded
£48,000 to Dalby Boxing Club for its youth mentoring programme.
""",
     ("Dalby Violence Reduction Unit", "Dalby Boxing Club", 48000))

# --- what is not a grant ---------------------------------------------------------------------------------------

case("a bid is not a grant", """Elstow Borough Council
Report to Cabinet, 3 July 2024

The Council has submitted a bid of £120,000 to the Home Office Safer Streets Fund; the outcome is expected in
September.
""")

case("a spend, a budget and a saving are not grants", """Farnley District Council
Community safety budget 2024/25

The community safety budget for 2024/25 is £210,000. The Council spent £35,000 on CCTV maintenance in 2023/24 and
must save £12,000 next year.
""")

case("a totals-only table of spend is not a grant", """Gosforth Borough Council
Community safety spend 2023/24

| Service | Spend |
|---|---|
| CCTV | £80,000 |
| Community wardens | £140,000 |
| Total | £220,000 |
""")

# --- more variants: heads, wrapping and the funder's place ----------------------------------------------------

case("plain-capitals heading naming the grant and its funder, 'Amount awarded' head", """Harwood Borough Council
Cabinet report, 12 February 2025

APPENDIX A: ALLOCATION OF THE HOME OFFICE SERIOUS VIOLENCE DUTY GRANT

| Organisation | Activity | Amount awarded |
|---|---|---|
| Harwood Youth Trust | Mentoring | £14,000 |
| Harwood Boxing Club | Evening sessions | £6,000 |
""",
     ("Home Office", "Harwood Youth Trust", 14000),
     ("Home Office", "Harwood Boxing Club", 6000))

case("years as heads with a pound sign, several recipients", """Ickford District Council
Police and Crime Commissioner for Ickshire: community safety grants

| Organisation | 2024/25 (£) | 2025/26 (£) |
|---|---|---|
| Ickford Community Safety Partnership | 40,000 | 41,000 |
| Ickford Women's Aid | 12,000 | 12,500 |
""",
     ("Police and Crime Commissioner for Ickshire", "Ickford Community Safety Partnership", 40000),
     ("Police and Crime Commissioner for Ickshire", "Ickford Community Safety Partnership", 41000),
     ("Police and Crime Commissioner for Ickshire", "Ickford Women's Aid", 12000),
     ("Police and Crime Commissioner for Ickshire", "Ickford Women's Aid", 12500))

case("a wrapped funder cell in a contributions table", """Jarrow Vale Youth Offending Service
Partner contributions to the pooled budget, 2024/25

| Partner | Contribution |
|---|---|
| Jarrow Vale Metropolitan Borough | £540,000 |
| Council | |
| Police and Crime Commissioner for | £38,000 |
| Jarrowshire | |
""",
     # (the eval convention: a pooled budget paid into is the recipient)
     ("Jarrow Vale Metropolitan Borough Council", "The pooled budget", 540000),
     ("Police and Crime Commissioner for Jarrowshire", "The pooled budget", 38000))

case("a table whose amount column comes first", """Kirkham Borough Council
Safer Kirkham Partnership: grants from the Kirkham Violence Reduction Unit 2024/25

| Amount | Recipient | Purpose |
|---|---|---|
| £9,000 | Kirkham Street Pastors | Night-time patrols |
| £17,250 | Kirkham Youth Zone | Holiday programme |
""",
     ("Kirkham Violence Reduction Unit", "Kirkham Street Pastors", 9000),
     ("Kirkham Violence Reduction Unit", "Kirkham Youth Zone", 17250))

case("a table with a Funder column and the recipient as the paper's own council", """Larkfield District Council
Community safety funding received in 2024/25

| Funder | Grant | Amount |
|---|---|---|
| Home Office | Prevent Duty grant | £18,000 |
| Police and Crime Commissioner for Larkshire | Community Safety Fund | £35,500 |
""",
     ("Home Office", "Larkfield District Council", 18000),
     ("Police and Crime Commissioner for Larkshire", "Larkfield District Council", 35500))

# --- more prose ------------------------------------------------------------------------------------------------

case("has been awarded, by", """Melbury Borough Council
Report to the Community Safety Partnership, 9 September 2024

Melbury Women's Refuge has been awarded £28,000 by the Ministry of Justice for 2024/25.
""",
     ("Ministry of Justice", "Melbury Women's Refuge", 28000))

case("the Council has been allocated by", """Newbold District Council
Report to Cabinet, 13 June 2024

3.2 The Council has been allocated £52,000 by the Police and Crime Commissioner for Newshire for 2024/25.
""",
     ("Police and Crime Commissioner for Newshire", "Newbold District Council", 52000))

case("will receive from a named fund", """Orton City Council
Report to the Safer Orton Board, 4 April 2024

Orton Youth Service will receive £36,000 from the Orton Violence Reduction Unit's prevention fund in 2024/25.
""",
     ("Orton Violence Reduction Unit", "Orton Youth Service", 36000))

case("jointly funded by two bodies, no amounts", """Pensby Borough Council
Domestic Abuse Partnership Board terms of reference

The Pensby Domestic Abuse Coordinator post is jointly funded by Pensby Borough Council and the Pensby Integrated
Care Board.
""",
     ("Pensby Borough Council", "Pensby Domestic Abuse Coordinator", None),
     ("Pensby Integrated Care Board", "Pensby Domestic Abuse Coordinator", None))

case("funded by two bodies with each sum in brackets", """Quenby District Council
Report to Cabinet, 2 October 2024

The Quenby Night Safe scheme is funded by the Home Office (£24,000) and Quenby District Council (£8,000).
""",
     ("Home Office", "Quenby Night Safe", 24000),
     ("Quenby District Council", "Quenby Night Safe", 8000))

case("has confirmed an allocation of, to", """Rowley Borough Council
Safer Rowley Partnership minutes, 21 March 2024

The Police and Crime Commissioner for Rowshire has confirmed an allocation of £61,000 to the Safer Rowley
Partnership for 2024/25.
""",
     ("Police and Crime Commissioner for Rowshire", "Safer Rowley Partnership", 61000))

case("has committed towards", """Stanton City Council
Report to the Health and Wellbeing Board, 15 July 2024

The Stanton Integrated Care Board has committed £75,000 towards the Stanton Drug and Alcohol Service.
""",
     ("Stanton Integrated Care Board", "Stanton Drug and Alcohol Service", 75000))

case("an unsuccessful application is not a grant", """Thornby District Council
Report to Cabinet, 6 November 2024

The Council's application for £90,000 from the Home Office was unsuccessful.
""")

case("an underspend carried forward is not a grant", """Ulverby Borough Council
Community Safety Partnership, 5 March 2025

An underspend of £7,400 will be carried forward to 2025/26.
""")

# --- funders written with a note, a stream or a possessive -----------------------------------------------------

case("funder cells with a bracketed note or a stream's name, the partnership the receiver",
     """Safer Vinstead Partnership
Annual report 2023/24

Funding received in 2023/24

| Funder | Project | Amount |
|---|---|---|
| Police and Crime Commissioner for Vinshire (Community Safety Fund) | Summer patrols | £21,000 |
| Vinstead County Council (Public Health) | Street drinking outreach | £14,250 |
| Home Office Safer Streets Round 4 | Alley lighting | £96,000 |
""",
     ("Police and Crime Commissioner for Vinshire", "Safer Vinstead Partnership", 21000),
     ("Vinstead County Council", "Safer Vinstead Partnership", 14250),
     ("Home Office", "Safer Vinstead Partnership", 96000))

case("a possessive funder in the heading", """Wexcombe Borough Council
Report to the Executive, 10 April 2024

The Police and Crime Commissioner for Wexshire's community safety grant 2024/25

| Project | Provider | Amount |
|---|---|---|
| Town centre patrols | Wexcombe Borough Council | £17,000 |
| Youth diversion | Wexcombe Youth Action | £9,600 |
""",
     ("Police and Crime Commissioner for Wexshire", "Wexcombe Borough Council", 17000),
     ("Police and Crime Commissioner for Wexshire", "Wexcombe Youth Action", 9600))

case("received a sum of a national body's named grant", """Yelverton City Council
Domestic Abuse Local Partnership Board, 2 May 2024

Yelverton Women's Aid reported a busy year. Yelverton City Council has also received £140,000 of Ministry of
Housing, Communities and Local Government Safe Accommodation Grant for refuge provision in 2024/25.
""",
     ("Ministry of Housing, Communities and Local Government", "Yelverton City Council", 140000))

case("pays a named grant to a council as accountable body", """Zelby District Council
Community Safety Partnership, 15 January 2025

The Police and Crime Commissioner for Zelshire pays a Community Safety Grant of £36,000 to Zelby District Council
as accountable body for the Zelby Community Safety Partnership.
""",
     # the sum is the partnership's the council holds it for, even when "paid to" the council (CONVENTIONS.md C)
     ("Police and Crime Commissioner for Zelshire", "Zelby Community Safety Partnership", 36000))

case("recommendations: the taker named in the lead-in, the grant in an item", """Ambleside Vale Borough Council
Report to Cabinet, 20 March 2025

2. Recommendations
That Cabinet:
(a) notes the work of the Safer Ambleside Partnership in 2024/25;
(b) accepts the Serious Violence Duty grant of £27,500 from the Home Office for 2025/26;
(c) approves the spending plan in Appendix A.
""",
     ("Home Office", "Ambleside Vale Borough Council", 27500))

case("an appendix table captioned by a stream's initials, spelt out with its owner earlier", """Brindle City Council
Report to Cabinet, 8 May 2025

1. Purpose
1.1 To agree how the Council spends the Serious Violence Fund (SVF) awarded by the Home Office for 2025/26.

APPENDIX A - SVF 2025/26 allocations

| Project / provider | Priority | Amount |
|---|---|---|
| Brindle Youth Mentoring Trust | Serious violence | £64,000 |
| Brindle Street Doctors | Serious violence | £23,000 |
""",
     ("Home Office", "Brindle Youth Mentoring Trust", 64000),
     ("Home Office", "Brindle Street Doctors", 23000))

# --- a second batch, written after the fixes above, to see whether they hold on forms not yet read --------------

case("tab table, funder column, recipient column, year column, totals row", "Calder Fell District Council\n"
     "Community Safety Partnership, 4 June 2024\n\nExternal funding 2024/25\n\n"
     "Funder\tRecipient\tYear\tAmount\n"
     "Home Office\tCalder Fell District Council\t2024/25\t£31,000\n"
     "Calder Violence Reduction Unit\tCalder Fell Youth Club\t2024/25\t£8,400\n"
     "Total\t\t\t£39,400\n",
     ("Home Office", "Calder Fell District Council", 31000),
     ("Calder Violence Reduction Unit", "Calder Fell Youth Club", 8400))

case("heading with the commissioner's initials, spelt out in the title", """Dunholme Borough Council
Report on the Police and Crime Commissioner for Dunshire (PCC) community safety grant

PCC grant allocations 2024/25

| Recipient | Amount |
|---|---|
| Dunholme Borough Council | £29,000 |
| Dunholme Women's Refuge | £11,500 |
""",
     ("Police and Crime Commissioner for Dunshire", "Dunholme Borough Council", 29000),
     ("Police and Crime Commissioner for Dunshire", "Dunholme Women's Refuge", 11500))

case("prose: X has awarded Y a sum", """Eskdale City Council
Safer Eskdale Board, 18 September 2024

The Eskdale Violence Reduction Unit has awarded Eskdale Boxing Academy £12,000 for its summer programme.
""",
     ("Eskdale Violence Reduction Unit", "Eskdale Boxing Academy", 12000))

case("prose: a sum allocated to two bodies in one sentence", """Fenwick District Council
Report to Cabinet, 9 October 2024

The Police and Crime Commissioner for Fenshire has allocated £20,000 to Fenwick Mediation and £15,000 to Fenwick
Street Angels for 2024/25.
""",
     ("Police and Crime Commissioner for Fenshire", "Fenwick Mediation", 20000),
     ("Police and Crime Commissioner for Fenshire", "Fenwick Street Angels", 15000))

case("prose: a grant from, to, in a numbered paragraph with the year first", """Glendale Borough Council
Community Safety Partnership annual report

4.2 In 2023/24 a grant of £44,000 from the Ministry of Justice to Glendale Victim Support paid for two
caseworkers.
""",
     ("Ministry of Justice", "Glendale Victim Support", 44000))

case("bullets: sums to bodies under a lead-in naming the giver", """Hartsop Borough Council
Safer Hartsop Partnership, 12 December 2024

The Police and Crime Commissioner for Hartshire has made the following awards for 2025/26:
- Hartsop Youth Trust: £16,000
- Hartsop Women's Aid: £22,500
""",
     ("Police and Crime Commissioner for Hartshire", "Hartsop Youth Trust", 16000),
     ("Police and Crime Commissioner for Hartshire", "Hartsop Women's Aid", 22500))

case("a contributions paragraph: each partner contributes a sum to the partnership",
     """Irton Community Safety Partnership
Terms of reference 2024

9. Budget
Irton Borough Council contributes £25,000 and the Police and Crime Commissioner for Irtonshire contributes £40,000
to the Irton Community Safety Partnership each year.
""",
     ("Irton Borough Council", "Irton Community Safety Partnership", 25000),
     ("Police and Crime Commissioner for Irtonshire", "Irton Community Safety Partnership", 40000))

case("an amount in thousands under a '£000' head is not read at face value", """Jura Vale County Council
Report to Cabinet, 6 February 2025

| Funder | Recipient | £000 |
|---|---|---|
| Home Office | Jura Vale County Council | 150 |
""")

case("a forecast next year is still a stated grant, this year's read with it", """Keld District Council
Report to Cabinet, 5 March 2025

The Police and Crime Commissioner for Keldshire will provide £33,000 to Keld Community Safety Partnership in
2025/26.
""",
     ("Police and Crime Commissioner for Keldshire", "Keld Community Safety Partnership", 33000))

case("money a council spends on a service it runs is no grant to itself", """Lorton Borough Council
Community safety budget report, 2024

Lorton Borough Council spends £60,000 a year on its CCTV control room.
""")

# --- a third batch: shares, bracketed sums after a stream, "in" a stream ----------------------------------------

case("a confirmed allocation, of which a share supports a service", """Mardale Borough Council
Domestic Abuse Partnership Board, 11 July 2024

The Police and Crime Commissioner for Mardshire had confirmed the borough's Community Safety Fund allocation for
2024/25, of which £52,000 supports the Mardale Domestic Abuse Advocacy Service.
""",
     ("Police and Crime Commissioner for Mardshire", "Mardale Domestic Abuse Advocacy Service", 52000))

case("funded by a national body's named grant, the sum in brackets", """Naddle City Council
Prevent Partnership Board terms of reference

The Naddle Prevent team is funded by the Home Office Prevent grant (£150,000 for 2024/25).
""",
     ("Home Office", "Naddle Prevent team", 150000))

case("received a sum in a named grant from a department", """Orrest District Council
Report to the Community Safety Partnership, 3 October 2024

The Council received £410,000 in Safe Accommodation grant from the Ministry of Housing, Communities and Local
Government for 2024/25.
""",
     ("Ministry of Housing, Communities and Local Government", "Orrest District Council", 410000))

case("minutes: reported speech before the giver, then a share", """Pooley District Council
Community Safety Partnership minutes, 5 June 2024

6. Funding
Ms Okoro reported that the Police and Crime Commissioner for Poolshire had confirmed the district's grant for
2024/25, of which £18,500 supports the Pooley Victim Support service.
""",
     ("Police and Crime Commissioner for Poolshire", "Pooley Victim Support service", 18500))

case("an aside between the funded body and 'is funded by'", """Quernmore Borough Council
Prevent Partnership terms of reference

3.2 The Quernmore Prevent team, including the Prevent Coordinator and an education officer, is funded by the
Home Office (£96,000 for 2024/25).
""",
     ("Home Office", "Quernmore Prevent team", 96000))

case("a possessive funder for a place, the grant's name capitalised", """Ryedale Vale District Council
Report to the Executive, 14 May 2024

The Police and Crime Commissioner for Ryeshire's Community Safety Partnership Grant 2024/25

| Project | Provider | Amount |
|---|---|---|
| Market town patrols | Ryedale Vale District Council | £13,000 |
| Fire setting diversion | Ryeshire Fire and Rescue Service | £4,800 |
""",
     ("Police and Crime Commissioner for Ryeshire", "Ryedale Vale District Council", 13000),
     ("Police and Crime Commissioner for Ryeshire", "Ryeshire Fire and Rescue Service", 4800))


@pytest.mark.parametrize("name", list(CASES))
def test_grid_case(name: str) -> None:
    CASES.check(name)


if __name__ == "__main__":  # python tests/test_extract_funding_grid.py prints the grid's score
    CASES.print_score()
