"""`govkg export`: the whole store as RDF, the governance chart, and funding flows."""

from __future__ import annotations

from pathlib import Path

import click

from .. import formats
from .options import date_option, format_from, opened, store_option, write_output

FUNDING_FORMATS = ("svg", "png", "csv", "json")


@click.group()
def export() -> None:
    """Export the graph: data dumps, governance diagrams and funding flows."""


@export.command("data")
@click.option("--format", "fmt", type=click.Choice(formats.names(formats.LOADABLE_RDF)), default="trig",
              show_default=True, help="Quad formats (trig, nquads, jsonld) keep one graph per document.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@store_option
def export_data(fmt: str, output: Path | None, store_location: str | None) -> None:
    """Dump the whole store."""
    with opened(store_location) as kg:
        data = kg.export(fmt)
    write_output(data, output)


@export.command("diagram")
@click.option("--body", help="Centre on this body: its ancestors and descendants to --depth.")
@click.option("--area", help="Every body recorded in this area (e.g. Worcestershire), with one level of context.")
@click.option("--topic", help="Everything involved in a topic (e.g. Prevent), with the bodies above them.")
@click.option("--relations", help="Comma-separated relations to draw (default: reports_to,subgroup_of,oversees,"
                                  "chairs,funds; also vice_chair, holds_post).")
@click.option("--as-of", "as_of", metavar="DATE", help="Leave out facts stated after DATE (yyyy-mm-dd or yyyy); "
                                                       "chairs are the latest recorded on or before it.")
@click.option("--depth", type=int, default=2, show_default=True, help="Levels above and below --body.")
@click.option("--people", is_flag=True, help="Draw chairs as their own nodes with chaired-by lines.")
@click.option("--title", help="Title printed on the chart.")
@click.option("--format", "fmt", help="svg, png, dot, graphml, mermaid (mmd) or json; default from -o's suffix.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@store_option
def export_diagram(body: str | None, area: str | None, topic: str | None, relations: str | None,
                   as_of: str | None, depth: int, people: bool, title: str | None, fmt: str | None,
                   output: Path | None, store_location: str | None) -> None:
    """Draw the governance chart (bodies, reporting lines, oversight, chairs, funding) for a board paper."""
    from ..graph.scope import parse_relations

    name = format_from(fmt, output, "svg")
    with opened(store_location) as kg:
        data = kg.diagram(name, title=title, body=body, area=area, topic=topic,
                          relations=parse_relations(relations), as_of=date_option(as_of), depth=depth, people=people)
    write_output(data, output)


@export.command("funding")
@click.option("--as-of", "as_of", metavar="DATE", help="Leave out allocations stated after DATE.")
@click.option("--format", "fmt", type=click.Choice(FUNDING_FORMATS), help="Default from -o's suffix, else csv.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@store_option
def export_funding(as_of: str | None, fmt: str | None, output: Path | None, store_location: str | None) -> None:
    """Funding flows per period, totals counted once (re-granted money is not added twice)."""
    name = format_from(fmt, output, "csv")
    if name not in FUNDING_FORMATS:
        raise click.BadParameter(f"{name!r} is not one of {', '.join(FUNDING_FORMATS)}", param_hint="--format")
    with opened(store_location) as kg:
        data = kg.funding(name, as_of=date_option(as_of))
    write_output(data, output)
