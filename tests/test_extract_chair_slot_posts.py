"""A group's chair slot that names only a post ("- chair: Head of Community Safety"), and "; reports to X" after
the slot: the post chairs the group, and the group reports to X."""

from __future__ import annotations

from extract_helpers import of, read

_PLAN = ("Wexmoor Safer Communities Partnership - Partnership Plan 2025\n\n"
         "2.1 Three groups sit under the Board:\n\n"
         "   Wexmoor Reducing Reoffending Group     - chair: Head of Community Safety\n"
         "   Wexmoor Drugs and Alcohol Partnership  - chair: Director of Public Health; reports to the Wexmoor "
         "Health and Wellbeing Board\n"
         "   Wexmoor Hate Crime Forum               - chair: Inspector Tomasz Brennick, Wexmoor Police\n")


def test_a_post_alone_in_a_chair_slot_chairs_the_group() -> None:
    chairs = of(read(_PLAN), "chairs")
    assert ("Head of Community Safety", "Wexmoor Reducing Reoffending Group") in chairs
    assert ("Director of Public Health", "Wexmoor Drugs and Alcohol Partnership") in chairs
    assert ("Tomasz Brennick", "Wexmoor Hate Crime Forum") in chairs


def test_reports_to_after_the_slot_is_the_groups() -> None:
    reports = of(read(_PLAN), "reports_to")
    assert ("Wexmoor Drugs and Alcohol Partnership", "Wexmoor Health and Wellbeing Board") in reports
    assert not any(s == "Wexmoor Hate Crime Forum" for s, _ in reports)


def test_a_bulleted_slot_in_another_style() -> None:
    doc = read("Calderbrook Community Safety Partnership\nTerms of Reference\n\nSub-groups\n\n"
               "- Calderbrook Youth Violence Panel - chair: Youth Justice Service Manager; reports quarterly to "
               "the Calderbrook Safeguarding Children Partnership\n"
               "- Calderbrook Domestic Abuse Forum - chair: Head of Housing\n")
    reports = of(doc, "reports_to")
    assert ("Calderbrook Youth Violence Panel", "Calderbrook Safeguarding Children Partnership") in reports
    assert ("Head of Housing", "Calderbrook Domestic Abuse Forum") in of(doc, "chairs")
