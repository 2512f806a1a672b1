"""loaders/gazetteer/heads.yaml unit_initials: a force's or the probation service's local unit named by its initials
("North Area BCU", "Kelby PDU") is a body, so a post written before it after a comma is that unit's post and its
holder works there; in a seat table a title and such a unit after a comma ("DCI, South Area BCU") is still the
seat's post. Texts written for the test, in three councils' styles; people and bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_partners_in_a_sentence_the_last_with_its_bcu() -> None:
    doc = read("Rothwick Safeguarding Children Partnership\nArrangements 2025\n\n"
               "The delegated partners are Lena Ashgrove, Director of Children's Services, Rothwick Council; and "
               "Detective Superintendent Ines Calloway, Head of Public Protection, North Area BCU.\n")
    posts = of(doc, "holds_post")
    assert ("Ines Calloway", "Head of Public Protection, North Area BCU") in posts
    assert ("Ines Calloway", "Head of Public Protection") not in posts


def test_a_probation_head_with_the_pdu_in_a_sentence() -> None:
    doc = read("Minutes of the Kelby Reducing Reoffending Board held on 4 March 2025\n\n"
               "1. Update\nThe Board heard from Oyelowo Brandt, Head of Service, Kelby PDU, on the new "
               "accommodation pathway.\n")
    assert any(p == "Oyelowo Brandt" and post.endswith("Kelby PDU") for p, post in of(doc, "holds_post"))


def test_a_seat_table_cell_with_a_rank_and_the_unit() -> None:
    doc = read("Farrowdale Youth Justice Management Board\n\n3.1 Board membership (as at May 2025)\n\n"
               "  Member                                  Organisation\n"
               "  Head of Probation Delivery Unit         Probation Service\n"
               "  Director of Children's Services         Farrowdale Borough Council (Chair)\n"
               "  DCI, South Area BCU                      Mercia Police (Vice-Chair)\n")
    assert any(org == "Mercia Police" and post.startswith("DCI, South Area BCU")
               for org, post in of(doc, "represented_by"))
