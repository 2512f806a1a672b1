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


def test_a_chairs_title_before_a_remit_committee_is_no_part_of_its_name() -> None:
    from govkg.loaders.mentions import find_mentions

    for text, body in [("Chair, Derby Crime and Drugs Partnership Board", "Derby Crime and Drugs Partnership Board"),
                       ("Vice-Chair, Children, Young People and Families Committee",
                        "Children, Young People and Families Committee")]:
        found = [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]
        assert ("body", body) in found, found


SIGNED = """Foreword

We present this plan on behalf of the partnership.

Cllr Rosalind Achebe
Portfolio Holder for Communities, Derby City Council
Chair, Derby Crime and Drugs Partnership Board
"""


def test_a_signature_line_chair_of_a_board() -> None:
    doc = read(SIGNED)
    assert ("Rosalind Achebe", "Derby Crime and Drugs Partnership Board") in of(doc, "chairs")


COPULA = """Report to: Safer Tendring Partnership
Date: 4 April 2024

Cllr Maud Ferrars is Chair of the Safer Tendring Partnership. The partnership is the community safety
partnership for the district. Inspector Tobias Wrenn of Essex Police is Vice-Chair.

Cllr Ned Ashcombe was the Vice-Chair of the Clacton Community Safety Forum.
"""


def test_a_person_who_is_chair_of_a_body_chairs_it() -> None:
    doc = read(COPULA)
    assert ("Maud Ferrars", "Safer Tendring Partnership") in of(doc, "chairs")
    assert ("Ned Ashcombe", "Clacton Community Safety Forum") in of(doc, "vice_chair")


def test_is_vice_chair_with_no_body_named_is_the_body_spoken_of() -> None:
    doc = read(COPULA)
    assert ("Tobias Wrenn", "Safer Tendring Partnership") in of(doc, "vice_chair")


FRONTED = """Harlow Council
Community safety update, 5 March 2024

2.1 Safer Harlow is the statutory community safety partnership for the district. Since May 2022 it has been
chaired by Mrs Edwina Latchford, the Council's Strategic Director for Place.
"""


def test_a_time_before_it_has_been_chaired_by_and_a_brand_name_said_to_be_the_partnership() -> None:
    doc = read(FRONTED)
    chairs = of(doc, "chairs")
    assert ("Edwina Latchford", "Safer Harlow") in chairs
    # the council whose post she holds is no chair of it
    assert not [s for s, o in chairs if "Council" in s]
