"""Membership tables of "Organisation | Post" rows: a first row whose post is only the seat's role ("SRO and
Chair"), a heading "Membership of the <Body>" that opens the table, a post cell that runs on over a few lines,
and an NHS area body named with a list of places ("NHS X, Y and Z ICB")."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions

DRUGS = """Report to: Kestermoor Combating Drugs Partnership
Date: 9 October 2023

Membership

The partnership is made up of senior representatives from these organisations:

Office of the Police and Crime Commissioner for Lincolnshire\tSRO and Chair
Kestermoor County Council - Public Health\tDirector of Public Health
Lincolnshire Police\tDetective Superintendent, Major Crime
Probation Service, Kestermoor PDU\tHead of PDU
"""


def test_a_first_row_whose_post_is_the_chair_is_a_member_not_the_tables_header() -> None:
    doc = read(DRUGS)
    members = {s for s, o in of(doc, "member_of") if o == doc.body.name}
    assert "Office of the Police and Crime Commissioner for Lincolnshire" in members
    assert "Lincolnshire Police" in members
    # "SRO and Chair" is the seat's role, no post of the office
    assert not [o for s, o in of(doc, "represented_by") if "SRO" in o or "Chair" in o]


DELIVERY = """Safeguarding Partnership Annual Report 2023

The Tamworth Safeguarding Delivery Board reports to the Executive Group and meets every two months.

3.4 Membership of the Delivery Board

Organisation\tRepresented by
Tamworth Borough Council\tDirector of Public Health (Chair)
Director of Adult Social Care
Head of Community Safety
Staffordshire Police\tSuperintendent, Tamworth
Staffordshire Fire and Rescue Service\tStation Manager, Prevention
"""


def test_a_heading_membership_of_a_body_opens_the_table_under_it() -> None:
    doc = read(DELIVERY)
    board = "Tamworth Safeguarding Delivery Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    # the posts run on over lines of their own: the rows after them are still the table's
    assert members >= {"Tamworth Borough Council", "Staffordshire Police", "Staffordshire Fire and Rescue Service"}
    assert ("Staffordshire Police", "Superintendent, Tamworth") in of(doc, "represented_by")


def test_a_heading_names_the_body_written_in_full_before() -> None:
    doc = read(DELIVERY)
    assert not [o for s, o in of(doc, "member_of") if o != "Tamworth Safeguarding Delivery Board"]


def test_an_nhs_body_named_by_a_list_of_places_is_one_name() -> None:
    for text, name in [
        ("Designated Nurse, NHS Leicester, Leicestershire and Rutland ICB",
         "NHS Leicester, Leicestershire and Rutland ICB"),
        ("NHS Norfolk, Suffolk and Essex ICB sent apologies", "NHS Norfolk, Suffolk and Essex ICB"),
    ]:
        names = [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "body"]
        assert name in names, names


PARTNERS = """Report to: Safer Ashfield Partnership
Date: 2 February 2024

Membership:

Ashfield District Council\tHead of Community Safety
Probation Service (East Midlands)\tHead of Nottinghamshire PDU
HMP Whatton\tHead of Reducing Reoffending
Turning Point Recovery (Nottinghamshire)\tService Manager
"""


def test_an_organisation_cell_read_whole_though_its_words_look_like_a_name() -> None:
    doc = read(PARTNERS)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Ashfield Partnership"}
    assert {"Ashfield District Council", "HMP Whatton", "Turning Point Recovery"} <= members


def test_a_national_service_keeps_the_region_written_in_brackets_as_a_name() -> None:
    doc = read(PARTNERS)
    probation = [e for e in doc.entities if e.kind == "body" and "Probation" in e.name]
    assert probation
    assert "Probation Service (East Midlands)" in probation[0].aliases


POSTS = """Report to: Eryri Community Safety Partnership
Date: 5 June 2023

3. Membership

Post\tOrganisation
Head of Housing Services (Chair)\tGwynedd Council
Head of Public Protection (Vice-Chair)\tIsle of Anglesey County Council
Inspector, Neighbourhood Policing\tNorth Wales Police
"""


def test_a_post_table_marks_the_chair_and_names_the_post_with_its_organisation() -> None:
    doc = read(POSTS)
    chairs = of(doc, "chairs")
    assert ("Head of Housing Services, Gwynedd Council", "Eryri Community Safety Partnership") in chairs
    inspector = next(f.object for f in doc.facts if f.relation == "represented_by" and
                     f.subject.name == "North Wales Police")
    entity = next(e for e in doc.entities if e.iri == inspector.iri)
    # the post holds a comma of its own: the organisation is after the last one
    assert "Inspector, Neighbourhood Policing (North Wales Police)" in entity.aliases


MARKED = """Report to: Derby Crime and Drugs Board
Date: 8 March 2024

The Board is made up of:
   - Derby City Council (Chair)
   - Derbyshire Constabulary (Vice-Chair: Chief Superintendent, Derby Division)
   - Derbyshire Fire and Rescue Service
   - Director of Public Health, Derby City Council (Chair of the Treatment Group)
"""


def test_a_member_marked_chair_chairs_the_body_and_a_marked_post_is_vice_chair() -> None:
    doc = read(MARKED)
    board = "Derby Crime and Drugs Board"
    assert ("Derby City Council", board) in of(doc, "chairs")
    assert ("Chief Superintendent, Derby Division, Derbyshire Constabulary", board) in of(doc, "vice_chair")
    # the post in the bracket is the seat's holder, no part of the force
    assert not of(doc, "part_of")
    assert ("Derbyshire Fire and Rescue Service", board) not in of(doc, "chairs")


UNITS = """Report to: Safer Medway Partnership
Date: 11 April 2024

Statutory members
|  Organisation                         | Post                                   |
|---------------------------------------|----------------------------------------|
| Medway Council                        | Corporate Director, Resident Wellbeing |
| NHS Integrated Care Board (Medway Place) | Director of Nursing                 |
"""


def test_two_capitalised_words_after_a_post_and_a_comma_are_its_department() -> None:
    doc = read(UNITS)
    # and the post is the member's own, qualified as a bracketed seat's is ("Chief Superintendent, Derby Division,
    # Derbyshire Constabulary" above)
    assert ("Medway Council", "Corporate Director, Resident Wellbeing, Medway Council") in of(doc, "represented_by")


def test_a_service_keeps_its_local_unit_in_brackets_as_a_name() -> None:
    doc = read(UNITS)
    icb = next(e for e in doc.entities if e.kind == "body" and "Integrated Care Board" in e.name)
    assert "NHS Integrated Care Board (Medway Place)" in icb.aliases


SEATS = """Report to: Sutton Youth Justice Management Board
Date: 3 October 2023

3.2  Membership

  Post                                     Organisation
  Director of Children's Services (Chair)  London Borough of Sutton
  Chief Executive                          Sutton Community Action
  Magistrate representative                Sutton Youth Bench

Other members
 -  Sutton Council for Voluntary Service (SCVS) - Chief Executive
"""


def test_a_post_table_row_whose_organisation_is_a_plain_name() -> None:
    doc = read(SEATS)
    board = "Sutton Youth Justice Management Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert {"Sutton Community Action", "Sutton Youth Bench"} <= members
    assert ("Sutton Community Action", "Chief Executive, Sutton Community Action") in of(doc, "represented_by")


def test_an_acronym_in_brackets_stands_between_the_member_and_its_post() -> None:
    doc = read(SEATS)
    assert ("Sutton Council for Voluntary Service", "Chief Executive, Sutton Council for Voluntary Service") in \
        of(doc, "represented_by")


WRAPPED_OPENER = """Report to: Cumbria Domestic Abuse Partnership Board
Date: 20 November 2023

3. Membership of the Board, as set out by the Domestic Abuse Support (Local Authority Strategies
and Annual Reports) Regulations 2021, includes:
- Cabinet Member for Adult Social Care, County Councillor Hazel Tremlow
- Cumbria Constabulary
- the Office of the Police, Fire and Crime Commissioner for Cumbria
"""


def test_an_opener_wrapped_over_two_lines_opens_the_list() -> None:
    doc = read(WRAPPED_OPENER)
    board = "Cumbria Domestic Abuse Partnership Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert "Cumbria Constabulary" in members
    # a post and, after a comma, the titled person who holds it
    assert "Hazel Tremlow" in members
