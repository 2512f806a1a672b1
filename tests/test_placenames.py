"""loaders/placenames.py: the small questions extraction asks of the national gazetteer (is this a place,
which council is this, which force covers it, who owns this web address)."""

from __future__ import annotations

import pytest

from govkg.loaders import placenames as p


@pytest.mark.parametrize(
    "name, council",
    [("Solihull MBC", "Solihull Council"), ("Hart District Council", "Hart District Council"),
     ("Wirral MBC", "Wirral Council"), ("Solihull", None), ("Safer Hart Partnership", None)],
)
def test_council_named_gives_the_usual_name_of_a_council_in_any_written_form(name: str, council) -> None:
    assert p.council_named(name) == council


def test_a_place_is_not_its_council() -> None:
    assert p.is_place("Solihull") and p.is_place("Bath and North East Somerset")
    assert not p.is_place("Solihull Council") and not p.is_place("Partnership")


@pytest.mark.parametrize("written, place", [("B&NES", "Bath and North East Somerset"),
                                            ("RBKC", "Kensington and Chelsea"), ("LB Hackney", "Hackney"),
                                            ("Cheshire East", "Cheshire East")])
def test_short_forms_of_places_have_their_canonical_name(written: str, place: str) -> None:
    assert p.canonical_place(written) == place


def test_leading_place_is_the_place_a_name_starts_with() -> None:
    assert p.leading_place("Wigan Youth Offending Team") == "Wigan"
    assert p.leading_place("Safer Halton Partnership") is None  # the place is inside, not in front


def test_public_bodies_are_known_by_their_gazetteer_names() -> None:
    assert p.public_body("Merseyside Police") == p.public_body("Home Office") == "body"
    assert p.public_body("Safer Halton Partnership") is None
    assert p.known_body_name("Wirral MBC") == "Wirral Council"


@pytest.mark.parametrize("area, force", [("Wirral", "Merseyside"), ("Merseyside", "Merseyside"), (None, None),
                                         ("Nowhere", None)])
def test_police_area_is_the_force_area_covering_an_area(area, force) -> None:
    assert p.police_area(area) == force


def test_web_addresses_name_their_council_or_force() -> None:
    assert p.council_from_host("https://democracy.wirral.gov.uk/ieListMeetings.aspx") == ("Wirral Council", "Wirral")
    assert p.body_from_host("https://www.merseyside.police.uk/news") == "Merseyside Police"
    assert p.council_from_host("not a web address") is None and p.body_from_host("https://www.example.org") is None


def test_council_of_an_area_and_no_council_for_a_county_without_one() -> None:
    assert p.council_of("Wirral") == "Wirral Council"
    assert p.council_of("Merseyside") is None and p.council_of(None) is None


def test_scan_places_finds_each_place_with_its_offsets() -> None:
    text = "Officers from Wirral and Sefton met in Liverpool."
    assert [(text[a:b], name) for a, b, name in p.scan_places(text)] == [
        ("Wirral", "Wirral"), ("Sefton", "Sefton"), ("Liverpool", "Liverpool")]


def test_an_acronym_means_the_local_body_of_the_area_it_is_read_in() -> None:
    assert p.local_body("SYP", "Sheffield", "South Yorkshire") == "South Yorkshire Police"
    assert p.local_body("SYP", "York", "North Yorkshire") is None  # in York, SYP is not South Yorkshire Police
    assert p.local_body("MoJ", None, None) == "Ministry of Justice"


def test_commissioner_offices_by_area() -> None:
    assert p.police_office_name("Merseyside", "Police and Crime Commissioner") == (
        "Police and Crime Commissioner for Merseyside")
    # Essex's commissioner also runs fire: a plain PCC there is not that office
    assert p.police_office_name("Essex", "Police and Crime Commissioner") is None
    assert p.police_office_name("Essex", "Police, Fire and Crime Commissioner") == (
        "Police, Fire and Crime Commissioner for Essex")
    assert p.police_office_name("Merseyside", "Deputy Police and Crime Commissioner") is None
    assert p.police_office_body("Camden") == "Mayor's Office for Policing and Crime"
    assert p.police_office_body("Wirral") is None
