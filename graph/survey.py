"""What the store must add to a dataset file beside its own quads: a survey of the file's quads, taken as they
pass from the parser to the bulk loader.

The store's default graph holds the merge of its named graphs. A file that carries that merge already (a govkg
export does: `govkg dump` writes the default graph too) needs no copies; any other needs the copies its default
graph lacks. Which case a file is, and which graphs it names, is seen on the quads the load writes: the file is
parsed once, by `pyoxigraph.parse`, and its quads go through `Survey.passing` into `Store.bulk_extend`. That
costs less CPU than the bulk loader's own parse plus a second parse for the survey in a thread beside it (ten
councils, in-process: N-Quads 3.62-3.66 s against 3.84-3.88 s, TriG 3.53 against 3.64-4.00, JSON-LD 3.93-4.14
against 4.95-5.03), and it writes the same: all of the file or, at its first error, nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

# Triples remembered (as 8-byte hashes) to tell whether the file carries its merge; past this the survey says
# "unknown" and the store looks for missing copies itself, so memory stays bounded whatever the file's size.
MAX_REMEMBERED = 4_000_000
# How often (in quads) the survey looks whether it is past MAX_REMEMBERED (an overshoot of at most this many).
CHECK_EVERY = 1 << 16


@dataclass
class Survey:
    quads: int = 0
    graphs: list[str] = field(default_factory=list)  # the named graphs it writes to, in file order (N-Triples)
    carries_merge: bool | None = True  # every named graph's triple is in the file's default graph; None: not known


class Surveying:
    """A survey of the quads that pass through `passing`: their default-graph triples and the named-graph
    triples not yet seen in it are remembered by hash (a collision, about 1 in 10^5 for a national graph of 20M
    triples, would leave one triple out of the merge)."""

    def __init__(self, max_remembered: int = MAX_REMEMBERED):
        self.max_remembered = max_remembered
        self.found: Survey | None = None

    def passing(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        """QUADS, each as it comes, surveyed on the way; the survey is complete once they are all read."""
        graphs: dict[str, None] = {}
        in_default: set[int] = set()
        pending: set[int] = set()  # named-graph triples not (yet) seen in the default graph
        known = True
        count = 0
        last = None
        default = ox.DefaultGraph()
        for q in quads:
            count += 1
            g = q.graph_name
            if g != last:  # files come graph by graph: one look-up per run
                last = g
                if g != default:
                    graphs.setdefault(str(g), None)
            if known:
                key = hash(q.triple)  # one hash in Rust: a tuple of the three terms cost 6% more CPU
                if g == default:
                    in_default.add(key)
                    pending.discard(key)
                elif key not in in_default:
                    pending.add(key)
                if not count % CHECK_EVERY and len(in_default) + len(pending) > self.max_remembered:
                    known = False
                    in_default.clear()
                    pending.clear()
            yield q
        if known and len(in_default) + len(pending) > self.max_remembered:
            known = False
        self.found = Survey(count, list(graphs), (not pending) if known else None)

    def result(self) -> Survey:
        if self.found is None:
            raise RuntimeError("the survey's quads have not all been read")
        return self.found


def survey(path: str, media_type: str, base_iri: str | None, max_remembered: int = MAX_REMEMBERED) -> Survey:
    """Read the dataset file PATH once and survey it (for tests and tools; a load surveys what it writes)."""
    surveying = Surveying(max_remembered)
    fmt = ox.RdfFormat.from_media_type(media_type)
    for _ in surveying.passing(ox.parse(path=path, format=fmt, base_iri=base_iri, lenient=True)):
        pass
    return surveying.result()
