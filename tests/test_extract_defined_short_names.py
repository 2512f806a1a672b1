"""A body the paper defines by a short name of several words ('X Regional Board ("the Regional Board")'): the
short name, in the head, in prose or as the body a membership table sits under, is the one body defined, never a
second node named by the short form alone."""

from __future__ import annotations

from extract_helpers import of, read

# a board paper whose title names the board by its short name only, the body defined in its background section
BOARD_PAPER = """FENWICK AND ORLEY SAFEGUARDING PARTNERS
REGIONAL BOARD

Meeting date:     4 March 2025
Title:            Membership refresh

1. Background

1.1 The Fenwick and Orley Safeguarding Regional Board ("the Regional Board") brings the two councils' partners
together.

2. Membership

 | Organisation              | Member                              |
 |---------------------------|-------------------------------------|
 | Fenwick Police            | Gwyneth Arlow, Chief Superintendent  |
 | Orley Health Board        | Tomas Pellew, Head of Safeguarding   |
"""

# terms of reference in prose: the group defined with the words "referred to as", its short name used after
PROSE_TERMS = """Harrowby Community Safety Partnership

Terms of Reference

The Harrowby Serious Violence Strategic Group (referred to as the "Strategic Group") is a sub-group of the
partnership.

The Strategic Group's members are Harrowby Borough Council, Harrowby Police and the Harrowby Youth Justice
Service.
"""

# a web page: the definition in curly quotes, the short name heading a bullet list of members
WEB_PAGE = """Safer Quarrington

The Quarrington Reducing Reoffending Delivery Board (“the Delivery Board”) meets every quarter.

Members of the Delivery Board:
- Quarrington City Council
- Quarrington Probation Delivery Unit
"""


def test_a_head_naming_the_defined_short_form_is_the_body_defined() -> None:
    doc = read(BOARD_PAPER)
    assert doc.body is not None and doc.body.name == "Fenwick and Orley Safeguarding Regional Board"
    members = {s for s, o in of(doc, "member_of") if o == doc.body.name}
    assert {"Gwyneth Arlow", "Tomas Pellew"} <= members
    assert not [f for f in doc.facts if "Regional Board" in (f.subject.name, f.object and f.object.name)]


def test_a_short_name_in_prose_is_the_body_the_paper_defined() -> None:
    doc = read(PROSE_TERMS)
    names = {e.name for e in doc.entities}
    assert "Strategic Group" not in names
    assert "Harrowby Serious Violence Strategic Group" in names


def test_a_short_name_over_a_list_is_the_body_defined() -> None:
    doc = read(WEB_PAGE)
    members = {s for s, o in of(doc, "member_of") if o == "Quarrington Reducing Reoffending Delivery Board"}
    assert "Quarrington City Council" in members
    assert not [e for e in doc.entities if e.name == "Delivery Board"]
