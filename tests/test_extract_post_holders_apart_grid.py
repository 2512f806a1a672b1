"""A grid of chairs given to posts whose holders a later clause or sentence names, as papers nobody had read wrote
them and main left unread, each case in a different council's style:

- "... is chaired by the Council's Executive Member for X. At the date of these terms that post is held by Cllr Y.";
- "It is co-chaired by A's Director of X and B's District Commander; at present those posts are held by Y and Z.":
  two posts, two holders, in the same order;
- a table or sentence that gives the chair (and vice-chair) to posts, then "At the date of approval the Chair is Y
  and the Vice-Chair is Z.", "The present Chair is Y.": the person named for the role holds the post given it.

Every council, person and sentence here is invented for the grid. Each case states the facts of RELATIONS a reader
should take from it ("@" is the case's hub); a post matches written alone or qualified by its organisation; a fact
marked "?" may be read or not; any other fact of these relations read is a false one.

On main (e606cd81) 6 of the 20 cases read right (the guards).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from extract_helpers import hub_case_facts, post_like, read

RELATIONS = ("holds_post", "chairs", "vice_chair")


@dataclass(frozen=True)
class Case:
    id: str
    hub: str
    text: str
    facts: tuple[str, ...]


CASES = [
    # -- "that post is held by"
    Case("that-post-held-terms", "Pendlebury Community Safety Partnership", """Pendlebury Community Safety Partnership
Terms of Reference

4. Chairing

4.1 The CSP is chaired by Pendlebury Borough Council's Executive Member for Neighbourhoods. At the date of these
terms that post is held by Councillor Imelda Rourke.
""", ("chairs: Executive Member for Neighbourhoods -> @", "chairs: Imelda Rourke -> @",
      "holds_post: Imelda Rourke -> Executive Member for Neighbourhoods")),

    Case("that-post-held-currently", "Harrowgate Safeguarding Adults Board", """Harrowgate Safeguarding Adults Board

Constitution

2. The Board is chaired by the Independent Chair appointed by the three partners. That post is currently held by
Mr Anselm Whitcombe.
""", ("chairs: Independent Chair -> @", "chairs: Anselm Whitcombe -> @",
      "holds_post: Anselm Whitcombe -> Independent Chair")),

    Case("that-role-held-web", "Safer Tollington Partnership", """Safer Tollington Partnership

About the Partnership

The Partnership is chaired by the Chief Superintendent for the Tollington Basic Command Unit. That role is held by
Chief Superintendent Rana Okoye.
""", ("chairs: Chief Superintendent for the Tollington Basic Command Unit -> @", "chairs: Rana Okoye -> @",
      "holds_post: Rana Okoye -> Chief Superintendent for the Tollington Basic Command Unit",
      "?holds_post: Rana Okoye -> Chief Superintendent")),

    Case("that-post-held-report", "Wolvercote Reducing Reoffending Board",
         """Report to the Safer Wolvercote Partnership, 3 March 2025

Wolvercote Reducing Reoffending Board: annual update

1.2 The Wolvercote Reducing Reoffending Board is chaired by the Head of the Wolvercote Probation Delivery Unit. For
2024/25 that post is held by Gideon Marsh.
""", ("chairs: Head of the Wolvercote Probation Delivery Unit -> @", "chairs: Gideon Marsh -> @",
      "holds_post: Gideon Marsh -> Head of the Wolvercote Probation Delivery Unit")),

    # -- two posts, two holders
    Case("those-posts-co-chaired", "Kingsmere Community Safety Partnership", """Kingsmere Community Safety Partnership

Annual report 2024/25

1.1 The Partnership brings together Westshire Police, the Council and the Probation Service. It is co-chaired by
the Council's Director of Communities and the Kingsmere District Commander of Westshire Police; at present those
posts are held by Delphine Archer and Chief Inspector Tomasz Wrobel.
""", ("chairs: Director of Communities -> @", "chairs: Kingsmere District Commander -> @",
      "chairs: Delphine Archer -> @", "chairs: Tomasz Wrobel -> @",
      "holds_post: Delphine Archer -> Director of Communities",
      "holds_post: Tomasz Wrobel -> Kingsmere District Commander",
      "?holds_post: Tomasz Wrobel -> Chief Inspector")),

    Case("these-posts-respectively", "Brookhampton Community Safety Partnership",
         """Brookhampton Community Safety Partnership
Terms of reference

3.1 The Partnership is jointly chaired by the Leader of Brookhampton Council and the Area Commander of Eastmere
Police. These posts are currently held by Councillor Priya Lal and Superintendent Owen Garvey respectively.
""", ("chairs: Leader of Brookhampton Council -> @", "chairs: Area Commander -> @",
      "chairs: Priya Lal -> @", "chairs: Owen Garvey -> @",
      "holds_post: Priya Lal -> Leader of Brookhampton Council",
      "holds_post: Owen Garvey -> Area Commander",
      "?holds_post: Owen Garvey -> Superintendent")),

    Case("the-posts-are-held-minutes", "Fenwick Joint Action Group", """Fenwick Joint Action Group

Terms of Reference (revised May 2025)

2. The Group is co-chaired by the Council's Community Safety Manager and the Fenwick Neighbourhood Inspector. The
posts are held by Martina Coyle and Inspector Rhys Pengelly.
""", ("chairs: Community Safety Manager -> @", "chairs: Fenwick Neighbourhood Inspector -> @",
      "chairs: Martina Coyle -> @", "chairs: Rhys Pengelly -> @",
      "holds_post: Martina Coyle -> Community Safety Manager",
      "holds_post: Rhys Pengelly -> Fenwick Neighbourhood Inspector",
      "?holds_post: Rhys Pengelly -> Inspector")),

    # -- "the Chair is A and the Vice-Chair is B" after the posts were given the roles
    Case("chair-and-vice-named-after-table", "Ashmead Youth Justice Management Board",
         """Ashmead Youth Justice Management Board

Terms of Reference

3 Membership

Members sit by virtue of their post.

| Post | Organisation |
|---|---|
| Head of Youth Justice (Chair) | Westmere County Council |
| Head of Community Services (Vice-Chair) | Ashmead District Council |
| Superintendent, Ashmead | Westmere Police |

At the date of approval the Chair is Noor Haddad and the Vice-Chair is Ellis Brandt.
""", ("chairs: Head of Youth Justice -> @", "vice_chair: Head of Community Services -> @",
      "chairs: Noor Haddad -> @", "vice_chair: Ellis Brandt -> @",
      "holds_post: Noor Haddad -> Head of Youth Justice",
      "holds_post: Ellis Brandt -> Head of Community Services")),

    Case("present-chair-and-vice", "Corbridge Prevent Partnership Board", """Corbridge Prevent Partnership Board
Terms of Reference v2.1

4. Chair, vice-chair and quorum

4.1 The Board is chaired by Corbridge Council's Head of Public Protection. The Prevent Engagement Officer from
Counter Terrorism Policing North East acts as vice-chair.

4.2 The present Chair is Leonie Fairbairn and the present Vice-Chair is Detective Sergeant Omar Siddiqui.
""", ("chairs: Head of Public Protection -> @",
      "?vice_chair: Prevent Engagement Officer -> @",
      "chairs: Leonie Fairbairn -> @", "vice_chair: Omar Siddiqui -> @",
      "holds_post: Leonie Fairbairn -> Head of Public Protection",
      "?holds_post: Omar Siddiqui -> Prevent Engagement Officer",
      "?holds_post: Omar Siddiqui -> Detective Sergeant",
      "?vice_chair: Prevent Engagement Officer from Counter Terrorism Policing North East -> @",
      "?holds_post: Omar Siddiqui -> Prevent Engagement Officer from Counter Terrorism Policing North East")),

    Case("current-chair-sentence", "Eastbridge Domestic Abuse Local Partnership Board",
         """Eastbridge Domestic Abuse Local Partnership Board

Terms of reference

5. Chair

5.1 The Board is chaired by the Director of Housing, Eastbridge Council.

5.2 The current Chair is Sabine Okafor-Lowe.
""", ("chairs: Director of Housing -> @", "chairs: Sabine Okafor-Lowe -> @",
      "holds_post: Sabine Okafor-Lowe -> Director of Housing")),

    Case("chair-is-after-list-mark", "Redmarsh Combating Drugs Partnership", """Redmarsh Combating Drugs Partnership

Terms of Reference

2. Membership

- Redmarsh Council: Director of Public Health (Chair)
- Redmarsh Police: Detective Superintendent, Crime
- HMP Redmarsh: Head of Healthcare

3. At the date of these terms the Chair is Dr Bronwen Tallis.
""", ("chairs: Director of Public Health -> @", "chairs: Dr Bronwen Tallis -> @",
      "holds_post: Dr Bronwen Tallis -> Director of Public Health")),

    Case("chair-named-in-report", "Northby Serious Violence Board", """Northby Council - Scrutiny Panel, 12 June 2025

Northby Serious Violence Board

2.3 The Board is chaired by the Assistant Chief Constable of Westmere Police and vice-chaired by the Council's
Corporate Director of Communities. The current Chair is Assistant Chief Constable Femi Adeyinka.
""", ("chairs: Assistant Chief Constable -> @", "vice_chair: Corporate Director of Communities -> @",
      "chairs: Femi Adeyinka -> @", "holds_post: Femi Adeyinka -> Assistant Chief Constable")),

    # -- guards: no holder, or more than one post for one role
    Case("that-post-vacant-guard", "Lowfield Community Safety Partnership", """Lowfield Community Safety Partnership
Terms of Reference

4.1 The Partnership is chaired by the Council's Cabinet Member for Communities. That post is vacant at present.
""", ("chairs: Cabinet Member for Communities -> @",)),

    Case("this-is-reviewed-guard", "Upper Tarn Safety Advisory Group", """Upper Tarn Safety Advisory Group

Terms of reference

The Group is chaired by the Council's Head of Regulatory Services. This is reviewed every two years.
""", ("chairs: Head of Regulatory Services -> @",)),

    Case("chair-of-another-body-guard", "Oakhurst Community Safety Partnership",
         """Oakhurst Community Safety Partnership

Terms of Reference

3.1 The Partnership is chaired by the Council's Director of Neighbourhoods.

3.2 The Partnership reports to the Oakhurst Health and Wellbeing Board. The Chair of that Board is Cllr Wendell Nkemelu.
""", ("chairs: Director of Neighbourhoods -> @",
      "?chairs: Wendell Nkemelu -> Oakhurst Health and Wellbeing Board")),

    Case("two-posts-one-holder-guard", "Wexcombe Community Safety Partnership", """Wexcombe Community Safety Partnership
Terms of Reference

2.1 The Partnership is co-chaired by the Council's Director of Place and the Wexcombe District Commander. At present
the post is held by Ada Brightwell.
""", ("chairs: Director of Place -> @", "chairs: Wexcombe District Commander -> @")),

    Case("chaired-meeting-guard", "Greystones Community Safety Partnership", """GREYSTONES COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on 4 April 2025

Present: Cllr Maud Ferris (Chair), Insp. Kwame Adjei (Westmere Police)

1. The Partnership's terms of reference say it is chaired by the Council's Cabinet Member for Communities.
""", ("chairs: Maud Ferris -> @", "?chairs: Cabinet Member for Communities -> @",
      "?holds_post: Kwame Adjei -> Inspector")),

    # -- more styles of the same forms
    Case("that-post-held-welsh-council", "Cwm Arian Community Safety Partnership",
         """Cwm Arian Community Safety Partnership

Terms of Reference

Chair: the Partnership is chaired by the County Borough Council's Cabinet Member for Communities. At the time of
writing that post is held by Councillor Rhodri Beynon.
""", ("chairs: Cabinet Member for Communities -> @", "chairs: Rhodri Beynon -> @",
      "holds_post: Rhodri Beynon -> Cabinet Member for Communities")),

    Case("those-posts-semicolon-list", "Marshfield Community Safety Partnership",
         """Marshfield Community Safety Partnership

About us

The Partnership is co-chaired by the Council's Head of Communities and the Marshfield Neighbourhood Policing
Inspector; those posts are held by Yusra Begum and Inspector Callum Tait.
""", ("chairs: Head of Communities -> @", "chairs: Marshfield Neighbourhood Policing Inspector -> @",
      "chairs: Yusra Begum -> @", "chairs: Callum Tait -> @",
      "holds_post: Yusra Begum -> Head of Communities",
      "holds_post: Callum Tait -> Marshfield Neighbourhood Policing Inspector",
      "?holds_post: Callum Tait -> Inspector")),

    Case("vice-chair-is-after-post", "Saltcote Safeguarding Adults Board", """Saltcote Safeguarding Adults Board

Annual report 2024/25

The Board is chaired by the Director of Adult Social Care, Saltcote Council, and vice-chaired by the Chief Nurse,
Saltcote Integrated Care Board. The present Vice-Chair is Harriet Oyelowo.
""", ("chairs: Director of Adult Social Care -> @", "vice_chair: Chief Nurse -> @",
      "vice_chair: Harriet Oyelowo -> @", "holds_post: Harriet Oyelowo -> Chief Nurse")),
]


def _matches(want: tuple[str, str, str], got: tuple[str, str, str]) -> bool:
    relation, subject, obj = want
    rel, s, o = got
    if rel != relation:
        return False
    if relation == "holds_post":
        return s == subject and _post_named(obj, o)
    return _post_named(subject, s) and o == obj


def _post_named(expected: str, got: str) -> bool:
    """GOT names EXPECTED: alone, or with its organisation after a comma or "of" ("District Commander of X")."""
    return post_like(expected, got) or got.startswith(expected + " of ")


def score(case: Case) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The facts of CASE not read, and the facts read that it does not state."""
    doc = read(case.text)
    got = {(f.relation, f.subject.name, f.object.name) for f in doc.facts
           if f.relation in RELATIONS and f.object is not None}
    wanted, optional = hub_case_facts(case.facts, case.hub)
    missed = [w for w in wanted if not any(_matches(w, g) for g in got)]
    false = sorted(g for g in got if not any(_matches(w, g) for w in wanted + optional))
    return missed, false


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_post_holders_apart_grid(case: Case) -> None:
    missed, false = score(case)
    assert not missed and not false, f"missed {missed}; false {false}"


def test_the_grid_is_broad() -> None:
    assert len(CASES) >= 20
    assert len({c.hub for c in CASES}) == len(CASES)


if __name__ == "__main__":
    ok = 0
    for c in CASES:
        missed, false = score(c)
        ok += not missed and not false
        if missed or false:
            print(f"{c.id}: missed {missed}\n    false {false}")
    print(f"grid: {ok}/{len(CASES)} cases right")
