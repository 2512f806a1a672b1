"""loaders/extract/lists.py: a line that is only "membership of" a body, over a list, is that body's list of members
even when the paper sets it in lower case after the part of the paper it sits in ("Appendix A - proposed membership
of the Joint Board"); an organisation's item that names two of its posts ("Org: Post; Post") gives two seats.
Texts written for the test, in three councils' styles; bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_an_appendix_title_in_lower_case_over_bullets() -> None:
    doc = read("Fernleigh District Council\n\nReport to Cabinet, 3 March 2025\n\n"
               "Appendix B - proposed membership of the Safer Fernleigh Partnership Board\n"
               "  - Fernleigh District Council: Portfolio Holder for Communities\n"
               "  - Wessex Police: Local Policing Inspector\n"
               "  - Fernleigh Housing Trust: Chief Executive\n")
    members = {m for m, b in of(doc, "member_of") if b == "Safer Fernleigh Partnership Board"}
    assert {"Fernleigh District Council", "Wessex Police", "Fernleigh Housing Trust"} <= members


def test_an_annex_title_with_a_colon_mark_over_dotted_bullets() -> None:
    doc = read("Northmere Borough Council\n\nAnnex 2: revised membership of the Northmere Hate Crime Panel\n\n"
               "• Northmere Borough Council: Community Cohesion Manager\n"
               "• Mercia Police: Hate Crime Coordinator\n"
               "• Northmere Interfaith Forum: Chair\n")
    members = {m for m, b in of(doc, "member_of") if b == "Northmere Hate Crime Panel"}
    assert {"Northmere Borough Council", "Mercia Police"} <= members


def test_a_sentence_that_mentions_membership_is_not_a_title() -> None:
    # a sentence, ended by its full stop, speaks of the membership; the list under it is something else
    doc = read("Ashgrove Borough Council\n\nThe review looked at the membership of the Ashgrove Youth Forum.\n\n"
               "  - Ashgrove Youth Service: Youth Work Manager\n  - Ashgrove College: Principal\n")
    assert not {b for _, b in of(doc, "member_of") if b == "Ashgrove Youth Forum"}


def test_two_posts_after_an_organisation_are_two_seats() -> None:
    doc = read("Membership of the Safer Calder Vale Board\n\n"
               "- Calder Vale Council: Cabinet Member for Communities; Director of Place\n"
               "- Pennine Police: District Commander\n")
    seats = {p for o, p in of(doc, "represented_by") if o == "Calder Vale Council"}
    assert seats == {"Cabinet Member for Communities, Calder Vale Council", "Director of Place, Calder Vale Council"}
