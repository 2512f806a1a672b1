""""the partnership" / "the Board" with several bodies of that head named before it: the one a sentence is about (a
verb after its name, or its name alone on a heading line), not a body that merely opens a sentence as the first item
of a list ("A and the B service are statutory members") or as a clause's object with an apposition after it."""

from __future__ import annotations

from extract_helpers import of, read


def test_news_release_member_list_does_not_take_the_partnership() -> None:
    doc = read("Source: https://www.eastbury.gov.uk/news/2026/csp\n\nNEW PLAN FOR EASTBURY\n\n"
               "Published: 3 March 2026\n\nEastbury's Community Safety Partnership (CSP) has agreed a new plan for "
               "the year ahead.\n\nThe CSP has two delivery groups. Coast and Vale Health and Care Partnership and "
               "the county fire service are statutory members. The partnership is chaired by Ann Pellow, the "
               "council's Director of Housing.\n")
    chairs = of(doc, "chairs")
    assert not any(body == "Coast and Vale Health and Care Partnership" for _, body in chairs), chairs
    assert any(who == "Ann Pellow" and "Community Safety Partnership" in body for who, body in chairs), chairs


def test_report_board_with_apposition_is_not_the_board_it_answers_to() -> None:
    doc = read("Report to Cabinet\n\nNorthvale serious violence duty\n\n2.1 The Northvale Police and Crime Board is "
               "co-chaired by the Leader of the Council and the District Commander. It meets every two months.\n"
               "3.3 The Northvale Hate Crime Board, chaired by the Head of Communities, is accountable to the Board "
               "and runs the third-party reporting centres.\n")
    assert ("Northvale Hate Crime Board", "Northvale Police and Crime Board") in of(doc, "reports_to"), \
        of(doc, "reports_to")


def test_web_page_two_partnerships_listed_then_the_partnership() -> None:
    doc = read("About us\n\nThe Westford Community Safety Partnership (WCSP) is the statutory partnership for the "
               "borough. Westford Drugs Partnership and the Westford Youth Partnership send officers to it. The "
               "partnership is chaired by Cllr Imran Voss, Cabinet Member for Neighbourhoods.\n")
    chairs = of(doc, "chairs")
    assert not any(body in ("Westford Drugs Partnership", "Westford Youth Partnership") for _, body in chairs), chairs


def test_a_board_named_alone_on_its_line_is_what_follows_speaks_of() -> None:
    doc = read("Report to Cabinet\n\nSouthmere serious violence duty\n\n1. Structure\n\nThe work sits with two "
               "regional bodies.\n\n  Southmere Violence Prevention Board\n  Chair: Director of Public Health\n\n"
               "The Southmere Area Planning Board and the Southmere Youth Board also report on the duty. The Board "
               "is chaired by the Director of Public Health.\n")
    chairs = {body for _, body in of(doc, "chairs")}
    assert "Southmere Violence Prevention Board" in chairs, chairs
    assert "Southmere Area Planning Board" not in chairs, chairs
