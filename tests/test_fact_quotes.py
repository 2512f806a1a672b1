"""Every fact read from a real paper can show the text that states it: no rule may record a fact whose quote
is empty (a span written backwards by a table reader once gave such facts, shown with no evidence at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.loaders.cleaning import clean, decode
from govkg.loaders.documents import document_from_text

_REPO = Path(__file__).resolve().parent.parent


def _papers(shared_dir: Path) -> list[Path]:
    dirs = [shared_dir / "corpus" / "dev" / "docs", *sorted((_REPO / "examples").glob("*/docs"))]
    return [p for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))]


def test_every_fact_of_every_paper_quotes_its_text(shared_dir: Path) -> None:
    papers = _papers(shared_dir)
    if not papers:
        pytest.skip("no corpus beside the repository")
    empty = []
    for path in papers:
        text = clean(decode(path.read_bytes())[0])
        doc = document_from_text(path.stem, path.name, text, "0" * 64)
        empty += [(path.name, f.rule, f.relation) for f in doc.facts if not doc.text[f.start : f.end].strip()]
    assert not empty, empty[:10]
