"""The national gazetteer (loaders/gazetteer/places*): its data matches the real structure of UK local
government, names resolve in the forms people write them, running text is scanned without mistaking words and
surnames for places, and web addresses lead to the right council or office. Every sentence here is written for
the test."""

from __future__ import annotations

from collections import Counter

import pytest

from govkg.loaders.gazetteer import places as P


def keys(entries) -> list[str]:
    return [e.key for e in entries]


def first(name: str) -> P.Entry:
    found = P.lookup(name)
    assert found, f"{name!r} not found"
    return found[0]


def found_in(text: str) -> list[tuple[str, list[str]]]:
    return [(m.match.text, keys(m.match.entries)) for m in P.scan(text)]


# --- the data is the real structure ---------------------------------------------------------------------------


def current(kind: str, nation: str | None = None) -> list[P.Entry]:
    return [e for e in P.entries() if e.kind == kind and not e.is_former and (nation is None or e.nation == nation)]


def test_counts_match_the_real_totals() -> None:
    england = Counter(e.kind for e in P.entries() if e.nation == "England" and not e.is_former
                      and e.kind in P.PRINCIPAL_KINDS)
    # England since April 2023: 21 county councils, 164 districts, 62 unitaries, 36 metropolitan boroughs,
    # 32 London boroughs, the City of London and the Isles of Scilly: 317 principal councils.
    assert england == {"county": 21, "district": 164, "unitary": 62, "metropolitan_borough": 36,
                       "london_borough": 32, "sui_generis": 2}
    assert sum(england.values()) == 317
    assert len(current("principal_area", "Wales")) == 22
    assert len(current("council_area", "Scotland")) == 32
    assert len(current("ni_district", "Northern Ireland")) == 11
    assert len([e for e in P.entries() if e.kind == "ni_district" and e.is_former]) == 25
    london = [e for e in P.entries() if isinstance(e, P.Place) and e.region == "London" and not e.is_former
              and e.kind in P.PRINCIPAL_KINDS]
    assert len(london) == 33  # 32 boroughs and the City
    assert len([e for e in current("police_force") if e.nation in ("England", "Wales")]) == 43
    assert len(current("region", "England")) == 9
    assert len(current("icb")) == 42
    assert len(current("fire_service", "England")) == 44
    assert len(current("fire_service", "Wales")) == 3
    assert len(current("health_board", "Wales")) == 7
    assert len(current("metropolitan_county")) == 6


def test_two_tier_counties_have_their_districts() -> None:
    assert len(P.districts_of("Leicestershire")) == 7
    assert len(P.districts_of("Kent")) == 12
    assert {d.name for d in P.districts_of("Suffolk")} == {"Babergh", "East Suffolk", "Ipswich", "Mid Suffolk",
                                                          "West Suffolk"}
    assert {d.name for d in P.districts_of("Suffolk", include_former=True)} >= {"Forest Heath", "Waveney"}
    assert len(P.districts_of("Greater Manchester")) == 10


def test_every_district_lies_in_a_county_that_exists() -> None:
    for e in P.entries():
        if e.kind in ("district", "metropolitan_borough"):
            county = P.place(e.county)
            assert county is not None, e.name
            assert county.kind in ("county", "ceremonial_county", "metropolitan_county", "unitary"), e.name


def test_every_english_and_welsh_council_has_a_police_force_and_office() -> None:
    for e in P.entries():
        if isinstance(e, P.Place) and e.kind in P.PRINCIPAL_KINDS and e.nation in ("England", "Wales"):
            force = P.police_force_of(e)
            assert force is not None, e.name
            if not e.is_former:
                assert P.police_office_of(e) is not None, e.name
                assert e.region is not None


def test_every_force_covers_councils_and_has_a_panel() -> None:
    for force in current("police_force"):
        if force.nation in ("England", "Wales"):
            assert force.covers, force.name
            if force.police_area != "City of London":
                assert P.get(f"panel:{P._slug(force.police_area)}") is not None, force.name


def test_former_authorities_lead_to_a_current_one() -> None:
    formers = [e for e in P.entries() if isinstance(e, P.Place) and e.is_former]
    assert len(formers) > 100
    for e in formers:
        assert e.successors, e.name
        seen = e
        for _ in range(3):  # Taunton Deane -> Somerset West and Taunton -> Somerset
            if not seen.is_former:
                break
            nexts = [P.place(s) for s in seen.successors]
            assert all(nexts), (e.name, seen.successors)
            seen = nexts[0]
        assert not seen.is_former, e.name


def test_no_name_means_two_entries_unless_it_is_declared() -> None:
    g = P._gazetteer()
    ambiguous = {key for key, target in g.index.items() if len(target.hits) > 1}
    assert ambiguous == set(g.ambiguous), "undeclared or stale ambiguity in places_rules.yaml"


def test_context_lists_name_real_bare_forms() -> None:
    g = P._gazetteer()
    for name in (*g.rules["needs_context"], *g.rules["article_only"]):
        target = g.index.get(P.norm(name))
        assert target is not None and (target.weak or target.article), name


def test_shared_web_hosts_are_only_the_known_shared_services() -> None:
    shared = {h for h, owners in P._gazetteer().hosts.items() if len(owners) > 1}
    assert shared == {"lewes-eastbourne.gov.uk", "adur-worthing.gov.uk", "bromsgroveandredditch.gov.uk",
                      "southnorfolkandbroadland.gov.uk"}


# --- lookup -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "key"), [
    ("Hammersmith & Fulham", "place:hammersmith-and-fulham"),
    ("LBHF", "place:hammersmith-and-fulham"),
    ("H&F", "place:hammersmith-and-fulham"),
    ("RBKC", "place:kensington-and-chelsea"),
    ("Kensington & Chelsea", "place:kensington-and-chelsea"),
    ("Royal Borough of Kensington and Chelsea", "place:kensington-and-chelsea"),
    ("B&NES", "place:bath-and-north-east-somerset"),
    ("BANES", "place:bath-and-north-east-somerset"),
    ("Bath & North East Somerset Council", "place:bath-and-north-east-somerset"),
    ("LB Hackney", "place:hackney"),
    ("London Borough of Hackney", "place:hackney"),
    ("leicestershire county council", "place:leicestershire"),
    ("Leics", "place:leicestershire"),
    ("Cheshire East Council", "place:cheshire-east"),
    ("St. Helens", "place:st-helens"),
    ("Saint Helens", "place:st-helens"),
    ("Kings Lynn and West Norfolk", "place:kings-lynn-and-west-norfolk"),
    ("Borough Council of King's Lynn & West Norfolk", "place:kings-lynn-and-west-norfolk"),
    ("Stoke on Trent", "place:stoke-on-trent"),
    ("Co. Durham", "place:county-durham"),
    ("Ynys Mon", "place:isle-of-anglesey"),
    ("Cyngor Gwynedd", "place:gwynedd"),
    ("Rhondda Cynon Taff", "place:rhondda-cynon-taf"),
    ("Comhairle nan Eilean Siar", "place:na-h-eileanan-siar"),
    ("Wirral MBC", "place:wirral"),
    ("Hart DC", "place:hart"),
    ("Shepway District Council", "place:folkestone-and-hythe"),
    ("the Met", "police:metropolitan-police-district"),
    ("Metropolitan Police Service", "police:metropolitan-police-district"),
    ("Heddlu Dyfed-Powys", "police:dyfed-powys"),
    ("Police and Crime Commissioner for Dyfed-Powys", "office:dyfed-powys:pcc"),
    ("Dyfed Powys PCC", "office:dyfed-powys:pcc"),
    ("Office of the Police and Crime Commissioner for Leicestershire", "office:leicestershire:pcc"),
    ("OPCC for Leicestershire", "office:leicestershire:pcc"),
    ("Essex PFCC", "office:essex:pfcc"),
    ("Police, Fire & Crime Commissioner for Northamptonshire", "office:northamptonshire:pfcc"),
    ("Staffordshire Commissioner", "office:staffordshire:pfcc"),
    ("MOPAC", "office:metropolitan-police-district:mopac"),
    ("Leicestershire Police and Crime Panel", "panel:leicestershire"),
    ("West Yorkshire Police Authority", "office:west-yorkshire:police_authority"),
    ("GMCA", "ca:greater-manchester-combined-authority"),
    ("Liverpool City Region", "ca:liverpool-city-region-combined-authority"),
    ("Sheffield City Region Combined Authority", "ca:south-yorkshire-mayoral-combined-authority"),
    ("NHS Kent and Medway Integrated Care Board", "icb:kent-and-medway"),
    ("BLMK ICB", "icb:bedfordshire-luton-and-milton-keynes"),
    ("Kent and Medway ICS", "ics:kent-and-medway"),
    ("Hywel Dda University Health Board", "health-board:hywel-dda-university-health-board"),
    ("London Fire Brigade", "fire:london-fire-brigade"),
    ("Royal Berkshire Fire Authority", "fire-authority:royal-berkshire-fire-and-rescue-service"),
    ("HMICFRS", "national:hm-inspectorate-of-constabulary-and-fire-and-rescue-services"),
    ("Her Majesty's Prison and Probation Service", "national:hm-prison-and-probation-service"),
    ("DLUHC", "national:department-for-levelling-up-housing-and-communities"),
    ("Llywodraeth Cymru", "national:welsh-government"),
])
def test_lookup_reads_the_forms_people_write(name: str, key: str) -> None:
    assert first(name).key == key


def test_lookup_of_unknown_names_is_empty() -> None:
    assert P.lookup("Atlantis District Council") == []
    assert P.lookup("Commissioner") == []  # a generic word: the reader resolves it to the document's office
    assert not P.is_place("Home Office")
    assert P.is_place("Thames Valley")


def test_ambiguous_names_return_every_reading_current_first() -> None:
    newcastle = P.lookup("Newcastle")
    assert set(keys(newcastle)) == {"place:newcastle-upon-tyne", "place:newcastle-under-lyme"}
    assert P.ambiguity_note("Newcastle")
    durham = P.lookup("Durham")
    assert keys(durham) == ["place:county-durham", "place:city-of-durham:2009"]
    assert {e.kind for e in P.lookup("West Midlands")} == {"metropolitan_county", "region"}
    assert P.match("Newcastle").ambiguous


def test_resolve_uses_the_document_context() -> None:
    assert keys(P.resolve("Newcastle", context=["Stoke-on-Trent", "Staffordshire Police"])) == [
        "place:newcastle-under-lyme"]
    assert keys(P.resolve("Newcastle", context=["Gateshead"])) == ["place:newcastle-upon-tyne"]
    assert len(P.resolve("Newcastle")) == 2  # no context: both, never a guess


def test_former_authorities_are_kept_and_marked() -> None:
    allerdale = first("Allerdale Borough Council")
    assert allerdale.is_former and allerdale.abolished == 2023 and allerdale.successors == ("Cumberland",)
    assert P.county_of(allerdale).name == "Cumbria"
    assert first("Aylesbury Vale").successors == ("Buckinghamshire",)
    assert first("Forest Heath").successors == ("West Suffolk",)
    assert first("Christchurch Borough Council").successors == ("Bournemouth, Christchurch and Poole",)
    swt = first("Somerset West and Taunton")
    assert (swt.since, swt.abolished) == (2019, 2023)
    somerset = first("Somerset")
    assert somerset.kind == "unitary" and somerset.since == 2023 and somerset.former_kind == "county"
    assert ("Somerset County Council", 2023) in somerset.former_names
    assert first("Somerset County Council").key == "place:somerset"
    cumbria = first("Cumbria")
    assert cumbria.kind == "ceremonial_county" and cumbria.council is None
    assert P.districts_of("Cumbria") == []
    assert len(P.districts_of("Cumbria", include_former=True)) == 6
    assert len(P.districts_of("North Yorkshire", include_former=True)) == 7
    assert len(P.districts_of("Northamptonshire", include_former=True)) == 7
    assert first("DCLG").is_former and first("Public Health England").abolished == 2021


# --- helpers ----------------------------------------------------------------------------------------------------


def test_county_and_police_of_a_place() -> None:
    assert P.county_of("Hart").name == "Hampshire"
    assert P.county_of("Bury").name == "Greater Manchester"
    assert P.county_of("Leicester") is None  # a unitary
    assert P.county_of("Newcastle") is None  # the readings disagree: no guess
    assert P.police_force_of("Hart").name == "Hampshire and Isle of Wight Constabulary"
    assert P.police_force_of("Rutland").name == "Leicestershire Police"
    assert P.police_force_of("Thames Valley").name == "Thames Valley Police"
    assert P.police_force_of("Ceredigion").name == "Dyfed-Powys Police"
    assert P.police_force_of("Fife").name == "Police Scotland"
    assert P.police_panel_of("Chelmsford").name == "Essex Police, Fire and Crime Panel"
    assert P.police_panel_of("Leicester").name == "Leicestershire Police and Crime Panel"


@pytest.mark.parametrize(("place", "year", "office"), [
    ("Chelmsford", 2011, "office:essex:police_authority"),
    ("Chelmsford", 2015, "office:essex:pcc"),
    ("Chelmsford", None, "office:essex:pfcc"),
    ("Bradford", 2018, "office:west-yorkshire:pcc"),
    ("Bradford", None, "office:west-yorkshire:mayor"),
    ("York", 2020, "office:north-yorkshire:pfcc"),
    ("York", None, "office:north-yorkshire:mayor"),
    ("Bury", 2015, "office:greater-manchester:pcc"),
    ("Bury", 2017, "office:greater-manchester:mayor"),
    ("Hackney", None, "office:metropolitan-police-district:mopac"),
    ("City of London", None, "office:city-of-london:city"),
    ("Sheffield", 2023, "office:south-yorkshire:pcc"),
    ("Sheffield", 2024, "office:south-yorkshire:mayor"),
    ("Corby", 2020, "office:northamptonshire:pfcc"),
])
def test_police_oversight_office_by_era(place: str, year: int | None, office: str) -> None:
    assert P.police_office_of(place, year).key == office


def test_fire_and_health_bodies_of_a_place() -> None:
    assert P.fire_service_of("Harlow").name == "Essex County Fire and Rescue Service"
    assert P.fire_service_of("Swindon").name == "Dorset and Wiltshire Fire and Rescue Service"
    assert P.fire_service_of("Allerdale").name == "Cumbria Fire and Rescue Service"  # via its successor
    service = P.fire_service_of("Reading")
    authority = P.get(service.governed_by)
    assert authority.kind == "fire_authority" and authority.name == "Royal Berkshire Fire Authority"
    assert P.get(P.fire_service_of("Oxford").governed_by).name == "Oxfordshire"
    assert P.icb_of("Harlow").name == "NHS Hertfordshire and West Essex Integrated Care Board"
    assert P.icb_of("Waverley") is None  # split between two boards


def test_places_in_an_area_or_body() -> None:
    assert len(P.places_in("London")) == 33
    assert len(P.places_in("Wales")) == 22
    assert {p.name for p in P.places_in("West Mercia")} >= {"Herefordshire", "Shropshire", "Telford and Wrekin",
                                                            "Worcestershire", "Wychavon"}
    assert len(P.places_in("GMCA")) == 10


def test_leading_areas_of_a_body_name() -> None:
    def names(body: str) -> list[str]:
        return [p.name for p in P.leading_areas(body)]

    assert names("North Devon and Torridge Community Safety Partnership") == ["North Devon", "Torridge"]
    assert names("Safer Rotherham Partnership") == ["Rotherham"]
    assert names("Bath and North East Somerset Community Safety Partnership") == ["Bath and North East Somerset"]
    assert names("Hart and Rushmoor Community Safety Partnership") == ["Hart", "Rushmoor"]
    assert names("Reading Community Safety Partnership") == ["Reading"]
    assert names("Community Safety Partnership") == []
    assert names("Prevent Board for Kent") == []


# --- scanning running text ----------------------------------------------------------------------------------------


def test_scan_minutes_attendance_style() -> None:
    text = ("Present: Cllr A Smith (Blaby District Council), Insp J Patel (Leicestershire Police), "
            "R Jones (OPCC Leicestershire) and a representative of Hinckley & Bosworth BC.")
    assert found_in(text) == [
        ("Blaby District Council", ["place:blaby"]),
        ("Leicestershire Police", ["police:leicestershire"]),
        ("OPCC Leicestershire", ["office:leicestershire:pcc"]),
        ("Hinckley & Bosworth BC", ["place:hinckley-and-bosworth"]),
    ]


def test_scan_london_style() -> None:
    text = ("The Safer Hackney Partnership brings together LB Hackney, the Met and MOPAC; RBKC and "
            "H&F share a tri-borough team with Westminster City Council.")
    assert [k for _, k in found_in(text)] == [
        ["place:hackney"], ["place:hackney"], ["police:metropolitan-police-district"],
        ["office:metropolitan-police-district:mopac"], ["place:kensington-and-chelsea"],
        ["place:hammersmith-and-fulham"], ["place:westminster"]]


def test_scan_welsh_bilingual_style() -> None:
    text = "Cyngor Sir Ceredigion / Ceredigion County Council works with Heddlu Dyfed-Powys and Cyngor Sir Penfro."
    assert [(t, k) for t, k in found_in(text)] == [
        ("Cyngor Sir Ceredigion", ["place:ceredigion"]), ("Ceredigion County Council", ["place:ceredigion"]),
        ("Heddlu Dyfed-Powys", ["police:dyfed-powys"]), ("Cyngor Sir Penfro", ["place:pembrokeshire"])]
    # the council's Welsh name is a formal name of the council, as its English one is (a Welsh name of the area,
    # "Sir Benfro", stays a place's)
    assert P.scan(text)[0].match.forms == ("formal",)


def test_scan_takes_the_longest_name() -> None:
    text = "Bath and North East Somerset Council and the Police and Crime Commissioner for Avon and Somerset met."
    assert found_in(text) == [
        ("Bath and North East Somerset Council", ["place:bath-and-north-east-somerset"]),
        ("Police and Crime Commissioner for Avon and Somerset", ["office:avon-and-somerset:pcc"]),
    ]


def test_scan_needs_context_for_ordinary_words_and_surnames() -> None:
    assert found_in("Reading the report, members agreed with Cllr Preston and John Hart.") == []
    assert found_in("Crime fell in Reading; the Hart CSP met; Bury residents were asked.") == [
        ("Reading", ["place:reading"]), ("Hart", ["place:hart"]), ("Bury", ["place:bury"])]
    assert [t for t, _ in found_in("Partners from Rother, Wealden and Hastings attended.")] == [
        "Rother", "Wealden", "Hastings"]
    assert found_in("The office is on Oxford Road near Leicester Square.") == []
    assert found_in("Hart District Council") == [("Hart District Council", ["place:hart"])]


def test_scan_the_met_and_acronyms_keep_their_case() -> None:
    assert found_in("The MPs met. We met the Met Office.") == []
    assert found_in("Officers from the Met and the MPS attended.") == [
        ("Met", ["police:metropolitan-police-district"]), ("MPS", ["police:metropolitan-police-district"])]
    assert found_in("rbkc and banes are lower case") == []


def test_scan_case_layout_and_punctuation() -> None:
    assert found_in("LEICESTERSHIRE COUNTY COUNCIL") == [("LEICESTERSHIRE COUNTY COUNCIL", ["place:leicestershire"])]
    assert found_in("Kent County council agreed.") == [("Kent County council", ["place:kent"])]
    possessive = P.scan("Leicestershire County Council's plan")
    assert possessive[0].match.text == "Leicestershire County Council"
    assert found_in("Leicestershire County\nCouncil") == [("Leicestershire County\nCouncil", ["place:leicestershire"])]
    # a full stop ends a name unless it follows an abbreviation ("St.", "Co.")
    assert [t for t, _ in found_in("We met in Hart. District councils agreed.")] == ["Hart"]
    assert found_in("St. Helens Council") == [("St. Helens Council", ["place:st-helens"])]


def test_scan_reports_former_and_ambiguous_names() -> None:
    mentions = P.scan("In 2018 Aylesbury Vale District Council and Newcastle agreed.")
    assert mentions[0].match.entry.is_former and mentions[0].match.entry.abolished == 2020
    assert mentions[1].match.ambiguous


def test_scan_offsets_slice_the_text() -> None:
    text = "Funding from the Home Office and the Youth Justice Board went to Wirral Council."
    for start, end, match in P.scan(text):
        assert text[start:end] == match.text
    assert [m.match.entry.kind for m in P.scan(text)] == ["department", "public_body", "metropolitan_borough"]


def test_mentions_of_filters_by_kind() -> None:
    text = "Kent Police, Kent County Council and the Kent Fire and Rescue Service."
    assert [m.match.text for m in P.mentions_of(text, ["police_force"])] == ["Kent Police"]


# --- web addresses ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://democracy.leicestershire.gov.uk/ieListDocuments.aspx?CId=1", ["place:leicestershire"]),
    ("www.lewes-eastbourne.gov.uk", ["place:eastbourne", "place:lewes"]),
    ("westnorthants.moderngov.co.uk", ["place:west-northamptonshire"]),
    ("https://moderngov.kirklees.gov.uk/documents", ["place:kirklees"]),
    ("https://www.westmercia-pcc.gov.uk/about", ["office:west-mercia:pcc"]),
    ("leics.pcc.police.uk", ["office:leicestershire:pcc"]),
    ("www.leics.police.uk", ["police:leicestershire"]),
    ("essex.pfcc.police.uk", ["office:essex:pfcc"]),
    ("northantspfcc.org.uk", ["office:northamptonshire:pfcc"]),
    ("westyorkshire-pcc.gov.uk", ["office:west-yorkshire:pcc"]),
    ("https://www.london.gov.uk/mopac-publications", ["office:metropolitan-police-district:mopac"]),
    ("https://www.gov.uk/government/organisations/home-office", ["national:home-office"]),
    ("www.allerdale.gov.uk", ["place:allerdale:2023"]),
    ("example.com", []),
    ("", []),
])
def test_from_host(url: str, expected: list[str]) -> None:
    assert keys(P.from_host(url)) == expected


@pytest.mark.parametrize(("url", "expected"), [
    # a council's own host label, shortened with a compass letter, on a committee system: not the county after it
    ("https://n-somerset.moderngov.co.uk/documents/s1/Report.pdf", ["place:north-somerset"]),
    ("e-lindsey.moderngov.co.uk", ["place:east-lindsey"]),
    ("s-tyneside.cmis.uk.com", ["place:south-tyneside"]),
    ("ne-lincs.moderngov.co.uk", ["place:north-east-lincolnshire"]),
    ("w-sussex.moderngov.co.uk", ["place:west-sussex"]),
    # a part of a label names the council only when the others are places or a council's filler words
    ("kent-dc.gov.uk", ["place:kent"]),
    ("somerset-wessexvale.moderngov.co.uk", []),
    ("x-dorset.moderngov.co.uk", []),
    # a hyphened label read whole before its parts: West Suffolk, not Suffolk
    ("democracy.west-suffolk.gov.uk", ["place:west-suffolk"]),
])
def test_from_host_reads_shortened_labels(url: str, expected: list[str]) -> None:
    assert keys(P.from_host(url)) == expected


def test_every_listed_host_leads_back_to_its_owner() -> None:
    for e in P.entries():
        for host in e.hosts:
            assert e in P.from_host(host), (e.name, host)


def test_bodies_named_by_pattern() -> None:
    kind, areas = P.named_by_pattern("NHS West Leicestershire CCG")
    assert kind == "ccg" and [p.name for p in areas] == ["Leicestershire"]
    kind, areas = P.named_by_pattern("Kent, Surrey and Sussex Community Rehabilitation Company")
    assert kind == "crc" and [p.name for p in areas] == ["Kent", "Surrey", "Sussex"]
    assert P.named_by_pattern("Kent County Council") is None


def test_scan_brackets_and_unknown_longer_names() -> None:
    assert found_in("The Department of Justice (Northern Ireland) wrote.") == [
        ("Department of Justice (Northern Ireland)", ["national:department-of-justice-northern-ireland"])]
    assert found_in("Blaby District Council (Chair)") == [("Blaby District Council", ["place:blaby"])]
    # a bare surname-like name followed by another capitalised word is part of a name we do not know
    assert found_in("Advice came from Boston Consulting and the Reading Festival.") == []


def test_informal_areas_and_split_boards() -> None:
    assert first("Black Country").kind == "informal_area"
    assert {p.name for p in P.places_in("Yorkshire")} >= {"Leeds", "Sheffield", "North Yorkshire"}
    assert P.icb_of("Winchester").name == "NHS Hampshire and Isle of Wight Integrated Care Board"
    assert P.icb_of("Hart").name == "NHS Frimley Integrated Care Board"
    assert P.icb_of("Hampshire") is None  # the county is split between two boards


def test_scan_any_case_reads_typed_questions() -> None:
    def read(q: str) -> list[tuple[str, str]]:
        return [(m.match.text, m.match.entry.key) for m in P.scan(q, any_case=True)]

    assert read("who chairs the csp in reading?") == [("reading", "place:reading")]
    assert read("which body oversees prevent in rbkc") == [("rbkc", "place:kensington-and-chelsea")]
    assert read("is the leicestershire pcc on the board") == [("leicestershire pcc", "office:leicestershire:pcc")]
    assert read("reading the report, we met in bury st edmunds") == []
    assert read("how many MPs attended") == []
    assert P.scan("who chairs the csp in reading?") == []  # without any_case, lower case is never a name


def test_police_area_of() -> None:
    assert P.police_area_of("Blaby") == "Leicestershire"
    assert P.police_area_of("Wychavon") == "West Mercia"
    assert P.police_area_of("Atlantis") is None


def test_police_bodies_lead_to_their_force_and_current_office() -> None:
    assert P.police_force_of("Office of the PCC for Dyfed-Powys").name == "Dyfed-Powys Police"
    nypfcc = "North Yorkshire Police, Fire and Crime Commissioner"
    assert P.police_office_of(nypfcc).key == "office:north-yorkshire:mayor"  # the office now
    assert P.police_force_of("West Midlands").name == "West Midlands Police"
    assert len(P.places_in("West Midlands")) == 7  # the county's boroughs, not the whole region
    assert len(P.places_in(P.get("region:west-midlands"))) > 7


def test_a_ceremonial_county_without_a_county_council_has_the_service_that_covers_all_of_it() -> None:
    # Berkshire's six unitary councils share one fire service; a county split between services has none
    assert P.fire_service_of("Berkshire").name == "Royal Berkshire Fire and Rescue Service"
