"""The organisation of a post written with it: after the post in an attendance entry ("Name, Head of Policy,
Office of the Police and Crime Commissioner (OPCC)", "Name, Head of Service, Probation Service (X PDU)"), which is
no department of the post; or by its initials before the post ("the OPCC Commissioning Manager, Name"). A
council's own office ("Office of the Chief Executive") stays a department; a partnership's initials ("the CSP
Manager") name no employer."""

from __future__ import annotations

from extract_helpers import of, read

PANEL = """Wealdshire Police and Crime Panel
Minutes of the meeting held on 6 February 2025

Present: Cllr Ada Fernley (Chair), Cllr Rees Tamblyn
Also present: Imelda Trask, Head of Policy, Office of the Police and Crime Commissioner (OPCC); Osric Bellweather,
Head of Service, Probation Service (Wealdshire PDU)
"""

GRANTS = """Decision notice 2025/07
Police and Crime Commissioner for Humberside

1. The Office of the Police and Crime Commissioner (OPCC) invited bids in January. Bids were scored by the
OPCC Grants and Partnerships Manager, Lorcan Pettifer, and a panel of two officers.
"""

VRU = """Violence Reduction Unit annual report 2024/25

Since 2019 the Greater Manchester Violence Reduction Unit (VRU) has sat within the Combined Authority. The VRU
Director, Sabine Oyelowo, reports to the Deputy Mayor every quarter.
"""


def _member(text: str, person: str) -> set[str]:
    return {o for s, o in of(read(text), "member_of") if s == person}


def test_commissioners_office_after_the_post_is_the_employer() -> None:
    assert any("Office of the" in o and "Commissioner" in o for o in _member(PANEL, "Imelda Trask"))


def test_probation_service_after_the_post_is_the_employer() -> None:
    assert "Probation Service" in " ".join(_member(PANEL, "Osric Bellweather"))


def test_office_initials_before_the_post() -> None:
    assert any("Office of the" in o and "Commissioner" in o for o in _member(GRANTS, "Lorcan Pettifer"))


def test_unit_initials_before_the_post() -> None:
    assert "Greater Manchester Violence Reduction Unit" in _member(VRU, "Sabine Oyelowo")


def test_a_councils_own_office_stays_a_department() -> None:
    text = ("Wealdshire County Council\nCabinet minutes, 4 March 2025\n\n"
            "In attendance: Perpetua Hollin, Assistant Director, Office of the Chief Executive\n")
    assert not any(o.startswith("Office of the Chief Executive") for o in _member(text, "Perpetua Hollin"))


def test_a_partnerships_initials_name_no_employer() -> None:
    text = ("Safer Wealdshire Partnership (SWP) annual report 2024\n\n"
            "The SWP Manager, Tobias Quill, supports the Board and its three groups.\n")
    assert "Safer Wealdshire Partnership" not in _member(text, "Tobias Quill")
