"""Relations stated by a lead-in and a list: "The priorities were: A, B and C", "made up of: A, B, C"."""

from __future__ import annotations

from . import ExtractionDoc


def list_relations(doc: ExtractionDoc) -> None:
    return None
