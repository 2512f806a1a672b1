"""Where the writer's CPU goes on the document path: what `govkg load`'s main process does with papers its parse
workers have read. Every paper is read first (untimed) and pickled as a worker sends it; then, into a fresh
store, the phases are timed by CPU one after the other, each over the whole folder:

    python bench/write_path_profile.py bench/out/corpus-10 [--rounds 3]

- unpickle: what the main process pays to receive each file's documents (`pickle.loads`)
- build: `document_quads` (graph/build.py) for every paper
- copies: the merged default graph's copies, per group of 256 papers (`with_merged_copies`)
- look-ups: the per-paper `document_hash` and `holds_graph` the batch asks before it builds
- write: `extend_quads` of each group (the bulk writer), then the flush
- the whole: `load_paths` with a reader that hands back the unpickled documents, into another fresh store
  (the writer thread's CPU included: process CPU)

Process CPU (time.process_time) includes the store's background threads (RocksDB compactions).
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--group", type=int, default=256)
    args = ap.parse_args(argv)

    from govkg.graph.store import LocalStore, document_quads, with_merged_copies
    from govkg.loaders import LoadContext, iter_sources, read_source
    from govkg.pipeline import display_name, ensure_vocabulary, load_paths

    files = list(iter_sources([args.folder]))
    blobs = {}
    for f in files:
        docs = read_source(f, LoadContext())
        blobs[f] = pickle.dumps(docs, pickle.HIGHEST_PROTOCOL)
    n = sum(len(pickle.loads(b)) for b in blobs.values())
    print(f"{len(files)} files, {n} documents, {sum(map(len, blobs.values())) / 2**20:.1f} MiB pickled")
    rows: dict[str, list[float]] = {}

    def note(name: str, seconds: float) -> None:
        rows.setdefault(name, []).append(seconds)

    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="govkg-wpp-") as tmp:
            store = LocalStore(Path(tmp) / "a")
            ensure_vocabulary(store)
            c = time.process_time()
            docs = [d for f in files for d in pickle.loads(blobs[f])]
            note("unpickle", time.process_time() - c)
            names = [display_name(args.folder, f) for f in files for _ in pickle.loads(blobs[f])]
            for name, d in zip(names, docs, strict=True):
                d.source = name
            c = time.process_time()
            for d in docs:
                store.document_hash(d.iri)
                store.holds_graph(d.iri)
            note("look-ups", time.process_time() - c)
            c = time.process_time()
            built = [document_quads(d) for d in docs]
            note("build", time.process_time() - c)
            c = time.process_time()
            groups = [with_merged_copies([q for b in built[i:i + args.group] for q in b])
                      for i in range(0, len(built), args.group)]
            note("copies", time.process_time() - c)
            c = time.process_time()
            for g in groups:
                store.extend_quads(g)
            store.flush()
            note("write", time.process_time() - c)
            store.close()

            store = LocalStore(Path(tmp) / "b")
            ensure_vocabulary(store)
            c = time.process_time()
            report = load_paths(store, [args.folder], reader=lambda path, _ctx: pickle.loads(blobs[path]))
            note("the whole load_paths", time.process_time() - c)
            store.close()
            assert len(report.outcomes) == n and not report.failures
    total = sum(statistics.median(rows[k]) for k in ("unpickle", "look-ups", "build", "copies", "write"))
    for name, xs in rows.items():
        m = statistics.median(xs)
        print(f"  {name:22} {m:6.3f} s  ({1000 * m / n:5.2f} ms/paper)  rounds: "
              + ", ".join(f"{x:.3f}" for x in xs))
    print(f"  {'sum of the phases':22} {total:6.3f} s  ({1000 * total / n:5.2f} ms/paper)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
