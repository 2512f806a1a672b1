"""`govkg report`: reports read off the graph (governance health)."""

from __future__ import annotations

from typing import Any

import click

from .options import date_option, echo_json, opened, store_option


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
    from ..graph.health import governance_health

    with opened(store_location) as kg:
        data = governance_health(kg.store, area=area, as_of=date_option(as_of))
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
