"""A council's paper's own officers (the author and contact of a report, who gave the advice it records, who took
the minutes) hold a bare officer's post in that council; a partner's post, a rank or a member's portfolio is left
as read."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

REPORT = """Source: https://example.org/cabinet/report

BRAINTREE DISTRICT COUNCIL

Report to Cabinet, 14 October 2025
Title:               Community Safety Partnership plan refresh
Contact officer:     Joss Amberley, Safer Communities Coordinator
Lead Member:         Cllr Wren Tolliver, Cabinet Member for Stronger Communities

1. The plan has been refreshed with the partners.

8. Legal implications. Legal advice provided by Saskia Dunmore, Principal Solicitor, on 2 October 2025.

REPORT AUTHORS
Halden Price, Strategic Director of Place
"""

MINUTES = """Source: https://example.org/csp/minutes

Safer Braintree Partnership
Minutes of the meeting held on 9 September 2025 at Braintree District Council offices

Present: Cllr Wren Tolliver (Chair); Inspector Noor Baptiste, Essex Police
In attendance: Ottilie Graham (Committee Officer, minutes)

1. Members noted the refreshed plan.
"""

COUNCIL = "Braintree District Council"


@pytest.mark.parametrize(
    "text, person, post",
    [
        (REPORT, "Joss Amberley", f"Safer Communities Coordinator, {COUNCIL}"),
        (REPORT, "Saskia Dunmore", f"Principal Solicitor, {COUNCIL}"),
        (REPORT, "Halden Price", f"Strategic Director of Place, {COUNCIL}"),
        (MINUTES, "Ottilie Graham", f"Committee Officer, {COUNCIL}"),
    ],
)
def test_the_papers_own_officers_hold_the_councils_posts(text: str, person: str, post: str) -> None:
    posts = of(read(text), "holds_post")
    assert (person, post) in posts, sorted(posts)


def test_the_bare_title_stays_a_name_of_the_post() -> None:
    doc = read(REPORT)
    held = next(f.object for f in doc.facts if f.relation == "holds_post" and f.subject.name == "Joss Amberley")
    assert "Safer Communities Coordinator" in {a for e in doc.entities if e.iri == held.iri for a in e.aliases}


@pytest.mark.parametrize(
    "line",
    [
        "Contact officer:     Noor Baptiste, Neighbourhood Inspector",  # a police post
        "Contact officer:     Imke Sorel, Service Manager, Essex Probation Service",  # its organisation written
    ],
)
def test_a_partners_post_is_not_made_the_councils(line: str) -> None:
    doc = read(REPORT.replace("Contact officer:     Joss Amberley, Safer Communities Coordinator", line))
    assert not any(o.endswith(COUNCIL) and ("Inspector" in o or "Probation" in o) for _, o in of(doc, "holds_post"))


def test_an_officer_named_in_the_body_of_the_paper_keeps_the_bare_post() -> None:
    doc = read(REPORT.replace("1. The plan has been refreshed with the partners.",
                              "1. Tamsin Orrell, Youth Worker, spoke to the plan."))
    assert ("Tamsin Orrell", "Youth Worker") in of(doc, "holds_post")
