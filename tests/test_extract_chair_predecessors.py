"""Who held a chair before: "She succeeds Cllr Sam Reed", "..., who took over from Cllr Sam Reed", "has taken over
as vice-chair of X from Supt Sam Reed" give the predecessor the same chair of the same body, as a former chair."""

from __future__ import annotations

import pytest
from extract_helpers import fact, of, read

HEAD = "Source: https://example.org/page\n\nColchester City Council\n\n"


@pytest.mark.parametrize(
    "text, relation, predecessor, body",
    [
        ("Cllr Petra Vance was appointed chair of the Safer Colchester Partnership in May 2025. She succeeds Cllr "
         "Rowan Tate, who stood down.", "chairs", "Rowan Tate", "Safer Colchester Partnership"),
        ("Since June 2024 the Colchester Youth Panel has been chaired by Mrs Ines Holloway, who took over from "
         "Cllr Amos Reddy.", "chairs", "Amos Reddy", "Colchester Youth Panel"),
        ("Chief Inspector Lorna Beck has taken over as vice-chair of the Safer Colchester Partnership from "
         "Inspector Dale Wren.", "vice_chair", "Dale Wren", "Safer Colchester Partnership"),
    ],
)
def test_the_predecessor_held_the_same_chair(text: str, relation: str, predecessor: str, body: str) -> None:
    doc = read(HEAD + text + "\n")
    assert (predecessor, body) in of(doc, relation), of(doc, relation)
    assert fact(doc, predecessor, relation, body).qualifier == "former"


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence is about someone else: no pronoun takes it back to the chair
        "Cllr Petra Vance was appointed chair of the Safer Colchester Partnership. The new hub succeeds Hollow "
        "Lane Centre.",
        # what is replaced is no person
        "Cllr Petra Vance was appointed chair of the Safer Colchester Partnership, replacing the Safer Colchester "
        "Forum.",
    ],
)
def test_no_person_succeeded_no_former_chair(text: str) -> None:
    doc = read(HEAD + text + "\n")
    assert not [f for f in doc.facts if f.rule == "aside:predecessor"], of(doc, "chairs")
