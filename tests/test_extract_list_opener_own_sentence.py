"""loaders/extract/lists.py: a list's opener names its relation in its own sentence. "... for the partnership's
priorities. This pays for:" opens what the money pays for; the word "priorities" in the sentence before it opens
nothing. The same holds for a remit word ("functions", "role") before a full stop."""

from __future__ import annotations

from extract_helpers import of, read

WEBPAGE = """Safer Marlow Vale Partnership

Funding

For 2025/26 the Police and Crime Commissioner has given the council £94,000 for the partnership's priorities.
This pays for:
  * a youth outreach worker
  * a night-time economy co-ordinator
"""

MINUTES = """Fernley Community Safety Partnership
Minutes of the meeting held on 9 January 2025

4. Delivery plan

4.1 The Board reviewed progress against its priorities. The following updates were noted:
- the knife arch pilot at the station
- the new CCTV cameras in the market square
"""

REPORT = """Report to the Overview and Scrutiny Committee
Dunmore Borough Council

The team's role is set out in the plan. Its staff are:
- two community safety officers
- an anti-social behaviour caseworker

The Safer Dunmore Partnership's priorities for 2025/26 are:
- reducing anti-social behaviour
- tackling domestic abuse
"""


def test_a_word_in_the_sentence_before_opens_no_list() -> None:
    for text in (WEBPAGE, MINUTES):
        assert of(read(text), "priority_of") == set(), text[:30]
    assert not any(obj.casefold().startswith(("two community", "an anti-social")) for _, obj in
                   of(read(REPORT), "responsible_for"))


def test_an_opener_in_its_own_sentence_still_reads() -> None:
    priorities = {item.casefold() for item, _ in of(read(REPORT), "priority_of")}
    assert any(item.startswith("reducing anti-social") for item in priorities), priorities
