"""The core commands of the `govkg` CLI. Feature modules add their own commands to COMMANDS."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from .cli import echo_json, opened_store, store_option
from .errors import GovKGError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", help="Meeting date (yyyy-mm-dd) for documents whose text gives none.")
@click.option("--area", help="Area for generic body names in these documents (e.g. Worcestershire).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@store_option
def load(
    paths: tuple[Path, ...], date: str | None, area: str | None, as_json: bool, store_location: str | None,
) -> None:
    """Load documents, registers and RDF files (files or folders) into the store.

    Each bad file is reported with the reason and skipped; the others load. Exit status 1 if any failed.
    """
    from .loaders import LoadContext, iter_sources
    from .pipeline import load_paths

    files = [p for p in iter_sources([p for p in paths if p.exists()])]
    with opened_store(store_location) as store:
        with click.progressbar(length=len(files), label="loading", file=sys.stderr,
                               show_pos=True, hidden=as_json or not files or not sys.stderr.isatty()) as bar:
            report = load_paths(store, list(paths), LoadContext(date=date, area=area),
                                progress=lambda _p: bar.update(1))
    if as_json:
        echo_json({
            "documents": [{"source": s, "iri": o.iri, "status": o.status, "facts": o.facts}
                          for s, o in report.outcomes],
            "failures": [{"source": f.source, "line": f.line, "reason": f.reason} for f in report.failures],
            "warnings": report.warnings,
        })
    else:
        for source, outcome in report.outcomes:
            click.echo(f"{outcome.status:9} {outcome.facts:5} facts  {source}")
        for w in report.warnings:
            click.echo(f"warning: {w}", err=True)
        for f in report.failures:
            click.echo(f"FAILED   {f}", err=True)
        changed = sum(1 for _, o in report.outcomes if o.status != "unchanged")
        click.echo(f"{report.documents} documents ({changed} changed), {report.facts} facts, "
                   f"{len(report.failures)} failed")
    if report.failures:
        sys.exit(1)


@click.command()
@click.argument("sparql")
@click.option("-f", "--format", "fmt", default=None,
              help="table (default for SELECT), json, rows, csv, tsv, xml; turtle (default for graphs), "
                   "ntriples, jsonld, rdfxml.")
@store_option
def query(sparql: str, fmt: str | None, store_location: str | None) -> None:
    """Run a SPARQL query (text, or @file.rq) over the union of all graphs.

    govkg's prefixes (gkg:, org:, schema:, skos:, ...) are predefined.
    """
    from .graph.results import result_kind, write
    from .ontology import sparql_prefixes

    if sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except OSError as e:
            raise GovKGError(f"{sparql[1:]}: cannot read: {e.strerror}") from None
    with opened_store(store_location) as store:
        result = store.query(sparql_prefixes() + sparql)
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
    from .graph.stats import stats as compute

    with opened_store(store_location) as store:
        data = compute(store)
    if as_json:
        echo_json(data)
        return
    click.echo(f"store       {data['store']}")
    click.echo(f"documents   {data['documents']}")
    click.echo(f"assertions  {data['assertions']}")
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
    from .graph.validate import validate as run

    with opened_store(store_location) as store:
        violations = run(store)
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
    from .ontology.reference import render

    text = render(fmt)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@click.group()
def export() -> None:
    """Export the graph: data dumps, and (when available) diagrams."""


@export.command("data")
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "ntriples", "jsonld"]),
              default="trig", show_default=True, help="Quad formats keep one graph per document.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@store_option
def export_data(fmt: str, output: Path | None, store_location: str | None) -> None:
    """Dump the whole store."""
    from .graph.export import DATA_FORMATS

    with opened_store(store_location) as store:
        data = store.dump(DATA_FORMATS[fmt])
    if output:
        tmp = output.with_name(output.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(output)  # never leave a half-written export behind
    else:
        click.get_binary_stream("stdout").write(data)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port (0: any free port).")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256),
              help="Request threads of the WSGI server.")
@click.option("--workers", default=None, type=click.IntRange(0, 64),
              help="Query worker processes (default: CPUs, 2 to 8; 0: queries run in the request threads, "
                   "with no hard time limit).")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run before it is stopped.")
@click.option("--memory-limit", default=4096, show_default=True, type=click.IntRange(0), metavar="MB",
              help="Memory one query may use, in MB (0: no limit).")
@click.option("--row-limit", default=10_000, show_default=True, type=click.IntRange(1),
              help="Most rows (or triples) in one answer; a cut answer says so.")
@click.option("--update-token", envvar="GOVKG_UPDATE_TOKEN", default=None, metavar="SECRET",
              help="Enable /update and /store for requests bearing this token (env GOVKG_UPDATE_TOKEN).")
@click.option("--allow-service", is_flag=True, help="Let public queries use SERVICE (federated queries).")
@click.option("--access-log", is_flag=True, help="Log every request as one JSON line on stderr.")
@store_option
def serve(host: str, port: int, threads: int, workers: int | None, timeout: float, memory_limit: int,
          row_limit: int, update_token: str | None, allow_service: bool, access_log: bool,
          store_location: str | None) -> None:
    """Serve the SPARQL endpoint, linked-data IRIs and explorer with a production WSGI server (waitress)."""
    import os
    import signal

    from waitress.server import create_server

    from .server import create_app

    if workers is None:
        workers = min(8, max(2, os.cpu_count() or 2))
    if access_log:
        import logging

        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logging.getLogger("govkg.access").addHandler(handler)
        logging.getLogger("govkg.access").setLevel(logging.INFO)
    config = {"QUERY_TIMEOUT": timeout, "ROW_LIMIT": row_limit, "QUERY_WORKERS": workers,
              "QUERY_MEMORY_MB": memory_limit,
              "UPDATE_TOKEN": update_token or None, "ALLOW_SERVICE": allow_service}
    with opened_store(store_location) as store:
        app = create_app(store, config)
        executor = app.extensions["govkg.executor"]
        try:
            server = create_server(app, host=host, port=port, threads=threads, ident="govkg",
                                   clear_untrusted_proxy_headers=True)
        except OSError as e:
            executor.close()
            raise GovKGError(f"cannot listen on {host}:{port}: {e.strerror}") from None
        if hasattr(executor, "start"):
            try:
                executor.start()  # workers ready before the first request
            except GovKGError:
                server.close()
                executor.close()
                raise
        bound = server.effective_port if hasattr(server, "effective_port") else port
        writes = "on (token required)" if update_token else "off"
        click.echo(f"govkg: serving {store.location} at http://{host}:{bound}/ - SPARQL endpoint "
                   f"http://{host}:{bound}/sparql (timeout {timeout:g}s, row limit {row_limit}, "
                   f"{workers} query workers, {threads} threads; updates {writes}). Ctrl-C to stop.",
                   err=True)

        def stop(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, stop)  # a service manager's stop closes the store cleanly too
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
            executor.close()


# Feature commands register after the core ones.
from .diagram_commands import export_diagram, export_funding, report  # noqa: E402
from .extraction_cli import eval_command, show_evidence  # noqa: E402
from .questions.cli import ask  # noqa: E402

export.add_command(export_diagram)
export.add_command(export_funding)

COMMANDS: list[click.Command] = [
    load, query, stats, validate, ontology, export, serve, report, ask, eval_command, show_evidence,
]
