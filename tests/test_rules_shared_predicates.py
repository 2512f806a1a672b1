"""The word lists two readers shared under different names, now one predicate each (s15-rules): whether a bare
post is a council's own (resolver and appositions), the ranks of the police and fire services (names.yaml), the
head nouns of money (clauses and remit) and a territorial force's short forms (the gazetteer)."""
from __future__ import annotations

import pytest

from govkg.loaders.lexicon import council_post_kind, service_rank_re


@pytest.mark.parametrize("post, kind", [
    ("Director of Public Health", "council"),
    ("Portfolio Holder for Neighbourhoods", "council"),
    ("Strategic Director of Place", "council"),
    ("Head of Licensing", "field"),
    ("Assistant Director for Housing Needs", "field"),
    # another organisation named in the post: not the council's
    ("Head of Youth Justice", None),
    ("Director of Operations, Northvale Police", None),
    ("Head of the Riverside Refuge Partnership", None),
    ("Police and Crime Commissioner for Eastshire", None),
    # a title naming no field, or a government's post: nobody's by its words alone
    ("Chief Executive", None),
    ("Minister for Policing", None),
])
def test_council_post_kind(post: str, kind: str | None) -> None:
    assert council_post_kind(post) == kind


@pytest.mark.parametrize("post, ranked", [
    ("District Commander", True),
    ("Station Manager, Westbury", True),
    ("Head of Neighbourhoods (Chief Inspector)", True),
    ("Community Safety Manager", False),
    ("Head of Inspection Services", False),
])
def test_service_ranks_come_from_names_yaml(post: str, ranked: bool) -> None:
    assert (service_rank_re().search(post) is not None) is ranked


@pytest.mark.parametrize("name, money", [
    ("Safer Streets Fund", True),
    ("the Home Office grants", True),
    ("partnership monies", True),
    ("Youth Diversion Programme", False),
    ("Fundamentals Course", False),
])
def test_one_list_of_money_heads_for_clauses_and_remit(name: str, money: bool) -> None:
    from govkg.loaders.extract.clauses import MONEY_HEAD
    from govkg.loaders.extract.remit import _MONEY_HELD

    assert (MONEY_HEAD.search(name) is not None) is money
    assert (_MONEY_HELD.search(name) is not None) is money


@pytest.mark.parametrize("text, unit, force", [
    # a board's page: the force by its initials after the officer
    ("Bolton Community Safety Partnership\n\nThe vice-chair is Superintendent Gwen Hale of GMP, who commands the "
     "Bolton BCU.\n", "Bolton Basic Command Unit", "Greater Manchester Police"),
    # minutes: the initials written as one name with the unit
    ("Wakefield District Community Safety Partnership\n\nThe WYP Wakefield BCU leads the tasking meeting.\n",
     "Wakefield Basic Command Unit", "West Yorkshire Police"),
    # a London paper: the short form with its article
    ("Safer Lewisham Partnership\n\nThe Met's South East BCU now chairs the MARAC.\n",
     "South East Basic Command Unit", "Metropolitan Police Service"),
])
def test_a_force_s_short_forms_come_from_the_gazetteer(text: str, unit: str, force: str) -> None:
    from extract_helpers import of, read

    assert (unit, force) in of(read(text), "part_of")
