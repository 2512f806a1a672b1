"""loaders/extract/appositions.py: a person named beside their post, organisation or chair in prose."""

from __future__ import annotations

import pytest
from extract_helpers import fact, of, quote, read

HEAD = "Bristol City Council report\n\n"


def facts(sentence: str) -> set[tuple[str, str, str]]:
    doc = read(HEAD + sentence + "\n")
    return {(f.subject.name, f.relation, f.object.name) for f in doc.facts if f.rule.startswith("apposition:")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kay Lindqvist, Director of Public Health, said the plan was ready.",
         {("Kay Lindqvist", "holds_post", "Director of Public Health, Bristol City Council")}),
        ("Andy Greer, Housing Manager, gave an update.", {("Andy Greer", "holds_post", "Housing Manager")}),
        ("Members heard that the Director of Public Health, Dr Ada Frost, will lead the work.",
         {("Dr Ada Frost", "holds_post", "Director of Public Health, Bristol City Council")}),
        ("Cabinet Member for Communities Cllr Hal Dunne welcomed the report.",
         {("Hal Dunne", "holds_post", "Cabinet Member for Communities, Bristol City Council")}),
        ("Cllr Hal Dunne (Avon Fire Authority) also spoke.", {("Hal Dunne", "member_of", "Avon Fire Authority")}),
        ("Cllr Hal Dunne, Bristol City Council's Cabinet Member for Communities, spoke.",
         {("Hal Dunne", "holds_post", "Cabinet Member for Communities, Bristol City Council"),
          ("Hal Dunne", "member_of", "Bristol City Council")}),
        ("Jo Marsh, Head of Housing, Bristol City Council, presented the figures.",
         # the post of the council written after it (the bare title stays an alias)
         {("Jo Marsh", "holds_post", "Head of Housing, Bristol City Council"),
          ("Jo Marsh", "member_of", "Bristol City Council")}),
        ("Sue Bright, Chair of the Bristol Safeguarding Adults Board, presented.",
         {("Sue Bright", "chairs", "Bristol Safeguarding Adults Board")}),
        ("Members noted that the Chair of the Bristol Youth Justice Board, Priti Lal, would step down.",
         {("Priti Lal", "chairs", "Bristol Youth Justice Board")}),
        ("Bristol Youth Justice Board Chair, Priti Lal, agreed.",
         {("Priti Lal", "chairs", "Bristol Youth Justice Board")}),
        ("Detective Inspector Carl Boyd said crime was falling.", {("Carl Boyd", "holds_post", "Detective Inspector")}),
    ],
)
def test_a_name_beside_a_post_organisation_or_chair(sentence: str, expected: set) -> None:
    assert facts(sentence) == expected


def test_the_evidence_spans_the_name_and_its_post() -> None:
    doc = read(HEAD + "Andy Greer, Housing Manager, gave an update.\n")
    assert quote(doc, fact(doc, "Andy Greer", "holds_post", "Housing Manager")) == "Andy Greer, Housing Manager"


@pytest.mark.parametrize(
    "sentence",
    [
        "Members thanked Jo Marsh, who had led the project.",  # a clause, not a post
        "Bristol Community Safety Partnership, Housing Manager and others met.",  # no person
        "The Housing Manager and Jo Marsh met.",  # "and" is not an apposition
        "Members asked the Director of Public Health about vaping.",  # a post with nobody named
    ],
)
def test_no_post_without_a_person_beside_it(sentence: str) -> None:
    assert facts(sentence) == set()


def test_an_untitled_name_right_after_a_post_in_one_name_is_its_holder() -> None:
    assert facts("Members heard from the Housing Manager Andy Greer today.") == {
        ("Andy Greer", "holds_post", "Housing Manager")}


def test_a_surname_with_a_post_in_brackets_is_the_person_named_in_full_before() -> None:
    doc = read("Minutes of the Wigan Audit Panel meeting held on 3 May 2021\n\nPresent: Mr T W Okello (Chairman)\n\n"
               "1. Community Safety Update\nCllr Okello (Lead Member for Community Safety) introduced the report.\n")
    assert {(f.subject.name, f.relation, f.object.name) for f in doc.facts} == {
        ("T W Okello", "attended", "Wigan Audit Panel"), ("T W Okello", "chairs", "Wigan Audit Panel"),
        ("T W Okello", "holds_post", "Lead Member for Community Safety, Wigan Council")}


def test_a_signature_under_a_foreword_gives_the_chair_or_the_post() -> None:
    doc = read("Northdale Safeguarding Adults Board\nAnnual Report 2022-23\n\nForeword\n\nI am pleased to present "
               "the report.\n\nDr Ama Osei\nIndependent Chair, Northdale Safeguarding Adults Board\nSeptember 2023\n\n"
               "Ravi Menon\nHead of Community Safety\n")
    got = {(f.subject.name, f.relation, f.object.name) for f in doc.facts if f.rule.startswith("signature")}
    assert ("Dr Ama Osei", "chairs", "Northdale Safeguarding Adults Board") in got
    assert any(s == "Ravi Menon" and r == "holds_post" for s, r, o in
               {(f.subject.name, f.relation, f.object.name) for f in doc.facts})


@pytest.mark.parametrize("sentence, expected", [
    ("The Devon Domestic Abuse Board is chaired by Michelle Okafor (Devon County Council).",
     ("Michelle Okafor", "Devon County Council")),
    ("The conference heard from Lindsay Ashdown from the Charity Commission and Steve Shepley from the UK Safer "
     "Internet Centre.", ("Steve Shepley", "UK Safer Internet Centre")),
    ("The conference heard from Lindsay Ashdown from the Charity Commission and Steve Shepley from the UK Safer "
     "Internet Centre.", ("Lindsay Ashdown", "Charity Commission")),
])
def test_whom_a_person_works_for_in_brackets_or_after_from(sentence, expected) -> None:
    doc = read("Devon County Council\n\n" + sentence + "\n")
    assert expected in of(doc, "member_of"), of(doc, "member_of")


def test_a_post_written_as_a_title_before_an_untitled_name() -> None:
    doc = read("Devon County Council\n\nPolice and Crime Commissioner Alison Harwood said the scheme would grow.\n")
    assert ("Alison Harwood", "Devon and Cornwall Police and Crime Commissioner") in of(doc, "holds_post")
    doc = read("Devon County Council\n\nThe Director of Public Health Annual Report was noted.\n")
    assert not of(doc, "holds_post")


def test_an_organisation_given_by_the_initials_the_paper_defined() -> None:
    doc = read("Durham County Council\n\nThe Office of the Police and Crime Commissioner for Durham (OPCC) agreed the "
               "grants.\n\nSigned: Declan Marsh, Chief Finance Officer, OPCC\n")
    assert ("Declan Marsh", "Office of the Police and Crime Commissioner for Durham") in of(doc, "member_of")


@pytest.mark.parametrize("sentence, person, board", [
    ("Dr Imogen Harcastle, Independent Chair of the Kent Safeguarding Adults Board, presented the annual report.",
     "Dr Imogen Harcastle", "Kent Safeguarding Adults Board"),
    ("The report was introduced by Bartholomew Quince, Independent Chairperson of the Torbay Safeguarding Children "
     "Partnership.", "Bartholomew Quince", "Torbay Safeguarding Children Partnership"),
])
def test_an_independent_chair_chairs_the_board_and_holds_its_post(sentence: str, person: str, board: str) -> None:
    doc = read(f"Health Scrutiny Committee\n\n{sentence}\n")
    assert (person, board) in of(doc, "chairs")
    assert any(p == person and o.startswith("Independent Chair") and o.endswith(board)
               for p, o in of(doc, "holds_post"))
    assert not any(o.startswith("Independent") for _, o in of(doc, "member_of"))


@pytest.mark.parametrize("line, person, post", [
    ("Chief Fire Officer Wendell Ashgrove, said: \u201cThe extra funding is welcome.\u201d", "Wendell Ashgrove",
     "Chief Fire Officer"),
    ("Temi Olawale, Head of Community Safety, added: \u201cWe will work with every partner.\u201d", "Temi Olawale",
     "Head of Community Safety"),
])
def test_a_quotation_opened_by_its_speaker_and_a_colon_is_prose(line: str, person: str, post: str) -> None:
    doc = read(f"Safer towns scheme widened\n\nMarch 3rd, 2019\n\n{line}\n")
    assert (person, post) in of(doc, "holds_post")


@pytest.mark.parametrize("sentence, person, post", [
    ("Signed by Ngozi Adeyemi, Deputy Mayor, Policing and Crime, on 3 May.", "Ngozi Adeyemi",
     "Deputy Mayor, Policing and Crime"),
    ("Cllr Ruairi Thorne, Cabinet Member, Communities and Neighbourhoods, said the plan was ready.", "Ruairi Thorne",
     "Cabinet Member, Communities and Neighbourhoods"),
    ("Halima Osei, Assistant Director, Public Protection, Adult Care & Community Wellbeing, Rutland County Council, "
     "presented the report.", "Halima Osei", "Assistant Director, Public Protection, Adult Care & Community Wellbeing"),
])
def test_a_portfolio_or_departments_after_a_post_belong_to_it(sentence: str, person: str, post: str) -> None:
    doc = read(f"Report to the Cabinet\n\n{sentence}\n")
    assert any(p == person and o.startswith(post) for p, o in of(doc, "holds_post")), of(doc, "holds_post")


def test_a_post_and_its_present_holder_after_currently() -> None:
    doc = read("Terms of Reference of the Conwy Community Safety Board\n\nThe Board will be chaired by the Council's "
               "Corporate Director for Social Services, currently Ms Ffion Hale.\n")
    assert ("Ffion Hale", "Conwy Community Safety Board") in of(doc, "chairs")
    assert any(p == "Ffion Hale" and "Corporate Director for Social Services" in o for p, o in of(doc, "holds_post"))


@pytest.mark.parametrize("sentence, person, organisation", [
    ("The panel is chaired by DCI Tobias Okonjo of North Wales Police.", "Tobias Okonjo", "North Wales Police"),
    ("Chief Superintendent Emlyn Rees of Dyfed-Powys Police opened the meeting.", "Emlyn Rees", "Dyfed-Powys Police"),
])
def test_a_person_of_an_organisation_works_for_it(sentence: str, person: str, organisation: str) -> None:
    doc = read(f"Report to the Safer Conwy Partnership\n\n{sentence}\n")
    assert (person, organisation) in of(doc, "member_of")


def test_a_post_in_apposition_to_one_name_is_not_the_title_of_the_next() -> None:
    doc = read("Conference news\n\nThe speakers include Ines Calloway, Chair of the Devon Faith Forum, Bram Okafor "
               "from the Charity Commission, and Odile Marsh.\n")
    assert ("Ines Calloway", "Devon Faith Forum") in of(doc, "chairs")
    assert not {p for p, _ in of(doc, "chairs")} & {"Bram Okafor"}


def test_the_councils_post_after_a_name_and_the() -> None:
    doc = read("Minutes of the Safer Haringey Partnership\n\nMembers agreed that Ottilie Brandt, the Council's "
               "Chief Operating Officer, would attend.\n")
    assert any(p == "Ottilie Brandt" and "Chief Operating Officer" in o
               for p, o in of(doc, "holds_post"))


@pytest.mark.parametrize("text", [
    "Rutland Safeguarding Adults Board\n\nAnnual Report 2023\n\nForeword from the Independent Chair, Dr Wilhelmina "
    "Osei\n\nThis year the Board has grown.\n",
    "Annual Report 2023\n\nDr Wilhelmina Osei\nIndependent Chair, Rutland Safeguarding Adults Board\n",
])
def test_an_independent_chair_holds_the_boards_post(text: str) -> None:
    doc = read(text)
    assert "Independent Chair, Rutland County Council" not in {o for _, o in of(doc, "holds_post")}
    assert ("Dr Wilhelmina Osei", "Rutland Safeguarding Adults Board") in of(doc, "chairs")
    assert ("Dr Wilhelmina Osei", "Independent Chair, Rutland Safeguarding Adults Board") in of(doc, "holds_post")


def test_a_name_above_a_tables_row_is_no_signature() -> None:
    doc = read("Membership of the Board:\nHead of Probation\tKofi Mensah-Bright\nDesignated Nurse, NHS Dorset ICB\n"
               "Elin Thorsby\nHead of Education Inclusion, Poole Council\tYusuf Adebayo\n")
    assert ("Elin Thorsby", "Head of Education Inclusion") not in of(doc, "holds_post")


def test_an_agenda_item_naming_a_body_then_its_chairperson() -> None:
    doc = read("Joint Scrutiny Committee agenda\n\n4 Scrutiny of the Safer Mansfield Partnership - Odette Rainsford, "
               "Chairperson\n")
    assert ("Odette Rainsford", "Safer Mansfield Partnership") in of(doc, "chairs")


def test_a_post_with_its_holder_in_brackets() -> None:
    doc = read("Source: https://www.redcar-cleveland.gov.uk/x\n\nSafer Redcar Partnership\nAnnual Report 2023\n\n"
               "Its members are the Chief Executive of Redcar and Cleveland Borough Council (Ama Boateng-Hill) and "
               "the Director of Public Health (Dr Rui Santos).\n")
    posts = of(doc, "holds_post")
    assert ("Ama Boateng-Hill", "Chief Executive of Redcar and Cleveland Borough Council") in posts
    assert ("Dr Rui Santos", "Director of Public Health, Redcar and Cleveland Borough Council") in posts


@pytest.mark.parametrize("place, council, body", [
    ("york", "City of York Council", "Safer York Partnership"),
    ("wrexham", "Wrexham County Borough Council", "Wrexham Community Safety Partnership"),
])
def test_a_signature_block_of_three_lines_gives_the_post_the_employer_and_the_chair(place, council, body) -> None:
    doc = read(f"Source: https://www.{place}.gov.uk/plan.pdf\n\n{body}\nCommunity Safety Plan 2025-2028\n\nForeword\n\n"
               "I am proud to introduce this plan.\n\nCouncillor Mair Pengelly-Rhodes\n"
               f"Cabinet Member for Safer Communities, {council}\nChair, {body}\n\nAbout the Partnership\n")
    got = {(f.subject.name, f.relation, f.object.name) for f in doc.facts}
    assert {("Mair Pengelly-Rhodes", "chairs", body), ("Mair Pengelly-Rhodes", "member_of", council),
            ("Mair Pengelly-Rhodes", "holds_post", f"Cabinet Member for Safer Communities, {council}")} <= got, got


def test_a_second_post_line_under_a_name_is_not_read_as_a_second_post() -> None:
    doc = read("Source: https://www.york.gov.uk/plan.pdf\n\nSafer York Partnership\nAnnual Report\n\n"
               "Contacts\n\nPriya Anand-Hale\nCommunity Safety Manager\nHead of Licensing\n")
    posts = {o for s, r, o in {(f.subject.name, f.relation, f.object.name) for f in doc.facts} if r == "holds_post"}
    assert posts == {"Community Safety Manager, City of York Council"}


def test_a_posts_present_holder_in_brackets() -> None:
    doc = read("Safer Thanet Partnership\n\nThe Community Safety Manager of Thanet District Council (currently "
               "Orrin Vale) acts as the partnership's manager.\n")
    assert ("Orrin Vale", "Community Safety Manager of Thanet District Council") in of(doc, "holds_post"), \
        of(doc, "holds_post")


@pytest.mark.parametrize(("sentence", "post"), [
    ("The tracker is kept by Wendy Aldous, Domestic Abuse Co-ordinator at Dorset Council, who reports monthly.",
     "Domestic Abuse Co-ordinator, Dorset Council"),
    ("Figures were given by Imran Tolley, Data Analyst at the Office of the Police, Fire and Crime Commissioner for "
     "Cumbria.", "Data Analyst, Office of the Police, Fire and Crime Commissioner for Cumbria"),
    ("Ffion Rees, Housing Manager at Conwy County Borough Council, presented the report.",
     "Housing Manager, Conwy County Borough Council"),
])
def test_a_post_at_an_organisation_is_that_organisations_post(sentence: str, post: str) -> None:
    assert post in {o for _, rel, o in facts(sentence) if rel == "holds_post"}, facts(sentence)


@pytest.mark.parametrize(("text", "person", "rank"), [
    ("Safer Rotherham Partnership\n\nOur representative:   Station Manager Delyth Amberley\n",
     "Delyth Amberley", "Station Manager"),
    ("Durham Safeguarding Partnership\nAnnual Report 2023-24\n\n4. Sub-groups\n\n"
     "The Partnership works through two sub-groups, each of which reports to the Executive:\n\n"
     "  Sub-group                Chair (2023-24)\n  -----------------------  ------------------------------------\n"
     "  County Lines Group       Detective Inspector Rufus Okonedo, Durham Constabulary\n"
     "  Hate Crime Group         Maeve Tillotson, Equalities Officer\n", "Rufus Okonedo", "Detective Inspector"),
])
def test_a_rank_before_a_name_any_rule_read_is_a_post_held(text: str, person: str, rank: str) -> None:
    doc = read(text)
    assert (person, rank) in of(doc, "holds_post"), of(doc, "holds_post")


@pytest.mark.parametrize(("text", "post"), [
    ("Gwent Police and Crime Commissioner - Annual Report 2023/24\n\n3.1 My office awarded grants to victim "
     "services in every borough of the force area this year.\n"
     "                                    - Idris Mortimer-Blaen, Police and\n"
     "                                      Crime Commissioner for Gwent\n\n3.2 Further grants follow.\n",
     "Gwent Police and Crime Commissioner"),
    ("Foreword\n\nThe Board met six times and agreed its first joint strategy.\n\n"
     "  - Hester Quarrie, Director of\n    Public Health\n", "Director of Public Health"),
])
def test_a_signature_wrapped_after_and_or_of_is_read_whole(text: str, post: str) -> None:
    assert post in {o for _, o in of(read(text), "holds_post")}, of(read(text), "holds_post")


def test_an_entrys_last_name_after_the_post_is_the_organisation_the_post_is_of() -> None:
    doc = read("""Dundee Community Justice Partnership

Annual report 2024

The partnership met four times. Partners who attended the development session:
     Morven Halkett - Area Manager, Skills Development Scotland
     Ruaridh Baxendale - Chief Executive, Angus Voluntary Action
     Isla Corrigan - Service Manager, Adult Social Care
""")
    posts = of(doc, "holds_post")
    assert ("Morven Halkett", "Area Manager, Skills Development Scotland") in posts
    assert ("Ruaridh Baxendale", "Chief Executive, Angus Voluntary Action") in posts
    assert ("Ruaridh Baxendale", "Angus Voluntary Action") in of(doc, "member_of")
    # a directorate after the post is no organisation of its own
    assert not any(obj == "Adult Social Care" for _, obj in of(doc, "member_of"))
