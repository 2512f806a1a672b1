"""The layout of an evaluation corpus: documents in `docs/`, and for each part its gold facts, questions and
aliases in `parts/` (`<part>_facts.jsonl`, `<part>_qa.jsonl`, `<part>_aliases.json`); a part's documents are
the files of `docs/` named `<part>_*`. A folder with `docs/` and a single `facts.jsonl` (and optionally
`qa.jsonl`, `aliases.json`) beside it is a corpus of one part, named `all`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import GovKGError


@dataclass(frozen=True)
class Part:
    """One part: the documents (files or folders) to load, and its gold files. `of_part` keeps the facts of
    this part's documents when several parts share a store (None: every document of the store is its own)."""

    name: str
    docs: tuple[Path, ...]
    facts: Path
    qa: Path | None = None
    aliases: Path | None = None
    prefix: str | None = None

    def of_part(self, doc: str) -> bool:
        return self.prefix is None or doc.startswith(self.prefix)


def _existing(path: Path) -> Path | None:
    return path if path.is_file() else None


def is_corpus(folder: Path) -> bool:
    folder = Path(folder)
    return (folder / "docs").is_dir() and ((folder / "parts").is_dir() or (folder / "facts.jsonl").is_file())


def read_corpus(folder: Path | str, parts: list[str] | None = None) -> list[Part]:
    """The parts of the corpus in FOLDER (all of them, or those named in PARTS, in that order)."""
    folder = Path(folder)
    if not is_corpus(folder):
        raise GovKGError(
            f"{folder}: not a corpus folder (expected docs/ and parts/<part>_facts.jsonl, or docs/ and facts.jsonl)"
        )
    docs = sorted(p for p in (folder / "docs").iterdir() if p.is_file() and not p.name.startswith("."))
    found: dict[str, Part] = {}
    part_dir = folder / "parts"
    if part_dir.is_dir():
        for facts in sorted(part_dir.glob("*_facts.jsonl")):
            name = facts.name.removesuffix("_facts.jsonl")
            found[name] = Part(
                name,
                tuple(p for p in docs if p.name.startswith(f"{name}_")),
                facts,
                _existing(part_dir / f"{name}_qa.jsonl"),
                _existing(part_dir / f"{name}_aliases.json"),
                f"{name}_",
            )
    if not found:
        found["all"] = Part(
            "all", tuple(docs), folder / "facts.jsonl", _existing(folder / "qa.jsonl"),
            _existing(folder / "aliases.json"),
        )
    if not parts:
        return list(found.values())
    unknown = [p for p in parts if p not in found]
    if unknown:
        raise GovKGError(
            f"{folder}: no part {', '.join(unknown)} (the parts are {', '.join(found)})"
        )
    return [found[p] for p in dict.fromkeys(parts)]
