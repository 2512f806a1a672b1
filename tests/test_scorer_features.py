"""bench/scorer_features.py and bench/scorer_train.py: the learned fact scorer's features, the plain-Python
evaluation of an exported model, and the labelling of a read set's facts with the evaluation's own matcher.

The scorer was measured and not shipped (bench/RESULTS.md); these tests keep the measurement reproducible. Every
text and name here is invented for the test, in the styles of several councils.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from govkg.graph.model import Entity, Fact

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def sf():
    sys.path.insert(0, str(BENCH))
    try:
        import scorer_features

        yield scorer_features
    finally:
        sys.path.remove(str(BENCH))


def _doc(text: str, facts: list[Fact], *, area: str | None = "Thornbury", body: Entity | None = None,
          council: Entity | None = None, doc_type: str = "minutes"):
    """The few things of an ExtractionDoc the features read."""
    return SimpleNamespace(text=text, facts=facts, body=body, resolver=SimpleNamespace(council=council),
                           meta=SimpleNamespace(area=area, doc_type=doc_type))


def _fact(text: str, quote: str, subject: Entity, relation: str, obj: Entity, rule: str = "clause:x") -> Fact:
    start = text.index(quote)
    return Fact(subject=subject, relation=relation, object=obj, start=start, end=start + len(quote), rule=rule,
                confidence=0.8)


def _features(sf, text: str, quote: str, subject: Entity, relation: str, obj: Entity, **kw) -> dict[str, float]:
    fact = _fact(text, quote, subject, relation, obj)
    doc = _doc(text, [fact], **kw)
    return sf.fact_features(doc, fact)


PARTNERSHIP = Entity("body", "Thornbury Community Safety Partnership", area="Thornbury")
COUNCIL = Entity("body", "Thornbury District Council", area="Thornbury")
PERSON = Entity("person", "Maud Ferrant")


# -- layout form of the evidence


@pytest.mark.parametrize("line, form", [
    ("Kelbrook Youth Offer\tKelbrook Borough Council\t£12,500", "table"),
    ("| Inspector Ada Quell | Lancashire Constabulary | Member |", "table"),
    ("Lead officer: Priya Odunsi, Community Safety Manager", "field"),
    ("- the Safer Marsden Partnership's delivery group", "bullet"),
    ("(b) to agree the partnership plan each year;", "bullet"),
    ("4.2 The panel meets every quarter.", "bullet"),
    ("Terms of Reference", "heading"),
    ("The board agreed that its members would review the plan, which the council had drafted over the winter.",
     "prose"),
])
def test_layout_form_of_the_line_a_quote_opens_on(sf, line: str, form: str) -> None:
    text = "Marsden Council\n\n" + line + "\nMore text follows here.\n"
    assert sf.layout_form(text, text.index(line) + 2) == form


# -- each end's kind and finer class


@pytest.mark.parametrize("entity, klass", [
    (Entity("body", "Thornbury District Council"), "district-council"),
    (Entity("body", "Avon and Somerset Police"), "police-force"),
    (Entity("body", "Thornbury Community Safety Partnership"), "community-safety-partnership"),
    (Entity("post", "Community Safety Manager"), "post:manager"),
    (Entity("post", "Portfolio Holder for Neighbourhoods"), "post"),
    (Entity("person", "Maud Ferrant"), "person"),
    (Entity("topic", "Serious Violence"), "topic"),
])
def test_end_class_from_head_noun_and_gazetteer(sf, entity: Entity, klass: str) -> None:
    assert sf.entity_class(entity) == klass


def test_relation_rule_and_kinds_are_features(sf) -> None:
    text = "Maud Ferrant chairs the Thornbury Community Safety Partnership.\n"
    x = _features(sf, text, text.strip(), PERSON, "chairs", PARTNERSHIP)
    assert x["rel=chairs"] == x["rule=clause:x"] == x["family=clause"] == 1.0
    assert x["skind=person"] == x["okind=body"] == x["kinds=person>body"] == 1.0
    assert x["oclass=community-safety-partnership"] == 1.0
    assert x["confidence"] == 0.8


# -- named in the quote, or filled in; order and distance of the names


def test_both_ends_named_in_order(sf) -> None:
    text = "Cabinet noted that Maud Ferrant chairs the Thornbury Community Safety Partnership.\n"
    x = _features(sf, text, "Maud Ferrant chairs the Thornbury Community Safety Partnership", PERSON, "chairs",
                  PARTNERSHIP)
    assert x["s_named"] == x["o_named"] == x["both_named"] == x["subject_first"] == 1.0
    assert x["gap_log"] > 0


def test_object_written_first_is_the_other_order(sf) -> None:
    text = "The Thornbury Community Safety Partnership is chaired by Maud Ferrant.\n"
    x = _features(sf, text, text.strip(), PERSON, "chairs", PARTNERSHIP)
    assert x["subject_first"] == 0.0


def test_the_meeting_body_filled_in_and_not_named(sf) -> None:
    text = "Present:\nCouncillor Maud Ferrant (Chair)\n"
    fact = _fact(text, "Councillor Maud Ferrant (Chair)", PERSON, "attended", PARTNERSHIP)
    x = sf.fact_features(_doc(text, [fact], body=PARTNERSHIP, council=COUNCIL), fact)
    assert x["o_is_body"] == 1.0 and x["o_named"] == 0.0 and x["s_named"] == 1.0
    assert "both_named" not in x


def test_an_acronym_names_an_end(sf) -> None:
    text = "The TCSP reports to the Thornbury District Council cabinet.\n"
    x = _features(sf, text, text.strip(), PARTNERSHIP, "reports_to", COUNCIL)
    assert x["s_named"] == 1.0


def test_back_reference_word_for_an_end_not_named(sf) -> None:
    text = "The Thornbury District Council set up the Partnership. The Partnership reports to the council.\n"
    x = _features(sf, text, "The Partnership reports to the council", PARTNERSHIP, "reports_to", COUNCIL)
    assert x["s_backref"] == 1.0 and x["s_named"] == 0.0


def test_a_place_put_before_a_name_written_without_it(sf) -> None:
    group = Entity("body", "Wiltshire Serious Violence Group", area="Wiltshire")  # a place the gazetteer knows
    text = "Serious Violence Group reports to the partnership board.\n"
    x = _features(sf, text, text.strip(), group, "reports_to", PARTNERSHIP)
    assert x["s_placed"] == 1.0 and x["s_in_text"] == 0.0


# -- a person's name shape


def test_person_name_of_words_the_paper_writes_in_lower_case(sf) -> None:
    odd = Entity("person", "Student Welfare")
    text = "Ask the student welfare team.\nStudent Welfare Manager, Thornbury College\n"
    x = _features(sf, text, "Student Welfare Manager, Thornbury College", odd, "member_of", PARTNERSHIP)
    assert x["s_lower_words"] == 2.0 and x["s_lower_frac"] == 1.0
    y = _features(sf, text + "Maud Ferrant attended.\n", "Maud Ferrant attended", PERSON, "attended", PARTNERSHIP)
    assert y["s_lower_words"] == 0.0


def test_honorific_or_rank_before_a_name(sf) -> None:
    text = "Apologies were received from Cllr Maud Ferrant and from Maud Ferrant's deputy.\n"
    x = _features(sf, text, "Cllr Maud Ferrant", PERSON, "apologies", PARTNERSHIP)
    assert x["s_titled"] == 1.0
    y = _features(sf, text, "Maud Ferrant's deputy", PERSON, "apologies", PARTNERSHIP)
    assert y["s_titled"] == 0.0


# -- each end's area against the paper's


def test_area_of_an_end_against_the_paper(sf) -> None:
    other = Entity("body", "Kelbrook Community Safety Partnership", area="Kelbrook")
    text = "The Kelbrook Community Safety Partnership reports to the Thornbury District Council.\n"
    x = _features(sf, text, text.strip(), other, "reports_to", COUNCIL)
    assert x["s_area=other"] == 1.0 and x["o_area=same"] == 1.0
    y = _features(sf, text, text.strip(), other, "reports_to", COUNCIL, area=None)
    assert y["s_area=paperless"] == 1.0


# -- hedges, negations, facts sharing a quote


@pytest.mark.parametrize("sentence, hedge, negation", [
    ("Maud Ferrant chairs the Thornbury Community Safety Partnership.", 0.0, 0.0),
    ("Maud Ferrant may chair the Thornbury Community Safety Partnership from June.", 1.0, 0.0),
    ("It is proposed that Maud Ferrant chairs the Thornbury Community Safety Partnership.", 1.0, 0.0),
    ("Maud Ferrant no longer chairs the Thornbury Community Safety Partnership.", 0.0, 1.0),
    ("Maud Ferrant, the former chair of the Thornbury Community Safety Partnership, spoke.", 0.0, 1.0),
])
def test_hedge_and_negation(sf, sentence: str, hedge: float, negation: float) -> None:
    text = sentence + "\n"
    x = _features(sf, text, sentence, PERSON, "chairs", PARTNERSHIP)
    assert (x["hedge"], x["negation"]) == (hedge, negation)


def test_facts_sharing_a_quote_and_a_reader(sf) -> None:
    text = "Members: Kelbrook Borough Council, Thornbury District Council, Marsden Council\n"
    bodies = [Entity("body", n) for n in ("Kelbrook Borough Council", "Thornbury District Council", "Marsden Council")]
    facts = [_fact(text, text.strip(), b, "member_of", PARTNERSHIP, rule="list:member_of") for b in bodies]
    doc = _doc(text, facts)
    x = sf.fact_features(doc, facts[0])
    assert x["shared_quote"] == 2.0  # three facts: the bucket of 3 or 4
    assert x["rule_count_log"] > x["relation_count_log"] - 1e-9 > 0
    alone = _doc(text, facts[:1])
    assert sf.fact_features(alone, facts[0])["shared_quote"] == 0.0


def test_record_gives_a_grant_twice(sf) -> None:
    text = "The Police and Crime Commissioner gave £40,000 to the Thornbury Community Safety Partnership.\n"
    pcc = Entity("post", "Thornbury Police and Crime Commissioner")
    grant = _fact(text, text.strip(), pcc, "funds", PARTNERSHIP, rule="funding:sentence")
    grant.amount = __import__("decimal").Decimal(40000)
    note = Fact(subject=PARTNERSHIP, relation="other", object=None, start=0, end=5, rule="statement:x",
                value="quarterly")
    seen: list[tuple[str, dict]] = []
    sf.record(_doc(text, [grant, note]), lambda d, f, x: seen.append((f.relation, x)))
    assert [next(k for k in x if k.startswith("rel=")) for _, x in seen] == ["rel=funds", "rel=funding_amount"]
    assert all(x["amount"] == 1.0 for _, x in seen)  # the `other` note is never recorded


# -- an exported model evaluated without scikit-learn


def test_probability_of_a_logistic_model(sf) -> None:
    m = {"kind": "logistic", "intercept": 0.0, "weights": {"rel=chairs": 2.0, "hedge": -4.0}}
    assert sf.probability(m, {"rel=chairs": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -2), rel=1e-6)
    assert sf.probability(m, {"rel=chairs": 1.0, "hedge": 1.0}) < 0.5
    assert sf.probability(m, {}) == 0.5


def test_probability_of_trees(sf) -> None:
    stump = {"feature": ["hedge", "", ""], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1],
             "right": [2, -1, -1], "value": [0.0, 1.0, -3.0]}
    m = {"kind": "trees", "init": 0.0, "learning_rate": 1.0, "trees": [stump]}
    assert sf.probability(m, {"hedge": 0.0}) > 0.7
    assert sf.probability(m, {"hedge": 1.0}) < 0.1


# -- labelling a set's facts with the evaluation's matcher


def test_collect_labels_each_fact_by_the_gold(sf, tmp_path: Path, monkeypatch) -> None:
    import scorer_train as st

    from govkg.evaluation.corpus import Part

    docs = tmp_path / "docs"
    docs.mkdir()
    paper = ("Source: https://example.org/marsden-board\n\nMarsden Borough Council\n"
             "Marsden Community Safety Partnership - minutes of the meeting of 9 April 2025\n\n"
             "Present:\nCouncillor Odile Haverford (Chair), Marsden Borough Council\n"
             "Wendell Ashgrove, Marsden Borough Council\n")
    (docs / "m_01_board.txt").write_text(paper, encoding="utf-8")
    gold = tmp_path / "facts.jsonl"
    doc = "m_01_board.txt"
    rows = [  # the chair attended; the other attendee is left out of the gold, so that fact is false
        {"id": "m-1", "doc": doc, "subject": "Odile Haverford", "relation": "attended",
         "object": "Marsden Community Safety Partnership", "evidence": "Councillor Odile Haverford (Chair)"},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    aliases = tmp_path / "aliases.json"
    aliases.write_text("{}", encoding="utf-8")
    part = Part("m", (docs,), gold, None, aliases)
    monkeypatch.setattr(st, "read_sets", lambda only=None: [("marsden", [part])])
    out = tmp_path / "rows.jsonl"
    st.collect(out)
    labelled = {(r["relation"], r["subject"]): r["label"] for r in map(json.loads, out.open(encoding="utf-8"))}
    assert labelled[("attended", "Odile Haverford")] == 1
    assert labelled[("attended", "Wendell Ashgrove")] == 0
    assert all(r["x"]["bias"] == 1.0 for r in map(json.loads, out.open(encoding="utf-8")))
