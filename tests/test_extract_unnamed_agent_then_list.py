"""An agent slot filled by an unnamed, indefinite noun phrase ("each led by a lead officer") followed by ", and the
X" is closed: X is the next item of an outer list, not the chair or lead of anything. Texts written for the test,
in three councils' styles."""

from __future__ import annotations

from extract_helpers import of, read

REPORT = """Northbrook Community Safety Partnership

Under the Partnership Board sit four delivery groups, each led by a lead officer, and the Partnership Team, which is
managed by the Head of Community Safety.
"""

WEB = """Westmere Safeguarding Adults Board

The Board's work is split between two sub-groups, each led by a partner agency, and the Business Unit, which
supports the Board.
"""

MINUTES = """Eastmere Safer Communities Board - minutes

4.1 Below the Board there are three delivery groups, each chaired by a named lead, and the Eastmere Community
Safety Team.
"""


def test_the_next_item_leads_and_chairs_nothing() -> None:
    for text, team in ((REPORT, "Partnership Team"), (WEB, "Business Unit"), (MINUTES, "Community Safety Team")):
        doc = read(text)
        assert not any(team in o for _, o in of(doc, "led_by")), of(doc, "led_by")
        assert not any(team in s for s, _ in of(doc, "chairs")), of(doc, "chairs")


def test_a_named_agent_after_a_comma_still_reads() -> None:
    doc = read("Harbury Community Safety Partnership\n\nThe Hate Crime Group is led by the Harbury Equality Forum, "
               "and the Tasking Group by the police.\n")
    assert any("Equality Forum" in o for _, o in of(doc, "led_by")), of(doc, "led_by")
