""""Who provides the secretariat for the X?": the question word is the verb's subject, and X, after the verb's
object and "for", is whom it is done for; never read as the provider because its kind could be one (a body),
which answered with what X itself delivers. The papers are invented, in three councils' layouts (a cabinet
report's numbered paragraphs, a commissioning table, a partnership's web page)."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts, labels

PAPERS = {
    "brackmoor_cabinet_drugs_2025.txt": """Brackmoor Borough Council: Cabinet, 12 March 2025
Report of the Director of Public Health: Combating Drugs Partnership

3. Delivery
3.1 The Brackmoor Combating Drugs Partnership delivers the Brackmoor Recovery Pathway across the borough.
""",
    "ormsby_commissioning_2025.txt": """Ormsby City Council: commissioned services 2025/26
Date: 4 April 2025

Provider | Service
Harbourlight Advocacy | Ormsby Independent Sexual Violence Advisory Service
Ormsby Youth Justice Service | Ormsby Turnaround Scheme
""",
    "kestrel_vale_csp_web_2025.txt": """Safer Kestrel Vale Partnership
Page updated: 9 May 2025

The Safer Kestrel Vale Partnership runs the Kestrel Vale Street Guardians programme in the town centre.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over_texts(tmp_path_factory, "for", PAPERS)



@pytest.mark.parametrize(
    "question, delivered",
    [
        ("What does the Brackmoor Combating Drugs Partnership deliver?", "Brackmoor Recovery Pathway"),
        ("What does the Ormsby Youth Justice Service provide?", "Ormsby Turnaround Scheme"),
        ("What does the Safer Kestrel Vale Partnership deliver?", "Kestrel Vale Street Guardians programme"),
    ],
)
def test_what_a_body_delivers_is_held(asker, question, delivered):
    # (the facts the wrong reading answered with: held, so the tests below can fail)
    assert delivered in labels(asker, question)


@pytest.mark.parametrize(
    "question, delivered",
    [
        ("Who provides the secretariat for the Brackmoor Combating Drugs Partnership?", "Brackmoor Recovery Pathway"),
        ("Who provides the appropriate adult service for the Ormsby Youth Justice Service?",
         "Ormsby Turnaround Scheme"),
        ("Which organisation delivers training for the Safer Kestrel Vale Partnership?",
         "Kestrel Vale Street Guardians programme"),
    ],
)
def test_a_name_after_for_is_never_the_doer(asker, question, delivered):
    assert delivered not in labels(asker, question)


def test_for_inside_the_verb_still_reads_the_name():
    from govkg.questions.engine import _done_for
    from govkg.questions.linking import Mention

    tokens = "who is responsible for the ormsby youth justice service".split()
    mm = Mention(5, 9, "ormsby youth justice service", [], 1.0)
    assert not _done_for(mm, (1, 4), tokens)  # "responsible for" is the verb's own words
    tokens = "who provide the secretariat for the ormsby youth justice service".split()
    mm = Mention(6, 10, "ormsby youth justice service", [], 1.0)
    assert _done_for(mm, (1, 2), tokens)
    tokens = "what doe the ormsby youth justice service provide for the council".split()
    assert not _done_for(Mention(3, 7, "ormsby youth justice service", [], 1.0), (7, 8), tokens)
