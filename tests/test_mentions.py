"""loaders/mentions.py: names found by their form and typed by their head words, titles, ranks, the national
gazetteer and the topic scheme; never by a list of anybody's names."""

from __future__ import annotations

import pytest
from extract_helpers import growth, repeat_to

from govkg.loaders.mentions import find_mentions, initials_fit, looks_like_person


def mentions(text: str, **kw) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_mentions(text, 0, len(text), **kw)]


def only(text: str, **kw):
    (m,) = find_mentions(text, 0, len(text), **kw)
    return m


# -- people


@pytest.mark.parametrize(
    "text, name, title, rank",
    [
        ("Councillor Ama Boateng", "Ama Boateng", "Councillor", None),
        ("Cllr. Huw Jenkins", "Huw Jenkins", "Cllr.", None),
        ("Mrs Efua Mensah JP", "Efua Mensah", "Mrs", None),
        ("Mr. I. D. Ould OBE CC", "I. D. Ould", "Mr.", None),
        ("Det Supt Rory Quinn", "Rory Quinn", "Det Supt", "Detective Superintendent"),
        ("D/Supt Rory Quinn", "Rory Quinn", "D/Supt", "Detective Superintendent"),
        ("T/ACC Amara Boateng", "Amara Boateng", "T/ACC", "Temporary Assistant Chief Constable"),
        ("Ch. Supt. Aled Morgan QPM", "Aled Morgan", "Ch. Supt.", "Chief Superintendent"),
        ("Chief Inspector Dana Whitlock", "Dana Whitlock", "Chief Inspector", "Chief Inspector"),
        ("ACC Lena Voigt", "Lena Voigt", "ACC", "Assistant Chief Constable"),
        ("Station Commander Bryn Tait", "Bryn Tait", "Station Commander", "Station Commander"),
        ("Det Ch Supt Orla Fennimore", "Orla Fennimore", "Det Ch Supt", "Detective Chief Superintendent"),
        ("Det Insp Kai Bellamy", "Kai Bellamy", "Det Insp", "Detective Inspector"),
        ("A/Supt Nia Roberts", "Nia Roberts", "A/Supt", "Acting Superintendent"),
        ("Professor Sir Ian Holt", "Sir Ian Holt", "Professor", None),
    ],
)
def test_a_title_or_rank_makes_a_person_and_is_kept_apart_from_the_name(text, name, title, rank) -> None:
    m = only(text)
    assert (m.kind, m.name, m.title, m.rank) == ("person", name, title, rank)
    assert text[m.start : m.end] == text  # the span covers the title and the letters after the name


def test_several_titled_people_in_one_run_are_each_found() -> None:
    assert mentions("ACC Lena Voigt and DCI Tom Reyes attended.") == [("person", "Lena Voigt"), ("person", "Tom Reyes")]


def test_an_untitled_name_is_a_person_only_where_people_are_expected() -> None:
    assert mentions("Kit Marlow") == [("name", "Kit Marlow")]
    assert mentions("Kit Marlow", expect_person=True) == [("person", "Kit Marlow")]
    assert mentions("B M Okafor", expect_person=True) == [("person", "B M Okafor")]


def test_a_line_of_people_run_together_by_a_converter_splits_into_people_and_organisations() -> None:
    got = mentions("Rhian Price Swansea Council Tomos Bell South Wales Police", expect_person=True)
    assert got == [("person", "Rhian Price"), ("body", "Swansea Council"), ("person", "Tomos Bell"),
                   ("body", "South Wales Police")]


@pytest.mark.parametrize("text", ["Age UK", "Hart District Council", "Victim Support", "North Yorkshire Police",
                                  "Community Safety", "Following Members"])
def test_organisations_places_and_sentence_words_are_never_people(text: str) -> None:
    assert all(kind != "person" for kind, _ in mentions(text, expect_person=True))


@pytest.mark.parametrize(
    "tokens, person",
    [
        (["Kit", "Marlow"], True),
        (["B", "M", "Okafor"], True),
        (["Ffion", "ap", "Rhys"], True),
        (["Age", "UK"], False),
        (["Safer", "Wirral"], False),
        (["Tenancy", "Support", "Manager"], False),
        (["Kit"], False),
        (["The", "Board"], False),
        (["Cheshire", "East"], False),
    ],
)
def test_looks_like_person_by_the_shape_of_the_name(tokens: list[str], person: bool) -> None:
    assert looks_like_person(tokens) is person


@pytest.mark.parametrize("name", ["Siân Evans", "Zoë Hart", "Renée Dubois"])
def test_names_with_accents_are_people(name: str) -> None:
    assert mentions(f"Councillor {name}") == [("person", name)]


@pytest.mark.parametrize("name", ["Llŷr Gruffydd", "Gwenhwyfar Ŵyn"])
def test_welsh_names_with_a_circumflex_are_people(name: str) -> None:
    assert mentions(f"Councillor {name}") == [("person", name)]


# -- posts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Director of Public Health", "Director of Public Health"),
        ("Community Safety Manager", "Community Safety Manager"),
        ("Chief Executive", "Chief Executive"),
        ("Assistant Chief Executive", "Assistant Chief Executive"),
        ("Portfolio Holder for Housing and Community Safety", "Portfolio Holder for Housing and Community Safety"),
        ("Head of Service (Safer Communities)", "Head of Service (Safer Communities)"),
        ("Leader of the Council", "Leader of the Council"),
        ("South Wales Police and Crime Commissioner", "South Wales Police and Crime Commissioner"),
        ("Essex Police, Fire and Crime Commissioner", "Essex Police, Fire and Crime Commissioner"),
        ("Member Support Officer", "Member Support Officer"),
        ("Member Services Manager", "Member Services Manager"),
        ("Head of Neighbourhood and Community Services", "Head of Neighbourhood and Community Services"),
        ("Director of Housing and Regeneration", "Director of Housing and Regeneration"),
        ("Chief Executive of Broadland and South Norfolk District Councils",
         "Chief Executive of Broadland and South Norfolk District Councils"),
        ("Independent Scrutineer", "Independent Scrutineer"),
        ("Lead Reviewer", "Lead Reviewer"),
    ],
)
def test_posts_are_read_by_their_head_words(text: str, name: str) -> None:
    assert mentions(text) == [("post", name)]


def test_a_council_named_by_its_place_ends_before_for_but_a_council_for_voluntary_service_does_not() -> None:
    assert mentions("Wigan Council for CCTV")[0] == ("body", "Wigan Council")
    assert mentions("Wigan Council for Voluntary Service") == [("body", "Wigan Council for Voluntary Service")]


def test_an_organisation_after_a_portfolio_and_is_a_second_name() -> None:
    assert mentions("Head of Community Safety and Westvale Police") == [
        ("post", "Head of Community Safety"), ("body", "Westvale Police")]


def test_a_department_after_a_dash_belongs_to_the_post_and_the_council_after_the_comma_does_not() -> None:
    assert mentions("Service Manager – Children and Families, Sutton Council") == [
        ("post", "Service Manager – Children and Families"), ("body", "Sutton Council")]


@pytest.mark.parametrize("text, post", [
    ("Service Manager - Community Safety (a.lane@example.gov.uk)", "Service Manager – Community Safety"),
    ("Team Leader – Early Help (Chair)", "Team Leader – Early Help"),
    ("Service Lead – Safeguarding and Partnerships (01632 960123)", "Service Lead – Safeguarding and Partnerships"),
])
def test_a_department_after_a_dash_stays_with_the_post_before_a_bracket(text: str, post: str) -> None:
    """A contact line's e-mail, a telephone number or "(Chair)" after the department does not cut it off the post
    (to become a body of its own, "Community Safety")."""
    found = mentions(text)
    assert found[0] == ("post", post), found
    assert not [m for m in found if m[0] == "body"], found


@pytest.mark.parametrize(
    "text, role",
    [("Chair of the Safer Sutton Partnership", "chair_of"), ("Vice-Chair of the Youth Justice Board", "vice_chair_of"),
     ("Chairman of the Licensing Committee", "chair_of")],
)
def test_chair_of_a_body_is_marked_as_a_relation_not_a_plain_post(text: str, role: str) -> None:
    m = only(text)
    assert (m.kind, m.role) == ("post", role)


def test_a_post_followed_by_a_titled_person_gives_both() -> None:
    assert mentions("Director of Public Health Dr Ada Frost") == [("post", "Director of Public Health"),
                                                                  ("person", "Ada Frost")]


# -- bodies


@pytest.mark.parametrize(
    "text",
    ["Safer Communities Board", "Violence Reduction Unit", "Integrated Care Board", "Police and Crime Panel",
     "Health and Wellbeing Board", "Children's Services", "Cheshire Fire and Rescue Service"],
)
def test_bodies_are_read_by_their_head_nouns(text: str) -> None:
    assert mentions(text) == [("body", text)]


@pytest.mark.parametrize("text, place", [("Sefton MBC", "Sefton"), ("LB Hackney", "Hackney"),
                                         ("Bath and North East Somerset Council", "Bath and North East Somerset")])
def test_councils_in_any_of_their_written_forms_are_bodies_with_their_place(text: str, place: str) -> None:
    m = only(text)
    assert (m.kind, m.place) == ("body", place)


def test_the_board_alone_is_a_back_reference() -> None:
    m = only("The Partnership")
    assert (m.kind, m.name, m.back_ref) == ("body", "Partnership", True)


def test_an_acronym_in_brackets_after_a_name_is_attached_to_it() -> None:
    m = find_mentions("The Safer Sefton Partnership (SSP) met.", 0, 38)[0]
    assert (m.name, m.acronym) == ("Safer Sefton Partnership", "SSP")
    wrong = find_mentions("Safer Sefton Partnership (YOT) met.", 0, 35)[0]
    assert wrong.acronym is None  # the letters do not spell the name


def test_a_lower_case_body_with_its_acronym_loses_the_article() -> None:
    m = find_mentions("Members of the community safety partnership (CSP) met.", 0, 53)[1]
    assert (m.kind, m.name, m.acronym) == ("body", "Community safety partnership", "CSP")


def test_a_possessive_owner_is_split_from_what_it_owns() -> None:
    council, strategy = find_mentions("the Council's Community Safety Strategy", 0, 39)
    assert (council.kind, council.name, council.possessive, council.back_ref) == ("body", "Council", True, True)
    assert (strategy.kind, strategy.name) == ("publication", "Community Safety Strategy")
    place, panel = find_mentions("Derbyshire's Channel Panel", 0, 26)
    assert (place.kind, panel.kind, panel.place) == ("place", "body", "Derbyshire")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leicestershire Police and Leicestershire County Council",
         [("body", "Leicestershire Police"), ("body", "Leicestershire County Council")]),
        ("Protect and Prepare", [("topic", "Protect"), ("topic", "Prepare")]),
        ("Police and Crime Panel", [("body", "Police and Crime Panel")]),
        ("Bath and North East Somerset Council", [("body", "Bath and North East Somerset Council")]),
    ],
)
def test_and_splits_two_names_but_not_one_name_that_holds_it(text: str, expected: list) -> None:
    assert mentions(text) == expected


def test_a_shouted_heading_is_named_in_title_case_with_its_acronyms_kept() -> None:
    assert mentions("CSP JOINT STRATEGIC GROUP") == [("body", "CSP Joint Strategic Group")]


def test_a_body_after_a_person_and_of_the_is_named_without_the_connector() -> None:
    assert mentions("Det Supt Rory Quinn of the Metropolitan Police Service attended.") == [
        ("person", "Rory Quinn"), ("body", "Metropolitan Police Service")]


# -- places, topics, money, publications, legislation


def test_places_come_from_the_national_gazetteer() -> None:
    assert mentions("Tameside") == [("place", "Tameside")]
    assert mentions("Cheshire East") == [("place", "Cheshire East")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("anti-social behaviour and domestic abuse", [("topic", "anti-social behaviour"), ("topic", "domestic abuse")]),
        ("the Prevent duty", [("topic", "Prevent")]),
        ("to prevent crime", []),
        ("CONTEST", [("topic", "CONTEST")]),
    ],
)
def test_topics_match_their_labels_and_words_like_prevent_only_when_capitalised(text: str, expected: list) -> None:
    assert [x for x in mentions(text) if x[0] == "topic"] == expected


@pytest.mark.parametrize("text", ["£1.5m", "£250k", "£ 3,000", "£4 million", "£120,000"])
def test_amounts_of_money(text: str) -> None:
    m = only(text)
    assert m.kind == "money" and text[m.start : m.end].strip() == text


@pytest.mark.parametrize(
    "text, kind",
    [("Domestic Abuse Act 2021", "legislation"), ("Serious Violence Strategy 2022-25", "publication"),
     ("Community Safety Plan", "publication"), ("Safer Streets Fund", "initiative"),
     ("Freedom Programme", "initiative")],
)
def test_publications_legislation_and_initiatives_keep_their_years(text: str, kind: str) -> None:
    assert mentions(text) == [(kind, text)]


@pytest.mark.parametrize("text, name", [
    ("Under the Crime and Disorder Act 1998, councils must act.", "Crime and Disorder Act 1998"),
    ("The Serious Violence Strategy 2023-26, agreed in May, is live.", "Serious Violence Strategy 2023-26"),
])
def test_a_year_before_a_comma_stays_in_the_name(text: str, name: str) -> None:
    assert name in [n for _, n in mentions(text)]


# -- acronyms


@pytest.mark.parametrize(
    "acronym, name, fits",
    [
        ("CSP", "Community Safety Partnership", True),
        ("SSCB", "Sefton Safeguarding Children Board", True),
        ("HWB", "Health and Wellbeing Board", True),
        ("CSPs", "Community Safety Partnerships", True),
        ("YOT", "Community Safety Partnership", False),
        ("SP", "Safer Halton Youth Partnership", False),
    ],
)
def test_initials_fit_says_whether_an_acronym_spells_a_name(acronym: str, name: str, fits: bool) -> None:
    assert initials_fit(acronym, name) is fits


# -- offsets and hostile input


def test_every_mention_span_is_inside_its_window() -> None:
    text = "Ignore. Cllr Jo Lee chairs the Safer Halton Partnership (SHP) with £5k. Ignore."
    start, end = 8, text.index(" Ignore.", 8)
    for m in find_mentions(text, start, end):
        assert start <= m.start < m.end <= end


@pytest.mark.parametrize("unit", ["Alpha ", "Cllr ", "(", "Board ", "Alpha of ", "£1 ", "Alpha (ACR) ", "Alpha – "],
                         ids=["capitals", "titles", "brackets", "heads", "connectors", "money", "acronyms", "dashes"])
def test_finding_mentions_grows_linearly(unit: str) -> None:
    assert growth(lambda s: find_mentions(s, 0, len(s)), repeat_to(unit), 5_000) < 8


def test_a_run_of_articles_is_linear() -> None:
    assert growth(lambda s: find_mentions(s, 0, len(s)), repeat_to("The "), 5_000, factor=8) < 16


@pytest.mark.parametrize("acronym, name, fits", [
    ("MOPAC", "Metropolitan Police Service", False),
    ("SYP", "Safer York Partnership", True),
    ("CoP", "College of Policing", True),
    ("DoPH", "Director of Public Health", True),
])
def test_an_acronym_spells_a_name_by_its_initials_with_at_most_one_letter_from_inside_a_word(
        acronym: str, name: str, fits: bool) -> None:
    from govkg.loaders.mentions import initials_fit

    assert initials_fit(acronym, name) is fits


@pytest.mark.parametrize(
    "text, people",
    [
        ("Apologies were received from Tamsin Orrell and Kwabena Mensah.", ["Tamsin Orrell", "Kwabena Mensah"]),
        ("The report was presented to the Board by Siobhan Keane and Deepak Varma today.",
         ["Siobhan Keane", "Deepak Varma"]),
    ],
)
def test_two_people_joined_by_and_are_two_names(text: str, people: list[str]) -> None:
    assert [name for _, name in mentions(text) if name in people] == people


def test_an_and_inside_an_organisations_name_still_joins() -> None:
    assert ("body", "Safer Communities and Neighbourhood Services Team") in mentions(
        "The Safer Communities and Neighbourhood Services Team met.")


def test_a_portfolio_with_commas_is_one_post() -> None:
    from extract_helpers import of, read

    doc = read("Ashfield District Council\n\nCouncillor Nadia Brook, Cabinet Member for Housing, Leisure and "
               "Communities, presented the report.\n")
    assert ("Nadia Brook", "Cabinet Member for Housing, Leisure and Communities") in of(doc, "holds_post")
    # a line may break after one of the portfolio's commas; a deputy mayor's portfolio is written so too
    doc = read("Ashfield District Council\n\nThe Board is chaired by the Cabinet Member for Housing,\n    Leisure "
               "and Communities, Councillor Nadia Brook.\n\nThe Regional Board is chaired by the Deputy Mayor for "
               "Policing, Crime and Fire, Omar Pell.\n")
    posts = of(doc, "holds_post")
    assert ("Nadia Brook", "Cabinet Member for Housing, Leisure and Communities") in posts
    assert ("Omar Pell", "Deputy Mayor for Policing, Crime and Fire") in posts


@pytest.mark.parametrize("sentence, post", [
    ("The Steering Group, chaired by the Assistant Director, Neighbourhoods and Customer Services, oversees it.",
     "Assistant Director, Neighbourhoods and Customer Services"),
    ("The Channel Panel is chaired by the Deputy Director, Children's Social Care, and meets monthly.",
     "Deputy Director, Children's Social Care"),
])
def test_a_bare_title_and_the_department_it_heads_are_one_post(sentence, post) -> None:
    found = find_mentions(sentence, 0, len(sentence))
    assert ("post", post) in {(m.kind, m.name) for m in found}, found


def test_a_title_before_an_organisation_stays_apart_from_it() -> None:
    sentence = "Jo Lee, Service Manager, Probation Service, said that the work goes on."
    kinds = {(m.kind, m.name) for m in find_mentions(sentence, 0, len(sentence))}
    assert ("post", "Service Manager") in kinds and ("body", "Probation Service") in kinds, kinds


def test_an_initial_a_where_people_are_listed_is_no_article() -> None:
    text = "Apologies: A Pike, B Lewis"
    people = [m.name for m in find_mentions(text, 0, len(text), expect_person=True) if m.kind == "person"]
    assert people == ["A Pike", "B Lewis"], people
    text = "A Strategic Assessment was prepared."
    assert not [m for m in find_mentions(text, 0, len(text), expect_person=True) if m.kind == "person"]


def test_a_word_repeated_is_no_person() -> None:
    assert not looks_like_person(["Multiple", "Multiple"])
    assert looks_like_person(["Ellis", "Marsh"])


def test_the_office_of_a_commissioner_is_a_body_and_stands_apart_from_what_is_listed_before_it() -> None:
    text = "Members include Healthwatch Dorset and the Office of the Dorset Police and Crime Commissioner."
    found = {(m.kind, m.name) for m in find_mentions(text, 0, len(text))}
    assert ("body", "Office of the Dorset Police and Crime Commissioner") in found, found
    assert not any("Healthwatch" in name and "Office" in name for _, name in found), found
    text = "Colin Hale - Nottinghamshire Office of the Police and Crime Commissioner"
    found = {(m.kind, m.name) for m in find_mentions(text, 0, len(text), expect_person=True)}
    assert ("body", "Nottinghamshire Office of the Police and Crime Commissioner") in found, found


def test_a_head_of_a_unit_named_with_two_places_is_one_post() -> None:
    text = "Nia Trew | Head of Cardiff and Vale Probation Delivery Unit | Probation Service in Wales"
    found = {(m.kind, m.name) for m in find_mentions(text, 0, len(text), expect_person=True)}
    assert ("post", "Head of Cardiff and Vale Probation Delivery Unit") in found, found
    text = "Head of Service and Chair of the Board"
    found = {(m.kind, m.name) for m in find_mentions(text, 0, len(text))}
    assert ("post", "Head of Service") in found and ("post", "Chair of the Board") in found, found


@pytest.mark.parametrize("text, post", [
    ("chaired by the Leeds City Council Cabinet Member for Housing and Environmental Services.",
     "Leeds City Council Cabinet Member for Housing and Environmental Services"),
    ("chaired by the Kent County Council Cabinet Member for\nCommunity and Regulatory Services.",
     "Kent County Council Cabinet Member for Community and Regulatory Services"),
])
def test_a_portfolio_joined_by_and_stays_one_post_after_its_council(text: str, post: str) -> None:
    found = [m for m in find_mentions(text, 0, len(text)) if m.kind == "post"]
    assert [m.name for m in found] == [post]


@pytest.mark.parametrize("text, body", [
    ("was considered by the Children, Young People and Families Scrutiny Committee on 3 May.",
     "Children, Young People and Families Scrutiny Committee"),
    ("the Essex Police, Fire and Crime Panel met", "Essex Police, Fire and Crime Panel"),
    ("reports to the Council's Communities, Housing and Environment Policy Advisory Committee.",
     "Communities, Housing and Environment Policy Advisory Committee"),
    # the council's name before it, and the line broken before the last part
    ("reports to the Oldham Council Leisure, Equalities, Culture\n    and Tourism Committee.",
     "Oldham Council Leisure, Equalities, Culture and Tourism Committee"),
])
def test_a_committee_named_for_a_remit_of_several_parts_is_one_body(text: str, body: str) -> None:
    assert body in [" ".join(m.name.split()) for m in find_mentions(text, 0, len(text)) if m.kind == "body"]


def test_bodies_listed_with_commas_stay_apart() -> None:
    text = "Kent Police, Kent County Council and Medway Council Safety Board"
    names = [m.name for m in find_mentions(text, 0, len(text))]
    assert "Kent Police" in names and "Kent County Council" in names


def test_an_acronym_may_leave_out_two_places_that_open_the_name() -> None:
    text = 'The Gwynedd and Anglesey Community Safety Partnership (the "CSP") meets monthly.'
    found = [m for m in find_mentions(text, 0, len(text)) if m.kind == "body"]
    assert [(m.name, m.acronym) for m in found] == [("Gwynedd and Anglesey Community Safety Partnership", "CSP")]


@pytest.mark.parametrize("text", ["Rhondda Cynon Taf County Borough Council", "Blaenau Gwent County Borough Council",
                                  "Cwm Taf Morgannwg University Health Board"])
def test_a_council_of_a_place_of_several_words_holds_no_person_where_people_are_listed(text: str) -> None:
    found = find_mentions(text, 0, len(text), expect_person=True)
    assert [(m.kind, m.name) for m in found] == [("body", text)]


@pytest.mark.parametrize("text, post", [
    ("the Chief Executive of Redcar and Cleveland Borough Council (Ama Boateng-Hill) attended",
     "Chief Executive of Redcar and Cleveland Borough Council"),
    ("the Head of Service (Safer Communities) attended", "Head of Service (Safer Communities)"),
])
def test_a_places_own_and_stays_in_the_post_and_a_holder_in_brackets_is_no_portfolio(text: str, post: str) -> None:
    assert post in [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "post"]


def test_a_commissioner_of_a_joint_police_area_is_one_post() -> None:
    # the 'and' inside "Devon and Cornwall" joins two places into one area, not two names
    for text, post in (("The Devon and Cornwall Police and Crime Commissioner visited Truro.",
                        "Devon and Cornwall Police and Crime Commissioner"),
                       ("A grant from the Cambridgeshire and Peterborough Police and Crime Commissioner followed.",
                        "Cambridgeshire and Peterborough Police and Crime Commissioner")):
        found = find_mentions(text, 0, len(text))
        assert (("post", post) in [(m.kind, m.name) for m in found]), found
    text = "Healthwatch Dorset and the Office of the Dorset Police and Crime Commissioner met."
    assert [m.name for m in find_mentions(text, 0, len(text))][:1] == ["Healthwatch Dorset"]


def test_a_fire_and_rescue_rank_before_a_name_is_a_title() -> None:
    text = "Lena Ortiz (Probation Service), Station Manager Kofi Asare (Merseyside Fire and Rescue Service)"
    people = [(m.name, m.title) for m in find_mentions(text, 0, len(text), expect_person=True) if m.kind == "person"]
    assert ("Kofi Asare", "Station Manager") in people


@pytest.mark.parametrize("text", ["Executive Councillor for Community and Leisure",
                                  "Lead Councillor for Housing and Neighbourhoods"])
def test_an_executive_or_lead_councillors_portfolio_is_a_post(text: str) -> None:
    assert mentions(text) == [("post", text)]


def test_a_name_in_brackets_after_a_whole_title_is_its_holder_not_a_portfolio() -> None:
    assert mentions("the Director of Children's Services (Maren Holt) presented the report") == [
        ("post", "Director of Children's Services"), ("name", "Maren Holt")]
    # a portfolio or department in brackets stays part of the post
    assert mentions("the Head of Service (Safer Communities) presented it") == [
        ("post", "Head of Service (Safer Communities)")]


@pytest.mark.parametrize(("text", "first", "second"), [("sits on both the CSP and the YJB", "CSP", "YJB"),
                                                       ("reports to the HWB and SLP each year", "HWB", "SLP")])
def test_two_sets_of_initials_joined_by_and_are_two_names(text: str, first: str, second: str) -> None:
    names = [name for _, name in mentions(text)]
    assert first in names and second in names, names


@pytest.mark.parametrize("name", ["Ambleside Pubwatch", "BID Skegness", "Street Angels Dunstable",
                                  "Night Pastors Frome", "Port Security", "Licensing Enforcement"])
def test_a_schemes_or_services_name_of_two_capitalised_words_is_no_person(name: str) -> None:
    # "Ambleside Pubwatch | Ezra Pollard | Chair": the organisation cell of a member row is not its holder
    assert not looks_like_person(name.split())


def test_an_organisation_in_the_first_cell_of_a_member_row_is_not_its_representative() -> None:
    from extract_helpers import of, read
    doc = read("Bridlington Night-Time Economy Forum\n\nMembership\n\nOrganisation\tRepresentative\tRole\n"
               "Ambleside Pubwatch\tOlwen Farraday\tCo-ordinator\nBID Filey\tTamsin Grealish\tManager\n")
    assert {("Ambleside Pubwatch", "Olwen Farraday"), ("BID Filey", "Tamsin Grealish")} <= of(doc, "represented_by")
    assert ("Tamsin Grealish", "Manager, BID Filey") in of(doc, "holds_post"), of(doc, "holds_post")


@pytest.mark.parametrize(("text", "post"), [
    ("The Police and Crime Commissioner for Cumbria (the PCC) makes grants each spring.",
     "Police and Crime Commissioner for Cumbria"),
    ("The Police, Fire and Crime Commissioner for Essex (the Commissioner) approved the bids.",
     "Police, Fire and Crime Commissioner for Essex"),
    ("Minutes were taken by the Chief Executive of Lancaster City Council (the Chief Executive).",
     "Chief Executive of Lancaster City Council"),
])
def test_a_short_name_the_drafter_defines_in_brackets_is_no_portfolio(text: str, post: str) -> None:
    # "(the PCC)" names the post for the rest of the paper; read as a portfolio it made a second node
    assert ("post", post) in mentions(text), mentions(text)


def test_a_decision_notice_funder_defined_with_the_pcc_is_one_node() -> None:
    from extract_helpers import funds
    read = funds("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CUMBRIA\n\nDECISION RECORD 2025/04\n\n"
                 "1. Each year the Police and Crime Commissioner for Cumbria (the PCC) gives grants to the\n"
                 "district partnerships.\n\n2. The PCC approves these grants.\n\n"
                 "Recipient\tPurpose\tPeriod\tAmount\nCarlisle City Council\tPartnership plan\t2025/26\t£31,000\n"
                 "Eden Youth Trust\tMentoring\t2025/26\t£9,500\n")
    givers = {giver for giver, _, _ in read}
    assert len(givers) == 1 and "(" not in givers.pop(), read


@pytest.mark.parametrize("text, name", [
    ("7  FUNDING\nThe Commissioner set out the grants.", "Commissioner"),
    ("COMMUNITY SAFETY UPDATE\nSafer Wyre Partnership reported.", "Safer Wyre Partnership"),
])
def test_a_shouted_heading_does_not_run_into_the_line_below(text: str, name: str) -> None:
    assert name in [m[1] for m in mentions(text)], mentions(text)


@pytest.mark.parametrize("text, first, second", [
    ("Report author: Ola Brennan, Community Safety Manager\nThe Ravensmoor Safer Partnership reports to Cabinet.",
     "Community Safety Manager", "Ravensmoor Safer Partnership"),
    ("Contact officer: Head of Neighbourhoods\nThis Youth Justice Board meets quarterly.",
     "Head of Neighbourhoods", "Youth Justice Board"),
    ("Lead Member: Cllr Dara Finch, Cabinet Member for Communities\nIts Channel Panel is chaired by the council.",
     "Cabinet Member for Communities", "Channel Panel"),
])
def test_a_line_that_opens_a_sentence_is_not_the_rest_of_a_name(text: str, first: str, second: str) -> None:
    names = [m[1] for m in mentions(text)]
    assert first in names and second in names, names


def test_a_name_wrapped_after_of_goes_on_over_a_line_that_opens_on_the() -> None:
    assert mentions("a grant from the Office of\nThe Police and Crime Commissioner was agreed.") == [
        ("body", "Office of\nThe Police and Crime Commissioner")]


def test_a_name_wrapped_in_one_case_is_still_one_name() -> None:
    assert ("body", "CSP Board") in mentions("Members of the CSP\nBoard met.")
