"""A children's partnership may name its delegated safeguarding partners once and afterwards speak of them only as
a class, saying that the class forms or makes up some body: the people so named are members of that body, whether
they were named in a sentence after the word for them, in the sentence a colon opens, or in a table's delegated
column. Texts invented for the test."""

from __future__ import annotations

from extract_helpers import of, read


def _members(text: str, ending: str) -> set[str]:
    return {s for s, o in of(read(text), "member_of") if o.endswith(ending)}


def test_named_in_a_sentence_then_forming_a_group() -> None:
    text = ("Wrenford Safeguarding Children Partnership\nMulti-agency arrangements, April 2025\n\n"
            "4. Who leads\n\n"
            "4.1 The DSPs are Olwen Quillfeather, Director of Children's Services, Wrenford Borough Council; Dr Kofi\n"
            "Ambler, Chief Nursing Officer, NHS Wrenshire Integrated Care Board; and Detective Superintendent\n"
            "Bryn Tremayle, Head of Public Protection, Wrenshire Police.\n\n"
            "4.2 The three DSPs form the Joint Executive Group, sitting every other month at the Civic Hall.\n")
    assert {"Olwen Quillfeather", "Kofi Ambler", "Bryn Tremayle"} <= {n.removeprefix("Dr ") for n in
                                                               _members(text, "Executive Group")}


def test_named_after_a_colon_then_making_up_the_executive() -> None:
    text = ("Pellham Safeguarding Partnership\nPublished arrangements 2025\n\n"
            "The lead partners have passed their day-to-day duties to delegated safeguarding partners:\n"
            "the Director of Children's Services (Mirren Oakes), the Head of Safeguarding of the ICB (Tam\n"
            "Fulbright) and the Detective Chief Inspector for Public Protection (Ade Volkov).\n\n"
            "The Pellham Leadership Group is made up of the three DSPs listed above and meets each month.\n")
    assert {"Mirren Oakes", "Tam Fulbright", "Ade Volkov"} <= _members(text, "Leadership Group")


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
            "Decisions are taken by the Holmfirth Executive Board. Its members are the three DSPs, and its\n"
            "chair moves between them each spring; in 2025/26 it is chaired by the Chief\n"
            "Superintendent of Holmshire Police, Petra Vance.\n")
    assert "Petra Vance" not in _members(text, "")


def test_class_never_named_gives_no_members() -> None:
    text = ("Arnside Safeguarding Children Partnership\nArrangements\n\n"
            "Dr Lyle Penrose, Chief Nursing Officer, NHS Arnside ICB, chairs the Learning Group.\n\n"
            "Between them, the three DSPs form the Executive Group.\n")
    assert not _members(text, "Executive Group")
