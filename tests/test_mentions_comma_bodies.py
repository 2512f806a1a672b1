"""loaders/mentions.py: a public body whose name holds a comma ("Ministry of Housing, Communities and Local
Government", an Integrated Care Board named for several places) is one mention, not two cut at the comma."""

from __future__ import annotations

from govkg.loaders.mentions import find_mentions


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]


def test_a_department_named_with_a_comma_is_one_body() -> None:
    text = "The Council received £250,000 from the Department for Levelling Up, Housing and Communities in 2023."
    assert ("body", "Department for Levelling Up, Housing and Communities") in _names(text)
    assert ("name", "Housing and Communities") not in _names(text)


def test_an_integrated_care_board_of_several_places_is_one_body() -> None:
    text = "Partners are Swindon Borough Council and NHS Bath and North East Somerset, Swindon and Wiltshire " \
           "Integrated Care Board."
    found = _names(text)
    assert ("body", "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board") in found
    assert not any(name in ("NHS Bath", "North East Somerset, Swindon and Wiltshire Integrated Care Board")
                   for _, name in found)


def test_an_office_with_a_comma_is_still_an_office() -> None:
    text = "The grant came from the Staffordshire Commissioner for Police, Fire & Rescue and Crime."
    assert all(kind != "body" or "Commissioner" not in name for kind, name in _names(text))


def test_a_list_of_bodies_keeps_its_commas() -> None:
    text = "Members are Leeds City Council, West Yorkshire Police, and Leeds Teaching Hospitals."
    names = [n for _, n in _names(text)]
    assert "Leeds City Council" in names and "West Yorkshire Police" in names


def test_a_plan_named_for_the_place_it_serves_is_a_publication() -> None:
    text = "The work follows the Community Safety Strategy for Rotherham 2022-25 and the Plan for Jobs."
    found = _names(text)
    assert ("publication", "Community Safety Strategy for Rotherham 2022-25") in found
    assert ("publication", "Plan for Jobs") not in found


def test_an_acronym_spelt_out_in_brackets_is_the_organisation() -> None:
    text = "The Commissioner has awarded £30,000 to STAR (Support, Training, Advocacy and Recovery) for 2024/25."
    found = _names(text)
    assert ("body", "STAR") in found
    assert not any(name in ("Support", "Training", "Advocacy and Recovery") for _, name in found)


def test_a_bracket_that_does_not_spell_the_acronym_is_left_alone() -> None:
    text = "Funding went to ACE (Hull and East Riding) this year."
    assert ("body", "ACE") not in _names(text)
