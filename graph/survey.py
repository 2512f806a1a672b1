"""What the store must add to a dataset file beside its own quads: a survey of the file, read on a second core
while the bulk loader writes it on the first.

The store's default graph holds the merge of its named graphs. A file that carries that merge already (a govkg
export does: `govkg dump` writes the default graph too) needs no copies; any other needs the copies its default
graph lacks. Which case a file is, and which graphs it names, is found by one more parse of the file in a
separate process, so that the load itself stays one pass in Rust and costs what `oxigraph load` costs.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

# Triples remembered (as 8-byte hashes) to tell whether the file carries its merge; past this the survey says
# "unknown" and the store looks for missing copies itself, so memory stays bounded whatever the file's size.
MAX_REMEMBERED = 4_000_000
# Smaller files are surveyed in the loading process: starting a process costs more than reading them twice.
IN_PROCESS_BYTES = 8 * 1024 * 1024


@dataclass
class Survey:
    quads: int
    graphs: list[str]  # the named graphs the file writes to, in file order, in N-Triples syntax
    carries_merge: bool | None  # every named graph's triple is in the file's default graph; None: not known


def survey(path: str, media_type: str, base_iri: str | None, max_remembered: int = MAX_REMEMBERED) -> Survey:
    """Read the dataset file PATH once. Its default-graph triples and the named-graph triples not yet seen in
    it are remembered by hash (a collision, about 1 in 10^5 for a national graph of 20M triples, would leave
    one triple out of the merge)."""
    fmt = ox.RdfFormat.from_media_type(media_type)
    graphs: dict[str, None] = {}
    in_default: set[int] = set()
    pending: set[int] = set()  # named-graph triples not (yet) seen in the default graph
    known = True
    count = 0
    last = None
    default = ox.DefaultGraph()
    for count, q in enumerate(ox.parse(path=path, format=fmt, base_iri=base_iri, lenient=True), 1):  # noqa: B007
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
    """A survey of a file started now and read later: in a separate process for a large file (its parse runs
    on another core while this process bulk-loads the file), else in this process when asked for."""

    def __init__(self, path: str | os.PathLike[str], fmt: ox.RdfFormat, base_iri: str | None):
        self.args = (str(path), fmt.media_type, base_iri)
        self.pool: Any = None
        self.pending: Any = None
        if os.path.getsize(path) >= IN_PROCESS_BYTES:
            try:
                self.pool = multiprocessing.get_context("spawn").Pool(1)
                self.pending = self.pool.apply_async(survey, self.args)
            except OSError:  # no process to be had: surveyed here when asked
                self.close()

    def result(self) -> Survey | None:
        """The survey, or None when it could not be made (the store then checks every graph itself)."""
        try:
            return self.pending.get() if self.pending is not None else survey(*self.args)
        except (SyntaxError, ValueError, OSError, RuntimeError):
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the survey (when the load failed, it is not needed)."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
