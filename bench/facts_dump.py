"""Every paper's reading, dumped whole: the proof that a speed-up changed no output.

Each file under the given folders is read in this one process (so a cache that leaked between papers would
show) and every field of every SourceDocument it gives (text, metadata, facts, entities, warnings) is written
as its repr, one paper per line, in file order; the last line is the SHA-256 of the rest. Run it on two
builds and compare the files (`cmp`), not only the hashes: the lines say which paper differs.

    python bench/facts_dump.py bench/out/corpus-10 /work/shared/corpus/dev --out /tmp/before.txt

With --pool, each file is read by `govkg load`'s parse workers instead (loaders/isolation.py: forked from the
warmed template where the system allows, else fresh interpreters; --fresh forces those), one at a time: the
same lines prove a worker reads as this process does.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--pool", action="store_true", help="read each file in a parse worker")
    ap.add_argument("--fresh", action="store_true", help="with --pool: fresh workers, not forked from a template")
    args = ap.parse_args(argv)

    from govkg.errors import LoadError
    from govkg.loaders import LoadContext, iter_sources, read_source

    read = read_source
    if args.pool:
        from govkg.loaders.isolation import ParsePool

        pool = ParsePool(template=not args.fresh)
        read = pool.read
    h = hashlib.sha256()
    n = 0
    cpu0 = time.process_time()
    with args.out.open("w", encoding="utf-8") as out:
        for folder in args.folders:
            for path in iter_sources([folder]):
                try:
                    docs = read(path, LoadContext(root=folder))
                    line = f"{path}\t{[repr(d) for d in docs]!r}\n"
                except LoadError as e:
                    line = f"{path}\tLoadError {e}\n"
                out.write(line)
                h.update(line.encode())
                n += 1
        out.write(f"sha256 {h.hexdigest()}\n")
    if args.pool:
        pool.close()
    print(f"{n} files, {time.process_time() - cpu0:.2f} s CPU, sha256 {h.hexdigest()[:16]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
