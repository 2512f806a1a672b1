"""Representation in prose and the body it happens on: "who now represents NHS Northshire on the Partnership" (a
name the finder ran on over "on the"), "represents the CSP on that board" (the board named before), "the SGP is
represented there by Jo Lee" (the body of the clause before). Whoever represents an organisation on a body sits on
it, and so does the organisation."""

from __future__ import annotations

from extract_helpers import fact, of, read

# minutes: a welcome naming the new representative
MINUTES = """Kestermoor Community Safety Partnership
Minutes of the meeting held on 5 March 2025

1. Welcome
The Chair welcomed Alys Penhallow, who now represents NHS Kestermoor on the Partnership in place of the
previous lead.
"""

# terms of reference: the regional board named, then "on that board"
TERMS = """Orlingham Community Safety Partnership
Terms of Reference

5.2 Violence against women is led regionally by the Northshire Violence Reduction Board. The Partnership
Manager, Tomas Pellew, represents the Partnership on that board.
"""

# an annual report: "represented there by"
REPORT = """Safer Fenwick Partnership Annual Report 2024

Hate crime is overseen county-wide by the Northshire Hate Crime Strategic Board, and the Safer Fenwick
Partnership is represented there by Gwyneth Arlow.
"""


def test_represents_a_body_on_the_partnership() -> None:
    doc = read(MINUTES)
    f = fact(doc, "NHS Kestermoor", "represented_by", "Alys Penhallow")
    assert f.on_body is not None and f.on_body.name == "Kestermoor Community Safety Partnership"
    assert ("Alys Penhallow", "Kestermoor Community Safety Partnership") in of(doc, "member_of")
    assert not [s for s, o in of(doc, "represented_by") if " on the " in s]


def test_represents_the_partnership_on_that_board() -> None:
    doc = read(TERMS)
    reps = [f for f in doc.facts if f.relation == "represented_by" and f.subject.name ==
            "Orlingham Community Safety Partnership"]
    assert reps and all(f.on_body is not None and f.on_body.name == "Northshire Violence Reduction Board"
                        for f in reps), [(f.object.name, f.on_body) for f in reps]
    assert ("Orlingham Community Safety Partnership", "Northshire Violence Reduction Board") in of(doc, "member_of")


def test_represented_there_by_names_the_body_of_the_clause_before() -> None:
    doc = read(REPORT)
    f = fact(doc, "Safer Fenwick Partnership", "represented_by", "Gwyneth Arlow")
    assert f.on_body is not None and f.on_body.name == "Northshire Hate Crime Strategic Board"
    assert not [s for s, o in of(doc, "represented_by") if s == "Northshire Hate Crime Strategic Board"]


# a cabinet report: one councillor on two bodies, "and on the"
CABINET = """Brackenholt District Council
Report to Cabinet, 9 June 2025

4.3 Cllr Ysolde Marram represents the Council on the Brackenholt Community Safety Partnership and on the
Wealdshire Police and Crime Panel.
"""

# a workshop note's bullets: "on both the A and the B", the first by the initials the paper gave it
NOTE = """Mossgrove Health and Wellbeing Board
Joint workshop note, 12 May 2025

The Safer Mossgrove Partnership (SMP) and the Board share two priorities.
  - Petra Vantongeren represents the Probation Service on both the SMP and the Mossgrove Reducing
    Reoffending Board.
"""

# terms of reference: a comma before the second body
TERMS_TWO = """Carrowby Community Safety Partnership
Terms of Reference 2025

6.1 The Partnership Manager, Idris Quenby, represents the Partnership on the Carrowby Health and Wellbeing
Board, and on the Eastmarch Violence Reduction Board.
"""


def _on_bodies(doc, subject: str, obj: str) -> set[str]:
    return {f.on_body.name for f in doc.facts if f.relation == "represented_by" and f.subject.name == subject and
            f.object.name == obj and f.on_body is not None}


def test_represents_on_a_body_and_on_another() -> None:
    doc = read(CABINET)
    assert _on_bodies(doc, "Brackenholt District Council", "Ysolde Marram") == {
        "Brackenholt Community Safety Partnership", "Wealdshire Police and Crime Panel"}
    assert ("Ysolde Marram", "Wealdshire Police and Crime Panel") in of(doc, "member_of")


def test_represents_on_both_bodies_one_by_its_initials() -> None:
    doc = read(NOTE)
    members = {o for s, o in of(doc, "member_of") if s == "Petra Vantongeren"}
    assert {"Safer Mossgrove Partnership", "Mossgrove Reducing Reoffending Board"} <= members


def test_represents_on_a_second_body_after_a_comma() -> None:
    doc = read(TERMS_TWO)
    assert "Eastmarch Violence Reduction Board" in _on_bodies(doc, "Carrowby Community Safety Partnership",
                                                                "Idris Quenby")


def test_a_second_clause_after_and_is_no_second_body() -> None:
    doc = read("""Hollinby Borough Council
Report to Cabinet, 2 April 2025

5.1 Cllr Odile Brisk represents the Council on the Hollinby Community Safety Partnership and chairs its
tasking group.
""")
    assert _on_bodies(doc, "Hollinby Borough Council", "Odile Brisk") == {"Hollinby Community Safety Partnership"}
