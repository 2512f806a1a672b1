"""Pages read from one version of a store (a chart, a governance report, funding flows), kept until it changes.

A version is the store's journal position (graph/changes.py): every write this process makes moves it, and an
embedded store is written by no other process while this one holds it (read-write, RocksDB locks it; read-only,
the process sees the store as it was when opened). A remote store may be written by others, so nothing read
from one is kept. Each store keeps the latest KEEP results, so memory stays bounded by what the pages
themselves may hold (each is scoped and capped).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

KEEP = 48  # enough for the pages a server warms again after a write (server/warm.py), a few keys each
T = TypeVar("T")

_caches: weakref.WeakKeyDictionary[Any, OrderedDict[Hashable, tuple[int, Any]]] = weakref.WeakKeyDictionary()
# What is being computed now, per store and key: a second caller of the same key on the same version waits for
# the first instead of computing it again (a visitor arriving while the warm-up after a write draws that page)
_flights: weakref.WeakKeyDictionary[Any, dict[Hashable, _Flight]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


class _Flight:
    """One computation in progress, for the callers that wait on it."""

    def __init__(self, version: int):
        self.version = version
        self.done = threading.Event()
        self.ok = False
        self.value: Any = None


def _embedded(store: Any) -> Any | None:
    from .store import LocalStore

    inner = getattr(store, "wrapped", store)
    return inner if isinstance(inner, LocalStore) else None


def store_version(store: Any) -> int | None:
    """The journal position of an embedded store; None for a store other processes may write."""
    inner = _embedded(store)
    return None if inner is None else inner.changes.seq


def is_cached(store: Any, key: Hashable) -> bool:
    """Whether KEY holds a value for the current version of STORE (for tests and the warm-up)."""
    inner = _embedded(store)
    if inner is None:
        return False
    with _lock:
        hit = _caches.get(inner, {}).get(key)
        return hit is not None and hit[0] == inner.changes.seq


def cached(store: Any, key: Hashable, compute: Callable[[], T]) -> T:
    """COMPUTE(), or what it gave for KEY on this version of STORE. Errors are not kept. While one thread
    computes KEY for this version, another asking for it waits for that value (when the first fails, the
    second computes it itself, so each caller sees its own error)."""
    inner = _embedded(store)
    if inner is None:
        return compute()
    version = inner.changes.seq
    with _lock:
        cache = _caches.setdefault(inner, OrderedDict())
        hit = cache.get(key)
        if hit is not None and hit[0] == version:
            cache.move_to_end(key)
            return hit[1]
        flights = _flights.setdefault(inner, {})
        flight = flights.get(key)
        if flight is None or flight.version != version:
            flight, mine = _Flight(version), True
            flights[key] = flight
        else:
            mine = False
    if not mine:
        flight.done.wait()
        if flight.ok:
            return flight.value
        return compute()
    try:
        value = compute()
        flight.value, flight.ok = value, True
    finally:
        with _lock:
            if flights.get(key) is flight:
                del flights[key]
            if flight.ok:
                cache[key] = (version, flight.value)
                cache.move_to_end(key)
                while len(cache) > KEEP:
                    cache.popitem(last=False)
        flight.done.set()
    return value
