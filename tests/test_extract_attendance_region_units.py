"""loaders/extract/attendance.py: a region written after an organisation ("Probation Service - London Region",
"HM Prison and Probation Service, North West Region") is the organisation's unit, never an organisation that the
person is a member of as well."""

from __future__ import annotations

from extract_helpers import of, read

PIPES = """Westbury Youth Justice Management Board
Minutes of the meeting held on 5 March 2025

Present:

| Name          | Role                            | Organisation                       |
| Ann Corley    | Head of Probation Delivery Unit | Probation Service - London Region  |
| Ravi Menon    | Service Manager                 | Westbury Council                   |
"""

DASHES = """Eastvale Community Safety Partnership
Minutes of the meeting held on 12 May 2025

Present:
Cllr Jo Hart (Chair) - Eastvale District Council
Mark Eldon - Senior Probation Officer, Probation Service - North East Region
"""

COMMAS = """Northmoor Reducing Reoffending Board
Note of the meeting held on 2 June 2025

Attendees: Lena Brook, Head of Performance, HM Prison and Probation Service, North West Region; Tim Fyfe,
Northmoor Council
"""


def test_a_region_after_an_organisation_is_no_organisation() -> None:
    for text in (PIPES, DASHES, COMMAS):
        members = of(read(text), "member_of")
        assert not any(org.endswith("Region") for _, org in members), members
    assert ("Ann Corley", "Probation Service") in of(read(PIPES), "member_of")
