"""The commissioner's office carries every usual form of its name ("Kent OPCC", "OPCC Kent", "Office of the Kent
Police and Crime Commissioner"), and so do the posts of its staff: whichever form another paper or a reader
writes, it is the same node."""

from __future__ import annotations

from extract_helpers import read


def _aliases(text: str, name: str) -> set[str]:
    doc = read(text)
    return {a for e in doc.entities if e.name == name for a in e.aliases}


def test_a_web_page_names_the_office_in_full() -> None:
    aliases = _aliases("Our team\n\nSam Reed, Head of Commissioning, Office of the Police and Crime Commissioner "
                       "for Kent, leads our grants work.\n",
                       "Head of Commissioning, Office of the Police and Crime Commissioner for Kent")
    assert {"Head of Commissioning, OPCC Kent", "Head of Commissioning, Kent OPCC"} <= aliases, aliases


def test_a_report_names_a_post_with_the_office_in_its_other_word_order() -> None:
    text = ("Report to the Dorset Police and Crime Panel\n\nAuthor: Mira Holt, Head of Partnerships, Office of the "
            "Dorset Police and Crime Commissioner\n")
    aliases = _aliases(text, "Head of Partnerships, Office of the Police and Crime Commissioner for Dorset")
    assert "Head of Partnerships, OPCC Dorset" in aliases, aliases


def test_a_decision_notice_names_the_office_alone() -> None:
    aliases = _aliases("Decision notice 14/2024\n\nThe Office of the Police and Crime Commissioner for Surrey will "
                       "commission a new victims' service.\n", "Office of the Police and Crime Commissioner for Surrey")
    assert {"Surrey OPCC", "OPCC Surrey"} <= aliases, aliases
