"""A subjectless opener at the end of a paragraph ("Members include:", "Its members are:") lists the members of
the body the paragraph opens on, through the sentences that go on speaking of it ("It is chaired by ...");
a paragraph whose sentences turn to another subject gives no owner."""

from __future__ import annotations

from extract_helpers import of, read

# a council web page: the paragraph wraps, the opener ends its last line
WEB_PAGE = """Source: https://www.example.gov.uk/prevent

Prevent in Fenwick

The Fenwick Prevent Steering Group co-ordinates the local action plan.
It is chaired by our Head of Communities, Alys Penhallow, and meets every
two months. Members include:

  * Fenwick Police
  * Fenwick Youth Offending Service
  * Fenwick Mosques Forum
"""

# an annual report: one sentence about the board, then "Its members are:" with dashes
REPORT = """Orlingham Community Safety Annual Report 2024

The Orlingham Reducing Reoffending Board oversees the local reducing reoffending plan. It meets every
quarter. Its members are:
- Orlingham Probation Delivery Unit
- HMP Orlingham
- Orlingham Housing Trust
"""

# a paragraph that turns to another subject before the opener: nobody's members are listed
TURNED = """Safer Harrowby

The Harrowby Hate Crime Forum meets each quarter. Funding for the forum comes from the council's budget.
Members include:
- Harrowby Interfaith Network
- Harrowby Police
"""


def test_a_wrapped_paragraphs_subject_owns_the_list_after_members_include() -> None:
    doc = read(WEB_PAGE)
    members = {s for s, o in of(doc, "member_of") if o == "Fenwick Prevent Steering Group"}
    assert {"Fenwick Police", "Fenwick Youth Offending Service"} <= members, of(doc, "member_of")


def test_its_members_are_after_one_sentence_about_the_board() -> None:
    doc = read(REPORT)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Reducing Reoffending Board"}
    assert {"Orlingham Probation Delivery Unit", "Orlingham Housing Trust"} <= members, of(doc, "member_of")


def test_a_paragraph_that_turns_to_another_subject_gives_no_owner() -> None:
    doc = read(TURNED)
    assert not [s for s, o in of(doc, "member_of") if o == "Harrowby Hate Crime Forum"]
