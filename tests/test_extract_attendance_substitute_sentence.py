"""An "Apologies:" block whose last sentence says who came in someone's place: that person attended, as a
substitute, and sent no apologies."""

from __future__ import annotations

from extract_helpers import of, read

MINUTES = """Safer Northdale Partnership Board
Minutes of the Board meeting, Tuesday 19 March 2024

PRESENT

Councillor Ann Vary (Chair)

Apologies: Councillor Jo Pym (Chair, Licensing Committee) and
Petra Lund (Director of Housing, Northdale Council). Sam Reed attended as substitute for Petra Lund.

1. WELCOME
"""


def test_the_substitute_attended_and_sent_no_apologies() -> None:
    doc = read(MINUTES)
    body = "Safer Northdale Partnership Board"
    assert ("Sam Reed", body) in of(doc, "attended"), of(doc, "attended")
    assert ("Sam Reed", body) not in of(doc, "apologies"), of(doc, "apologies")
    assert {("Jo Pym", body), ("Petra Lund", body)} <= of(doc, "apologies"), of(doc, "apologies")
