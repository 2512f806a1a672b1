"""`govkg ask`: the question-answering core on the command line."""

from __future__ import annotations

import click

from ..cli import echo_json, opened_store, store_option


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the answer as JSON (question, interpretation, answers with evidence, sparql).",
)
@click.option("--sparql", "show_sparql", is_flag=True, help="Also print the SPARQL that answered it.")
@store_option
def ask(question: tuple[str, ...], as_json: bool, show_sparql: bool, store_location: str | None) -> None:
    """Ask a plain-English question, e.g. "Which body oversees Prevent in Staffordshire?"."""
    from . import Asker

    text = " ".join(question)
    with opened_store(store_location) as store:
        result = Asker(store).ask(text)
    if as_json:
        echo_json(result.to_json())
        return
    click.echo(result.interpretation)
    if not result.answers:
        click.echo("No answer: the graph does not know.")
    for a in result.answers:
        click.echo(f"- {a.label}")
        for ev in a.evidence[:3]:
            where = ", ".join(filter(None, (ev.date, ev.document)))
            if ev.quote:
                click.echo(f"    \u201c{' '.join(ev.quote.split())}\u201d")
            if where:
                click.echo(f"    ({where})")
    if show_sparql and result.sparql:
        click.echo("\n" + result.sparql)
