"""loaders/extract/publications.py: a report, plan or strategy named after the body that produces it ("X
Partnership Annual Report", "X Board – Annual Report 2021-22")."""

from __future__ import annotations

import pytest
from extract_helpers import fact, of, quote, read

HEAD = "Bristol City Council report\n\n"


def produced(sentence: str) -> set[tuple[str, str]]:
    return of(read(HEAD + sentence + "\n"), "produces")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Members noted the Bristol Community Safety Partnership Annual Report 2021-22.",
         ("Bristol Community Safety Partnership", "Bristol Community Safety Partnership Annual Report 2021-22")),
        ("Members noted the Bristol Youth Justice Board Strategic Plan.",
         ("Bristol Youth Justice Board", "Bristol Youth Justice Board Strategic Plan")),
        ("Members noted the Bristol Safeguarding Adults Board – Annual Report 2021-22.",
         ("Bristol Safeguarding Adults Board", "Bristol Safeguarding Adults Board Annual Report 2021-22")),
        ("Members noted the Stronger Bristol Partnership Annual Report.",
         ("Stronger Bristol Partnership", "Stronger Bristol Partnership Annual Report")),
    ],
)
def test_a_publication_named_after_its_body_is_produced_by_it(sentence: str, expected: tuple) -> None:
    assert produced(sentence) == {expected}


def test_the_evidence_is_the_publications_name() -> None:
    doc = read(HEAD + "Members noted the Bristol Safeguarding Adults Board – Annual Report 2021-22 and its "
               "recommendations.\n")
    f = fact(doc, "Bristol Safeguarding Adults Board", "produces", "Bristol Safeguarding Adults Board Annual Report "
             "2021-22")
    assert quote(doc, f) == "Bristol Safeguarding Adults Board – Annual Report 2021-22"
    (report,) = [e for e in doc.entities if e.iri == f.object.iri]
    assert "Annual Report 2021-22" in report.aliases  # the title as written stays findable


@pytest.mark.parametrize(
    "sentence",
    [
        "Members noted the Police and Crime Plan.",  # no body in the name
        "Members gave feedback on the Police and Crime Plan.",
        "Members noted the Annual Report.",
        "Members noted the Bristol Partnership Board and the report.",  # a body and a separate publication
    ],
)
def test_a_publication_whose_name_holds_no_body_has_no_producer_from_its_name(sentence: str) -> None:
    assert produced(sentence) == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Members noted the Safer Bristol Partnership Annual Report.",
         ("Safer Bristol Partnership", "Safer Bristol Partnership Annual Report")),
        ("Members noted the Home Office Serious Violence Strategy.",
         ("Home Office", "Home Office Serious Violence Strategy")),
    ],
)
def test_a_body_whose_name_starts_with_a_common_word_produces_its_report(sentence: str, expected: tuple) -> None:
    assert produced(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the paper first, its owner's possessive and a publication word after it
        ("CONTEST 2018, the Government's strategy for countering terrorism, was noted.",
         ("HM Government", "Contest 2018")),
        # the owner's possessive first, the paper after it
        ("The Bristol Prevent Board's new delivery plan, the Prevent Action Plan, was approved.",
         ("Bristol Prevent Board", "Bristol Prevent Action Plan")),
    ],
)
def test_a_paper_named_beside_its_owners_possessive(sentence, expected) -> None:
    assert expected in produced(sentence)


def test_a_person_beside_a_possessive_is_no_paper() -> None:
    assert not produced("Jo Marsh, the Board's report author, presented the findings.")


def test_a_forces_name_before_and_crime_plan_is_no_owner() -> None:
    assert not any(owner.endswith("Police") for owner, _ in produced("Members noted the Bristol Police and Crime Plan "
                                                                       "2021-2025."))


@pytest.mark.parametrize(
    "body, sentence",
    [
        ("Safer Ashford Partnership Board", "4. The Board's draft Terms of Reference went before members for comment."),
        ("Safer Wakefield Partnership", "The Partnership's revised terms of reference were agreed without change."),
    ],
)
def test_a_bodys_own_terms_of_reference_as_the_subject(body: str, sentence: str) -> None:
    doc = read(f"Minutes of the {body}\n\nPresent: Cllr Ann Pike (Chair)\n\n{sentence}\n")
    assert (body, f"{body} Terms of Reference") in of(doc, "produces")


def test_someone_elses_work_on_a_bodys_terms_of_reference_is_not_its_making() -> None:
    doc = read("Minutes of the Safer Ashford Partnership Board\n\nPresent: Cllr Ann Pike (Chair)\n\n"
               "Members asked the Partnership Manager to redraft the Board's terms of reference by June.\n")
    assert not any("Terms of Reference" in o for _, o in of(doc, "produces"))
