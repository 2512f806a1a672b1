"""loaders/extract/lists.py (priority_phrase): a priority listed with an indefinite article ("- A refreshed needs
assessment", "2. An outreach hub for the town centre") is named without it, as the same priority is in a plan's
prose; an article that is the whole of a short item's first word ("A1 corridor") is not cut."""

from __future__ import annotations

from extract_helpers import of, read

BULLETS = """Northmoor Domestic Abuse Local Partnership Board
Annual Report 2024/25

Priorities for 2025/26

 - A refreshed safe accommodation needs assessment
 - Earlier identification of abuse in health settings
"""

NUMBERED = """Safer Eastvale Partnership
Minutes of the meeting held on 4 March 2025

5.1 The Board agreed its priorities for 2025/26:
1. An outreach hub for the town centre
2. Reducing repeat victimisation
"""

WEB = """Fernley Community Safety Partnership

The partnership's priorities are:
  * a safer night-time economy
  * tackling knife crime
"""


def test_a_listed_priority_is_named_without_its_article() -> None:
    for text, wanted in ((BULLETS, "refreshed safe accommodation needs assessment"),
                         (NUMBERED, "outreach hub for the town centre"),
                         (WEB, "safer night-time economy")):
        items = {item.casefold() for item, _ in of(read(text), "priority_of")}
        assert wanted in items, items
        assert not any(item.startswith(("a ", "an ")) for item in items), items
