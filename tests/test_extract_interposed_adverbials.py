"""An adverbial set between the parts of a verb, with commas or without ("will, in addition, be responsible for",
"was as a rule chaired by", "has, in practice, been overseen by") leaves the relation the verb states.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("verb", ["was as a rule chaired by", "was, in practice, chaired by",
                                  "will, for the time being, be chaired by", "is usually chaired by"])
def test_a_chair_read_through_an_adverbial(verb: str) -> None:
    doc = read(f"The Safer Tamworth Partnership {verb} the Chief Executive of Tamworth Borough Council.\n")
    chairs = of(doc, "chairs")
    assert any(body == "Safer Tamworth Partnership" for _, body in chairs), chairs


def test_responsible_for_read_through_an_adverbial_in_commas() -> None:
    doc = read("The Dorset Violence Reduction Unit will, in addition, be responsible for mapping where serious "
               "violence happens.\n")
    assert any(holder == "Dorset Violence Reduction Unit" for holder, _ in of(doc, "responsible_for"))


def test_an_adverbial_does_not_join_two_clauses() -> None:
    # the adverbial sits inside one verb; a full stop still ends the clause
    doc = read("The Safer Tamworth Partnership met in May. As a rule, chaired by turns, the forums meet quarterly.\n")
    assert not of(doc, "chairs")
