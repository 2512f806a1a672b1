"""Where a paper's CPU goes on the document path: a folder of papers loaded into a fresh store in this process
(the reading in this process too, as `govkg load` does with `--jobs 1` but without the parse worker's hop),
under cProfile, with the one-off costs (imports, gazetteers, the vocabulary) paid before the timing.

    python bench/doc_path_profile.py bench/out/corpus-10            # python bench/generate.py corpus -n 10 ...
    python bench/doc_path_profile.py bench/out/corpus-10 --top 25

Printed: CPU seconds and papers per CPU-second, then the share of each phase (cumulative time of the functions
that make it, so a phase includes what it calls) and the functions with the most time of their own. The
background writer thread of a write batch is not seen by cProfile (it profiles the calling thread): the
process CPU against the profiled CPU says how much ran there.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

# (phase, module path fragment, function name): cumulative time of the first frame found for each
PHASES = (
    ("read and extract (loaders)", "loaders/__init__.py", "read_source"),
    ("build the quads (graph/build.py)", "graph/build.py", "build"),
    ("write groups (WriteBatch.commit)", "graph/store.py", "commit"),
    ("follow the writes (journal subscribers)", "graph/changes.py", "record"),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--plain", action="store_true",
                    help="no profiler: the process CPU of reading every paper alone, then of the whole load "
                         "(cProfile slows Python calls, not the store's Rust, so its shares overstate reading)")
    args = ap.parse_args(argv)

    from govkg.graph.store import LocalStore
    from govkg.loaders import LoadContext, iter_sources, read_source
    from govkg.pipeline import ensure_vocabulary, load_paths

    files = list(iter_sources([args.folder]))
    with tempfile.TemporaryDirectory(prefix="govkg-docprof-") as tmp:
        # one-off costs first: the extractors' imports and gazetteers (one paper read), the store and vocabulary
        read_source(files[0], LoadContext())
        store = LocalStore(Path(tmp) / "store")
        ensure_vocabulary(store)
        if args.plain:
            return _plain(files, store, args.folder)
        profile = cProfile.Profile()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        profile.enable()
        report = load_paths(store, [args.folder])
        profile.disable()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        store.close()
    papers = len(report.outcomes)
    stats = pstats.Stats(profile)
    profiled = stats.total_tt  # type: ignore[attr-defined]
    print(f"{papers} papers ({len(report.failures)} failed) in {wall:.2f} s wall, {cpu:.2f} s process CPU "
          f"({papers / cpu:.0f} papers per CPU-second, {1000 * cpu / papers:.1f} ms each); "
          f"profiled thread {profiled:.2f} s (under cProfile, which slows Python calls)")
    entries = stats.stats  # type: ignore[attr-defined]
    for label, where, name in PHASES:
        found = [(ct, key) for key, (_cc, _nc, _tt, ct, _callers) in entries.items()
                 if key[2] == name and key[0].replace("\\", "/").endswith(where)]
        if found:
            ct = max(found)[0]
            print(f"  {label}: {ct:.2f} s ({100 * ct / profiled:.0f}%)")
    print("\nown time:")
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


def _plain(files: list, store: object, folder: Path) -> int:
    """Reading alone, then the whole load, each timed by process CPU with no profiler."""
    from govkg.loaders import LoadContext, read_source
    from govkg.pipeline import load_paths

    cpu0 = time.process_time()
    for f in files:
        read_source(f, LoadContext())
    reading = time.process_time() - cpu0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    report = load_paths(store, [folder])  # type: ignore[arg-type]
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    store.close()  # type: ignore[attr-defined]
    n = len(report.outcomes)
    print(f"{n} papers: reading and extracting alone {reading:.2f} s CPU ({1000 * reading / n:.1f} ms each); "
          f"the whole load {cpu:.2f} s CPU ({1000 * cpu / n:.1f} ms each, {n / cpu:.0f} papers per CPU-second), "
          f"{wall:.2f} s wall: reading {100 * reading / cpu:.0f}% of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
