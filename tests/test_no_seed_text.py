"""No sentence of the seed documents or of the development corpus is copied into the repository (facts and
names may carry over, sentences may not). Each guard reads the texts from ../shared and skips when absent."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUN = 10  # words in a row that would make a copied sentence rather than a shared name or title
_WORD = re.compile(r"[a-z0-9£]+")
_SKIP_SUFFIXES = (".png", ".jpg", ".ico", ".whl", ".pdf", ".docx")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _name_shingles(aliases_files: list[Path]) -> set[tuple[str, ...]]:
    """Runs of words inside names (a board, a post, a consultation's title): facts, allowed to carry over."""
    out: set[tuple[str, ...]] = set()
    for path in aliases_files:
        for canonical, variants in json.loads(path.read_text(encoding="utf-8")).items():
            for name in (canonical, *variants):
                out |= _shingles(_words(name))
    return out


def _copied_runs(shingles: set[tuple[str, ...]]) -> list[str]:
    """'file:line: the words' for the first copied run of each tracked (or new, unignored) file."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                           text=True, check=True).stdout.split()
    hits = []
    for name in files:
        path = REPO / name
        if not path.is_file() or path.suffix in _SKIP_SUFFIXES:
            continue
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        found = list(_WORD.finditer(text))
        words = [m.group(0) for m in found]
        for i in range(len(words) - RUN + 1):
            if tuple(words[i:i + RUN]) in shingles:
                line = text.count("\n", 0, found[i].start()) + 1
                hits.append(f"{name}:{line}: {' '.join(words[i:i + RUN])}")
                break
    return hits


def test_no_run_of_seed_words_in_tracked_files(seeds_dir: Path, eval_dir: Path) -> None:
    shingles: set[tuple[str, ...]] = set()
    for seed in seeds_dir.glob("*.txt"):
        shingles |= _shingles(_words(seed.read_text(encoding="utf-8", errors="replace")))
    shingles -= _name_shingles([eval_dir / "aliases.json"])
    hits = _copied_runs(shingles)
    assert hits == [], "seed text copied into the repository:\n" + "\n".join(hits)


def test_no_run_of_development_corpus_words_in_tracked_files(corpus_dir: Path) -> None:
    docs = sorted((corpus_dir / "docs").glob("*.txt"))
    assert docs, "the development corpus has no documents"
    shingles: set[tuple[str, ...]] = set()
    for doc in docs:
        text = doc.read_text(encoding="utf-8", errors="replace")
        if text.startswith("Source:"):
            text = text.split("\n", 1)[1] if "\n" in text else ""  # the web address is a reference, not text
        shingles |= _shingles(_words(text))
    shingles -= _name_shingles([corpus_dir / "aliases.json", *sorted((corpus_dir / "parts").glob("*_aliases.json"))])
    hits = _copied_runs(shingles)
    assert hits == [], "development corpus text copied into the repository:\n" + "\n".join(hits)
