"""The graph layer: the fact model, IRI minting, the persistent store and what reads it."""
from . import remote as _remote  # noqa: E402,F401  registers the http(s):// store backend
