"""Reading gold files: facts (JSON lines), questions (JSON lines) and aliases (canonical name -> variants).

Every reader names the file and line of a bad entry, so that a broken gold file is fixed, not guessed around.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GovKGError


def norm(name: str) -> str:
    """A name as fact matching compares it: typographic quotes and dashes plain, spacing collapsed, case folded,
    and a leading "the" dropped ("The Probation Service" and "Probation Service" are one name; gold and text
    write the article or not as the sentence needs)."""
    name = name.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    name = re.sub(r"\s+", " ", name).strip().casefold()
    return name[4:] if name.startswith("the ") and len(name) > 8 else name


class Aliases:
    """Variant -> canonical name, from an aliases file ({canonical: [variants]}).

    A variant that the file gives to two canonical names keeps the first: the gold's own check forbids
    such sharing within one part, which is why every part of a corpus is scored with its own file.
    """

    def __init__(self, mapping: dict[str, list[str]] | None = None):
        self.mapping = dict(mapping or {})
        self._to: dict[str, str] = {}
        for canonical, variants in self.mapping.items():
            self._to[norm(canonical)] = norm(canonical)
            for v in variants:
                self._to.setdefault(norm(v), norm(canonical))

    @classmethod
    def read(cls, path: Path | str | None) -> Aliases:
        if path is None:
            return cls()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise GovKGError(f"{path}: cannot read aliases: {e.strerror or e}") from None
        except ValueError as e:
            raise GovKGError(f"{path}: aliases are not JSON ({e})") from None
        if not isinstance(data, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in data.values()
        ):
            raise GovKGError(f"{path}: aliases must be an object of canonical name -> list of variants")
        return cls(data)

    def canon(self, name: str) -> str:
        return self._to.get(norm(name), norm(name))


@dataclass(frozen=True)
class GoldFact:
    id: str
    doc: str
    relation: str
    subject: str
    object: str
    evidence: str = ""
    funder: str | None = None
    recipient: str | None = None
    when: str | None = None
    qualifier: str | None = None
    on_body: str | None = None
    period: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    answers: tuple[str, ...]
    all: bool = False
    kind: str = "other"
    docs: tuple[str, ...] = ()

    @property
    def negative(self) -> bool:
        return not self.answers


def _json_lines(path: Path, what: str) -> list[tuple[int, Any]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise GovKGError(f"{path}: cannot read {what}: {e.strerror or e}") from None
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except ValueError as e:
            raise GovKGError(f"{path}, line {n}: not JSON ({e})") from None
    return out


def _optional(d: dict[str, Any], key: str) -> str | None:
    value = d.get(key)
    return None if value is None else str(value)


def read_gold(path: Path | str) -> list[GoldFact]:
    facts = []
    for n, d in _json_lines(Path(path), "gold facts"):
        try:
            facts.append(
                GoldFact(
                    str(d["id"]), str(d["doc"]), str(d["relation"]), str(d["subject"]), str(d["object"]),
                    str(d.get("evidence", "")),
                    **{k: _optional(d, k) for k in ("funder", "recipient", "when", "qualifier", "on_body",
                                                      "period", "note")},
                )
            )
        except (KeyError, TypeError, AttributeError) as e:
            raise GovKGError(f"{path}, line {n}: not a gold fact (missing {e})") from None
    return facts


def read_qa(path: Path | str) -> list[QAItem]:
    """Questions with their gold answers; `doc` (one file) and `docs` (a list) are both accepted."""
    items = []
    for n, d in _json_lines(Path(path), "questions"):
        if not isinstance(d, dict) or "question" not in d or not isinstance(d.get("answers"), list):
            raise GovKGError(f"{path}, line {n}: each line needs 'question' and a list of 'answers'")
        docs = d.get("docs") or ([d["doc"]] if d.get("doc") else [])
        items.append(
            QAItem(
                str(d.get("id", n)), str(d["question"]), tuple(str(a) for a in d["answers"]),
                bool(d.get("all")), str(d.get("kind") or "other"), tuple(str(x) for x in docs),
            )
        )
    return items
