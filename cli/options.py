"""What every command shares: the --store option, opening the store through the public API, writing output
files whole, JSON output, and turning library errors into one line and a non-zero exit."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .. import api
from ..errors import GovKGError
from ..graph.store import ENV_STORE

STORE_HELP = (f"Store directory, or URL of a remote SPARQL store. Default: ${ENV_STORE} if set, else the "
              "embedded default graph in ~/.local/share/govkg/store (seeded with the curated register).")


def store_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--store", "store_location", metavar="DIR|URL", default=None, help=STORE_HELP)(fn)


@contextmanager
def opened(location: str | None, *, write: bool = False) -> Iterator[api.GovKG]:
    """The store, opened through the public API.

    A writing command takes the store's lock (and creates a named store that is not there yet). A reading
    command needs the store to exist, and reads it read-only when another process (`govkg serve`) holds it,
    saying so on stderr.
    """
    kg = api.open(location, read_only=False if write else None, must_exist=not write)
    try:
        if kg.note:
            click.echo(f"govkg: {kg.note}", err=True)
        yield kg
    finally:
        kg.close()


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


def write_output(data: bytes, output: Path | None) -> None:
    """DATA to OUTPUT, or to stdout; a file is written whole or not at all."""
    if output is None:
        click.get_binary_stream("stdout").write(data)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise GovKGError(f"{output}: cannot write: {e.strerror}") from None


def format_from(fmt: str | None, output: Path | None, default: str) -> str:
    """The format asked for, else the one -o's suffix names, else DEFAULT."""
    if fmt:
        return fmt
    if output is not None and output.suffix:
        return output.suffix.lstrip(".").lower()
    return default


def date_option(value: str | None) -> dt.date | None:
    from ..graph.scope import parse_date

    return parse_date(value)
