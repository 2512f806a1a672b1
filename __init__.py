"""govkg: a knowledge graph of community-safety governance built from council documents.

`govkg.open(store)` is the public API (see `govkg.api`): load papers, query, ask questions, export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import GovKG


def open(location: Any = None, **options: Any) -> GovKG:  # govkg.open(store), as sqlite-utils has Database(path)
    """Open a store (see `govkg.api.open`); `import govkg` stays light until then."""
    from .api import open as open_store

    return open_store(location, **options)
