"""A signature line labelled by a council's initials ("Signed for MCBC: Jo Lee, Chief Executive") in an
agreement of two councils that glossed them: the post of the council signed for, never the other's."""

from __future__ import annotations

from extract_helpers import of, read


def test_signatures_by_initials_name_each_councils_post() -> None:
    doc = read("Joint Safety Hub Agreement\n\nThis agreement is between Marwick County Borough Council (\"MCBC\") "
               "and Stallbridge City Council (\"SCC\"), who together run the Hub.\n\nSigned for MCBC: Elowen "
               "Dunley-Harker, Chief Executive\nSigned for SCC: Tomasz Wilding, Chief Executive\n")
    posts = of(doc, "holds_post")
    assert ("Elowen Dunley-Harker", "Chief Executive, Marwick County Borough Council") in posts, posts
    assert ("Tomasz Wilding", "Chief Executive, Stallbridge City Council") in posts, posts


def test_a_signature_by_initials_in_capitals_over_a_table() -> None:
    doc = read("Shared Service Agreement\n\n1. Parties: Orrin District Council (\"ODC\") and Halvergate Borough "
               "Council (\"HBC\").\n\nSigned for HBC: Petra Dunstanbury, Director of Place\n")
    assert ("Petra Dunstanbury", "Director of Place, Halvergate Borough Council") in of(doc, "holds_post"), \
        of(doc, "holds_post")


def test_a_signature_by_unknown_initials_gives_no_council() -> None:
    doc = read("Shared Service Agreement\n\nThe two councils agree to share one team.\n\nSigned for QXC: Petra "
               "Dunstanbury, Chief Executive\n")
    assert not any(", " in post for _, post in of(doc, "holds_post")), of(doc, "holds_post")
