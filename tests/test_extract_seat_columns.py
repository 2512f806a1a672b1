"""Seat tables whose header says what each column holds.

A "Representing" column names the organisation a member sits for: the organisation is then a member of the body and
is represented by the person (an "Organisation" column under a name only says where the person works). An
"Organisation | Post" header under a membership heading makes the table the members' list, though the paragraph
between says only that members attend by post. A post cell wrapped onto a second line that opens a post of its own
("Executive Director, Housing") is the organisation's second seat; a wrapped organisation's last words ("Foundation
Trust") are its name's end. "(SRO and Chair)" after a seat's post gives the seat's roles, not part of the post. A bare
"Each" under a new heading speaks of that section's things, not of the list before the heading.

Every text is written for these tests, in the layouts councils use.
"""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean

# a panel's minutes: a pipe table, the chair's mark wrapped onto the line under the name
PIPED_MINUTES = """MINUTES of the meeting of the ASHWOLD POLICE AND CRIME PANEL held on 3 March 2025 at County Hall.

Members:

| Name                     | Representing                   |
|--------------------------|--------------------------------|
| Cllr Tamsin Orrell       | Brackley Vale District Council |
| (Chairman)               |                                |
| Cllr Desmond Ruddock     | Ashwold County Council         |
| Mr Perry Lanchester      | Independent Co-opted Member    |
"""

# a committee's attendance set as a tab table
TAB_MINUTES = """Minutes of the Fenmarsh Joint Scrutiny Committee, 14 May 2025

Present:

Member\tRepresents
Councillor Ingrid Holloway\tFenmarsh Borough Council
Councillor Samir Oduya\tWestmere District Council
"""

# a panel's membership set in fixed-width columns under a ruled header
FIXED_MEMBERS = """Dunmore Valley Police and Crime Panel

Membership of the Panel:

  Member                         Organisation represented
  -----------------------------  ---------------------------------
  Cllr Yvette Marchant           Dunmore Borough Council
  Cllr Hector Ballantyne         Rushby District Council
"""

# the same shape with an "Organisation" column: where the member works, no representation said
EMPLOYER_ONLY = """MINUTES of the meeting of the ASHWOLD COMMUNITY SAFETY BOARD held on 3 March 2025.

Present:

| Name                 | Organisation                   |
|----------------------|--------------------------------|
| Gemma Stroud         | Brackley Vale District Council |
| Owen Petrakis        | Ashwold Constabulary           |
"""


def test_a_representing_column_seats_the_organisation_on_the_body() -> None:
    doc = read(PIPED_MINUTES)
    panel = "Ashwold Police and Crime Panel"
    assert ("Brackley Vale District Council", panel) in of(doc, "member_of")
    assert ("Ashwold County Council", panel) in of(doc, "member_of")
    assert ("Brackley Vale District Council", "Tamsin Orrell") in of(doc, "represented_by")
    assert ("Ashwold County Council", "Desmond Ruddock") in of(doc, "represented_by")
    # a co-opted member's cell names no organisation: nothing is represented by them
    assert not any(o == "Perry Lanchester" for _, o in of(doc, "represented_by"))


def test_a_represents_column_in_a_tab_table() -> None:
    doc = read(TAB_MINUTES)
    assert ("Fenmarsh Borough Council", "Ingrid Holloway") in of(doc, "represented_by")
    assert ("Westmere District Council", "Samir Oduya") in of(doc, "represented_by")


def test_an_organisation_represented_column_in_fixed_width() -> None:
    doc = read(FIXED_MEMBERS)
    assert ("Dunmore Borough Council", "Yvette Marchant") in of(doc, "represented_by")
    assert ("Rushby District Council", "Dunmore Valley Police and Crime Panel") in of(doc, "member_of")


def test_an_employers_column_says_no_representation() -> None:
    doc = read(EMPLOYER_ONLY)
    assert not of(doc, "represented_by")


# terms of reference: a numbered heading, a paragraph on how members attend, a fixed-width table whose first
# organisation fills three seats and whose posts and names wrap
FIXED_TOR = """Greywater Combating Drugs Partnership - Terms of Reference

3. Membership

3.1 Members attend by virtue of their post and each organisation nominates a deputy.

  Organisation                           Post
  ------------------------------------   ------------------------------------------
  Greywater City Council                 Director of Public Health (SRO and Chair)
                                         Executive Director, Neighbourhood Services
                                         Director of Adult Social Care
  Greywater Community Health NHS         Clinical Director, Addictions
  Foundation Trust
  Greywater Police                       Head of Neighbourhood Policing

4. Meetings

4.1 The Partnership meets every two months.
"""

# a board's page: an unnumbered heading, a one-line paragraph, a tab table headed "Agency | Representative"
TAB_TOR = """Pellham Serious Violence Board

Membership

Membership is drawn from the specified authorities.

Agency\tRepresentative
Pellham Borough Council\tHead of Community Safety
Pellham Youth Justice Service\tService Manager
"""

# a pipe table under a heading, with a paragraph on seats
PIPED_TOR = """Caddon Reducing Reoffending Board

2. Board membership

2.1 Seats are held by post, not by person.

| Organisation                  | Post                                 |
|-------------------------------|--------------------------------------|
| Caddon Council                | Head of Housing (Vice-Chair)         |
| Caddon Probation Delivery Unit| Head of Service                      |
"""


def test_a_seat_header_under_a_membership_heading_lists_the_members() -> None:
    for text, body, members in (
            (FIXED_TOR, "Greywater Combating Drugs Partnership",
             {"Greywater City Council", "Greywater Community Health NHS Foundation Trust", "Greywater Police"}),
            (TAB_TOR, "Pellham Serious Violence Board", {"Pellham Borough Council", "Pellham Youth Justice Service"}),
            (PIPED_TOR, "Caddon Reducing Reoffending Board", {"Caddon Council"})):
        doc = read(text)
        assert members <= {s for s, o in of(doc, "member_of") if o == body}, text.splitlines()[0]


def test_wrapped_second_posts_are_seats_of_their_own() -> None:
    cleaned = clean(FIXED_TOR)
    assert "Director of Public Health (SRO and Chair); Executive Director, Neighbourhood Services; Director of " \
        "Adult Social Care" in cleaned
    assert "Greywater Community Health NHS Foundation Trust" in cleaned
    doc = read(FIXED_TOR)
    posts = {o for s, o in of(doc, "represented_by") if s == "Greywater City Council"}
    assert {"Director of Public Health, Greywater City Council",
            "Executive Director, Neighbourhood Services, Greywater City Council",
            "Director of Adult Social Care, Greywater City Council"} <= posts  # a department after a comma stays


def test_a_seats_roles_in_brackets_are_no_part_of_the_post() -> None:
    doc = read(FIXED_TOR)
    assert ("Director of Public Health, Greywater City Council", "Greywater Combating Drugs Partnership") in \
        of(doc, "chairs")
    assert not any("SRO" in o for _, o in of(doc, "represented_by"))


# a bare "each" under a new heading: the groups of that section, never the members listed above it
EACH_UNDER_HEADING = FIXED_TOR.replace("""4. Meetings

4.1 The Partnership meets every two months.
""", """4. Delivery groups

4.1 Three delivery groups sit under the Partnership. Each has a lead and reports to the Partnership.
""")


def test_a_bare_each_under_a_new_heading_does_not_reach_the_list_above() -> None:
    doc = read(EACH_UNDER_HEADING)
    assert not any(s in ("Greywater City Council", "Greywater Police") for s, _ in of(doc, "reports_to"))
    assert not any(s in ("Greywater City Council", "Greywater Police") for s, _ in of(doc, "subgroup_of"))


# "The Board:" / its duties as bullets / "Members include ...": the members are those of the board the paragraph
# above the opener introduces, not of another board it names after
BOARD_PAGE = """Tackling extremism in Corranby

Extremism work is led locally by the Corranby Prevent Delivery Board, which is chaired by the council's Head of
Communities. The Board reports to the Safer Corranby Partnership and feeds into the Northern Region Prevent Board.

The Board:
  * agrees the local action plan
  * reviews referrals data each quarter

Members include Corranby Constabulary, Corranby College and the Corran Valley Fire and Rescue Service.
"""

PANEL_PAGE = """Our panels

Cases are heard by the Dalwick Vulnerability Panel, which meets monthly at the civic centre.

The Panel will:
- hear referrals from partners
- agree a support plan for each case

Members include Dalwick Police, Dalwick Housing Trust and the Dalwick Youth Justice Service.
"""

GROUP_PAGE = """Working together

Hate crime work is co-ordinated by the Fernleigh Hate Crime Group, set up in 2021.

The Group:
1. shares intelligence between agencies
2. runs the third-party reporting centres

Partners include Fernleigh Borough Council, Fernleigh Police and Fernleigh Victim Support Service.
"""


def test_members_after_a_bodys_list_of_duties_are_that_bodys() -> None:
    for text, body, members in (
            (BOARD_PAGE, "Corranby Prevent Delivery Board", {"Corranby Constabulary", "Corranby College"}),
            (PANEL_PAGE, "Dalwick Vulnerability Panel", {"Dalwick Police", "Dalwick Housing Trust"}),
            (GROUP_PAGE, "Fernleigh Hate Crime Group", {"Fernleigh Police"})):
        doc = read(text)
        assert members <= {s for s, o in of(doc, "member_of") if o == body}, (body, sorted(of(doc, "member_of")))
    doc = read(BOARD_PAGE)
    assert not any(o == "Northern Region Prevent Board" for _, o in of(doc, "member_of"))


# "Each district's partners keep a seat: A, B and C": the districts own no list; the seats are on the body the
# sentence before speaks of
SHARED_OUT = (
    ("""The Harlow Vale and Brinton Joint Safety Board was formed in 2024 by merging the two partnerships.

The board will meet every two months. Each district's statutory partners keep a seat: Harlow Vale Police, the
Brinton Fire and Rescue Service and the Harlow Vale Probation Delivery Unit.
""", "Harlow Vale and Brinton Joint Safety Board", "Harlow Vale Police"),
    ("""The Askern and Moor Community Safety Partnership covers two boroughs.

The partnership is supported by a joint team. Every borough's partners have places on it: Askern Borough
Council, Moor Borough Council and Askern Clinical Commissioning Group.
""", "Askern and Moor Community Safety Partnership", "Askern Borough Council"),
    ("""The Tellby Combined Prevent Panel replaced the county panels in 2023.

The panel will sit monthly. Each council's core partners keep a place: Tellby Constabulary, Tellby College
and the Tellby Youth Justice Service.
""", "Tellby Combined Prevent Panel", "Tellby Constabulary"),
)


def test_a_possessive_shared_out_names_no_owner_of_the_list() -> None:
    for text, body, member in SHARED_OUT:
        doc = read(text)
        members = of(doc, "member_of")
        assert (member, body) in members, sorted(members)
        assert all(o == body for s, o in members if s == member), sorted(members)
        assert not any(o.endswith("Council") for _, o in members), sorted(members)
