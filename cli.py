"""The `govkg` command: a thin layer over the library. Each command parses options, calls one library
function, and turns GovKGError into one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from . import __version__
from .errors import GovKGError
from .graph.store import ENV_STORE, GraphStore, default_store_path, open_store

STORE_HELP = (f"Store directory, or URL of a remote SPARQL store. Default: ${ENV_STORE} if set, else the "
              "embedded default graph in ~/.local/share/govkg/store (seeded with the curated register).")


def store_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--store", "store_location", metavar="DIR|URL", default=None, help=STORE_HELP)(fn)


@contextmanager
def opened_store(location: str | None) -> Iterator[GraphStore]:
    """Open the named store; with no name, the default store, seeded with the embedded register.

    The CLI always takes the store's lock, even to read, so that a second process (say, a load while
    `govkg serve` runs) gets a clear error instead of reading a store that is being written.
    """
    from .pipeline import seed_default

    explicit = location or os.environ.get(ENV_STORE)
    store = open_store(explicit or default_store_path())
    try:
        if not explicit:
            report = seed_default(store)
            if not report.ok:
                raise GovKGError("; ".join(str(f) for f in report.failures))
        yield store
    finally:
        store.close()


class GovKGGroup(click.Group):
    """Turns library errors into one clear line and exit status 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GovKGError as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=GovKGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govkg")
def cli() -> None:
    """govkg: a knowledge graph of community-safety governance, built from council documents.

    Load minutes, reports and registers; ask who oversees, chairs, reports to and funds what; serve a
    SPARQL endpoint and an explorer.
    """


def _register_commands() -> None:
    from .commands import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


def main() -> None:
    _register_commands()
    cli(prog_name="govkg")


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


