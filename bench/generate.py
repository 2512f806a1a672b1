"""Generate the national-scale benchmark data: a governance graph (N-Quads) and a text corpus, for N councils.

Both come from the same synthetic world (bench/synth_world.py) through the same documents
(bench/synth_docs.py): the corpus is the documents' plain text, the graph is what govkg's own builder
(govkg.graph.build) makes of those documents and their facts, one named graph per document with an
assertion node, quote and offsets for every fact, plus the default graph govkg keeps as their merge (each
triple once per council's block; a store holds it once overall). Output is deterministic for a given (N, seed).

    python bench/generate.py graph  --councils 100 --out bench/out/graph-100.nq
    python bench/generate.py corpus --councils 100 --out bench/out/corpus-100

From Python (add bench/ to sys.path first):  from generate import generate_corpus, generate_graph
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pyoxigraph as ox  # noqa: E402
from synth_docs import council_documents, documents  # noqa: E402
from synth_world import area_name  # noqa: E402

from govkg.graph.build import build  # noqa: E402
from govkg.graph.iris import slug  # noqa: E402
from govkg.graph.model import SourceDocument  # noqa: E402
from govkg.ontology.vocab import PROV  # noqa: E402

DEFAULT_SEED = 1
GENERATOR_VERSION = "2"  # bump when the output changes, so cached files are regenerated
_GENERATED_AT = ox.NamedNode(str(PROV.generatedAtTime))
# A fixed load time keeps the files byte-identical from run to run.
_FIXED_TIME = ox.Literal(
    "2025-01-01T00:00:00+00:00", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")
)


@dataclass
class Generated:
    councils: int
    documents: int
    facts: int
    quads: int
    bytes: int
    path: Path


def iter_documents(n: int, seed: int = DEFAULT_SEED) -> Iterator[SourceDocument]:
    """The SourceDocuments of N councils, in a stable order (what `govkg load` would hand to the store)."""
    return documents(n, seed)


def document_quads(doc: SourceDocument) -> list[ox.Quad]:
    """DOC's quads exactly as govkg's builder makes them (its own graph), with a fixed load time."""
    meta, quads = build(doc)
    meta = [
        ox.Quad(q.subject, q.predicate, _FIXED_TIME, q.graph_name) if q.predicate == _GENERATED_AT else q
        for q in meta
    ]
    return meta + quads


def merged_copies(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The default-graph copies of QUADS: what govkg's store merges into its default graph."""
    return [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]


def generate_graph(n: int, path: str | Path, seed: int = DEFAULT_SEED) -> Generated:
    """Write the graph of N councils to PATH as N-Quads (written to a .part file, then renamed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    docs = facts = quads = 0
    with tmp.open("wb") as out:
        for i in range(n):
            batch: list[ox.Quad] = []
            for doc in council_documents(seed, i):
                docs += 1
                facts += len(doc.facts)
                batch.extend(document_quads(doc))
            # each quad once per council (a triple two councils share is written twice, held once)
            batch = list(dict.fromkeys(batch + merged_copies(batch)))
            quads += len(batch)
            ox.serialize(batch, out, format=ox.RdfFormat.N_QUADS)
    tmp.replace(path)
    return Generated(n, docs, facts, quads, path.stat().st_size, path)


def generate_corpus(n: int, out_dir: str | Path, seed: int = DEFAULT_SEED) -> Generated:
    """Write the plain-text minutes and reports of N councils under OUT_DIR/<area>/<key>.txt."""
    out = Path(out_dir)
    docs = facts = size = 0
    for i in range(n):
        folder = out / slug(area_name(i))
        folder.mkdir(parents=True, exist_ok=True)
        for doc in council_documents(seed, i):
            data = doc.text.encode("utf-8")
            (folder / f"{doc.key}.txt").write_bytes(data)
            docs += 1
            facts += len(doc.facts)
            size += len(data)
    return Generated(n, docs, facts, 0, size, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("graph", "corpus"))
    parser.add_argument("--councils", "-n", type=int, default=10, help="number of councils N (default 10)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", required=True, type=Path, help="N-Quads file (graph) or folder (corpus)")
    args = parser.parse_args(argv)
    if args.councils < 1:
        parser.error("--councils must be at least 1")
    started = dt.datetime.now()
    fn = generate_graph if args.what == "graph" else generate_corpus
    g = fn(args.councils, args.out, args.seed)
    secs = (dt.datetime.now() - started).total_seconds()
    print(
        f"{args.what}: {g.councils} councils, {g.documents} documents, {g.facts} facts, "
        f"{g.quads} quads, {g.bytes / 1e6:.1f} MB -> {g.path} in {secs:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
