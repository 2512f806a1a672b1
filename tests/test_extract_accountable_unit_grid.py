"""A grid of invented papers for two gold conventions (examples/CONVENTIONS.md):

- **C, the accountable body is not the grant's recipient.** A council that holds a partnership's grant ("paid to the
  Council as accountable body for the partnership", "on behalf of", a table cell "Council (Partnership)" or
  "Partnership (Council)", a lead-in saying each council holds its partnership's grant) is no receiver: the giver
  funds the partnership, with the sum. When the paper names no partnership the money is held for, nothing is
  funded on that account ("not said": what the sentence says of the council stays). A council given money for its
  own work, and a council said to be an accountable body where no grant is spoken of, keep their readings.
- **B, a council's own team or unit is part_of the council.** A unit named as a council's ("the Council's licensing
  team", "Northdale County Council's Youth Justice Service", "the Northdale Borough Council Community Safety Team") is
  part_of that council, and is known by the names that tie it to the council (the council's name or its area before
  the unit's own words). A unit the paper does not tie to a council, or a partnership's unit, gets nothing.

Each case lists the facts of the scored relations the text states (names matched as the scorer matches them) and may
list facts allowed but not required. Every council, person, body and sum is invented."""

from __future__ import annotations

import pytest
from extract_helpers import Triple, grid_misses, read

SCORED = ("funds", "part_of")

# (name, text, expected facts, allowed facts)
Case = tuple[str, str, list[Triple], list[Triple]]

CASES: list[Case] = [
    # --- C: a grant held by a council for a partnership ----------------------------------------------------------
    ("C sentence: paid to the council, which acts as accountable body for the partnership",
     "Community safety grant 2025/26\n\nThe Police and Crime Commissioner for Harrowdale pays an annual grant of "
     "£44,000 to Fenmarsh District Council, which acts as accountable body for the Safer Fenmarsh Partnership.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Safer Fenmarsh Partnership")], []),
    ("C sentence: an award to the partnership, paid to the council as accountable body",
     "Partnership update\n\nThe Police and Crime Commissioner for Harrowdale has awarded the Brinkley Community "
     "Safety Partnership £31,500, paid to Brinkley Borough Council as accountable body.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Brinkley Community Safety Partnership")], []),
    ("C sentence: the council receives the grant on behalf of the partnership",
     "Grants\n\nOakhurst Borough Council receives the Commissioner's grant on behalf of the Safer Oakhurst "
     "Partnership. The Police and Crime Commissioner for Wessmoor set the grant at £27,000 for 2025/26.\n",
     [], [("Police and Crime Commissioner for Wessmoor", "funds", "Safer Oakhurst Partnership")]),
    ("C not said: paid to the council as lead authority, no partnership named: the sentence's reading stays",
     "Funding\n\nThe Police and Crime Commissioner for Harrowdale pays a grant of £12,000 to Kelby Town Council "
     "as lead authority for the duty.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Kelby Town Council")], []),
    ("C not said: the holder's role alone funds no one",
     "Funding\n\nThe grant is held by Kelby Town Council as accountable body.\n",
     [], []),
    ("C table: council with its partnership in brackets",
     "Record of Decision\n\nDecision maker: Police and Crime Commissioner for Dunmoor\n\n"
     "| Recipient | Purpose | Amount |\n|---|---|---|\n"
     "| Ravensby Borough Council (Safer Ravensby Partnership) | Core grant | £52,000 |\n"
     "| Millbrook District Council (Millbrook Community Safety Partnership) | Core grant | £38,000 |\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Safer Ravensby Partnership"),
      ("Police and Crime Commissioner for Dunmoor", "funds", "Millbrook Community Safety Partnership")], []),
    ("C table: partnership with its council in brackets",
     "Record of Decision\n\nDecision maker: Police and Crime Commissioner for Dunmoor\n\n"
     "| Recipient | Purpose | Amount |\n|---|---|---|\n"
     "| Ravensby CSP (Ravensby Borough Council) | Local priorities | £52,000 |\n"
     "| Tolworth CSP (Tolworth District Council) | Night-time economy | £29,500 |\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Ravensby CSP"),
      ("Police and Crime Commissioner for Dunmoor", "funds", "Tolworth CSP")], []),
    ("C table: a cell naming the council as accountable body for the partnership",
     "Record of Decision\n\nDecision maker: Police and Crime Commissioner for Dunmoor\n\n"
     "| Recipient | Purpose | Amount |\n|---|---|---|\n"
     "| Hessle Vale Council (as accountable body for the Hessle Vale Community Safety Partnership) | Core grant "
     "| £41,000 |\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Hessle Vale Community Safety Partnership")], []),
    ("C table: per-year columns of a council holding for its partnership",
     "Record of Decision\n\nDecision maker: Police and Crime Commissioner for Dunmoor\n\n"
     "| Recipient | 2025/26 | 2026/27 |\n|---|---|---|\n"
     "| Ravensby Borough Council (Safer Ravensby Partnership) | £50,000 | £51,000 |\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Safer Ravensby Partnership")], []),
    ("C neighbour: money given to a council for its own work stays the council's",
     "Funding\n\nThe Police and Crime Commissioner for Harrowdale has awarded £18,000 to Kelby Borough Council for "
     "new town centre CCTV cameras.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Kelby Borough Council")], []),
    ("C neighbour: a table of councils with no partnership named",
     "Record of Decision\n\nDecision maker: Police and Crime Commissioner for Dunmoor\n\n"
     "| Recipient | Purpose | Amount |\n|---|---|---|\n"
     "| Ravensby Borough Council | Street lighting | £9,000 |\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Ravensby Borough Council")], []),
    ("C neighbour: an accountable body with no grant spoken of funds nothing",
     "About us\n\nThe Safer Fenmarsh Partnership brings together the council, the police and health partners. "
     "Fenmarsh District Council is the accountable body for the partnership.\n",
     [], []),
    ("C sentence: 'the grant' of the sentence before is paid to the council, which acts as accountable body",
     "Portfolio decision 2025/26\n\nThe Police and Crime Commissioner for Harrowdale has awarded the Lowbridge "
     "Community Safety Partnership £23,000 for 2025/26. The grant is paid to Lowbridge Borough Council, which acts "
     "as accountable body.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Lowbridge Community Safety Partnership"),
      ("Lowbridge Borough Council", "other", "Lowbridge Community Safety Partnership")], []),
    ("C sentence: an absolute phrase names the council acting as accountable body for the grant's partnership",
     "Board minutes\n\n5. The Mayor of Eastmarch has confirmed £64,000 for the Safer Pellingham Partnership in "
     "2025/26, with Pellingham City Council acting as accountable body.\n",
     [("Mayor of Eastmarch", "funds", "Safer Pellingham Partnership"),
      ("Pellingham City Council", "other", "Safer Pellingham Partnership")], []),
    ("C sentence: the body a national grant supports, paid to the council that hosts it",
     "Wessmoor Police and Crime Panel\nMinutes\n\n7. Budget\nThe Panel is supported by a Home Office grant paid "
     "to Wessmoor County Council as host authority.\n",
     [("Home Office", "funds", "Wessmoor Police and Crime Panel"),
      ("Wessmoor County Council", "other", "Wessmoor Police and Crime Panel")], []),
    ("C sentence: each council's clause names its own partnership",
     "Record of Decision\n\nDecision maker: Police and Crime Commissioner for Dunmoor\n\n2. Ravensby Borough "
     "Council receives the core grant on behalf of the Safer Ravensby Partnership; Tolworth District Council is the "
     "accountable body for the Tolworth partnership grant.\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Safer Ravensby Partnership"),
      ("Ravensby Borough Council", "other", "Safer Ravensby Partnership")], []),
    ("C title: a commissioner's name over the decision record's own title line",
     "Police and Crime Commissioner for Harrowdale\nDecision Record 2025/014\n\n1. The Police and Crime "
     "Commissioner for Harrowdale pays the core grant of £36,000 to Kelby Borough Council as accountable body for the "
     "Kelby Community Safety Partnership.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Kelby Community Safety Partnership"),
      ("Kelby Borough Council", "other", "Kelby Community Safety Partnership")], []),
    ("C title: a commissioner's name over a shouted record title, the grant in a table",
     "Police and Crime Commissioner for Dunmoor\nRECORD OF DECISION\n\nThe Commissioner approves these grants:\n\n"
     "| Recipient | Purpose | Amount |\n|---|---|---|\n"
     "| Ravensby Borough Council (Safer Ravensby Partnership) | Core grant | £52,000 |\n",
     [("Police and Crime Commissioner for Dunmoor", "funds", "Safer Ravensby Partnership"),
      ("Ravensby Borough Council", "other", "Safer Ravensby Partnership")], []),
    ("C decision: the grant offered to the partnership, with the council acting as accountable body",
     "Executive decision notice\n\nThe Executive RESOLVED:\n\ni.   to accept the community safety grant of £28,400 "
     "for 2025/26 offered by the Police and Crime Commissioner for Harrowdale to the Brinkley Community\n"
     "     Safety Partnership, with Brinkley Borough Council acting as accountable body; and\n"
     "ii.  to approve the allocations in the appendix.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Brinkley Community Safety Partnership"),
      ("Brinkley Borough Council", "other", "Brinkley Community Safety Partnership")], []),
    ("C not said: a sum of the council's own beside another body's grant is held for no one",
     "Grants\n\nThe Police and Crime Commissioner for Harrowdale awarded £10,000 to Kelby Victim Support and £20,000 "
     "to Kelby Borough Council as accountable body.\n",
     [("Police and Crime Commissioner for Harrowdale", "funds", "Kelby Victim Support"),
      ("Police and Crime Commissioner for Harrowdale", "funds", "Kelby Borough Council")], []),
    ("C not said: a body supported by the council's officers as host authority is funded by no one",
     "Wessmoor Police and Crime Panel\nMinutes\n\n7. Support\nThe Panel is supported by officers of Wessmoor "
     "County Council as host authority.\n",
     [], []),
    # --- B: a council's own team or unit ---------------------------------------------------------------------------
    ("B the Council's team, in a council's paper, known by the council's name too",
     "MARLOW VALE COUNCIL\nCommunities Committee\n\n1. Officers from the Council's licensing team joined the "
     "weekend patrols in the town centre.\n",
     [("Marlow Vale Council licensing team", "part_of", "Marlow Vale Council")], []),
    ("B a council named in full owns its team, known by its area too",
     "Annual report\n\nRother District Council's Community Safety Team worked with 240 households last year.\n",
     [("Rother Community Safety Team", "part_of", "Rother District Council")], []),
    ("B the council's team after the council's name, known with the council after a comma",
     "Report\n\nThe Board thanked Ashcombe Borough Council's Community Safety Team for the summer campaign.\n",
     [("Community Safety Team, Ashcombe Borough Council", "part_of", "Ashcombe Borough Council")], []),
    ("B a unit named with its council's full name before it, known by the area too",
     "Minutes\n\n4. The Wealden District Council Community Safety Team presented the quarterly figures.\n",
     [("Wealden Community Safety Team", "part_of", "Wealden District Council")], []),
    ("B the council's public health service, in a council's paper",
     "HOLLINGFORD CITY COUNCIL\nHealth Scrutiny Panel\n\n2. The council's public health service funds two outreach "
     "workers.\n",
     [("Hollingford City Council public health service", "part_of", "Hollingford City Council")], []),
    ("B neighbour: a force's own team stays the force's",
     "Partnership update\n\nWestshire Constabulary's Rural Crime Team reported a fall in farm thefts.\n",
     [("Westshire Constabulary Rural Crime Team", "part_of", "Westshire Constabulary")],
     [("Rural Crime Team", "part_of", "Westshire Constabulary")]),
    ("B not said: a team the paper does not tie to a council",
     "Safer Dunmoor Partnership\n\nThe Community Safety Team supports the Partnership and keeps its action log.\n",
     [], []),
    ("B not said: a partnership's own team is no council's",
     "Safer Dunmoor Partnership\n\nThe Partnership's Analysis Team produces the strategic assessment each year.\n",
     [], [("Analysis Team", "subgroup_of", "Safer Dunmoor Partnership")]),
    ("B not said: a council's committee is left",
     "Report\n\nAshcombe Borough Council's Overview and Scrutiny Committee reviewed the plan in March.\n",
     [], []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_grid_case(case: Case) -> None:
    _, text, expect, may = case
    missed, false = grid_misses(read(text), expect, may, SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


def print_score() -> None:
    """Print each case read wrong and the grid's score: the figure the commit message quotes."""
    failed = 0
    for name, text, expect, may in CASES:
        missed, false = grid_misses(read(text), expect, may, SCORED)
        if missed or false:
            failed += 1
            print(f"{name}: missed {missed}; false {false}")
    print(f"grid: {len(CASES) - failed} of {len(CASES)} cases pass")


if __name__ == "__main__":  # python tests/test_extract_accountable_unit_grid.py prints the grid's score
    print_score()
