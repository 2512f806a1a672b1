"""Extraction's dispatch: each rule declares the words a document must hold for it to read anything there, and
a rule is skipped only where those words are missing.

The declarations are data beside each rule (`@reads(...)`); a rule added without one must not be silently
skipped (it runs everywhere), and every rule in `rules()` must carry one, so a new rule is a decision: its
trigger words, or `@reads()` for a rule that reads every document. Skipping must never change what is read:
the same documents read with every rule run on every sentence give the same facts and entities.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from govkg.loaders.cleaning import clean
from govkg.loaders.documents import document_from_text
from govkg.loaders.extract import ExtractionDoc, is_declared, rules, trigger_words
from govkg.loaders.wordstart import FOLDS_TO_ASCII

ROOT = Path(__file__).resolve().parents[1]

# written for the test: each gated rule's wordings, in several cases, and the characters IGNORECASE folds
TEXTS = [
    "Minutes of the Safer Thanet Board held on 3 May 2023\n\n"
    "A new Chair and Vice-Chair of the Board were appointed in May - Jo Bright, Area Manager at Kent Fire "
    "and Rescue Service, and Sam Frost, Principal of East Kent College, respectively.\n",
    "Councillor Ravi Moss and Councillor Ella Thorne were elected Chairman and Vice-Chairman of the Safer "
    "Rushcliffe Partnership RESPECTIVELY.\n",
    "Portfolio Holder Report to Council - Cllr Jo Bright\n\nI am the Council's representative on the Police and "
    "Crime Panel. The Council is represented via myself as Leader of the Council.\n",
    "The Head of Housing (also the Chair of the Safer Streets Board) told Members about the new hub.\n",
    "'Connecting Families', which is a Kent County Council led initiative, supports families. Turning Point is "
    "a Council-LED programme.\n",
    "The Board reſpectively noted; İt was agreed (alſo the Chair of the Board) that K Ward be thanked.\n",
    "Decision notice of the Police and Crime Commissioner for Kent\n\nTwo partnerships work in Thanet. The Safer "
    "Thanet Partnership covers the town of Margate. The Ramsgate Community Safety Partnership covers the rest. The "
    "Commissioner is a member of BOTH partnerships.\n",
    "Minutes of the Safer Thanet Board held on 3 May 2023\n\nCllr Jo Lee will join the Board's MEMBERSHIP.\n",
    "Kent Police and Crime Commissioner\n\nDecision: PCC grants 2023\n\nThe Commissioner has agreed £10,000 to "
    "deliver the Youth Outreach Service in Thanet.\n",
]


def _examples() -> list[str]:
    out = []
    for d in sorted(ROOT.glob("examples/*/docs")):
        out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(d.iterdir())
                if p.is_file() and p.suffix == ".txt"]
    return out


def _read_all(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        doc = document_from_text("t", "t.txt", clean(text), "0" * 64)
        out.append(repr([dataclasses.astuple(f) for f in doc.facts]) + repr([dataclasses.astuple(e)
                                                                              for e in doc.entities]))
    return out


def test_every_rule_is_declared() -> None:
    missing = [f"{r.__module__}.{r.__name__}" for r in rules() if not is_declared(r)]
    assert not missing, f"declare these rules' trigger words with @reads(...), or @reads() to run everywhere: {missing}"


def test_declared_words_are_lower_case() -> None:
    for r in rules():
        words = trigger_words(r)
        assert words is None or all(w == w.lower() and w for w in words), r.__name__


def test_an_undeclared_rule_still_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def new_rule(doc: ExtractionDoc) -> None:
        seen.append(doc.text)

    import govkg.loaders.extract as E

    monkeypatch.setattr(E, "rules", lambda: [new_rule])
    document_from_text("t", "t.txt", clean("Nothing here.\n"), "0" * 64)
    assert seen


def test_holds_rules_out_only_texts_without_the_words() -> None:
    def doc(text: str) -> ExtractionDoc:
        return ExtractionDoc(text=text, meta=None, layout=None, resolver=None)  # type: ignore[arg-type]

    assert doc("The Chair and Vice-Chair RESPECTIVELY").holds(frozenset({"respectively"}))
    assert not doc("The Chair and Vice-Chair in turn").holds(frozenset({"respectively"}))
    assert not doc("respectively, then more").holds(frozenset({"respectively"}), 2, 20)
    assert doc("x respectively").holds(frozenset({"respectively"}), 2, 14)
    # IGNORECASE matches "ſ" to "s" and "İ" lowers to two characters: such a text is never ruled out
    for ch in FOLDS_TO_ASCII:
        assert doc(f"nothing {ch} here").holds(frozenset({"respectively"}))


def test_skipping_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = TEXTS + _examples()
    gated = _read_all(texts)
    monkeypatch.setattr(ExtractionDoc, "holds", lambda self, words, start=0, end=None: True)
    every = _read_all(texts)
    assert gated == every


def test_the_gated_rules_still_read_their_wordings() -> None:
    # the plain reading of each wording above is there: the gates let these sentences through
    out = [document_from_text("t", "t.txt", clean(t), "0" * 64) for t in TEXTS]
    rules_fired = {f.rule for d in out for f in d.facts}
    assert {"respectively:chair", "first_person:member", "aside:also_chair", "aside:led_initiative",
            "clause:member_of_both", "clause:joins", "service:money_to"} <= rules_fired


def test_warm_up_freezes_what_start_up_loaded_and_reads_the_same() -> None:
    import gc

    from govkg.loaders.documents import warm_up

    text = clean(TEXTS[0])
    before = _read_all([text])
    try:
        warm_up()
        assert gc.get_freeze_count() > 0
        assert _read_all([text]) == before
    finally:
        gc.unfreeze()  # the test process goes on collecting as it did
