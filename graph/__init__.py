"""The graph layer: the fact model, IRI minting, the persistent store and what reads it."""
