"""Extraction and question figures on every evaluation set, counts only: the number a session records before
and after a change, and the first look at a set nobody has read.

    python bench/sets.py                          # (with the checkout's own Python) dev, seeds and every examples/ set
    python bench/sets.py heldout33 /path/to/set   # named sets (an examples/ name or a folder of a set)
    python bench/sets.py --out after.json --compare before.json

A set is `govkg eval`'s corpus layout (docs/ and parts/). Each line gives correct / false facts (closed
relations, lenient matching), precision, recall, questions answered right of the answerable ones and negatives
answered with nothing; nothing about which facts, so a set can be measured without being read. Each set is
scored in its own `govkg eval` process on a fresh store, as a new user would build one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVKG_SHARED", REPO.parent / "shared"))
KEYS = ("correct", "false", "gold", "qa_right", "qa", "neg_right", "neg")


def _examples() -> list[str]:
    return sorted(p.name for p in (REPO / "examples").iterdir() if (p / "docs").is_dir())


def _command(name: str) -> list[str]:
    base = [sys.executable, "-m", "govkg", "eval", "--json"]
    if name == "dev":
        return [*base, str(SHARED / "corpus" / "dev"), "--qa"]
    if name == "seeds":
        gold = SHARED / "eval"
        return [*base, "--docs", str(SHARED / "seeds"), "--gold", str(gold / "seeds_facts.jsonl"),
                "--aliases", str(gold / "aliases.json"), "--qa", str(gold / "seeds_qa.jsonl")]
    folder = Path(name) if os.sep in name else REPO / "examples" / name
    return [*base, str(folder), "--qa"]


def measure(name: str) -> dict[str, int] | str:
    """The counts of one set, or the error that stopped its evaluation."""
    done = subprocess.run(_command(name), capture_output=True, text=True, cwd=REPO)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return (done.stderr.strip().splitlines() or ["no output"])[-1]
    facts, qa = report["overall"], report.get("qa") or {}
    return {"correct": facts["correct"], "false": facts["predicted"] - facts["correct"], "gold": facts["gold"],
            "qa_right": qa.get("answerable_right", 0), "qa": qa.get("answerable", 0),
            "neg_right": qa.get("negatives_right", 0), "neg": qa.get("negatives", 0)}


def line(label: str, c: dict[str, int], before: dict[str, int] | None = None) -> str:
    predicted = c["correct"] + c["false"]
    text = (f"{label:14s} {c['correct']:5d} / {c['false']:4d}  P {c['correct'] / max(predicted, 1):.3f}  "
            f"R {c['correct'] / max(c['gold'], 1):.3f}  questions {c['qa_right']}/{c['qa']}  "
            f"negatives {c['neg_right']}/{c['neg']}")
    if before:
        moved = [f"{k} {c[k] - before[k]:+d}" for k in ("correct", "false", "qa_right", "neg_right")
                 if c[k] != before[k]]
        text += "   (" + ", ".join(moved) + ")" if moved else "   (unchanged)"
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="dev, seeds, an examples/ name or a set's folder (default: all)")
    ap.add_argument("--jobs", type=int, default=2, help="sets scored at once (default 2)")
    ap.add_argument("--out", type=Path, help="write the counts as JSON")
    ap.add_argument("--compare", type=Path, help="a JSON of an earlier run: print each set's change")
    args = ap.parse_args(argv)
    names = args.sets or ["dev", "seeds", *_examples()]
    before = json.loads(args.compare.read_text()) if args.compare else {}
    counts: dict[str, dict[str, int]] = {}
    failed = 0
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for name, got in zip(names, pool.map(measure, names), strict=True):
            label = Path(name).name
            if isinstance(got, str):
                failed += 1
                print(f"{label:14s} FAILED: {got}", flush=True)
                continue
            counts[label] = got
            print(line(label, got, before.get(label)), flush=True)
    if counts:
        total = {k: sum(c[k] for c in counts.values()) for k in KEYS}
        shared = [k for k in counts if k in before]
        was = {k: sum(before[s][k] for s in shared) for k in KEYS} if len(shared) == len(counts) else None
        print(line("total", total, was))
    if args.out:
        args.out.write_text(json.dumps(counts, indent=1) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
