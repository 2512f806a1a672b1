"""What the store must add to a dataset file beside its own quads: a survey of the file, read in a thread of
the loading process while the bulk loader writes it.

The store's default graph holds the merge of its named graphs. A file that carries that merge already (a govkg
export does: `govkg dump` writes the default graph too) needs no copies; any other needs the copies its default
graph lacks. Which case a file is, and which graphs it names, is found by one more parse of the file, so that
the load itself stays one pass in Rust and costs what `oxigraph load` costs. The bulk loader releases the GIL
while it works, so the survey's thread runs beside it; a thread rather than a second process, because starting
a process and importing govkg in it cost more CPU (0.3-0.5 s per load, on a 2-core machine shared with the
loader's own threads) than the survey's parse of a file of ten councils.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import pyoxigraph as ox

# Triples remembered (as 8-byte hashes) to tell whether the file carries its merge; past this the survey says
# "unknown" and the store looks for missing copies itself, so memory stays bounded whatever the file's size.
MAX_REMEMBERED = 4_000_000
# How often (in quads) the survey looks whether it has been stopped: often enough to stop within a few ms.
STOP_EVERY = 1 << 16


@dataclass
class Survey:
    quads: int
    graphs: list[str]  # the named graphs the file writes to, in file order, in N-Triples syntax
    carries_merge: bool | None  # every named graph's triple is in the file's default graph; None: not known


class Stopped(Exception):
    """The survey was stopped before the end of the file (the load it served failed)."""


def survey(path: str, media_type: str, base_iri: str | None, max_remembered: int = MAX_REMEMBERED,
           stop: threading.Event | None = None) -> Survey:
    """Read the dataset file PATH once. Its default-graph triples and the named-graph triples not yet seen in
    it are remembered by hash (a collision, about 1 in 10^5 for a national graph of 20M triples, would leave
    one triple out of the merge). Raises Stopped once STOP is set."""
    fmt = ox.RdfFormat.from_media_type(media_type)
    graphs: dict[str, None] = {}
    in_default: set[int] = set()
    pending: set[int] = set()  # named-graph triples not (yet) seen in the default graph
    known = True
    count = 0
    last = None
    default = ox.DefaultGraph()
    for count, q in enumerate(ox.parse(path=path, format=fmt, base_iri=base_iri, lenient=True), 1):  # noqa: B007
        if stop is not None and not count % STOP_EVERY and stop.is_set():
            raise Stopped
        g = q.graph_name
        if g != last:  # files come graph by graph: one look-up per run
            last = g
            if g != default:
                graphs.setdefault(str(g), None)
        if not known:
            continue
        key = hash(q.triple)  # one hash in Rust: a tuple of the three terms cost 6% more CPU (a hundred councils)
        if g == default:
            in_default.add(key)
            pending.discard(key)
        elif key not in in_default:
            pending.add(key)
        if len(in_default) + len(pending) > max_remembered:
            known = False
            in_default.clear()
            pending.clear()
    return Survey(count, list(graphs), (not pending) if known else None)


class Surveyor:
    """A survey of a file started now, in a thread of this process, and read later."""

    def __init__(self, path: str | os.PathLike[str], fmt: ox.RdfFormat, base_iri: str | None):
        self.args = (str(path), fmt.media_type, base_iri)
        self.stop = threading.Event()
        self.found: Survey | None = None
        self.thread = threading.Thread(target=self._run, name="govkg-survey", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.found = survey(*self.args, stop=self.stop)
        except (Stopped, SyntaxError, ValueError, OSError, RuntimeError):
            self.found = None  # the store then checks every graph itself (or the load failed: not needed)

    def result(self) -> Survey | None:
        """The survey, or None when it could not be made (the store then checks every graph itself)."""
        self.thread.join()
        return self.found

    def close(self) -> None:
        """Stop the survey (when the load failed, it is not needed)."""
        self.stop.set()
        self.thread.join()
