"""CLI commands for extraction: `govkg eval` (quality against a gold standard) and `govkg show-evidence`."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from .cli import opened_store, store_option
from .errors import GovKGError


@click.command("eval")
@click.option(
    "--docs",
    "docs_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of documents; a fresh store is built from these only (no register).",
)
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Gold facts, one JSON object per line.",
)
@click.option(
    "--aliases",
    "aliases_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Canonical name -> variants (JSON), for matching names.",
)
@click.option(
    "--qa",
    "qa_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Questions with answers (JSON lines): also score question answering on the same store.",
)
def eval_command(docs_dir: Path, gold_path: Path, aliases_path: Path | None, qa_path: Path | None) -> None:
    """Score extraction (and optionally question answering) against gold facts.

    Prints precision, recall and F1 overall, per relation and per document, the misses and the false
    positives; the last line is `precision P recall R f1 F`.
    """
    from .evaluation import evaluate_docs

    for path in (gold_path, aliases_path, qa_path):
        if path is not None and not path.exists():
            raise GovKGError(f"{path}: no such file")
    result, store = evaluate_docs(docs_dir, gold_path, aliases_path)
    qa = None
    try:
        if qa_path is not None:
            try:
                from .questions.evaluate import run_qa_eval
            except ImportError:
                raise GovKGError(
                    "question answering is not available in this build (govkg.questions.evaluate "
                    "is missing); run without --qa"
                ) from None
            qa = run_qa_eval(store, qa_path, aliases_path)
    finally:
        location = getattr(store, "path", None)
        store.close()
        if location is not None:
            shutil.rmtree(location.parent, ignore_errors=True)
    if qa is not None:
        click.echo(qa.summary())
        click.echo("")
    click.echo(result.report())
    if result.load_failures or (qa is not None and not qa.ok):
        sys.exit(1)


_EVIDENCE = """
SELECT ?a ?rel ?s (SAMPLE(?sl) AS ?slabel) ?o (SAMPLE(?ol) AS ?olabel) (SAMPLE(?q) AS ?quote)
       (SAMPLE(?t) AS ?title) (SAMPLE(?sr) AS ?src) (SAMPLE(?d) AS ?date) ?rule (SAMPLE(?c) AS ?conf)
       (SAMPLE(?st) AS ?start)
WHERE {
  VALUES ?e { <%s> }
  ?a a gkg:Assertion ; gkg:relation ?rel ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?doc ;
     gkg:rule ?rule .
  FILTER(?s = ?e || ?o = ?e)
  OPTIONAL { ?a gkg:confidence ?c }
  OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?q }
  OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:start ?st }
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc dcterms:source ?sr } OPTIONAL { ?a gkg:asOf ?d }
}
GROUP BY ?a ?rel ?s ?o ?rule
ORDER BY ?date ?src ?start ?rel
"""


def evidence_rows(store, iri: str) -> list[dict]:
    """The assertions about IRI (as subject or object) with their quotes, documents and dates."""
    if any(c in iri for c in '<>"{}|^`\\ \n'):
        raise GovKGError(f"{iri!r} is not a valid IRI")
    return store.select(_EVIDENCE % iri)


@click.command("show-evidence")
@click.argument("iri")
@store_option
def show_evidence(iri: str, store_location: str | None) -> None:
    """Print the quotes (with document and date) behind every fact about the entity IRI."""
    if not iri.startswith(("http://", "https://")):
        raise GovKGError(f"{iri!r} is not an IRI (expected https://w3id.org/govkg/id/...)")
    with opened_store(store_location) as store:
        rows = evidence_rows(store, iri)
    if not rows:
        raise GovKGError(f"no facts about {iri} in the store")
    for r in rows:
        date = r["date"] or "undated"
        click.echo(f"{r['slabel'] or r['s']} --{r['rel']}--> {r['olabel'] or r['o']}")
        click.echo(f'    "{r["quote"] or ""}"')
        click.echo(
            f"    {r['title'] or ''} ({r['src'] or ''}), {date}; rule {r['rule']}"
            + (f", confidence {r['conf']}" if r["conf"] is not None else "")
        )
