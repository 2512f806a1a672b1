"""The statutory safeguarding partners a safeguarding paper names are members of its partnership: "The three
statutory safeguarding partners are:" over a list, "The statutory safeguarding partners for the X area are:",
"the three safeguarding partners for X - A, B and C - must ...", "The X Partnership is led by the three statutory
safeguarding partners - A, B and C - under ..."."""

from __future__ import annotations

from extract_helpers import of, read


def _members(text: str, body: str) -> set[str]:
    doc = read(text)
    return {s for s, o in of(doc, "member_of") if o == body}


def test_counted_partners_over_a_bulleted_list() -> None:
    body = "Fernmouth Safeguarding Children Partnership"
    text = (f"{body}\nMulti-agency safeguarding arrangements 2025\n\n"
            "2  Who the partners are\n\n"
            "The three statutory safeguarding partners are:\n"
            "  * Fernmouth Borough Council\n"
            "  * Fernshire Constabulary\n"
            "  * NHS Fernshire Integrated Care Board (ICB)\n\n"
            "Each partner names a lead.\n")
    assert {"Fernmouth Borough Council", "Fernshire Constabulary"} <= _members(text, body)


def test_partners_for_an_area_over_a_list() -> None:
    body = "Ashbury Safeguarding Children Partnership"
    text = (f"{body}\nPublished arrangements\n\n"
            "The statutory safeguarding partners for the Ashbury area are:\n"
            "  - the Ashbury City Council;\n"
            "  - Ashbury and Dale Police;\n"
            "  - NHS Ashbury Integrated Care Board.\n\n"
            "They meet as an Executive Group every quarter.\n")
    members = _members(text, body)
    assert {"Ashbury City Council", "Ashbury and Dale Police"} <= members


def test_counted_partners_between_dashes_in_the_partnership_paper() -> None:
    body = "Kelbrook Safeguarding Partnership"
    text = (f"Meeting of {body}, Tuesday 4 March 2025\n\nAnnual review of the arrangements\n\n"
            "Under the Children Act 2004 the three safeguarding partners for Kelbrook - Kelbrook Borough Council,\n"
            "Kelshire Police and the Kelshire Integrated Care Board - must make arrangements to work together.\n")
    assert {"Kelbrook Borough Council", "Kelshire Police"} <= _members(text, body)


def test_partnership_led_by_the_partners_in_another_paper() -> None:
    # a council's constitution: the partnership the sentence opens on, not the paper's council, has the members
    text = ("Brindle Borough Council Constitution\nPart 3C: Partnerships\n\n"
            "The Brindle Safeguarding Children Partnership (BSCP) is led by the three statutory safeguarding\n"
            "partners - the Council, Brindle Police and the NHS Brindle Integrated Care Board - under the\n"
            "Children Act 2004.\n")
    members = _members(text, "Brindle Safeguarding Children Partnership")
    assert "Brindle Police" in members
    assert not _members(text, "Brindle Borough Council")


def test_partners_working_with_no_list_give_no_members() -> None:
    # the partners spoken of, not named: nobody is a member
    body = "Lowden Safeguarding Children Partnership"
    text = (f"{body}\n\n"
            "This plan sets out how the three statutory safeguarding partners in Lowden will co-operate with\n"
            "schools and other agencies.\n")
    assert not _members(text, body)
