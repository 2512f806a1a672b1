"""A post after a place's possessive ("Camden's Director of Public Health") is that place's post: qualified by the
place's council when only a council has such a post, by the place otherwise, never left bare for the paper's own
council to claim."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_news_release_of_two_boroughs_names_each_boroughs_officer() -> None:
    doc = read("Camden and Islington agree a shared approach to violence\n\n12 May 2025\n\n"
               "A new Violence Reduction Group will be chaired by Camden's Director of Public Health, Dr Ada Flint. "
               "A Youth Panel will be chaired by Islington's Head of Youth Justice, Bram Kettle.\n")
    posts = {who.removeprefix("Dr "): post for who, post in of(doc, "holds_post")}
    assert posts.get("Ada Flint", "").startswith("Director of Public Health, ") and "Camden" in posts["Ada Flint"], \
        posts
    assert posts.get("Bram Kettle") == "Head of Youth Justice, Islington", posts


def test_minutes_name_a_neighbours_officer_by_the_place() -> None:
    doc = read("Northfleet Community Safety Partnership\nMinutes of the meeting held on 3 June 2024\n\n"
               "4. Youth violence\n\nSheffield's Head of Youth Justice, Corin Vale, presented the joint protocol. "
               "Members noted the report.\n")
    assert ("Corin Vale", "Head of Youth Justice, Sheffield") in of(doc, "holds_post"), of(doc, "holds_post")


def test_a_county_report_gives_the_chair_to_the_countys_post() -> None:
    doc = read("Kent and Medway Safeguarding Report 2024\n\n3. Governance\n\n"
               "The Adults Exploitation Group is chaired by Kent's Director of Adult Social Care and meets "
               "quarterly.\n")
    chairs = of(doc, "chairs")
    assert any(who.startswith("Director of Adult Social Care, ") and "Kent" in who for who, _ in chairs), chairs
    assert not any(who == "Director of Adult Social Care" for who, _ in chairs), chairs


def test_two_places_posts_of_one_title_stay_two_posts() -> None:
    doc = read("Joint working in Camden and Islington\n\nThe board is co-chaired by Camden's Director of Public "
               "Health, Dr Ada Flint, and Islington's Director of Public Health, Dr Piet Morrow.\n")
    posts = {who.removeprefix("Dr "): post for who, post in of(doc, "holds_post")}
    assert "Camden" in posts.get("Ada Flint", ""), posts
    assert "Islington" in posts.get("Piet Morrow", ""), posts


def test_minutes_give_a_councillor_the_post_after_a_places_possessive() -> None:
    doc = read("Safer Harbourside Partnership\nMinutes of the meeting held on 9 October 2024\n\n"
               "5. Anti-social behaviour\n\nCllr Wren Castell, Bristol's Cabinet Member for Communities, "
               "introduced the item.\n")
    assert ("Wren Castell", "Cabinet Member for Communities, Bristol City Council") in of(doc, "holds_post"), \
        of(doc, "holds_post")


def test_a_co_chair_pair_each_with_a_places_post() -> None:
    doc = read("Joint working\n\nThe Camden and Islington Joint Community Safety Board will be co-chaired by "
               "Cllr Ada Flint, Camden's Cabinet Member for Communities and Safety, and Cllr Piet Morrow, "
               "Islington's Cabinet Member for Community Safety.\n")
    board = "Camden and Islington Joint Community Safety Board"
    chairs = of(doc, "chairs")
    assert ("Ada Flint", board) in chairs and ("Piet Morrow", board) in chairs, chairs
    posts = dict(of(doc, "holds_post"))
    assert "Camden" in posts.get("Ada Flint", "") and "Islington" in posts.get("Piet Morrow", ""), posts


def test_an_annual_report_names_the_chair_before_the_verb() -> None:
    doc = read("Combating Drugs Partnership annual report 2024\n\nDr Lowri Penhale, Leeds's Director of Public "
               "Health, chairs the Leeds Combating Drugs Partnership.\n")
    chairs = {(who.removeprefix("Dr "), body) for who, body in of(doc, "chairs")}
    assert ("Lowri Penhale", "Leeds Combating Drugs Partnership") in chairs, chairs
    posts = {who.removeprefix("Dr "): post for who, post in of(doc, "holds_post")}
    assert posts.get("Lowri Penhale", "").startswith("Director of Public Health, Leeds"), posts


def _names_of_post(doc, start: str) -> set[str]:
    return {n for e in doc.entities if e.kind == "post" and e.name.startswith(start) for n in (e.name, *e.aliases)}


def test_the_own_councils_place_before_a_post_gives_the_post_the_councils_names_too() -> None:
    # in the council's own paper, "Oldham's Head of Neighbourhoods" is the council's officer: the node keeps the
    # place's name and is known by the council's names as well
    page = read("Oldham Council\n\nSafer Oldham Partnership\n\n"
                "The partnership is chaired by Oldham's Head of Neighbourhoods, Ola Reyes.\n")
    assert "Head of Neighbourhoods, Oldham Council" in _names_of_post(page, "Head of Neighbourhoods")
    minutes = read("Sefton Council\nMinutes of the Safer Sefton Together meeting held on 4 March 2024\n\n"
                   "3. Licensing\n\nSefton's Head of Regulation and Compliance, Tam Ode, presented the report.\n")
    assert "Head of Regulation and Compliance, Sefton Council" in _names_of_post(minutes, "Head of Regulation")
    # a neighbour's officer named in the council's paper is not the council's
    neighbour = read("Sefton Council\n\nThe panel is chaired by Knowsley's Head of Regulation and Compliance, "
                     "Tam Ode.\n")
    assert not any("Council" in n for n in _names_of_post(neighbour, "Head of Regulation"))
    # nor is a post whose words name another organisation
    probation = read("Oldham Council\n\nThe group is chaired by Oldham's Head of Probation Delivery, Ola Reyes.\n")
    assert not any(n.endswith("Oldham Council") for n in _names_of_post(probation, "Head of Probation"))
