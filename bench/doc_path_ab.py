"""`govkg load --jobs J` of a folder of papers, this build against another taking turns (A B A B ...), each into
a fresh store, with the CPU of the command split between its main process (the writer: building, writing,
unpickling what the workers send) and its parse workers (reading), from getrusage.

    python bench/generate.py corpus -n 10 --seed 1 --out bench/out/corpus-10
    git -C /work/main archive main | tar -x -C bench/out/before/govkg     # "before": main's code
    python bench/doc_path_ab.py bench/out/corpus-10 --before bench/out/before --rounds 3 --jobs 2

Each run is a fresh interpreter running the `govkg load` command itself (click's main, in process), so the
figures are the command's. The bytecode of both builds is written once before any timing and kept
(PYTHONPYCACHEPREFIX), as an installed package keeps it. Printed: one line per run, then the medians per arm
and the ratio of the medians; the load average is read before each run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Run inside each arm's interpreter: the command, then its own CPU and its reaped workers' CPU.
DRIVER = r"""
import json, resource, sys, time
from govkg.cli import cli
t0 = time.perf_counter()
try:
    cli(sys.argv[1:], prog_name="govkg")
    code = 0
except SystemExit as e:
    code = e.code or 0
wall = time.perf_counter() - t0
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write("\n@@" + json.dumps({
    "code": code, "wall": wall, "main_cpu": me.ru_utime + me.ru_stime,
    "workers_cpu": kids.ru_utime + kids.ru_stime, "main_rss_mb": me.ru_maxrss / 1024,
}) + "\n")
"""


def _env(arm: Path | None, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    if arm is not None:
        env["PYTHONPATH"] = str(arm)  # ahead of the editable install's finder
    return env


def run(arm: Path | None, cache: Path, folder: Path, jobs: int, extra: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="govkg-docab-", dir=HERE / "out") as tmp:
        cmd = [sys.executable, "-c", DRIVER, "load", "--json", "--store", str(Path(tmp) / "store"),
               "--jobs", str(jobs), *extra, str(folder)]
        load = os.getloadavg()[0]
        proc = subprocess.run(cmd, env=_env(arm, cache), capture_output=True, text=True, check=False)
        tail = proc.stderr.rsplit("\n@@", 1)
        if len(tail) != 2:
            raise SystemExit(f"no figures from the run:\n{proc.stderr[-3000:]}")
        figures = json.loads(tail[1])
        out = json.loads(proc.stdout)
        figures["papers"] = len(out["documents"])
        figures["failed"] = len(out["failures"])
        figures["load"] = load
        return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--before", type=Path, help="a folder holding another build as govkg/ (main's code)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("extra", nargs="*", help="more options for govkg load (after --)")
    args = ap.parse_args(argv)
    (HERE / "out").mkdir(exist_ok=True)
    arms: list[tuple[str, Path | None]] = [("now", None)]
    if args.before is not None:
        arms.insert(0, ("before", args.before.resolve()))
    caches = {name: HERE / "out" / f"pycache-{name}" for name, _ in arms}
    for name, arm in arms:  # bytecode written once, outside the timing
        subprocess.run([sys.executable, "-c", "import govkg.cli, govkg.loaders.documents, govkg.pipeline, "
                        "govkg.loaders.isolation, govkg.graph.build"], env=_env(arm, caches[name]), check=True)
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in arms}
    for r in range(args.rounds):
        order = arms if r % 2 == 0 else arms[::-1]
        for name, arm in order:
            f = run(arm, caches[name], args.folder, args.jobs, args.extra)
            results[name].append(f)
            n = f["papers"]
            cpu = f["main_cpu"] + f["workers_cpu"]
            print(f"round {r + 1} {name:6}: {n} papers ({f['failed']:.0f} failed), wall {f['wall']:.2f} s "
                  f"({n / f['wall']:.0f} docs/s), CPU {cpu:.2f} s = main {f['main_cpu']:.2f} + workers "
                  f"{f['workers_cpu']:.2f} ({1000 * cpu / n:.1f} ms/paper; main {1000 * f['main_cpu'] / n:.1f}), "
                  f"main RSS {f['main_rss_mb']:.0f} MiB, load {f['load']:.1f}", flush=True)
    print()
    med: dict[str, dict[str, float]] = {}
    for name, runs in results.items():
        n = runs[0]["papers"]
        m = {k: statistics.median(x[k] for x in runs) for k in ("wall", "main_cpu", "workers_cpu")}
        m["cpu"] = statistics.median(x["main_cpu"] + x["workers_cpu"] for x in runs)
        med[name] = m
        print(f"{name:6} median of {len(runs)}: wall {m['wall']:.2f} s ({n / m['wall']:.0f} docs/s), CPU "
              f"{m['cpu']:.2f} s ({1000 * m['cpu'] / n:.1f} ms/paper, {n / m['cpu']:.0f} papers per CPU-second): "
              f"main {m['main_cpu']:.2f} s ({1000 * m['main_cpu'] / n:.1f} ms/paper), workers "
              f"{m['workers_cpu']:.2f} s ({1000 * m['workers_cpu'] / n:.1f} ms/paper)")
    if "before" in med:
        b, a = med["before"], med["now"]
        print(f"now / before: CPU {a['cpu'] / b['cpu']:.3f}x, main {a['main_cpu'] / b['main_cpu']:.3f}x, "
              f"workers {a['workers_cpu'] / b['workers_cpu']:.3f}x, wall {a['wall'] / b['wall']:.3f}x")
    for c in caches.values():
        shutil.rmtree(c, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
