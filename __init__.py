"""govkg: a knowledge graph of community-safety governance built from council documents."""

__version__ = "0.1.0"
