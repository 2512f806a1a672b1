"""Open statements answer the side the question asks for: "Which council hosts X?" is answered by "Y hosts X" or
"X is hosted by Y", never by "X hosts Z", whom X itself hosts. The papers are invented, in three councils' layouts
(an annual report's numbered paragraphs, an inter-authority agreement's clauses, a web page's prose)."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts, labels

PAPERS = {
    "brackmoor_yjs_report_2025.txt": """Brackmoor Youth Justice Service: Annual Report 2024-25
Date: 10 June 2025

2. Arrangements
2.1 The Brackmoor Youth Justice Service is hosted by Brackmoor Borough Council.
2.2 The service is governed by the Brackmoor Youth Justice Management Board.
""",
    "ormsby_shared_service_agreement_2025.txt": """Ormsby and Dunmere Shared Community Safety Service
Inter-Authority Agreement
Agreed: 2 April 2025

4. Staffing
4.1 The Shared Community Safety Service hosts the Ormsby Domestic Homicide Review Coordinator.
4.2 Ormsby City Council employs the Community Safety Manager.
""",
    "kestrel_vale_prevent_web_2025.txt": """Prevent in Kestrel Vale
Page last updated: 5 March 2025

The Kestrel Vale Prevent Partnership Group supports the Kestrel Vale Channel Panel. The Group is chaired by
the Head of Communities, Kestrel Vale District Council.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over_texts(tmp_path_factory, "side", PAPERS)



@pytest.mark.parametrize(
    "question, answer",
    [
        # the thing acted on named after the verb, or before a passive verb with "by" after it
        ("Which council hosts the Brackmoor Youth Justice Service?", "Brackmoor Borough Council"),
        ("What is the Brackmoor Youth Justice Service hosted by?", "Brackmoor Borough Council"),
        ("Who hosts the Ormsby Domestic Homicide Review Coordinator?", "Shared Community Safety Service"),
        ("Which group supports the Kestrel Vale Channel Panel?", "Kestrel Vale Prevent Partnership Group"),
        # the one acting named before an active verb
        ("What does the Shared Community Safety Service host?", "Ormsby Domestic Homicide Review Coordinator"),
        ("What does the Kestrel Vale Prevent Partnership Group support?", "Kestrel Vale Channel Panel"),
    ],
)
def test_a_statement_answers_the_side_asked(asker, question, answer):
    assert labels(asker, question) == [answer]


@pytest.mark.parametrize(
    "question, wrong",
    [
        # "X hosts Z" says nothing of who hosts X; "X is hosted by Y" nothing of what X hosts
        ("Which council hosts the Shared Community Safety Service?", "Ormsby Domestic Homicide Review Coordinator"),
        ("What does the Brackmoor Youth Justice Service host?", "Brackmoor Borough Council"),
        ("What does the Kestrel Vale Channel Panel support?", "Kestrel Vale Prevent Partnership Group"),
    ],
)
def test_a_statement_never_answers_the_other_side(asker, question, wrong):
    assert wrong not in labels(asker, question)
