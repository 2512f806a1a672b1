"""Tables of seats: one row per seat, a column for the organisation and one for the person who fills it.

The texts are written for these tests, in the styles several councils use on their web pages and in terms of
reference; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read

_WEB_PAGE = """Rivermouth District Council

Community safety > Rivermouth Town Centre Partnership

Rivermouth Town Centre Partnership

The Partnership brings licensees, the police and the council together to keep the town centre safe at night.

Members

Organisation\tRepresentative\tRole
Rivermouth District Council\tCllr Ada Brookfield\tChair
Northshire Police\tInspector Ivo Marchetti\tRivermouth Safer Neighbourhood Team
Rivermouth Pubwatch\tSamir Oduwole\tVice-chair
Rivermouth Business Improvement District\tJuno Tallis\tOperations Manager
"""


def test_a_table_of_seats_gives_members_their_organisations_and_roles() -> None:
    doc = read(_WEB_PAGE)
    partnership = "Rivermouth Town Centre Partnership"
    members = of(doc, "member_of")
    assert ("Ada Brookfield", partnership) in members
    assert ("Northshire Police", partnership) in members
    assert ("Juno Tallis", "Rivermouth Business Improvement District") in members
    assert ("Ivo Marchetti", "Rivermouth Safer Neighbourhood Team") in members
    assert ("Northshire Police", "Ivo Marchetti") in of(doc, "represented_by")
    assert ("Rivermouth Pubwatch", "Samir Oduwole") in of(doc, "represented_by")
    assert ("Ada Brookfield", partnership) in of(doc, "chairs")
    assert ("Samir Oduwole", partnership) in of(doc, "vice_chair")
    assert ("Juno Tallis", "Operations Manager, Rivermouth Business Improvement District") in of(doc, "holds_post")


def test_an_organisation_cell_is_never_read_as_a_person() -> None:
    doc = read(_WEB_PAGE)
    for subject, obj in of(doc, "member_of") | of(doc, "holds_post"):
        assert subject not in ("Rivermouth Pubwatch", "Rivermouth Business Improvement District") or \
            obj == "Rivermouth Town Centre Partnership"


def test_a_piped_table_with_the_post_before_the_name() -> None:
    doc = read("""Eastvale Serious Violence Board - Terms of Reference

4. Membership

| Agency | Post | Named member (May 2025) |
|---|---|---|
| Eastvale Police | Detective Superintendent (Chair) | Rhian Caddick |
| Eastvale County Council | Head of Community Safety | Teodor Wasilewski |
| Eastvale Fire and Rescue Service | Station Manager | Vacant |
""")
    board = "Eastvale Serious Violence Board"
    assert ("Teodor Wasilewski", board) in of(doc, "member_of")
    assert ("Teodor Wasilewski", "Eastvale County Council") in of(doc, "member_of")
    assert ("Eastvale County Council", "Teodor Wasilewski") in of(doc, "represented_by")
    assert ("Rhian Caddick", board) in of(doc, "chairs")
    assert not any(p == "Vacant" for _, p in of(doc, "represented_by"))


def test_a_minutes_table_of_names_and_organisations_is_attendance_not_seats() -> None:
    doc = read("""Minutes of the Northdale Community Safety Partnership held on 3 March 2025

Present

Name\tOrganisation
Petra Lindqvist\tNorthdale Borough Council
Oren Blackwood\tNorthdale Fire and Rescue Service
""")
    assert ("Northdale Borough Council", "Petra Lindqvist") not in of(doc, "represented_by")
    assert ("Petra Lindqvist", "Northdale Borough Council") in of(doc, "member_of")


def test_a_dated_column_name_still_heads_the_seats_and_no_cell_is_split() -> None:
    doc = read("""Westmoor Organised Crime Board - Terms of Reference

3. Membership

| Organisation | Post | Named member (May 2025) |
|---|---|---|
| Westmoor Police | Superintendent (Chair) | Rhian Caddick |
| Port of Westmoor | Harbour Security Manager | Teodor Wasilewski |
""")
    represented = of(doc, "represented_by")
    assert ("Port of Westmoor", "Teodor Wasilewski") in represented
    assert not any(subject.startswith("Harbour") for subject, _ in of(doc, "member_of"))


def test_a_post_after_the_name_in_the_persons_cell_and_a_role_on_the_board_that_is_no_post() -> None:
    doc = read("""Hackney Domestic Abuse Strategic Board

Terms of reference 2025

| Organisation | Representative | Role on the Board |
|---|---|---|
| Hackney Council | Dr Oona Pelletier, Director of Public Health | Chair |
| Hackney Women's Aid | Marguerite Oyelowo-Pask, Chief Executive | Member |
| Hackney Council | Tobiah Wenlock, Domestic Abuse Lead | Lead officer |
""")
    posts = of(doc, "holds_post")
    assert ("Dr Oona Pelletier", "Director of Public Health, London Borough of Hackney") in posts
    assert ("Marguerite Oyelowo-Pask", "Chief Executive, Hackney Women's Aid") in posts
    assert ("Tobiah Wenlock", "Domestic Abuse Lead, London Borough of Hackney") in posts
    assert not any(post.startswith("Lead officer") for _, post in posts)
    assert ("Dr Oona Pelletier", "Hackney Domestic Abuse Strategic Board") in of(doc, "chairs")
