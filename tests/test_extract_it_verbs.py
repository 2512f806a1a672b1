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
