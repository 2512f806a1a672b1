"""Strategy, priorities and area (session 14): a county or regional forum covers the place its name carries; a
priority keeps the words of its list item as names; a body's own paper of a kind is named by each of its names.

Every text here is written for the test, in several councils' styles.
"""

from __future__ import annotations

from extract_helpers import of, read


def _names(doc, name: str) -> set[str]:
    """The name and every alias of the entity of DOC called NAME."""
    found = [e for e in doc.entities if e.name == name]
    assert found, f"no entity {name!r}: {[e.name for e in doc.entities]}"
    return {found[0].name.casefold(), *(a.casefold() for a in found[0].aliases)}


# -- a county-wide or regional forum covers the place its own name carries


def test_county_forum_that_gathers_the_district_partnerships() -> None:
    doc = read("Boston Borough Council\nCommunity safety update\nOur plan goes each spring to the Lincolnshire "
               "Community Safety Board, which co-ordinates the county's district CSPs.")
    assert ("Lincolnshire Community Safety Board", "Lincolnshire") in of(doc, "covers_area")


def test_a_county_wide_apposition_past_an_aside_on_its_chair() -> None:
    doc = read("Harrogate report\n2.1 Partners also attend the North Yorkshire Safer Communities Forum, chaired by "
               "the Deputy Leader of North Yorkshire Council, which brings the district partnerships and the "
               "fire service together across the county.")
    assert ("North Yorkshire Safer Communities Forum", "North Yorkshire") in of(doc, "covers_area")
    # the council of the aside on who chairs it is no forum of the county
    assert all(s != "North Yorkshire Council" for s, _ in of(doc, "covers_area"))


def test_regional_unit_that_convenes_the_force_areas_partnerships() -> None:
    doc = read("Llanelli partnership notes\nThe Dyfed-Powys Violence Prevention Unit acts as convenor for the four "
               "local authorities in the force on the serious violence duty.")
    assert ("Dyfed-Powys Violence Prevention Unit", "Dyfed-Powys") in of(doc, "covers_area")


def test_county_level_and_a_former_name_in_brackets() -> None:
    doc = read("Chelmsford City Council\nScrutiny\nThe Essex Community Safety Network (until 2022 the Essex "
               "Partnership Chairs Group) co-ordinates community safety at county level.")
    assert ("Essex Community Safety Network", "Essex") in of(doc, "covers_area")
    assert all(s != "Essex Partnership Chairs Group" for s, _ in of(doc, "covers_area"))


def test_a_wrapped_county_level_and_an_acronym_across_the_districts() -> None:
    doc = read("Fareham report\nUpdates go to the Hampshire Community Safety Chairs Group, the county-\nlevel forum of "
               "the district partnerships, each quarter.")
    assert ("Hampshire Community Safety Chairs Group", "Hampshire") in of(doc, "covers_area")
    doc = read("Decision notice\nThe Merseyside Violence Reduction Partnership (MVRP) funds local work. The MVRP "
               "co-ordinates the Serious Violence Duty across the five districts of the force.")
    assert ("Merseyside Violence Reduction Partnership", "Merseyside") in of(doc, "covers_area")


def test_a_word_inside_a_name_says_nothing_of_another_body() -> None:
    doc = read("Minutes\nThe Fenland CSP reports to the Cambridgeshire Countywide Strategic Board twice a year.")
    assert ("Fenland Community Safety Partnership", "Fenland") not in of(doc, "covers_area")


def test_no_area_read_for_a_council_a_passive_or_a_capitalised_regional_name() -> None:
    doc = read("Shrewsbury notes\nThe work is co-ordinated by Shropshire Council across the county.")
    assert not of(doc, "covers_area")
    doc = read("Minutes\nThe Telford Partnership Board reports to the Mercia Regional Safeguarding Board.")
    assert not of(doc, "covers_area")


# -- a body run jointly with a neighbouring area covers both


def test_a_panel_held_jointly_with_a_city() -> None:
    doc = read("Shropshire Council\nPrevent update\nShropshire's Channel Panel was a panel held jointly with Telford "
               "and Wrekin until 2022.")
    assert {("Shropshire Channel Panel", "Shropshire"), ("Shropshire Channel Panel", "Telford and Wrekin")} <= \
        of(doc, "covers_area")


def test_a_joint_panel_with_and_a_joint_panel_covering() -> None:
    doc = read("Conwy County Borough Council\nPrevent\nThe Conwy Channel Panel is a joint panel with Denbighshire. "
               "It meets monthly.")
    assert {("Conwy Channel Panel", "Conwy"), ("Conwy Channel Panel", "Denbighshire")} <= of(doc, "covers_area")
    doc = read("Powys report\nSince 2021 the Powys Channel Panel has been a joint panel covering Powys and "
               "Ceredigion, hosted by the council.")
    assert {("Powys Channel Panel", "Powys"), ("Powys Channel Panel", "Ceredigion")} <= of(doc, "covers_area")


def test_run_jointly_with_two_areas_in_one_councils_paper() -> None:
    doc = read("Torbay Council\nSafeguarding arrangements\nThe Child Death Overview Panel is run jointly with "
               "Plymouth and with Cornwall.")
    covered = {o for _, o in of(doc, "covers_area")}
    assert {"Torbay", "Plymouth", "Cornwall"} <= covered


def test_jointly_with_a_force_is_no_area() -> None:
    doc = read("Youth notes\nThe Safe Routes project for pupils is run jointly with Devon and Cornwall Police.")
    assert not of(doc, "covers_area")


# -- a priority keeps its list item's words as names


def test_priority_items_keep_their_tails_articles_and_bare_forms() -> None:
    doc = read("Pellworth Borough Council\nCabinet report\nThe Safer Pellworth Plan 2025-2028 has four priorities: "
               "tackling street drinking, including in parks; reducing burglary; a safer night-time economy; and "
               "preventing youth violence, with a focus on schools.")
    topics = {e.name: _names(doc, e.name) for e in doc.entities if e.kind == "topic"}
    every = set().union(*topics.values())
    assert "tackling street drinking, including in parks" in every
    assert "street drinking" in every  # the action the item opens with left out
    assert "a safer night-time economy" in every
    assert "preventing youth violence, with a focus on schools" in every


def test_numbered_priority_items_keep_their_whole_words() -> None:
    doc = read("Safer Rutland Partnership\nAnnual report 2024\nThe Partnership agreed three priorities for 2024-25:\n"
               "1. Hate crime, including online abuse\n2. Protecting people from exploitation\n3. Rural crime\n")
    assert of(doc, "priority_of")
    every = set().union(*(_names(doc, e.name) for e in doc.entities if e.kind == "topic"))
    assert "hate crime, including online abuse" in every
    assert "exploitation" in every


def test_inline_priorities_after_are_joined_by_commas() -> None:
    doc = read("Minutes of the Safer Corby Partnership Board\nThe Safer Corby Partnership's priorities for 2025 are "
               "reducing repeat victimisation, tackling fly-tipping and a stronger response to fraud against older "
               "people.")
    assert ("Reducing repeat victimisation", "Safer Corby Partnership") in of(doc, "priority_of")
    every = set().union(*(_names(doc, e.name) for e in doc.entities if e.kind == "topic"))
    assert {"repeat victimisation", "fly-tipping", "a stronger response to fraud against older people"} <= every


# -- a body's own paper of a kind, named by each name of its owner


def test_a_partnerships_annual_report_named_by_its_acronym_too() -> None:
    doc = read("Kettering report\nThe Kettering Community Safety Partnership (KCSP) publishes an annual report "
               "each summer.")
    made = [o for s, o in of(doc, "produces") if s == "Kettering Community Safety Partnership"]
    assert made
    assert any(n.startswith("kcsp ") for n in _names(doc, made[0]))


def test_a_boards_yearly_review_by_possessive_named_by_its_short_name() -> None:
    doc = read("Safeguarding arrangements\nThe Rutland Safeguarding Adults Board (RSAB) leads the work. In "
               "September the Rutland Safeguarding Adults Board's annual report goes to the Health and "
               "Wellbeing Board.")
    made = [o for s, o in of(doc, "produces") if s == "Rutland Safeguarding Adults Board"]
    assert made
    assert "rsab annual report" in _names(doc, made[0])


def test_a_paper_a_partnership_must_produce_named_by_its_initials_and_csp() -> None:
    doc = read("Corby report\nThe Corby Community Safety Partnership (CCSP) is required to produce an annual "
               "strategic assessment.")
    made = [o for s, o in of(doc, "produces") if s == "Corby Community Safety Partnership"]
    assert made
    assert {"ccsp annual strategic assessment", "corby csp annual strategic assessment"} <= _names(doc, made[0])


# -- the area partnership "for the borough": more verbs and roles, and a city whose style is its name


def test_area_partnership_with_has_been_and_remains() -> None:
    doc = read("Wealden District Council\nCabinet paper\nSince 2011 the Safer Wealden Partnership (SWP) has been "
               "the community safety partnership for the district.")
    assert ("Safer Wealden Partnership", "Wealden") in of(doc, "covers_area")
    doc = read("Blaenau Gwent County Borough Council\nSafer Blaenau Gwent Partnership Board\nNotes\nMembers agreed "
               "the new plan. In law the Board remains the community safety partnership for the county borough.")
    assert ("Safer Blaenau Gwent Partnership Board", "Blaenau Gwent") in of(doc, "covers_area")


def test_the_statutory_crime_and_disorder_partnership_for_the_borough() -> None:
    doc = read("Wigan minutes\nUnder section 5 of the Act, the Wigan Community Safety Partnership (WCSP) is the "
               "statutory crime and disorder partnership for the whole borough.")
    assert ("Wigan Community Safety Partnership", "Wigan") in of(doc, "covers_area")


def test_the_city_of_london_is_not_london() -> None:
    doc = read("Minutes\nIn May the Safer Square Mile Partnership (SSMP), the community safety partnership for "
               "the City of London, agreed its plan.")
    assert of(doc, "covers_area") == {("Safer Square Mile Partnership", "City of London")}
