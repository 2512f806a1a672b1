"""Members listed in prose: items glossed in brackets ("Catalyst (the local drug service)", "Kent Police (North
Division)"), a list whose own "and" the name finder read into its last item ("..., Harbour Action and Eastvale
Housing Association also sit on the Partnership"), the last "and" after a bracket holding one of its own, and a
list that goes on after an aside between dashes ("- its responsible authorities - with ...")."""

from __future__ import annotations

from extract_helpers import of, read

# an annual report: a sentence of members whose subject list ends in "A and B"
ALSO_SIT = """Safer Eastvale Partnership Annual Report 2024

The Safer Eastvale Partnership (SEP) is Eastvale's community safety partnership. The Office of the Police and
Crime Commissioner for Kent, Beacon (the local drug and alcohol service), Harbour Action and Eastvale Housing
Association also sit on the Partnership.
"""

# a web page: "brings together" with glossed items, a dashed aside, then "with" and more members
BRINGS_TOGETHER = """Kestermoor Community Safety Partnership Annual Report 2024

The Kestermoor Community Safety Partnership brings together Kestermoor Council, Kent Police (North
Division), the Probation Service (Kent and Medway) and Kent Fire and Rescue Service - our responsible
authorities - with Kestermoor Homes, Lighthouse Kestermoor (our domestic abuse charity) and the Kestermoor
Volunteer Centre.
"""

# terms of reference: the statutory members, the last two parted by an "and" after a bracket holding its own "and"
INLINE_AFTER_BRACKET = """Orlingham Safer Communities Partnership
Terms of Reference

Its statutory members are Orlingham Borough Council, Essex Police, the Probation Service (Essex and Suffolk)
and NHS Mid and South Essex Integrated Care Board.
"""


def test_a_glossed_one_word_name_and_a_last_item_holding_the_lists_and() -> None:
    doc = read(ALSO_SIT)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Eastvale Partnership"}
    assert {"Beacon", "Harbour Action", "Eastvale Housing Association"} <= members, members
    assert "Harbour Action and Eastvale Housing Association" not in members


def test_a_list_goes_on_after_a_dashed_aside_and_past_bracketed_glosses() -> None:
    doc = read(BRINGS_TOGETHER)
    members = {s for s, o in of(doc, "member_of") if o == "Kestermoor Community Safety Partnership"}
    assert {"Kestermoor Council", "Kestermoor Homes", "Lighthouse Kestermoor"} <= members, members
    assert "North Division" not in members and "Kent and Medway" not in members


def test_the_last_and_of_an_inline_list_is_never_one_inside_brackets() -> None:
    doc = read(INLINE_AFTER_BRACKET)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Safer Communities Partnership"}
    assert any(s.startswith("NHS Mid and South Essex") for s in members), members
    assert "Essex Police" in members
