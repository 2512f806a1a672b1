"""A grid of chairs, posts and memberships that main gave to the wrong holder or body, each case in a different
council's style, with the neighbouring reading that must stay:

- "Chair: Northdale Town Council's Town Clerk" under a group's name: the post chairs the group, not the council,
  and not the paper's own body; a list's item ("(ii) Tasking Group (TG)") or a heading with a two-word short name
  ("... Conference (CV RAC)") over the fields names whose fields they are;
- "chaired by X Council's Director of Strategy, Performance and Governance, Jo Lee": a post whose remit names a
  strategy is a post (and its holder the chair), not a paper the council chairs;
- "the county's Director of Public Health" in a district's paper: the county council's post, not the district's;
- "The DHR Group, a sub-group of this Board, is chaired by ...", "the Task Group, a sub-group of the CSP, which
  Inspector Jo Lee chairs": the group the apposition describes, not the body it sits under;
- "It is chaired by ..." after "The CSP's Strategic Board meets ...", "The X Task Force was set up ...", "Our
  KRMM looks at ...": the board, the task force, the group, never the paper's own body;
- "Calder Brook Domestic Abuse Service", "Kestrel Vale Recovery Service" alone as a members' item: one organisation,
  no person "Calder Brook" and a unit;
- "Jo Lee (Westshire County Council, Public Health)", "Jo Lee, Democratic Services, Eastby Council": the council's
  unit, no second organisation (nor the paper's council's service of that name).

Every council, person and sentence here is invented for the grid. A case lists facts that must be read and facts
that must not; a post matches written alone or qualified by its organisation, a body by its name or the name with
the paper's place before it.

On main (fe03c21f) 11 of the 30 cases read right (the neighbouring readings).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from extract_helpers import post_like, read


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    read: tuple[str, ...]  # "relation: subject -> object" facts that must be read
    unread: tuple[str, ...] = ()  # facts that must not be


def _names(want: str, got: str) -> bool:
    # (a body's name may have the paper's place before it; a post's organisation stands after a comma)
    return post_like(want, got) or (got.endswith(" " + want) and "," not in got)


def _parse(line: str) -> tuple[str, str, str]:
    relation, rest = line.split(": ", 1)
    subject, obj = rest.split(" -> ")
    return relation, subject, obj


def _found(doc, line: str) -> bool:
    relation, subject, obj = _parse(line)
    return any(f.relation == relation and _names(subject, f.subject.name) and f.object is not None and
               _names(obj, f.object.name) for f in doc.facts)


CASES = [
    # -- a possessive post in a chair field
    Case("field-town-clerk", """Safer Hollinbury Partnership
Terms of Reference 2023

7. Groups reporting to the Partnership

   Hollinbury Market Square Action Group
     Chair: Hollinbury Town Council's Town Clerk
     Remit: evening economy and retail crime

   Hollinbury Youth Diversion Panel
     Chair: Hollinbury District Council's Youth Services Manager
     Remit: young people at risk of exclusion
""", ("chairs: Town Clerk -> Hollinbury Market Square Action Group",
      "chairs: Youth Services Manager -> Hollinbury Youth Diversion Panel"),
         ("chairs: Hollinbury Town Council -> Hollinbury Market Square Action Group",
          "chairs: Hollinbury District Council -> Hollinbury Youth Diversion Panel",
          "chairs: Youth Services Manager -> Safer Hollinbury Partnership")),

    Case("field-acronym-heading", """Carnford Community Safety Partnership
Constitution

6. Sub-groups

6.1 The groups below report to the Partnership at each of its quarterly meetings, in writing, through their chairs.

   Carnford Night Safety Forum
     Chair: Carnford Borough Council's Licensing Team Leader
     Remit: licensed premises

   Carnford Victims Risk Assessment Conference (CV RAC)
     Chair: Carnford Borough Council's ASB Co-ordinator
     Remit: high-risk victims of anti-social behaviour
""", ("chairs: ASB Co-ordinator -> Carnford Victims Risk Assessment Conference",
      "chairs: Licensing Team Leader -> Carnford Night Safety Forum"),
         ("chairs: Carnford Borough Council -> Carnford Victims Risk Assessment Conference",
          "chairs: ASB Co-ordinator -> Carnford Community Safety Partnership")),

    Case("field-listed-item", """Wendlebury Community Safety Partnership
Terms of Reference

8.  Sub-groups

8.1 Two groups work beneath the Partnership and report to each meeting:

  (i)  Wendlebury Tasking Group (WT Group)
       Chair: Community Safety Manager, Wendlebury Borough Council
       (currently Odile Marchetti). Meets monthly.

  (ii) Wendlebury Hate Crime Forum
       Meets quarterly and is open to community groups.
""", ("chairs: Odile Marchetti -> Wendlebury Tasking Group",),
         ("chairs: Odile Marchetti -> Wendlebury Community Safety Partnership",)),

    Case("field-plain-post-stays", """Eastmere Safer Communities Board
Terms of Reference

3. Chair

Chair: Director of Public Health, Eastmere County Council
""", ("chairs: Director of Public Health -> Eastmere Safer Communities Board",)),

    Case("field-named-chair-stays", """Brackley Vale Community Safety Partnership
Terms of Reference 2024

Chair: Councillor Ines Farrow
Vice-Chair: Inspector Ravi Kapoor
""", ("chairs: Ines Farrow -> Brackley Vale Community Safety Partnership",
      "vice_chair: Ravi Kapoor -> Brackley Vale Community Safety Partnership")),

    # -- a post whose remit names a strategy
    Case("clause-strategy-post", """Office of the Police, Fire and Crime Commissioner for Marlshire
Decision Notice 2024/17

2. Background

2.1 The Tolbury Community Safety Partnership covers the whole of Tolbury District and is chaired by Tolbury
District Council's Director of Strategy, Performance and Governance, Marek Solberg.
""", ("chairs: Marek Solberg -> Tolbury Community Safety Partnership",
      "holds_post: Marek Solberg -> Director of Strategy, Performance and Governance"),
         # the post does not chair beside its named holder (CONVENTIONS.md, G)
         ("chairs: Tolbury District Council -> Tolbury Community Safety Partnership",
          "chairs: Director of Strategy, Performance and Governance -> Tolbury Community Safety Partnership")),

    Case("clause-strategy-post-unnamed", """Rushwick Borough Council
Overview and Scrutiny Committee, 9 October 2024

3. The Rushwick Community Safety Partnership is chaired by the Council's Head of Policy, Strategy and Performance.
""", ("chairs: Head of Policy, Strategy and Performance -> Rushwick Community Safety Partnership",),
         ("chairs: Rushwick Borough Council -> Rushwick Community Safety Partnership",)),

    Case("clause-plan-stays-publication", """Gannet Bay Community Safety Partnership
Annual Report 2023

The Partnership is chaired by Superintendent Alys Venn. It agreed the Police, Crime and Justice Plan in June.
""", ("chairs: Alys Venn -> Gannet Bay Community Safety Partnership",),
         ("chairs: Police, Crime and Justice Plan -> Gannet Bay Community Safety Partnership",)),

    # -- the county's post in a district's paper
    Case("county-dph-derbyshire", """Bolsover District Council
Community Safety Partnership - minutes, 16 July 2024

5. DRUGS AND ALCOHOL

The treatment provider reminded members that the Derbyshire Combating Drugs Partnership, chaired by the county's
Director of Public Health, oversees the local drugs strategy.
""", ("chairs: Director of Public Health, Derbyshire County Council -> Derbyshire Combating Drugs Partnership",),
         ("chairs: Director of Public Health, Bolsover District Council -> Derbyshire Combating Drugs Partnership",)),

    Case("county-dph-oxfordshire", """Cherwell District Council
Prevent and Channel

Prevent work in the district is co-ordinated through the Oxfordshire Prevent Steering Group, which is chaired by
the county's Director of Public Health and meets quarterly.
""", ("chairs: Director of Public Health, Oxfordshire County Council -> Oxfordshire Prevent Steering Group",),
         ("chairs: Director of Public Health, Cherwell District Council -> Oxfordshire Prevent Steering Group",)),

    Case("council-post-stays-district", """Erewash Borough Council
Community Safety Partnership - annual report 2024

The Erewash Community Safety Partnership is chaired by the council's Head of Community Protection.
""", ("chairs: Head of Community Protection, Erewash Borough Council -> Erewash Community Safety Partnership",)),

    # -- "It" after the sentence that names the group
    Case("it-owned-board", """Kelbrook Community Safety Partnership
About us

The CSP's Strategic Board meets four times a year. It is chaired by Councillor Dilys Penhale, the Council's
Executive Member for Communities.
""", ("chairs: Dilys Penhale -> Kelbrook Community Safety Partnership Strategic Board",),
         ("chairs: Dilys Penhale -> Kelbrook Community Safety Partnership",)),

    Case("it-owned-executive", """Safer Ottery Partnership
Who we are

The Partnership's Executive Group sets the priorities each spring. It is chaired by Chief Inspector Tom Ashdown.
""", ("chairs: Tom Ashdown -> Safer Ottery Partnership Executive Group",),
         ("chairs: Tom Ashdown -> Safer Ottery Partnership",)),

    Case("it-plain-subject-stays", """Marlow Vale Community Safety Partnership
About us

The Partnership meets four times a year. It is chaired by Councillor Hugo Brannan.
""", ("chairs: Hugo Brannan -> Marlow Vale Community Safety Partnership",)),

    Case("it-task-force", """Safer Dunmore Partnership
Annual Report 2024

Our groups

  * The Dunmore Riverside Task Force was set up in May 2023 after a rise in street drinking. It is chaired by
    Esme Rowntree, the Council's Licensing Manager, and will report to the Board in 2025.
""", ("chairs: Esme Rowntree -> Dunmore Riverside Task Force",),
         ("chairs: Esme Rowntree -> Safer Dunmore Partnership",)),

    Case("it-task-force-prose", """Haldon Borough Council
Scrutiny of the Community Safety Partnership, 2024

4.2 The Haldon Town Centre Task Force began work in January. It is led by the Police and chaired by Inspector
Maya Trelawny.
""", ("chairs: Maya Trelawny -> Haldon Town Centre Task Force",),
         ("chairs: Maya Trelawny -> Haldon Community Safety Partnership",)),

    Case("it-our-initials", """Safer Wyebridge Partnership
Our work

Wyebridge Harm Reduction Meeting (WHRM)
Our WHRM looks at people who are at risk of serious harm in the community. It is chaired by the council's
Community Safety Officer and works with the Marlshire Safeguarding Adults Board.
""", (),
         ("chairs: Community Safety Officer -> Safer Wyebridge Partnership",)),

    Case("it-our-partnership-stays", """Stanbury Community Safety Partnership
Our work

The SCSP brings together the council, the police and health partners. It is chaired by Councillor Asha Ferris.
""", ("chairs: Asha Ferris -> Stanbury Community Safety Partnership",)),

    # -- a group described as a sub-group of a body, then chaired
    Case("subgroup-apposed-passive", """Safer Tarnmoor Board
Minutes, 4 March 2024

5. DOMESTIC HOMICIDE REVIEWS

Kofi Baxter gave an update on the three reviews in progress. The DHR Steering Group, a sub-group of this Board, is
chaired by Helena Rooke and oversees each review from referral to publication.
""", ("chairs: Helena Rooke -> DHR Steering Group",),
         ("chairs: Helena Rooke -> Safer Tarnmoor Board",)),

    Case("subgroup-apposed-which", """Pellworth Community Safety Partnership
Minutes of the meeting held on 7 May 2024

6. SERIOUS VIOLENCE DUTY

Locally the Duty is delivered through the Pellworth Serious Violence Task Group, a sub-group of the Partnership,
which Inspector Dean Amos chairs. The Task Group reports to the Partnership each quarter.
""", ("chairs: Dean Amos -> Pellworth Serious Violence Task Group",),
         ("chairs: Dean Amos -> Pellworth Community Safety Partnership",)),

    Case("which-chairs-stays", """Harbridge Borough Council
Cabinet report, 2 July 2024

The Partnership reports each year to the Marlshire Safer Communities Board, which the Police and Crime Commissioner
chairs.
""", ("chairs: Police and Crime Commissioner -> Marlshire Safer Communities Board",)),

    # -- an organisation read as a person and a unit
    Case("members-charity-service", """Northcliffe Domestic Abuse Local Partnership Board
Annual Report 2024

2. Membership

The Board's members are:

  Northcliffe Council
  Marlshire Police
  Calder Brook Domestic Abuse Service
  Harbour Women's Refuge Trust
""", ("member_of: Calder Brook Domestic Abuse Service -> Northcliffe Domestic Abuse Local Partnership Board",
      "member_of: Marlshire Police -> Northcliffe Domestic Abuse Local Partnership Board"),
         ("member_of: Calder Brook -> Northcliffe Domestic Abuse Local Partnership Board",)),

    Case("members-recovery-table", """Tolvern Combating Drugs Partnership
Terms of Reference 2025

3. Who sits on it

| Organisation                      | Represented by                       |
| Tolvern Borough Council           | Director of Public Health            |
| Kestrel Vale Recovery Service     | Service Manager                      |
| Tarn Recovery Marlshire           | Team Leader                          |
""", ("member_of: Kestrel Vale Recovery Service -> Tolvern Combating Drugs Partnership",
      "member_of: Tarn Recovery Marlshire -> Tolvern Combating Drugs Partnership"),
         ("member_of: Kestrel Vale Recovery -> Tolvern Combating Drugs Partnership",
          "member_of: Tarn Recovery -> Tolvern Combating Drugs Partnership")),

    Case("members-person-comma-stays", """Ravensholt Community Safety Partnership
Terms of Reference

Members:

  - Olu Adeyemi, Marlshire Police
  - Councillor Bea Strand
  - Ravensholt Youth Service
""", ("member_of: Olu Adeyemi -> Ravensholt Community Safety Partnership",
      "member_of: Bea Strand -> Ravensholt Community Safety Partnership",
      "member_of: Ravensholt Youth Service -> Ravensholt Community Safety Partnership")),

    # -- a council's unit beside the council in an attendance entry
    Case("attendance-unit-after-council", """Pendlow Community Safety Partnership
Minutes of the meeting held on 12 March 2024

Present:
Cllr Fen Adair (Chair)          Pendlow Borough Council
Tomas Reyes                     Marlshire Police
Priya Lal                       Marlshire County Council, Public Health
""", ("member_of: Priya Lal -> Marlshire County Council", "attended: Priya Lal -> Pendlow Community Safety Partnership",
      "member_of: Tomas Reyes -> Marlshire Police"),
         ("member_of: Priya Lal -> Public Health", "member_of: Priya Lal -> Pendlow Public Health")),

    Case("attendance-unit-bracket", """Ashcombe Safer Communities Partnership
Notes of the meeting, 3 June 2024

Apologies: Joel Reddy (Westshire County Council, Public Health) and Councillor Nia Hale (Ashcombe District
Council).
""", ("member_of: Joel Reddy -> Westshire County Council",
      "apologies: Joel Reddy -> Ashcombe Safer Communities Partnership"),
         ("member_of: Joel Reddy -> Public Health", "member_of: Joel Reddy -> Ashcombe Public Health")),

    Case("attendance-unit-before-council", """Corran Community Safety Partnership
Minutes, 9 September 2024

In attendance:
Hester Mayo, Democratic Services, Corran District Council (minutes)
""", ("member_of: Hester Mayo -> Corran District Council",),
         ("member_of: Hester Mayo -> Democratic Services",)),

    Case("attendance-two-organisations-stay", """Fernleigh Community Safety Partnership
Minutes of the meeting held on 4 April 2024

Present:
Cllr Ivo Brandt (Chair)         Fernleigh Borough Council
Sgt Lena Morrow                 Marlshire Police
Ola Baptiste                    Fernleigh Housing Trust
""", ("member_of: Lena Morrow -> Marlshire Police", "member_of: Ola Baptiste -> Fernleigh Housing Trust",
      "member_of: Ivo Brandt -> Fernleigh Borough Council")),

    Case("attendance-dash-post-stays", """Tarnby Community Safety Partnership
Minutes, 21 May 2024

Present:
Dara Quinn           | Tarnby Borough Council - Community Safety Officer
Ruth Okoro           | Marlshire County Council - Public Health Lead
""", ("member_of: Dara Quinn -> Tarnby Borough Council", "member_of: Ruth Okoro -> Marlshire County Council",
      "holds_post: Dara Quinn -> Community Safety Officer")),

    Case("attendance-unit-no-council", """Brindle Community Safety Partnership
Minutes of the meeting held on 2 February 2024

Present:
Cllr Ana Ruiz (Chair)           Brindle Borough Council
Oskar Lind                      Marlshire Police, Public Protection
""", ("member_of: Oskar Lind -> Marlshire Police", "member_of: Ana Ruiz -> Brindle Borough Council"),
         ("member_of: Oskar Lind -> Public Protection",)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_people_precision(case: Case) -> None:
    doc = read(case.text)
    read_facts = sorted((f.relation, f.subject.name, f.object.name if f.object else "") for f in doc.facts
                        if f.relation in ("chairs", "vice_chair", "holds_post", "member_of", "attended", "apologies"))
    missing = [line for line in case.read if not _found(doc, line)]
    wrong = [line for line in case.unread if _found(doc, line)]
    assert not missing and not wrong, f"missing {missing}, wrongly read {wrong}; read {read_facts}"
