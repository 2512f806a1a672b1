"""A grid of the membership, attendance and group tables, and the member lists, that papers nobody had read lost on
main: forms the table and list readers half knew, each written in a different council's style.

- tables whose cells wrap over two or three lines as a plain-text export sets them: pipes with no outer border,
  whose overflow line leaves the first slot empty ("| Policing Team | authority"); a box whose rows are not ruled
  off, where both cells of one row wrap (an organisation's name cut before its head word, the post mid-phrase); a
  name cut before its surname in a "Name | Organisation" table; a group's name and its chair both wrapped;
- an organisation's second and third seats set on the lines under its first, in a pipe table;
- a box's top rule between the paragraph that introduces the seats and the header;
- a "Post represented" column;
- a list of member organisations under a sentence that names the body only by a back-reference or in the first
  person: "The responsible authorities that make up the Partnership are:", "Our partners are:", "Membership of the
  group is by organisation:".

Every council, person and sentence here is invented for the grid. Each case states the facts a reader should take
from it, of the relations in RELATIONS; "@" is the case's hub (the body the members sit on, or the meeting's body).
A post matches the post written alone or qualified by its organisation. A fact marked "?" may be read or not;
every other fact of these relations read from the case is a false one.

On main (e606cd81) 9 of the 21 cases read right (guards: tables and a list the readers already read, two lists that
name no members).
"""

from __future__ import annotations

import pytest
from extract_helpers import HubCase as Case
from extract_helpers import hub_case_score, hub_fact_matches, post_like

RELATIONS = ("member_of", "represented_by", "attended", "apologies", "chairs", "vice_chair", "holds_post")


CASES = [
    # -- pipes with no outer border; the overflow line leaves the first slot empty
    Case("no-border-three-columns", "Pendleford Community Safety Partnership",
         """PENDLEFORD COMMUNITY SAFETY PARTNERSHIP

Terms of Reference

3. Members

3.1 Members sit on the Partnership because of the post they hold. A deputy may be sent.

 Organisation                        | Post represented                          | Status
 ------------------------------------|-------------------------------------------|------------------
 Pendleford Borough Council          | Head of Housing and Environmental         | Responsible
                                     | Health                                    | authority
 Northmoor Constabulary              | Chief Inspector, Pendleford Neighbourhood | Responsible
                                     | Policing Team                             | authority
 Northmoor Fire and Rescue Service   | Station Manager, Pendleford               | Responsible
                                     |                                           | authority
 Pendleford Community Voluntary      | Hub Coordinator                           | Co-opted
 Service                             |                                           |
""", ("member_of: Pendleford Borough Council -> @", "member_of: Northmoor Constabulary -> @",
      "member_of: Northmoor Fire and Rescue Service -> @", "member_of: Pendleford Community Voluntary Service -> @",
      "represented_by: Pendleford Borough Council -> Head of Housing and Environmental Health",
      "represented_by: Northmoor Constabulary -> Chief Inspector, Pendleford Neighbourhood Policing Team",
      "represented_by: Northmoor Fire and Rescue Service -> Station Manager, Pendleford",
      "represented_by: Pendleford Community Voluntary Service -> Hub Coordinator")),

    Case("no-border-two-columns-seats", "Saltmarsh Prevent Board", """Saltmarsh Prevent Board - Terms of Reference

3. Membership

Membership is by post. Members may send a deputy.

  Organisation                        | Post
  ------------------------------------+---------------------------------------------
  Saltmarsh Borough Council               | Head of Environmental Protection
                                      | Community Safety Officer
  Northmoor Constabulary              | Prevent Engagement Officer, Counter
                                      | Terrorism Policing North West
  Saltmarsh Council for Voluntary     | Chief Executive
  Service                             |
""", ("member_of: Saltmarsh Borough Council -> @", "member_of: Northmoor Constabulary -> @",
      "member_of: Saltmarsh Council for Voluntary Service -> @",
      "represented_by: Saltmarsh Borough Council -> Head of Environmental Protection",
      "represented_by: Saltmarsh Borough Council -> Community Safety Officer",
      "represented_by: Northmoor Constabulary -> Prevent Engagement Officer, Counter Terrorism Policing North West",
      "represented_by: Saltmarsh Council for Voluntary Service -> Chief Executive")),

    Case("no-border-agency-role", "Calder Vale Reducing Reoffending Board", """Calder Vale Reducing Reoffending Board

Terms of reference (2025)

4. Membership

4.1 The Board's members are set out below.

 Agency                              | Role
 ------------------------------------|-----------------------------------------
 Calder Vale Council                 | Director of Communities and Public
                                     | Protection
 The Probation Service               | Head of Calder and Ryburn Probation
                                     | Delivery Unit
 HMP Ryburn                          | Head of Reducing Reoffending
""", ("member_of: Calder Vale Council -> @", "member_of: Probation Service -> @", "member_of: HMP Ryburn -> @",
      "represented_by: Calder Vale Council -> Director of Communities and Public Protection",
      "represented_by: Probation Service -> Head of Calder and Ryburn Probation Delivery Unit",
      "represented_by: HMP Ryburn -> Head of Reducing Reoffending")),

    # -- a box whose rows are not ruled off: both cells of a row wrap
    Case("box-both-cells-wrap", "Westmarch Combating Drugs Partnership", """Westmarch Combating Drugs Partnership

TERMS OF REFERENCE

4.  Membership

4.1  Membership is by post. Members should be able to commit their organisation's resources.

     +------------------------------------------+-----------------------------------------------+
     | Organisation                             | Post                                          |
     +------------------------------------------+-----------------------------------------------+
     | Westmarch Council                        | Director of Public Health (Chair)             |
     | NHS Westmarch, Eastwold and Lower        | Director of Mental Health and Learning        |
     | Fenbridge Integrated Care Board          | Disabilities Commissioning                    |
     | The Probation Service                    | Head of Westmarch Probation Delivery Unit     |
     | Department for Work and Pensions         | Partnership Manager, Westmarch                |
     +------------------------------------------+-----------------------------------------------+
""", ("member_of: Westmarch Council -> @",
      "member_of: NHS Westmarch, Eastwold and Lower Fenbridge Integrated Care Board -> @",
      "member_of: Probation Service -> @", "member_of: Department for Work and Pensions -> @",
      "represented_by: Westmarch Council -> Director of Public Health",
      "represented_by: NHS Westmarch, Eastwold and Lower Fenbridge Integrated Care Board -> "
      "Director of Mental Health and Learning Disabilities Commissioning",
      "represented_by: Probation Service -> Head of Westmarch Probation Delivery Unit",
      "represented_by: Department for Work and Pensions -> Partnership Manager, Westmarch",
      "chairs: Director of Public Health -> @")),

    Case("box-name-set-in", "Ouse Valley Combating Drugs Partnership", """Ouse Valley Combating Drugs Partnership
Terms of Reference 2025

4.  Membership

4.1  Members are appointed by post.

 +-------------------------------------+----------------------------------+
 | Organisation                        | Post                             |
 +-------------------------------------+----------------------------------+
 | Ouse Valley Council                 | Head of Community Safety         |
 | Humbermoor and North Wolds          | Associate Director of Mental     |
 |  Integrated Care Board              | Health and Substance Misuse      |
 | HMP Wolds Gate                      | Head of Health Services          |
 +-------------------------------------+----------------------------------+
""", ("member_of: Ouse Valley Council -> @", "member_of: Humbermoor and North Wolds Integrated Care Board -> @",
      "member_of: HMP Wolds Gate -> @",
      "represented_by: Ouse Valley Council -> Head of Community Safety",
      "represented_by: Humbermoor and North Wolds Integrated Care Board -> "
      "Associate Director of Mental Health and Substance Misuse",
      "represented_by: HMP Wolds Gate -> Head of Health Services")),

    Case("box-rule-over-header", "Harrowfield Safeguarding Adults Board", """Harrowfield Safeguarding Adults Board

Constitution

5. Membership

5.1 Membership is by role. Each partner names a deputy who can speak for it.

+----------------------------------------+---------------------------------------+
| Organisation                           | Role                                  |
+----------------------------------------+---------------------------------------+
| Harrowfield Council                    | Director of Adult Social Care         |
| Westwold Police                        | Detective Superintendent, Public      |
|                                        | Protection                            |
| Harrowfield Community Health NHS Trust | Chief Nurse                           |
+----------------------------------------+---------------------------------------+
""", ("member_of: Harrowfield Council -> @", "member_of: Westwold Police -> @",
      "member_of: Harrowfield Community Health NHS Trust -> @",
      "represented_by: Harrowfield Council -> Director of Adult Social Care",
      "represented_by: Westwold Police -> Detective Superintendent, Public Protection",
      "represented_by: Harrowfield Community Health NHS Trust -> Chief Nurse")),

    Case("box-three-line-wrap", "Northwold Combating Drugs Partnership", """Northwold Combating Drugs Partnership

Terms of Reference (2024)

3.  Membership

3.1  Membership is by post.

 +-------------------------------------+----------------------------------+
 | Organisation                        | Post                             |
 +-------------------------------------+----------------------------------+
 | Probation Service (Yorkshire and    | Head of North and East Northwold |
 |  the Humber)                        | Probation Delivery Unit          |
 | HMP Northwold                       | Head of Reducing Reoffending     |
 +-------------------------------------+----------------------------------+
""", ("member_of: Probation Service -> @", "member_of: HMP Northwold -> @",
      "represented_by: Probation Service -> Head of North and East Northwold Probation Delivery Unit",
      "represented_by: HMP Northwold -> Head of Reducing Reoffending")),

    Case("no-border-full-rows-guard", "Saxonbury Reducing Reoffending Group", """Saxonbury Reducing Reoffending Group

Terms of reference

4. Membership

Members attend by virtue of their post.

 Organisation                          | Post
 --------------------------------------|-------------------------------------------
 Saxonbury Borough Council             | Head of Housing and Homelessness Services
 Office of the Westwold Police and     | Partnerships and Commissioning Manager
 Crime Commissioner                    |
 Westwold Police                       | Chief Inspector, Saxonbury
""", ("member_of: Saxonbury Borough Council -> @",
      "member_of: Office of the Westwold Police and Crime Commissioner -> @", "member_of: Westwold Police -> @",
      "represented_by: Saxonbury Borough Council -> Head of Housing and Homelessness Services",
      "represented_by: Office of the Westwold Police and Crime Commissioner -> Partnerships and Commissioning Manager",
      "represented_by: Westwold Police -> Chief Inspector, Saxonbury")),

    # -- a "Name | Organisation" attendance table
    Case("attendance-surname-wraps", "Ashdown Vale Community Safety Partnership Board",
         """ASHDOWN VALE COMMUNITY SAFETY PARTNERSHIP BOARD

MINUTES - Tuesday 3 June 2025, 2.00 pm, Committee Room 2

PRESENT

 Name                        | Organisation
 ----------------------------+------------------------------------------------
 Cllr Rosa Delacourt (Chair) | Ashdown Vale Borough Council - Portfolio Holder
                             | for Community Wellbeing
 Chief Inspector Marguerite  | Surreyside Police - Ashdown Vale
 Fontaine (Vice-Chair)       | Neighbourhood Inspector
 Station Commander Idris     | Surreyside Fire and Rescue Service
 Okonkwo-Hale                |
 Peter Lamb                  | Office of the Surreyside Police and Crime
                             | Commissioner - Partnerships Officer

1. WELCOME

The Chair welcomed members.
""", ("attended: Rosa Delacourt -> @", "attended: Marguerite Fontaine -> @", "attended: Idris Okonkwo-Hale -> @",
      "attended: Peter Lamb -> @", "chairs: Rosa Delacourt -> @", "vice_chair: Marguerite Fontaine -> @",
      "member_of: Rosa Delacourt -> Ashdown Vale Borough Council",
      "member_of: Marguerite Fontaine -> Surreyside Police",
      "member_of: Idris Okonkwo-Hale -> Surreyside Fire and Rescue Service",
      "member_of: Peter Lamb -> Office of the Surreyside Police and Crime Commissioner",
      "holds_post: Rosa Delacourt -> Portfolio Holder for Community Wellbeing",
      "holds_post: Peter Lamb -> Partnerships Officer",
      "?holds_post: Marguerite Fontaine -> Chief Inspector",
      "?holds_post: Marguerite Fontaine -> Ashdown Vale Neighbourhood Inspector",
      "?holds_post: Idris Okonkwo-Hale -> Station Commander",
      "?member_of: Rosa Delacourt -> @", "?member_of: Marguerite Fontaine -> @",
      "?member_of: Idris Okonkwo-Hale -> @", "?member_of: Peter Lamb -> @")),

    Case("attendance-org-post-wraps", "Tamebridge Community Safety Partnership",
         """TAMEBRIDGE COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held at Tamebridge Town Hall on Thursday 6 March 2025 at 10.00 am

Present:

  Name                         | Organisation
  -----------------------------|-----------------------------------------------
  Cllr Hamid Qasim (Chair)     | Tamebridge Borough Council - Lead Member for
                               | Community Safety
  Gwen Talbot                  | Tamebridge Borough Council - Community Safety
                               | Officer
  Farah Idowu                  | Eastshire County Council - Youth Justice
                               | Manager
""", ("attended: Hamid Qasim -> @", "attended: Gwen Talbot -> @", "attended: Farah Idowu -> @",
      "chairs: Hamid Qasim -> @",
      "member_of: Hamid Qasim -> Tamebridge Borough Council", "member_of: Gwen Talbot -> Tamebridge Borough Council",
      "member_of: Farah Idowu -> Eastshire County Council",
      "holds_post: Hamid Qasim -> Lead Member for Community Safety",
      "holds_post: Gwen Talbot -> Community Safety Officer",
      "holds_post: Farah Idowu -> Youth Justice Manager",
      "?member_of: Hamid Qasim -> @", "?member_of: Gwen Talbot -> @", "?member_of: Farah Idowu -> @")),

    # -- a table of groups and their chairs, both cells wrapped
    Case("groups-chair-column-wraps", "Safer Kelmscott Partnership", """Safer Kelmscott Partnership

How we work

Our groups

  Group                                          | Lead / chair
  -----------------------------------------------|----------------------------------------
  Violence Against Women and Girls Strategic     | Chair: Director of Public Health,
  Board (VAWG Board)                             | Kelmscott Council
  Kelmscott Combating Drugs Partnership          | Chair: Tobias Wren, Kelmscott
                                                 | Council
  Kelmscott Prevent Advisory Group               | Chair: Prevent Co-ordinator, Kelmscott
                                                 | Council
""", ("chairs: Director of Public Health, Kelmscott Council -> Violence Against Women and Girls Strategic Board",
      "chairs: Tobias Wren -> Kelmscott Combating Drugs Partnership",
      "chairs: Prevent Co-ordinator, Kelmscott Council -> Kelmscott Prevent Advisory Group",
      "?member_of: Tobias Wren -> Kelmscott Council")),

    # -- guards: tables the readers read already
    Case("space-aligned-guard", "Brackenmoor Community Safety Partnership", """Brackenmoor Community Safety Partnership

Terms of Reference

3. Membership

The Partnership's members are:

Organisation                           Represented by
Brackenmoor District Council           Head of Neighbourhoods
Westwold Police                        District Commander
""", ("member_of: Brackenmoor District Council -> @", "member_of: Westwold Police -> @",
      "represented_by: Brackenmoor District Council -> Head of Neighbourhoods",
      "represented_by: Westwold Police -> District Commander")),

    Case("markdown-guard", "Ashcombe Domestic Abuse Partnership", """Ashcombe Domestic Abuse Partnership

Terms of reference

2. Membership

| Organisation | Post |
|---|---|
| Ashcombe Borough Council | Domestic Abuse Co-ordinator |
| Ashcombe Women's Aid | Chief Executive |
""", ("member_of: Ashcombe Borough Council -> @", "member_of: Ashcombe Women's Aid -> @",
      "represented_by: Ashcombe Borough Council -> Domestic Abuse Co-ordinator",
      "represented_by: Ashcombe Women's Aid -> Chief Executive")),
]


# -- lists of member organisations under a sentence naming the body by a back-reference or in the first person
LISTS = [
    Case("responsible-authorities-make-up", "Safer Marlbury Partnership", """Safer Marlbury Partnership

Annual Report 2024/25

3. Who we are

3.1 Safer Marlbury Partnership is the community safety partnership for Marlbury.

3.2 The responsible authorities that make up the Partnership are:
   • Marlbury District Council
   • Chilterdown County Council
   • Chilterdown Police
   • Chilterdown Fire and Rescue Service
""", ("member_of: Marlbury District Council -> @", "member_of: Chilterdown County Council -> @",
      "member_of: Chilterdown Police -> @", "member_of: Chilterdown Fire and Rescue Service -> @")),

    Case("our-partners-are", "Safer Holloway Partnership", """Safer Holloway Partnership

About us

The Safer Holloway Partnership is the community safety partnership for the London Borough of Holloway. We bring
the council, police, fire service, probation and health together to cut crime and disorder.

Our partners are:
  * Holloway Council
  * the Metropolitan Police Service (North Central Basic Command Unit)
  * London Fire Brigade
  * Holloway Community Voluntary Network, which speaks for local charities
""", ("member_of: Holloway Council -> @", "member_of: Metropolitan Police Service -> @",
      "member_of: London Fire Brigade -> @", "member_of: Holloway Community Voluntary Network -> @")),

    Case("membership-of-the-group-by-organisation", "Harlow Fields Serious Violence Delivery Group",
         """Harlow Fields Community Safety Partnership
Report to the Partnership Board, 12 March 2025

Serious violence: delivery arrangements

3.1 The Harlow Fields Serious Violence Delivery Group was set up in 2024 and meets every two months. Its chair is
the Community Safety Manager. Membership of the group is by organisation:

   * Eastmere Police (Community Safety Hub)
   * Harlow Fields District Council (Community Safety, Housing)
   * Eastmere County Council (Children and Families)
   * Eastmere Youth Justice Service
""", ("member_of: Eastmere Police -> @", "member_of: Harlow Fields District Council -> @",
      "member_of: Eastmere County Council -> @", "member_of: Eastmere Youth Justice Service -> @",
      "?chairs: Community Safety Manager -> @",
      "?chairs: Community Safety Manager, Harlow Fields District Council -> @",
      "?member_of: Harlow Fields Serious Violence Delivery Group -> Harlow Fields Community Safety Partnership")),

    Case("statutory-partners-that-form", "Kingsbury Community Safety Partnership", """Kingsbury Borough Council
Overview and Scrutiny Committee - 4 February 2025

Kingsbury Community Safety Partnership: annual report

2.1 The statutory partners that form the Partnership are:
  - Kingsbury Borough Council;
  - Merecester Police;
  - Merecester Fire and Rescue Service; and
  - the Probation Service.
""", ("member_of: Kingsbury Borough Council -> @", "member_of: Merecester Police -> @",
      "member_of: Merecester Fire and Rescue Service -> @", "member_of: Probation Service -> @")),

    Case("our-members-are-web", "Safer Tynemoor Partnership", """Safer Tynemoor Partnership

Home > Community safety > Safer Tynemoor Partnership

Our members are:

- Tynemoor Council
- Northumbria Vale Police
- Northumbria Vale Fire and Rescue Service
- Tynemoor Housing Trust
""", ("member_of: Tynemoor Council -> @", "member_of: Northumbria Vale Police -> @",
      "member_of: Northumbria Vale Fire and Rescue Service -> @", "member_of: Tynemoor Housing Trust -> @")),

    Case("partnership-membership-is-as-follows-guard", "Wealdmoor Community Safety Partnership",
         """Wealdmoor Community Safety Partnership

Terms of Reference

Membership

The membership of the Partnership is as follows:
- Wealdmoor District Council
- Downshire Police
- Downshire Fire and Rescue Service
""", ("member_of: Wealdmoor District Council -> @", "member_of: Downshire Police -> @",
      "member_of: Downshire Fire and Rescue Service -> @")),

    Case("priorities-not-members", "Safer Ribbleside Partnership", """Safer Ribbleside Partnership

About us

Our priorities are:
  * anti-social behaviour
  * domestic abuse
  * serious violence
""", ()),

    Case("partners-we-fund-not-members", "Safer Avonbury Partnership", """Safer Avonbury Partnership

Annual report

Our partners are the organisations we fund:
  * Avonbury Women's Aid
  * Avonbury Street Pastors
""", ("?member_of: Avonbury Women's Aid -> @", "?member_of: Avonbury Street Pastors -> @")),
]

ALL = CASES + LISTS


def _matches(want: tuple[str, str, str], fact: tuple[str, ...]) -> bool:
    """A membership fact as the hub grids match it; a post held may be qualified by its organisation too."""
    if want[0] == "holds_post" == fact[0]:
        return want[1] == fact[1] and post_like(want[2], fact[2])
    return hub_fact_matches(want, fact)


def score(case: Case) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The facts of CASE not read, and the facts read that it does not state."""
    return hub_case_score(case.text, case.facts, case.hub, RELATIONS, _matches)


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_seat_tables_grid(case: Case) -> None:
    missed, false = score(case)
    assert not missed and not false, f"missed {missed}; false {false}"


def test_the_grid_is_broad() -> None:
    assert len(ALL) >= 20
    assert len({c.hub for c in ALL}) == len(ALL)


if __name__ == "__main__":
    ok = 0
    for c in ALL:
        missed, false = score(c)
        ok += not missed and not false
        if missed or false:
            print(f"{c.id}: missed {missed}\n    false {false}")
    print(f"grid: {ok}/{len(ALL)} cases right")
