"""What a parse worker's replacement costs after its predecessor is killed at a limit: forked from the warmed
template (loaders/isolation.py) against a fresh interpreter, the two pools taking turns (A B A B ...).

    python bench/parse_restart.py bench/out/corpus-10 --rounds 5

Each round and mode: one paper read (the worker exists), a named pipe read (the worker hangs and is killed at
the 1 s time limit), then the same paper again, by the replacement. Printed per mode, medians: the wall time of
that read (the replacement's start included) and the replacement's own CPU up to the end of it (from
/proc/PID/stat, so its start-up is counted and nothing else).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)

    from govkg.errors import LoadError
    from govkg.loaders import LoadContext, iter_sources
    from govkg.loaders.isolation import ParsePool

    paper = next(iter(iter_sources([args.folder])))
    results: dict[str, list[tuple[float, float]]] = {"forked": [], "fresh": []}
    with tempfile.TemporaryDirectory(prefix="govkg-restart-") as tmp:
        hang = Path(tmp) / "endless.txt"
        os.mkfifo(hang)
        pools = {"forked": ParsePool(timeout=1), "fresh": ParsePool(timeout=1, template=False)}
        try:
            for r in range(args.rounds):
                for mode in (("forked", "fresh") if r % 2 == 0 else ("fresh", "forked")):
                    pool = pools[mode]
                    pool.read(paper, LoadContext())
                    try:
                        pool.read(hang, LoadContext())
                    except LoadError:
                        pass
                    t0 = time.perf_counter()
                    pool.read(paper, LoadContext())
                    wall = time.perf_counter() - t0
                    cpu = _cpu(pool._idle[0].process.pid)
                    results[mode].append((wall, cpu))
                    print(f"round {r + 1} {mode:6}: replacement's first paper {1000 * wall:.0f} ms wall, its CPU "
                          f"{1000 * cpu:.0f} ms, load {os.getloadavg()[0]:.1f}", flush=True)
        finally:
            for p in pools.values():
                p.close()
    for mode, xs in results.items():
        print(f"{mode:6} median of {len(xs)}: {1000 * statistics.median(w for w, _ in xs):.0f} ms wall, "
              f"{1000 * statistics.median(c for _, c in xs):.0f} ms of the replacement's CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
