"""loaders/extract/rosters.py: a membership list written one organisation per entry, its seats after a colon
("Organisation: Post - Name; Post - Name"), entries running on over the next lines."""

from __future__ import annotations

from extract_helpers import fact, of, read, triples

KIRKLEES = """Kirklees Council

Kirklees Combating Drugs Partnership

About the partnership

The partnership has these members:

Kirklees Council: Director of Public Health (Chair); Head of Housing Solutions - Ada Brookfield; Service
  Director for Children's Services - Imogen
  Salterthwaite
West Yorkshire Police: District Commander - Chief Superintendent Ivo
  Marchbank
Change Grow Live (treatment provider): Service Manager - Petra Olawale
Lived experience: three members of a local recovery forum
"""


def test_each_organisation_is_a_member_represented_by_the_people_named() -> None:
    doc = read(KIRKLEES)
    members = of(doc, "member_of")
    for name in ("Kirklees Council", "West Yorkshire Police", "Change Grow Live", "Ada Brookfield",
                 "Imogen Salterthwaite", "Ivo Marchbank", "Petra Olawale"):
        assert (name, "Kirklees Combating Drugs Partnership") in members, name
    f = fact(doc, "West Yorkshire Police", "represented_by", "Ivo Marchbank")
    assert f.on_body is not None and f.on_body.name == "Kirklees Combating Drugs Partnership"
    assert ("Kirklees Council", "Imogen Salterthwaite") in of(doc, "represented_by")
    assert ("Change Grow Live", "Petra Olawale") in of(doc, "represented_by")


def test_a_name_cut_by_the_line_break_is_read_whole_with_its_post_and_rank() -> None:
    doc = read(KIRKLEES)
    posts = of(doc, "holds_post")
    assert ("Ivo Marchbank", "Chief Superintendent") in posts
    assert any(p == "Ivo Marchbank" and o.startswith("District Commander") for p, o in posts)
    assert any(p == "Ada Brookfield" and o.startswith("Head of Housing Solutions") for p, o in posts)
    assert not any(s.startswith("Chief Superintendent") or s == "Imogen" for s, _, _ in triples(doc))


def test_a_seat_with_no_name_marks_the_post_that_chairs() -> None:
    doc = read(KIRKLEES)
    assert any(s.startswith("Director of Public Health") and o == "Kirklees Combating Drugs Partnership"
               for s, o in of(doc, "chairs"))
    assert not any("forum" in s.casefold() or s.startswith("Lived") for s, _ in of(doc, "member_of"))


def test_a_health_board_style_roster_under_a_list_opener() -> None:
    doc = read("""Swansea Bay Area Planning Board

Membership

The Board is made up of the following organisations:

Swansea Council: Cabinet Member for Wellbeing - Cllr Nia Gethin
South Wales Police: Superintendent, Swansea - Supt Rhodri Vance
HM Prison and Probation Service: Head of Swansea Probation Delivery Unit - Carys
  Penhallow
""")
    assert ("Swansea Council", "Swansea Bay Area Planning Board") in of(doc, "member_of")
    assert ("South Wales Police", "Rhodri Vance") in of(doc, "represented_by")
    assert ("Carys Penhallow", "Swansea Bay Area Planning Board") in of(doc, "member_of")


def test_one_colon_line_after_an_opener_is_no_roster() -> None:
    doc = read("""Safer Harrogate Partnership

The partnership has these members:

Contact: Community Safety Team - Oren Blythe
""")
    assert not of(doc, "represented_by")


GROUPS = """Stockton-on-Tees Community Safety Partnership

Reports to:            Stockton-on-Tees Health and Wellbeing Board
Also accountable to:   Cleveland Police and Crime Panel

Theme groups

Three theme groups report to the Partnership:

Neighbourhood Harm Group
Lead: Cleveland Police (Inspector Wren Halloway)
Covers: shop theft, off-road bikes, street drinking

Exploitation and Missing Group
Lead: Director of Children's Services
Covers: child criminal exploitation, missing children

Hate Crime Forum
Chair: Head of Community Cohesion
Remit: reporting centres, victim support
"""


def test_each_group_under_a_reporting_opener_is_a_sub_group_that_reports_to_it() -> None:
    doc = read(GROUPS)
    owner = "Stockton-on-Tees Community Safety Partnership"
    subs = {s for s, o in of(doc, "subgroup_of") if o == owner}
    assert {s.removeprefix("Stockton-on-Tees ") for s in subs} >= {
        "Neighbourhood Harm Group", "Exploitation and Missing Group", "Hate Crime Forum"}
    assert {s for s, o in of(doc, "reports_to") if o == owner} >= subs


def test_a_group_s_lead_and_remit_lines() -> None:
    doc = read(GROUPS)
    led = {(s.removeprefix("Stockton-on-Tees "), o) for s, o in of(doc, "led_by")}
    assert ("Neighbourhood Harm Group", "Cleveland Police") in led
    assert any(s == "Exploitation and Missing Group" and o.startswith("Director of Children's Services")
               for s, o in led)
    remit = {(s.removeprefix("Stockton-on-Tees "), o.casefold()) for s, o in of(doc, "responsible_for")}
    assert ("Neighbourhood Harm Group", "off-road bikes") in remit
    assert ("Hate Crime Forum", "reporting centres") in remit
    assert any(o == "Hate Crime Forum" or o.endswith(" Hate Crime Forum") for _, o in of(doc, "chairs"))


def test_an_also_accountable_to_line_is_a_reporting_line() -> None:
    doc = read(GROUPS)
    reports = of(doc, "reports_to")
    assert ("Stockton-on-Tees Community Safety Partnership", "Cleveland Police and Crime Panel") in reports


def test_a_single_name_over_a_field_is_no_group_list() -> None:
    doc = read("""Safer Rushcliffe Partnership

Two sub-groups report to the Partnership:

Annual report
Lead: Community Safety Manager
""")
    assert not of(doc, "subgroup_of")


def test_role_headings_side_by_side_over_their_holders_and_posts() -> None:
    doc = read("""Source: https://www.rochdale.gov.uk/community-safety/rochdale-combating-drugs-partnership

Rochdale Council  >  Community safety  >  Rochdale Combating Drugs Partnership

Rochdale Combating Drugs Partnership

Last updated: 3 March 2024

The Rochdale Combating Drugs Partnership brings partners together.

Senior Responsible Owner                     Chair
Dr Ottoline Vance                            Cllr Barnaby Queste
Director of Public Health, Rochdale Council  Cabinet Member for Health and Wellbeing
""")
    assert ("Barnaby Queste", "Rochdale Combating Drugs Partnership") in of(doc, "chairs")
    posts = of(doc, "holds_post")
    assert any(p == "Ottoline Vance" or p == "Dr Ottoline Vance" for p, o in posts
               if o.startswith("Director of Public Health"))
    assert any(o.startswith("Senior Responsible Owner") for _, o in posts)
    assert any(p == "Barnaby Queste" and o.startswith("Cabinet Member for Health and Wellbeing") for p, o in posts)
    assert not any(p == "Ottoline Vance" or p == "Dr Ottoline Vance" for p, _ in of(doc, "chairs"))


def test_a_board_that_oversees_the_groups_it_lists_oversees_each() -> None:
    doc = read("""Safer Sefton Partnership Board

Minutes of the meeting held on 5 March 2024

4.2 The review recommended that the Board should oversee three delivery groups, each reporting to it quarterly:
  - the Serious Violence Group, chaired by the District Commander;
  - the Domestic Abuse Strategic Group, chaired by the Director of Adult Social Care;
  - the Reducing Reoffending Group, chaired by the Head of the Probation Delivery Unit.
""")
    overseen = {o for s, o in of(doc, "oversees") if s == "Safer Sefton Partnership Board"}
    assert any(o.endswith("Serious Violence Group") for o in overseen)
    assert any(o.endswith("Reducing Reoffending Group") for o in overseen)


def test_a_group_whose_covers_line_names_places_covers_that_area() -> None:
    doc = read(GROUPS.replace("shop theft, off-road bikes, street drinking", "Stockton, Billingham and Thornaby"))
    areas = {o for s, o in of(doc, "covers_area") if s.endswith("Neighbourhood Harm Group")}
    assert {"Billingham", "Thornaby"} <= areas and any(o.startswith("Stockton") for o in areas)
    assert not {o for s, o in of(doc, "responsible_for") if s.endswith("Neighbourhood Harm Group")}
    topics = {o.casefold() for s, o in of(doc, "responsible_for") if s.endswith("Exploitation and Missing Group")}
    assert "missing children" in topics


# -- an organisation, a dot leader (or a column gap), then its seats named by their holders

CARMARTHEN_PSB = """Carmarthenshire Public Services Board

Terms of reference, agreed May 2025

Statutory members
  Carmarthenshire County Council ............ Cllr Bryn Tallis (Leader); Owen Aubrey-Pryce (Chief Executive)
  Mid and West Wales Fire and
  Rescue Service ............................ Area Manager Iolo Banwen
  Hywel Dda University Health Board ......... Dr Petra Colwyn (Director of Public Health)

Invited participants
  Dyfed-Powys Police ........................ Superintendent Rhodri Maelor (Local Policing Commander)
  Office of the Police and Crime
  Commissioner for Dyfed-Powys .............. Siwan Trefor (Chief Executive)
"""

HALTON_GROUP = """Halton Reducing Reoffending Group

Terms of reference 2025

Core members
Halton Borough Council\t\tNadia Ferrier (Head of Community Safety)
Cheshire Constabulary\t\tChief Inspector Tomasz Wray
Cheshire Probation Delivery Unit\t\tGrace Olumide (Head of PDU)
"""


def test_an_organisation_then_a_dot_leader_then_the_people_who_sit_for_it() -> None:
    doc = read(CARMARTHEN_PSB)
    members = of(doc, "member_of")
    for name in ("Carmarthenshire County Council", "Bryn Tallis", "Owen Aubrey-Pryce", "Iolo Banwen",
                 "Mid and West Wales Fire and Rescue Service", "Dr Petra Colwyn", "Rhodri Maelor",
                 "Office of the Police and Crime Commissioner for Dyfed-Powys", "Siwan Trefor"):
        assert (name, "Carmarthenshire Public Services Board") in members, name
    represented = of(doc, "represented_by")
    assert ("Carmarthenshire County Council", "Owen Aubrey-Pryce") in represented
    assert ("Mid and West Wales Fire and Rescue Service", "Iolo Banwen") in represented
    assert ("Office of the Police and Crime Commissioner for Dyfed-Powys", "Siwan Trefor") in represented


def test_the_post_in_brackets_or_the_rank_is_the_organisations_own_post() -> None:
    posts = of(read(CARMARTHEN_PSB), "holds_post")
    assert ("Owen Aubrey-Pryce", "Chief Executive, Carmarthenshire County Council") in posts
    assert ("Iolo Banwen", "Area Manager, Mid and West Wales Fire and Rescue Service") in posts
    assert ("Dr Petra Colwyn", "Director of Public Health, Hywel Dda University Health Board") in posts
    assert ("Rhodri Maelor", "Local Policing Commander, Dyfed-Powys Police") in posts
    assert ("Siwan Trefor", "Chief Executive, Office of the Police and Crime Commissioner for Dyfed-Powys") in posts


def test_a_person_who_sits_for_an_organisation_is_not_made_a_member_of_it() -> None:
    members = of(read(CARMARTHEN_PSB), "member_of")
    assert ("Owen Aubrey-Pryce", "Carmarthenshire County Council") not in members
    assert ("Rhodri Maelor", "Dyfed-Powys Police") not in members


def test_seats_after_a_column_gap_read_the_same() -> None:
    doc = read(HALTON_GROUP)
    assert ("Halton Borough Council", "Halton Reducing Reoffending Group") in of(doc, "member_of")
    assert ("Nadia Ferrier", "Halton Reducing Reoffending Group") in of(doc, "member_of")
    assert ("Cheshire Constabulary", "Tomasz Wray") in of(doc, "represented_by")
    assert ("Nadia Ferrier", "Head of Community Safety, Halton Borough Council") in of(doc, "holds_post")
    assert ("Grace Olumide", "Head of PDU, Cheshire Probation Delivery Unit") in of(doc, "holds_post")


def test_a_table_of_posts_then_their_holders_is_no_list_of_organisations() -> None:
    doc = read("""Sefton Youth Justice Management Board

Board members
Director of Children's Services (Chair)\t\tAnya Rowntree
Head of Education Inclusion, Sefton Council\t\tMilo Kettering
""")
    assert not any(rule.startswith("roster:") for rule in {f.rule for f in doc.facts})
