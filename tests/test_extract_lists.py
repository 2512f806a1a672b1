"""loaders/extract/lists.py: bullets, plain lines and inline lists under a heading or an opening clause that
names the relation (membership, sub-groups, priorities, remit, areas), owned by the body the opener names or
the paper's own body."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, fact, of, quote, read, triples

SCP = "Safer Croydon Partnership"
HEAD = "Report to: Safer Croydon Partnership\nDate: 4 May 2022\n\n"

STRUCTURE = HEAD + """Membership:
- London Borough of Croydon
- Metropolitan Police Service
- London Fire Brigade
- Probation Services (National Probation Service, Community Rehabilitation Company)

Sub-groups:
- Croydon Prevent Board
- Croydon Reducing Reoffending Board

Priorities:
- Violence against women and girls
- Youth violence
- Hate crime: Key Priority Lead – Croydon Council

Areas covered:
- Croydon
- Sutton
"""


@pytest.fixture(scope="module")
def structure():
    return read(STRUCTURE)


def test_a_membership_list_gives_each_organisation_to_the_papers_body(structure) -> None:
    assert structure.body.name == SCP
    assert of(structure, "member_of") == {("London Borough of Croydon", SCP), ("Metropolitan Police Service", SCP),
                                          ("London Fire Brigade", SCP), ("Croydon Probation Services", SCP)}


def test_bodies_in_brackets_after_an_item_are_its_parts(structure) -> None:
    assert of(structure, "part_of") == {("National Probation Service", "Croydon Probation Services"),
                                        ("Community Rehabilitation Company", "Croydon Probation Services")}


def test_a_sub_groups_list(structure) -> None:
    assert of(structure, "subgroup_of") == {("Croydon Prevent Board", SCP), ("Croydon Reducing Reoffending Board", SCP)}


def test_a_priorities_list_takes_the_schemes_topics_or_the_items_lead_phrase(structure) -> None:
    assert of(structure, "priority_of") == {("Violence Against Women and Girls", SCP), ("Youth violence", SCP),
                                            ("Hate Crime", SCP)}


def test_a_lead_named_in_an_item_leads_it(structure) -> None:
    assert of(structure, "led_by") == {("Hate Crime", "London Borough of Croydon")}


def test_an_areas_list_gives_the_areas_the_body_covers(structure) -> None:
    assert of(structure, "covers_area") == {(SCP, "Croydon"), (SCP, "Sutton")}


def test_list_facts_quote_the_heading_and_the_items_down_to_their_own(structure) -> None:
    f = fact(structure, "Croydon Reducing Reoffending Board", "subgroup_of", SCP)
    assert quote(structure, f) == "Sub-groups:\n- Croydon Prevent Board\n- Croydon Reducing Reoffending Board"
    assert f.rule == "list:subgroup_of"
    assert_evidence_quotes(structure)


def test_a_remit_list_reads_each_items_verb() -> None:
    doc = read(HEAD + "The Partnership will:\n- Produce a Community Safety Strategy\n- Oversee the Prevent duty\n"
               "- Reduce anti-social behaviour\n- Develop information sharing between partners\n")
    assert {(f.relation, f.object.name) for f in doc.facts if f.subject.name == SCP} == {
        ("produces", "Croydon Community Safety Strategy"),  # a generic plan is the area's
        ("oversees", "Prevent"),
        ("responsible_for", "Anti-Social Behaviour"),
        ("responsible_for", "Information sharing between partners"),
    }


def test_an_opener_that_names_another_body_gives_the_list_to_that_body() -> None:
    doc = read("Croydon Council\n\nReport to Cabinet\n\nThe following sub-groups report to the Safer Croydon "
               "Partnership:\n- Croydon Prevent Board\n- Croydon Reducing Reoffending Board\n")
    assert of(doc, "subgroup_of") == {("Croydon Prevent Board", SCP), ("Croydon Reducing Reoffending Board", SCP)}


def test_plain_lines_after_an_opening_clause_are_items() -> None:
    doc = read(HEAD + "The membership of the Partnership comprises:\nLondon Borough of Croydon\n"
               "Metropolitan Police Service\nLondon Fire Brigade\n\nThe Partnership met.\n")
    assert of(doc, "member_of") == {("London Borough of Croydon", SCP), ("Metropolitan Police Service", SCP),
                                    ("London Fire Brigade", SCP)}


def test_an_inline_list_after_a_colon() -> None:
    doc = read("Croydon Council\n\nReport to Cabinet\n\nIn 2023 the Safer Croydon Partnership agreed three "
               "priorities: youth violence, hate crime and drug-related crime.\n")
    assert of(doc, "priority_of") == {("Youth violence", SCP), ("Hate Crime", SCP), ("Drug-related crime", SCP)}
    f = fact(doc, "Hate Crime", "priority_of", SCP)
    assert quote(doc, f).startswith("In 2023 the Safer Croydon Partnership agreed three priorities:")


def test_a_bullet_list_under_an_unrelated_heading_gives_nothing() -> None:
    doc = read(HEAD + "Next steps:\n- Croydon Prevent Board to meet in June\n- Metropolitan Police Service to "
               "report back\n")
    assert doc.facts == []


def test_a_list_with_no_owner_gives_nothing() -> None:
    doc = read("Notes\n\nMembership:\n- Metropolitan Police Service\n- London Fire Brigade\n")
    assert of(doc, "member_of") == set()


# -- bugs these tests found: the fixed ones guard against their return, the strict xfails are still open


def test_an_inline_opener_that_names_its_body() -> None:
    doc = read("Croydon Council\n\nReport to Cabinet\n\nMembers of the Safer Croydon Partnership include: Croydon "
               "Council, the Metropolitan Police Service and London Fire Brigade.\n")
    assert {s for s, o in of(doc, "member_of") if o == SCP} >= {"Metropolitan Police Service", "London Fire Brigade"}


def test_terms_of_reference_lists_belong_to_the_body_the_title_names() -> None:
    doc = read("Safer Croydon Partnership\nTerms of Reference\n\nMembership:\n- London Borough of Croydon\n"
               "- Metropolitan Police Service\n\nSub-groups:\n- Croydon Prevent Board\n")
    assert of(doc, "member_of") == {("London Borough of Croydon", SCP), ("Metropolitan Police Service", SCP)}
    assert of(doc, "subgroup_of") == {("Croydon Prevent Board", SCP)}


def test_posts_listed_as_members_give_the_organisations_they_serve() -> None:
    doc = read(HEAD + """Membership of the Partnership will comprise:
  - Director of Housing, London Borough of Croydon
  - Detective Superintendent, Public Protection, Metropolitan Police Service
  - Head of Operations, London Fire Brigade

Members will send a deputy of sufficient seniority when they cannot attend.
""")
    members = {s for s, o in of(doc, "member_of") if o == SCP}
    # (the rank's unit after its comma is part of the post: the force that follows is the organisation served)
    assert members == {"London Borough of Croydon", "Metropolitan Police Service", "London Fire Brigade"}


def test_a_nested_opener_and_a_dated_field_are_not_items() -> None:
    doc = read(HEAD + """RESPONSIBILITIES

  Approved by the Partnership: 4 May 2022
  The Partnership will:
  - oversee the Croydon Domestic Abuse Strategy
""")
    remits = {o for s, o in of(doc, "responsible_for")}
    assert not {"Approved by the Partnership", "The Partnership will"} & remits


def test_a_short_label_line_without_a_colon_opens_a_list_with_any_bullet_mark() -> None:
    doc = read(HEAD + """Our partners

  > London Borough of Croydon
  > The Probation Service
  » London Fire Brigade
""")
    members = {s for s, o in of(doc, "member_of") if o == SCP}
    assert members == {"London Borough of Croydon", "Probation Service", "London Fire Brigade"}


def test_groups_listed_as_reporting_to_a_body_report_to_it() -> None:
    doc = read(HEAD + """The following groups report to the Partnership:
- Croydon Prevent Board
- the Croydon Reducing Reoffending Board
""")
    assert of(doc, "reports_to") == {("Croydon Prevent Board", SCP), ("Croydon Reducing Reoffending Board", SCP)}


def test_our_priorities_are_the_papers_own_bodys_whatever_else_the_sentence_names() -> None:
    doc = read(HEAD + "We published the Croydon Community Safety Review this year, and it has shaped our priorities "
               "for 2023-24: serious violence, hate crime and domestic abuse.\n")
    owners = {o for s, o in of(doc, "priority_of")}
    assert owners == {SCP}


def test_a_membership_list_of_posts_with_their_holders_gives_member_post_and_employer() -> None:
    doc = read(HEAD + """Senior representatives of these and of other agencies make up the Partnership, including:
  Director of Housing, London Borough of Croydon - Amara Okoye
  Borough Commander, London Fire Brigade - Tom Ferris
  Croydon Voluntary Action
  Metropolitan Police
  Service
""")
    assert {s for s, o in of(doc, "member_of") if o == SCP} >= {
        "Amara Okoye", "Tom Ferris", "London Borough of Croydon", "London Fire Brigade", "Croydon Voluntary Action"}
    assert "Service" not in {s for s, o in of(doc, "member_of")}
    assert ("Amara Okoye", "London Borough of Croydon") in of(doc, "member_of")
    assert any(s == "Tom Ferris" for s, o in of(doc, "holds_post"))


def test_a_remit_item_with_no_object_after_its_verb_names_no_paper() -> None:
    doc = read(HEAD + """The Partnership will:
- Developing and performance managing the action plans that underpin the Partnership Plan
- Publish a Community Safety Strategy
""")
    produced = {o for s, o in of(doc, "produces")}
    assert not any(o.lower().startswith("and ") for o in produced)
    assert any("Community Safety Strategy" in o for o in produced)


def test_numbered_paragraphs_after_a_dashed_list_are_not_its_items() -> None:
    doc = read("Safer Tenbury Partnership\n\nTerms of Reference\n\n6. Structure\n\n"
               "6.1 The following groups report to the Partnership:\n\n"
               "- the Tenbury Domestic Abuse Forum\n- the Tenbury Reducing Reoffending Group\n\n"
               "6.2 The Tenbury Youth Justice Board has its own chair and is not part of this structure.\n\n"
               "6.3 Administrative support is provided by the Tenbury District Council Community Safety Team.\n")
    groups = {s for s, _ in of(doc, "reports_to")} | {s for s, _ in of(doc, "subgroup_of")}
    assert {"Tenbury Domestic Abuse Forum", "Tenbury Reducing Reoffending Group"} <= groups
    assert not any("Youth Justice" in g or "Community Safety Team" in g for g in groups), groups


def test_members_listed_by_sector_phrase_are_not_made_into_bodies() -> None:
    doc = read("Tenbury Community Safety Partnership\n\nTerms of Reference\n\n5. Membership\n\n"
               "5.1 The responsible authorities are represented on the Partnership as follows:\n\n"
               "- Tenbury District Council - Chief Executive\n"
               "- Voluntary sector - a representative chosen by the Tenbury Voluntary Action network\n"
               "- Mercia Police - Superintendent for the district\n")
    members = {s for s, _ in of(doc, "member_of")}
    assert {"Tenbury District Council", "Mercia Police"} <= members or \
        {"Tenbury District Council"} <= members, members
    assert not any(m.endswith("Voluntary") for m in members), members
    assert not of(doc, "responsible_for")


def test_a_lettered_remit_opened_by_lower_case_verbs() -> None:
    doc = read("Tenbury Community Safety Partnership\n\nTerms of Reference\n\n3.1 The Partnership is responsible "
               "for:\n\na) preparing an annual Strategic Assessment of crime in the district;\n"
               "b) agreeing and refreshing the Tenbury Community Safety Plan 2025-2028;\n"
               "c) having oversight of the Tenbury Channel Panel;\n"
               "d) discharging the Serious Violence Duty for the district.\n")
    facts = {(r, o) for s, r, o in ((f.subject.name, f.relation, f.object.name) for f in doc.facts)
             if s == "Tenbury Community Safety Partnership"}
    assert ("produces", "Tenbury Community Safety Plan 2025-2028") in facts, facts
    assert ("oversees", "Tenbury Channel Panel") in facts, facts
    assert ("responsible_for", "Serious Violence Duty") in facts, facts
    assert any(r == "produces" and o.endswith("Strategic Assessment") for r, o in facts), facts


TOR = """Safer Ashfield Partnership
TERMS OF REFERENCE

1. Purpose
The Safer Ashfield Partnership (SAP) is the community safety partnership for Ashfield.

Statutory members (responsible authorities)
| Organisation | Post |
|---|---|
| Ashfield District Council | Corporate Director, Place |
| Nottinghamshire Fire and Rescue Service | Area Manager, Prevention and Protection |

Other members
 -  Ashfield District Council - Director of Housing
 -  Ashfield Youth Justice Service - Head of Service

The SAP Board reports to the Ashfield District Council Cabinet on the Partnership Plan.
"""


def test_members_listed_with_the_posts_that_sit_for_them() -> None:
    doc = read(TOR)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Ashfield Partnership"}
    assert {"Ashfield District Council", "Nottinghamshire Fire and Rescue Service",
            "Ashfield Youth Justice Service"} <= members, members
    sits = of(doc, "represented_by")
    # a title narrowed by its service after a comma is still the member's own post: unqualified, every council's
    # "Corporate Director, Place" would be one node
    assert ("Ashfield District Council", "Corporate Director, Place, Ashfield District Council") in sits, sits
    assert ("Nottinghamshire Fire and Rescue Service", "Area Manager, Prevention and Protection, Nottinghamshire "
            "Fire and Rescue Service") in sits, sits
    # a bare title is the member organisation's own post
    assert ("Ashfield District Council", "Director of Housing, Ashfield District Council") in sits, sits
    assert ("Ashfield Youth Justice Service", "Head of Service, Ashfield Youth Justice Service") in sits, sits
    assert all(f.on_body is not None and f.on_body.name == "Safer Ashfield Partnership"
               for f in doc.facts if f.relation == "represented_by")


def test_a_partnerships_board_named_by_its_acronym_is_the_partnership() -> None:
    doc = read(TOR)
    assert ("Safer Ashfield Partnership", "Ashfield District Council Cabinet") in of(doc, "reports_to"), \
        of(doc, "reports_to")


def test_it_has_priorities_needs_its_subject_or_nobody() -> None:
    doc = read("Northvale County Council Cabinet report\n\n6. The draft strategy was informed by the needs assessment, "
               "which was produced by the Northvale Public Health team. It has three priorities: more safe housing; "
               "support for children in refuge; and help for older victims. Every priority has its own lead: the "
               "priority on children is led by the Northvale Children's Partnership, and the others by the "
               "Northvale Housing Group.\n")
    assert not of(doc, "priority_of"), of(doc, "priority_of")  # "it" is the strategy, which has no name here


def test_numbered_priorities_are_what_follows_their_number_and_belong_to_the_full_named_strategy() -> None:
    doc = read("Halton Borough Council\nCABINET - 3 JUNE 2024\n\n1.1 To approve the Safer Halton Partnership "
               "Community Safety Strategy 2024-2027.\n2.1 Cabinet is asked to approve the Community Safety Strategy "
               "2024-2027.\n\n4.1 The strategy sets two priorities:\n      Priority 1 - Safer town centres\n"
               "      Priority 2 - Tackling domestic abuse\n")
    got = of(doc, "priority_of")
    strategy = "Safer Halton Partnership Community Safety Strategy 2024-2027"
    assert got == {("Safer town centres", strategy), ("Tackling domestic abuse", strategy)}, got


SAB = """Northvale Safeguarding Adults Board Annual Report 2022-23

3.1  The Northvale Safeguarding Adults Board is the statutory board for Northvale.

Vice-Chair for 2022-23:  Detective Superintendent Rhea Odum (Northvale Police).

3.4  Structure
The Board holds a meeting each quarter. It is supported by its Executive Group, chaired by the Independent Chair,
and by two sub-groups:

   Sub-group                                     Chair (2022-23)
   Quality and Performance sub-group              Martin Oke, Principal Social Worker, Northvale Council
   Safeguarding Adults Review (SAR) sub-group    Jo Farr, Head of Safeguarding, NHS Northvale

The Community Safety Partnership shares reviews with the Board, and joint reviews are chaired by a reviewer
commissioned by the Partnership.

3.7  Money for the year

The Board's work is funded by contri-
butions from its partners, which were kept at last year's levels. Each pays a share.

   Partner                                                   Contribution (£)
   Northvale Council                                         98,400
   Northvale Police                                          24,500
   Total                                                     122,900
"""


def test_a_safeguarding_boards_annual_report() -> None:
    doc = read(SAB)
    board = "Northvale Safeguarding Adults Board"
    subgroups = {s for s, o in of(doc, "subgroup_of") if o == board}
    assert any(s.endswith("Quality and Performance sub-group") for s in subgroups), of(doc, "subgroup_of")
    assert any(s.startswith("Safeguarding Adults Review") for s in subgroups), of(doc, "subgroup_of")
    assert not any(o.endswith("Executive Group") for _, o in of(doc, "subgroup_of")), of(doc, "subgroup_of")
    assert any(p == "Martin Oke" and g.endswith("Quality and Performance sub-group") for p, g in of(doc, "chairs"))
    assert ("Rhea Odum", board) in of(doc, "vice_chair"), of(doc, "vice_chair")
    assert ("Northvale Council", board) in {(f.subject.name, f.object.name) for f in doc.facts
                                            if f.relation == "funds"}, triples(doc)
    assert not any(r == "chairs" and o == board and "Partnership" in s for s, r, o in triples(doc)), triples(doc)


def test_members_after_bringing_together_belong_to_the_sentences_subject() -> None:
    doc = read("Halton Borough Council\n\nThe Safer Halton Partnership (SHP) is the Community Safety Partnership for "
               "Halton, bringing together the responsible authorities under the Crime and Disorder Act 1998: Halton "
               "Borough Council, Cheshire Constabulary and Cheshire Fire and Rescue Service.\n")
    members = of(doc, "member_of")
    assert ("Cheshire Constabulary", "Safer Halton Partnership") in members, members
    assert all(o == "Safer Halton Partnership" for _, o in members), members


def test_a_group_that_includes_organisations() -> None:
    doc = read("Bradford Council\n\nThe Bradford Prevent Steering Group includes West Yorkshire Police, Bradford "
               "College and the University of Bradford.\n\nThe Bradford delivery plan includes the Safer Streets "
               "project.\n\nThe Bradford Community Safety Partnership was included in the agenda of the Council.\n")
    members = of(doc, "member_of")
    assert ("Bradford College", "Bradford Prevent Steering Group") in members, members
    assert ("University of Bradford", "Bradford Prevent Steering Group") in members, members
    assert len(members) == 3, members


@pytest.mark.parametrize("sentence, owner, members", [
    ("Co-opted members are Exeter Housing Trust and Devon Partnership NHS Trust.", "Safer Exeter Partnership",
     {"Exeter Housing Trust", "Devon Partnership NHS Trust"}),
    ("Partner agencies include Wirral Council and Merseyside Fire and Rescue Service.", "Safer Wirral Partnership",
     {"Wirral Council", "Merseyside Fire and Rescue Service"}),
])
def test_two_members_joined_by_and_are_two_items(sentence: str, owner: str, members: set[str]) -> None:
    doc = read(f"Minutes of the {owner}\n\nDate: 3 June 2023\n\n{sentence}\n")
    assert {s for s, o in of(doc, "member_of") if o == owner} == members


def test_two_names_joined_by_and_that_are_people_are_no_member_organisations() -> None:
    doc = read("Minutes of the Safer Exeter Partnership\n\nCo-opted members are Priya Castell and Joseph Amberley.\n")
    assert not {s for s, _ in of(doc, "member_of")} & {"Priya Castell and Joseph Amberley"}


@pytest.mark.parametrize("sentence, owner, members", [
    ("The Safer Wyre Board is made up of senior officers drawn from the three responsible authorities set out in "
     "the Crime and Disorder Act 1998 – Wyre Council, Lancashire Constabulary and NHS Lancashire.", "Safer Wyre Board",
     {"Wyre Council", "Lancashire Constabulary", "NHS Lancashire"}),
    ("The Cardiff Channel Panel comprises the statutory partners - Cardiff Council and South Wales Police.",
     "Cardiff Channel Panel", {"Cardiff Council", "South Wales Police"}),
    ("The Safer Bude Partnership is made up of officers from several council services and from partner agencies, "
     "among them Devon and Cornwall Police, Bude Town Council and the Coastguard Agency.", "Safer Bude Partnership",
     {"Devon and Cornwall Police", "Bude Town Council", "Coastguard Agency"}),
    ("The Harlow Community Safety Partnership comprises a range of local organisations such as Essex Police, "
     "Harlow Council and Essex County Fire and Rescue Service.", "Harlow Community Safety Partnership",
     {"Essex Police", "Harlow District Council", "Essex County Fire and Rescue Service"}),
])
def test_a_membership_clause_names_its_members_after_a_dash_or_such_as(sentence: str, owner: str,
                                                                      members: set[str]) -> None:
    doc = read(f"Report to the Community Safety Committee\n\n{sentence}\n")
    assert {s for s, o in of(doc, "member_of") if o == owner} == members


def test_a_dash_after_words_of_no_membership_lists_no_members() -> None:
    doc = read("Report to the Safer Wyre Board\n\nThe Safer Wyre Board met three times this year – in Fleetwood, "
               "Garstang and Thornton.\n")
    assert not of(doc, "member_of")


MEMBERSHIP_TABLE = """Bournemouth Youth Justice Plan 2024

2.1 The Bournemouth Youth Justice Management Board (YJMB) oversees the service.

2.3 Membership of the YJMB (April 2024):
Director of Children's Services (Chair)            Hermione Stroud
Head of Probation Delivery Unit                    Kofi Mensah-Bright
Designated Nurse for Safeguarding Children, NHS Dorset ICB
                                          Elin Thorsby
Head of Community Safety, Bournemouth Council      Yusuf Adebayo
"""


def test_a_membership_table_of_seats_and_their_holders() -> None:
    doc = read(MEMBERSHIP_TABLE)
    board = "Bournemouth Youth Justice Management Board"
    assert {p for p, o in of(doc, "member_of") if o == board} >= {
        "Hermione Stroud", "Kofi Mensah-Bright", "Elin Thorsby", "Yusuf Adebayo"}
    assert ("Hermione Stroud", board) in of(doc, "chairs")
    # the post is named with the NHS body written after it (its bare title kept as an alias)
    assert ("Elin Thorsby", "Designated Nurse for Safeguarding Children, NHS Dorset ICB") in of(doc, "holds_post")
    # the wrapped row's holder is not read as the holder of the row below
    assert ("Elin Thorsby", "Head of Community Safety, Bournemouth Council") not in of(doc, "holds_post")


def test_an_acronym_that_leaves_out_the_place_is_the_bodys() -> None:
    doc = read("Annual report\n\nThe Dorset Safeguarding Adults Board (SAB) meets quarterly.\n\n"
               "The SAB is chaired by Ingrid Solberg.\n")
    assert ("Ingrid Solberg", "Dorset Safeguarding Adults Board") in of(doc, "chairs")


SEATS_TABLE = """Sutton Youth Justice Plan

4.2  The service is overseen by the Sutton Youth Justice Management Board.

4.3  Board membership (as at May 2024)

  Post                                                Organisation
  Director of Children's Services (Chair)             London Borough of Sutton
  Head of Sutton Probation Delivery Unit              Probation Service (London)
  Chief Executive                                     Sutton Community Works
"""


def test_a_numbered_title_opens_a_table_of_seats_and_their_organisations() -> None:
    doc = read(SEATS_TABLE)
    board = "Sutton Youth Justice Management Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert {"London Borough of Sutton", "Probation Service (London)", "Sutton Community Works"} <= members
    assert "Post" not in members


def test_an_item_naming_two_organisations_gives_both() -> None:
    doc = read("Terms of Reference of the Pan-Kent Safeguarding Adults Board\n\n3.2 The Board has three statutory "
               "partners:\n*  Medway Council and Kent County Council (the local authorities)\n"
               "*  NHS Kent and Medway (the Integrated Care Board)\n*  Kent Police\n")
    members = {s for s, o in of(doc, "member_of") if o == "Pan-Kent Safeguarding Adults Board"}
    assert members == {"Medway Council", "Kent County Council", "NHS Kent and Medway", "Kent Police"}


def test_the_partners_of_the_body_are_the_list_after_them() -> None:
    doc = read("Source: https://www.gwentsafeguarding.org.uk/report\n\nGwent Safeguarding Board\nAnnual Report 2023\n\n"
               "The statutory partners of the Board are:\n\n  • Newport City Council\n  • Gwent Police\n")
    members = {s for s, o in of(doc, "member_of") if o == "Gwent Safeguarding Board"}
    assert members == {"Newport City Council", "Gwent Police"}


def test_priorities_a_body_set_in_its_plan_are_the_bodys() -> None:
    doc = read("Source: https://www.gwentsafeguarding.org.uk/report\n\nGwent Safeguarding Board\nAnnual Report 2023\n\n"
               "In its Business Plan 2023-24 the Board agreed two priorities:\n\n- Hearing from young carers\n"
               "- Safer online spaces\n")
    owners = {o for _, o in of(doc, "priority_of")}
    assert owners == {"Gwent Safeguarding Board"}


def test_a_paragraph_announcing_the_following_sub_groups_opens_the_table_under_it() -> None:
    text = ("Eastmoor Community Safety Partnership\nTerms of Reference\n\n7. Delivery\n\n"
            "7.1 The Partnership has the following sub-groups. Each agrees its own plan and reports back twice a "
            "year.\n\n"
            "    Sub-group                               Chair                                        Meets\n"
            "    Hate Crime and Community Tensions       Community Cohesion Manager, Eastmoor Borough   monthly\n"
            "    Forum                                   Council\n"
            "    Youth Violence Group                    Head of Early Help, Eastmoor Borough Council   monthly\n"
            "    Reducing Reoffending Group              Kit Osei                                     quarterly\n")
    doc = read(text)
    groups = {s.removeprefix("Eastmoor ") for s, o in of(doc, "subgroup_of")}
    wanted = {"Hate Crime and Community Tensions Forum", "Youth Violence Group", "Reducing Reoffending Group"}
    assert wanted <= groups, groups
    chairs = of(doc, "chairs")
    assert any(s == "Head of Early Help, Eastmoor Borough Council" and o.endswith("Youth Violence Group")
               for s, o in chairs), chairs
    assert any(s == "Community Cohesion Manager, Eastmoor Borough Council" for s, _ in chairs), chairs
    assert any(s == "Kit Osei" for s, _ in chairs), chairs


def test_updates_heard_from_the_following_partners_list_no_members() -> None:
    # the paragraph names whom the Board heard, not who belongs to it
    text = ("Eastmoor Community Safety Partnership\n\n"
            "4.1 The Board heard updates from the following partners. Each update is attached.\n\n"
            "Partner\tUpdate\nNorthshire Fire and Rescue Service\tHome fire safety visits\n"
            "Eastmoor Women's Aid\tRefuge capacity\n")
    assert not of(read(text), "member_of"), of(read(text), "member_of")


def test_a_purpose_paragraph_that_opens_with_the_bodys_name_gives_it_no_remit_of_itself() -> None:
    doc = read("Source: https://ashford.gov.uk/x\n\nSAFER ASHFORD PARTNERSHIP\n\nTERMS OF REFERENCE\n\n1.  Purpose\n\n"
               "1.1 The Safer Ashford Partnership (SAP) is the Community Safety Partnership for the\nborough of "
               "Ashford. It brings together the responsible authorities.\n")
    assert not any(o.casefold().endswith("safer ashford partnership") for _, o in of(doc, "responsible_for"))


@pytest.mark.parametrize("text, owner, expected", [
    ("Source: https://www.york.gov.uk/plan.pdf\n\nSafer York Partnership\nCommunity Safety Plan 2025-2028\n\n"
     "Other partners on the Board are York BID, the University of York and York CVS.\n", "Safer York Partnership",
     {"York BID", "University of York", "York CVS"}),
    ("Source: https://www.dudley.gov.uk/sab\n\nDudley Safeguarding Adults Board\nAnnual Report 2024\n\n"
     "The partners sitting on the Board include Dudley CVS, West Midlands Police and the Black Country ICB.\n",
     "Dudley Safeguarding Adults Board",
     {"Dudley CVS", "West Midlands Police", "NHS Black Country Integrated Care Board"}),
])
def test_partners_on_the_board_named_before_the_verb_are_its_members(text, owner, expected) -> None:
    assert {s for s, o in of(read(text), "member_of") if o == owner} == expected


def test_partners_on_another_named_board_are_not_the_papers_members() -> None:
    text = ("Source: https://www.york.gov.uk/plan.pdf\n\nSafer York Partnership\nCommunity Safety Plan 2025-2028\n\n"
            "Partners on the Health and Wellbeing Board are York BID and York CVS.\n")
    assert not {o for s, o in of(read(text), "member_of") if o == "Safer York Partnership"}


def test_partners_on_the_board_are_the_papers_own_not_the_last_board_named() -> None:
    text = ("Source: https://www.york.gov.uk/plan.pdf\n\nSafer York Partnership\nCommunity Safety Plan 2025-2028\n\n"
            "The responsible authorities include the Humber and North Yorkshire Integrated Care Board.\n\n"
            "Other partners on the Board are York BID, the University of York and York CVS.\n")
    owners = {o for s, o in of(read(text), "member_of") if s == "York BID"}
    assert owners == {"Safer York Partnership"}, owners


BOXED_MEMBERS = ("Source: https://www.dover.gov.uk/csp/tor\n\nDover District Council\n\nDOVER COMMUNITY SAFETY "
                 "PARTNERSHIP\n\nTERMS OF REFERENCE\n\n3. Membership\n\n3.1 {opener}\n\n"
                 "  +------------------------------+---------------------------------------+\n"
                 "  | Organisation                 | Representative                        |\n"
                 "  +------------------------------+---------------------------------------+\n"
                 "  | Dover District Council       | Cabinet Member for Communities (Chair)|\n"
                 "  | Kent Police                  | District Commander (Vice-Chair)       |\n"
                 "  | Kent Fire and Rescue Service | Station Manager, Dover                |\n"
                 "  +------------------------------+---------------------------------------+\n\n"
                 "3.2 The Partnership meets quarterly.\n")


@pytest.mark.parametrize("opener", ["Statutory members of the Partnership:", "Statutory members:",
                                    "Core (responsible authority) members of the Partnership:"])
def test_a_box_table_under_a_members_label_lists_the_members(opener) -> None:
    doc = read(BOXED_MEMBERS.format(opener=opener))
    members = {s for s, o in of(doc, "member_of") if o == "Dover Community Safety Partnership"}
    assert members == {"Dover District Council", "Kent Police", "Kent Fire and Rescue Service"}


def test_a_chair_marker_beside_a_representatives_post_makes_the_post_chair_the_body() -> None:
    doc = read(BOXED_MEMBERS.format(opener="Statutory members:"))
    assert ("Cabinet Member for Communities, Dover District Council", "Dover Community Safety Partnership") in \
        of(doc, "chairs")
    assert ("District Commander, Kent Police", "Dover Community Safety Partnership") in of(doc, "vice_chair")
    assert not any("(" in o for _, o in of(doc, "represented_by"))


def test_members_of_the_board_heard_from_are_no_membership_list() -> None:
    doc = read("Source: https://www.dover.gov.uk/csp/minutes\n\nDover Community Safety Partnership\n\n"
               "4. Updates were given by members of the Partnership:\n\n- Kent Police\n- Dover District Council\n")
    assert not of(doc, "member_of")


@pytest.mark.parametrize("label", ["Priority 1", "Theme A", "Objective One"])
def test_a_column_that_numbers_the_items_is_no_item(label) -> None:
    word = label.split()[0]
    rows = "".join(f"  {word} {n}   {text}\n" for n, text in
                   [(label.split()[1], "Reducing knife crime"), ("2", "Safer night-time economy")])
    doc = read("Source: https://www.luton.gov.uk/plan.pdf\n\nLuton Community Safety Partnership\n\n"
               f"Community Safety Plan 2025-2028\n\nOur priorities for 2025-2028 are:\n\n{rows}")
    assert {s for s, _ in of(doc, "priority_of")} == {"Reducing knife crime", "Safer night-time economy"}


def test_a_table_of_organisations_after_made_up_of_these_organisations_with_a_wrapped_cell() -> None:
    doc = read("Source: https://www.solihull.gov.uk/cdp\n\nSolihull Combating Drugs Partnership\n\nMembership\n\n"
               "The partnership is made up of senior representatives from these organisations:\n\n"
               "   Solihull Council - Public Health          Director of Public Health\n"
               "                                             (Vice-Chair)\n"
               "   West Midlands Police                      Chief Inspector, Solihull\n"
               "   Sherwood Lantern Recovery                 Service Manager\n"
               "   Department for Work and Pensions          Partnership Manager\n")
    members = {s for s, o in of(doc, "member_of") if o == "Solihull Combating Drugs Partnership"}
    assert {"West Midlands Police", "Department for Work and Pensions"} <= members, members
    assert "Sherwood" not in members  # a name cut at its first word names nobody


def test_a_dated_membership_label_opens_a_role_and_organisation_table() -> None:
    doc = read("Source: https://www.wrexham.gov.uk/yj-plan.pdf\n\nWrexham Youth Justice Management Board\n"
               "Youth Justice Plan 2024-2025\n\n3.2 Board membership (as at April 2024):\n\n"
               "| Role                          | Organisation                   |\n"
               "|-------------------------------|--------------------------------|\n"
               "| Head of Education             | Wrexham County Borough Council |\n"
               "| Superintendent, Wrexham       | North Wales Police             |\n")
    members = {s for s, o in of(doc, "member_of") if o == "Wrexham Youth Justice Management Board"}
    assert members == {"Wrexham County Borough Council", "North Wales Police"}


def test_priorities_of_a_bodys_unnamed_plan_are_the_bodys() -> None:
    # the plan is left unnamed: the partnership that owns it is the only holder the line names
    doc = read("Source: https://democracy.harrogate.gov.uk/cs-report.pdf\n\nOverview and Scrutiny Commission\n\n"
               "Safer Harrogate Partnership - annual update\n\n"
               "(b) To support the Safer Harrogate Partnership's view that its 2023-26 plan will meet its duties, "
               "with attention to three key priorities:\n\n"
               "·         cutting shoplifting in the town centre\n\n"
               "·         protecting older people from fraud\n\n"
               "·         reducing drink driving\n")
    owners = {o for s, o in of(doc, "priority_of")}
    assert owners == {"Safer Harrogate Partnership"}, owners
    assert len(of(doc, "priority_of")) == 3


def test_plain_member_lines_under_a_blank_line_and_posts_that_stand_alone() -> None:
    # a converted PDF: the bullets' marks lost and a blank line set under the opener
    doc = read("Source: https://www.lincolnshire.gov.uk/slp-update.pdf\n\nSafer Lincolnshire Board - annual update\n\n"
               "Members of the Safer Lincolnshire Board include:\n\n"
               "   Chair – Chief Executive, County Council\n"
               "   Lincolnshire Police\n"
               "   Director of Public Health\n"
               "   Chief Fire Officer, Lincolnshire Fire and Rescue\n"
               "   Head of Youth Offending (observer)\n\n"
               "The Board meets four times a year.\n")
    members = {s for s, o in of(doc, "member_of") if o == "Safer Lincolnshire Board"}
    assert "Lincolnshire Police" in members
    assert any(m.startswith("Director of Public Health") for m in members), members
    assert not any(m.startswith(("Chair", "Head of Youth Offending")) for m in members), members


def test_a_card_of_fields_under_a_blank_line_is_no_list_of_plain_items() -> None:
    doc = read("Source: https://www.dudley.gov.uk/cdp\n\nDudley Combating Drugs Partnership\n\n"
               "Two delivery groups report to the partnership:\n\n"
               "  Enforcement Group\n"
               "    Lead: West Midlands Police\n"
               "    Covers: drug markets, closure orders\n\n"
               "  Recovery Group\n"
               "    Lead: Public Health Dudley\n"
               "    Covers: treatment places, housing\n")
    assert not any(s == "Covers" or s.startswith("Covers") for s, _ in of(doc, "reports_to")), of(doc, "reports_to")

