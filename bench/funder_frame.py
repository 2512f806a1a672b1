"""Who funds each money table of the read sets: the gold's funders against the reader's, table by table.

Usage: python -m govkg.bench.funder_frame [SET ...]   (dev, seeds, or an examples/ name; default: every read set)

For every table with sums in every paper, the funders the gold gives the facts whose evidence is one of the
table's rows, and the funders the reader gives the funding facts it reads from those rows, both as the set's
aliases name them. Each table is right (same funders), wrong (a funder the gold does not give), partial (some
gold funders missing, none false), silent (gold funders, nothing read) or none (neither says one).
Prints one line a table and a count by outcome: the accuracy table of the "who funds a table" frame.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govkg.bench.sets import SHARED  # ../shared beside the checkout, or $GOVKG_SHARED
from govkg.evaluation.gold import Aliases
from govkg.loaders import LoadContext, read_source
from govkg.loaders.layout import read_layout

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _sets(names: list[str]) -> list[tuple[str, Path, list[Path], Path | None]]:
    """(name, docs folder, gold files, aliases file) of each set named."""
    if not names:
        names = ["dev", "seeds", *sorted(p.name for p in EXAMPLES.iterdir() if (p / "docs").is_dir())]
    out = []
    for name in names:
        if name == "dev":
            d = SHARED / "corpus/dev"
            out.append((name, d / "docs", sorted((d / "parts").glob("*_facts.jsonl")), None))
        elif name == "seeds":
            out.append((name, SHARED / "seeds", [SHARED / "eval/seeds_facts.jsonl"], SHARED / "eval/aliases.json"))
        else:
            d = EXAMPLES / name
            out.append((name, d / "docs", sorted((d / "parts").glob("*_facts.jsonl")), None))
    return out


def _squash(text: str) -> str:
    return re.sub(r"[\s|]+", " ", text).strip().casefold()


def _in_row(evidence: str, row: str) -> bool:
    """EVIDENCE quotes ROW: each of its cells (a wrapped row's first line) is in the row as the cleaner joined it."""
    cells = [_squash(c) for c in re.split(r"\t|\|", evidence) if _squash(c)]
    if bool(cells) and "£" in evidence + row and sum(len(c) for c in cells) > 8 and all(c in row for c in cells):
        return True
    # a fixed-width row quoted as its words run (wrapped cells interleaved): its sums and most of its words
    sums = re.findall(r"£[\d,.]+", evidence)
    words = re.findall(r"\w+", evidence.casefold())
    have = set(re.findall(r"\w+", row))
    mine = re.findall(r"\w+", row)
    return bool(sums) and all(x.rstrip(".,") in row for x in sums) and len(words) >= 4 and (
        sum(w in have for w in words) >= 0.8 * len(words) or sum(w in set(words) for w in mine) >= 0.8 * len(mine))


_ROW_RULES = ("funder_recipient_table", "table:typed", "budget", "contributions", "grant_source")
_COMMISSIONER_FOR = re.compile(r"^(?:office of the )?(police(?:,| and) (?:fire and )?crime commissioner) for (.+)$")


def _canon(aliases: Aliases, name: str) -> str:
    """NAME as the set's aliases name it, a commissioner "for <area>" written "<area> ... Commissioner" (a naming
    convention the gold splits on, no question of who funds)."""
    name = aliases.canon(name)
    said = _COMMISSIONER_FOR.match(name)
    return f"{said.group(2)} {said.group(1)}" if said else name


def _level(table, rules: list[str]) -> str:
    """row: each row names its own funder (a funder column, a budget's contributors); table: one for all rows."""
    from govkg.loaders.extract.tables import head_type

    if any(r.endswith(_ROW_RULES) or any(x in r for x in _ROW_RULES) for r in rules) or \
            any(head_type(h) == "funder" for h in table.header):
        return "row"
    return "table"


def _aliases(gold_files: list[Path], given: Path | None) -> Aliases:
    mapping: dict[str, list[str]] = {}
    files = [given] if given else [Path(str(g).replace("_facts.jsonl", "_aliases.json")) for g in gold_files]
    for f in files:
        if f and f.exists():
            mapping.update(json.loads(f.read_text()))
    return Aliases(mapping)


def read_papers(names: list[str]) -> Iterator[tuple[str, Path, Any, list[dict[str, Any]], Aliases]]:
    """Each paper of the named sets, read, with its set's name, gold facts and aliases (a paper that cannot be
    read is reported and skipped)."""
    for name, docs, gold_files, aliases_file in _sets(names):
        aliases = _aliases(gold_files, aliases_file)
        gold = [json.loads(line) for g in gold_files for line in g.read_text().splitlines() if line.strip()]
        for path in sorted(p for p in docs.iterdir() if p.is_file() and not p.name.startswith(".")):
            try:
                doc = read_source(path, LoadContext())[0]
            except Exception as e:  # noqa: BLE001 - a measurement tool reports and goes on
                print(f"{name} {path.name}: not read ({e})")
                continue
            yield name, path, doc, gold, aliases


def as_gold(entity: Any, known: dict[str, Any], aliases: Aliases, wanted: set[str]) -> str:
    """ENTITY of the reading as the gold names it: the one of its names (label or the aliases the paper's
    entities KNOWN, by IRI, give it) the gold WANTED, else its label, each through the set's ALIASES."""
    names = {_canon(aliases, n) for n in (entity.name, *known.get(entity.iri, entity).aliases)}
    return next(iter(sorted(names & wanted)), _canon(aliases, entity.name))


def compared(read: set[str], wanted: set[str]) -> str:
    """What the reading READ gives against the gold's WANTED: right, none (both empty), wrong (a name the gold
    does not give), partial (some missing, none false) or silent (nothing read)."""
    if read == wanted:
        return "right" if wanted else "none"
    if read - wanted:
        return "wrong"
    return "partial" if read else "silent"


def frame(names: list[str]) -> Counter:
    tally: Counter = Counter()
    for name, path, doc, gold, aliases in read_papers(names):
        mine = [g for g in gold if g["doc"] == path.name and g["relation"] in ("funds", "funding_amount")]
        layout = read_layout(doc.text)
        for k, table in enumerate(layout.tables):
            rows = table.body_rows()
            if not any("£" in r.text or re.search(r"\b\d{1,3}(?:,\d{3})+\b", r.text) for r in rows):
                continue
            start, end = table.rows[0].start, table.rows[-1].end
            texts = [_squash(r.text) for r in rows]
            wanted = {_canon(aliases, g["subject"] if g["relation"] == "funds" else g.get("funder") or "")
                      for g in mine if any(_in_row(g["evidence"], t) for t in texts)} - {""}
            facts = [f for f in doc.facts if f.relation == "funds" and start <= f.start < end]
            known = {e.iri: e for e in doc.entities}
            read = {as_gold(f.subject, known, aliases, wanted) for f in facts}
            rules = sorted({f.rule for f in facts})
            outcome = compared(read, wanted)
            level = _level(table, rules)
            tally[(level, outcome)] += 1
            head = " | ".join(table.header)[:60] or "(no header)"
            above = next((ln.text.strip() for ln in reversed(layout.lines[: layout.lines.index(table.rows[0])])
                          if ln.text.strip()), "")[:70]
            print(f"{level:5s} {outcome:7s} {name} {path.name[:40]} t{k} [{head}] <{above}> gold={sorted(wanted)} "
                  f"read={sorted(read)} {','.join(rules)}")
    return tally


if __name__ == "__main__":
    counts = frame(sys.argv[1:])
    for level in ("table", "row"):
        print(level, " ".join(f"{o} {v}" for (lv, o), v in sorted(counts.items()) if lv == level))
