"""A curated register reads as curated facts: each fact a sentence, marked as recorded by hand, with its
citation shown and returned field by field; and every count a user sees agrees."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import run_cli
from govkg.errors import LoadError
from govkg.graph.store import LocalStore
from govkg.pipeline import load_paths

REGISTER = """title: Westmarch community-safety governance
area: Westmarch
sources:
  scb-2023: {title: "Safer Westmarch Board, minutes of 14 March 2023", date: 2023-03-14, publisher: Westmarch Council,
             body: Safer Westmarch Board, url: "https://democracy.westmarch.example/mgIssue.aspx?ID=12"}
  update-2022: {title: Westmarch community safety update, date: 2022}
entities:
  - {name: Safer Westmarch Board, kind: body, type: Board}
  - {name: Westmarch Channel Panel, kind: body}
  - {name: Dana Okafor, kind: person}
  - {name: Westmarch Council, kind: body}
facts:
  - {subject: Dana Okafor, relation: chairs, object: Safer Westmarch Board, source: scb-2023, item: "4"}
  - {subject: Westmarch Channel Panel, relation: reports_to, object: Safer Westmarch Board, source: update-2022}
  - {subject: Westmarch Council, relation: funds, object: Safer Westmarch Board, amount: "£12,500", period: 2022/23,
     source: update-2022}
"""


@pytest.fixture
def register(tmp_path: Path) -> Path:
    folder = tmp_path / "reg"
    folder.mkdir()
    (folder / "westmarch.yaml").write_text(REGISTER, encoding="utf-8")
    return folder


def test_the_stored_document_states_each_fact_as_a_sentence_with_its_source(register: Path, store: LocalStore):
    assert load_paths(store, [register]).ok
    doc = store.select("SELECT ?d ?title ?text WHERE { ?d a gkg:Register ; dcterms:title ?title ; "
                       "gkg:plainText ?text }")[0]
    assert doc["title"] == "Curated register: Westmarch community-safety governance"
    assert "recorded by hand" in doc["text"] and "subject:" not in doc["text"] and "{" not in doc["text"]
    quotes = {r["q"] for r in store.select("SELECT ?q WHERE { ?a gkg:evidence/oa:hasSelector/oa:exact ?q }")}
    assert "Dana Okafor chairs Safer Westmarch Board." in quotes
    assert "Westmarch Council funds Safer Westmarch Board: £12,500 for 2022/23." in quotes
    # each quote is its own span of the stored text, followed by the source it was taken from
    text = doc["text"]
    assert re.search(r"Dana Okafor chairs Safer Westmarch Board\.\n\s+Source: Safer Westmarch Board, minutes of "
                     r"14 March 2023; Safer Westmarch Board; Westmarch Council; 2023-03-14; item 4; https://", text)


def test_the_citation_is_kept_field_by_field(register: Path, store: LocalStore) -> None:
    load_paths(store, [register])
    row = store.select("""SELECT ?title ?body ?publisher ?date ?item ?url WHERE {
        ?a gkg:relation "chairs" ; dcterms:source ?c . ?c a gkg:Citation ; dcterms:title ?title ;
           gkg:meetingBody ?body ; dcterms:publisher ?publisher ; dcterms:date ?date ; gkg:item ?item ;
           schema:url ?url }""")[0]
    assert row == {"title": "Safer Westmarch Board, minutes of 14 March 2023", "body": "Safer Westmarch Board",
                   "publisher": "Westmarch Council", "date": "2023-03-14", "item": "4",
                   "url": "https://democracy.westmarch.example/mgIssue.aspx?ID=12"}
    # a source dated only by its year keeps that precision
    assert store.ask('ASK { ?c a gkg:Citation ; dcterms:date "2022"^^xsd:gYear }')


def test_answers_cite_the_source_as_structured_fields(register: Path, store: LocalStore) -> None:
    from govkg.server import create_app

    load_paths(store, [register])
    client = create_app(store).test_client()
    data = client.get("/api/ask?q=Who+chairs+the+Safer+Westmarch+Board%3F").get_json()
    [ev] = data["answers"][0]["evidence"]
    assert ev["recorded_by_hand"] is True and ev["quote"] == "Dana Okafor chairs Safer Westmarch Board."
    assert ev["citation"]["title"] == "Safer Westmarch Board, minutes of 14 March 2023"
    assert ev["citation"]["item"] == "4" and ev["citation"]["date"] == "2023-03-14"
    page = client.get("/ask?q=Who+chairs+the+Safer+Westmarch+Board%3F").get_data(as_text=True)
    assert "Recorded by hand" in page and "Source: <cite>Safer Westmarch Board, minutes of 14 March 2023</cite>" in page
    assert "relation: chairs" not in page


def test_a_part_of_that_names_no_allocation_is_an_error_with_its_line(tmp_path: Path) -> None:
    from govkg.loaders import LoadContext, read_source

    folder = tmp_path / "reg"
    folder.mkdir()
    bad = REGISTER + ("  - {subject: Westmarch Council, relation: funds, object: Westmarch Channel Panel, amount: 500,"
                      " period: 2022/23, part_of: Westmarch Council -> Nobody}\n")
    (folder / "bad.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(LoadError, match="part_of") as e:
        read_source(folder / "bad.yaml", LoadContext())
    assert e.value.line == bad.count("\n")


def test_load_and_stats_count_alike(register: Path, cli_runner, tmp_path: Path) -> None:
    (register / "notes.txt").write_text("Dana Okafor chairs the Safer Westmarch Board.\n", encoding="utf-8")
    store = str(tmp_path / "counted")
    loaded = run_cli(cli_runner, "load", "--store", store, "--json", str(register))
    report = json.loads(loaded.output[loaded.output.index("{"):])
    stats = json.loads(run_cli(cli_runner, "stats", "--store", store, "--json").output)
    assert stats["documents"] == len(report["documents"])
    assert stats["facts"] == sum(d["facts"] for d in report["documents"])
    assert stats["assertions"] == stats["facts"] + stats["facts_by_relation"].get("funding_amount", 0)
    assert stats["vocabularies"] == 1  # the topic scheme, counted apart


def test_the_quick_start_answer_cites_its_source(default_store) -> None:
    from govkg.server import create_app

    client = create_app(default_store).test_client()
    data = client.get("/api/ask?q=Which+body+oversees+Prevent+in+Staffordshire%3F").get_json()
    evidence = [ev for a in data["answers"] for ev in a["evidence"]]
    assert evidence and all(ev["recorded_by_hand"] and ev["citation"]["title"] for ev in evidence)
    assert all("relation:" not in (ev["quote"] or "") and "{" not in (ev["quote"] or "") for ev in evidence)
    page = client.get("/ask?q=Which+body+oversees+Prevent+in+Staffordshire%3F").get_data(as_text=True)
    assert "Recorded by hand" in page and "Source: <cite>" in page
    docs = client.get("/documents.json").get_json()
    titles = [d["title"] for d in docs["documents"]]
    assert titles and all(t.startswith("Curated register: ") for t in titles)
