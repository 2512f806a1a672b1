"""loaders/lexicon.py NOW_HOLDER, loaders/extract/asides.py holder_named_next: a chair's post whose holder is named
as at the paper's date (in a bracket after the post, or in the next sentence after words such as "at the time of
approval" or "at the date of this version") holds the post and takes its chair, as "currently Jo Lee" does.
Texts written for the test, in three councils' styles (terms of reference, a drugs partnership's governance note, a
panel's web page); people and bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_holder_in_a_bracket_as_at_approval() -> None:
    doc = read("Wenbury Borough Council\nWenbury Channel Panel: Terms of Reference\n\n6. Who chairs\n"
               "The Panel is chaired by the Borough Council's Head of Neighbourhood Safety (at the time of approval,\n"
               "Imelda Roscoe). The panel meets monthly.\n")
    assert ("Imelda Roscoe", "Wenbury Channel Panel") in of(doc, "chairs")
    assert any(p == "Imelda Roscoe" and post.startswith("Head of Neighbourhood Safety")
               for p, post in of(doc, "holds_post"))


def test_the_post_is_held_by_after_a_wrapped_chair_sentence() -> None:
    doc = read("Corrow Channel Panel\nTerms of Reference 2025\n\n7. Leadership\n\n"
               "7.4 Corrow Channel Panel meetings are chaired by the Director of Adult Care, Corrow District\n"
               "Council. At the date of this version the role is held by Tobias Wrenfield.\n")
    assert ("Tobias Wrenfield", "Corrow Channel Panel") in of(doc, "chairs")
    assert any(p == "Tobias Wrenfield" and post.startswith("Director of Adult Care")
               for p, post in of(doc, "holds_post"))


def test_this_is_as_at_approval_after_a_relative_clause() -> None:
    doc = read("Hallam Vale Combating Drugs Partnership\nGovernance note\n\n"
               "The lead officer is Hallam Vale Council's Director of Public Health, who in addition chairs the "
               "Hallam Vale Combating Drugs Partnership. As at the time of approval this is Petra Okwu.\n")
    assert ("Petra Okwu", "Hallam Vale Combating Drugs Partnership") in of(doc, "chairs")


def test_a_date_before_a_name_that_holds_no_chair_gives_nothing() -> None:
    # the sentence before names no chair: whose holder "this" would be is unclear
    doc = read("Hallam Vale Combating Drugs Partnership\nGovernance note\n\n"
               "The partnership sits six times a year at Hallam Vale Town Hall. As at the time of approval this is "
               "Petra Okwu.\n")
    assert of(doc, "chairs") == set()
