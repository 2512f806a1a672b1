"""Relations stated in one sentence, by the patterns in gazetteer/patterns.yaml."""

from __future__ import annotations

from . import ExtractionDoc


def sentence_patterns(doc: ExtractionDoc) -> None:
    return None
