"""Strategies, priorities and structure: whose priorities a sentence lists, what a body produces, which areas
it covers and where it sits. Every text here is written for the test, in the styles several councils use."""

from __future__ import annotations

from extract_helpers import of, read


def test_priorities_that_are_overseen_or_led_by_someone_list_no_priorities() -> None:
    # a passive verb after "priorities are" says who handles them; what follows is no list of topics
    texts = (
        "Report to: Rochdale Community Safety Partnership\n\nDelivery plans for the three priorities are overseen "
        "by the Partnership's Delivery Group, chaired by Wendell Ashby, which meets monthly and reports to the "
        "Board.\n",
        "Report to: Safer Ashford Partnership\n\nThe priorities of the Safer Ashford Partnership are led by the "
        "police, the council and the fire service.\n",
        "Report to: Dudley Community Safety Partnership\n\nThe new priorities were agreed by the Board, endorsed "
        "by the Cabinet and published in May.\n",
    )
    for text in texts:
        assert not of(read(text), "priority_of"), of(read(text), "priority_of")


def test_priorities_are_followed_by_topics_still_lists_them() -> None:
    doc = read("Report to: Safer Ashford Partnership\n\nThe Partnership's priorities are anti-social behaviour, "
               "burglary and hate crime.\n\nThe Commissioner's priorities, set out in her plan, of reducing burglary, "
               "cutting reoffending and supporting victims were noted.\n")
    topics = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert {"anti-social behaviour", "hate crime", "reducing burglary", "cutting reoffending"} <= topics
