"""What the store must add to a dataset file beside its own quads: the default-graph copies of the triples of its
named graphs that its default graph lacks, made as the file's quads pass from the parser to the bulk loader.

The store's default graph holds the merge of its named graphs. A file that carries that merge already (a govkg
export does: `govkg dump` writes the default graph too) needs no copies; any other (a TriG or N-Quads file of
named graphs, as most datasets are written) needs the copies its default graph lacks. The file is parsed once,
by `pyoxigraph.parse`, and its quads go through `Surveying.passing` into `Store.bulk_extend`, followed by the
copies: one bulk write of all of it or, at the file's first error, nothing. That costs less CPU than the bulk
loader's own parse plus a second parse for the survey in a thread beside it (ten councils, in-process: N-Quads
3.62-3.66 s against 3.84-3.88 s, TriG 3.53 against 3.64-4.00, JSON-LD 3.93-4.14 against 4.95-5.03).

The copies are made from the parsed quads, so they name the blank nodes the parser gave the file. Finding them
afterwards in the store instead (an anti-join of the named graphs against the default graph, or reading the
file's graphs back) cost more than the file's own load: each triple read back is decoded from the store's
string table (ten councils' named graphs without their merge: 4.3-5.1 s of CPU to read back, 1.2-1.6 s to write).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

# Triples remembered (as 8-byte hashes) to tell which copies the file lacks; past this the survey forgets them and
# copies every named-graph triple after (a copy the store holds already is kept once), so memory stays bounded
# whatever the file's size.
MAX_REMEMBERED = 4_000_000
# Copies held back at most (each a triple in memory, a few hundred bytes) until the end of the file, whose default
# graph may state them later; past this they are written at once (one stated later is then written twice, and
# the store keeps it once).
MAX_HELD = 100_000
# How often (in quads) the survey looks whether it is past its bounds (an overshoot of at most this many).
CHECK_EVERY = 1 << 16


@dataclass
class Survey:
    quads: int = 0  # the file's own, without the copies
    graphs: list[str] = field(default_factory=list)  # the named graphs it writes to, in file order (N-Triples)
    carries_merge: bool | None = True  # no copy was needed; None: not known (past MAX_REMEMBERED)


class Surveying:
    """The quads that pass through `passing`, with the copies the merge needs, and a survey of them. The file's
    default-graph triples and the copies held or written are remembered by hash (a collision, about 1 in 10^5
    for a national graph of 20M triples, would leave one triple out of the merge)."""

    def __init__(self, max_remembered: int = MAX_REMEMBERED, max_held: int = MAX_HELD):
        self.max_remembered = max_remembered
        self.max_held = max_held
        self.found: Survey | None = None

    def passing(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        """QUADS, each as it comes, then the default-graph copy of each named-graph triple among them that their
        default graph does not state, once; the survey is complete once they have all been read."""
        graphs: dict[str, None] = {}
        merged: set[int] = set()  # triples the default graph will hold: the file's own and the copies written
        held: dict[int, ox.Triple] = {}  # named-graph triples whose copy waits for the end of the file
        known, copied = True, False
        count = 0
        last = None
        is_default = False
        default = ox.DefaultGraph()
        for q in quads:
            count += 1
            g = q.graph_name
            if g != last:  # files come graph by graph: one look-up per run
                last = g
                is_default = g == default
                if not is_default:
                    graphs.setdefault(str(g), None)
            yield q
            if not known:
                if not is_default:
                    yield ox.Quad(q.subject, q.predicate, q.object)
                continue
            triple = q.triple
            key = hash(triple)  # one hash in Rust: a tuple of the three terms cost 6% more CPU
            if is_default:
                merged.add(key)
                held.pop(key, None)
            elif key not in merged and key not in held:
                held[key] = triple  # the triple, not the quad: about 6% less CPU for the survey
            if not count % CHECK_EVERY:
                if len(held) > self.max_held or len(merged) + len(held) > self.max_remembered:
                    copied = copied or bool(held)
                    yield from _copies(held, merged)
                if len(merged) > self.max_remembered:
                    known = False
                    merged.clear()
        if known and len(merged) + len(held) > self.max_remembered:
            known = False
        copied = copied or bool(held)
        yield from _copies(held, merged)
        self.found = Survey(count, list(graphs), (not copied) if known else None)

    def result(self) -> Survey:
        if self.found is None:
            raise RuntimeError("the survey's quads have not all been read")
        return self.found


def _copies(held: dict[int, ox.Triple], merged: set[int]) -> Iterator[ox.Quad]:
    """The default-graph copies of the HELD triples, now written: remembered as merged, and no longer held."""
    merged.update(held)
    for triple in held.values():
        yield ox.Quad(*triple)
    held.clear()


def survey(path: str, media_type: str, base_iri: str | None, max_remembered: int = MAX_REMEMBERED) -> Survey:
    """Read the dataset file PATH once and survey it (for tests and tools; a load surveys what it writes)."""
    surveying = Surveying(max_remembered)
    fmt = ox.RdfFormat.from_media_type(media_type)
    for _ in surveying.passing(ox.parse(path=path, format=fmt, base_iri=base_iri, lenient=True)):
        pass
    return surveying.result()
