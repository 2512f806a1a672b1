"""What changed in a store since a reader last looked: a journal of writes, kept by the store object.

Readers that derive something from the whole graph (the questions' name index, the search box) ask the
journal what changed since the last state they saw, and redo only the part those changes touch, instead of
checking a fingerprint of every document on every question or rebuilding everything after any write.

A write names what it touched: the documents it loaded, replaced or removed, and for a SPARQL Update that
states its triples (INSERT DATA, DELETE DATA, DROP GRAPH <g>), every IRI it names. An update whose effect
cannot be read from its text (a WHERE clause, CLEAR ALL, LOAD) is recorded as touching everything.

A reader may also subscribe: it is then told of each change as soon as the write is recorded, in the writing
thread, so that it can bring what it derives up to date as part of the write (the questions' name index does,
so that the first question after an upload costs what any other does). Subscribers are held weakly: a reader
that is dropped stops being told.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

# Entries kept; a reader further behind than this rebuilds everything.
KEEP = 20_000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    seq: int
    documents: frozenset[str] = frozenset()  # document IRIs loaded, replaced or removed
    subjects: frozenset[str] = frozenset()  # other IRIs whose description may have changed
    everything: bool = False  # what changed cannot be told


class ChangeLog:
    """A bounded, thread-safe journal of one store's writes, numbered from 1."""

    def __init__(self, keep: int = KEEP):
        self._entries: deque[Change] = deque(maxlen=keep)
        self._lock = threading.Lock()
        self.seq = 0
        self._subscribers: list[weakref.WeakMethod[Callable[[Change], None]]] = []

    def subscribe(self, method: Callable[[Change], None]) -> None:
        """Call METHOD (a bound method, held weakly) with each change after it is recorded. A subscriber's
        error is logged, never raised: the write it follows has already committed."""
        with self._lock:
            self._subscribers.append(weakref.WeakMethod(method))  # type: ignore[arg-type]

    def record(
        self, documents: Iterable[str] = (), subjects: Iterable[str] = (), everything: bool = False
    ) -> Change:
        with self._lock:
            self.seq += 1
            change = Change(self.seq, frozenset(documents), frozenset(subjects), everything)
            self._entries.append(change)
            self._subscribers = [ref for ref in self._subscribers if ref() is not None]
            subscribers = list(self._subscribers)
        for ref in subscribers:  # outside the lock: a subscriber reads the store, and may record nothing
            method = ref()
            if method is None:
                continue
            try:
                method(change)
            except Exception:  # the write stands; the reader catches up on its next look
                log.exception("a reader of the store's changes failed to follow change %d", change.seq)
        return change

    def record_update(self, text: str) -> Change:
        """Record a SPARQL Update by what its text says it touches."""
        named = named_by_update(text)
        if named is None:
            return self.record(everything=True)
        return self.record(documents=named, subjects=named)

    def since(self, seq: int) -> list[Change] | None:
        """The changes after SEQ, oldest first; None when the journal no longer reaches back that far."""
        with self._lock:
            if seq >= self.seq:
                return []
            if not self._entries or self._entries[0].seq > seq + 1:
                return None
            return [c for c in self._entries if c.seq > seq]


# Keywords after which an update's effect depends on what its WHERE clause or another source finds.
_OPEN_ENDED = frozenset({"WHERE", "LOAD", "ALL", "NAMED", "DEFAULT", "WITH", "USING", "COPY", "MOVE", "ADD"})


def named_by_update(text: str) -> set[str] | None:
    """Every IRI an update names, when the update touches nothing else (its data is all written out);
    None when it may touch triples it does not name."""
    from ..ontology.vocab import PREFIXES
    from ..server.querytext import tokens

    prefixes = dict(PREFIXES)
    base = ""
    out: set[str] = set()
    toks = [m for m in tokens(text) if m.lastgroup not in ("ws", "comment")]
    i = 0
    while i < len(toks):
        kind, value = toks[i].lastgroup, toks[i].group()
        if kind == "var" or (kind == "other" and value == "["):
            return None  # a variable or a blank node pattern: it matches what it does not name
        if kind == "word" and ":" not in value:
            word = value.upper()
            if word in _OPEN_ENDED:
                return None
            if word == "PREFIX" and i + 2 < len(toks):
                prefixes[toks[i + 1].group().rstrip(":")] = toks[i + 2].group()[1:-1]
                i += 3
                continue
            if word == "BASE" and i + 1 < len(toks):
                base = toks[i + 1].group()[1:-1]
                i += 2
                continue
        elif kind == "iri":
            out.add(urljoin(base, value[1:-1]) if base else value[1:-1])
        elif kind == "word":
            prefix, local = value.split(":", 1)
            if prefix in prefixes:
                out.add(prefixes[prefix] + local)
        i += 1
    return out
