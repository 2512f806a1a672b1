"""loaders/mentions.py: "Part of the PCC grant", "Half of the Council's budget", "Most of the Board's funding" open
a sentence with a share of what the name owns. The share word is no part of the name, so the giver of "Part of the
PCC grant (£12,500) will go to X" is the Commissioner, not a body called "Part of the PCC"."""

from __future__ import annotations

from extract_helpers import funds, read

NEWS = """Northfleet Borough Council - News

The Westshire Police and Crime Commissioner has awarded the Northfleet Community Safety Partnership £40,000.
Part of the PCC grant (£9,500) will go to Harbour Domestic Abuse Hub.
"""

MINUTES = """Eastmoor Community Safety Partnership
Minutes of the meeting held on 3 March 2025

Half of the Commissioner's grant will pay for the Eastmoor Street Pastors scheme.
"""

REPORT = """Report to Cabinet
Fenwick District Council

Most of the Council's community safety budget funds the CCTV control room.
"""


def _names(text: str) -> set[str]:
    doc = read(text)
    return {e.name for f in doc.facts for e in (f.subject, f.object) if e is not None}


def test_a_share_word_is_no_part_of_a_name() -> None:
    for text in (NEWS, MINUTES, REPORT):
        names = _names(text)
        assert not any(n.startswith(("Part of", "Half of", "Most of")) for n in names), names


def test_the_owner_of_the_grant_gives_the_share() -> None:
    got = funds(NEWS)
    assert not any(giver.startswith("Part") for giver, _, _ in got), got
    assert any(giver.endswith("Police and Crime Commissioner") and receiver == "Harbour Domestic Abuse Hub"
               for giver, receiver, _ in got), got
