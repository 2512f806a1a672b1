"""The question kinds beyond one relation (meetings, frequency, remit, succession, SRO, counts, attendance with
organisations, totals, open statements), the interpretation line, equal fits, and the one pasteable query."""

from __future__ import annotations

import pytest
from question_world import build_world

from govkg.questions import Asker


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    s = build_world(tmp_path_factory.mktemp("world") / "store")
    yield s
    s.close()


@pytest.fixture(scope="module")
def asker(store):
    return Asker(store)


def answers(asker: Asker, question: str) -> list[tuple[str, str | None]]:
    return [(a.label, a.note) for a in asker.ask(question).answers]


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.ask(question).answers]


# -- the reading shown


def test_the_interpretation_names_each_linked_entity_with_kind_and_area(asker):
    result = asker.ask("Who chairs the NSCB?")
    assert "Northshire Safer Communities Board (body, Northshire)" in result.interpretation
    assert "Prevent (topic)" in asker.ask("Which body oversees Prevent?").interpretation


def test_two_equal_fits_are_both_answered_and_labelled(asker):
    result = asker.ask("Who chairs the Youth Offending Board?")
    assert "Eastvale Youth Offending Board (body, Eastvale)" in result.interpretation
    assert "Westmoor Youth Offending Board (body, Westmoor)" in result.interpretation
    assert sorted(answers(asker, "Who chairs the Youth Offending Board?")) == [
        ("Kwame Asante", "for Eastvale Youth Offending Board"),
        ("Siobhan Doyle", "for Westmoor Youth Offending Board"),
    ]
    # a place picks one of them, and then nothing needs a label
    assert answers(asker, "Who chairs the Youth Offending Board in Eastvale?") == [("Kwame Asante", None)]


def test_the_sparql_shown_is_one_query_that_runs_as_pasted(asker, store):
    from govkg.server import create_app

    result = asker.ask("Who chairs the body that the Northshire Prevent Steering Group reports to?")
    assert result.answers and result.sparql.count("UNION") >= 1
    assert len(result.queries) == 1
    rows = list(store.query(result.sparql))
    assert rows
    client = create_app(store, {"TESTING": True}).test_client()
    resp = client.post("/sparql", data={"query": result.sparql}, headers={"Accept": "application/sparql-results+json"})
    assert resp.status_code == 200, resp.data[:300]
    assert resp.get_json()["results"]["bindings"]


def test_the_chair_of_a_body_inside_a_longer_question(asker):
    # who chairs the board first, then what that person sits on
    assert labels(asker, "Which partnership does the chair of the Eastvale Youth Offending Board sit on?") == [
        "Northshire Combating Drugs Partnership"
    ]
    assert labels(asker, "Who is the chair of the Eastvale Youth Offending Board?") == ["Kwame Asante"]


def test_a_role_beside_a_name_describes_the_person(asker):
    # "chair" beside the name is not what is asked: the organisation he sits on the partnership for is
    assert labels(asker, "Which organisation does Youth Offending Board chair Kwame Asante represent on the "
                         "Combating Drugs Partnership?") == ["Northshire Police"]


# -- meetings


def test_when_a_body_met_and_when_it_meets_next(asker):
    assert labels(asker, "When did the NSCB meet?") == ["12 May 2022", "3 October 2019"]
    assert labels(asker, "When did the Safer Communities Board meet in 2019?") == ["3 October 2019"]
    assert labels(asker, "When is the NSCB's next meeting?") == ["14 September 2022"]
    assert labels(asker, "When does the Safer Communities Board meet next?") == ["14 September 2022"]
    # a body with no meeting recorded: nothing, not another body's dates
    assert labels(asker, "When did the Eastvale Youth Offending Board meet?") == []


def test_how_often_a_body_meets_or_reports(asker):
    assert labels(asker, "How often does the NSCB meet?") == ["every quarter"]
    # read from the reporting line's own words: "reports annually to the ... Board"
    assert labels(asker, "How often does the NSCB report to the Northshire Health and Wellbeing Board?") == [
        "annually"
    ]
    assert labels(asker, "How frequently does the Eastvale CSP meet?") == []


def test_what_a_body_is_for(asker):
    for question in ("What is the NSCB for?", "What is the purpose of the Safer Communities Board?",
                     "What does the NSCB do?"):
        got = answers(asker, question)
        assert got[0] == ("to reduce crime, disorder and the fear of crime across Northshire", "its stated remit")
        assert ("Domestic Homicide Reviews", "responsible for") in got


def test_former_names_and_what_replaced_what(asker):
    for question in ("What was the Eastvale CSP formerly called?", "What was the former name of the Eastvale CSP?",
                     "What did the Eastvale Community Safety Partnership replace?"):
        assert labels(asker, question) == ["Eastvale Crime Reduction Partnership"], question
    for question in ("What replaced the Eastvale Crime Reduction Partnership?",
                     "What is the successor of the Eastvale Crime Reduction Partnership?"):
        assert labels(asker, question) == ["Eastvale Community Safety Partnership"], question


def test_a_former_name_asked_with_a_date_after_called(asker):
    # the date takes "before"; the naming verb keeps it too, or "called" alone asks for nothing
    for question in ("What was the Eastvale CSP called before 2015?",
                     "What was the Eastvale Community Safety Partnership named before April 2016?",
                     "What was the Eastvale CSP called prior to 1 May 2016?"):
        assert labels(asker, question) == ["Eastvale Crime Reduction Partnership"], question
    # a body with no former name in the graph still gets nothing
    assert labels(asker, "What was the NSCB called before 2015?") == []


def test_the_sro_of_a_body_and_no_other(asker):
    assert labels(asker, "Who is the SRO for the Northshire Combating Drugs Partnership?") == ["Dr Priya Nair"]
    assert labels(asker, "Who is the Senior Responsible Officer of the Combating Drugs Partnership?") == [
        "Dr Priya Nair"
    ]
    # the post exists, but no holder is tied to this body
    assert labels(asker, "Who is the SRO for the Eastvale CSP?") == []


def test_who_represents_a_body_on_another(asker):
    assert labels(asker, "Who represents Eastvale District Council on the NSCB?") == ["Cllr Jo March"]


def test_how_many_counts_what_the_documents_name_and_says_so(asker):
    got = asker.ask("How many members does the Northshire Combating Drugs Partnership have?").answers
    assert [a.label for a in got] == ["4"]
    assert got[0].note.startswith("the documents name 4: Eastvale District Council, Kwame Asante,")
    assert len(got[0].evidence) == 4
    assert labels(asker, "How many districts does the NSCB cover?") == ["3"]
    # a number of something the documents do not list is never counted or guessed
    assert labels(asker, "How many Domestic Homicide Reviews did the NSCB commission?") == []


def test_who_was_at_a_meeting_and_for_which_organisation(asker):
    got = dict(answers(asker, "Who attended the NSCB on 12 May 2022 and for which organisation?"))
    assert got["Rita Moreno"] == "for Northshire County Council"
    assert set(got) == {"Cllr Ada Lovelace", "Tom Baker", "Rita Moreno"}
    assert labels(asker, "Who attended the NSCB for Northshire County Council?") == ["Rita Moreno"]
    assert labels(asker, "Who was at the NSCB on 3 October 2019 for Northshire County Council?") == []


# -- money: amounts, stated totals, and never a sum nobody asked for


def test_amounts_and_totals(asker):
    assert labels(asker, "How much did the Northshire PCC give the Eastvale CSP in 2022/23?") == ["£40,000"]
    # the document states a total: that is the answer, with its quote
    got = asker.ask("What was the total the Northshire PCC gave the CSPs in 2022/23?").answers
    assert [(a.label, a.note) for a in got] == [("£75,000", "the total the document states")]
    assert "a total of £75,000" in got[0].evidence[0].quote
    # asked for a total the documents do not state: the sum of the stated parts, said to be one
    got = answers(asker, "How much did the Northshire PCC give the Youth Offending Boards in total in 2022/23?")
    assert got == [("£21,500", "the sum of the 2 stated allocations (£12,500 + £9,000); the documents state no total")]
    # not asked for a total: the parts, never their sum
    assert sorted(labels(asker, "How much did the Northshire PCC give the Youth Offending Boards in 2022/23?")) == [
        "£12,500", "£9,000"
    ]


# -- open statements


def test_open_statements_answer_other_verbs_and_say_so(asker):
    assert answers(asker, "What did the NSCB launch?") == [
        ("Safer Streets Week", "open statement: Northshire Safer Communities Board launched Safer Streets Week")
    ]
    assert labels(asker, "When was the Eastvale CSP set up?") == ["April 2011"]
    assert labels(asker, "What did the Westmoor CSP launch?") == []


def test_an_open_statement_s_role_adjective_is_no_verb_of_the_question():
    from govkg.questions.kinds import _shares_word

    # "acting as accountable body for the partnership" says who holds its grant, not who holds it to account
    assert not _shares_word(["account"], "acting a accountable body for".split())
    assert not _shares_word(["responsibility"], "named a responsible authority".split())
    # the same word asked, or the adjective not naming a role, still reaches the statement
    assert _shares_word(["accountable"], "acting a accountable body for".split())
    assert _shares_word(["account"], "is accountable to".split())


def test_the_ask_page_offers_suggestions_apart_from_answers(store):
    from urllib.parse import quote

    from bs4 import BeautifulSoup

    from govkg.server import create_app

    client = create_app(store, {"TESTING": True}).test_client()
    resp = client.get("/ask?q=" + quote("Who chairs the Southshire Safer Communities Board?"))
    page = BeautifulSoup(resp.data, "html.parser")
    assert not page.select("ol.answers")
    assert "holds nothing called" in page.select_one("p.interpretation").text
    link = page.select_one("p.suggestions a")
    assert link.text == "Northshire Safer Communities Board"
    assert link["href"] == "/id/body/northshire-safer-communities-board"


# -- how officers phrase longer questions


def test_words_between_commas_describe_the_person(asker):
    assert labels(asker, "What post does Rita Moreno, a member of the Northshire Health and Wellbeing Board, "
                         "hold?") == ["Director of Public Protection"]


def test_a_participle_between_two_names_describes_the_first(asker):
    assert sorted(labels(asker, "Which districts does the NSCB chaired by Ada Lovelace cover?")) == [
        "Eastvale", "Southfield", "Westmoor"
    ]


def test_a_name_after_which_is_the_kind_of_answer_asked_for(asker):
    got = labels(asker, "Which Youth Offending Board does the Northshire PCC fund?")
    assert sorted(got) == ["Eastvale Youth Offending Board", "Westmoor Youth Offending Board"]


def test_which_councillors_keeps_the_councillors(asker):
    assert labels(asker, "Which councillors attended the NSCB on 12 May 2022?") == ["Cllr Ada Lovelace"]


def test_an_amount_asked_without_how_much(asker):
    assert labels(asker, "What did the Northshire PCC give the Eastvale CSP in 2022-2023?") == ["£40,000"]
