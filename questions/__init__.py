"""Plain-English questions over the governance graph: one core for `govkg ask`, `/ask` and `/api/ask`."""

from __future__ import annotations

from typing import Any

from .engine import Asker
from .model import Answer, Evidence, Result


def ask(store: Any, question: str) -> Result:
    """Answer QUESTION from STORE (builds the name index each call; keep an Asker to reuse it)."""
    return Asker(store).ask(question)


__all__ = ["Answer", "Asker", "Evidence", "Result", "ask"]
