"""How names are found (loaders/mentions.py): a name's edges where a full stop, a comma or a line end falls.

Every paper here is written for the test, in several councils' styles; invented places and people.
"""

from __future__ import annotations

from extract_helpers import read, triples

from govkg.loaders.mentions import find_mentions


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]


# -- a full word of a rank ("Police" of "Police Constable") ends its sentence at a full stop

def test_a_force_at_a_sentence_end_is_not_run_into_the_next_sentence() -> None:
    found = _names("Officers came from Northumbria Police. Its neighbourhood teams reported on the quarter.")
    assert ("body", "Northumbria Police") in found
    assert not any(name.startswith("Northumbria") and "Its" in name for _, name in found)


def test_a_group_at_a_sentence_end_is_not_run_into_the_next_group() -> None:
    found = _names("The Board has a Learning and Review Group. The Practice and Standards Group meets monthly.")
    assert ("body", "Learning and Review Group") in found
    assert not any(name.startswith("Learning") and name.endswith("Standards Group") for _, name in found)


def test_written_short_titles_still_carry_their_full_stop() -> None:
    found = _names("Present: Cllr. Ann Marsh, Ch. Supt. Dev Oakes, Revd. Tom Pask and Mrs. Ivy Lund.")
    assert [name for kind, name in found if kind == "person"] == ["Ann Marsh", "Dev Oakes", "Tom Pask", "Ivy Lund"]


# -- a rank, or a head of a service left unnamed, says which unit after the comma

def test_a_rank_and_its_unit_after_a_comma_are_one_post() -> None:
    doc = read("""Eastmere Channel Panel
Minutes of the meeting held on 9 October 2024

Present:
Priya Lal, Detective Superintendent, Public Protection, Northshire Police
Ruth Calder, Head of Service, Children's Social Care, Eastmere City Council (Chair)
""")
    found = triples(doc)
    assert ("Priya Lal", "holds_post", "Detective Superintendent, Public Protection, Northshire Police") in found
    assert ("Priya Lal", "member_of", "Northshire Police") in found
    assert ("Ruth Calder", "holds_post", "Head of Service, Children's Social Care") in found
    assert ("Ruth Calder", "chairs", "Eastmere Channel Panel") in found


def test_a_head_of_service_chairing_names_the_service_after_the_comma() -> None:
    doc = read("""Fenbury Safeguarding Children Partnership - Executive Group
Notes of the meeting, 2 July 2024

The Executive Group is chaired by Marcus Deane, Head of Service, Early Help.
""")
    assert ("Marcus Deane", "holds_post", "Head of Service, Early Help") in triples(doc)


def test_a_topic_after_a_rank_is_its_unit_only_when_the_comma_closes_it() -> None:
    assert ("post", "Detective Inspector, Prevent") in _names("Owen Tarrant, Detective Inspector, Prevent, attended.")
    # a list of topics after a post is not the post's unit
    found = _names("The Community Safety Manager, Prevent and Channel leads were present.")
    assert ("post", "Community Safety Manager") in found


# -- a body the gazetteer names with a comma, wrapped over a line end

def test_a_national_department_wrapped_over_two_lines_is_one_giver() -> None:
    doc = read("""Oxley Safer Communities Partnership
Minutes, 14 May 2024

5. Funding
The Partnership received £45,000 from the Ministry of Housing, Communities and Local
Government for the domestic abuse safe accommodation duty.
""")
    givers = {s for s, r, _ in triples(doc) if r == "funds"}
    assert givers == {"Ministry of Housing, Communities and Local Government"}


def test_a_wrapped_comma_name_is_one_body() -> None:
    found = _names("Grant from the Ministry of Housing, Communities and\nLocal Government was received.")
    assert [(kind, " ".join(name.split())) for kind, name in found if kind == "body"] == [
        ("body", "Ministry of Housing, Communities and Local Government")]


# -- an office whose portfolio lists its parts with commas, in an attendance entry

def test_an_office_listing_its_portfolio_with_commas_is_one_employer() -> None:
    doc = read("""Minutes of the Kestrel Domestic Abuse Partnership Board
Held on 3 June 2024

Present:
Jan Mole - Head of Housing, Kestrel Borough Council (Chair)
Kit Ames - Policy Officer, Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire (for item 5)
""")
    office = "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire"
    found = triples(doc)
    assert ("Kit Ames", "member_of", office) in found
    assert ("Kit Ames", "holds_post", f"Policy Officer, {office}") in found
    assert not any(s == "Crime, Criminal" or o == "Crime, Criminal" for s, _, o in found)


# -- a group named for its places' list, its head wrapped onto the next line

def test_a_group_named_for_a_list_of_places_is_whole_across_a_line_end() -> None:
    doc = read("""Prevent in Wyndale

Wyndale District Council leads on Prevent locally. The Alder, Brookfield and Carrow Prevent Partnership
Group reports to the Wyndale Community Safety Partnership.
""")
    assert ("Alder, Brookfield and Carrow Prevent Partnership Group", "reports_to",
            "Wyndale Community Safety Partnership") in triples(doc)
