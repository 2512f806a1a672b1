"""A group that meets, "led by" a named person, is chaired by that person: led_by names the body that leads a
piece of work, and a person is no body. A team or a unit led by a person keeps led_by, and a group led by a post
or a body is left as it was. Texts written for the test, in three councils' styles."""

from __future__ import annotations

from extract_helpers import of, read

PLAN = """Eastmere Youth Justice Plan 2024-25

4.2 The Over-representation Task and Finish Group, led by Dr Omari Pell, reports to the Management Board each
quarter.
"""

REPORT = """Safer Holmbridge Partnership - Annual Report

The Hidden Harm Group meets monthly and is led by the Council's Safeguarding Manager, Tessa Brannock.
"""

MINUTES = """Kestrel Vale Domestic Abuse Partnership Board - minutes

6.1 The Young People's Sub-group, led by Cllr Ivo Marsh, will report back in the spring.
"""


def test_the_person_chairs_the_group() -> None:
    for text, person in ((PLAN, "Omari Pell"), (REPORT, "Tessa Brannock"), (MINUTES, "Ivo Marsh")):
        doc = read(text)
        assert any(person in s for s, _ in of(doc, "chairs")), (person, of(doc, "chairs"))
        assert not any(person in o for _, o in of(doc, "led_by")), (person, of(doc, "led_by"))


def test_a_post_or_a_team_keeps_led_by() -> None:
    doc = read(REPORT)
    assert any(o.startswith("Safeguarding Manager") for _, o in of(doc, "led_by")), of(doc, "led_by")
    doc = read("Northbrook Borough Council\n\nThe Northbrook Community Safety Team, led by Ada Quist, works from "
               "the civic centre.\n")
    assert any("Ada Quist" in o for _, o in of(doc, "led_by")), of(doc, "led_by")
    assert not of(doc, "chairs"), of(doc, "chairs")
