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
