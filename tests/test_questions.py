"""Question answering: reading questions, linking names, following relations, dates, saying 'not known'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from explorer_fixture import build_store

from govkg.questions import Asker
from govkg.questions.lexicon import normalise
from govkg.questions.temporal import find_when


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    store = build_store(tmp_path_factory.mktemp("qa") / "store")
    yield Asker(store)
    store.close()


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.ask(question).answers]


def test_normalise_meets_spelling_variants():
    assert normalise("Children's Boards") == normalise("childrens board") == "children board"
    assert normalise("North Worcestershire CSP") == "north worcestershire community safety partnership"
    assert normalise("Health and Well-being") == normalise("Health & Wellbeing")


@pytest.mark.parametrize(
    "text, value, period",
    [
        ("who chaired it in 2017", "2017", None),
        ("who chaired it on 7 september 2017", "2017-09-07", None),
        ("who chaired it in march 2019", "2019-03", None),
        ("how much in 2014 15", None, "2014/15"),
        ("who chaired it as of 2019 03 04", "2019-03-04", None),
    ],
)
def test_dates_in_questions(text, value, period):
    when, rest = find_when(text)
    assert when is not None and when.value == value and when.period == period
    assert "20" not in rest


def test_a_day_named_in_the_quote_counts_as_that_day():
    when, _ = find_when("who did it report to on 27 june 2019")
    assert when.named_in("reported to the Executive Group (June 27th, 2019), setting out")
    assert not when.named_in("reported to the Executive Group (June 28th, 2019)")
    assert not when.named_in("reported in July 2019")


def test_a_year_inside_a_name_is_not_a_date():
    when, _ = find_when(normalise("Which body commissioned the 2018 analysis of reviews"))
    assert when is None


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which body oversees Prevent in Northshire?", ["Northshire Safer Communities Board"]),
        (
            "What does the Northshire Prevent Steering Group report to?",
            ["Northshire Safer Communities Board"],
        ),
        ("What reports to the NSCB?", ["Northshire Prevent Steering Group"]),
        ("Who funds the Safer Communities Board?", ["Northshire Police and Crime Commissioner"]),
        ("How much did the Northshire PCC grant to the NSCB in 2022/23?", ["£120,000"]),
        ("Which districts does the NSCB cover?", ["Eastvale", "Southfield", "Westmoor"]),
        ("Which strategies does the NSCB produce?", ["Northshire Community Safety Strategy"]),
        ("Who sent apologies to the NSCB?", ["Sam Wise"]),
        ("Which bodies does Rita Moreno attend?", ["Northshire Safer Communities Board"]),
        ("Which bodies are involved in Prevent?", ["Northshire Safer Communities Board"]),
        ("Who is the vice-chair of the NSCB?", ["Tom Baker"]),
        ("What are the sub-groups of the Safer Communities Board?", ["Northshire Prevent Steering Group"]),
        ("Who is responsible for Domestic Homicide Reviews?", ["Northshire Safer Communities Board"]),
        ("Which bodies does Rita Moreno sit on?", ["Northshire Health and Wellbeing Board"]),
        ("Who is on the Northshire Health and Wellbeing Board?", ["Rita Moreno"]),
        ("What does the NSCB fund?", ["Eastvale Youth Diversion Project"]),
        ("How much did the NSCB allocate to the Eastvale Youth Diversion Project?", ["£8,000"]),
    ],
)
def test_question_kinds(asker, question, expected):
    assert sorted(labels(asker, question)) == sorted(expected)


def test_dates_pick_the_holder_of_the_time(asker):
    assert labels(asker, "Who chaired the NSCB in 2019?") == ["Tom Baker"]
    assert labels(asker, "Who chaired the NSCB in 2022?") == ["Cllr Ada Lovelace"]
    # as of a date between the two: the latest before it, never a later one
    assert labels(asker, "Who chaired the Safer Communities Board as of 2021-01-01?") == ["Tom Baker"]
    assert labels(asker, "Who chaired the NSCB in 2018?") == []
    assert labels(asker, "Who was Director of Public Protection in 2019?") == ["Tom Baker"]
    assert labels(asker, "Who was Director of Public Protection in 2022?") == ["Rita Moreno"]


def test_without_a_date_the_latest_comes_first(asker):
    assert labels(asker, "Who chairs the Northshire Safer Communities Board?") == [
        "Cllr Ada Lovelace",
        "Tom Baker",
    ]


def test_meeting_attendance_on_a_day(asker):
    got = labels(asker, "Who attended the meeting of the NSCB on 12 May 2022?")
    assert sorted(got) == ["Cllr Ada Lovelace", "Rita Moreno", "Tom Baker"]
    assert sorted(labels(asker, "Who attended the meeting of the NSCB on 3 October 2019?")) == [
        "Rita Moreno",
        "Tom Baker",
    ]


def test_multi_step_and_chain(asker):
    assert labels(
        asker, "Who chaired the body that the Northshire Prevent Steering Group reports to in 2019?"
    ) == ["Tom Baker"]
    chain = labels(asker, "What is the chain of accountability from the Northshire Prevent Steering Group?")
    assert chain == ["Northshire Safer Communities Board", "Northshire Health and Wellbeing Board"]


def test_unknown_things_get_no_answer(asker):
    for question in (
        "Who chairs the Southshire Safer Communities Board?",
        "Who chairs the Northshire Health and Wellbeing Board?",
        "How much did the Northshire PCC grant for youth clubs in 2022/23?",
        "How much did the Northshire PCC grant to the NSCB in 2019/20?",
        "How much of the NSCB's 2022/23 funding did Westmoor Youth Club receive?",
        "What is the airspeed of an unladen swallow?",
        "",
    ):
        result = asker.ask(question)
        assert result.answers == [], question
    assert "does not" in asker.ask("Who chairs the Northshire Health and Wellbeing Board?").interpretation


def test_answers_carry_evidence_and_the_sparql(asker):
    result = asker.ask("Which body oversees Prevent in Northshire?")
    data = result.to_json()
    assert set(data) == {"question", "interpretation", "answers", "sparql", "suggestions"}
    ev = data["answers"][0]["evidence"][0]
    assert ev["quote"] == "The Board has oversight of the Prevent duty across Northshire."
    assert ev["date"] == "2022-05-12"
    assert ev["document"].endswith("/doc/northshire-scb-2022-05-12")
    assert "gkg:relation ?rel" in data["sparql"] and "VALUES" in data["sparql"]


def test_question_text_never_reaches_the_query(asker):
    evil = 'Who chairs "} DROP ALL ; SELECT * { ?s ?p ?o'
    result = asker.ask(evil)
    assert result.answers == []
    assert "DROP" not in result.sparql
    assert asker.ask("Who chairs the NSCB?").answers  # the store is intact


def test_cli_ask_json(cli_runner, tmp_path):
    from conftest import run_cli

    build_store(tmp_path / "cli-store").close()
    res = run_cli(
        cli_runner, "ask", "--json", "--store", str(tmp_path / "cli-store"), "Who chaired the NSCB in 2019?"
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert [a["label"] for a in data["answers"]] == ["Tom Baker"]
    assert data["answers"][0]["evidence"][0]["quote"] == "Mr Tom Baker (Chairman)"
    res = run_cli(cli_runner, "ask", "--store", str(tmp_path / "cli-store"), "Who chairs the Moon Board?")
    assert res.exit_code == 0 and "does not know" in res.output


# -- the gold questions


def _report(store, eval_dir: Path):
    from govkg.evaluation import run_qa_eval

    report = run_qa_eval(store, eval_dir / "seeds_qa.jsonl", eval_dir / "aliases.json")
    print(report.summary())
    return report


def test_qa_on_the_embedded_default(request, eval_dir):
    from govkg.pipeline import embedded_register_dir

    if not embedded_register_dir().is_dir():
        pytest.skip("the embedded register (loaders/register/) is not in this checkout")
    report = _report(request.getfixturevalue("default_store"), eval_dir)
    assert report.negatives_right >= 9, report.summary()
    assert report.answerable_rate >= 0.85, report.summary()


def test_qa_on_a_store_built_by_extraction(seeds_dir, eval_dir, tmp_path_factory):
    from govkg.graph.store import LocalStore
    from govkg.loaders import loader_for
    from govkg.pipeline import load_paths

    if loader_for(Path("minutes.txt")) is None:
        pytest.skip("no document loader for .txt files is registered (the extraction loaders are not here)")
    store = LocalStore(tmp_path_factory.mktemp("extracted") / "store")
    try:
        report = load_paths(store, [seeds_dir])
        assert report.ok, report.failures
        qa = _report(store, eval_dir)
        assert qa.negatives_right >= 9, qa.summary()
        # a floor a little below what the rebuilt, general extraction gives on the seeds (21/70 on branch
        # extract; the old seed-tuned rules gave 70/70): it catches a regression, it is not the target
        assert qa.answerable_rate >= 0.25, qa.summary()
    finally:
        store.close()


def test_scoring_rules():
    from govkg.evaluation import AnswerMatcher, answer_is_right

    m = AnswerMatcher({"West Mercia Police and Crime Panel": ["PCP", "Police and Crime Panel"]})
    assert answer_is_right(["West Mercia Police and Crime Panel"], False, ["Nobody", "P.C.P"], m) is False
    assert answer_is_right(["West Mercia Police and Crime Panel"], False, ["Nobody", "pcp"], m)
    assert answer_is_right(["£260k"], False, ["£260,000"], m)
    assert not answer_is_right(["£260k"], False, ["£26,000"], m)
    assert answer_is_right(["a", "b"], True, ["A", "B", "c"], m)
    assert not answer_is_right(["a", "b"], True, ["A"], m)
    assert not answer_is_right(["a", "b"], True, ["a", "b", "c", "d", "e"], m)  # a flood of extras
    assert answer_is_right([], False, [], m) and not answer_is_right([], False, ["x"], m)
    assert not answer_is_right(["a"], False, ["b", "c", "d", "e", "f", "a"], m)  # only the first five count


def test_twins_are_near_identical_names_of_the_same_kind():
    from govkg.questions.linking import Entity, EntityIndex

    def body(slug: str, name: str, kind: str = "body") -> Entity:
        return Entity(f"https://w3id.org/govkg/id/{kind}/{slug}", name, kind, {name})

    a = body("eastvale-csp", "Eastvale Community Safety Partnership")
    b = body("east-vale-csp", "East Vale Community Safety Partnership")
    c = body("westvale-csp", "Westmoor Community Safety Partnership")
    d = body("eastvale-csp-topic", "Eastvale Community Safety Partnerships", kind="topic")
    index = EntityIndex({e.iri: e for e in (a, b, c, d)})
    assert index.twins([a]) == [b]


ITEM_TEXT = """Agenda item

Westmarch Borough Council Youth Justice Update Report

Attending for this item:
Priya Shah, Chair - Westmarch Youth Justice Partnership
Omar Reid, Head of Youth Services

The Westmarch Youth Justice Partnership covers Oldbridge and Kettlewick.
The Department for Education published its Gambling Toolkit in May.
The Gambling Harm Toolkit for Schools and Colleges has been taken up by the Youth Justice Partnership.
The Partnership leads on gambling harm.
The Night Time Economy Programme will feed into the Westmarch Safety Strategy.
The Westmarch Safety Strategy was approved by the Westmarch Community Board.
The Board oversees the night time economy.
The Board oversees knife crime; the Youth Justice Partnership delivers the Knife Crime Programme.
Omar Reid, Head of Youth Services, reported on the 2023 figures and the plan for 2024.
"""


@pytest.fixture(scope="module")
def item_asker(tmp_path_factory: pytest.TempPathFactory):
    """A democracy-site agenda item with no date and no body named: its meeting is known by its title."""
    from explorer_fixture import _fact

    from govkg.graph.model import Entity, SourceDocument
    from govkg.graph.store import LocalStore
    from govkg.loaders import content_hash
    from govkg.loaders.metadata import document_title
    from govkg.pipeline import ensure_vocabulary

    t = ITEM_TEXT
    board = Entity("body", "Westmarch Scrutiny Committee", subtype="Committee", area="Westmarch")
    yjp = Entity("body", "Westmarch Youth Justice Partnership", subtype="Partnership", area="Westmarch")
    priya, omar = Entity("person", "Priya Shah"), Entity("person", "Omar Reid")
    head_of_youth = Entity("post", "Head of Youth Services")
    dfe = Entity("body", "Department for Education", subtype="PublicBody")
    decoy = Entity("publication", "Department for Education Gambling Toolkit")
    toolkit = Entity("publication", "Gambling Harm Toolkit for Schools and Colleges")
    nte_plan = Entity("publication", "Night Time Economy Programme")
    strategy = Entity("publication", "Westmarch Safety Strategy")
    community = Entity("body", "Westmarch Community Board", subtype="Board", area="Westmarch")
    doc = SourceDocument(
        key="westmarch-item", source="westmarch/item.txt", text=t, sha256=content_hash(t.encode(), "test"),
        loader="test", doc_type="minutes", title=document_title(t), area="Westmarch", body=board,
    )
    doc.facts = [
        _fact(t, "Priya Shah, Chair - Westmarch Youth Justice Partnership", priya, "attended", board),
        _fact(t, "Priya Shah, Chair - Westmarch Youth Justice Partnership", priya, "chairs", yjp),
        _fact(t, "Omar Reid, Head of Youth Services", omar, "attended", board),
        _fact(t, "Omar Reid, Head of Youth Services, reported", omar, "holds_post", head_of_youth),
        _fact(t, "covers Oldbridge and Kettlewick", yjp, "covers_area", Entity("area", "Oldbridge")),
        _fact(t, "covers Oldbridge and Kettlewick", yjp, "covers_area", Entity("area", "Kettlewick")),
        _fact(t, "The Department for Education published its Gambling Toolkit", dfe, "produces", decoy),
        _fact(t, "has been taken up by", yjp, "other", toolkit, note="adopted"),
        _fact(t, "leads on gambling harm", yjp, "responsible_for", Entity("topic", "Gambling Harm")),
        _fact(t, "Programme will feed into the Westmarch Safety Strategy", nte_plan, "part_of", strategy),
        _fact(t, "Strategy was approved by the Westmarch Community Board", community, "produces", strategy),
        _fact(t, "oversees the night time economy", community, "oversees", Entity("topic", "Night Time Economy")),
        _fact(t, "The Board oversees knife crime", community, "oversees", Entity("topic", "Knife Crime")),
        _fact(t, "delivers the Knife Crime Programme", yjp, "delivers", Entity("initiative", "Knife Crime Programme")),
    ]
    store = LocalStore(tmp_path_factory.mktemp("item") / "store")
    ensure_vocabulary(store)
    store.load_document(doc)
    yield Asker(store)
    store.close()


def test_page_furniture_is_not_a_title():
    from govkg.loaders.metadata import document_title

    assert document_title(ITEM_TEXT) == "Westmarch Borough Council Youth Justice Update Report"


def test_attendance_of_a_meeting_named_by_its_item(item_asker):
    got = labels(item_asker, "Who is listed as attending for the Westmarch Youth Justice Update item?")
    assert sorted(got) == ["Omar Reid", "Priya Shah"]
    # A title the graph does not hold names no meeting.
    assert labels(item_asker, "Who attended the Westmarch Housing Allocations Update item?") == []


def test_the_body_whose_chair_did_something(item_asker):
    got = labels(
        item_asker, "Which districts are covered by the partnership whose chair attended the Youth Justice Update?"
    )
    assert sorted(got) == ["Kettlewick", "Oldbridge"]


def test_a_publication_named_with_its_publisher_in_front(item_asker):
    # The whole name is close to another toolkit of the publisher's, which adopted nothing: the name
    # without the publisher is the start of the one that was adopted.
    got = labels(item_asker, "Which partnership adopted the Department for Education Gambling Harm Toolkit?")
    assert got == ["Westmarch Youth Justice Partnership"]


def test_a_longer_close_name_of_another_kind_beats_the_exact_name_inside_it(item_asker):
    # "Night Time Economy" is a topic; the question's "Night Time Economy Program" is the programme.
    got = labels(item_asker, "Which board approves the strategy that the Night Time Economy Program will feed into?")
    assert got == ["Westmarch Community Board"]


def test_holding_a_function_is_not_holding_a_post(asker):
    assert labels(asker, "Which body holds the Domestic Homicide Reviews work?") == [
        "Northshire Safer Communities Board"
    ]
    assert "Rita Moreno" in labels(asker, "Who holds the Director of Public Protection post?")
    assert "Rita Moreno" in labels(asker, "Who holds the post of Director of Public Protection?")


def test_a_head_noun_shared_by_two_names(item_asker):
    # "knife crime" alone is a topic nobody delivers; "knife crime and gang exit programmes" names the programme.
    assert labels(item_asker, "Who delivers the knife crime and gang exit programmes?") == [
        "Westmarch Youth Justice Partnership"
    ]


def test_an_undated_paper_speaking_of_later_years_does_not_answer_for_an_earlier_year(item_asker):
    assert labels(item_asker, "Who was the Head of Youth Services in 2022?") == ["Omar Reid"]
    assert labels(item_asker, "Who was the Head of Youth Services in 2016?") == []
