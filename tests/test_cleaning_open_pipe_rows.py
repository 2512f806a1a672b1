"""A pipe table row whose last cell ran on to the next line ("| Jo Lee | Cabinet Member for Housing and" /
"Planning, Harrow Council |") is joined back into one row by the cleaner."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean

MINUTES = """Safer Harrow Partnership Board
Minutes of the meeting held on 6 February 2024

PRESENT:

| Name | Role / Organisation |
|------|---------------------|
| Councillor Ifor Bramley (Chair) | Cabinet Member for Community Safety and Public
Protection, Harrow Council |
| Hester Quayle | Director of Public Health, Harrow Council |

1. Welcome
The Chair welcomed everyone.
"""


def test_the_two_lines_of_an_open_row_are_one_row() -> None:
    text = clean(MINUTES)
    assert "Community Safety and Public Protection, Harrow Council |" in text
    assert "\nProtection, Harrow Council |" not in text


def test_the_joined_row_reads_whole() -> None:
    doc = read(MINUTES)
    assert ("Ifor Bramley", "London Borough of Harrow") in of(doc, "member_of")
    assert not [s for s, o in of(doc, "attended") if s.startswith("Protection")]
