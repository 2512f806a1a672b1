"""Words the question writes in lower case that are wholly a relation's verb phrase ("responsible for",
"accountable to", "led by") are the relation, even where some paper's heading or table header made a body of
them ("Fernmoor RESPONSIBLE FOR", "Accountable To"): such a name would take the relation's words out of the reading and
leave nothing to ask. Invented councils (Fernmoor, Quillby, Harrowgate Vale), papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

F_CSP = Entity("body", "Fernmoor Community Safety Partnership", subtype="Partnership", area="Fernmoor")
# the heading kept with and without its place, as the reader keeps a name it found after a place
F_JUNK = Entity("body", "Fernmoor RESPONSIBLE FOR", area="Fernmoor", aliases=("RESPONSIBLE FOR",))
F_REVIEWS = Entity("topic", "Domestic Homicide Reviews")
Q_BOARD = Entity("body", "Quillby Safer Streets Board", area="Quillby")
Q_GROUP = Entity("body", "Quillby Night Time Economy Group", area="Quillby")
Q_JUNK = Entity("body", "Quillby Accountable To", area="Quillby", aliases=("Accountable To",))
H_TEAM = Entity("body", "Harrowgate Vale Prevent Team", area="Harrowgate Vale")
H_JUNK = Entity("body", "Led By", area="Harrowgate Vale")
H_COUNCIL = Entity("body", "Harrowgate Vale District Council", subtype="Council", area="Harrowgate Vale")

# a terms-of-reference page whose heading the reader kept as a body's name
F_TEXT = """Fernmoor RESPONSIBLE FOR

The Fernmoor Community Safety Partnership is responsible for commissioning Domestic Homicide Reviews in the
district and for publishing their findings.
"""
# a governance table whose header cell became a body
Q_TEXT = """Quillby governance structure

| Group | Accountable To |
| Quillby Night Time Economy Group | Quillby Safer Streets Board |
"""
# a web page in running prose, with a label line left over from its layout
H_TEXT = """Prevent in Harrowgate Vale
Led By
The Harrowgate Vale Prevent Team is led by Harrowgate Vale District Council's community safety service.
"""


def _f(t: str) -> list[Fact]:
    return [_fact(t, "Fernmoor RESPONSIBLE FOR", F_JUNK, "covers_area", Entity("area", "Fernmoor")),
            _fact(t, "The Fernmoor Community Safety Partnership is responsible for commissioning Domestic Homicide"
                  " Reviews", F_CSP, "responsible_for", F_REVIEWS)]


def _q(t: str) -> list[Fact]:
    return [_fact(t, "Accountable To", Q_JUNK, "covers_area", Entity("area", "Quillby")),
            _fact(t, "Quillby Night Time Economy Group | Quillby Safer Streets Board", Q_GROUP, "reports_to", Q_BOARD)]


def _h(t: str) -> list[Fact]:
    return [_fact(t, "Led By", H_JUNK, "covers_area", Entity("area", "Harrowgate Vale")),
            _fact(t, "The Harrowgate Vale Prevent Team is led by Harrowgate Vale District Council", H_TEAM, "led_by",
                  H_COUNCIL)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "relation-words", [
        paper("fernmoor-csp-terms-2024", F_TEXT, "Fernmoor", _f),
        paper("quillby-structure-2024", Q_TEXT, "Quillby", _q),
        paper("harrowgate-vale-prevent-2024", H_TEXT, "Harrowgate Vale", _h),
    ])


def test_responsible_for_is_the_relation_not_a_heading(asker):
    assert labels(asker, "Which body is responsible for conducting Domestic Homicide Reviews?") == [
        "Fernmoor Community Safety Partnership"]


def test_accountable_to_is_the_relation_not_a_table_header(asker):
    assert labels(asker, "Which group is accountable to the Quillby Safer Streets Board?") == [
        "Quillby Night Time Economy Group"]


def test_led_by_is_the_relation_not_a_label_line(asker):
    assert labels(asker, "Which council is the Harrowgate Vale Prevent Team led by?") == [
        "Harrowgate Vale District Council"]

