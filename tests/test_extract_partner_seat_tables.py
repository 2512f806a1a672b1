"""A table of statutory safeguarding partners: one row per organisation, a column per seat ("Lead Safeguarding
Partner", "Delegated Safeguarding Partner"), "Post - Name" in each cell."""

from __future__ import annotations

from extract_helpers import of, read, triples

_ARRANGEMENTS = ("Calderbrook Safeguarding Children Partnership\nMulti-agency safeguarding arrangements\n\n"
                 "1. The safeguarding partners are Calderbrook Borough Council (CBC), Westshire Police (WP) and "
                 "NHS Westshire Integrated Care Board.\n\n"
                 "2. Partners\n\n"
                 "  Partner   Lead Safeguarding Partner (LSP)     Delegated Safeguarding Partner (DSP)\n"
                 "  -------   ---------------------------------   -----------------------------------------\n"
                 "  CBC       Chief Executive - Imogen Tarrant     Director of Children's Services - Rafe Oduya\n"
                 "  WP        Chief Constable                      Assistant Chief Constable - Petra Lindqvist\n"
                 "  ICB       Chief Executive - Colm Ashdown       Chief Nurse - Bea Marchetti\n")


def test_each_cell_gives_the_holder_their_post_and_seat() -> None:
    posts = of(read(_ARRANGEMENTS), "holds_post")
    assert ("Imogen Tarrant", "Chief Executive, Calderbrook Borough Council") in posts
    assert ("Imogen Tarrant", "Lead Safeguarding Partner") in posts
    assert ("Rafe Oduya", "Delegated Safeguarding Partner") in posts
    assert ("Petra Lindqvist", "Assistant Chief Constable, Westshire Police") in posts


def test_the_organisation_is_represented_by_its_seat_holders() -> None:
    reps = of(read(_ARRANGEMENTS), "represented_by")
    assert ("Calderbrook Borough Council", "Imogen Tarrant") in reps
    assert ("Westshire Police", "Petra Lindqvist") in reps


def test_no_one_named_or_an_acronym_never_spelt_out_gives_nothing() -> None:
    facts = triples(read(_ARRANGEMENTS))
    # "Chief Constable" alone names no holder; "ICB" is not spelt out beside its name
    assert not any(s == "Colm Ashdown" for s, _, _ in facts)
    assert not any(r == "represented_by" and s.endswith("Integrated Care Board") for s, r, _ in facts)


def test_a_table_of_other_columns_is_not_read() -> None:
    doc = read("Eastvale Community Safety Partnership\n\n"
               "  Partner     Contact                      Telephone\n"
               "  EBC         Head of Housing - Jo Penhale   01234 567890\n")
    assert not [f for f in doc.facts if f.rule.startswith("partner_seat")]
