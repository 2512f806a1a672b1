"""A post written with its organisation after "of", "for" or "at" is also known as the post written with the
organisation after a comma or in brackets ("District Commander, Westshire Police"), the usual way a post is
named with its employer; a field after "of" ("Director of Public Health") is no employer."""

from __future__ import annotations

import pytest
from extract_helpers import read


def _names(text: str, relation: str, subject: str) -> set[str]:
    doc = read(text)
    found = [f.object for f in doc.facts if f.relation == relation and f.subject.name == subject]
    assert found, sorted((f.subject.name, f.relation, f.object.name if f.object else "") for f in doc.facts)
    return {n for o in found for e in doc.entities if e.iri == o.iri for n in (e.name, *e.aliases)}


@pytest.mark.parametrize(
    "text, relation, subject, expected",
    [
        # a news release's apposition
        ("Lanchester Borough Council news\n\nSuperintendent Idris Fenwake, Lanchester Commander for Northumbria "
         "Police, said the figures were encouraging.\n",
         "holds_post", "Idris Fenwake", "Lanchester Commander, Northumbria Police"),
        # a partnership plan's holder after the post
        ("Torbay Combating Drugs Partnership plan\n\nThe vice-chair is the Torbay District Commander of Devon and "
         "Cornwall Police, currently Superintendent Maeve Hollins.\n",
         "holds_post", "Maeve Hollins", "Torbay District Commander (Devon and Cornwall Police)"),
        # a sub-group's chair, a post with no holder named
        ("Safer Thurrock Partnership annual report\n\nThe Treatment Group is chaired by the Service Director of "
         "Riverside Recovery Partnership.\n",
         "chairs", "Service Director of Riverside Recovery Partnership",
         "Service Director, Riverside Recovery Partnership"),
    ],
)
def test_the_post_is_known_with_its_organisation_after_a_comma(text: str, relation: str, subject: str,
                                                                expected: str) -> None:
    if relation == "chairs":
        doc = read(text)
        chairs = [f.subject for f in doc.facts if f.relation == "chairs"]
        names = {n for s in chairs for e in doc.entities if e.iri == s.iri for n in (e.name, *e.aliases)}
    else:
        names = _names(text, relation, subject)
    assert expected in names, names


def test_a_field_after_of_is_no_organisation() -> None:
    from govkg.loaders.resolve import _of_organisation_forms

    assert _of_organisation_forms("Director of Public Health") == ()
    assert _of_organisation_forms("Head of Community Safety") == ()
    assert _of_organisation_forms("Cabinet Member for Communities") == ()
