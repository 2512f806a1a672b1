"""The curated register loader: round trip, citations, and malformed entries reported by file and line."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from govkg.errors import LoadError
from govkg.graph.store import LocalStore
from govkg.loaders import LoadContext, read_source
from govkg.pipeline import load_paths

REGISTER = """\
title: Anytown community safety register
area: Anytown
sources:
  scb-2022: {title: Safer Anytown Board minutes, date: 2022-05-04, publisher: Anytown Borough Council, item: "6"}
  tor-2019: {title: Safer Anytown Board terms of reference, date: 2019}
entities:
  - {name: Safer Anytown Board, kind: body, type: Board, aliases: [SAB]}
  - {name: Anytown Borough Council, kind: body, type: Council}
  - {name: Anytown Police and Crime Commissioner, kind: body, type: PoliceBody, aliases: [PCC], area: Anyshire}
  - {name: Anytown Hate Crime Forum, kind: body, type: Group}
  - {name: Priya Natarajan, kind: person}
  - {name: Head of Community Safety, kind: post, scope: Anytown}
  - {name: Anytown, kind: area}
facts:
  - {subject: Priya Natarajan, relation: chairs, object: SAB, source: scb-2022}
  - {subject: Priya Natarajan, relation: holds_post, object: Head of Community Safety, source: scb-2022,
     from: 2021-09-01}
  - {subject: Anytown Hate Crime Forum, relation: subgroup_of, object: Safer Anytown Board, source: tor-2019}
  - {subject: Safer Anytown Board, relation: oversees, object: hate crime, source: tor-2019}
  - {subject: Safer Anytown Board, relation: covers_area, object: Anytown, source: tor-2019}
  - {subject: PCC, relation: funds, object: Safer Anytown Board, amount: "£85k", period: 2022/23,
     purpose: community safety priorities, funding_type: revenue, source: scb-2022}
"""

FUNDING_CSV = """\
subject,relation,object,amount,period,purpose,source
PCC,funds,Anytown Hate Crime Forum,"£3,500",2022/23,awareness week,scb-2022
"""


@pytest.fixture
def register_dir(tmp_path: Path) -> Path:
    d = tmp_path / "register"
    d.mkdir()
    (d / "anytown.yaml").write_text(REGISTER, encoding="utf-8")
    (d / "funding.csv").write_text(FUNDING_CSV, encoding="utf-8")
    return d


def test_register_round_trips_through_the_store(register_dir: Path, store: LocalStore, tmp_path: Path) -> None:
    report = load_paths(store, [register_dir])
    assert report.ok, report.failures
    assert report.facts == 7
    rows = store.select("""SELECT ?s ?r ?o WHERE { ?a gkg:relation ?r ; rdf:subject/rdfs:label ?s ;
        rdf:object ?obj . OPTIONAL { ?obj rdfs:label ?ol } BIND(COALESCE(?ol, STR(?obj)) AS ?o) }""")
    facts = {(r["s"], r["r"], r["o"]) for r in rows}
    assert ("Priya Natarajan", "chairs", "Safer Anytown Board") in facts
    assert ("Safer Anytown Board", "oversees", "Hate Crime") in facts  # resolved through the topic scheme
    assert ("Anytown Police and Crime Commissioner", "funds", "Anytown Hate Crime Forum") in facts
    # amounts as written are read by value
    amounts = {r["v"] for r in store.select("SELECT ?v WHERE { ?g gkg:amount ?v }")}
    assert amounts == {"85000", "3500"}
    # each fact cites its source and carries the source's date as its as-of date
    chair = store.select("""SELECT ?cit ?asof WHERE { ?a gkg:relation "chairs" ; gkg:citation ?cit ;
        gkg:asOf ?asof }""")[0]
    assert chair["asof"] == "2022-05-04" and "item 6" in chair["cit"]
    # export, then load the export into a fresh store: same facts
    trig = store.dump(ox.RdfFormat.TRIG)
    other = LocalStore(tmp_path / "other")
    try:
        other.raw().load(trig, format=ox.RdfFormat.TRIG)
        again = other.select("""SELECT ?s ?r ?o WHERE { ?a gkg:relation ?r ; rdf:subject/rdfs:label ?s ;
            rdf:object ?obj . OPTIONAL { ?obj rdfs:label ?ol } BIND(COALESCE(?ol, STR(?obj)) AS ?o) }""")
        assert {(r["s"], r["r"], r["o"]) for r in again} == facts
    finally:
        other.close()


def test_register_quote_is_its_own_statement(register_dir: Path) -> None:
    [doc] = read_source(register_dir / "anytown.yaml", LoadContext())
    fact = next(f for f in doc.facts if f.relation == "chairs")
    assert doc.text[fact.start:fact.end] == "Priya Natarajan chairs Safer Anytown Board."
    assert doc.title.startswith("Curated register: ") and "recorded by hand" in doc.text


BROKEN = [
    ("  - {subject: Priya Natarajan, relation: leads, object: SAB}\n", "relation must be one of"),
    ("  - {subject: Pryia Natarajan, relation: chairs, object: SAB}\n", "unknown subject 'Pryia Natarajan'"),
    ("  - {subject: Priya Natarajan, relation: chairs, object: SAB, source: nowhere}\n", "unknown source"),
    ("  - {subject: SAB, relation: holds_post, object: Head of Community Safety}\n", "cannot be its subject"),
    ("  - {subject: PCC, relation: funds, object: SAB, amount: lots}\n", "not an amount"),
    ("  - {subject: SAB, relation: other, object: PCC}\n", "needs a note"),
    ("  - {subject: SAB, relation: chairs, object: [unclosed\n", "not valid YAML"),
]


@pytest.mark.parametrize(("line", "message"), BROKEN)
def test_malformed_entry_names_file_and_line_and_loads_nothing(
    tmp_path: Path, store: LocalStore, line: str, message: str,
) -> None:
    d = tmp_path / "reg"
    d.mkdir()
    path = d / "anytown.yaml"
    text = REGISTER + line
    path.write_text(text, encoding="utf-8")
    bad_line = text.count("\n")
    report = load_paths(store, [path])
    assert len(report.failures) == 1
    failure = report.failures[0]
    assert failure.source == str(path)
    assert message in failure.reason
    if "YAML" not in message:
        assert failure.line == bad_line
    assert not store.ask("ASK { ?a a gkg:Assertion }")


def test_csv_errors_name_the_row(tmp_path: Path, register_dir: Path) -> None:
    path = register_dir / "funding.csv"
    path.write_text(FUNDING_CSV + "PCC,funds,Nobody Known,£1,2022/23,x,scb-2022\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        read_source(path, LoadContext())
    assert info.value.line == 3 and "unknown object 'Nobody Known'" in str(info.value)
