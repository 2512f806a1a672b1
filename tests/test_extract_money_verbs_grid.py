"""A grid of money said without "funds": a body adds, contributes or puts in a sum after the paragraph has described
a grant (the sum joins that grant's recipient), a body "is funding" a thing "at" a sum, and a sum "is allocated" or
"earmarked" to a thing (given by the body named after "by", else spent by the recipient of the grant the paragraph
described). The "not said" cases name one party only and check that nothing is read; the neighbours are sentences
other readers already read, which must stay as they are. Every council, body, person and sum is invented."""

from __future__ import annotations

import pytest
from extract_helpers import FundingGrid

CASES = FundingGrid()
case = CASES.case

PCC = "Police and Crime Commissioner for Westmoor"

# --- a giver adds its own money to the grant the paragraph described ----------------------------------------------

case("council adds from its own budget after a grant to the partnership", """Harlow Fen District Council
Community Safety Partnership annual report 2024/25

Funding
The Police and Crime Commissioner for Westmoor awarded the Harlow Fen Community Safety Partnership £31,000 for
2024/25. The Council adds £9,000 from its own community safety budget.
""",
     (PCC, "Harlow Fen Community Safety Partnership", 31000),
     ("Harlow Fen District Council", "Harlow Fen Community Safety Partnership", 9000))

case("past perfect, for the same period", """Brindle Borough Council
Overview and Scrutiny Committee minutes, 12 February 2025

5. Crime and disorder
In 2024/25 the Safer Brindle Partnership had received £28,500 from the Police and Crime Commissioner for Westmoor.
The Council had added £7,250 from its own community safety budget for the same period.
""",
     (PCC, "Safer Brindle Partnership", 28500),
     ("Brindle Borough Council", "Safer Brindle Partnership", 7250))

case("a named council adds each year", """Coldmoor Partnership web page

Funding
For 2025/26 the Police and Crime Commissioner for Westmoor has allocated £40,100 to the Coldmoor Community Safety
Partnership. Coldmoor District Council adds £12,000 each year from its own revenue budget.
""",
     (PCC, "Coldmoor Community Safety Partnership", 40100),
     ("Coldmoor District Council", "Coldmoor Community Safety Partnership", 12000))

case("contributes after a grant to a charity", """Ouseley Borough Council
Cabinet report: community safety grants 2025/26

The Police and Crime Commissioner for Westmoor awards Ouseley Refuge Trust £9,000 for 2025/26. Ouseley Borough
Council contributes £4,000 for the same year.
""",
     (PCC, "Ouseley Refuge Trust", 9000),
     ("Ouseley Borough Council", "Ouseley Refuge Trust", 4000))

case("adds, the scheme named after 'for'", """Penhallow Council
Scrutiny Panel minutes, 4 March 2025

The Police and Crime Commissioner for Westmoor had awarded the Penhallow Community Safety Partnership £52,000 for
2024/25, and Penhallow Council had added £15,000 from its own revenue budget for the Penhallow Night Marshals
scheme.
""",
     (PCC, "Penhallow Community Safety Partnership", 52000),
     ("Penhallow Council", "Penhallow Night Marshals scheme", 15000))

case("puts in a further sum", """Kelvedge District Council
Community Safety Partnership Board minutes, 8 May 2025

The Police and Crime Commissioner for Westmoor has granted the Kelvedge Community Safety Partnership £24,000 for
2025/26. Kelvedge District Council will put in a further £6,500.
""",
     (PCC, "Kelvedge Community Safety Partnership", 24000),
     ("Kelvedge District Council", "Kelvedge Community Safety Partnership", 6500))

# --- "is funding X at £N" --------------------------------------------------------------------------------------

case("progressive 'is funding ... at'", """Dunmere Dales Domestic Abuse Partnership Board
Terms of Reference 2024

8. Resources
For 2024/25 the Police and Crime Commissioner for Westmoor is funding the Dunmere Dales Sanctuary Scheme at £8,800
for the year.
""",
     (PCC, "Dunmere Dales Sanctuary Scheme", 8800))

case("progressive 'is funding ... at', a council", """Stallbridge Borough Council
Community safety update, 2025

Stallbridge Borough Council is funding the Stallbridge Street Pastors at £3,200 in 2025/26.
""",
     ("Stallbridge Borough Council", "Stallbridge Street Pastors", 3200))

# --- "£N is allocated to X" ------------------------------------------------------------------------------------

case("allocated from the grant: the partnership spends it", """Wexcombe Community Safety Partnership
Minutes of the meeting of 3 April 2025

The Police and Crime Commissioner for Westmoor will provide the Wexcombe Community Safety Partnership with £22,000
for 2025/26. AGREED that £6,000 is allocated to the Wexcombe Pubwatch radio scheme.
""",
     (PCC, "Wexcombe Community Safety Partnership", 22000),
     ("Wexcombe Community Safety Partnership", "Wexcombe Pubwatch radio scheme", 6000))

case("earmarked from the grant", """Ashgrove Community Safety Partnership
Minutes, 15 January 2025

The Police and Crime Commissioner for Westmoor has confirmed a grant of £36,000 to the Ashgrove Community Safety
Partnership for 2024/25. Of this, £11,000 has been earmarked for the Ashgrove detached youth work programme.
""",
     (PCC, "Ashgrove Community Safety Partnership", 36000),
     ("Ashgrove Community Safety Partnership", "Ashgrove detached youth work programme", 11000))

case("allocated by the Commissioner to a named meeting", """Marden Vale Borough Council
Community Safety Partnership minutes, 2024

The Police and Crime Commissioner for Westmoor awarded the Marden Vale Community Safety Partnership £19,000 for
2024/25. A further £4,500 had been allocated by the Commissioner to the Marden Vale Community Harm Panel.
""",
     (PCC, "Marden Vale Community Safety Partnership", 19000),
     (PCC, "Marden Vale Community Harm Panel", 4500))

case("committed, the grant in the paragraph before ('Of this sum')", """Sedgecombe Serious Violence Partnership
Annual report 2024/25

7.1 The Police and Crime Commissioner for Westmoor gave the Sedgecombe Serious Violence Partnership £44,000 for
2024/25.

7.2 Of this sum, £13,000 is committed to Sedgecombe Youth Trust for a mentoring project.
""",
     (PCC, "Sedgecombe Serious Violence Partnership", 44000),
     ("Sedgecombe Serious Violence Partnership", "Sedgecombe Youth Trust", 13000))

case("allocated, and a second sum to another", """Tarrow Community Safety Partnership
Minutes, 9 May 2025

The Police and Crime Commissioner for Westmoor will provide the Tarrow Community Safety Partnership with £25,000
for 2025/26. AGREED that £8,000 is allocated to the Tarrow Street Pastors, and £4,000 to the Tarrow Youth Trust.
""",
     (PCC, "Tarrow Community Safety Partnership", 25000),
     ("Tarrow Community Safety Partnership", "Tarrow Street Pastors", 8000),
     ("Tarrow Community Safety Partnership", "Tarrow Youth Trust", 4000))

case("council adds, then a purpose this reading does not name", """Ruddock Borough Council
News release, 2025

The Police and Crime Commissioner for Westmoor has awarded the Ruddock Community Safety Partnership £30,000 for
2025/26. Ruddock Borough Council is adding £9,000 from its own budget to run the town centre control room.
""",
     (PCC, "Ruddock Community Safety Partnership", 30000))

# --- grant tables: the recipient level (rule L) ---------------------------------------------------------------

case("numbered awards, 'Grant holder': the organisation is paid", """Kellaway Borough Council
Cabinet Member decision: community safety grants 2025/26

Grants from the Police and Crime Commissioner for Westmoor 2025/26

| Ref | Project | Grant holder | Amount |
|---|---|---|---|
| KB-01 | Town centre safe space | Kellaway Night Watch CIC | £10,500 |
| KB-02 | Knife crime workshops in schools | Kellaway Youth Trust | £7,200 |
""",
     (PCC, "Kellaway Night Watch CIC", 10500),
     (PCC, "Kellaway Youth Trust", 7200))

case("neighbour: numbered awards, 'Delivered by': the projects are funded", """Ambrook District Council
Cabinet Member decision: community safety grants 2025/26

Grants from the Police and Crime Commissioner for Westmoor 2025/26

| Ref | Project | Delivered by | Amount |
|---|---|---|---|
| AD-01 | Ambrook night safe space | Ambrook Night Watch CIC | £6,500 |
""",
     (PCC, "Ambrook night safe space", 6500))

case("numbered awards, 'Lead organisation', two years", """Stourholme Community Safety Partnership
Allocations of the Police and Crime Commissioner for Westmoor's Community Safety Fund

| Ref | Project / service | Lead organisation | 2024/25 | 2025/26 |
|---|---|---|---|---|
| ST-1 | Rural crime volunteer patrols | Stourholme Rural Watch | £4,000 | £4,500 |
| ST-2 | Mediation for neighbour disputes | Stourholme Mediation | £3,100 | £3,300 |
""",
     (PCC, "Stourholme Rural Watch", 4000), (PCC, "Stourholme Rural Watch", 4500),
     (PCC, "Stourholme Mediation", 3100), (PCC, "Stourholme Mediation", 3300))

case("neighbour: a table led by its projects funds the projects", """Pellbridge District Council
Community Safety Partnership annual report 2024/25

Grants from the Police and Crime Commissioner for Westmoor 2024/25

| Project | Delivered by | Amount |
|---|---|---|
| Pellbridge street marshals | Pellbridge Marshals CIC | £9,000 |
| Pellbridge youth boxing club | Pellbridge Boxing Trust | £4,000 |
""",
     (PCC, "Pellbridge street marshals", 9000),
     (PCC, "Pellbridge youth boxing club", 4000))

# --- the paper does not say: nothing is read ----------------------------------------------------------------------

case("adds with no grant before it", """Tolbury District Council
Budget report 2025/26

Community safety
Tolbury District Council adds £10,000 from its own revenue budget.
""")

case("adds after a grant in another paragraph", """Fernley Borough Council
Annual report 2024/25

The Police and Crime Commissioner for Westmoor awarded the Fernley Community Safety Partnership £27,000 for 2024/25.

Fernley Borough Council adds £5,000 from its own revenue budget.
""",
     (PCC, "Fernley Community Safety Partnership", 27000))

case("allocated with no grant and no giver", """Broadwell Community Safety Partnership
Minutes, 2 June 2025

The Partnership discussed its plan for the year. £3,000 is allocated to the Broadwell Pubwatch scheme.
""")

case("a speaker adds, no sum given", """Larkhill District Council
Community Safety Partnership minutes, 2025

The Police and Crime Commissioner for Westmoor awarded the Larkhill Community Safety Partnership £18,000 for
2025/26. The Chair added that the Partnership would review its spending in the autumn.
""",
     (PCC, "Larkhill Community Safety Partnership", 18000))

case("'it' adds: the antecedent is not followed", """Holmbury Borough Council
Report to Cabinet, 2025

The Police and Crime Commissioner for Westmoor awarded the Holmbury Community Safety Partnership £21,000 for
2025/26. It adds £2,000 from its own reserves.
""",
     (PCC, "Holmbury Community Safety Partnership", 21000))

case("the giver is the grant's own recipient", """Moorend Community Safety Partnership
Annual report 2024/25

The Police and Crime Commissioner for Westmoor awarded the Moorend Community Safety Partnership £26,000 for 2024/25.
The Moorend Community Safety Partnership added £1,500 from its own reserves.
""",
     (PCC, "Moorend Community Safety Partnership", 26000))

case("is funding, no sum after 'at'", """Crickley District Council
Community safety update, 2025

Crickley District Council is funding the Crickley Youth Shelter at its own cost this year, as in 2024 (£2,000).
""")

case("adds, making a fund of its own", """Wenlow District Council
Portfolio Holder decision, 2025

For 2025/26 the Police and Crime Commissioner for Westmoor's grant to the Wenlow Community Safety Partnership is
£33,000. The Council adds £6,000 from its own budget, making a pooled fund of £39,000.
""",
     (PCC, "Wenlow Community Safety Partnership", 33000))

# --- neighbours other readers read: they stay as they are ------------------------------------------------------

case("neighbour: plain award", """Westbrook Borough Council
Cabinet decision notice, 2025

The Police and Crime Commissioner for Westmoor has awarded Westbrook Youth Trust £14,000 for 2025/26.
""",
     (PCC, "Westbrook Youth Trust", 14000))

case("neighbour: contributes towards a named body", """Eldham District Council
Community Safety Partnership annual report 2024/25

Eldham District Council contributes £8,000 a year to the Eldham Community Safety Partnership.
""",
     ("Eldham District Council", "Eldham Community Safety Partnership", 8000))

case("neighbour: allocated to a named body by a giver before the sum", """Raddon Borough Council
Community Safety Partnership minutes, 2025

The Police and Crime Commissioner for Westmoor allocated £25,000 to the Raddon Community Safety Partnership for
2025/26.
""",
     (PCC, "Raddon Community Safety Partnership", 25000))


@pytest.mark.parametrize("name", list(CASES))
def test_money_verbs_grid(name: str) -> None:
    CASES.check(name)


if __name__ == "__main__":
    CASES.print_score()
