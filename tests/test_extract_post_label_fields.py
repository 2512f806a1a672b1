"""A line whose label is a post and whose value names its holder: the officers' approval block of a decision
notice ("Chief Finance Officer: Jo Lee", "Monitoring Officer (Chief Executive): I have been consulted.  Signed:
Jo Lee"), a plan's front sheet ("Service Manager: Mr Sam Reed")."""

from __future__ import annotations

from extract_helpers import of, read

NOTICE = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORFOLK
Decision 2024/11: Community safety grants

I approve the grants in Table 1.

Signature: Police and Crime Commissioner for Norfolk       Date: 2 May 2024

OFFICER APPROVAL
Chief Finance Officer: I confirm that the budget is available.	Signed: Orla Pennant
Chief Executive and Monitoring Officer:  Tomas Reeve      I have been consulted.
Head of Commissioning:	Ines Okoro	The grants follow the commissioning plan.
"""


def test_a_post_label_names_its_holder() -> None:
    posts = of(read(NOTICE), "holds_post")
    # the office's statutory officers under its letterhead are the office's; the joint title is one post
    office = "Office of the Police and Crime Commissioner for Norfolk"
    assert ("Orla Pennant", f"Chief Finance Officer, {office}") in posts, posts
    assert ("Tomas Reeve", f"Chief Executive and Monitoring Officer, {office}") in posts, posts
    assert ("Tomas Reeve", "Monitoring Officer") not in posts, posts
    assert any(p == "Ines Okoro" and o.startswith("Head of Commissioning") for p, o in posts), posts


def test_labels_that_are_no_post_name_nobody() -> None:
    doc = read("Northdale Council\n\nContact Officer: Sam Reed\nReport author: Jo Lee\nLead: Cllr Ann Vary\n"
               "Officers: Petra Lund (Head of Housing)\n")
    held = {o for _, o in of(doc, "holds_post")}
    assert not {"Contact Officer", "Lead", "Officers", "Report author"} & held, held
