"""loaders/extract/clauses.py: a body named, then an aside set in commas that names its chair or the unit it
belongs to with an owner's possessive ("chaired by the Council's Director of X", "part of the county council's Y
service"), then a verb: the body before the aside acts, never the aside's post or unit. Texts written for the
test in several councils' styles; the people and bodies are invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Eastwold District Council\nCommunities Overview and Scrutiny Panel\nReport of the Community Safety Manager\n\n"


@pytest.mark.parametrize(
    "sentence, relation, subject",
    [
        # a scrutiny report's sentence: the council's officer chairs the partnership, which leads on topics
        ("The Eastwold Community Safety Partnership, chaired by the Council's Director of Place, leads on domestic "
         "abuse and serious violence.", "responsible_for", "Eastwold Community Safety Partnership"),
        # a partnership page: the team belongs to a county council's service and leads on a topic
        ("The Safer Eastwold Team, part of the county council's Communities service, leads on Prevent across the "
         "district.", "responsible_for", "Safer Eastwold Team"),
        # a governance paper: a group chaired by another body's officer reports to the partnership
        ("4.2 The Eastwold Exploitation Group, chaired by Eastwold District Council's Head of Housing, reports to "
         "the Eastwold Community Safety Partnership.", "reports_to", "Eastwold Exploitation Group"),
    ],
)
def test_the_body_before_an_owned_aside_is_the_subject(sentence: str, relation: str, subject: str) -> None:
    found = of(read(HEAD + sentence + "\n"), relation)
    assert found and {s for s, _ in found} == {subject}


def test_the_aside_still_names_the_chair() -> None:
    doc = read(HEAD + "The Eastwold Community Safety Partnership, chaired by the Council's Director of Place, "
               "leads on domestic abuse.\n")
    assert any(s.startswith("Director of Place") and o == "Eastwold Community Safety Partnership"
               for s, o in of(doc, "chairs"))
