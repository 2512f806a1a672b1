"""`govkg ask`: a plain-English question, answered with the evidence for each answer."""

from __future__ import annotations

import click

from .options import echo_json, opened, store_option


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="Print the answer as JSON (question, interpretation, answers with evidence, sparql).")
@click.option("--sparql", "show_sparql", is_flag=True, help="Also print the SPARQL that answered it.")
@store_option
def ask(question: tuple[str, ...], as_json: bool, show_sparql: bool, store_location: str | None) -> None:
    """Ask a plain-English question, e.g. "Which body oversees Prevent in Staffordshire?"."""
    with opened(store_location) as kg:
        result = kg.ask(" ".join(question))
    if as_json:
        echo_json(result.to_json())
        return
    click.echo(result.interpretation)
    if not result.answers:
        click.echo("No answer: the graph does not know.")
    for a in result.answers:
        click.echo(f"- {a.label}")
        shown: set[tuple[str, str]] = set()
        for ev in a.evidence:
            quote = " ".join((ev.quote or "").split())
            where = ", ".join(filter(None, (ev.date, ev.document)))
            # an allocation is stated by a funds assertion and an amount assertion with the same quote
            if (quote, where) in shown:
                continue
            shown.add((quote, where))
            if quote:
                click.echo(f"    \u201c{quote}\u201d")
            if where:
                click.echo(f"    ({where})")
            if len(shown) == 3:
                break
    if show_sparql and result.sparql:
        click.echo("\n" + result.sparql)
