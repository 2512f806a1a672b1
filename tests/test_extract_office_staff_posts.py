"""A commissioner's office's own officers: "Chief Finance Officer, OPCC" (the office written without its area) and,
under the office's letterhead, a statutory officer written bare ("Chief Executive: Jo Lee") are posts of the
paper's police area's office, known by every usual form of the office's name."""

from __future__ import annotations

from extract_helpers import of, read

NOTICE = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE

DECISION RECORD 2025/009
Title: Small grants for rural crime prevention

1. I agree the grants set out in the annex.

Chief Executive: Petra Ovendale                 Date: 11 February 2025
Chief Finance Officer: Josiah Brenck            Date: 11 February 2025
"""

PANEL = """WEST MERCIA POLICE AND CRIME PANEL

Minutes of the meeting held at Shirehall on 9 July 2025

Present: Councillor Hanna Ruddle (Chair), Councillor Olu Brannock

Also present:
Wilfred Tamsin, Chief Executive, OPCC
Adaeze Kroll - Treasurer (Office of the Police and Crime Commissioner)

12. The Chief Executive introduced the draft Police and Crime Plan.
"""

PROSE = """Ceredigion County Council
Report to Cabinet: the shared estates strategy

2.1 The estates review was overseen by the Chief Executive of the OPCC, Ffion Carrow, who reported in May.
"""

OFFICE = "Office of the Police and Crime Commissioner for {}"


def test_bare_statutory_officers_under_the_offices_letterhead() -> None:
    posts = of(read(NOTICE), "holds_post")
    office = OFFICE.format("Lincolnshire")
    assert ("Petra Ovendale", f"Chief Executive, {office}") in posts, posts
    assert ("Josiah Brenck", f"Chief Finance Officer, {office}") in posts, posts


def test_the_office_written_without_its_area_in_a_panels_minutes() -> None:
    posts = of(read(PANEL), "holds_post")
    office = OFFICE.format("West Mercia")
    assert ("Wilfred Tamsin", f"Chief Executive, {office}") in posts, posts
    assert ("Adaeze Kroll", f"Treasurer, {office}") in posts, posts


def test_the_post_of_the_office_in_prose() -> None:
    posts = of(read(PROSE), "holds_post")
    assert ("Ffion Carrow", f"Chief Executive, {OFFICE.format('Dyfed-Powys')}") in posts, posts


def test_the_office_posts_keep_their_written_and_other_names() -> None:
    doc = read(NOTICE)
    post = next(f.object for f in doc.facts if f.relation == "holds_post" and f.subject.name == "Josiah Brenck")
    names = {a for e in doc.entities if e.iri == post.iri for a in e.aliases}
    assert {"Chief Finance Officer", "Chief Finance Officer, OPCC Lincolnshire"} <= names, names


def test_a_council_paper_or_a_panel_keeps_a_bare_chief_executive() -> None:
    council = read("Lincolnshire County Council\nExecutive report\n\nChief Executive: Petra Ovendale\n")
    assert ("Petra Ovendale", "Chief Executive") in of(council, "holds_post")
    panel = read(PANEL.replace("OPCC", "Shropshire Council"))
    assert not any(o.startswith("Chief Executive, Office") for _, o in of(panel, "holds_post"))
