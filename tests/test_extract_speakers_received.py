"""Minutes: "Members received a presentation from X" puts X at the meeting; a letter from X does not."""

from __future__ import annotations

from extract_helpers import of, read

HEAD = ("Minutes of the Safer Bristol Partnership meeting held on 2 March 2023\n\nPresent: Cllr Tara Quayle (Chair)\n\n"
        "1. Health Visiting\n")


def _attended(text: str) -> set[str]:
    return {s for s, o in of(read(HEAD + text + "\n"), "attended") if o == "Safer Bristol Partnership"} - {
        "Tara Quayle"}


def test_a_presentation_received_from_a_person() -> None:
    assert _attended("Members received a presentation from Kemi Dart, Lead Nurse, Bristol Community Health, on "
                     "the new service.") == {"Kemi Dart"}


def test_a_letter_received_from_a_person() -> None:
    assert _attended("Members received a letter from Kemi Dart about the new service.") == set()
