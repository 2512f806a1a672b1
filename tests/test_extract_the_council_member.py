"""Prose membership: "the council" written in lower case among the members a sentence lists is the paper's own
council."""

from __future__ import annotations

from extract_helpers import of, read

PLAN = """Rotherham Metropolitan Borough Council
Safer Rotherham Partnership Plan 2023

The plan is owned by the Safer Rotherham Partnership, which is made up of organisations such as the council,
South Yorkshire Police, South Yorkshire Fire and Rescue and the Probation Service.
"""


def test_the_council_in_lower_case_among_listed_members_is_the_papers_council() -> None:
    doc = read(PLAN)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Rotherham Partnership"}
    assert doc.council is not None
    assert {doc.council.name, "South Yorkshire Police"} <= members


def test_the_council_as_a_sentences_subject_is_no_listed_member() -> None:
    doc = read("""Rotherham Metropolitan Borough Council
Cabinet report, 4 March 2024

The council will consider whether it is a member of the Safer Rotherham Partnership.
""")
    assert not [s for s, o in of(doc, "member_of") if s == doc.council.name]
