"""A generic post written with its department after a comma, at the end of a clause, is that department's post."""

from __future__ import annotations

from extract_helpers import of, read


def test_chaired_by_a_post_and_its_department() -> None:
    doc = read("The Hampshire Channel Panel is chaired by the Head of Service, Community Safety. It meets monthly.\n")
    assert of(doc, "chairs") == {("Head of Service, Community Safety", "Hampshire Channel Panel")}


def test_a_person_after_the_comma_is_no_department() -> None:
    doc = read("The Safer Leeds Executive is chaired by the Chief Executive, Marta Oyelaran.\n")
    assert ("Chief Executive, Marta Oyelaran", "Safer Leeds Executive") not in of(doc, "chairs")
