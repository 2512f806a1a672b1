""""It" opening a sentence with a verb of structure ("It remains accountable to", "It feeds into", "It sits under",
"It provides updates to") is the body the sentence before is about."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"


@pytest.mark.parametrize(("text", "relation", "pair"), [
    ("The Partnership was reviewed in 2023. It remains accountable to the Northdale Vision Partnership.",
     "reports_to", ("Northdale Community Safety Partnership", "Northdale Vision Partnership")),
    ("The Northdale Youth Group was formed in 2022. It feeds into the Northdale Safeguarding Board.",
     "reports_to", ("Northdale Youth Group", "Northdale Safeguarding Board")),
    ("The Northdale Youth Group was formed in 2022. It sits under the Northdale Safeguarding Board.",
     "subgroup_of", ("Northdale Youth Group", "Northdale Safeguarding Board")),
    ("The Northdale Hate Forum met four times. It provides updates to the Northdale Cohesion Board.",
     "reports_to", ("Northdale Hate Forum", "Northdale Cohesion Board")),
])
def test_it_with_a_verb_of_structure_is_the_body_before(text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(HEAD + text + "\n"), relation)


def test_it_remains_unclear_gives_nothing() -> None:
    doc = read(HEAD + "The Partnership was reviewed in 2023. It remains unclear whether the Northdale Vision "
                      "Partnership will continue.\n")
    assert not of(doc, "reports_to")


@pytest.mark.parametrize("text", [
    # a body of another kind, named in words that make no node, opens the sentence before: "It" is that body
    "Northdale's Channel panel is a joint panel with Eastvale. It is chaired by Cllr Ona Bright.",
    "1.3 The county's youth offending board meets monthly. It reports to the Northdale Vision Partnership.",
    "The victims' hub has moved to new offices. It sits under the Northdale Safeguarding Board.",
])
def test_it_after_a_body_of_another_kind_is_not_the_papers_own(text: str) -> None:
    doc = read(HEAD + text + "\n")
    own = "Northdale Community Safety Partnership"
    assert not any(own in (s, o) for rel in ("chairs", "reports_to", "subgroup_of") for s, o in of(doc, rel)), \
        sorted(of(doc, "chairs") | of(doc, "reports_to") | of(doc, "subgroup_of"))


def test_it_after_the_papers_own_kind_is_the_papers_own_body() -> None:
    doc = read(HEAD + "The partnership meets every quarter. It reports to the Northdale Vision Partnership.\n")
    assert ("Northdale Community Safety Partnership", "Northdale Vision Partnership") in of(doc, "reports_to")
