"""A sentence of prose wrapped before a run of names ("... brings together Westbury" / "Borough Council, Westbury
Police, ...") is one paragraph, though the wrapped line of names reads as a heading by its capitals; a list entry
closed by its note, or a line of names with prose no longer under it, is not joined."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout

PARAGRAPH = """Westbury Community Safety Partnership
Annual Report 2024/25

Over the last twelve months our Board met six times and agreed two new plans for
the town.  Today the Partnership brings together Westbury
Borough Council, Westbury Police, Orlshire County Council, Orlshire
Fire and Rescue Service, the Probation Service and the local health board, as required by the 1998 Act.
"""


def test_a_run_of_names_inside_a_sentence_is_read_with_it() -> None:
    members = {s for s, o in of(read(PARAGRAPH), "member_of") if o == "Westbury Community Safety Partnership"}
    assert {"Westbury Police", "Orlshire County Council"} <= members


def test_the_wrapped_names_are_one_sentence() -> None:
    text = clean(PARAGRAPH)
    layout = read_layout(text)
    spans = [text[a:b] for _, (a, b) in layout.sentences()]
    assert any("brings together Westbury" in s and "Orlshire County Council" in s for s in spans)


def test_an_attendance_entry_closed_by_its_note_is_not_joined() -> None:
    text = clean("Present:\nCllr Amos Tredwell, Cabinet Member for Communities, Westbury Borough Council (Chair)\n"
                 "Tamsin Orrell, Head of Housing, Westbury Borough Council\nDavid Ashby, Inspector\n")
    layout = read_layout(text)
    assert not any("(Chair) Tamsin" in text[a:b].replace("\n", " ") for _, (a, b) in layout.sentences())
