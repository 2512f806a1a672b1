"""Measuring and checking extraction: `govkg eval` (against gold) and `govkg show-evidence`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import GovKGError
from .options import echo_json, opened, store_option


@click.command("eval")
@click.argument("corpus", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--parts", help="With a corpus: the parts to score, comma-separated (e.g. md,nw). Default: all.")
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Without a corpus: a folder of documents; a fresh store is built from these only.")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Without a corpus: the gold facts, one JSON object per line.")
@click.option("--aliases", "aliases_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Without a corpus: canonical name -> variants (JSON), for matching names.")
@click.option("--qa", "qa_path", is_flag=False, flag_value="", default=None, metavar="[FILE]",
              help="Also score question answering: with a corpus each part's own questions (no FILE), "
                   "else the questions in FILE (JSON lines).")
@click.option("--strict", is_flag=True,
              help="Strict matching: on_body, period and year must agree; an entity goes by its own labels and "
                   "the names its document used; one prediction credits one gold fact.")
@click.option("--misses/--no-misses", "show_misses", default=None,
              help="Print the misses and false positives too (the default without a corpus; with a corpus the "
                   "summary holds figures only, so that a part can be measured unread).")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the full report (misses, false positives, failed questions) to this file.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--keep-store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Build the fresh store in this (new or empty) folder and keep it, e.g. to query it afterwards.")
def eval_command(
    corpus: Path | None, parts: str | None, docs_dir: Path | None, gold_path: Path | None,
    aliases_path: Path | None, qa_path: str | None, strict: bool, show_misses: bool | None,
    report_path: Path | None, as_json: bool, store_dir: Path | None,
) -> None:
    """Score extraction (and, with --qa, question answering) on a fresh store built from documents only.

    \b
    govkg eval CORPUS [--parts ln,md] [--qa]        a corpus: docs/<part>_NN_*.txt and
                                                   parts/<part>_{facts.jsonl,qa.jsonl,aliases.json}
    govkg eval --docs DIR --gold FILE [--aliases FILE] [--qa FILE]

    Each part is scored with its own gold and aliases. Prints precision, recall and F1 per part, per relation
    and overall, over the closed relations (`other` apart); the last line is `precision P recall R f1 F`.
    Lenient matching is the default; --strict is described in `govkg.evaluation.facts`.
    """
    from ..evaluation import evaluate_corpus, evaluate_docs, evaluation_json, evaluation_text, is_corpus

    if corpus is None and qa_path and docs_dir is None and is_corpus(Path(qa_path)):
        corpus, qa_path = Path(qa_path), ""  # `govkg eval --qa CORPUS`: the flag took the folder as its value
    if corpus is not None:
        if docs_dir or gold_path or aliases_path:
            raise click.UsageError("give either a CORPUS folder or --docs/--gold/--aliases, not both")
        if qa_path:
            raise click.UsageError("with a corpus, --qa takes no file: each part's own questions are asked")
        chosen = [p.strip() for p in parts.split(",") if p.strip()] if parts else None
        result = evaluate_corpus(corpus, chosen, strict=strict, qa=qa_path is not None, store_dir=store_dir)
    else:
        if docs_dir is None or gold_path is None:
            raise click.UsageError("give a CORPUS folder, or --docs and --gold")
        if parts:
            raise click.UsageError("--parts needs a CORPUS folder")
        if qa_path == "":
            raise click.UsageError("--qa needs a file of questions when there is no corpus")
        result = evaluate_docs(docs_dir, gold_path, aliases_path, qa_path=qa_path or None, strict=strict,
                               store_dir=store_dir)
    full = show_misses if show_misses is not None else corpus is None
    if report_path is not None:
        try:
            report_path.write_text(evaluation_text(result, full=True) + "\n", encoding="utf-8")
        except OSError as e:
            raise GovKGError(f"{report_path}: cannot write the report: {e.strerror or e}") from None
        click.echo(f"full report written to {report_path}", err=True)
    if as_json:
        echo_json(evaluation_json(result, full=full))
    else:
        click.echo(evaluation_text(result, full=full))
    if result.load_failures:
        sys.exit(1)


@click.command("show-evidence")
@click.argument("iri")
@store_option
def show_evidence(iri: str, store_location: str | None) -> None:
    """Print the quotes (with document and date) behind every fact about the entity IRI."""
    with opened(store_location) as kg:
        rows = kg.evidence(iri)
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
