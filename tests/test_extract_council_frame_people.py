"""A council's own paper names its people in its frame ("Contact officer:", "Report author:", "Lead Member:"):
each is the council's officer or member, `member_of` the council, unless the entry names another organisation or a
police rank. A commissioner's paper, or a partnership's, is written by partners' officers and gives none.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read


@pytest.mark.parametrize("text, person, council", [
    # a cabinet report: the frame's fields at its head
    ("Harrogate Borough Council\n\nReport to Cabinet\n\nContact officer:\tAnnika Vole, Community Safety Manager\n"
     "Lead Member:\tCllr Bram Tolley, Cabinet Member for Communities\n\n1. Purpose\n\n1.1 This report asks "
     "Cabinet to note the work of the partnership.\n", "Annika Vole", "Harrogate Borough Council"),
    # a record of an officer's decision: the author at the foot
    ("Wealden District Council\n\nRECORD OF DECISION\n\nThe grant of £12,000 to the partnership was approved.\n\n"
     "Report author: Milo Fenwick, Community Safety Lead Officer\n", "Milo Fenwick", "Wealden District Council"),
    # a scrutiny report with its lead member
    ("Wakefield Council\n\nOverview and Scrutiny Committee\n\nReport of: Ines Hartley, Service Director - "
     "Communities\n\n1. The committee is asked to comment on the annual update.\n", "Ines Hartley",
     "Wakefield Council"),
])
def test_the_frame_s_people_belong_to_the_council(text: str, person: str, council: str) -> None:
    assert (person, council) in of(read(text), "member_of")


@pytest.mark.parametrize("text, person", [
    # a commissioner's decision notice: its author is the commissioner's officer
    ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR KENT\n\nDECISION NOTICE\n\nAuthor:\tRowan Pike, Head of "
     "Partnerships\n\nThe Commissioner approved grants to the district partnerships.\n", "Rowan Pike"),
    # an officer of the police on the council's paper
    ("Harrogate Borough Council\n\nReport to Cabinet\n\nContact officer:\tInspector Dale Moss, Neighbourhood "
     "Policing\n\n1. Purpose\n", "Dale Moss"),
])
def test_other_organisations_people_are_left(text: str, person: str) -> None:
    assert not {o for p, o in of(read(text), "member_of") if p == person and o.endswith("Council")}
