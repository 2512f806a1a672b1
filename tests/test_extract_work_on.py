"""What "a review of X" or "an analysis of X" says is led or commissioned is the piece of work, not X."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_review_of_arrangements_is_led_not_the_arrangements() -> None:
    doc = read("A review of the CSP arrangements is due this year and is being led by the Leeds Safer Communities "
               "Board.\n"
               "The Leeds Domestic Abuse Forum is led by the Leeds Safer Communities Board.\n")
    assert of(doc, "led_by") == {("Leeds Domestic Abuse Forum", "Leeds Safer Communities Board"),
                                 ("Review of the CSP arrangements", "Leeds Safer Communities Board")}


def test_an_analysis_of_reviews_is_commissioned_not_the_reviews() -> None:
    doc = read("In 2022 an analysis of DHRs in Kent was commissioned by the Kent Domestic Abuse Board.\n"
               "Victim Support is commissioned by the Kent Domestic Abuse Board.\n")
    assert {obj for _, obj in of(doc, "commissions")} == {"Victim Support", "Analysis of DHRs in Kent"}


def test_a_that_clause_with_an_unnamed_subject_says_nothing_of_the_name_before() -> None:
    doc = read("The Kent Public Health Team will ensure that quality assurance is embedded in the Kent Community "
               "Safety Agreement.\nThe Kent Prevent Group is part of the Kent Community Safety Partnership.\n")
    assert not any(s == "Kent Public Health Team" for s, _ in of(doc, "part_of"))
