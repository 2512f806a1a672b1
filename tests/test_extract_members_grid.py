"""A grid of the membership and attendance statements that papers nobody had read lost on main: forms outside the
tables and lists the readers knew, each written in a different council's style and varying one or two dimensions.

- a list of statutory members in a sentence after a phrase set before its subject ("Alongside the Constabulary, the
  statutory members are ...", "In the district, the statutory partners are ..." in a report to a committee);
- "Membership includes a representative of A, B and C", with a count of a kind of member set between the items
  ("... and two voluntary groups, A and B");
- a members' title that names its body only as "the Board" in a partnership's own terms of reference, and the
  numbered sentence about the seats under it;
- the minutes of a body whose title gives its other name in brackets ("... PARTNERSHIP (SAFER X)"): who attended
  and sent apologies to the body, under its name;
- table rows whose cells wrap over two or three lines in name-first tables, or whose first cell is cut on "and";
  "Council - Community Safety Team" in an attendee's cell (the council's unit, no second employer);
- seats stated with no body named: "A and B also sit on the Board as co-opted members", "A co-opted seat is held
  by X", "An officer from X sits in as an adviser", "They are joined by X and by Y", "A and B are members";
- the organisation of a post written with its holder ("the Council's Head of X, Name", "Cleveland Police ...
  Superintendent, Supt Name").

Every council, person and sentence here is invented for the grid. Each case states the facts a reader should take
from it, of the relations in RELATIONS; "@" is the case's hub (the body the members sit on, or the meeting's body).
A post matches the post written alone or qualified by its organisation. A fact marked "?" may be read or not;
every other fact of these relations read from the case is a false one.

On main (8201f13f) 4 of the 28 cases read right (two of them guards: a remit in a minutes title kept, a post's
possessive employer already read).
"""

from __future__ import annotations

import pytest
from extract_helpers import HubCase as Case
from extract_helpers import hub_case_score

RELATIONS = ("member_of", "represented_by", "attended", "apologies")


CASES = [
    # -- statutory members in a sentence after a fronted phrase
    Case("alongside-constabulary", "Safer Castlebridge Partnership", """Safer Castlebridge Partnership
Annual report 2024/25

2. About the Partnership

2.1 The Partnership was set up in 2010 and covers the whole borough.
Alongside the Constabulary, the statutory members are Castlebridge Borough Council, the
Probation Service, Staffordshire Fire and Rescue Service and NHS Staffordshire and Stoke-on-Trent
Integrated Care Board.
""", ("member_of: Staffordshire Police -> @", "member_of: Castlebridge Borough Council -> @",
      "member_of: Probation Service -> @", "member_of: Staffordshire Fire and Rescue Service -> @",
      "member_of: NHS Staffordshire and Stoke-on-Trent Integrated Care Board -> @")),

    Case("as-well-as-council", "South Warwickshire Community Safety Partnership", """South Warwickshire Community Safety
Partnership

About us

The South Warwickshire Community Safety Partnership brings agencies together to make the district safer. As well
as Stratford-on-Avon District Council, the statutory partners are Warwickshire Police, Warwickshire Fire and
Rescue Service and the
Probation Service.
""", ("member_of: Stratford-on-Avon District Council -> @", "member_of: Warwickshire Police -> @",
      "member_of: Warwickshire Fire and Rescue Service -> @", "member_of: Probation Service -> @")),

    Case("in-the-district-scrutiny", "Dunholm Community Safety Partnership",
         """Report to the Communities Scrutiny Committee

Dunholm Community Safety Partnership: annual update

1.1 Section 5 of the Crime and Disorder Act 1998 requires a community safety partnership for every district.
In the district, the statutory partners are Durham Constabulary, Dunholm District Council, County
Durham and Darlington Fire and Rescue Service and the Probation Service.
""", ("member_of: Durham Constabulary -> @", "member_of: Dunholm District Council -> @",
      "member_of: County Durham and Darlington Fire and Rescue Service -> @", "member_of: Probation Service -> @")),

    Case("locally-responsible-authorities", "Safer Wendover Partnership", """Agenda item 7

Meeting of:      Place Overview and Scrutiny Committee
Report title:    Safer Wendover Partnership - progress report

2. Background

2.1 The Safer Wendover Partnership is the community safety partnership for the district. Locally, the
responsible authorities are Thames Valley Police, Wendover District Council, Buckinghamshire Fire and Rescue
Service and the Probation Service.
""", ("member_of: Thames Valley Police -> @", "member_of: Wendover District Council -> @",
      "member_of: Buckinghamshire Fire and Rescue Service -> @", "member_of: Probation Service -> @")),

    Case("in-the-borough-after-title", "Kelmscott Community Safety Partnership", """KELMSCOTT BOROUGH COUNCIL

Report to Cabinet
Kelmscott Community Safety Partnership: Strategic Assessment 2025

3. Governance

3.1 In the borough, the statutory members are Kelmscott Borough Council, Avon and Somerset Police, Avon Fire
and Rescue Service and the Probation Service. The Partnership meets quarterly.
""", ("member_of: Kelmscott Borough Council -> @", "member_of: Avon and Somerset Police -> @",
      "member_of: Avon Fire and Rescue Service -> @", "member_of: Probation Service -> @")),

    # -- "Membership includes (a representative of) ..."
    Case("membership-includes-representative", "Marlow Vale Serious Violence Board",
         """Marlow Vale Serious Violence Board

Annual report

2.2 The Board is chaired by Ruth Okonkwo-Hale. Membership includes a representative of Thames Valley
Police, Marlow Vale District Council, the Probation Service and two voluntary groups, Vale Mentors
and the Marlow Youth Trust.
""", ("member_of: Thames Valley Police -> @", "member_of: Marlow Vale District Council -> @",
      "member_of: Probation Service -> @", "member_of: Vale Mentors -> @", "member_of: Marlow Youth Trust -> @")),

    Case("membership-comprises-officers", "Pendlebury Reducing Reoffending Board",
         """Pendlebury Reducing Reoffending Board

The Board meets every two months and reports to the Safer Pendlebury Partnership.
Membership comprises officers from Pendlebury City Council, Greater Manchester Police, the Probation Service
and Pendlebury Homes.
""", ("member_of: Pendlebury City Council -> @", "member_of: Greater Manchester Police -> @",
      "member_of: Probation Service -> @", "member_of: Pendlebury Homes -> @")),

    Case("membership-includes-plain", "Tarrant Domestic Abuse Partnership Board",
         """Tarrant Domestic Abuse Partnership Board
Terms of reference

1. The Board advises Tarrant District Council on its duties under Part 4 of the Domestic Abuse Act 2021.
2. Membership includes Tarrant District Council, Dorset Police, NHS Dorset Integrated Care Board and three
specialist services: Tarrant Women's Aid, Safe Haven Dorset and Phoenix Outreach.
""", ("member_of: Tarrant District Council -> @", "member_of: Dorset Police -> @",
      "member_of: NHS Dorset Integrated Care Board -> @", "member_of: Tarrant Women's Aid -> @",
      "member_of: Safe Haven Dorset -> @", "member_of: Phoenix Outreach -> @")),

    Case("membership-includes-senior-officer", "Eskdale Combating Drugs Partnership",
         """Eskdale Combating Drugs Partnership

2.4 The Partnership is chaired by the Director of Public Health. Membership includes a senior officer from
Cumberland Council, Cumbria Constabulary, the Probation Service and Eskdale Recovery Network.
""", ("member_of: Cumberland Council -> @", "member_of: Cumbria Constabulary -> @",
      "member_of: Probation Service -> @", "member_of: Eskdale Recovery Network -> @")),

    # -- a members' title naming only "the Board", in a partnership's own terms of reference
    Case("who-sits-on-the-board", "Safer Ashbourne Partnership", """SAFER ASHBOURNE PARTNERSHIP

Terms of Reference

3.  Who sits on the Board

3.1  Places on the Board are held by post and not by a named person.

  Organisation                     | Represented by
  ---------------------------------|------------------------------------
  Ashbourne District Council       | Head of Community Safety
  Derbyshire Constabulary          | Local Inspector
  Derbyshire Fire and Rescue       | Station Manager
  Service                          |
""", ("member_of: Ashbourne District Council -> @", "member_of: Derbyshire Constabulary -> @",
      "member_of: Derbyshire Fire and Rescue Service -> @",
      "represented_by: Ashbourne District Council -> Head of Community Safety",
      "represented_by: Derbyshire Constabulary -> Local Inspector",
      "represented_by: Derbyshire Fire and Rescue Service -> Station Manager")),

    Case("who-sits-on-the-board-question", "Safer Brampton Partnership",
         """Safer Brampton Partnership - Terms of Reference

1. Purpose

1.1 The Partnership is the community safety partnership for Brampton.

2. Who sits on the Board?

Organisation\tRepresented by
Brampton City Council\tDirector of Communities
Cumbria Constabulary\tDistrict Commander
Probation Service\tHead of Cumbria Probation Delivery Unit
""", ("member_of: Brampton City Council -> @", "member_of: Cumbria Constabulary -> @",
      "member_of: Probation Service -> @",
      "represented_by: Brampton City Council -> Director of Communities",
      "represented_by: Cumbria Constabulary -> District Commander",
      "represented_by: Probation Service -> Head of Cumbria Probation Delivery Unit")),

    Case("who-is-on-the-board-bullets", "Safer Orford Partnership", """Safer Orford Partnership
Terms of reference, adopted at the Board meeting of 2 May 2025

4. Who is on the Board

  -  Orford Borough Council
  -  Suffolk Constabulary
  -  Suffolk Fire and Rescue Service
  -  NHS Suffolk and North East Essex Integrated Care Board
""", ("member_of: Orford Borough Council -> @", "member_of: Suffolk Constabulary -> @",
      "member_of: Suffolk Fire and Rescue Service -> @",
      "member_of: NHS Suffolk and North East Essex Integrated Care Board -> @")),

    Case("seats-sentence-then-table", "Lowick Community Safety Partnership", """Lowick Community Safety Partnership
Terms of Reference 2025

5. Membership

5.1 Seats on the Partnership are held by organisations and not by named officers.

| Organisation | Represented by |
|---|---|
| Lowick Borough Council | Assistant Director, Communities |
| Northumbria Police | Neighbourhood Inspector |
""", ("member_of: Lowick Borough Council -> @", "member_of: Northumbria Police -> @",
      "represented_by: Lowick Borough Council -> Assistant Director, Communities",
      "represented_by: Northumbria Police -> Neighbourhood Inspector")),

    # -- minutes of a body whose title gives its other name in brackets
    Case("minutes-title-other-name", "Ryedale Community Safety Partnership", """RYEDALE DISTRICT COUNCIL

MINUTES OF A MEETING OF THE RYEDALE COMMUNITY SAFETY PARTNERSHIP (SAFER RYEDALE)
HELD AT RYEDALE HOUSE, MALTON ON TUESDAY, 4 MARCH 2025 AT 10.00 AM

Present:
Cllr Anwen Pryce (Chair), Ryedale District Council
Supt Callum Boateng, North Yorkshire Police

Apologies:
Dara Whitfield (Probation Service)
""", ("attended: Anwen Pryce -> @", "attended: Callum Boateng -> @", "apologies: Dara Whitfield -> @",
      "?member_of: Anwen Pryce -> Ryedale District Council", "?member_of: Callum Boateng -> North Yorkshire Police",
      "?member_of: Dara Whitfield -> Probation Service")),

    Case("minutes-title-other-name-mixed-case", "Thornaby Community Safety Partnership",
         """Stockton-on-Tees Borough Council

Minutes of the Thornaby Community Safety Partnership (Safer Thornaby) held on 9 January 2025

Present: Ffion Adebayo (Chair), Marek Sowinski, Helen Quayle

Apologies: Tobias Renwick
""", ("attended: Ffion Adebayo -> @", "attended: Marek Sowinski -> @", "attended: Helen Quayle -> @",
      "apologies: Tobias Renwick -> @")),

    Case("minutes-title-remit-kept", "Overview and Scrutiny Panel (Performance and Growth)", """ASHFORD BOROUGH COUNCIL

MINUTES OF A MEETING OF THE OVERVIEW AND SCRUTINY PANEL (PERFORMANCE AND GROWTH)
HELD ON THURSDAY, 6 FEBRUARY 2025

Present: Cllr Tamsin Holloway (Chair), Cllr Idris Kamau

Apologies: Cllr Noor Rahimi
""", ("attended: Tamsin Holloway -> @", "attended: Idris Kamau -> @", "apologies: Noor Rahimi -> @",
      "?member_of: Tamsin Holloway -> Ashford Borough Council", "?member_of: Idris Kamau -> Ashford Borough Council",
      "?member_of: Noor Rahimi -> Ashford Borough Council")),

    # -- table rows whose cells wrap over two or three lines, in tables whose entries open on a name
    Case("name-role-org-three-lines", "Kirkwood Youth Justice Management Board",
         """Kirkwood Youth Justice Management Board

2.3 Board membership

  Name                     | Role                               | Organisation
  -------------------------|------------------------------------|-------------------------
  Dr Amelia Fairbrother    | Director of Children's Services    | Lancashire County
                           |                                    | Council
  Tariq Mensah-Boyle       | Designated Nurse, Safeguarding     | NHS Lancashire and South
                           | Children                           | Cumbria Integrated
                           |                                    | Care Board
  Joanna Petrakis          | Partnership Manager                | Office of the Police and
                           |                                    | Crime Commissioner for
                           |                                    | Lancashire
""", ("member_of: Dr Amelia Fairbrother -> @", "member_of: Tariq Mensah-Boyle -> @", "member_of: Joanna Petrakis -> @",
      "member_of: Dr Amelia Fairbrother -> Lancashire County Council",
      "member_of: Tariq Mensah-Boyle -> NHS Lancashire and South Cumbria Integrated Care Board",
      "member_of: Joanna Petrakis -> Office of the Police and Crime Commissioner for Lancashire")),

    Case("present-org-dash-post-wrapped", "Braxton Community Safety Partnership",
         """BRAXTON COMMUNITY SAFETY PARTNERSHIP

MINUTES of the meeting held on Wednesday 5 February 2025 at 2.00 pm

PRESENT

  Name                            | Organisation
  --------------------------------|----------------------------------------------
  Cllr Oona Fitzwilliam (Chair)   | Leicestershire County Council - Cabinet Lead
                                  | for Communities
  Rafe Oduya                      | Leicestershire Fire and Rescue Service - Group
                                  | Manager
  Kwame Adjei-Brown               | Leicestershire County Council - Community
                                  | Safety Team

APOLOGIES

  Insp Gwen Harcourt              | Leicestershire Police
""", ("attended: Oona Fitzwilliam -> @", "attended: Rafe Oduya -> @", "attended: Kwame Adjei-Brown -> @",
      "apologies: Gwen Harcourt -> @", "member_of: Oona Fitzwilliam -> Leicestershire County Council",
      "member_of: Rafe Oduya -> Leicestershire Fire and Rescue Service",
      "member_of: Kwame Adjei-Brown -> Leicestershire County Council",
      "member_of: Gwen Harcourt -> Leicestershire Police")),

    Case("attendee-org-unit-after-dash", "Wyre Forest Community Safety Partnership",
         """Wyre Forest Community Safety Partnership

Notes of the meeting held on 11 March 2025

Present:

| Name | Organisation |
|---|---|
| Isla Marchetti (Chair) | West Mercia Police - Safer Neighbourhood Team |
| Dev Raghunathan | Worcestershire County Council - Public Health |
| Morwenna Castell | Wyre Forest District Council - Community Safety |
""", ("attended: Isla Marchetti -> @", "attended: Dev Raghunathan -> @", "attended: Morwenna Castell -> @",
      "member_of: Isla Marchetti -> West Mercia Police", "member_of: Dev Raghunathan -> Worcestershire County Council",
      "member_of: Morwenna Castell -> Wyre Forest District Council")),

    # -- seats in a sentence that names no body to sit on
    Case("co-opted-seat-held-by", "Safer Holmfirth Partnership", """Safer Holmfirth Partnership

2. Membership

The statutory partners are Kirklees Council, West Yorkshire Police, West Yorkshire Fire and Rescue Service and
the Probation Service. A co-opted seat is held by the Office of the West Yorkshire Mayor.
""", ("member_of: Kirklees Council -> @", "member_of: West Yorkshire Police -> @",
      "member_of: West Yorkshire Fire and Rescue Service -> @", "member_of: Probation Service -> @",
      "member_of: Office of the West Yorkshire Mayor -> @")),

    Case("joined-by-after-list", "Fareham Community Safety Partnership", """Fareham Community Safety Partnership

Partners

The CSP's statutory partners are:

  * Hampshire Constabulary
  * Fareham Borough Council
  * the Probation Service

They are joined by Fareham Voluntary Action, which speaks for local charities, and by the Office of the
Hampshire and Isle of Wight Police and Crime Commissioner.
""", ("member_of: Hampshire and Isle of Wight Constabulary -> @", "member_of: Fareham Borough Council -> @",
      "member_of: Probation Service -> @", "member_of: Fareham Voluntary Action -> @",
      "member_of: Office of the Police and Crime Commissioner for Hampshire and Isle of Wight -> @")),

    Case("are-members-sits-in-takes-seat", "Rushcliffe Community Safety Partnership",
         """Annual report of the Rushcliffe Community Safety Partnership

3.2 The Partnership is chaired by Inspector Ola Brennan. Nottinghamshire County Council and Rushcliffe
Borough Council are members. An officer from the Office of the Nottinghamshire Police and Crime Commissioner
sits in as an adviser, and Metropolitan Housing takes a seat on behalf of the borough's social landlords.
""", ("member_of: Nottinghamshire County Council -> @", "member_of: Rushcliffe Borough Council -> @",
      "member_of: Office of the Police and Crime Commissioner for Nottinghamshire -> @",
      "member_of: Metropolitan Housing -> @")),

    Case("also-sit-on-the-board", "Safer Beverley Partnership", """Safer Beverley Partnership: annual report

The partnership's statutory partners are East Riding of Yorkshire Council and Humberside Police. The Humberside
Police and Crime Commissioner and Beverley Voluntary Action also sit on the Board as co-opted members.
""", ("member_of: East Riding of Yorkshire Council -> @", "member_of: Humberside Police -> @",
      "member_of: Humberside Police and Crime Commissioner -> @", "member_of: Beverley Voluntary Action -> @")),

    Case("hold-seats-bullets", "Newark and Sherwood Community Safety Partnership",
         """Newark and Sherwood Community Safety Partnership

About the partnership

Our members are:
- Newark and Sherwood District Council
- Nottinghamshire Police
- Nottinghamshire Fire and Rescue Service

Newark Business Forum and Newark Homes also hold seats.
""", ("member_of: Newark and Sherwood District Council -> @", "member_of: Nottinghamshire Police -> @",
      "member_of: Nottinghamshire Fire and Rescue Service -> @", "member_of: Newark Business Forum -> @",
      "member_of: Newark Homes -> @")),

    # -- the organisation of a post written with its holder, as a possessive or in the post's own words
    Case("possessive-post-then-holder", "Monmouthshire Public Services Board", """Monmouthshire County Council

Report to the Public Services Board

1.2 The work is led by the Council's Head of Public Protection, Rhodri Vaughan-Ellis, with the support of the
Council's Community Safety Officer, Carys Bellamy-Rhys.
""", ("member_of: Rhodri Vaughan-Ellis -> Monmouthshire County Council",
      "member_of: Carys Bellamy-Rhys -> Monmouthshire County Council")),

    Case("force-post-then-holder", "Hartlepool Community Safety Partnership",
         """Hartlepool Community Safety Partnership

Annual report 2024/25

The Partnership is vice-chaired by the Cleveland Police Hartlepool Neighbourhood Superintendent, Supt Lorna
Fairclough-Ito.
""", ("member_of: Lorna Fairclough-Ito -> Cleveland Police",)),

    Case("unfinished-first-cell-wrapped", "Safer Dudley Partnership", """SAFER DUDLEY PARTNERSHIP
Terms of Reference

3. Membership

  Organisation                                  | Represented by
  ----------------------------------------------|------------------------------------------
  Dudley Metropolitan Borough Council           | Director of Public Realm
  Office of the West Midlands Police and        | Senior Commissioning
  Crime Commissioner                            | Officer
  West Midlands Fire Service                    | Station Commander
""", ("member_of: Dudley Council -> @",
      "member_of: Office of the Police and Crime Commissioner for West Midlands -> @",
      "member_of: West Midlands Fire Service -> @",
      "represented_by: Dudley Council -> Director of Public Realm",
      "represented_by: Office of the Police and Crime Commissioner for West Midlands -> Senior Commissioning Officer",
      "represented_by: West Midlands Fire Service -> Station Commander")),

    Case("responsible-authorities-of-a-board", "Wolverhampton Police and Crime Board",
         """City of Wolverhampton Council - Cabinet

Serious violence strategy

2.1 The Wolverhampton Police and Crime Board is chaired by the Cabinet Member for Resident Services. Its
responsible authorities are City of Wolverhampton Council, West Midlands Police, West Midlands Fire Service and
the Probation Service.
""", ("member_of: City of Wolverhampton Council -> @", "member_of: West Midlands Police -> @",
      "member_of: West Midlands Fire Service -> @", "member_of: Probation Service -> @")),
]



def score(case: Case) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The facts of CASE not read, and the facts read that it does not state."""
    return hub_case_score(case.text, case.facts, case.hub, RELATIONS)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_members_grid(case: Case) -> None:
    missed, false = score(case)
    assert not missed and not false, f"missed {missed}; false {false}"


def test_the_grid_is_broad() -> None:
    assert len(CASES) >= 20
    assert len({c.hub for c in CASES}) == len(CASES)
