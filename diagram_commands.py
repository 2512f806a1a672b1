"""CLI for diagrams, funding flows and the governance-health report: thin click wrappers over the library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from .cli import echo_json, opened_store, store_option
from .errors import GovKGError

FUNDING_FORMATS = ("svg", "png", "csv", "json")


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        click.get_binary_stream("stdout").write(data)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)  # never leave a half-written file behind
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise GovKGError(f"{output}: cannot write: {e.strerror}") from None


def _date(value: str | None) -> dt.date | None:
    from .graph.scope import parse_date

    return parse_date(value)


def _fmt_from(fmt: str | None, output: Path | None, default: str) -> str:
    if fmt:
        return fmt
    if output is not None and output.suffix:
        return output.suffix.lstrip(".").lower()
    return default


@click.command("diagram")
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
    from .graph.diagram import Scope, diagram, diagram_format
    from .graph.scope import parse_relations

    chosen = diagram_format(_fmt_from(fmt, output, "svg"))
    scope = Scope(body=body, area=area, topic=topic, relations=parse_relations(relations), as_of=_date(as_of),
                  depth=depth, people=people)
    with opened_store(store_location) as store:
        data = diagram(store, scope, chosen.name, title=title)
    _write(data, output)


@click.command("funding")
@click.option("--as-of", "as_of", metavar="DATE", help="Leave out allocations stated after DATE.")
@click.option("--format", "fmt", type=click.Choice(FUNDING_FORMATS), help="Default from -o's suffix, else csv.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@store_option
def export_funding(as_of: str | None, fmt: str | None, output: Path | None, store_location: str | None) -> None:
    """Funding flows per period, totals counted once (re-granted money is not added twice)."""
    from .graph.diagram.funding_view import render_funding

    name = _fmt_from(fmt, output, "csv")
    if name not in FUNDING_FORMATS:
        raise click.BadParameter(f"{name!r} is not one of {', '.join(FUNDING_FORMATS)}", param_hint="--format")
    with opened_store(store_location) as store:
        data = render_funding(store, name, _date(as_of))
    _write(data, output)


@click.group("report")
def report() -> None:
    """Reports read off the graph."""


@report.command("governance")
@click.option("--area", help="Only bodies recorded in this area.")
@click.option("--as-of", "as_of", metavar="DATE", help="The graph as it stood on DATE.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@store_option
def report_governance(area: str | None, as_of: str | None, as_json: bool, store_location: str | None) -> None:
    """Governance health: missing oversight or chairs, reporting cycles, multiple chairs, unowned topics."""
    from .graph.health import governance_health

    with opened_store(store_location) as store:
        data = governance_health(store, area=area, as_of=_date(as_of))
    if as_json:
        echo_json(data)
        return
    _print_health(data)


def _print_health(data: dict[str, Any]) -> None:
    scope = ", ".join(x for x in (f"area {data['area']}" if data["area"] else "",
                                  f"as of {data['as_of']}" if data["as_of"] else "") if x) or "whole graph"
    click.echo(f"Governance health ({scope})")
    for check in data["checks"]:
        click.echo("")
        click.echo(f"{check['title']}: {len(check['findings'])}")
        for f in check["findings"]:
            click.echo(f"  - {f['label']}: {f['detail']}")
            for e in f["evidence"]:
                when = f" ({e['as_of']})" if e.get("as_of") else ""
                quote = (e.get("quote") or "").replace("\n", " ")
                if len(quote) > 160:
                    quote = quote[:157] + "..."
                cites = f" citing {e['citation']}" if e.get("citation") else ""
                click.echo(f"      {e.get('title') or e['document']}{cites}{when}: \"{quote}\"")


__all__ = ["export_diagram", "export_funding", "report"]
