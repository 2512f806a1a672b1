"""A grid of questions about who leads one priority of a partnership (issue 11), over three councils' papers read by
the whole loading path. Real places (so that the gazetteer places each partnership), invented people and papers
written for this test.

THE PART OF A BODY'S WORK: "Who is the lead officer for the hate crime priority of the Fenland CSP?". What is asked
is of the priority; the partnership only says whose priority it is. Where the paper names no lead for that priority,
the answer is nothing: never the partnership's own chair (reached by following the partnership), never another
council's lead for the same topic (topics are shared by every council's graph), and never a reading of "hate crime
and anti-social behaviour priority" as two roles of the partnership. Dimensions: the part noun (priority, theme,
strand, workstream); the tie (of, of the, for the, the possessive, "leads on <topic> for"); the role asked (lead
officer, lead, leads, responsible for); a topic whose name has "and"; another council's lead for the same topic.

THE NEIGHBOURING TRUE READINGS that must stay: a priority whose lead the paper names (in each tie); the
partnership's own chair asked plainly, or as "the lead officer for the partnership"; two roles of one body asked
together; the partnership's priorities; a topic's lead asked by place."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts, assert_grid_answer

TANDRIDGE = """Tandridge Community Safety Partnership: Partnership Plan 2025-2028

The Tandridge Community Safety Partnership is chaired by Cllr Imelda Ravensworth, Cabinet Member for Communities.

Our priorities
The Partnership has agreed three priorities for 2025-2028: serious violence, rural crime and domestic abuse.

The domestic abuse priority is led by Farah Linley-Bose, Domestic Abuse Coordinator.
"""

FENLAND = """Fenland Community Safety Partnership
Minutes of the meeting held on 14 October 2024

Present: Cllr Oswin Tarrant (Chair), Fenland District Council; Inspector Mabel Quigg, Cambridgeshire Constabulary

1. Priorities
The Partnership confirmed its priorities for 2025: anti-social behaviour, youth violence and hate crime.
Members asked that the hate crime theme should have a named lead officer. None was agreed.
Inspector Mabel Quigg will lead the anti-social behaviour priority.
"""

ROTHER = """Safer Rother Board

The Safer Rother Board is the community safety partnership for Rother. It is chaired by Priya Haverford,
Chief Executive of Rother District Council. The Board met on 3 February 2025.

The Board's priorities are violence against women and girls, drug-related harm and neighbourhood crime.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over_texts(tmp_path_factory, "priority-lead", {
        "tandridge_csp_partnership_plan_2025.txt": TANDRIDGE,
        "fenland_csp_minutes_2024-10-14.txt": FENLAND,
        "rother_safer_board_web_page_2025.txt": ROTHER,
    })


# (question, every answer expected, answers that must not be given)
NOT_SAID: list[tuple[str, list[str], list[str]]] = [
    ("Who is the lead officer for the hate crime priority of the Fenland Community Safety Partnership?", [],
     ["Oswin Tarrant"]),
    ("Who leads the hate crime theme of the Fenland CSP?", [], ["Oswin Tarrant"]),
    ("Who is the lead for the Fenland Community Safety Partnership's hate crime priority?", [], ["Oswin Tarrant"]),
    ("Who leads on the hate crime priority for the Fenland Community Safety Partnership?", [], ["Oswin Tarrant"]),
    ("Who is the lead officer for the rural crime priority of the Tandridge Community Safety Partnership?", [],
     ["Imelda Ravensworth"]),
    ("Which officer is responsible for the serious violence priority of the Tandridge CSP?", [],
     ["Imelda Ravensworth"]),
    # a topic whose name has "and": one priority, not two roles of the partnership
    ("Who is the lead officer for the violence against women and girls priority of the Safer Rother Board?", [],
     ["Priya Haverford"]),
    ("Who is the lead for the neighbourhood crime strand of the Safer Rother Board?", [], ["Priya Haverford"]),
    ("Who leads the Safer Rother Board's neighbourhood crime workstream?", [], ["Priya Haverford"]),
    # "leads on <topic> for <owner>": the lead on that part of the owner's work
    ("Who leads on hate crime for the Fenland CSP?", [], ["Oswin Tarrant"]),
    ("Who leads on rural crime for the Tandridge Community Safety Partnership?", [], ["Imelda Ravensworth"]),
    # another council's lead for the same topic is no lead of this partnership's priority
    ("Who leads on domestic abuse for the Fenland CSP?", [], ["Farah Linley-Bose", "Oswin Tarrant"]),
    ("Who is the lead officer for the domestic abuse priority of the Fenland Community Safety Partnership?", [],
     ["Farah Linley-Bose", "Oswin Tarrant"]),
    ("Who leads the anti-social behaviour priority of the Tandridge Community Safety Partnership?", [],
     ["Mabel Quigg", "Imelda Ravensworth"]),
]

SAID: list[tuple[str, list[str], list[str]]] = [
    ("Who is the lead officer for the domestic abuse priority of the Tandridge Community Safety Partnership?",
     ["Farah Linley-Bose"], ["Imelda Ravensworth"]),
    ("Who leads the anti-social behaviour priority of the Fenland Community Safety Partnership?", ["Mabel Quigg"],
     ["Oswin Tarrant"]),
    ("Who leads the Fenland CSP's anti-social behaviour priority?", ["Mabel Quigg"], ["Oswin Tarrant"]),
    ("Who is the lead for the Tandridge CSP's domestic abuse priority?", ["Farah Linley-Bose"], []),
    ("Who leads the domestic abuse strand of the Tandridge CSP?", ["Farah Linley-Bose"], []),
    ("Who leads the anti-social behaviour priority for the Fenland CSP?", ["Mabel Quigg"], []),
    ("Who leads on anti-social behaviour in Fenland?", ["Mabel Quigg"], []),
    ("Who leads on anti-social behaviour for the Fenland CSP?", ["Mabel Quigg"], ["Oswin Tarrant"]),
    ("Who leads on domestic abuse for the Tandridge Community Safety Partnership?", ["Farah Linley-Bose"], []),
    # the partnership itself
    ("Who chairs the Fenland Community Safety Partnership?", ["Oswin Tarrant"], []),
    ("Who chairs the Safer Rother Board?", ["Priya Haverford"], []),
    ("Who is the lead officer and chair of the Fenland Community Safety Partnership?", ["Oswin Tarrant"], []),
    ("Who is the Cabinet Member for Communities and chair of the Tandridge Community Safety Partnership?",
     ["Imelda Ravensworth"], []),
    ("What are the priorities of the Tandridge Community Safety Partnership?", ["Domestic Abuse"], []),
]

GROUPS = {"not_said": NOT_SAID, "said": SAID}
CASES = [case for cases in GROUPS.values() for case in cases]
IDS = [f"{name}{i}" for name, cases in GROUPS.items() for i in range(len(cases))]


@pytest.mark.parametrize(("question", "expected", "forbidden"), CASES, ids=IDS)
def test_a_priority_lead_is_the_priority_s(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
