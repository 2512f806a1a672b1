"""Papers written for a question test, stored with the facts the test says each states, and the asker over them
(the store every question test of two invented councils builds the same way)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from govkg.graph.model import Fact, SourceDocument
from govkg.loaders import content_hash
from govkg.questions import Asker


def paper(key: str, text: str, area: str, facts: Callable[[str], list[Fact]], *, doc_type: str = "report",
          date: dt.date = dt.date(2024, 6, 1)) -> SourceDocument:
    """The paper KEY of TEXT, titled by its first line, whose facts FACTS makes from its text."""
    doc = SourceDocument(
        key=key, source=f"{key}.txt", text=text, sha256=content_hash(text.encode(), "test"), loader="test",
        doc_type=doc_type, title=text.splitlines()[0], date=date, date_precision="day", area=area,
    )
    doc.facts = facts(text)
    return doc


def asker_over(tmp_path_factory: pytest.TempPathFactory, name: str, papers: list[SourceDocument]) -> Iterator[Asker]:
    """A module fixture's body: an asker over a new store of PAPERS, closed after the module's tests."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    store = LocalStore(tmp_path_factory.mktemp(name) / "store")
    ensure_vocabulary(store)
    for doc in papers:
        store.load_document(doc)
    yield Asker(store)
    store.close()


def asker_over_texts(tmp_path_factory: pytest.TempPathFactory, name: str, texts: dict[str, str]) -> Iterator[Asker]:
    """A module fixture's body: an asker over a new store of the papers TEXTS (file name -> text), each read by
    the whole loading path (extraction included), closed after the module's tests."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import load_paths

    docs = tmp_path_factory.mktemp(f"{name}_docs")
    for file_name, text in texts.items():
        (docs / file_name).write_text(text, encoding="utf-8")
    store = LocalStore(tmp_path_factory.mktemp(name) / "store")
    report = load_paths(store, [docs])
    assert report.ok, report.failures
    yield Asker(store)
    store.close()


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.ask(question).answers]


def assert_grid_answer(asker: Asker, question: str, expected: list[str], forbidden: list[str]) -> None:
    """A grid question's answers hold every EXPECTED label and no FORBIDDEN one (labels compared either way round,
    case apart: "Safer Ashcombe Partnership" is given by "the Safer Ashcombe Partnership (SAP)"); a question
    expecting nothing gets no answer at all."""
    result = asker.ask(question)
    got = [a.label for a in result.answers]

    def given(label: str) -> bool:
        return any(label.lower() in g.lower() or g.lower() in label.lower() for g in got)

    assert all(given(e) for e in expected), (got, result.interpretation)
    assert not any(given(f) for f in forbidden), (got, result.interpretation)
    if not expected:
        assert not got, (got, result.interpretation)
