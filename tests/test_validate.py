"""SHACL validation catches what breaks the shapes, and `govkg validate` says so with a non-zero exit."""

from __future__ import annotations

from pathlib import Path

from builders import BOARD, PERSON, make_doc
from conftest import run_cli
from govkg.graph.store import LocalStore
from govkg.graph.validate import validate


def test_clean_store_conforms(store: LocalStore) -> None:
    store.load_document(make_doc("The Board was chaired by Ms J K Rowntree.",
                                 [(PERSON, "chairs", BOARD, "chaired by Ms J K Rowntree")]))
    assert validate(store) == []


def test_planted_violations_are_reported(store: LocalStore) -> None:
    store.load_document(make_doc("The Board was chaired by Ms J K Rowntree.",
                                 [(PERSON, "chairs", BOARD, "chaired by Ms J K Rowntree")]))
    # an assertion with no evidence, and a post holding with two people
    store.update("""PREFIX gkg: <https://w3id.org/govkg/def#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX org: <http://www.w3.org/ns/org#> PREFIX opengov: <http://www.w3.org/ns/opengov#>
        INSERT DATA { GRAPH <urn:x-test:planted> {
          <urn:x-test:a1> a gkg:Assertion ; rdf:subject <urn:x-test:s> ; rdf:predicate gkg:chairs ;
             rdf:object <urn:x-test:o> ; gkg:relation "chairs" ; gkg:rule "hand" .
          <urn:x-test:h1> a gkg:PostHolding ; org:member <urn:x-test:p1>, <urn:x-test:p2> .
        } }""")
    messages = {(v.focus, v.message) for v in validate(store)}
    assert ("urn:x-test:a1", "every assertion must carry its evidence (quote and position)") in messages
    assert ("urn:x-test:a1", "every assertion must come from a loaded document") in messages
    assert ("urn:x-test:h1", "a post holding needs exactly one post") in messages
    assert ("urn:x-test:h1", "a post holding needs exactly one person") in messages


def test_validate_command_exit_status(cli_runner, tmp_path: Path) -> None:
    store_dir = tmp_path / "s"
    s = LocalStore(store_dir)
    s.update('INSERT DATA { <urn:x-test:a> a <https://w3id.org/govkg/def#Assertion> }')
    s.close()
    result = run_cli(cli_runner, "validate", "--store", str(store_dir))
    assert result.exit_code == 1
    assert "urn:x-test:a" in result.output and "every assertion must" in result.output
