"""`govkg load` of RDF files against `oxigraph load` of the same files, interleaved, on a fresh store each time.

    python bench/load_rdf.py FILE... [--rounds 3] [--before /path/to/other/checkout]

For each file (any format both read: .nq, .trig, .ttl, .nt, .jsonld) each loader runs ROUNDS times, one after
the other, so that a neighbour's load on a shared machine falls on both; the ratio is oxigraph's median wall
time over govkg's (1.0 = as fast; the issue 15 target is at least 0.8). Wall time includes process start-up
for both. CPU is user + system time of the process and the processes it waited for (and of every thread: the bulk
loader's own, and any govkg starts). --before adds a third loader, `govkg load` run by
another checkout's .venv (an older commit), so that before and after are measured in the same run.
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bin_path, run_measured  # noqa: E402


def installed_env(work: Path) -> dict[str, str]:
    """The environment for govkg's processes: its modules compiled once to bytecode and kept, as a pip install
    keeps them. With PYTHONDONTWRITEBYTECODE set (as on this machine's shells) and the project installed
    editable, every run compiled govkg's own modules again: about 0.05-0.3 s of CPU a start, counted against
    govkg and not against oxigraph's compiled binary."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def merge_lacking(path: Path, out: Path) -> int:
    """Write to OUT (N-Triples) the triples of PATH's named graphs that its default graph does not state: the
    copies govkg adds to the merged default graph when it loads the dataset file PATH. Their number."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    default: set[ox.Triple] = set()
    named: dict[ox.Triple, None] = {}
    for q in ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri()):
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.add(q.triple)
        else:
            named.setdefault(q.triple, None)
    lacking = [t for t in named if t not in default]
    ox.serialize(lacking, str(out), format=ox.RdfFormat.N_TRIPLES)
    return len(lacking)


def measure(path: Path, rounds: int, work: Path, before: Path | None = None) -> dict[str, Any]:
    runs: dict[str, list[dict[str, Any]]] = {"govkg": [], "oxigraph": []}
    env = installed_env(work)
    if before is not None:
        runs["before"] = []
    triples = path.suffix in (".ttl", ".nt")
    copies: Path | None = None
    if triples:
        runs["oxigraph-same-work"] = []
    else:
        # What govkg stores of a dataset file, written by oxigraph: the file as it is, then the copies its
        # default graph lacks (made once here, untimed; none for a file that carries its merge).
        copies = work / "merge-lacking.nt"
        if merge_lacking(path, copies):
            runs["oxigraph-same-work"] = []
    for _ in range(rounds):
        for name in runs:
            store = work / f"{name}-store"
            shutil.rmtree(store, ignore_errors=True)
            if name in ("govkg", "before"):
                python = sys.executable if name == "govkg" else str(before / ".venv" / "bin" / "python")
                cmd = [python, "-m", "govkg", "load", "--store", str(store), str(path)]
                # the bytecode written once, before any timing (a load of nothing imports what a load does)
                subprocess.run([python, "-m", "govkg", "load", "--store", str(work / "warm-store"), str(work / "none")],
                               env=env, capture_output=True)
            else:
                cmd = [bin_path("oxigraph"), "load", "--location", str(store), "--file", str(path)]
            if name == "oxigraph-same-work" and copies is not None:
                first = run_measured(cmd, 3600)
                second = run_measured([bin_path("oxigraph"), "load", "--location", str(store), "--file",
                                       str(copies)], 3600)
                runs[name].append(_summed(first, second))
            elif name == "oxigraph-same-work":
                # What govkg stores of a triples file, written by oxigraph: the file in a named graph (six
                # indexes) and in the default graph (three), two loads summed. `oxigraph load` alone writes
                # only the second, so it is not the same work; this arm says how much of the gap is govkg's.
                first = run_measured([*cmd, "--graph", path.resolve().as_uri()], 3600)
                second = run_measured(cmd, 3600)
                runs[name].append(_summed(first, second))
            else:
                runs[name].append(run_measured(cmd, 3600, env if name in ("govkg", "before") else None))
            shutil.rmtree(store, ignore_errors=True)
    result: dict[str, Any] = {"file": str(path), "bytes": path.stat().st_size, "rounds": rounds,
                              "same_work": ("the file in a named graph and in the default graph" if copies is None
                                            else "the file, then the merged copies its default graph lacks")}
    for name, rs in runs.items():
        bad = [r["error"] for r in rs if "error" in r]
        if bad:
            result[name] = {"error": bad[0]}
            continue
        walls = sorted(r["wall_s"] for r in rs)
        result[name] = {"wall_s": walls, "median_s": statistics.median(walls),
                        "median_cpu_s": statistics.median(r["cpu_s"] for r in rs),
                        "peak_rss_mib": max(r["rss_mib"] for r in rs)}
    for name in ("govkg", "before"):
        if "median_s" in result.get(name, {}) and "median_s" in result["oxigraph"]:
            result["ratio" if name == "govkg" else "ratio_before"] = (
                result["oxigraph"]["median_s"] / result[name]["median_s"])
    return result


def _summed(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two oxigraph loads counted as one: times added, the larger peak memory."""
    return {k: (first[k] + second[k] if k in ("wall_s", "cpu_s") else
                max(first[k], second[k]) if k == "rss_mib" else first.get(k))
            for k in first} | ({"error": second["error"]} if "error" in second else {})


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--before", type=Path, help="another checkout (with its .venv) whose govkg load runs too")
    p.add_argument("--json", type=Path, help="also write the results to this file")
    p.add_argument("--work", type=Path, help="folder for the stores loaded (default: a temporary folder)")
    args = p.parse_args()
    if args.before is not None and not (args.before / ".venv" / "bin" / "python").exists():
        p.error(f"--before: no .venv/bin/python in {args.before}")
    results = []
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="govkg-load-rdf-", dir=args.work) as tmp:
        for path in args.files:
            r = measure(path, args.rounds, Path(tmp), args.before)
            results.append(r)
            g, o = r["govkg"], r["oxigraph"]
            if "ratio" in r:
                print(f"{path.name}: govkg {g['median_s']:.2f} s (runs {', '.join(f'{w:.2f}' for w in g['wall_s'])}), "
                      f"oxigraph {o['median_s']:.2f} s (runs {', '.join(f'{w:.2f}' for w in o['wall_s'])}): "
                      f"{r['ratio']:.2f}x; CPU {g['median_cpu_s']:.2f} / {o['median_cpu_s']:.2f} s; "
                      f"peak RSS {g['peak_rss_mib']:.0f} / {o['peak_rss_mib']:.0f} MiB",
                      flush=True)
                if "ratio_before" in r:
                    b = r["before"]
                    print(f"    before ({args.before}): {b['median_s']:.2f} s "
                          f"(runs {', '.join(f'{w:.2f}' for w in b['wall_s'])}): {r['ratio_before']:.2f}x; "
                          f"CPU {b['median_cpu_s']:.2f} s; peak RSS {b['peak_rss_mib']:.0f} MiB", flush=True)
                elif "before" in r:
                    print(f"    before ({args.before}): {r['before']}", flush=True)
                same = r.get("oxigraph-same-work", {})
                if "median_cpu_s" in same:
                    print(f"    oxigraph, the same work ({r['same_work']}): "
                          f"{same['median_s']:.2f} s, CPU {same['median_cpu_s']:.2f} s: govkg "
                          f"{same['median_cpu_s'] / g['median_cpu_s']:.2f}x of it by CPU", flush=True)
            else:
                print(f"{path.name}: govkg {g}, oxigraph {o}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
