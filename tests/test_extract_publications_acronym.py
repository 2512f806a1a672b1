"""A paper named with its owner's acronym before the paper's head ("KSAB Annual Report 2023-24"): the body the
acronym stands for in the paper produces it. Every text is written for the test."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_paper_opened_by_a_bodys_acronym_is_that_bodys() -> None:
    doc = read("Kirklees Safeguarding Adults Board\n\nThe Kirklees Safeguarding Adults Board (KSAB) meets "
               "four times a year.\n\nKSAB Annual Report 2023-24\n\nThe KSAB Constitution sets out how the "
               "Board works.\n")
    produced = of(doc, "produces")
    assert ("Kirklees Safeguarding Adults Board", "KSAB Annual Report 2023-24") in produced
    assert ("Kirklees Safeguarding Adults Board", "KSAB Constitution") in produced


def test_a_topic_acronym_before_a_paper_names_no_owner() -> None:
    doc = read("Safer Kirklees Partnership\n\nThe VAWG Strategy was launched in March.\n")
    assert not any(o.endswith("VAWG Strategy") and s != "Safer Kirklees Partnership"
                   for s, o in of(doc, "produces"))
