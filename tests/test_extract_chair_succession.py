"""A succession names the chair taken up ("took over as chair of the Partnership", "has taken over as vice-chair
of the Board", "became chair of the Panel"), and a person described in commas by a post and its organisation ("Jo
Lee, Area Commander at Westshire Police, took over ...") is the one who takes it, never the organisation."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://example.org/news\n\nChelmsford City Council news\n\n"


@pytest.mark.parametrize(
    "sentence, relation, expected",
    [
        ("Superintendent Ansel Corrie, Chelmsford District Commander at Essex Police, took over as chair of the "
         "Safer Chelmsford Partnership on 1 April 2025.", "chairs", ("Ansel Corrie", "Safer Chelmsford Partnership")),
        ("Bronwen Pask, the council's Director of Connected Communities, took over as chair of the Chelmsford "
         "Domestic Abuse Forum in May.", "chairs", ("Bronwen Pask", "Chelmsford Domestic Abuse Forum")),
        ("Chief Inspector Lyle Ormond has taken over as vice-chair of the Safer Chelmsford Partnership.",
         "vice_chair", ("Lyle Ormond", "Safer Chelmsford Partnership")),
        ("Cllr Ottoline Brace became chair of the Chelmsford Youth Panel in 2024.", "chairs",
         ("Ottoline Brace", "Chelmsford Youth Panel")),
    ],
)
def test_a_succession_names_the_chair(sentence: str, relation: str, expected: tuple[str, str]) -> None:
    found = of(read(HEAD + sentence + "\n"), relation)
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Superintendent Ansel Corrie, Chelmsford District Commander at Essex Police, took over as chair of the Safer "
        "Chelmsford Partnership.",
        "Bronwen Pask, the council's Director of Connected Communities, took over as chair of the Safer Chelmsford "
        "Partnership.",
        "Superintendent Ansel Corrie, Chelmsford District Commander at Essex Police, chairs the Safer Chelmsford "
        "Partnership.",
    ],
)
def test_the_organisation_in_the_apposition_chairs_nothing(sentence: str) -> None:
    chairs = {s for s, _ in of(read(HEAD + sentence + "\n"), "chairs")}
    assert not chairs & {"Essex Police", "Chelmsford City Council"}, chairs
    assert any(s in ("Ansel Corrie", "Bronwen Pask") for s in chairs), chairs
