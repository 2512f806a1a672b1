"""A noun that ends a name the question writes in capitals ("the Safer Streets Fund", "the Annual Report", "the
Harbour Lead") is part of that name, not the relation's word ("fund", "report", "lead"): "What does the Safer
Streets Fund focus on?" does not ask whom anyone funds. Written lower case, or alone, the word is still read."""

from __future__ import annotations

import pytest

from govkg.questions.engine import _phrase
from govkg.questions.lexicon import normalise


def _relations(question: str, linked: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The relations the question's words are read as, with LINKED names standing as '_' (as the engine does)."""
    free = normalise(question)
    for name in linked:
        free = free.replace(normalise(name), "_")
    words = question.split()
    names = {t for w in words[1:] if w[0].isupper() for t in normalise(w).split()}
    phrase, _ = _phrase(free, None, names)
    return phrase.relations if phrase is not None else ()


@pytest.mark.parametrize("question, linked", [
    # a grant scheme's name
    ("What does Round 3 of the Home Office Safer Streets Fund focus on?", ("Home Office",)),
    # a council's own fund, with the place linked
    ("Which projects did the Orrinford Community Fund choose this year?", ("Orrinford",)),
    # a named report whose last word is a kind of paper
    ("What did the Tallowby Strategic Assessment Annual Report find?", ("Tallowby",)),
])
def test_a_capitalised_name_s_noun_is_no_relation_word(question, linked):
    assert "funds" not in _relations(question, linked)
    assert "reports_to" not in _relations(question, linked)


@pytest.mark.parametrize("question, linked, relation", [
    ("Who does the Home Office fund in Orrinford?", ("Home Office", "Orrinford"), "funds"),
    ("Which body does the Tallowby Hate Crime Group report to?", ("Tallowby Hate Crime Group",), "reports_to"),
    ("Who Funds the Kestermoor Youth Offending Service?", ("Kestermoor Youth Offending Service",), "funds"),
])
def test_the_word_written_as_a_verb_is_still_read(question, linked, relation):
    assert relation in _relations(question, linked)
