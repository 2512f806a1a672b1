"""Question answering on a corpus: how many gold questions are answered right, and how fast, by question kind.

Each question is asked in-process through `Asker.ask` on one store (the name index built once beforehand, as
a server keeps it). The peer, measured in the same run, is the SPARQL each answer shows, run on its own: the
ratio says how much the reading (linking, refusing, planning) adds to the queries it needs.

Usage: python bench/qa_speed.py CORPUS [--store DIR] [--parts ln,md] [--repeat R]
    CORPUS: a folder with docs/ and parts/<part>_{qa.jsonl,aliases.json} (the development corpus), or the seeds'
            eval folder with --docs (then seeds_qa.jsonl and aliases.json are used).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from govkg.evaluation.qa import AnswerMatcher, answer_is_right
from govkg.graph.store import LocalStore
from govkg.pipeline import load_paths
from govkg.questions import Asker


def question_sets(corpus: Path, parts: list[str] | None) -> list[tuple[Path, Path]]:
    if (corpus / "parts").is_dir():
        found = sorted((corpus / "parts").glob("*_qa.jsonl"))
        return [(qa, qa.with_name(qa.name.replace("_qa.jsonl", "_aliases.json"))) for qa in found
                if parts is None or qa.name.split("_")[0] in parts]
    return [(corpus / "seeds_qa.jsonl", corpus / "aliases.json")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--docs", type=Path, help="documents to build the store from (default: CORPUS/docs)")
    ap.add_argument("--store", type=Path, help="an existing store to ask (default: a fresh one from the documents)")
    ap.add_argument("--parts", help="comma-separated parts (default: all)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each question (the median is kept)")
    args = ap.parse_args()
    parts = args.parts.split(",") if args.parts else None

    with tempfile.TemporaryDirectory() as tmp:
        if args.store:
            store = LocalStore(args.store)
        else:
            store = LocalStore(Path(tmp) / "store")
            t0 = time.perf_counter()
            load_paths(store, [args.docs or args.corpus / "docs"])
            print(f"store built from the documents in {time.perf_counter() - t0:.1f} s")
        asker = Asker(store)
        t0 = time.perf_counter()
        asker.index()
        asker.places()
        print(f"name index and places built in {(time.perf_counter() - t0) * 1000:.0f} ms")
        rows = []
        for qa_path, aliases_path in question_sets(args.corpus, parts):
            matcher = AnswerMatcher(json.loads(aliases_path.read_text(encoding="utf-8")))
            for line in filter(None, qa_path.read_text(encoding="utf-8").splitlines()):
                q = json.loads(line)
                times, peer = [], []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    result = asker.ask(q["question"])
                    times.append(time.perf_counter() - t0)
                    if result.sparql:
                        t0 = time.perf_counter()
                        list(store.query(result.sparql))
                        peer.append(time.perf_counter() - t0)
                right = answer_is_right(list(q["answers"]), bool(q.get("all")), [a.label for a in result.answers],
                                        matcher)
                rows.append((q.get("kind", "?"), not q["answers"], right, statistics.median(times),
                             statistics.median(peer) if peer else None))
        store.close()

    by_kind: dict[str, list] = defaultdict(list)
    for row in rows:
        by_kind[row[0]].append(row)
    print("\n| kind | answerable right | negatives right | median ms | p90 ms | ratio to its SPARQL |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in sorted(by_kind) + ["all"]:
        group = rows if kind == "all" else by_kind[kind]
        answerable = [r for r in group if not r[1]]
        negatives = [r for r in group if r[1]]
        times = sorted(r[3] for r in group)
        ratios = [r[3] / r[4] for r in group if r[4]]
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        ratio = f"{statistics.median(ratios):.1f}" if ratios else "-"
        print(f"| {kind} | {sum(r[2] for r in answerable)}/{len(answerable)} | "
              f"{sum(r[2] for r in negatives)}/{len(negatives)} | {statistics.median(times) * 1000:.1f} | "
              f"{p90 * 1000:.1f} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
