"""`govkg eval` and `govkg show-evidence`: scoring against gold facts and questions, lenient and strict, on
small documents and corpora of our own, and floors on the seed documents and the development corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builders import make_doc
from conftest import run_cli
from govkg.evaluation import Aliases, GoldFact, Predicted, fact_report, score
from govkg.graph.model import Entity

DOC = (
    "Minutes of the Safer Bath Partnership meeting held on 9 January 2024\n\n"
    "Present: Councillor Amy Dale (Chair) and Mr S P Voss\n\n"
    "Apologies: Rob Tennant\n\n"
    "4. Prevent\n\nThe Bath Prevent Group reported to the Safer Bath Partnership.\n"
)


def _gold(tmp_path: Path) -> tuple[Path, Path]:
    facts = [
        {
            "id": "g1",
            "doc": "bath.txt",
            "relation": "chairs",
            "subject": "Amy Dale",
            "object": "Safer Bath Partnership",
            "evidence": "Councillor Amy Dale (Chair)",
            "when": "2024-01-09",
        },
        {
            "id": "g2",
            "doc": "bath.txt",
            "relation": "attended",
            "subject": "S P Voss",
            "object": "Safer Bath Partnership",
            "evidence": "Mr S P Voss",
            "when": "2024-01-09",
        },
        {
            "id": "g3",
            "doc": "bath.txt",
            "relation": "reports_to",
            "subject": "Bath Prevent Group",
            "object": "SBP",
            "evidence": "reported to",
            "when": "2024-01-09",
        },
        {
            "id": "g5",
            "doc": "bath.txt",
            "relation": "attended",
            "subject": "Amy Dale",
            "object": "Safer Bath Partnership",
            "evidence": "Councillor Amy Dale (Chair)",
            "when": "2024-01-09",
        },
        {
            "id": "g6",
            "doc": "bath.txt",
            "relation": "apologies",
            "subject": "Rob Tennant",
            "object": "SBP",
            "evidence": "Apologies: Rob Tennant",
            "when": "2024-01-09",
        },
        {
            "id": "g4",
            "doc": "bath.txt",
            "relation": "oversees",
            "subject": "Safer Bath Partnership",
            "object": "Prevent",
            "evidence": "Prevent",
            "when": "2024-01-09",
        },
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(f) for f in facts) + "\n")
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"Safer Bath Partnership": ["SBP"], "Amy Dale": ["Councillor Amy Dale"]}))
    return gold, aliases


def test_score_matches_through_aliases_and_counts_each_miss_and_false_positive() -> None:
    aliases = Aliases({"Safer Bath Partnership": ["SBP"]})
    gold = [
        GoldFact("g1", "d.txt", "chairs", "Amy Dale", "SBP"),
        GoldFact("g2", "d.txt", "member_of", "Amy Dale", "Bath Council"),
        GoldFact("g3", "d.txt", "funding_amount", "x", "£5k (5000)", funder="Bath Council", recipient="SBP"),
    ]
    from decimal import Decimal

    predicted = [
        Predicted(
            "d.txt",
            "chairs",
            frozenset({"AMY  dale"}),
            frozenset({"Safer Bath Partnership"}),
            "Amy Dale",
            "Safer Bath Partnership",
            "q",
        ),
        Predicted("d.txt", "chairs", frozenset({"Amy Dale"}), frozenset({"SBP"}), "Amy Dale", "SBP", "q"),
        Predicted("d.txt", "attended", frozenset({"Amy Dale"}), frozenset({"SBP"}), "Amy Dale", "SBP", "q"),
        Predicted(
            "d.txt",
            "funding_amount",
            frozenset({"Bath Council"}),
            frozenset({"Safer Bath Partnership"}),
            "",
            "",
            "q",
            amount=Decimal(5000),
        ),
    ]
    result = score(gold, predicted, aliases)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (2, 1, 1)
    assert [g.id for g in result.misses] == ["g2"]
    assert result.by_relation["chairs"].precision == 1.0
    assert fact_report(result).splitlines()[-1] == "precision 0.67 recall 0.67 f1 0.67"


def test_eval_command_builds_a_fresh_store_and_ends_with_the_summary_line(tmp_path: Path, cli_runner) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bath.txt").write_text(DOC)
    gold, aliases = _gold(tmp_path)
    result = run_cli(cli_runner, "eval", "--docs", str(docs), "--gold", str(gold), "--aliases", str(aliases))
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert re.fullmatch(r"precision \d\.\d\d recall \d\.\d\d f1 \d\.\d\d", lines[-1])
    assert lines[-1] == "precision 1.00 recall 0.83 f1 0.91"
    assert "g4 bat oversees" in result.output  # the miss is listed
    missing = run_cli(cli_runner, "eval", "--docs", str(docs), "--gold", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code != 0 and "nope.jsonl" in missing.output
    quiet = run_cli(cli_runner, "eval", "--docs", str(docs), "--gold", str(gold), "--aliases", str(aliases),
                    "--no-misses")
    assert quiet.exit_code == 0 and "g4" not in quiet.output
    assert quiet.output.strip().splitlines()[-1] == lines[-1]


def test_show_evidence_prints_quotes_with_document_and_date(tmp_path: Path, cli_runner) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bath.txt").write_text(DOC)
    store = tmp_path / "store"
    assert run_cli(cli_runner, "load", "--store", str(store), str(docs)).exit_code == 0
    from govkg.graph.iris import entity_iri

    iri = entity_iri("body", "Safer Bath Partnership")
    result = run_cli(cli_runner, "show-evidence", "--store", str(store), iri)
    assert result.exit_code == 0, result.output
    assert '"Councillor Amy Dale (Chair)' in result.output
    assert "2024-01-09" in result.output and "bath.txt" in result.output
    assert "Bath Prevent Group reported to the Safer Bath Partnership" in result.output  # the clause, quoted
    unknown = run_cli(cli_runner, "show-evidence", "--store", str(store), iri + "-nothing")
    assert unknown.exit_code == 1 and "no facts" in unknown.output


@pytest.fixture(scope="module")
def seeds_result(seeds_dir: Path, eval_dir: Path):
    from govkg.evaluation import evaluate_docs

    return evaluate_docs(seeds_dir, eval_dir / "seeds_facts.jsonl", eval_dir / "aliases.json").facts


def test_seed_documents_load_without_failures(seeds_result) -> None:
    assert seeds_result.load_failures == []


# Floors a little below what the rebuilt extraction measures on the seeds (precision 0.95, recall 0.59 on the
# merged build of 2026-12-05, evening; the old seed-tuned rules measured 0.99 / 0.81): they catch a
# regression, not the issue-10 target.
SEED_FLOORS = {"precision": 0.90, "recall": 0.56}


def _figures(r) -> str:
    """The per-relation table and the summary, without the misses (gold content stays off the terminal)."""
    from govkg.evaluation.report import relation_table, summary_line

    return "\n".join([*relation_table(r), summary_line(r.overall)])


def test_seed_extraction_precision_floor(seeds_result) -> None:
    assert seeds_result.overall.precision >= SEED_FLOORS["precision"], _figures(seeds_result)
    for relation in ("apologies", "holds_post"):
        assert seeds_result.by_relation[relation].precision >= 0.85, _figures(seeds_result)


def test_seed_extraction_recall_floor(seeds_result) -> None:
    assert seeds_result.overall.recall >= SEED_FLOORS["recall"], _figures(seeds_result)
    assert seeds_result.by_relation["apologies"].recall >= 0.9, _figures(seeds_result)


# -- the development corpus: 70 papers from about sixty councils

# Floors a little below the figures measured on the merged build of 2026-12-05, afternoon (lenient: P 0.96
# R 0.69; strict: P 0.91 R 0.66; per part recall ln 0.65, md 0.74, nw 0.68, se 0.67, sw 0.71). They guard against
# regressions; the issue-10 recall target (R >= 0.70) is above them.
CORPUS_FLOORS = {
    "lenient": (0.93, 0.66),
    "strict": (0.88, 0.63),
    "parts": {"ln": 0.62, "md": 0.71, "nw": 0.65, "se": 0.64, "sw": 0.68},
    # every relation with >= 20 gold facts, held to the 0.85 (measured 0.90-1.00)
    "relation_precision": (("apologies", "attended", "chairs", "covers_area", "funding_amount", "funds", "holds_post",
                            "member_of", "oversees", "part_of", "priority_of", "produces", "responsible_for",
                            "statutory_duty"), 0.85),
}


def _corpus_figures(result) -> str:
    lines = [f"{p.part.name}: precision {p.facts.overall.precision:.2f} recall {p.facts.overall.recall:.2f}"
             for p in result.parts]
    return "\n".join([*lines, f"overall: precision {result.facts.overall.precision:.2f} "
                                f"recall {result.facts.overall.recall:.2f}"])


@pytest.mark.slow
@pytest.mark.parametrize("matching", ["lenient", "strict"])
def test_development_corpus_floors(corpus_dir: Path, matching: str) -> None:
    from govkg.evaluation import evaluate_corpus

    result = evaluate_corpus(corpus_dir, strict=matching == "strict")
    assert result.documents == 70 and result.load_failures == []
    precision, recall = CORPUS_FLOORS[matching]
    assert result.facts.overall.precision >= precision, _corpus_figures(result)
    assert result.facts.overall.recall >= recall, _corpus_figures(result)
    if matching == "lenient":
        for part in result.parts:
            assert part.facts.overall.recall >= CORPUS_FLOORS["parts"][part.part.name], _corpus_figures(result)
        relations, floor = CORPUS_FLOORS["relation_precision"]
        for relation in relations:
            assert result.facts.by_relation[relation].precision >= floor, (relation, _corpus_figures(result))


# -- strict matching


def test_strict_names_an_entity_only_by_its_labels_and_the_names_its_own_document_used() -> None:
    from govkg.evaluation import predicted_facts
    from govkg.graph.store import LocalStore

    partnership = Entity("body", "Eastmoor Community Safety Partnership", aliases=("ECSP",))
    holt = Entity("person", "Jane Holt")
    first = make_doc("The Eastmoor Community Safety Partnership (ECSP) is chaired by Jane Holt.",
                     [(holt, "chairs", partnership, "chaired by Jane Holt")], key="first")
    # the second document never writes "ECSP", but the node it names collected that alias from the first
    second = make_doc("Jane Holt chairs the Eastmoor partnership.",
                      [(holt, "chairs", Entity("body", "Eastmoor Community Safety Partnership"), "Jane Holt chairs")],
                      key="second")
    gold = [GoldFact("g1", "first.txt", "chairs", "Jane Holt", "Eastmoor CSP"),
            GoldFact("g2", "second.txt", "chairs", "Jane Holt", "Eastmoor CSP")]
    aliases = Aliases({"Eastmoor CSP": ["ECSP"]})
    store = LocalStore(None)
    try:
        for doc in (first, second):
            store.load_document(doc)
        lenient = score(gold, predicted_facts(store), aliases)
        strict = score(gold, predicted_facts(store, strict=True), aliases, strict=True)
    finally:
        store.close()
    assert lenient.overall.tp == 2
    assert (strict.overall.tp, strict.overall.fp) == (1, 1)
    assert [g.id for g in strict.misses] == ["g2"]


def _pred(relation: str, s: str, o: str, **kw) -> Predicted:
    return Predicted("d.txt", relation, frozenset({s}), frozenset({o}), s, o, "q", **kw)


def test_strict_honours_on_body_period_and_year_and_credits_one_gold_copy_per_prediction() -> None:
    from decimal import Decimal

    aliases = Aliases({"Anytown Council": ["ABC"]})
    gold = [
        GoldFact("r1", "d.txt", "represented_by", "Anytown Council", "Ann Lee", on_body="Police and Crime Panel"),
        GoldFact("m1", "d.txt", "funding_amount", "x", "£5k (5000)", funder="PCC", recipient="Anytown CSP",
                 period="2014/15"),
        GoldFact("f1", "d.txt", "funds", "PCC", "Anytown CSP", qualifier="2015/16; from PCC funding"),
        GoldFact("c1", "d.txt", "chairs", "Ann Lee", "Anytown CSP", when="2019-03-04"),
        GoldFact("c2", "d.txt", "chairs", "Ann Lee", "Anytown CSP", when="2019-03-04"),  # the same fact twice
    ]
    predicted = [
        _pred("represented_by", "ABC", "Ann Lee", on_body_names=frozenset({"Scrutiny Committee"})),
        _pred("funding_amount", "PCC", "Anytown CSP", amount=Decimal(5000), period="2015-16"),
        _pred("funds", "PCC", "Anytown CSP", period="2015/2016"),
        _pred("chairs", "Ann Lee", "Anytown CSP", when="2019-03-04"),
    ]
    lenient = score(gold, predicted, aliases)
    assert (lenient.overall.tp, lenient.overall.fp, lenient.overall.fn) == (5, 0, 0)
    strict = score(gold, predicted, aliases, strict=True)
    # wrong body represented on, wrong financial year: false positives; one chairs prediction, one credit
    assert (strict.overall.tp, strict.overall.fp, strict.overall.fn) == (2, 2, 3)
    assert sorted(g.id for g in strict.misses) in (["c1", "m1", "r1"], ["c2", "m1", "r1"])
    right = [
        _pred("represented_by", "ABC", "Ann Lee", on_body_names=frozenset({"Police and Crime Panel"})),
        _pred("funding_amount", "PCC", "Anytown CSP", amount=Decimal(5000), period="2014/15"),
        _pred("chairs", "Ann Lee", "Anytown CSP", when="2019"),  # a year-precise date agrees
        _pred("chairs", "Ann Lee", "Anytown CSP"),  # undated: not wrong
    ]
    strict = score(gold, right, aliases, strict=True)
    assert (strict.overall.tp, strict.overall.fp, [g.id for g in strict.misses]) == (4, 0, ["f1"])
    wrong_year = score(gold, [_pred("chairs", "Ann Lee", "Anytown CSP", when="2021-01-01")], aliases, strict=True)
    assert (wrong_year.overall.tp, wrong_year.overall.fp) == (0, 1)


def test_strict_credit_is_a_maximum_matching_whatever_the_order() -> None:
    # a node named both "Youth Board" and "Safety Board" could credit either gold fact; the other prediction
    # only the second: both are credited in either order
    gold = [GoldFact("a", "d.txt", "chairs", "Ann Lee", "Youth Board"),
            GoldFact("b", "d.txt", "chairs", "Ann Lee", "Safety Board")]
    both = Predicted("d.txt", "chairs", frozenset({"Ann Lee"}), frozenset({"Youth Board", "Safety Board"}),
                     "Ann Lee", "Safety Board", "q")
    only = _pred("chairs", "Ann Lee", "Safety Board")
    for order in ([both, only], [only, both]):
        result = score(gold, order, Aliases(), strict=True)
        assert (result.overall.tp, result.overall.fp, result.overall.fn) == (2, 0, 0)


def test_other_is_reported_apart_from_the_headline() -> None:
    gold = [GoldFact("o1", "d.txt", "other", "Ann Lee", "Youth Board", note="launches"),
            GoldFact("c1", "d.txt", "chairs", "Ann Lee", "Youth Board")]
    result = score(gold, [_pred("other", "Ann Lee", "Youth Board"), _pred("chairs", "Ann Lee", "Nobody")], Aliases())
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 1, 1)
    assert (result.other.tp, result.other.fp, result.other.fn) == (1, 0, 0)
    report = fact_report(result)
    assert "other (apart)" in report and report.splitlines()[-1] == "precision 0.00 recall 0.00 f1 0.00"


def test_periods_read_financial_years_in_their_usual_spellings() -> None:
    from govkg.evaluation import periods

    assert periods("2014/15") == periods("2014-15") == periods("2014/2015") == periods("FY 2014–15") == {"2014/15"}
    assert periods("per year (2021)") == {"2021"}
    assert periods("ended April 2014; 2015/16 allocation", years=False) == {"2015/16"}


# -- a corpus of two parts

BATH = ("Source: https://www.bath.example.gov.uk/m/1\n\nMinutes of the Safer Bath Partnership meeting held on "
        "9 January 2024\n\nPresent: Councillor Amy Dale (Chair) and Mr S P Voss\n\nApologies: Rob Tennant\n")
WELLS = ("Source: https://www.wells.example.gov.uk/m/2\n\nMinutes of the Safer Wells Partnership meeting held on "
         "14 March 2023\n\nPresent: Councillor Amy Dale (Chair) and Ms K Obi\n\nApologies: Priya Nair\n")


def _fact(i: str, doc: str, relation: str, subject: str, obj: str) -> dict:
    return {"id": i, "doc": doc, "relation": relation, "subject": subject, "object": obj, "evidence": "",
            "when": "2024-01-09" if doc.startswith("aa") else "2023", "area": "x"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "docs").mkdir(parents=True)
    (root / "parts").mkdir()
    (root / "docs" / "aa_01_bath.txt").write_text(BATH)
    (root / "docs" / "bb_01_wells.txt").write_text(WELLS)
    parts = {
        # both parts call their own partnership "SP": each part's aliases decide what it means there
        "aa": ("aa_01_bath.txt", "Bath CSP", "Safer Bath Partnership", "Rob Tennant", "S P Voss"),
        "bb": ("bb_01_wells.txt", "Wells CSP", "Safer Wells Partnership", "Priya Nair", "K Obi"),
    }
    for name, (doc, canonical, variant, absent, present) in parts.items():
        facts = [_fact(f"{name}1", doc, "chairs", "Amy Dale", "SP"), _fact(f"{name}2", doc, "apologies", absent, "SP"),
                 _fact(f"{name}3", doc, "oversees", canonical, "Zebedee Quint Programme"),
                 _fact(f"{name}4", doc, "other", canonical, "Amy Dale"),
                 _fact(f"{name}5", doc, "attended", "Amy Dale", canonical),
                 _fact(f"{name}6", doc, "attended", present, variant)]
        (root / "parts" / f"{name}_facts.jsonl").write_text("\n".join(json.dumps(f) for f in facts) + "\n")
        (root / "parts" / f"{name}_aliases.json").write_text(json.dumps({canonical: [variant, "SP"]}))
        qa = [{"id": f"{name}q1", "doc": doc, "question": f"Who chairs the {variant}?", "kind": "chair",
               "answers": ["Amy Dale"], "all": False, "evidence": ""},
              {"id": f"{name}q2", "doc": doc, "question": f"Who is the treasurer of the {variant}?",
               "kind": "other", "answers": [], "all": False, "evidence": ""}]
        (root / "parts" / f"{name}_qa.jsonl").write_text("\n".join(json.dumps(q) for q in qa) + "\n")
    return root


def test_corpus_eval_scores_each_part_with_its_own_gold_and_aliases(corpus: Path) -> None:
    from govkg.evaluation import evaluate_corpus

    result = evaluate_corpus(corpus, qa=True)
    assert result.documents == 2 and result.load_failures == []
    assert [p.part.name for p in result.parts] == ["aa", "bb"]
    for part in result.parts:
        assert (part.facts.overall.tp, part.facts.overall.fn) == (4, 1), fact_report(part.facts)
        assert part.facts.other.fn == 1
        assert part.qa is not None and len(part.qa.outcomes) == 2
    assert (result.facts.overall.tp, result.facts.overall.fn) == (8, 2)
    assert sorted(result.qa.by_kind()) == ["chair", "other"]
    only = evaluate_corpus(corpus, ["bb"])
    assert [p.part.name for p in only.parts] == ["bb"] and only.documents == 1


def test_corpus_eval_prints_figures_only_and_writes_misses_to_the_report(corpus: Path, tmp_path: Path,
                                                                        cli_runner) -> None:
    report = tmp_path / "report.txt"
    result = run_cli(cli_runner, "eval", str(corpus), "--qa", "--report", str(report))
    assert result.exit_code == 0, result.output
    out = result.output
    assert re.search(r"^aa\s+5\s+\d+\s+4\b", out, re.M) and re.search(r"^bb\s+5\s+\d+\s+4\b", out, re.M)
    assert re.search(r"^chairs\s+2\s+\d+\s+2\b", out, re.M)
    assert re.search(r"^other \(apart\)\s+2\b", out, re.M)
    assert "kind" in out and re.search(r"^\s+chair\s+\d/2", out, re.M)
    assert out.strip().splitlines()[-1] == "precision 1.00 recall 0.80 f1 0.89"
    # a first-look measurement: nothing of the gold's content on the terminal
    assert "Zebedee" not in out and "Who chairs" not in out
    full = report.read_text()
    assert "Zebedee Quint Programme" in full and "aa3" in full and full.strip().splitlines()[-1] == out.strip(
    ).splitlines()[-1]
    shown = run_cli(cli_runner, "eval", str(corpus), "--parts", "aa", "--misses")
    assert "Zebedee" in shown.output and "bb_01" not in shown.output
    flag_first = run_cli(cli_runner, "eval", "--qa", str(corpus))  # the flag does not swallow the folder
    assert flag_first.exit_code == 0 and "QA:" in flag_first.output
    as_json = run_cli(cli_runner, "eval", str(corpus), "--json", "--strict")
    data = json.loads(as_json.output)
    assert data["matching"] == "strict" and set(data["parts"]) == {"aa", "bb"}
    assert data["overall"]["correct"] == 8 and "misses" not in data


def test_eval_says_what_is_wrong_with_its_arguments(corpus: Path, tmp_path: Path, cli_runner) -> None:
    cases = [
        (["eval", str(corpus), "--parts", "zz"], "no part zz"),
        (["eval", str(tmp_path)], "not a corpus folder"),
        (["eval", "--docs", str(corpus / "docs"), "--parts", "aa", "--gold", str(corpus / "parts/aa_facts.jsonl")],
         "--parts needs a CORPUS"),
        (["eval", str(corpus), "--docs", str(corpus / "docs")], "not both"),
        (["eval"], "give a CORPUS folder"),
    ]
    for args, message in cases:
        result = run_cli(cli_runner, *args)
        assert result.exit_code != 0 and message in result.output, (args, result.output)
    (corpus / "parts" / "bb_facts.jsonl").write_text('{"id": "x"}\n')
    broken = run_cli(cli_runner, "eval", str(corpus))
    assert broken.exit_code != 0 and "bb_facts.jsonl, line 1" in broken.output


def _outcome(kind: str, right: bool, negative: bool = False):
    from govkg.evaluation import QAOutcome

    return QAOutcome("q", "Who chairs it?", kind, [] if negative else ["A"], [], right, negative, False)


def test_qa_score_line_claims_targets_only_for_a_corpus():
    from govkg.evaluation import QAReport

    outcomes = [_outcome("chair", True), _outcome("other", False), _outcome("funds", False),
                _outcome("other", True, negative=True)]
    loose = QAReport(list(outcomes))
    assert "target" not in loose.score_line() and loose.ok
    assert "1/3 answerable right (33%)" in loose.score_line()
    assert "1/2 of kinds other than 'other' (50%)" in loose.score_line()
    corpus = QAReport.for_corpus()
    corpus.outcomes.extend(outcomes)
    assert "(33%, target 75%)" in corpus.score_line() and "(50%, target 80%)" in corpus.score_line()
    assert "1/1 negatives answered with nothing (100%, target 95%)" in corpus.score_line()
    assert not corpus.ok


def test_a_leading_article_is_not_part_of_a_name() -> None:
    aliases = Aliases({"The Harbour Advocacy Service": ["Harbour Advocacy"]})
    assert aliases.canon("Harbour Advocacy Service") == aliases.canon("the Harbour Advocacy Service")
    assert aliases.canon("Harbour Advocacy") == aliases.canon("The Harbour Advocacy Service")
    # a name that is only an article and a short word keeps it: "The Hub" is not "Hub" of anything else
    assert aliases.canon("The Hub") == "the hub"
