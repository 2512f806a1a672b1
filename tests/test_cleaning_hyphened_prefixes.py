"""A line broken after a prefix always written with its hyphen ("co-" / "chaired", "vice-" / "chair", "anti-" /
"social") keeps the hyphen when the lines are joined; a word cut in two at a line's end ("Sub-" / "stance") is
one word again. Every text here is written for the test."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean


def test_a_hyphened_prefix_keeps_its_hyphen_and_a_cut_word_is_mended() -> None:
    assert "co-chaired" in clean("The board is co-\n   chaired by two officers.\n")
    assert "vice-chair" in clean("She is vice-\nchair of the forum.\n")
    assert "anti-social" in clean("Work on anti-\n  social behaviour continues.\n")
    assert "multi-agency" in clean("A new multi-\nagency hub opened.\n")
    assert "Substance" in clean("the Sub-\nstance Misuse Grant\n")
    assert "prevention" in clean("the pre-\nvention team\n")
    assert "Decoration" in clean("Deco-\nration\n")  # "co" ending a longer word is no prefix


def test_a_report_paragraph_co_chaired_across_a_line_break() -> None:
    text = ("2.1  The Safer Eastvale Partnership is the borough's community safety partnership. It is co-\n"
            "     chaired by the Director of Housing and the Eastvale District Commander.\n")
    chairs = of(read(text), "chairs")
    assert ("Director of Housing", "Safer Eastvale Partnership") in chairs


def test_minutes_vice_chair_across_a_line_break() -> None:
    text = ("Minutes of the Northby Hate Crime Forum, 3 June 2024\n\n"
            "4. Elections\n"
            "Insp. Rana Holt was elected vice-\n"
            "chair of the Northby Hate Crime Forum for 2024/25.\n")
    assert ("Rana Holt", "Northby Hate Crime Forum") in of(read(text), "vice_chair")
