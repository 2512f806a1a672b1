"""A participle with "by" after a verb's object ("X commissions the outreach service, delivered by Y") describes
that object, not the name before the verb: X is not delivered by Y. Texts written for the test, in three councils'
styles; the apposed form ("X, a scheme delivered by Y") still reads."""

from __future__ import annotations

from extract_helpers import of, read

REPORT = """Harbury Community Safety Partnership - Annual Report 2024

Harbury Public Health commissions the young people's substance misuse service, delivered by Open Road Harbury.
"""

MINUTES = """Westmere Domestic Abuse Partnership Board - minutes

The Commissioner's grant covers the Westmere Refuge, and £18,200 funds the target hardening scheme run by
Lockfast Homes CIC.
"""

PLAN = """Kestrel Vale Youth Justice Plan

The Youth Justice Service oversees the diversion programme, delivered by Kestrel Vale Youth Trust, and reports to
the Management Board.
"""


def test_the_name_before_the_verb_is_not_delivered() -> None:
    for text, provider in ((REPORT, "Open Road"), (MINUTES, "Lockfast"), (PLAN, "Kestrel Vale Youth Trust")):
        delivers = of(read(text), "delivers")
        assert not any(provider in s and o[:1].isupper() and not o.islower() and
                       o.split()[-1] in ("Health", "Refuge", "Service") for s, o in delivers), (provider, delivers)


def test_the_apposed_form_still_reads() -> None:
    doc = read("Northbrook Community Safety Partnership\n\nThe Safe Haven, a town-centre welfare scheme delivered by "
               "Northbrook Street Angels, opens on Friday nights.\n")
    assert any("Street Angels" in s for s, _ in of(doc, "delivers")), of(doc, "delivers")
