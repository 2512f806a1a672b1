"""The delegated safeguarding partners a children's partnership names once and then speaks of as a class ("The three
DSPs form the Executive Group", "The Partnership Executive is made up of the three DSPs") are members of that body:
named in a sentence after the word for them, in the sentence a colon opens, or in a table's delegated column."""

from __future__ import annotations

from extract_helpers import of, read


def _members(text: str, ending: str) -> set[str]:
    return {s for s, o in of(read(text), "member_of") if o.endswith(ending)}


def test_named_in_a_sentence_then_forming_a_group() -> None:
    text = ("Wrenford Safeguarding Children Partnership\nMulti-agency arrangements, April 2025\n\n"
            "2. Partners\n\n"
            "2.2 The DSPs are Olwen Tarrant, Director of Children's Services, Wrenford Borough Council; Dr Kofi\n"
            "Ambler, Chief Nursing Officer, NHS Wrenshire Integrated Care Board; and Detective Superintendent\n"
            "Bryn Castell, Head of Public Protection, Wrenshire Police.\n\n"
            "2.3 The three DSPs form the Executive Group, which meets every two months.\n")
    assert {"Olwen Tarrant", "Kofi Ambler", "Bryn Castell"} <= {n.removeprefix("Dr ") for n in
                                                               _members(text, "Executive Group")}


def test_named_after_a_colon_then_making_up_the_executive() -> None:
    text = ("Pellham Safeguarding Partnership\nPublished arrangements 2025\n\n"
            "The lead partners have passed their day-to-day duties to delegated safeguarding partners:\n"
            "the Director of Children's Services (Mirren Oakes), the Head of Safeguarding of the ICB (Tam\n"
            "Fulbright) and the Detective Chief Inspector for Public Protection (Ade Volkov).\n\n"
            "The Partnership Executive is made up of the three delegated safeguarding partners and meets monthly.\n")
    assert {"Mirren Oakes", "Tam Fulbright", "Ade Volkov"} <= _members(text, "Executive")


def test_delegated_column_of_a_partners_table() -> None:
    text = ("Stellby Safeguarding Children Partnership\nArrangements 2025\n\n"
            "| Partner              | Lead Safeguarding Partner      | Delegated Safeguarding Partner      |\n"
            "|----------------------|--------------------------------|-------------------------------------|\n"
            "| Stellby City Council | Chief Executive - Rhona Pike   | Director of Children - Idris Lowe   |\n"
            "| Stellshire Police    | Chief Constable - Marco Reyes  | Superintendent - Hana Brookfield    |\n\n"
            "The two delegated partners form the Executive Group, the partnership's decision-making body.\n")
    members = _members(text, "Executive Group")
    assert {"Idris Lowe", "Hana Brookfield"} <= members
    assert not {"Rhona Pike", "Marco Reyes"} & members  # the lead partners' column is not the class


def test_the_class_as_members_is_no_list_of_names() -> None:
    # "Its members are the three DSPs, and ... chaired by X": X is the chair, not a listed member
    text = ("Holmfirth Children's Safeguarding Partnership\nArrangements\n\n"
            "The Executive Board is the decision-making body of the Partnership. Its members are the three\n"
            "DSPs, and the chair rotates each year; for 2025/26 it is chaired by the Director of Children's\n"
            "Services, Petra Vance.\n")
    assert "Petra Vance" not in _members(text, "")


def test_class_never_named_gives_no_members() -> None:
    text = ("Arnside Safeguarding Children Partnership\nArrangements\n\n"
            "Dr Lyle Penrose, Chief Nursing Officer, NHS Arnside ICB, chairs the Learning Group.\n\n"
            "The three DSPs form the Executive Group.\n")
    assert not _members(text, "Executive Group")
