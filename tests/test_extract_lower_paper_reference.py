"""A paper named in full, then referred back to by its head noun in lower case ("the strategy was written by",
"owns this plan"): the reference is the paper last named with that head, or nothing at all.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def test_the_strategy_in_lower_case_is_the_strategy_named_before() -> None:
    doc = read("Safer Wyre Forest Community Safety Strategy 2025-2028\n\n"
               "1. Introduction\n\n"
               "The strategy was written by the Wyre Forest Community Safety Team after a year of consultation.\n")
    assert ("Wyre Forest Community Safety Team", "Safer Wyre Forest Community Safety Strategy 2025-2028") in \
        of(doc, "produces")


def test_a_sentence_capital_does_not_turn_the_head_into_a_name() -> None:
    doc = read("Ribble Valley Serious Violence Strategy 2024-2027\n\n"
               "The strategy has been produced by the Safer Ribble Valley Partnership with its partners.\n")
    assert ("Safer Ribble Valley Partnership", "Ribble Valley Serious Violence Strategy 2024-2027") in \
        of(doc, "produces")


def test_this_plan_after_a_dated_plan_with_a_generic_name() -> None:
    # "Our Youth Justice Plan 2025-26" is generic but for its period: it is still the paper "the plan" means
    doc = read("Torfaen Youth Justice Service\n\n"
               "Our Youth Justice Plan 2025-26 was agreed in June.\n\n"
               "The Torfaen Youth Justice Management Board oversees the Service. "
               "The plan was drafted by the Torfaen Youth Justice Service and went to Cabinet in July.\n")
    produced = of(doc, "produces")
    assert any(subject == "Torfaen Youth Justice Service" and "Youth Justice Plan 2025-26" in paper
               for subject, paper in produced), produced


def test_a_lower_case_head_with_no_paper_named_before_names_nothing() -> None:
    doc = read("The Safer Arun Partnership met on 4 March.\n\n"
               "The strategy has been produced by the Safer Arun Partnership with its partners.\n")
    assert not of(doc, "produces")


def test_a_lower_case_head_followed_by_a_noun_is_no_reference() -> None:
    text = "The strategy group and the plan of action were discussed."
    assert not [m for m in find_mentions(text, 0, len(text)) if m.kind == "publication"]


def test_a_refreshed_plan_is_a_new_version_not_the_one_named_before() -> None:
    doc = read("Members noted the priorities of the Safer Fenland Plan 2022-25. "
               "The Fenland Community Safety Partnership is refreshing the plan in the new year.\n")
    assert ("Fenland Community Safety Partnership", "Safer Fenland Plan 2022-25") not in of(doc, "produces")


def test_a_relative_clause_speaks_of_the_noun_before_it_not_of_the_paper() -> None:
    # the team made the needs assessment the strategy drew on, not the strategy
    doc = read("Wealdham Domestic Abuse Safe Accommodation Strategy 2025-2028\n\n"
               "The strategy was shaped by the 2024 needs assessment, which was produced by the Wealdham Public "
               "Health team.\n")
    assert not of(doc, "produces")


def test_a_relative_clause_straight_after_the_paper_is_the_paper_s() -> None:
    doc = read("The Board received the Wealdham Strategic Assessment 2025, which had been prepared by the "
               "Wealdham Community Safety Team.\n")
    assert ("Wealdham Community Safety Team", "Wealdham Strategic Assessment 2025") in of(doc, "produces")


def test_this_plan_after_two_plans_is_not_guessed() -> None:
    # "this plan" is the writer's own, which the last plan named (the council's) need not be
    doc = read("Halton Community Safety Partnership Plan 2025-2028\n\n"
               "The Halton Borough Council Plan 2024-2029 sets the council's aims.\n\n"
               "Progress against this plan will be reported to the Halton Community Safety Partnership Board.\n")
    assert not [f for f in doc.facts if f.subject.name == "Halton Borough Council Plan 2024-2029" and
                f.relation == "reports_to"]
