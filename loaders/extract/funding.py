"""Funding: "X allocated £260k per year to Y" and funding tables (priority, project, amount)."""

from __future__ import annotations

from . import ExtractionDoc


def funding_sentences(doc: ExtractionDoc) -> None:
    return None


def funding_tables(doc: ExtractionDoc) -> None:
    return None
