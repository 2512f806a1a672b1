"""Chairs stated in other forms: a time set before "the Chair is ..."; a box of fields whose body is named by a
"Partnership name:" field inside it; a post cut at the end of a box's line is not read."""

from __future__ import annotations

from extract_helpers import of, read

TERMS = """Report to: Flintshire Community Safety Partnership
Date: 6 September 2023

3.3 At the date of approval the Chair is Gethin Marlow and the Vice-Chair is Ffion Talbot-Reese.
"""


def test_a_time_set_before_the_chair_is() -> None:
    doc = read(TERMS)
    body = "Flintshire Community Safety Partnership"
    assert ("Gethin Marlow", body) in of(doc, "chairs")
    assert ("Ffion Talbot-Reese", body) in of(doc, "vice_chair")


BOX = """Wrexham Council - community safety

About the partnership

 ______________________________________________________________________
|                                                                      |
|  Partnership name:      Safer Wrexham Partnership                    |
|  Chair:                 Cllr Dilys Pennant, Cabinet Member for       |
|                         Communities and Partnerships                 |
|  Vice chair:            Superintendent Owain Carrow,                 |
|                         North Wales Police                           |
|  Reports to:            Wrexham Public Services Board                |
|______________________________________________________________________|
"""


def test_a_box_names_its_body_in_a_name_field() -> None:
    doc = read(BOX)
    assert ("Owain Carrow", "Safer Wrexham Partnership") in of(doc, "vice_chair")
    assert ("Safer Wrexham Partnership", "Wrexham Public Services Board") in of(doc, "reports_to")


def test_a_post_cut_at_the_end_of_a_line_is_not_read() -> None:
    doc = read(BOX)
    assert ("Dilys Pennant", "Cabinet Member") not in of(doc, "holds_post")
