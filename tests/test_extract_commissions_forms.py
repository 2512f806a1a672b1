"""Commissioning written in the forms councils use that the older rules misread or missed: a relative clause
("the Board, which commissions ..."), a participle after the service ("the outreach service commissioned by the
Council"), and the body a service is bought through, which is not what is bought."""

from __future__ import annotations

from extract_helpers import read


def commissions(doc) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "commissions"}


def test_a_relative_clause_names_who_commissions() -> None:
    doc = read("Conwy County Borough Council\n\nThe North Wales Area Planning Board, which commissions treatment "
               "services across the region, met in March.\n")
    assert ("North Wales Area Planning Board", "Treatment services") in commissions(doc)


def test_a_service_commissioned_by_the_council_keeps_its_joined_words() -> None:
    doc = read("Swindon Borough Council\n\nSwindon Women's Aid runs the refuge and outreach service commissioned by "
               "Swindon Borough Council.\n")
    got = commissions(doc)
    assert ("Swindon Borough Council", "Refuge and outreach service") in got
    assert ("Swindon Borough Council", "Swindon Women's Aid") not in got


def test_a_service_after_a_quoted_name_is_not_cut_short() -> None:
    doc = read('Kirklees Council\n\nThe "Safe Steps" schools programme delivered by Calder Learning Trust reached '
               "40 schools.\n")
    assert not any(obj == "Schools programme" for _, obj in
                   {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "delivers"})


def test_the_body_a_service_is_bought_through_is_not_bought() -> None:
    doc = read("Wigan Council\n\nThe Wigan Domestic Abuse Partnership Board commissions refuge accommodation "
               "through Wigan Council.\n")
    assert ("Wigan Domestic Abuse Partnership Board", "Wigan Council") not in commissions(doc)


def test_commission_and_conduct_share_the_object() -> None:
    doc = read("Terms of Reference of the Safer Hastings Partnership\n\nThe Partnership will:\n- agree the "
               "partnership plan;\n- commission and conduct Domestic Homicide Reviews;\n")
    got = commissions(doc)
    assert any(obj.endswith("Domestic Homicide Reviews") for _, obj in got)
    assert not any(obj.lower().startswith("and conduct") for _, obj in got)


def test_services_in_a_place_commissioned_by_a_board() -> None:
    doc = read("Wrexham County Borough Council\n\nSubstance misuse services in Wrexham are commissioned by the "
               "North Wales Area Planning Board.\n")
    got = commissions(doc)
    assert len(got) == 1
    who, what = next(iter(got))
    assert who == "North Wales Area Planning Board" and what.endswith("Substance misuse services")
