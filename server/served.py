"""The store as the web app holds it: reads go straight through; writes run under the executor's
`writing()`, so query workers pause for them and then see the new data."""

from __future__ import annotations

from typing import Any

_WRITES = ("update", "load_document", "remove_document", "bulk_load", "load_rdf_file", "_run_update", "extend_quads")


class ServedStore:
    """Wraps a GraphStore; every other attribute is the wrapped store's own."""

    def __init__(self, store: Any, executor: Any):
        self._store = store
        self._executor = executor

    @property
    def wrapped(self) -> Any:
        return self._store

    def batch(self, max_documents: int | None = None) -> Any:
        """A write batch whose every commit runs under `writing()`, as a single write does."""
        from ..graph.store import BATCH_DOCUMENTS, WriteBatch

        return WriteBatch(self, max_documents or BATCH_DOCUMENTS)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if name in _WRITES and callable(attr):

            def guarded(*args: Any, **kwargs: Any) -> Any:
                with self._executor.writing():
                    return attr(*args, **kwargs)

            guarded.__name__ = name
            guarded.__doc__ = attr.__doc__
            return guarded
        return attr
