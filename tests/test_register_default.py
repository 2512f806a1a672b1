"""The embedded register: it loads cleanly, validates, answers the questions the quick start promises, and
covers the gold facts of the seed documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from govkg.graph.store import LocalStore
from govkg.graph.validate import validate
from govkg.pipeline import embedded_register_dir, load_paths

COVERAGE_TARGET = 0.90


def test_embedded_register_loads_and_validates(default_store: LocalStore) -> None:
    # default_store asserts the seeding had no failures; check every register file made it in.
    files = sorted(p.name for p in embedded_register_dir().iterdir() if p.suffix in (".yaml", ".csv"))
    docs = default_store.select("SELECT ?d WHERE { ?d a gkg:Register }")
    assert len(docs) == len(files) >= 5
    facts = default_store.select("SELECT (COUNT(?a) AS ?n) WHERE { ?a a gkg:Assertion }")[0]["n"]
    assert facts > 300
    assert validate(default_store) == []


def test_cli_answers_who_oversees_prevent_in_staffordshire(cli_runner) -> None:
    sparql = """
        SELECT DISTINCT ?name WHERE {
          ?body gkg:oversees ?topic ; rdfs:label ?name ; gkg:area ?area .
          ?topic skos:prefLabel "Prevent"@en .
          ?area rdfs:label "Staffordshire" .
        }"""
    result = run_cli(cli_runner, "query", "--format", "csv", sparql)
    assert result.exit_code == 0, result.output
    assert [line.strip() for line in result.output.splitlines()] == ["name", "Staffordshire Prevent Board"]


def test_director_of_public_health_by_year(default_store: LocalStore) -> None:
    sparql = """
        SELECT ?name ?asOf WHERE {
          ?a rdf:subject ?person ; gkg:relation "holds_post" ; rdf:object ?post ; gkg:asOf ?asOf .
          ?post rdfs:label "Director of Public Health" ; gkg:area/rdfs:label "Worcestershire" .
          ?person rdfs:label ?name .
          FILTER(YEAR(?asOf) = ?year)
        }"""
    for year, holder in ((2017, "Dr Frances Howie"), (2021, "Dr Kathryn Cobain")):
        rows = default_store.select(sparql.replace("?year", str(year)))
        assert {r["name"] for r in rows} == {holder}, (year, rows)


# -- coverage of the gold facts


def test_register_covers_the_gold_facts(default_store: LocalStore, eval_dir: Path) -> None:
    from govkg.evaluation import Aliases, coverage, predicted_facts, read_gold

    gold = read_gold(eval_dir / "seeds_facts.jsonl")
    uncovered = coverage(gold, predicted_facts(default_store), Aliases.read(eval_dir / "aliases.json"))
    share = 1 - len(uncovered) / len(gold)
    print(f"register covers {len(gold) - len(uncovered)}/{len(gold)} gold facts ({share:.1%})")
    missing = "\n".join(f"{f.id}: {f.subject} --{f.relation}--> {f.object}" for f in uncovered)
    assert share >= COVERAGE_TARGET, f"coverage {share:.1%}; uncovered:\n{missing}"


# -- a malformed register


BROKEN_ENTRIES = [
    # file, text to break, broken text, a fact from that file that must then be absent
    ("staffordshire.yaml", "relation: chairs", "relation: presides_over",
     'ASK { ?b rdfs:label "Staffordshire Prevent Board" ; gkg:oversees ?x }'),
    ("funding.csv", "£4m", "£4 zillion",
     'ASK { ?g a gkg:FundingAllocation ; gkg:amount ?x . FILTER(?x > 1000000) }'),
]


@pytest.mark.parametrize(("name", "old", "new", "probe"), BROKEN_ENTRIES, ids=[b[0] for b in BROKEN_ENTRIES])
def test_malformed_entry_names_file_and_line_and_loads_nothing(
    tmp_path: Path, store: LocalStore, name: str, old: str, new: str, probe: str,
) -> None:
    folder = tmp_path / "register"
    shutil.copytree(embedded_register_dir(), folder)
    broken = folder / name
    lines = broken.read_text(encoding="utf-8").splitlines(keepends=True)
    target = next(i for i, line in enumerate(lines) if old in line)
    lines[target] = lines[target].replace(old, new, 1)
    broken.write_text("".join(lines), encoding="utf-8")

    report = load_paths(store, [folder])

    assert len(report.failures) == 1
    failure = report.failures[0]
    assert Path(failure.source).name == name
    assert failure.line == target + 1
    assert new.split()[-1] in str(failure)
    loaded = {Path(src).name for src, _ in report.outcomes}
    assert name not in loaded and "bromsgrove.yaml" in loaded
    # nothing from the broken file (not even its good entries); the other files are all there
    assert not store.ask(f'ASK {{ ?d dcterms:source ?src FILTER(STRENDS(?src, "{name}")) }}')
    assert not store.ask(probe)
    assert store.ask('ASK { ?b rdfs:label "Bromsgrove Partnership Board" ; gkg:oversees ?x }')
