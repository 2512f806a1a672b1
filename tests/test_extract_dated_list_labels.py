"""A list's label with the years it is for and no colon ("Core members 2023/24") opens the list as the bare label
does. Texts written for these tests."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_dated_members_label_opens_its_list() -> None:
    doc = read("""Rivermouth Exploitation Partnership - Annual Report 2024/25

The Rivermouth Exploitation Partnership brings agencies together against modern slavery.

Core members 2024/25
  - Rivermouth City Council
  - Westshire Police
  - Westshire Fire and Rescue Service
""")
    members = of(doc, "member_of")
    for org in ("Rivermouth City Council", "Westshire Police", "Westshire Fire and Rescue Service"):
        assert (org, "Rivermouth Exploitation Partnership") in members


def test_a_sentence_that_ends_is_no_label() -> None:
    doc = read("""Rivermouth Exploitation Partnership - Annual Report 2024/25

We met six times in 2024/25.
  - Rivermouth City Council
""")
    assert ("Rivermouth City Council", "Rivermouth Exploitation Partnership") not in of(doc, "member_of")
