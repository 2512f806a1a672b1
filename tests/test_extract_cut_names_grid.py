"""A grid of names that a line end cuts, each in a different council's style: the name must be read whole.

- A **list item's name wrapped at the margin**: "i.   to accept the grant offered by the North" over "     Ottershire
  Police and Crime Commissioner". The cleaner writes the mark and its gap as a tab ("i.\\tto accept ..."), and a
  tab before a name is what a table's later column looks like; but the gap after an item's mark ("1.", "(b)",
  "iv)", "-", "•") is the item's own indent, so the name goes on at the margin below.
- An **office's name wrapped in a table cell**: "| Westshire Police |" over "| and Crime Commissioner |", or "Dunmore
  Police and" over "Crime Commissioner". The line is the rest of the name, not a post written under a person's
  name (which is joined after a comma: "Jo Lee" over "Cabinet Member for Housing" is "Jo Lee, Cabinet Member for
  Housing").

The neighbouring readings stay: a later column's name in a numbered row still ends where the next row starts;
a person's post under their name is still joined after a comma. Each case lists the names the paper must hold
whole and the pieces it must not hold. Every council, person and body here is invented; the offices' areas are
real where the gazetteer names them."""

from __future__ import annotations

import pytest
from extract_helpers import read

from govkg.loaders.mentions import find_mentions

CASES: dict[str, tuple[str, set[str], set[str]]] = {}


def case(name: str, text: str, whole: set[str], pieces: set[str] = frozenset()) -> None:
    CASES[name] = (text, set(whole), set(pieces))


def _names(text: str) -> tuple[set[str], str]:
    doc = read(text)
    return {" ".join(m.name.split()) for m in find_mentions(doc.text, 0, len(doc.text))}, doc.text


# --- a list item's name wrapped at the margin ----------------------------------------------------------------------

case("roman-numbered resolution, an office's name wrapped after its first word", """Kestrel District Council

The Executive RESOLVED:

i.   to accept the community safety grant of £21,000 for 2024/25 offered by the West
     Mercia Police and Crime Commissioner to the Kestrel Community Safety Partnership; and
ii.  to approve the allocations in Appendix A.
""", {"West Mercia Police and Crime Commissioner"}, {"West", "Mercia Police and Crime Commissioner"})

case("numbered resolution, a partnership's name wrapped", """Eastvale Borough Council

Cabinet, 4 June 2024

RESOLVED:

1.   to note that the Police and Crime Commissioner for Ravenshire has awarded £20,000 to the Eastvale
     Community Safety Partnership for 2024/25.
""", {"Eastvale Community Safety Partnership"}, {"Community Safety Partnership"})

case("dashed item, an office's place wrapped after 'for'", """Minutes of the Safer Dunmore Partnership, 3 May 2024

Matters arising:

-    The Partnership noted that £12,500 had been awarded by the Police and Crime Commissioner for
     Dorset to Dunmore Youth Trust for detached youth work.
""", {"Police and Crime Commissioner for Dorset", "Dunmore Youth Trust"}, {"Dorset to Dunmore Youth Trust"})

case("lettered item in brackets, a trust's name wrapped", """Holloway Vale Borough Council

Decisions of the Cabinet Member for Communities, 9 October 2024

(a)  to award £4,000 from the Safer Neighbourhoods Fund to the Holloway
     Vale Youth Trust for summer sessions;
(b)  to note the monitoring report.
""", {"Holloway Vale Youth Trust"}, {"Vale Youth Trust"})

case("bulleted item, a board's name wrapped", """Notes of the Fenmarsh Domestic Abuse Forum, 12 March 2024

Actions:

•    The Chair will write to the Fenmarsh Domestic Abuse Local
     Partnership Board about the refuge waiting list.
""", {"Fenmarsh Domestic Abuse Local Partnership Board"}, {"Partnership Board"})

case("lettered item with a closing bracket, a council's name wrapped",
     """Minutes of the Safer Marlbrook Partnership, 6 June 2024

The Partnership agreed:

a)   that the grant would be held by Marlbrook District
     Council as accountable body; and
b)   to review the allocations in December.
""", {"Marlbrook District Council"}, {"Council"})

case("numbered paragraph with a decimal number, a commissioner's office wrapped",
     """Report to the Ashcombe Community Safety Partnership

4.2   The grant is paid each April by the Office of the Police and Crime Commissioner
      for Kent.
""", {"Office of the Police and Crime Commissioner for Kent"}, {"Office of the Police and Crime Commissioner"})

case("roman numeral in brackets, a fire service wrapped", """Thornleigh Borough Council

The Cabinet Member approved:

(iv)  the home safety visits delivered by the Fenmarsh Fire and
      Rescue Service in the town.
""", {"Fenmarsh Fire and Rescue Service"}, {"Rescue Service"})

case("numbered item, the name wrapped after 'and'", """Minutes of the Brookhurst Community Safety Partnership

2.   The Partnership welcomed the new Brookhurst Mediation and
     Neighbourhood Support Service to the meeting.
""", {"Brookhurst Mediation and Neighbourhood Support Service"}, {"Neighbourhood Support Service"})

case("capital-lettered item, a team's name wrapped", """Wrenbury Borough Council

Report of the Head of Community Safety

A.   Referrals are made to the Wrenbury Anti-social Behaviour
     Team by the police and housing providers.
""", {"Wrenbury Anti-social Behaviour Team"}, {"Team"})



# --- an office whose place holds a comma ----------------------------------------------------------------------------

case("the office after a place with a comma in it",
     """Minutes of the Harborough and Lutterworth Community Safety Partnership

5.  Funding

Ben Okafor confirmed that the Leicester, Leicestershire and Rutland Police and Crime Commissioner would fund
the Partnership with £30,000 for 2024/25.
""", {"Leicester, Leicestershire and Rutland Police and Crime Commissioner"},
     {"Rutland Police and Crime Commissioner"})

case("the office before a place with a comma in it", """Lutterworth Community Safety Partnership

Present: Grace Ilori (Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland)
""", {"Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"},
     {"Office of the Police and Crime Commissioner for Leicester"})

case("a list after the office is not its place", """Minutes of the Melbury Community Safety Partnership

The Police and Crime Commissioner for Leicestershire, Melbury Borough Council and the Home Office each fund
part of the Partnership's work.
""", {"Police and Crime Commissioner for Leicestershire", "Melbury Borough Council", "Home Office"})

# --- the neighbouring list readings that stay -----------------------------------------------------------------------

case("numbered table row: a later column's name ends where the next row starts",
     """Saltmarsh Community Safety Partnership

Members

1.\tSaltmarsh Borough Council\tSaltmarsh Youth Trust
\tFenmarsh Homes\tFenmarsh Women's Aid
""", {"Saltmarsh Youth Trust", "Fenmarsh Homes"}, {"Saltmarsh Youth Trust Fenmarsh Homes"})

case("numbered item whose name ends the line, the next item below", """Eastvale Community Safety Partnership

Partners:

1.   Eastvale Borough Council
2.   Ravenshire Police
""", {"Eastvale Borough Council", "Ravenshire Police"}, {"Eastvale Borough Council Ravenshire Police"})


# --- an office's name wrapped in a table cell -----------------------------------------------------------------------

case("pipe table, the office's cell wrapped before 'and'", """Eastvale Borough Council
Community Safety Partnership annual report 2024/25

Funding in 2024/25

| Funder | Recipient | Purpose | Amount |
|---|---|---|---|
| Westshire Police | Eastvale CSP | Community Safety Grant | £41,000 |
| and Crime Commissioner | | | |
| Eastvale Borough Council | Eastvale CSP | Partnership budget | £20,000 |
""", {"Westshire Police and Crime Commissioner"}, {"Westshire Police"})

case("spaced table, the office's cell cut on 'and'", """Report to the Dunmore Overview and Scrutiny Committee

Partnership funding 2023/24

Funder                         | Recipient                      | Amount
-------------------------------+--------------------------------+---------
Dunmore Police and             | Safer Dunmore Partnership      | £36,000
Crime Commissioner             |                                |
Dunmore District Council       | Safer Dunmore Partnership      | £15,000
""", {"Dunmore Police and Crime Commissioner"}, {"Crime Commissioner"})

case("ruled table, a fire service's name wrapped before 'and'", """Kestrel Safer Communities Board - annual report

| Funder                 | Scheme                         | Amount  |
|------------------------|--------------------------------|---------|
| Kestrelshire Fire      | Home fire safety visits        | £8,000  |
| and Rescue Service     |                                |         |
| Kestrel Borough Council| CCTV monitoring                | £22,000 |
""", {"Kestrelshire Fire and Rescue Service"}, {"Kestrelshire Fire"})

case("pipe table, the office wrapped after 'of the'", """Marlbrook Community Safety Partnership - grants received

| Source | Purpose | Amount |
|---|---|---|
| Office of the | Violence reduction | £12,000 |
| Police and Crime Commissioner for Kent | | |
""", {"Office of the Police and Crime Commissioner for Kent"}, {"Office of the"})

case("pipe table, a county council's name wrapped before 'and'",
     """Thornleigh Domestic Abuse Partnership Board - funding

| Funder | Recipient | Amount |
|---|---|---|
| Westmoor Fire | Thornleigh Refuge | £5,000 |
| and Rescue Authority | | |
""", {"Westmoor Fire and Rescue Authority"}, {"Westmoor Fire"})


# --- the neighbouring table readings that stay ----------------------------------------------------------------------

POSTS: dict[str, tuple[str, str]] = {
    "a person's post under their name, pipe table": ("""Eastvale Community Safety Partnership

Membership

| Name | Organisation |
|---|---|
| Jo Lee | Eastvale Borough Council |
| Cabinet Member for Housing | |
| Amy Stone | Ravenshire Police |
""", "Jo Lee, Cabinet Member for Housing"),
    "a person's post under their name, a rank": ("""Safer Dunmore Partnership

Attendance

| Name | Organisation |
|---|---|
| Priya Nair | Dunmore Police |
| Chief Inspector | |
| Tom Ashdown | Dunmore District Council |
""", "Priya Nair, Chief Inspector"),
    "a person's post under their name, a head of service": ("""Kestrel Community Safety Partnership

Present

| Name | Organisation |
|---|---|
| Ada Nwosu | Kestrel District Council |
| Head of Community Safety | |
| Ravi Castellano | Kestrel Homes |
""", "Ada Nwosu, Head of Community Safety"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_grid_case(name: str) -> None:
    text, whole, pieces = CASES[name]
    found, _ = _names(text)
    assert whole <= found and not pieces & found, f"missing {whole - found}; pieces {pieces & found}; found {found}"


@pytest.mark.parametrize("name", list(POSTS))
def test_post_under_name_kept(name: str) -> None:
    text, joined = POSTS[name]
    _, stored = _names(text)
    assert joined in stored, stored


def print_grid() -> None:
    """Print each case read wrong and the grid's score: the figure the commit message quotes."""
    failed = 0
    for name, (text, whole, pieces) in CASES.items():
        found, _ = _names(text)
        if not (whole <= found and not pieces & found):
            failed += 1
            print(f"{name}: missing {whole - found}; pieces {pieces & found}")
    for name, (text, joined) in POSTS.items():
        _, stored = _names(text)
        if joined not in stored:
            failed += 1
            print(f"{name}: {joined!r} not in the stored text")
    total = len(CASES) + len(POSTS)
    print(f"grid: {total - failed} of {total} cases pass")


if __name__ == "__main__":  # python tests/test_extract_cut_names_grid.py prints the grid's score
    print_grid()
