"""A node a reader made of a body's kind alone ("Theme group", "Task and finish group", "Sub-group") is no name
of a body: no officer can tell which one it is, so it is never an answer; a real body beside it still is. Three
invented councils, each paper in its own style, written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

GREY = Entity("body", "Greyhithe Knife Crime Group", subtype="Group", area="Greyhithe")
GREY_THEME = Entity("body", "Theme group", subtype="Group", area="Greyhithe")
GREY_EXEC = Entity("body", "Greyhithe Safer Streets Executive", subtype="Executive", area="Greyhithe")
HAL = Entity("body", "Halbury Hate Crime Review", subtype="Group", area="Halbury")
HAL_TASK = Entity("body", "Task and finish group", subtype="Group", area="Halbury")
IVY = Entity("body", "Ivybridge Night Safety Panel", subtype="Panel", area="Ivybridge")
IVY_SUB = Entity("body", "Sub-group", subtype="Group", area="Ivybridge")

GREY_TEXT = """Greyhithe partnership structure

Theme groups: the Greyhithe Knife Crime Group reports to the Greyhithe Safer Streets Executive.
"""
HAL_TEXT = """Halbury cabinet report

3.1 A task and finish group, the Halbury Hate Crime Review, was set up in May.
"""
IVY_TEXT = """Ivybridge Night Safety Panel minutes

Sub-group | Ivybridge Night Safety Panel | meets monthly
"""


def _grey(t: str) -> list[Fact]:
    return [_fact(t, "Greyhithe Knife Crime Group", GREY, "covers_area", Entity("area", "Greyhithe")),
            _fact(t, "Theme groups: the Greyhithe Knife Crime Group", GREY, "subgroup_of", GREY_THEME),
            _fact(t, "the Greyhithe Knife Crime Group reports to the Greyhithe Safer Streets Executive", GREY,
                  "subgroup_of", GREY_EXEC)]


def _hal(t: str) -> list[Fact]:
    return [_fact(t, "the Halbury Hate Crime Review", HAL, "covers_area", Entity("area", "Halbury")),
            _fact(t, "A task and finish group, the Halbury Hate Crime Review", HAL, "subgroup_of", HAL_TASK)]


def _ivy(t: str) -> list[Fact]:
    return [_fact(t, "Ivybridge Night Safety Panel", IVY, "covers_area", Entity("area", "Ivybridge")),
            _fact(t, "Sub-group | Ivybridge Night Safety Panel", IVY_SUB, "subgroup_of", IVY)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "kind-only", [
        paper("greyhithe-structure", GREY_TEXT, "Greyhithe", _grey),
        paper("halbury-cabinet-report", HAL_TEXT, "Halbury", _hal),
        paper("ivybridge-nsp-minutes", IVY_TEXT, "Ivybridge", _ivy, doc_type="minutes"),
    ])


def test_a_theme_group_node_is_no_answer_beside_the_real_body(asker):
    assert labels(asker, "Which group is the Greyhithe Knife Crime Group part of?") == [
        "Greyhithe Safer Streets Executive"]


def test_a_task_and_finish_group_node_alone_answers_nothing(asker):
    assert labels(asker, "What is the Halbury Hate Crime Review a sub-group of?") == []


def test_a_sub_group_node_is_no_sub_group_of_a_panel(asker):
    assert labels(asker, "What sub-groups does the Ivybridge Night Safety Panel have?") == []
