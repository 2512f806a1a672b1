"""A grid of attendance questions that ask for one kind of person, where the papers give the kind once, as a plural
title before a list of names (issue 11): "Which councillors sent apologies?" over "Apologies: Councillors Hale
and Penn".

A person was shown to be a councillor by a title in their own name, a councillor's post, or the quote behind the
answer. Extraction quotes each name of such a list alone ("Penn"), with the plural title only before the first, so
the first name of the list was answered and the others were dropped: a partial answer to a question that asks for
all of them. The plural title is now read from the sentence the quote comes from, for every name of the list up
to the first written with a title of another kind ("Councillors Hale and Penn, Mr Ortiz": Mr Ortiz is no
councillor). Two invented councils' minutes; papers, places and people written for this test.

Dimensions varied: the title's form (Councillors, Cllrs); apologies or attendance; the question's verb (sent
apologies, gave apologies, attended, were present); a date given or not; a list with two or three names, cut by
a name with another title, or by a bracket; neighbours that keep their answer (who attended, which inspector
attended, a person whose own name carries the title) or stay refused (a body the graph does not hold)."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

# -- Ashwell: minutes
A_COMMITTEE = Entity("body", "Ashwell Community Safety Committee", subtype="Committee", area="Ashwell")
PETROV = Entity("person", "Dana Petrov")
HARTLEY = Entity("person", "Imogen Hartley")
LUND = Entity("person", "Oskar Lund")
CALDER = Entity("person", "Ruth Calder")
OYELOWO = Entity("person", "Bram Oyelowo")
VARGA = Entity("person", "Tess Varga")
ARANDA = Entity("person", "Felix Aranda")

A_TEXT = """Ashwell Community Safety Committee
Minutes of the meeting held on 3 March 2024

Present: Councillors Dana Petrov (Chair), Imogen Hartley and Oskar Lund; Inspector Ruth Calder (Ashwell Police).
Apologies: Councillors Bram Oyelowo and Tess Varga, Mr Felix Aranda (Ashwell Housing Trust).
"""


def _ashwell(t: str) -> list[Fact]:
    return [
        _fact(t, "Councillors Dana Petrov", PETROV, "attended", A_COMMITTEE),
        _fact(t, "Imogen Hartley", HARTLEY, "attended", A_COMMITTEE),
        _fact(t, "Oskar Lund", LUND, "attended", A_COMMITTEE),
        _fact(t, "Inspector Ruth Calder", CALDER, "attended", A_COMMITTEE),
        _fact(t, "Councillors Bram Oyelowo", OYELOWO, "apologies", A_COMMITTEE),
        _fact(t, "Tess Varga", VARGA, "apologies", A_COMMITTEE),
        _fact(t, "Mr Felix Aranda", ARANDA, "apologies", A_COMMITTEE),
    ]


# -- Brookfield: minutes, "Cllrs" and a sentence of apologies
B_BOARD = Entity("body", "Brookfield Safer Neighbourhoods Board", subtype="Board", area="Brookfield")
TEAGUE = Entity("person", "Rhian Teague")
KETTLE = Entity("person", "Amos Kettleby")
FITCH = Entity("person", "Lorna Fitch")
NDLOVU = Entity("person", "Paul Ndlovu")
SAYED = Entity("person", "Hamid Sayed")
DUNMORE = Entity("person", "Cerys Dunmore")
HALVORSEN = Entity("person", "Greta Halvorsen")

B_TEXT = """Brookfield Safer Neighbourhoods Board
Minutes of the meeting held on 12 June 2024

Attendance: Cllrs Rhian Teague, Amos Kettleby and Lorna Fitch; Sergeant Paul Ndlovu.
Apologies were received from Councillors Hamid Sayed and Cerys Dunmore and from Ms Greta Halvorsen.
"""


def _brookfield(t: str) -> list[Fact]:
    return [
        _fact(t, "Cllrs Rhian Teague", TEAGUE, "attended", B_BOARD),
        _fact(t, "Amos Kettleby", KETTLE, "attended", B_BOARD),
        _fact(t, "Lorna Fitch", FITCH, "attended", B_BOARD),
        _fact(t, "Sergeant Paul Ndlovu", NDLOVU, "attended", B_BOARD),
        _fact(t, "Councillors Hamid Sayed", SAYED, "apologies", B_BOARD),
        _fact(t, "Cerys Dunmore", DUNMORE, "apologies", B_BOARD),
        _fact(t, "Ms Greta Halvorsen", HALVORSEN, "apologies", B_BOARD),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "plural_title", [
        paper("ashwell-csc-minutes-2024-03-03", A_TEXT, "Ashwell", _ashwell, doc_type="minutes",
              date=dt.date(2024, 3, 3)),
        paper("brookfield-snb-minutes-2024-06-12", B_TEXT, "Brookfield", _brookfield, doc_type="minutes",
              date=dt.date(2024, 6, 12)),
    ])


A_SENT = ["Bram Oyelowo", "Tess Varga"]
A_CAME = ["Dana Petrov", "Imogen Hartley", "Oskar Lund"]
B_SENT = ["Hamid Sayed", "Cerys Dunmore"]
B_CAME = ["Rhian Teague", "Amos Kettleby", "Lorna Fitch"]

# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    # the plural title before the list: every name of it, up to a name with another title
    ("Which councillors sent apologies to the Ashwell Community Safety Committee?", A_SENT, ["Felix Aranda"]),
    ("Which councillors gave apologies to the Ashwell Community Safety Committee meeting of 3 March 2024?", A_SENT,
     ["Felix Aranda"]),
    ("Which councillors attended the Ashwell Community Safety Committee?", A_CAME, ["Ruth Calder"]),
    ("Which councillors attended the Ashwell Community Safety Committee on 3 March 2024?", A_CAME, ["Ruth Calder"]),
    ("which councillors sent apologies to the ashwell community safety committee", A_SENT, ["Felix Aranda"]),
    ("Which councillors sent apologies to the Brookfield Safer Neighbourhoods Board?", B_SENT, ["Greta Halvorsen"]),
    ("Which councillors sent apologies to the Brookfield Safer Neighbourhoods Board meeting of 12 June 2024?",
     B_SENT, ["Greta Halvorsen"]),
    ("Which councillors attended the Brookfield Safer Neighbourhoods Board?", B_CAME, ["Paul Ndlovu"]),
    ("Which councillors attended the Brookfield Safer Neighbourhoods Board on 12 June 2024?", B_CAME,
     ["Paul Ndlovu"]),
    ("Which councillors were present at the Brookfield Safer Neighbourhoods Board?", B_CAME, ["Paul Ndlovu"]),
    ("Which councillors were present at the Ashwell Community Safety Committee?", A_CAME, ["Ruth Calder"]),
    # neighbours that keep their answer: everyone who came or sent apologies; another kind of person
    ("Who sent apologies to the Ashwell Community Safety Committee?", [*A_SENT, "Felix Aranda"], A_CAME),
    ("Who attended the Brookfield Safer Neighbourhoods Board?", [*B_CAME, "Paul Ndlovu"], B_SENT),
    ("Who sent apologies to the Brookfield Safer Neighbourhoods Board?", [*B_SENT, "Greta Halvorsen"], B_CAME),
    ("Which inspector attended the Ashwell Community Safety Committee?", ["Ruth Calder"], A_CAME),
    ("Who attended the Ashwell Community Safety Committee on 3 March 2024?", [*A_CAME, "Ruth Calder"], A_SENT),
    ("Who chairs the Ashwell Community Safety Committee?", ["Dana Petrov"], ["Imogen Hartley", "Oskar Lund"]),
    # a body the graph does not hold: nothing
    ("Which councillors sent apologies to the Ashwell Licensing Committee?", [], []),
    ("Which councillors attended the Carnford Safer Neighbourhoods Board?", [], []),
    ("Which councillors sent apologies to the Brookfield Youth Panel on 12 June 2024?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_a_plural_title_before_a_list(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
