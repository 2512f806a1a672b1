"""A grid of membership tables and lists, each written in a different council's style and varying one or two of the
ways councils set out who sits on a body: the column heads ("Organisation | Represented by", "Agency | Post |
Name", "Member | Role"), the rules between rows (pipes, tabs, dashes, boxes, spaces), cells wrapped onto a second
line, a sentence between the heading and the table, a note under it, "(Chair)" marks and a "Role" column, bullet
lists of organisations or of "Post, Organisation" seats, statutory and co-opted sub-lists, a web page's partners,
and the body named only in the paper's title or in the section's heading.

Every council, person and sentence here is invented for the grid. Each case states the facts a reader should take
from it: `member_of` (an organisation, post or person on the body), `represented_by` (an organisation's seat, on
the body), `chairs` and `vice_chair`. "@" is the body the members sit on. A post matches the post written alone or
qualified by its organisation ("Station Manager, Kettleby Fire Service"). A fact marked "?" may be read or not;
every other fact of these four relations read from the case is a false one.

On main before this grid (c315e36c) 28 of the 50 cases read right: 202 of their 305 facts, and 7 false ones.
"""

from __future__ import annotations

import pytest
from extract_helpers import HubCase as Case
from extract_helpers import hub_case_facts, hub_fact_matches, read

RELATIONS = ("member_of", "represented_by", "chairs", "vice_chair")


CASES = [
    Case("pipe-intro-wrapped", "Kettleby Domestic Abuse Partnership Board", """Kettleby Domestic Abuse Partnership Board
Terms of Reference

4. Membership

4.1 Members sit on the board because of the post they hold.

| Organisation | Represented by |
|---|---|
| Kettleby Borough Council | Head of Community Safety (Chair) |
| Derbyshire Constabulary | Detective Chief Inspector, Public |
| | Protection |
| Derbyshire Fire and Rescue Service | Station Manager |
""", ("member_of: Kettleby Borough Council -> @", "member_of: Derbyshire Constabulary -> @",
      "member_of: Derbyshire Fire and Rescue Service -> @",
      "represented_by: Kettleby Borough Council -> Head of Community Safety",
      "represented_by: Derbyshire Constabulary -> Detective Chief Inspector, Public Protection",
      "represented_by: Derbyshire Fire and Rescue Service -> Station Manager",
      "chairs: Head of Community Safety -> @")),

    Case("tab-represented-by", "Ashmere Serious Violence Board", """Ashmere Serious Violence Board - terms of reference

Membership

Organisation\tRepresented by
Ashmere District Council\tDirector of Communities
Lincolnshire Police\tSuperintendent, East Lincolnshire
Lincolnshire County Council\tConsultant in Public Health
Probation Service\tHead of Lincolnshire East PDU
""", ("member_of: Ashmere District Council -> @", "member_of: Lincolnshire Police -> @",
      "member_of: Lincolnshire County Council -> @", "member_of: Probation Service -> @",
      "represented_by: Ashmere District Council -> Director of Communities",
      "represented_by: Lincolnshire Police -> Superintendent, East Lincolnshire",
      "represented_by: Lincolnshire County Council -> Consultant in Public Health",
      "represented_by: Probation Service -> Head of Lincolnshire East PDU")),

    Case("dashed-right-wrap", "Brackenford Channel Panel", """Brackenford Channel Panel
Terms of Reference (version 2, March 2025)

3. Membership

  Organisation                        Represented by
  ----------------------------------  ------------------------------------
  Brackenford City Council            Assistant Director, Safer
                                      Communities (Chair)
  Nottinghamshire Police              Channel Police Practitioner
  Nottinghamshire Fire and Rescue     Prevention Manager
  Service
  Probation Service                   Senior Probation Officer

4. Frequency of meetings
""", ("member_of: Brackenford City Council -> @", "member_of: Nottinghamshire Police -> @",
      "member_of: Nottinghamshire Fire and Rescue Service -> @", "member_of: Probation Service -> @",
      "represented_by: Brackenford City Council -> Assistant Director, Safer Communities",
      "represented_by: Nottinghamshire Police -> Channel Police Practitioner",
      "represented_by: Nottinghamshire Fire and Rescue Service -> Prevention Manager",
      "represented_by: Probation Service -> Senior Probation Officer",
      "chairs: Assistant Director, Safer Communities -> @")),

    Case("post-first-spaced", "Dunmore Youth Justice Management Board", """Dunmore Youth Justice Plan 2025/26

2. Governance

2.3 Membership of the Dunmore Youth Justice Management Board

 Member                                  Organisation
 -------------------------------------   ----------------------------
 Director of Children's Services         Dunmore Council
   (Chair)
 Chief Inspector, Dunmore District       Cumbria Constabulary
 Head of Education Inclusion             Dunmore Council
 Senior Probation Officer                Probation Service

2.4 The Board meets every quarter.
""", ("member_of: Dunmore Council -> @", "member_of: Cumbria Constabulary -> @", "member_of: Probation Service -> @",
      "represented_by: Dunmore Council -> Director of Children's Services",
      "represented_by: Cumbria Constabulary -> Chief Inspector, Dunmore District",
      "represented_by: Dunmore Council -> Head of Education Inclusion",
      "represented_by: Probation Service -> Senior Probation Officer",
      "chairs: Director of Children's Services -> @",
      "?member_of: Director of Children's Services -> @", "?member_of: Chief Inspector, Dunmore District -> @",
      "?member_of: Head of Education Inclusion -> @", "?member_of: Senior Probation Officer -> @")),

    Case("boxed-agency-post-name", "Eastholm Community Safety Partnership", """Eastholm Community Safety Partnership
Annual Report 2024-25

Partnership membership

+-------------------------------+------------------------------+-----------------+
| Agency                        | Post                         | Name            |
+-------------------------------+------------------------------+-----------------+
| Eastholm Borough Council      | Head of Neighbourhoods       | Carla Finch     |
| Essex Police                  | District Commander           | Owen Malley     |
| Essex County Fire and Rescue  | Group Manager                | Priya Lal       |
| Service                       |                              |                 |
+-------------------------------+------------------------------+-----------------+
""", ("member_of: Eastholm Borough Council -> @", "member_of: Essex Police -> @",
      "member_of: Essex County Fire and Rescue Service -> @",
      "member_of: Carla Finch -> @", "member_of: Owen Malley -> @", "member_of: Priya Lal -> @",
      "?member_of: Carla Finch -> Eastholm Borough Council", "?member_of: Owen Malley -> Essex Police",
      "?member_of: Priya Lal -> Essex County Fire and Rescue Service",
      "?represented_by: Eastholm Borough Council -> Head of Neighbourhoods",
      "?represented_by: Essex Police -> District Commander",
      "?represented_by: Essex County Fire and Rescue Service -> Group Manager",
      "?represented_by: Eastholm Borough Council -> Carla Finch", "?represented_by: Essex Police -> Owen Malley",
      "?represented_by: Essex County Fire and Rescue Service -> Priya Lal")),

    Case("member-role-column", "Fenwick Safer Streets Group", """FENWICK SAFER STREETS GROUP

Terms of reference, agreed 12 May 2025

Members

Member | Role
--- | ---
Community Safety Manager, Fenwick District Council | Chair
Sergeant, Fenwick Neighbourhood Policing Team, Kent Police | Vice-chair
Licensing Manager, Fenwick District Council | Member
Youth Services Lead, Kent County Council | Member
""", ("member_of: Fenwick District Council -> @", "member_of: Kent Police -> @", "member_of: Kent County Council -> @",
      "represented_by: Fenwick District Council -> Community Safety Manager",
      "represented_by: Kent Police -> Sergeant, Fenwick Neighbourhood Policing Team",
      "represented_by: Fenwick District Council -> Licensing Manager",
      "represented_by: Kent County Council -> Youth Services Lead",
      "chairs: Community Safety Manager -> @", "vice_chair: Sergeant, Fenwick Neighbourhood Policing Team -> @",
      "?member_of: Community Safety Manager -> @", "?member_of: Licensing Manager -> @",
      "?member_of: Youth Services Lead -> @", "?member_of: Sergeant, Fenwick Neighbourhood Policing Team -> @")),

    Case("caption-over-table", "Harrogate Reducing Reoffending Board", """Harrogate Reducing Reoffending Board

Table 2: Board membership (as at April 2025)

Organisation\tRepresentative
Harrogate Borough Council\tHead of Housing Options
North Yorkshire Police\tDetective Inspector, Integrated Offender Management
Probation Service\tHead of Harrogate PDU
""", ("member_of: Harrogate Borough Council -> @", "member_of: North Yorkshire Police -> @",
      "member_of: Probation Service -> @",
      "represented_by: Harrogate Borough Council -> Head of Housing Options",
      "represented_by: North Yorkshire Police -> Detective Inspector, Integrated Offender Management",
      "represented_by: Probation Service -> Head of Harrogate PDU")),

    Case("note-row", "Hollinsby Prevent Partnership Group", """Hollinsby Prevent Partnership Group
Terms of Reference

5. Membership

Organisation | Post
--- | ---
Hollinsby Borough Council | Prevent Coordinator (Chair)
Lancashire Constabulary | Prevent Engagement Officer
Lancashire County Council | Education Safeguarding Officer

Note: each member organisation may send a named deputy.
""", ("member_of: Hollinsby Borough Council -> @", "member_of: Lancashire Constabulary -> @",
      "member_of: Lancashire County Council -> @",
      "represented_by: Hollinsby Borough Council -> Prevent Coordinator",
      "represented_by: Lancashire Constabulary -> Prevent Engagement Officer",
      "represented_by: Lancashire County Council -> Education Safeguarding Officer",
      "chairs: Prevent Coordinator -> @")),

    Case("bullets-organisations", "Ivelford Community Safety Partnership", """Ivelford Community Safety Partnership

Membership

- Ivelford Borough Council
- Bedfordshire Police
- Bedfordshire Fire and Rescue Service
- Probation Service
- Bedfordshire, Luton and Milton Keynes Integrated Care Board
""", ("member_of: Ivelford Borough Council -> @", "member_of: Bedfordshire Police -> @",
      "member_of: Bedfordshire Fire and Rescue Service -> @", "member_of: Probation Service -> @",
      "member_of: NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board -> @")),

    Case("core-members-post-org", "Torridge Serious Violence Partnership", """Torridge Serious Violence Partnership
Governance arrangements 2025

Core members

• Director of Public Health, Torridge District Council (Chair)
• Superintendent, Torridge, Devon and Cornwall Police
• Head of Service, Torridge Youth Justice Service
• Head of Safeguarding, NHS Devon Integrated Care Board
""", ("member_of: Torridge District Council -> @", "member_of: Devon and Cornwall Police -> @",
      "member_of: Torridge Youth Justice Service -> @", "member_of: NHS Devon Integrated Care Board -> @",
      "represented_by: Torridge District Council -> Director of Public Health",
      "represented_by: Devon and Cornwall Police -> Superintendent, Torridge",
      "represented_by: Torridge Youth Justice Service -> Head of Service",
      "represented_by: NHS Devon Integrated Care Board -> Head of Safeguarding",
      "chairs: Director of Public Health -> @")),

    Case("following-partners", "Larchfield Safer Communities Board", """Larchfield Safer Communities Board

1. Purpose
1.1 The Board sets the priorities for community safety in the district.

2. Partners
The following partners are represented on the Board:
• Larchfield District Council
• Hertfordshire Constabulary
• Hertfordshire Fire and Rescue Service
• Hertfordshire County Council
""", ("member_of: Larchfield District Council -> @", "member_of: Hertfordshire Constabulary -> @",
      "member_of: Hertfordshire Fire and Rescue Service -> @", "member_of: Hertfordshire County Council -> @")),

    Case("statutory-non-statutory", "Marlbeck Community Safety Partnership", """Marlbeck Community Safety Partnership
Terms of Reference

3. Membership

Statutory members (responsible authorities):
- Marlbeck Borough Council
- West Mercia Police
- Hereford and Worcester Fire and Rescue Service
- Probation Service

Non-statutory members:
- West Mercia Police and Crime Commissioner
- Marlbeck Housing Trust
""", ("member_of: Marlbeck Borough Council -> @", "member_of: West Mercia Police -> @",
      "member_of: Hereford and Worcester Fire and Rescue Service -> @", "member_of: Probation Service -> @",
      "member_of: West Mercia Police and Crime Commissioner -> @", "member_of: Marlbeck Housing Trust -> @")),

    Case("co-opted-list", "Northcote Domestic Abuse Board", """Northcote Domestic Abuse Board

Membership

The Board is made up of the following organisations:
- Northcote City Council
- Merseyside Police
- NHS Cheshire and Merseyside Integrated Care Board

Co-opted members:
- Northcote Women's Refuge
- Northcote Victim Support
""", ("member_of: Northcote City Council -> @", "member_of: Merseyside Police -> @",
      "member_of: NHS Cheshire and Merseyside Integrated Care Board -> @",
      "member_of: Northcote Women's Refuge -> @", "member_of: Northcote Victim Support -> @")),

    Case("web-our-partners", "Safer Oakhurst Partnership", """Safer Oakhurst Partnership | Oakhurst Borough Council

Home > Community safety > Safer Oakhurst Partnership

Our partners

The partnership brings together:

* Oakhurst Borough Council
* Surrey Police
* Surrey Fire and Rescue Service
* Surrey County Council
""", ("member_of: Oakhurst Borough Council -> @", "member_of: Surrey Police -> @",
      "member_of: Surrey Fire and Rescue Service -> @", "member_of: Surrey County Council -> @")),

    Case("title-only-numbered", "Penmoor Hate Crime Panel", """Penmoor Hate Crime Panel
Terms of reference

Membership
1. Equalities Officer, Penmoor District Council
2. Hate Crime Officer, Avon and Somerset Police
3. Community Cohesion Lead, Penmoor District Council
""", ("member_of: Penmoor District Council -> @", "member_of: Avon and Somerset Police -> @",
      "represented_by: Penmoor District Council -> Equalities Officer",
      "represented_by: Avon and Somerset Police -> Hate Crime Officer",
      "represented_by: Penmoor District Council -> Community Cohesion Lead")),

    Case("heading-names-hub", "Quarrington Anti-Social Behaviour Group", """Quarrington Community Safety Partnership
Annual Report 2024/25

5. Membership of the Quarrington Anti-Social Behaviour Group

Quarrington Borough Council\tAnti-Social Behaviour Coordinator
Durham Constabulary\tNeighbourhood Inspector
Quarrington Homes\tTenancy Enforcement Manager
""", ("member_of: Quarrington Borough Council -> @", "member_of: Durham Constabulary -> @",
      "member_of: Quarrington Homes -> @",
      "represented_by: Quarrington Borough Council -> Anti-Social Behaviour Coordinator",
      "represented_by: Durham Constabulary -> Neighbourhood Inspector",
      "represented_by: Quarrington Homes -> Tenancy Enforcement Manager")),

    Case("dash-org-post-items", "Redmarsh Combating Drugs Partnership", """Redmarsh Combating Drugs Partnership
Terms of Reference

Membership
- Redmarsh County Council – Director of Public Health (Chair)
- Norfolk Constabulary – Detective Superintendent
- Probation Service – Head of Redmarsh PDU
""", ("member_of: Redmarsh County Council -> @", "member_of: Norfolk Constabulary -> @",
      "member_of: Probation Service -> @",
      "represented_by: Redmarsh County Council -> Director of Public Health",
      "represented_by: Norfolk Constabulary -> Detective Superintendent",
      "represented_by: Probation Service -> Head of Redmarsh PDU",
      "chairs: Director of Public Health -> @")),

    Case("post-bracket-org", "North Lincolnshire Channel Panel", """North Lincolnshire Channel Panel

Who sits on the panel?

- Head of Safeguarding (North Lincolnshire Council)
- Prevent Officer (Humberside Police)
- Named Nurse for Safeguarding (NHS Humber and North Yorkshire Integrated Care Board)
""", ("member_of: North Lincolnshire Council -> @", "member_of: Humberside Police -> @",
      "member_of: NHS Humber and North Yorkshire Integrated Care Board -> @",
      "represented_by: North Lincolnshire Council -> Head of Safeguarding",
      "represented_by: Humberside Police -> Prevent Officer",
      "represented_by: NHS Humber and North Yorkshire Integrated Care Board -> Named Nurse for Safeguarding")),

    Case("lettered-items", "Thornbury Safeguarding Adults Board", """Thornbury Safeguarding Adults Board
Constitution

4. Membership
4.1 The Board comprises:
a) Thornbury County Council;
b) Gloucestershire Constabulary;
c) NHS Gloucestershire Integrated Care Board;
d) Gloucestershire Fire and Rescue Service.
""", ("member_of: Thornbury County Council -> @", "member_of: Gloucestershire Constabulary -> @",
      "member_of: NHS Gloucestershire Integrated Care Board -> @",
      "member_of: Gloucestershire Fire and Rescue Service -> @")),

    Case("intro-two-lines-bullets", "Upwell Community Safety Partnership", """Upwell Community Safety Partnership
Terms of Reference 2025

Membership

Members are appointed by their organisations and sit for as long as they hold the post named.
Each organisation names one deputy.

- Upwell District Council
- Cambridgeshire Constabulary
- Cambridgeshire and Peterborough Integrated Care Board
""", ("member_of: Upwell District Council -> @", "member_of: Cambridgeshire Constabulary -> @",
      "member_of: NHS Cambridgeshire and Peterborough Integrated Care Board -> @")),

    Case("headless-tab-table", "Wendham Youth Crime Panel", """Wendham Youth Crime Panel
Terms of Reference

Membership

Wendham Borough Council\tYouth Services Manager (Chair)
Thames Valley Police\tYouth Engagement Sergeant
Wendham Youth Justice Service\tTeam Manager
""", ("member_of: Wendham Borough Council -> @", "member_of: Thames Valley Police -> @",
      "member_of: Wendham Youth Justice Service -> @",
      "represented_by: Wendham Borough Council -> Youth Services Manager",
      "represented_by: Thames Valley Police -> Youth Engagement Sergeant",
      "represented_by: Wendham Youth Justice Service -> Team Manager",
      "chairs: Youth Services Manager -> @")),

    Case("partner-agency-lead-officer", "Kirklees Modern Slavery Partnership", """Kirklees Modern Slavery Partnership

3. Membership

3.1 The partnership is made up of the agencies below.

| Partner agency | Lead officer |
|---|---|
| Kirklees Council | Modern Slavery Coordinator |
| West Yorkshire Police | Detective Sergeant, Modern Slavery Unit |
| Kirklees Citizens Advice | Advice Services Manager |
""", ("member_of: Kirklees Council -> @", "member_of: West Yorkshire Police -> @",
      "member_of: Kirklees Citizens Advice -> @",
      "represented_by: Kirklees Council -> Modern Slavery Coordinator",
      "represented_by: West Yorkshire Police -> Detective Sergeant, Modern Slavery Unit",
      "represented_by: Kirklees Citizens Advice -> Advice Services Manager")),

    Case("name-title-org-chair-mark", "Zennor Community Safety Partnership", """Zennor Community Safety Partnership
Annual report

Partnership members

Name\tTitle\tOrganisation
Cllr Martin Quayle (Chair)\tPortfolio Holder for Communities\tZennor District Council
Beth Ormerod\tInspector\tDevon and Cornwall Police
Jonah Pike\tCommunity Safety Officer\tZennor District Council
""", ("member_of: Martin Quayle -> @", "member_of: Beth Ormerod -> @", "member_of: Jonah Pike -> @",
      "chairs: Martin Quayle -> @",
      "?member_of: Martin Quayle -> Zennor District Council", "?member_of: Beth Ormerod -> Devon and Cornwall Police",
      "?member_of: Jonah Pike -> Zennor District Council",
      "?member_of: Zennor District Council -> @", "?member_of: Devon and Cornwall Police -> @",
      "?represented_by: Zennor District Council -> Martin Quayle",
      "?represented_by: Devon and Cornwall Police -> Beth Ormerod",
      "?represented_by: Zennor District Council -> Jonah Pike")),

    Case("markdown-heading-stars", "Amberley Safeguarding Children Partnership", """\
# Amberley Safeguarding Children Partnership

## Membership

* Amberley Council
* Sussex Police
* NHS Sussex Integrated Care Board
* Amberley schools and colleges
""", ("member_of: Amberley Council -> @", "member_of: Sussex Police -> @",
      "member_of: NHS Sussex Integrated Care Board -> @", "?member_of: Amberley schools and colleges -> @")),

    Case("made-up-of-post-org-marks", "Bexworth Violence Reduction Group", """Bexworth Violence Reduction Group
Terms of reference

Membership
The Group is made up of:
- Head of Community Safety, Bexworth Borough Council (Chair)
- Detective Inspector, Gwent Police (Vice-Chair)
- Youth Justice Manager, Bexworth Borough Council
""", ("member_of: Bexworth Borough Council -> @", "member_of: Gwent Police -> @",
      "represented_by: Bexworth Borough Council -> Head of Community Safety",
      "represented_by: Gwent Police -> Detective Inspector",
      "represented_by: Bexworth Borough Council -> Youth Justice Manager",
      "chairs: Head of Community Safety -> @", "vice_chair: Detective Inspector -> @")),

    Case("numbered-core-membership-spaced", "Calderdale Channel Panel", """Calderdale Channel Panel - Terms of Reference

3. Chair and membership
3.1 The Panel is chaired by the Council's Head of Safer Communities.
3.2 Core membership:

  Organisation                        Represented by
  ----------------------------------  ----------------------------------
  Calderdale Metropolitan Borough       Head of Safer Communities (Chair);
  Council                             Prevent Coordinator
  West Yorkshire Police               Channel Police Practitioner
  Probation Service                   Senior Probation Officer

3.3 Other agencies attend by invitation.
""", ("member_of: Calderdale Council -> @", "member_of: West Yorkshire Police -> @",
      "member_of: Probation Service -> @",
      "represented_by: Calderdale Council -> Head of Safer Communities",
      "represented_by: Calderdale Council -> Prevent Coordinator",
      "represented_by: West Yorkshire Police -> Channel Police Practitioner",
      "represented_by: Probation Service -> Senior Probation Officer",
      "chairs: Head of Safer Communities -> @")),

    Case("sector-org-rep", "Dovecote Community Safety Partnership", """Dovecote Community Safety Partnership

Membership

Sector | Organisation | Representative
--- | --- | ---
Local authority | Dovecote Borough Council | Head of Environmental Health
Police | Cheshire Constabulary | Chief Inspector, Dovecote
Fire | Cheshire Fire and Rescue Service | Station Manager
""", ("member_of: Dovecote Borough Council -> @", "member_of: Cheshire Constabulary -> @",
      "member_of: Cheshire Fire and Rescue Service -> @",
      "represented_by: Dovecote Borough Council -> Head of Environmental Health",
      "represented_by: Cheshire Constabulary -> Chief Inspector, Dovecote",
      "represented_by: Cheshire Fire and Rescue Service -> Station Manager")),

    Case("org-rep-role-column", "Babergh Drugs and Alcohol Partnership", """Babergh Drugs and Alcohol Partnership

2. Membership

Organisation\tRepresentative\tRole
Suffolk County Council\tDirector of Public Health\tChair
Suffolk Constabulary\tDetective Chief Inspector\tVice-Chair
Babergh Recovery Service\tService Manager\tMember
""", ("member_of: Suffolk County Council -> @", "member_of: Suffolk Constabulary -> @",
      "member_of: Babergh Recovery Service -> @",
      "represented_by: Suffolk County Council -> Director of Public Health",
      "represented_by: Suffolk Constabulary -> Detective Chief Inspector",
      "represented_by: Babergh Recovery Service -> Service Manager",
      "chairs: Director of Public Health -> @", "vice_chair: Detective Chief Inspector -> @")),

    Case("upper-heading-sentence-tab", "Foxleigh Partnership Tasking Group", """Foxleigh Partnership Tasking Group
Terms of Reference

MEMBERSHIP

The group draws its members from the agencies that deal with anti-social behaviour.

Agency\tPost
Foxleigh District Council\tAnti-Social Behaviour Officer
Leicestershire Police\tBeat Team Sergeant
Foxleigh Housing\tNeighbourhood Manager
""", ("member_of: Foxleigh District Council -> @", "member_of: Leicestershire Police -> @",
      "member_of: Foxleigh Housing -> @",
      "represented_by: Foxleigh District Council -> Anti-Social Behaviour Officer",
      "represented_by: Leicestershire Police -> Beat Team Sergeant",
      "represented_by: Foxleigh Housing -> Neighbourhood Manager")),

    Case("deputy-items", "Cannock Chase Community Safety Partnership", """Cannock Chase Community Safety Partnership
Terms of Reference

4. Membership
- Chief Executive, Cannock Chase Council (or nominated deputy)
- District Commander, Staffordshire Police (or deputy)
- Area Manager, Staffordshire Fire and Rescue Service
""", ("member_of: Cannock Chase District Council -> @", "member_of: Staffordshire Police -> @",
      "member_of: Staffordshire Fire and Rescue Service -> @",
      "represented_by: Cannock Chase District Council -> Chief Executive",
      "represented_by: Staffordshire Police -> District Commander",
      "represented_by: Staffordshire Fire and Rescue Service -> Area Manager")),

    Case("intro-dashed-plain-rule", "Harlow Mead Safeguarding Partnership", """Harlow Mead Safeguarding Partnership
Local arrangements 2025

6. Membership

6.1 Each partner names a senior officer to sit on the executive.

Partner                               Senior officer
------------------------------------------------------------------
Harlow Mead Council                   Director of Children's Services
Essex Police                          Detective Chief Superintendent
NHS Mid and South Essex Integrated    Chief Nurse
Care Board
""", ("member_of: Harlow Mead Council -> @", "member_of: Essex Police -> @",
      "member_of: NHS Mid and South Essex Integrated Care Board -> @",
      "represented_by: Harlow Mead Council -> Director of Children's Services",
      "represented_by: Essex Police -> Detective Chief Superintendent",
      "represented_by: NHS Mid and South Essex Integrated Care Board -> Chief Nurse")),

    Case("vice-chair-role-person-table", "Inglewood Community Safety Partnership", """\
Inglewood Community Safety Partnership
Minutes of the meeting, 4 June 2025

Board membership 2025/26

Name | Organisation | Role
--- | --- | ---
Helen Marsh | Inglewood Borough Council | Chair
Tom Rigby | Cumbria Constabulary | Vice-Chair
Asha Devi | NHS Lancashire and South Cumbria Integrated Care Board | Member
""", ("member_of: Helen Marsh -> @", "member_of: Tom Rigby -> @", "member_of: Asha Devi -> @",
      "chairs: Helen Marsh -> @", "vice_chair: Tom Rigby -> @",
      "?member_of: Helen Marsh -> Inglewood Borough Council", "?member_of: Tom Rigby -> Cumbria Constabulary",
      "?member_of: Asha Devi -> NHS Lancashire and South Cumbria Integrated Care Board",
      "?member_of: Inglewood Borough Council -> @", "?member_of: Cumbria Constabulary -> @",
      "?member_of: NHS Lancashire and South Cumbria Integrated Care Board -> @",
      "?represented_by: Inglewood Borough Council -> Helen Marsh",
      "?represented_by: Cumbria Constabulary -> Tom Rigby",
      "?represented_by: NHS Lancashire and South Cumbria Integrated Care Board -> Asha Devi")),

    Case("two-post-seats-semicolon", "Jarrow Fields Prevent Board", """Jarrow Fields Prevent Board
Terms of Reference

Membership

Organisation | Represented by
--- | ---
Jarrow Fields Council | Head of Community Safety (Chair); Prevent Coordinator
Northumbria Police | Prevent Sergeant
""", ("member_of: Jarrow Fields Council -> @", "member_of: Northumbria Police -> @",
      "represented_by: Jarrow Fields Council -> Head of Community Safety",
      "represented_by: Jarrow Fields Council -> Prevent Coordinator",
      "represented_by: Northumbria Police -> Prevent Sergeant",
      "chairs: Head of Community Safety -> @")),

    Case("members-heading-intro-pipe", "Kingsmere Anti-Social Behaviour Panel", """Kingsmere Anti-Social Behaviour Panel
Terms of reference

7. Members of the Panel

Officers attend by virtue of their role.

| Organisation | Role |
|---|---|
| Kingsmere Borough Council | Community Safety Manager (Chair) |
| Wiltshire Police | Neighbourhood Inspector |
| Kingsmere Housing Association | Tenancy Services Manager |
""", ("member_of: Kingsmere Borough Council -> @", "member_of: Wiltshire Police -> @",
      "member_of: Kingsmere Housing Association -> @",
      "represented_by: Kingsmere Borough Council -> Community Safety Manager",
      "represented_by: Wiltshire Police -> Neighbourhood Inspector",
      "represented_by: Kingsmere Housing Association -> Tenancy Services Manager",
      "chairs: Community Safety Manager -> @")),

    Case("caption-acronym-post-first", "Wyre Forest Youth Justice Partnership Board", """\
Wyre Forest Youth Justice Plan 2025/26

2. Governance

2.1 The plan is overseen by the Wyre Forest Youth Justice Partnership Board (YJPB), which meets every quarter.

Table 1: YJPB membership (at 1 May 2025)
 Member                                   Organisation
 ---------------------------------------  ------------------------------
 Director of Children's Services (Chair)  Worcestershire County Council
 Head of Service                          Wyre Forest Youth Justice Service
 Superintendent, North Worcestershire     West Mercia Police
 Senior Probation Officer                 Probation Service (observer)

2.2 The Board reports to the Safer Wyre Forest Partnership.
""", ("member_of: Worcestershire County Council -> @", "member_of: Wyre Forest Youth Justice Service -> @",
      "member_of: West Mercia Police -> @", "member_of: Probation Service -> @",
      "represented_by: Worcestershire County Council -> Director of Children's Services",
      "represented_by: Wyre Forest Youth Justice Service -> Head of Service",
      "represented_by: West Mercia Police -> Superintendent, North Worcestershire",
      "represented_by: Probation Service -> Senior Probation Officer",
      "chairs: Director of Children's Services -> @",
      "?member_of: Director of Children's Services -> @", "?member_of: Head of Service -> @",
      "?member_of: Superintendent, North Worcestershire -> @", "?member_of: Senior Probation Officer -> @")),

    Case("bilingual-heading-intro", "Conwy Channel Panel", """Conwy Channel Panel
Cylch Gorchwyl | Terms of Reference

3. Aelodaeth | Membership

3.1 Members are named by post. Each agency names a deputy.

  Agency                          | Post
  --------------------------------|------------------------------------
  Conwy County Borough Council    | Head of Regulatory Services (Chair)
  North Wales Police              | Prevent Officer
  Betsi Cadwaladr University      | Named Nurse, Safeguarding Adults
  Health Board                    |
""", ("member_of: Conwy County Borough Council -> @", "member_of: North Wales Police -> @",
      "member_of: Betsi Cadwaladr University Health Board -> @",
      "represented_by: Conwy County Borough Council -> Head of Regulatory Services",
      "represented_by: North Wales Police -> Prevent Officer",
      "represented_by: Betsi Cadwaladr University Health Board -> Named Nurse, Safeguarding Adults",
      "chairs: Head of Regulatory Services -> @")),

    Case("annex-acronym-post-org", "Safer Tamworth Partnership", """\
Report to Cabinet, 12 February 2025: community safety grant

1. The Safer Tamworth Partnership (STP) is the community safety partnership for the borough.

Annex 2 - STP membership

 - Assistant Director, Neighbourhoods, Tamworth Borough Council (Chair)
 - Inspector, Tamworth Local Policing Team, Staffordshire Police
 - Prevention Manager, Staffordshire Fire and Rescue Service
 - Policy Officer, Staffordshire Commissioner's Office (adviser)
""", ("member_of: Tamworth Borough Council -> @", "member_of: Staffordshire Police -> @",
      "member_of: Staffordshire Fire and Rescue Service -> @",
      "represented_by: Tamworth Borough Council -> Assistant Director, Neighbourhoods",
      "represented_by: Staffordshire Police -> Inspector, Tamworth Local Policing Team",
      "represented_by: Staffordshire Fire and Rescue Service -> Prevention Manager",
      "chairs: Assistant Director, Neighbourhoods -> @",
      "?member_of: Office of the Police, Fire and Crime Commissioner for Staffordshire -> @",
      "?represented_by: Office of the Police, Fire and Crime Commissioner for Staffordshire -> Policy Officer")),

    Case("org-bracket-post-items", "Safer Swale Partnership", """\
Safer Swale Partnership
Terms of Reference 2025

5. Membership
5.1 The Partnership is made up of senior officers from:
(a) Swale Borough Council (Head of Housing and Community Services)
(b) Kent Police (District Commander)
(c) Kent Fire and Rescue Service (Station Manager)
""", ("member_of: Swale Borough Council -> @", "member_of: Kent Police -> @",
      "member_of: Kent Fire and Rescue Service -> @",
      "represented_by: Swale Borough Council -> Head of Housing and Community Services",
      "represented_by: Kent Police -> District Commander",
      "represented_by: Kent Fire and Rescue Service -> Station Manager")),

    Case("org-colon-post-items", "Mid Devon Community Safety Partnership", """\
Mid Devon Community Safety Partnership - Terms of Reference

Members
* Mid Devon District Council: Head of Housing and Health
* Devon and Cornwall Police: Sector Inspector
* Devon County Council: Public Health Specialist
""", ("member_of: Mid Devon District Council -> @", "member_of: Devon and Cornwall Police -> @",
      "member_of: Devon County Council -> @",
      "represented_by: Mid Devon District Council -> Head of Housing and Health",
      "represented_by: Devon and Cornwall Police -> Sector Inspector",
      "represented_by: Devon County Council -> Public Health Specialist")),

    Case("deputy-column", "Rushcliffe Community Safety Partnership", """\
Rushcliffe Community Safety Partnership

Membership

Organisation | Named representative | Deputy
--- | --- | ---
Rushcliffe Borough Council | Director of Neighbourhoods | Community Safety Manager
Nottinghamshire Police | Neighbourhood Inspector | Sergeant
""", ("member_of: Rushcliffe Borough Council -> @", "member_of: Nottinghamshire Police -> @",
      "represented_by: Rushcliffe Borough Council -> Director of Neighbourhoods",
      "represented_by: Nottinghamshire Police -> Neighbourhood Inspector",
      "?represented_by: Rushcliffe Borough Council -> Community Safety Manager",
      "?represented_by: Nottinghamshire Police -> Sergeant")),

    Case("person-post-org-items", "Fylde Community Safety Partnership", """\
Fylde Community Safety Partnership
Annual report 2024/25

Partnership members
- Cllr Ruth Denby (Chair), Cabinet Member for Communities, Fylde Council
- Inspector Paul Mercer, Lancashire Constabulary
- Joanne Whitley, Head of Housing, Fylde Council
""", ("member_of: Ruth Denby -> @", "member_of: Paul Mercer -> @", "member_of: Joanne Whitley -> @",
      "chairs: Ruth Denby -> @",
      "?member_of: Ruth Denby -> Fylde Council", "?member_of: Paul Mercer -> Lancashire Constabulary",
      "?member_of: Joanne Whitley -> Fylde Council", "?member_of: Fylde Council -> @",
      "?member_of: Lancashire Constabulary -> @", "?represented_by: Fylde Council -> Ruth Denby",
      "?represented_by: Lancashire Constabulary -> Paul Mercer", "?represented_by: Fylde Council -> Joanne Whitley")),

    Case("org-unit-bracket-wrapped", "Bradford Channel Panel", """\
Bradford Channel Panel - Terms of Reference (2025)

4. Membership
4.1 Standing members:

  Organisation                          Represented by
  ------------------------------------  ----------------------------------------
  City of Bradford Metropolitan         Assistant Director, Neighbourhoods
  District Council                      (Chair)
  West Yorkshire Police                 Channel Police Practitioner
  (Counter Terrorism Policing)
  West Yorkshire Police                 Detective Inspector, Safeguarding,
  (Bradford District)                   Bradford District
  Bradford District Care NHS            Named Nurse, Safeguarding Adults
  Foundation Trust

4.2 Other agencies attend when a case needs them.
""", ("member_of: City of Bradford Metropolitan District Council -> @", "member_of: West Yorkshire Police -> @",
      "member_of: Bradford District Care NHS Foundation Trust -> @",
      "represented_by: City of Bradford Metropolitan District Council -> Assistant Director, Neighbourhoods",
      "represented_by: West Yorkshire Police -> Channel Police Practitioner",
      "represented_by: West Yorkshire Police -> Detective Inspector, Safeguarding, Bradford District",
      "represented_by: Bradford District Care NHS Foundation Trust -> Named Nurse, Safeguarding Adults",
      "chairs: Assistant Director, Neighbourhoods -> @")),

    Case("note-under-bullets-observers", "Hastings Community Safety Partnership", """\
Hastings Community Safety Partnership
Terms of Reference

Membership
The following organisations are members:
• Hastings Borough Council
• Sussex Police
• East Sussex Fire and Rescue Service
• East Sussex County Council

Observers (non-voting): the Sussex Police and Crime Commissioner's office.
""", ("member_of: Hastings Borough Council -> @", "member_of: Sussex Police -> @",
      "member_of: East Sussex Fire and Rescue Service -> @", "member_of: East Sussex County Council -> @",
      "?member_of: Sussex Police and Crime Commissioner -> @")),

    Case("numbered-column", "Gedling Community Safety Partnership", """\
Gedling Community Safety Partnership

Membership

No. | Member organisation | Representative(s)
--- | --- | ---
1 | Gedling Borough Council | Head of Environment
2 | Nottinghamshire Police | District Inspector
3 | Nottinghamshire Fire and Rescue Service | Station Manager
""", ("member_of: Gedling Borough Council -> @", "member_of: Nottinghamshire Police -> @",
      "member_of: Nottinghamshire Fire and Rescue Service -> @",
      "represented_by: Gedling Borough Council -> Head of Environment",
      "represented_by: Nottinghamshire Police -> District Inspector",
      "represented_by: Nottinghamshire Fire and Rescue Service -> Station Manager")),

    Case("represented-by-phrase-items", "Broxtowe Community Safety Partnership", """\
Broxtowe Community Safety Partnership
Terms of Reference

Membership
- Broxtowe Borough Council, represented by the Head of Public Protection
- Nottinghamshire Police, represented by the Neighbourhood Inspector
- Nottinghamshire County Council, represented by a Public Health Manager
""", ("member_of: Broxtowe Borough Council -> @", "member_of: Nottinghamshire Police -> @",
      "member_of: Nottinghamshire County Council -> @",
      "represented_by: Broxtowe Borough Council -> Head of Public Protection",
      "represented_by: Nottinghamshire Police -> Neighbourhood Inspector",
      "represented_by: Nottinghamshire County Council -> Public Health Manager")),

    Case("plain-lines-colon-heading", "Erewash Community Safety Partnership", """\
Erewash Community Safety Partnership
Terms of reference

Membership:
Erewash Borough Council
Derbyshire Constabulary
Derbyshire Fire and Rescue Service
Derbyshire County Council

Meetings are held quarterly.
""", ("member_of: Erewash Borough Council -> @", "member_of: Derbyshire Constabulary -> @",
      "member_of: Derbyshire Fire and Rescue Service -> @", "member_of: Derbyshire County Council -> @")),

    Case("bold-heads-person-post", "Bassetlaw Community Safety Partnership", """\
Bassetlaw Community Safety Partnership

Board members

| **Organisation** | **Representative** |
|---|---|
| Bassetlaw District Council | Kate Rowe, Head of Regeneration (Chair) |
| Nottinghamshire Police | Inspector Dan Hale |
""", ("member_of: Bassetlaw District Council -> @", "member_of: Nottinghamshire Police -> @",
      "member_of: Kate Rowe -> @", "member_of: Dan Hale -> @", "chairs: Kate Rowe -> @",
      "represented_by: Bassetlaw District Council -> Kate Rowe", "represented_by: Nottinghamshire Police -> Dan Hale",
      "?member_of: Kate Rowe -> Bassetlaw District Council", "?member_of: Dan Hale -> Nottinghamshire Police")),

    Case("title-after-paper-kind", "Tendring Serious Violence Group", """\
TERMS OF REFERENCE
Tendring Serious Violence Group

1. Membership
- Tendring District Council
- Essex Police
- Essex County Fire and Rescue Service
""", ("member_of: Tendring District Council -> @", "member_of: Essex Police -> @",
      "member_of: Essex County Fire and Rescue Service -> @")),

    Case("title-colon-body", "Maldon Community Safety Partnership", """\
Terms of Reference: Maldon Community Safety Partnership
Approved June 2025

Membership
The partnership is made up of:
- Head of Community Services, Maldon District Council (Chair)
- District Commander, Essex Police
""", ("member_of: Maldon District Council -> @", "member_of: Essex Police -> @",
      "represented_by: Maldon District Council -> Head of Community Services",
      "represented_by: Essex Police -> District Commander",
      "chairs: Head of Community Services -> @")),

    Case("head-first-council-wrapped-posts", "Greenwich Channel Panel", """\
Greenwich Channel Panel - Terms of Reference

3. Chair and membership
3.1 Core membership:

  Organisation                          Represented by
  ------------------------------------  ----------------------------------------
  Royal Borough of Greenwich            Head of Community Safety (Chair);
                                        Prevent Coordinator (Deputy Chair);
                                        Head of Children's Social
                                        Care
  Metropolitan Police Service           Channel Police Practitioner, Counter
  (Counter Terrorism Policing)          Terrorism Policing London
  Probation Service (London)            Senior Probation Officer

3.2 Other agencies attend by invitation.
""", ("member_of: Royal Borough of Greenwich -> @", "member_of: Metropolitan Police Service -> @",
      "member_of: Probation Service -> @",
      "represented_by: Royal Borough of Greenwich -> Head of Community Safety",
      "represented_by: Royal Borough of Greenwich -> Prevent Coordinator",
      "represented_by: Royal Borough of Greenwich -> Head of Children's Social Care",
      "represented_by: Metropolitan Police Service -> Channel Police Practitioner, Counter Terrorism Policing London",
      "represented_by: Probation Service -> Senior Probation Officer",
      "chairs: Head of Community Safety -> @", "vice_chair: Prevent Coordinator -> @")),
]



def score(case: Case) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str]]]:
    """The facts of CASE not read, and the facts read that it does not state."""
    doc = read(case.text)
    got = [(f.relation, f.subject.name, f.object.name if f.object else "", f.on_body.name if f.on_body else "")
           for f in doc.facts if f.relation in RELATIONS]
    wanted, optional = hub_case_facts(case.facts, case.hub)
    missed = [w for w in wanted if not any(hub_fact_matches(w, g) for g in got)]
    # a seat read on another body than the hub is not the seat stated
    missed += [w for w in wanted if w[0] == "represented_by" and w not in missed and
               not any(hub_fact_matches(w, g) and g[3] == case.hub for g in got)]
    false = [g for g in got if not any(hub_fact_matches(w, g) for w in wanted + optional)]
    return missed, sorted(set(false))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_membership_grid(case: Case) -> None:
    missed, false = score(case)
    assert not missed and not false, f"missed {missed}; false {false}"


def test_the_grid_is_broad() -> None:
    assert len(CASES) >= 30
    assert len({c.hub for c in CASES}) == len(CASES)
