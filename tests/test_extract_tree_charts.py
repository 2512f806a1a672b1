"""Structure charts drawn as trees ("+-- A (chair: ...)" under the body A hangs from), as safeguarding
arrangements and partnership pages draw them. Texts written for the tests; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read

_TREE = ("Northbury Safeguarding Children Partnership\nLocal arrangements 2024\n\n4. Structure\n\n"
         "   Leaders' Group (LSPs)\n        |\n"
         "   Partnership Executive Group (PEG) ----- Independent Scrutineer\n        |\n"
         "        +-- Practice Review Group (chair: Detective Superintendent Ros Hallam, Northbury Police)\n"
         "        +-- Quality and Performance Group (chair: Head of Safeguarding, ICB)\n"
         "        +-- Exploitation and Missing Sub-group (chair: Head of Family Support)\n"
         "        |      +-- Missing Children Panel\n"
         "        +-- Education Safeguarding Forum (chair: a headteacher)\n\n"
         "The Practice Review Group decides on reviews.\n")
_EXECUTIVE = "Northbury Safeguarding Children Partnership Executive Group"


def test_each_branch_is_a_sub_group_of_the_node_it_hangs_from() -> None:
    doc = read(_TREE)
    # (the partnership's own executive group is named after the partnership whose paper it is: Resolver.own_tier)
    under = {g for g, p in of(doc, "subgroup_of") if p == _EXECUTIVE}
    assert under == {"Practice Review Group", "Quality and Performance Group", "Exploitation and Missing Sub-group",
                     "Education Safeguarding Forum"}


def test_a_branch_is_no_reporting_line() -> None:
    # a chart shows where a group sits; whom it reports to is said in words, and often it is another body
    assert of(read(_TREE), "reports_to") == set()
    doc = read("Westmoor Community Safety Partnership\nAnnual report 2023/24\n\nOur structure\n\n"
               "Westmoor CSP Board\n|-- Serious Violence Delivery Group (chair: Inspector, Westmoor Police)\n"
               "|-- ASB Problem Solving Group\n\nThe Board met five times.\n")
    assert ("ASB Problem Solving Group", "Westmoor CSP Board") in of(doc, "subgroup_of")
    assert of(doc, "reports_to") == set()


def test_a_branch_behind_an_upright_hangs_from_the_branch_above_it() -> None:
    doc = read(_TREE)
    assert ("Missing Children Panel", "Exploitation and Missing Sub-group") in of(doc, "subgroup_of")
    assert not any(g == "Missing Children Panel" and p == _EXECUTIVE
                   for g, p in of(doc, "subgroup_of"))


def test_an_upright_alone_between_two_nodes_says_nothing() -> None:
    # which way the line between two boxes runs (sub-group, reporting, or only a link) the chart does not say
    doc = read(_TREE)
    assert not any(p == "Leaders' Group" for _, p in of(doc, "subgroup_of") | of(doc, "reports_to"))


def test_a_tree_drawn_with_box_characters() -> None:
    doc = read("Northbury Safeguarding Adults Board\nStructure\n\nNorthbury Safeguarding Adults Board Executive\n"
               "├── Practice Review Sub-group\n│   └── Learning Panel\n└── Quality Assurance Sub-group\n\n"
               "The Board meets quarterly.\n")
    found = of(doc, "subgroup_of")
    assert ("Learning Panel", "Practice Review Sub-group") in found
    assert ("Quality Assurance Sub-group", "Northbury Safeguarding Adults Board Executive") in found
