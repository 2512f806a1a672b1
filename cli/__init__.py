"""The `govkg` command: a thin layer over the public API (`govkg.api`).

One module per command group; each imports `options` (what they share) and the library, never this package
or each other, so the imports run one way: here -> command modules -> options -> library.
"""

from __future__ import annotations

from typing import Any

import click

from .. import __version__
from ..errors import GovKGError
from .ask import ask
from .data import load, ontology, query, stats, validate
from .evaluate import eval_command, show_evidence
from .export import export
from .report import report
from .serve import serve


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


for _command in (load, query, stats, validate, ontology, export, serve, report, ask, eval_command, show_evidence):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="govkg")
