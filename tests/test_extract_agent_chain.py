"""A passive's agent with its appositions ("chaired by the Assistant Chief Constable (Operations), Kestermoor
Police, and brings together ...") ends the first predicate: what "and" joins after it is the sentence subject's,
never the agent's organisation's."""

from __future__ import annotations

from extract_helpers import of, read

LOWER_SUBJECT = """Prevent in Fenwick

Once a year the Prevent Board reports to the Northshire CONTEST Board. The county board is chaired by the
Assistant Chief Constable (Operations), Northshire Police, and brings together the Prevent leads of Fenwick
Council, Orley Council and Quarrington Council.
"""

NAMED_SUBJECT = """Safer Orlingham Annual Report 2024

The Orlingham Serious Violence Board is chaired by the Director of Public Health, Orlingham County Council,
and brings together Orlingham Police, Orlingham Probation Delivery Unit and Orlingham Youth Justice Service.
"""

BRACKETED_AGENT = """Harrowby Community Safety Partnership
Minutes of the meeting held on 3 June 2025

The Harrowby Hate Crime Forum is led by Supt Iolo Brangwyn (Neighbourhoods), Harrowby Police, and includes
Harrowby Interfaith Network and Harrowby Pride.
"""


def test_the_agents_organisation_gains_no_members() -> None:
    doc = read(LOWER_SUBJECT)
    assert not [s for s, o in of(doc, "member_of") if o == "Northshire Police"], of(doc, "member_of")


def test_the_sentence_subject_named_in_full_gains_the_members() -> None:
    doc = read(NAMED_SUBJECT)
    members = {s for s, o in of(doc, "member_of") if o == "Orlingham Serious Violence Board"}
    assert {"Orlingham Police", "Orlingham Youth Justice Service"} <= members, of(doc, "member_of")
    assert not [s for s, o in of(doc, "member_of")
                if o == "Orlingham County Council" and s != "Director of Public Health"]


def test_a_person_agent_with_a_bracket_and_an_organisation() -> None:
    doc = read(BRACKETED_AGENT)
    assert not [s for s, o in of(doc, "member_of") if o == "Harrowby Police" and s != "Iolo Brangwyn"], \
        of(doc, "member_of")
