"""An underlined or bold title opening a paragraph is its heading; "This is chaired by" speaks of the body named."""

from __future__ import annotations

from extract_helpers import of, read


def test_this_is_chaired_by_under_a_heading() -> None:
    doc = read("Greener Wealden Theme Group\nThis is chaired by Kent Fire and Rescue Service. It meets monthly.\n")
    assert of(doc, "chairs") == {("Kent Fire and Rescue Service", "Greener Wealden Theme Group")}


def test_an_underlined_run_in_title_heads_its_paragraph() -> None:
    doc = read("<u>Greener Wealden Theme Group</u> This is chaired by Kent Fire and Rescue Service. It meets "
               "monthly.\n")
    assert of(doc, "chairs") == {("Kent Fire and Rescue Service", "Greener Wealden Theme Group")}


def test_this_before_other_verbs_is_left_alone() -> None:
    doc = read("Safer Hastings Partnership\nThis is a difficult year for the town, and chaired meetings are few.\n")
    assert not of(doc, "chairs")
