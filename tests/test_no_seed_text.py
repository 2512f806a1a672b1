"""No sentence of the seed documents is copied into the repository (facts may carry over, sentences may not)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUN = 10  # words in a row that would make a copied sentence rather than a shared name or title


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£]+", text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_run_of_seed_words_in_tracked_files(seeds_dir: Path, eval_dir: Path) -> None:
    shingles: set[tuple[str, ...]] = set()
    for seed in seeds_dir.glob("*.txt"):
        shingles |= _shingles(_words(seed.read_text(encoding="utf-8", errors="replace")))
    # Long names (a board, a post, a consultation's title) are facts, not sentences: they may carry over.
    names = json.loads((eval_dir / "aliases.json").read_text(encoding="utf-8"))
    for canonical, variants in names.items():
        for name in (canonical, *variants):
            shingles -= _shingles(_words(name))
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                           text=True, check=True).stdout.split()
    hits = []
    for name in files:
        path = REPO / name
        if not path.is_file() or path.suffix in (".png", ".jpg", ".ico", ".whl", ".pdf", ".docx"):
            continue
        w = _words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(w) - RUN + 1):
            if tuple(w[i:i + RUN]) in shingles:
                hits.append(f"{name}: {' '.join(w[i:i + RUN])}")
                break
    assert hits == [], "seed text copied into the repository:\n" + "\n".join(hits)
