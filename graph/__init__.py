"""The graph layer: the fact model, IRI minting, the persistent store and what reads it."""

from __future__ import annotations

from typing import Any

from .store import register_backend as _register_backend


def _remote_store(location: str) -> Any:
    # requests and the HTTP backend are imported when a URL is opened, not by every command (a local
    # `govkg load` paid 0.07-0.15 s of start-up for them)
    from .remote import RemoteStore

    return RemoteStore(location)


for _scheme in ("http", "https"):
    _register_backend(_scheme, _remote_store)
