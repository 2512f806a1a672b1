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

KEEP = 32
T = TypeVar("T")

_caches: weakref.WeakKeyDictionary[Any, OrderedDict[Hashable, tuple[int, Any]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _embedded(store: Any) -> Any | None:
    from .store import LocalStore

    inner = getattr(store, "wrapped", store)
    return inner if isinstance(inner, LocalStore) else None


def store_version(store: Any) -> int | None:
    """The journal position of an embedded store; None for a store other processes may write."""
    inner = _embedded(store)
    return None if inner is None else inner.changes.seq


def cached(store: Any, key: Hashable, compute: Callable[[], T]) -> T:
    """COMPUTE(), or what it gave for KEY on this version of STORE. Errors are not kept."""
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
    value = compute()
    with _lock:
        cache[key] = (version, value)
        cache.move_to_end(key)
        while len(cache) > KEEP:
            cache.popitem(last=False)
    return value
