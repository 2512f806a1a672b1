"""The last item of a semicolon list whose only "and" lies inside a body's name the mention reader kept whole
("Chief Constable, Devon and Cornwall Police") is one item: the force is a member, not "Devon" and "Cornwall Police".
Texts written for the test, in three councils' styles (real force names, invented people)."""

from __future__ import annotations

from extract_helpers import of, read

ARRANGEMENTS = ("Plymouth Safeguarding Children Partnership\n\nLead safeguarding partners: Ada Quist, Chief "
                "Executive of Plymouth City Council; Chief Constable, Devon and Cornwall Police.\n")

TERMS = """Bath and North East Somerset Community Safety Partnership

Statutory partners: Bath and North East Somerset Council; the Chief Constable, Avon and Somerset Police.
"""

PLAN = """Portsmouth Youth Justice Management Board

Board members: Portsmouth City Council; the Probation Service; District Commander, Hampshire and Isle of Wight
Constabulary.
"""


def test_the_force_is_one_member() -> None:
    for text, piece in ((ARRANGEMENTS, "Cornwall Police"), (TERMS, "Somerset Police"),
                        (PLAN, "Isle of Wight Constabulary")):
        members = {s for s, _ in of(read(text), "member_of")}
        assert piece not in members, members
        assert not members & {"Avon", "Devon", "Hampshire"}, members
    assert "Devon and Cornwall Police" in {s for s, _ in of(read(ARRANGEMENTS), "member_of")}
    assert "Avon and Somerset Police" in {s for s, _ in of(read(TERMS), "member_of")}
