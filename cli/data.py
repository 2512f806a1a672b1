"""Commands on the store's contents: load, query, stats, validate, and the ontology."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from ..errors import GovKGError
from .options import echo_json, opened, store_option


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", help="Meeting date (yyyy-mm-dd) for documents whose text gives none.")
@click.option("--area", help="Area for generic body names in these documents (e.g. Worcestershire).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--parse-timeout", default=300.0, show_default=True, type=click.FloatRange(1), metavar="SECONDS",
              help="Longest one file may take to read; past it the file fails and the others load.")
@click.option("--parse-memory", default=4096, show_default=True, type=click.IntRange(256), metavar="MB",
              help="Memory reading one file may use.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), metavar="N",
              help="Files read at once, each in its own process (writes stay in order, in one process).")
@store_option
def load(
    paths: tuple[Path, ...], date: str | None, area: str | None, as_json: bool, parse_timeout: float,
    parse_memory: int, jobs: int, store_location: str | None,
) -> None:
    """Load documents, registers and RDF files (files or folders) into the store.

    Each file is read in a separate process under the time and memory limits (--jobs of them at once).
    Documents are written in transactions of up to 256 documents (64 to a remote store), each whole (a
    group is written while the next is read and built); RDF files stream through the bulk loader. Each bad
    file is reported with the reason and skipped; the others load. Exit status 1 if any failed.
    """
    from ..errors import LoadError
    from ..loaders import iter_sources
    from ..loaders.isolation import ParsePool

    def announce(source: str, result: object) -> None:
        # One line per document as soon as its transaction commits (click.echo flushes), so the log of a load
        # that is killed half-way names exactly the documents that made it into the store.
        if isinstance(result, LoadError):
            click.echo(f"FAILED   {result}", err=True)
        else:
            click.echo(f"{result.status:9} {result.facts:5} facts  {source}")  # type: ignore[attr-defined]

    files = list(iter_sources([p for p in paths if p.exists()]))
    with opened(store_location, write=True) as kg, ParsePool(
        size=jobs, timeout=parse_timeout, memory_mb=parse_memory
    ) as pool:
        with click.progressbar(length=len(files), label="loading", file=sys.stderr, show_pos=True,
                               hidden=as_json or not files or not sys.stderr.isatty()) as bar:
            report = kg.load(*paths, date=date, area=area, progress=lambda _p: bar.update(1),
                             on_result=None if as_json else announce, reader=pool.read, jobs=jobs)
    if as_json:
        echo_json({
            "documents": [{"source": s, "iri": o.iri, "status": o.status, "facts": o.facts}
                          for s, o in report.outcomes],
            "failures": [{"source": f.source, "line": f.line, "reason": f.reason} for f in report.failures],
            "warnings": report.warnings,
        })
    else:
        for w in report.warnings:
            click.echo(f"warning: {w}", err=True)
        changed = sum(1 for _, o in report.outcomes if o.status != "unchanged")
        how = []
        if report.transactions:
            how.append(f"{report.transactions} transaction(s) of up to {report.group_documents} documents, each whole"
                       + (", each written while the next was built" if report.transactions > 1 else ""))
        if report.bulk_files:
            how.append(f"{report.bulk_files} RDF file(s) streamed through the bulk loader")
        click.echo(f"{report.documents} documents ({changed} changed), {report.facts} facts, "
                   f"{len(report.failures)} failed" + (f"; written in {' and '.join(how)}" if how else ""))
    if report.failures:
        sys.exit(1)


@click.command()
@click.argument("sparql")
@click.option("-f", "--format", "fmt", default=None,
              help="table (default for SELECT), json, rows, csv, tsv, xml; turtle (default for graphs), "
                   "ntriples, jsonld, rdfxml.")
@store_option
def query(sparql: str, fmt: str | None, store_location: str | None) -> None:
    """Run a SPARQL query (text, or @file.rq) over the default graph: every document's triples, each once.

    govkg's prefixes (gkg:, org:, schema:, skos:, ...) are predefined.
    """
    from ..graph.results import result_kind, write

    if sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except OSError as e:
            raise GovKGError(f"{sparql[1:]}: cannot read: {e.strerror}") from None
    with opened(store_location) as kg:
        result = kg.query(sparql)
        name = fmt or ("turtle" if result_kind(result) == "graph" else "table")
        out = io.StringIO()
        try:
            write(result, name, out)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--format") from None
        click.echo(out.getvalue(), nl=False)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@store_option
def stats(as_json: bool, store_location: str | None) -> None:
    """Count documents, entities, assertions and facts by relation."""
    with opened(store_location) as kg:
        data = kg.stats()
    if as_json:
        echo_json(data)
        return
    click.echo(f"store       {data['store']}")
    vocab = f" (and {data['vocabularies']} of govkg's vocabularies)" if data.get("vocabularies") else ""
    click.echo(f"documents   {data['documents']}{vocab}")
    click.echo(f"facts       {data['facts']} (as `govkg load` counts them)")
    click.echo(f"assertions  {data['assertions']} (the facts, and the amount of each priced funding fact)")
    if "quads" in data:
        click.echo(f"quads       {data['quads']}")
    click.echo("entities")
    for name, n in data["entities"].items():
        click.echo(f"  {name:18} {n}")
    click.echo("facts by relation")
    for name, n in data["facts_by_relation"].items():
        click.echo(f"  {name:18} {n}")


@click.command()
@store_option
def validate(store_location: str | None) -> None:
    """Check the store against govkg's SHACL shapes; exit status 1 when anything breaks them."""
    with opened(store_location) as kg:
        violations = kg.validate()
    for v in violations:
        click.echo(str(v))
    if violations:
        click.echo(f"{len(violations)} violation(s)", err=True)
        sys.exit(1)
    click.echo("valid: the store conforms to the govkg shapes")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "owl", "html"]), default="ttl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
def ontology(fmt: str, output: Path | None) -> None:
    """Write the govkg ontology as Turtle, OWL (RDF/XML) or a readable HTML reference."""
    from ..ontology.reference import render

    text = render(fmt)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
