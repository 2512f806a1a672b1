"""A semicolon, then a second body with no verb of its own ("A is chaired by X; the B by Y", "A is led by X; the B,
chaired by Y, reports to ..."), opens the next clause: the second body is no chair (or lead) of the first.

The texts are written for the test, in three councils' styles (a shared-service agreement, a partnership's web
page, a scrutiny report)."""

from __future__ import annotations

from extract_helpers import of, read

SHARED = """Eastmere and Westmere Shared Community Safety Service

2.3 The two partnerships stay separate and keep their own chairs: the Safer Eastmere Partnership (SEP) is chaired
by the Director of Housing and Neighbourhoods; the Westmere Community Safety Partnership (WCSP) by Westmere's
Cabinet Member for Communities.
"""

WEB = """Safer Holmbridge Partnership - how we work

The Partnership has two standing groups. The Neighbourhood Tasking Group meets monthly and is led by the Council's
Community Safety Manager, Petra Vasko; the Holmbridge Prevent Steering Group, chaired by the Prevent Coordinator,
reports to the Partnership Board.
"""

SCRUTINY = """Report to the Communities Scrutiny Panel, Aldcastle Borough Council

4.1 Each board keeps its own chair: the Aldcastle Youth Justice Board is chaired by Superintendent Omar Feld,
District Commander, Northshire Police; the Aldcastle Domestic Abuse Board by the Director of Public Health.
"""


def test_the_body_after_the_semicolon_chairs_nothing() -> None:
    for text in (SHARED, WEB, SCRUTINY):
        doc = read(text)
        for relation in ("chairs", "led_by"):
            facts = of(doc, relation)
            bodies = [(s, o) for s, o in facts if s.endswith(("Partnership", "Group", "Board")) and relation == "chairs"
                      or o.endswith(("Group", "Board")) and relation == "led_by"]
            assert not bodies, (relation, facts)


def test_the_first_clause_keeps_its_chair() -> None:
    chairs = of(read(SHARED), "chairs")
    assert any(s.startswith("Director of Housing and Neighbourhoods") and o.endswith("Eastmere Partnership")
               for s, o in chairs), chairs
    chairs = of(read(SCRUTINY), "chairs")
    assert any("Omar Feld" in s and o.endswith("Youth Justice Board") for s, o in chairs), chairs


def test_a_list_across_semicolons_is_kept() -> None:
    # names joined by semicolons with no "by" or verb after them are still one list
    doc = read("Northbrook Youth Justice Board\n\nThe Board reports to the Northbrook Health and Wellbeing Board; the "
               "Northbrook Safeguarding Children Partnership; and the Northbrook Community Safety Partnership.\n")
    assert len(of(doc, "reports_to")) >= 2, of(doc, "reports_to")
