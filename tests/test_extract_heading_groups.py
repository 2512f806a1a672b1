"""loaders/extract/lists.py: a "Theme groups: A; B; C" line with no owner of its own, under a section whose heading
names a body, lists that body's groups (not the paper's own body's); items parted by semicolons keep the "and" and
the bracketed other name inside them. Texts written for the test in several councils' styles; names invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CONSTITUTION = ("Eastmoor County Council\nConstitution, Part 3: Partnership Bodies\n\n4.2  Partnership bodies\n\n"
                "4.2.1  Safer Eastmoor Partnership\nSafer Eastmoor Partnership is the community safety partnership "
                "for the county. Its board meets four times a year.\n")


@pytest.mark.parametrize(
    "line, groups",
    [
        # a constitution's remit table written as lines
        ("Theme groups: Serious Violence and Exploitation Group; Drugs and Alcohol Group (the Combating Drugs "
         "Partnership); Hate Crime and Prevent Group.\n",
         {"Serious Violence and Exploitation Group", "Drugs and Alcohol Group", "Hate Crime and Prevent Group"}),
        # a web page's label, two groups
        ("Sub-groups: Anti-social Behaviour and Nuisance Group; Domestic Abuse and Stalking Forum; Reducing "
         "Reoffending Group.\n",
         {"Anti-social Behaviour and Nuisance Group", "Domestic Abuse and Stalking Forum",
          "Reducing Reoffending Group"}),
    ],
)
def test_a_label_list_under_a_body_heading_gives_that_bodys_groups(line: str, groups: set[str]) -> None:
    found = of(read(CONSTITUTION + line), "subgroup_of")
    parents = {o for s, o in found if any(s.endswith(g) for g in groups)}
    named = {g for g in groups if any(s.endswith(g) for s, _ in found)}
    assert parents == {"Safer Eastmoor Partnership"} and named == groups


def test_no_council_owns_the_groups_of_a_partnership_section() -> None:
    line = "Theme groups: Youth Safety Group; Rural Crime Group; Night-time Economy Group.\n"
    assert not any(o == "Eastmoor County Council" for _, o in of(read(CONSTITUTION + line), "subgroup_of"))
