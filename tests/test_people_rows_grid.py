"""A grid of a person's name, post and organisation kept whole, and of members listed inside a sentence.

* "Jo Lee | Eastvale County Council - Housing Lead": a post written after its organisation and a dash is that
  organisation's post ("Housing Lead, Eastvale County Council"), the bare title kept as a name of the same node
  (the dev corpus's gold writes such posts bare, most later sets qualified); the person is a member of the
  organisation. A post already qualified ("Station Manager, Tiverton"), a rank, and a chair marker stay as they were.
* "Jo Lee, Service Manager at Harbour Women's Aid": the organisation's post, whatever kind of organisation.
* "The Oakvale CSP is a statutory partnership made up of A, B, C and D.": each listed body is a member of the body
  the sentence names right before the words; a budget, a team or a pronoun "made up of" something says nothing.

Every council, person and sentence here is invented for the grid. Run as a script for the grid's score:
`python tests/test_people_rows_grid.py`.

On main (80407587) 7 of the 20 cases read right (the neighbours that stay).
"""

from __future__ import annotations

import pytest
from extract_helpers import read

from govkg.evaluation.gold import norm

_ROWS = ("Kelbrook Community Safety Partnership\n\nMinutes of the Partnership meeting held on 4 March 2025\n\n"
         "Present:\n\n  Name                        | Organisation\n"
         "  ----------------------------+------------------------------------------------\n{rows}\n\n"
         "1. Welcome\nThe Chair welcomed members.\n")


def _rows(*rows: str) -> str:
    return _ROWS.format(rows="\n".join(f"  {name:<27} | {org}" for name, org in rows))


def _names(doc, entity) -> set[str]:
    written = next((e.aliases for e in doc.entities if e.iri == entity.iri), ())
    return {norm(entity.name), *(norm(a) for a in (*entity.aliases, *written))}


def _holds(doc, relation: str, subject: str, obj: str, *, label: bool = False) -> bool:
    """DOC states SUBJECT RELATION OBJECT, OBJECT being one of the node's names (its label, with LABEL)."""
    for f in doc.facts:
        if f.relation != relation or f.object is None or norm(subject) not in _names(doc, f.subject):
            continue
        if (norm(f.object.name) == norm(obj)) if label else norm(obj) in _names(doc, f.object):
            return True
    return False


# (paper, facts that must be read as "relation: subject -> object", facts that must not; "=" first: the object's
# label itself)
CASES = [
    pytest.param(_rows(("Priya Holloway-Snell", "Kelbrook District Council - Licensing Team Leader")),
                 ["=holds_post: Priya Holloway-Snell -> Licensing Team Leader, Kelbrook District Council",
                  "holds_post: Priya Holloway-Snell -> Licensing Team Leader",
                  "member_of: Priya Holloway-Snell -> Kelbrook District Council"], [], id="council-dash-post"),
    pytest.param(_rows(("Tomasz Wren", "Westshire County Council - Safer Westshire Board Officer")),
                 ["=holds_post: Tomasz Wren -> Safer Westshire Board Officer, Westshire County Council",
                  "member_of: Tomasz Wren -> Westshire County Council"], [], id="county-dash-post"),
    pytest.param(_rows(("Hollis Agyeman", "NHS Westshire - Safeguarding Lead (Children)")),
                 ["holds_post: Hollis Agyeman -> Safeguarding Lead (Children), NHS Westshire",
                  "holds_post: Hollis Agyeman -> Safeguarding Lead (Children)"], [], id="nhs-dash-post"),
    pytest.param(_rows(("Odile Marchbank", "Probation Service - Senior Probation Officer")),
                 ["holds_post: Odile Marchbank -> Senior Probation Officer, Probation Service",
                  "holds_post: Odile Marchbank -> Senior Probation Officer",
                  "member_of: Odile Marchbank -> Probation Service"], [], id="probation-dash-post"),
    pytest.param(_rows(("Gwen Tallis", "Kelbrook Women's Aid - Refuge Manager")),
                 ["=holds_post: Gwen Tallis -> Refuge Manager, Kelbrook Women's Aid"], [], id="charity-dash-post"),
    # neighbours that stay
    pytest.param(_rows(("Ruaridh Penhale", "Westshire Fire and Rescue Service - Station Manager, Kelbrook")),
                 ["holds_post: Ruaridh Penhale -> Station Manager, Kelbrook"],
                 ["holds_post: Ruaridh Penhale -> Station Manager, Kelbrook, Westshire Fire and Rescue Service"],
                 id="qualified-post-stays"),
    pytest.param(_rows(("Cllr Ines Baptiste (Chair)", "Kelbrook District Council")),
                 ["chairs: Ines Baptiste -> Kelbrook Community Safety Partnership",
                  "member_of: Ines Baptiste -> Kelbrook District Council"], [], id="chair-marker-stays"),
    pytest.param(_rows(("Inspector Farid Lomax", "Westshire Police")),
                 ["holds_post: Farid Lomax -> Inspector", "member_of: Farid Lomax -> Westshire Police"], [],
                 id="rank-stays-bare"),
    # "Name, Post at Organisation"
    pytest.param("Kelbrook Community Safety Partnership\n\nAnnual Report 2024/25\n\nThe refuge service is run by "
                 "Delphine Okoro, Service Manager at Kelbrook Women's Aid, who reported a rise in referrals.\n",
                 ["=holds_post: Delphine Okoro -> Service Manager, Kelbrook Women's Aid",
                  "holds_post: Delphine Okoro -> Service Manager",
                  "member_of: Delphine Okoro -> Kelbrook Women's Aid"], [], id="post-at-charity"),
    pytest.param("Kelbrook Community Safety Partnership\n\nAnnual Report 2024/25\n\nThe review was led by "
                 "Marcus Ilesanmi, Operations Lead at Kelbrook Homes, who presented the findings.\n",
                 ["=holds_post: Marcus Ilesanmi -> Operations Lead, Kelbrook Homes"], [], id="post-at-housing"),
    pytest.param("Kelbrook Community Safety Partnership\n\nAnnual Report 2024/25\n\nThe plan was presented by "
                 "Anwen Castell, Head of Communities at Kelbrook District Council, in June.\n",
                 ["=holds_post: Anwen Castell -> Head of Communities, Kelbrook District Council",
                  "member_of: Anwen Castell -> Kelbrook District Council"], [], id="post-at-council-stays"),
    # members listed inside a sentence
    pytest.param("Ashvale Borough Council\n\nReport to the Overview and Scrutiny Committee\n\n2.1 The Ashvale "
                 "Community Safety Partnership is a statutory partnership made up of the Borough Council, Westshire "
                 "Police, Westshire Fire and Rescue Service, Westshire County Council and the Probation Service.\n",
                 ["member_of: Ashvale Borough Council -> Ashvale Community Safety Partnership",
                  "member_of: Westshire Police -> Ashvale Community Safety Partnership",
                  "member_of: Westshire Fire and Rescue Service -> Ashvale Community Safety Partnership",
                  "member_of: Westshire County Council -> Ashvale Community Safety Partnership",
                  "member_of: Probation Service -> Ashvale Community Safety Partnership"], [],
                 id="made-up-of-after-what-it-is"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n3.2 The Ashvale Prevent Board (APB) is made up "
                 "of Westshire Police, the Borough Council and Ashvale College.\n",
                 ["member_of: Westshire Police -> Ashvale Prevent Board",
                  "member_of: Ashvale College -> Ashvale Prevent Board"], [], id="made-up-of-with-initials"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n3.3 The work is overseen by the Ashvale Hate "
                 "Crime Forum, which is made up of Ashvale Interfaith Network, Westshire Police and Ashvale Pride.\n",
                 ["member_of: Ashvale Interfaith Network -> Ashvale Hate Crime Forum",
                  "member_of: Ashvale Pride -> Ashvale Hate Crime Forum"], [], id="which-is-made-up-of"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n3.4 The Ashvale Youth Justice Board comprises "
                 "Westshire Police, the Borough Council and the Probation Service.\n",
                 ["member_of: Westshire Police -> Ashvale Youth Justice Board",
                  "member_of: Probation Service -> Ashvale Youth Justice Board"], [], id="comprises-list"),
    # not said
    pytest.param("Ashvale Youth Justice Service\n\nPlan 2025/26\n\n4.1 The Ashvale YJS budget for 2025/26 is made "
                 "up of the Youth Justice Grant, the Police and Crime Commissioner's contribution and the Borough "
                 "Council's core funding.\n",
                 [], ["member_of: Ashvale Borough Council -> Ashvale Youth Justice Service",
                      "member_of: Youth Justice Grant -> Ashvale Youth Justice Service"], id="budget-made-up-of"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n5.1 It comprises Westshire Police, the Borough "
                 "Council and the Probation Service.\n",
                 [], ["member_of: Westshire Police -> Ashvale Borough Council"], id="pronoun-says-nothing"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n6.1 The Ashvale Night-Time Economy Panel "
                 "consists of Ashvale Park, Millbrook Green and the Old Quarter.\n",
                 [], ["member_of: Millbrook Green -> Ashvale Night-Time Economy Panel"], id="places-are-no-members"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n7.1 The team comprises the Community Safety "
                 "Manager, two officers and an analyst.\n",
                 [], ["member_of: Community Safety Manager -> Ashvale Borough Council"], id="team-of-posts"),
    pytest.param("Ashvale Borough Council\n\nReport to Cabinet\n\n8.1 The Ashvale Community Safety Partnership "
                 "works with Westshire Police, the Probation Service and Ashvale Homes on the plan.\n",
                 [], ["member_of: Ashvale Homes -> Ashvale Community Safety Partnership"], id="works-with-is-no-list"),
]


def _check(text: str, must: list[str], must_not: list[str]) -> list[str]:
    doc = read(text)
    wrong = []
    for line, wanted in [(x, True) for x in must] + [(x, False) for x in must_not]:
        label = line.startswith("=")
        relation, rest = line.lstrip("=").split(": ", 1)
        subject, obj = rest.split(" -> ")
        if _holds(doc, relation, subject, obj, label=label) != wanted:
            wrong.append(("missed " if wanted else "false ") + line)
    return wrong


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_people_rows(text: str, must: list[str], must_not: list[str]) -> None:
    assert _check(text, must, must_not) == []


if __name__ == "__main__":  # python tests/test_people_rows_grid.py prints the grid's score
    right = 0
    for p in CASES:
        wrong = _check(*p.values)
        right += not wrong
        print("ok " if not wrong else "BAD", p.id, wrong)
    print(f"{right} of {len(CASES)} cases read right")
