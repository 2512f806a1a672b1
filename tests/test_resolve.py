"""loaders/resolve.py: one paper's mentions resolved to the names documents share. People keep their names
without honorifics and meet by surname; generic bodies and posts take the paper's area; "the Board" is the
meeting's own body or nothing; acronyms spell bodies the paper names."""

from __future__ import annotations

from govkg.loaders.mentions import find_mentions
from govkg.loaders.resolve import DocContext, Resolver, tidy


def resolve(text: str, **ctx) -> tuple[Resolver, list[tuple[str, tuple | None]]]:
    r = Resolver(text, DocContext(**ctx))
    out = []
    for m in find_mentions(text, 0, len(text)):
        e = r.entity(m)
        out.append((m.name, (e.kind, e.name, e.scope) if e is not None else None))
    return r, out


# -- people


def test_honorifics_and_letters_after_a_name_go_but_stay_as_aliases() -> None:
    r, got = resolve("Mr. I. D. Ould OBE spoke. Later Mr Ould agreed.", area="Halton")
    assert got[0] == ("I. D. Ould", ("person", "I. D. Ould", None))
    assert got[-1] == ("Ould", ("person", "I. D. Ould", None))  # the surname is the person named in full
    (person,) = [e for e in r.entities if e.kind == "person"]
    assert set(person.aliases) == {"Mr. I. D. Ould OBE", "Mr. I. D. Ould", "Mr Ould"}


def test_doctor_professor_sir_and_dame_stay_in_the_name() -> None:
    _, got = resolve("Dr Ada Frost welcomed Dame Joy Pike. Dr Frost thanked her.")
    assert [g[1][1] for g in got if g[1]] == ["Dr Ada Frost", "Dame Joy Pike", "Dr Ada Frost"]


def test_a_surname_shared_by_two_people_is_not_guessed() -> None:
    _, got = resolve("Cllr Ann Lee and Cllr Bo Lee attended. Cllr Lee spoke.")
    assert got[-1] == ("Lee", ("person", "Cllr Lee", None))


# -- bodies


def test_a_generic_body_takes_the_papers_area_and_two_areas_never_merge() -> None:
    wigan = Resolver("x", DocContext(area="Wigan")).body_named("Community Safety Partnership")
    york = Resolver("x", DocContext(area="York")).body_named("Community Safety Partnership")
    assert (wigan.name, york.name) == ("Wigan Community Safety Partnership", "York Community Safety Partnership")
    assert wigan.iri != york.iri
    named = Resolver("x", DocContext(area="Wigan")).body_named("Safer Sefton Partnership")
    assert named.name == "Safer Sefton Partnership"  # a name with its own place keeps it


def test_a_generic_body_with_no_known_area_keeps_its_bare_name() -> None:
    assert Resolver("x", DocContext()).body_named("Channel Panel").name == "Channel Panel"


def test_a_generic_body_keeps_the_bare_name_as_an_alias() -> None:
    r = Resolver("x", DocContext(area="Essex"))
    r.body_named("Channel Panel")
    (panel,) = r.entities
    assert panel.name == "Essex Channel Panel" and "Channel Panel" in panel.aliases


def test_a_council_written_any_way_is_one_node_with_its_usual_name() -> None:
    r = Resolver("x", DocContext(area="Solihull"))
    names = {r.body_named(n).iri for n in ("Solihull MBC", "Solihull Metropolitan Borough Council", "Solihull Council")}
    assert len(names) == 1
    assert r.body_named("Solihull MBC").name == "Solihull Council"


def test_the_council_is_the_papers_council_whatever_its_kind() -> None:
    _, got = resolve("The Council agreed. The County Council agreed.", area="Wigan", council="Wigan Council")
    assert [g[1][1] for g in got if g[1]] == ["Wigan Council", "Wigan Council"]


def test_the_council_in_a_paper_with_no_council_is_nothing() -> None:
    _, got = resolve("The Council agreed.", area=None)
    assert got == [("Council", None)]


def test_the_board_is_the_meetings_body_when_the_head_noun_fits_and_nothing_when_it_does_not() -> None:
    r = Resolver("x", DocContext(area="Sefton", body="Safer Sefton Partnership"))
    assert r.back_reference("Partnership", 0).name == "Safer Sefton Partnership"
    assert r.back_reference("Board", 0) is None


def test_the_board_is_the_last_board_named_before_it() -> None:
    text = "In May the Sefton Youth Justice Board met. Members thanked the Board."
    r = Resolver(text, DocContext(area="Sefton"))
    assert r.back_reference("Board", text.index("the Board")).name == "Sefton Youth Justice Board"
    assert r.back_reference("Panel", text.index("the Board")) is None


def test_the_partnership_board_is_the_partnership_not_the_last_board_named() -> None:
    text = ("The Safer Sefton Partnership works with the Sefton Integrated Care Board. The Partnership Board meets "
            "quarterly. Three groups report to the Board.")
    r = Resolver(text, DocContext(area="Sefton"))
    assert r.back_reference("Partnership Board", text.index("Partnership Board")).name == "Safer Sefton Partnership"
    r.body = r.body_named("Safer Sefton Partnership")
    assert r.back_reference("Board", text.index("the Board")).name == "Safer Sefton Partnership"


def test_a_post_owned_by_a_named_body_is_that_bodys_post() -> None:
    _, out = resolve("The group is chaired by Sefton Council's Head of Safeguarding.", area="Sefton")
    posts = [e for _, e in out if e is not None and e[0] == "post"]
    assert posts and posts[0][1] == "Head of Safeguarding, Sefton Council"


def test_a_board_named_at_the_start_of_a_sentence_is_found_again() -> None:
    text = "The Sefton Youth Justice Board met in May. Members thanked the Board."
    found = Resolver(text, DocContext(area="Sefton")).back_reference("Board", text.index("the Board"))
    assert found is not None and found.name == "Sefton Youth Justice Board"


def test_an_acronym_defined_by_the_paper_is_an_alias_of_its_body() -> None:
    r = Resolver("x", DocContext(area="Sefton"))
    board = r.body_named("Sefton Safeguarding Adults Board", "SSAB")
    assert r.acronym("SSAB") is board
    assert r.body_named("SSAB") is board
    assert "SSAB" in next(e for e in r.entities if e.iri == board.iri).aliases


def test_an_undefined_acronym_spells_a_body_the_paper_named() -> None:
    r = Resolver("x", DocContext(area="York"))
    partnership = r.body_named("Safer York Partnership")
    assert r.acronym("SYP").iri == partnership.iri


def test_two_letters_spell_no_name() -> None:
    r, _ = resolve("The Community Safety Manager spoke.", area="Sefton")
    assert r.acronym("CS") is None


def test_an_acronym_of_the_councils_name_is_the_council() -> None:
    r = Resolver("x", DocContext(area="York", council="City of York Council"))
    assert r.acronym("CYC").name == "City of York Council"


def test_a_place_acronym_before_a_known_acronym_is_that_places_body() -> None:
    r = Resolver("x", DocContext(area="South Lakeland", places=("South Lakeland",)))
    assert r.acronym("SLCSP").name == "South Lakeland Community Safety Partnership"


def test_national_acronyms_and_unknown_ones() -> None:
    r = Resolver("x", DocContext(area="York"))
    assert r.acronym("CSP").name == "York Community Safety Partnership"
    assert r.acronym("ASB").name == "Anti-Social Behaviour" and r.acronym("ASB").kind == "topic"
    assert r.acronym("ZQX") is None


# -- posts


def test_the_councils_own_posts_name_the_council() -> None:
    _, got = resolve("Leader of the Council. Chief Executive of the Council.", area="Halton",
                     council="Halton Borough Council")
    assert [g[1][1] for g in got] == ["Leader of Halton Borough Council", "Chief Executive of Halton Borough Council"]


def test_generic_posts_are_scoped_by_area_so_two_councils_directors_differ() -> None:
    halton = Resolver("x", DocContext(area="Halton")).post_named("Director of Public Health")
    wigan = Resolver("x", DocContext(area="Wigan")).post_named("Director of Public Health")
    assert halton.name == wigan.name == "Director of Public Health"
    assert halton.iri != wigan.iri


def test_a_commissioner_is_named_after_the_force_area() -> None:
    r = Resolver("x", DocContext(area="Solihull", police_area="West Midlands"))
    assert r.post_named("Police and Crime Commissioner").name == "West Midlands Police and Crime Commissioner"
    _, got = resolve("The PCC agreed.", area="Solihull", police_area="West Midlands")
    assert got == [("PCC", ("post", "West Midlands Police and Crime Commissioner", None))]


def test_the_commissioner_alone_is_the_areas_commissioner_in_a_commissioners_paper() -> None:
    text = "Police and Crime Commissioner decision. The Commissioner approved the grant."
    _, got = resolve(text, area="Lancashire", police_area="Lancashire")
    assert got[-1] == ("Commissioner", ("post", "Lancashire Police and Crime Commissioner", None))


def test_one_commissioner_written_three_ways_is_one_node() -> None:
    text = ("the Police and Crime Commissioner for Lancashire; the Lancashire Police and Crime Commissioner; "
            "the PCC")
    r = Resolver(text, DocContext(area="Lancashire", police_area="Lancashire"))
    assert len({r.entity(m).iri for m in find_mentions(text, 0, len(text))}) == 1


# -- topics


def test_topics_resolve_to_the_schemes_concepts_by_any_label() -> None:
    r = Resolver("x", DocContext())
    asb = r.topic("anti-social behaviour")
    assert (asb.name, asb.iri) == ("Anti-Social Behaviour", "https://w3id.org/govkg/id/topic/anti-social-behaviour")
    assert r.topic("ASB").iri == asb.iri
    other = r.topic("bicycle theft")
    assert other.name == "Bicycle theft" and other.iri_override is None


def test_tidy_normalises_spaces_apostrophes_and_edge_punctuation() -> None:
    assert tidy("  Safer   Halton’s Board , ") == "Safer Halton's Board"
    assert tidy("- Youth Forum -") == "Youth Forum"


def test_a_london_papers_commissioner_is_no_london_pcc() -> None:
    # London's force has never had a police and crime commissioner (MOPAC holds the functions): none is made up
    from extract_helpers import of, read

    chairs = of(read("London Borough of Camden\n\nThe Safer Camden Partnership is chaired by the Police and Crime "
                     "Commissioner.\n"), "chairs")
    assert chairs and not any("London" in s or "Metropolitan" in s for s, _ in chairs), chairs
    kent = of(read("Kent County Council\n\nThe Safer Kent Partnership is chaired by the Police and Crime "
                   "Commissioner.\n"), "chairs")
    assert ("Kent Police and Crime Commissioner", "Safer Kent Partnership") in kent, kent


def test_the_post_a_paper_named_with_its_organisation_is_the_one_meant_later() -> None:
    from extract_helpers import of, read

    doc = read("Minutes of the Safer Ashfield Partnership meeting\n\nPresent:\nRhona Pell - Head of Community "
               "Safety, Ashfield District Council (Chair)\n\n1. Sub-groups\nThe Ashfield Prevent Group is chaired by "
               "the Head of Community Safety.\n")
    assert ("Head of Community Safety, Ashfield District Council", "Ashfield Prevent Group") in of(doc, "chairs")


DEFINED = """Source: https://www.ashford.gov.uk/csp/terms

ASHFORD COMMUNITY SAFETY PARTNERSHIP

TERMS OF REFERENCE

1. The Ashford Strategic Executive Group ("the Board") leads the partnership. The Kent Reducing Reoffending Board
meets quarterly.

2. The Board is chaired by the Director of Place of Ashford Borough Council.
"""


def test_a_drafters_definition_outranks_the_last_body_with_that_head() -> None:
    from extract_helpers import of, read

    chairs = of(read(DEFINED), "chairs")
    assert {b for _, b in chairs} == {"Ashford Strategic Executive Group"}


def test_a_commissioner_written_for_the_force_is_the_force_areas_commissioner() -> None:
    # "... Commissioner for Dyfed Powys Police" names the force, not a place: still the Dyfed-Powys office, one
    # node with "the Commissioner" of the same paper
    for force, area, police in (("Dyfed Powys Police", "Powys", "Dyfed-Powys"), ("Gwent Police", "Newport", "Gwent"),
                                ("Kent Police", "Medway", "Kent")):
        text = f"Mr Ifor Pennant, Police and Crime Commissioner for {force}, spoke. The Commissioner agreed to fund it."
        r, _ = resolve(text, area=area, police_area=police)
        posts = {e.name for e in r.entities if e.kind == "post"}
        assert posts == {f"{police} Police and Crime Commissioner"}, (force, posts)


def test_every_form_of_a_commissioners_title_is_one_post() -> None:
    text = ("The Kent PCC spoke. The PCC for Kent agreed. The Police and Crime Commissioner for Kent signed. "
            "The Commissioner thanked the panel.")
    r, got = resolve(text, area="Medway", police_area="Kent")
    assert {g[1][1] for g in got if g[1] and g[1][0] == "post"} == {"Kent Police and Crime Commissioner"}, got


def test_every_form_of_a_commissioners_office_is_one_body_apart_from_the_post() -> None:
    # the office employs staff who do not hold the commissioner's post, so it stays a node of its own
    text = ("The Office of the Police and Crime Commissioner for Kent funds the scheme. The Kent OPCC agreed. "
            "The Office of the Kent Police and Crime Commissioner wrote. The OPCC will report. The Kent PCC spoke.")
    r, got = resolve(text, area="Medway", police_area="Kent")
    bodies = {g[1][1] for g in got if g[1] and g[1][0] == "body"}
    assert bodies == {"Office of the Police and Crime Commissioner for Kent"}, got
    assert ("Kent PCC", ("post", "Kent Police and Crime Commissioner", None)) in got


def test_a_post_in_an_office_keeps_the_offices_other_names() -> None:
    text = ("Ffion Rowe, Office of the Police and Crime Commissioner for Gwent, and the Office of the Gwent Police "
            "and Crime Commissioner.")
    r = Resolver(text, DocContext(area="Newport", police_area="Gwent"))
    office = r.body_named("Office of the Gwent Police and Crime Commissioner")
    post = r.post_named(f"Head of Partnerships, {office.name}")
    (rec,) = [e for e in r.entities if e.name == post.name]
    assert "Head of Partnerships, Office of the Gwent Police and Crime Commissioner" in rec.aliases


def test_an_unnamed_office_in_a_london_paper_is_no_commissioners() -> None:
    _, got = resolve("The OPCC funds the project.", area="Camden", police_area="Metropolitan Police")
    assert not any(g[1] and "Commissioner for" in g[1][1] for g in got), got


def test_the_county_council_in_a_district_paper_is_the_countys() -> None:
    text = "The County Council funds the scheme. The Council agreed."
    r, got = resolve(text, area="Hart", council="Hart District Council")
    assert ("County Council", ("body", "Hampshire County Council", None)) in got, got
    assert ("Council", ("body", "Hart District Council", None)) in got, got
    # a unitary's own council is its county's; an unknown district's county is nobody known
    _, got = resolve("The County Council agreed.", area="Cornwall", council="Cornwall Council")
    assert ("County Council", ("body", "Cornwall Council", None)) in got, got
    _, got = resolve("The County Council agreed.", area="Ostmere", council="Ostmere District Council")
    assert ("County Council", None) in got, got


def test_a_commissioner_for_the_papers_own_police_area_is_one_post_when_the_gazetteer_does_not_know_it() -> None:
    text = "The Police and Crime Commissioner for Wealdmoor spoke. The Commissioner agreed."
    r, _ = resolve(text, area="Wealdmoor", police_area="Wealdmoor")
    assert {e.name for e in r.entities if e.kind == "post"} == {"Wealdmoor Police and Crime Commissioner"}


def _funders(text: str) -> set[str]:
    from extract_helpers import of, read

    return {s for s, _ in of(read(text), "funds")}


def test_the_csp_is_the_body_the_paper_says_is_its_community_safety_partnership() -> None:
    for statement in ("The Safer Rotherham Partnership (the borough's CSP) met in May.",
                      "The Safer Rotherham Partnership, the community safety partnership for the borough, met.",
                      "The Safer Rotherham Partnership is the statutory Community Safety Partnership for Rotherham."):
        text = (f"Rotherham Council\n\n{statement} The CSP funds the Street Pastors. "
                "The Rotherham Community Safety Partnership funds the Herringthorpe Youth Project.\n")
        assert _funders(text) == {"Safer Rotherham Partnership"}, (statement, _funders(text))


def test_another_areas_partnership_or_two_claimants_say_nothing_of_the_csp() -> None:
    other = "The Safer Sheffield Partnership is the Community Safety Partnership for Sheffield."
    r = Resolver(other, DocContext(area="Rotherham"))
    assert r.body_named("Community Safety Partnership").name == "Rotherham Community Safety Partnership"
    two = ("The Safer Rotherham Partnership (the CSP) met. The Rotherham Together Board is the CSP for "
           "Rotherham.")
    r = Resolver(two, DocContext(area="Rotherham"))
    assert r.body_named("Community Safety Partnership").name == "Rotherham Community Safety Partnership"


def test_a_place_written_by_its_initials_is_spelt_out() -> None:
    text = ("The East Kent Community Safety Partnership met. The EK Hate Crime Forum reported, and the East Kent "
            "Hate Crime Forum agreed. The EK Analyst Service presented.")
    r = Resolver(text, DocContext(area="Canterbury"))
    assert r.body_named("EK Hate Crime Forum").name == "East Kent Hate Crime Forum"
    assert r.body_named("East Kent Hate Crime Forum").name == "East Kent Hate Crime Forum"
    analysts = r.body_named("EK Analyst Service")
    assert analysts.name == "East Kent Analyst Service"
    assert "EK Analyst Service" in next(e for e in r.entities if e.name == analysts.name).aliases
    # initials no place of the paper spells, or a known acronym, stay as written
    assert r.body_named("WM Youth Forum").name == "WM Youth Forum"
    assert r.body_named("NHS Kent Trust").name.startswith("NHS ")


def test_the_partnership_board_written_after_a_lower_case_article_is_the_papers_own_partnership() -> None:
    from extract_helpers import of, read

    doc = read("Source: https://www.flintshire.gov.uk/x\n\nFlintshire and Wrexham Community Safety Partnership\n\n"
               "TERMS OF REFERENCE\n\n5.1 The following groups are sub-groups of the Partnership Board:\n\n"
               "   - the Youth Nuisance Group;\n   - the Drug Harm Group.\n")
    owners = {o for _, o in of(doc, "subgroup_of")}
    assert owners == {"Flintshire and Wrexham Community Safety Partnership"}


def test_a_generic_body_is_also_known_by_the_area_as_the_paper_writes_it_in_names() -> None:
    # the paper writes its area "Luton Borough" before names, so the generic board has that form too
    text = "The Youth Offending Board reports to the Luton Borough Safeguarding Partnership."
    r, got = resolve(text, area="Luton", council="Luton Borough Council")
    board = next(e for e in r.entities if e.name == "Luton Youth Offending Board")
    assert "Luton Borough Youth Offending Board" in board.aliases
    # a paper that never writes the longer form gives no such alias
    r, _ = resolve("The Youth Offending Board met.", area="Luton", council="Luton Borough Council")
    board = next(e for e in r.entities if e.name == "Luton Youth Offending Board")
    assert not any("Borough" in a for a in board.aliases)


def test_an_article_opening_a_sentence_does_not_hide_the_years_a_paper_gives_its_strategy() -> None:
    text = ("The county's first Knife Crime Strategy was agreed today.\n"
            "The Knife Crime Strategy 2025-2028 is on the council's website.\n")
    r = Resolver(text, DocContext(area="Rutland", council="Rutland County Council"))
    assert r._dated("Knife Crime Strategy").name == "Knife Crime Strategy 2025-2028"
    # another place's strategy named with its years says nothing of this one's
    r = Resolver("Our Knife Crime Strategy follows the Leicester Knife Crime Strategy 2023-2026.\n",
                 DocContext(area="Rutland"))
    assert r._dated("Knife Crime Strategy") is None
