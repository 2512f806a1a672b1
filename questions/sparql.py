"""The parameterised queries of question answering: loaded from package data, run with values bound
through substitutions (never pasted into the query text; an IRI a file asks for at its #VALUES# line goes
there only as a term pyoxigraph has validated), and recorded so the answer can show them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import pyoxigraph as ox

from ..ontology.vocab import sparql_prefixes

# A variable name as SPARQL writes it (the keyword arguments of run_file are Python names, so this holds).
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@cache
def query_text(name: str, package: str = "govkg.questions") -> str:
    return resources.files(package).joinpath("queries", name).read_text(encoding="utf-8")


def is_iri(value: str | None) -> bool:
    """Whether a value from `run_file` is an IRI rather than text (row values are plain strings)."""
    return bool(value) and value.startswith(("http://", "https://", "urn:"))  # type: ignore[union-attr]


def term(value: Any) -> Any:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    return ox.Literal(str(value))


def run_file(
    store: Any, name: str, trace: Trace | None = None, *, package: str = "govkg.questions", **bindings: Any
) -> list[dict[str, str | None]]:
    """Rows of query file NAME (in PACKAGE's queries/) as dicts of plain strings (None when unbound).

    A file with a #VALUES# line gets its IRI bindings there, as a VALUES block, and the rest as substitutions:
    Oxigraph plans a query without the substituted values, so a query that should start from a bound party
    scanned every allocation instead (0.13 s against 0.04 s at a hundred councils). The block holds only IRIs
    that pyoxigraph accepted as NamedNodes, in its own N-Triples form: a NamedNode cannot hold '>', a space,
    a quote, a brace or a backslash, so no value can end the IRI and write query text of its own."""
    subs = {k: term(v) for k, v in bindings.items()}
    text = query_text(name, package)
    rest = subs
    if "#VALUES#" in text:
        iris = {k: v for k, v in subs.items() if isinstance(v, ox.NamedNode) and _VARIABLE.fullmatch(k)}
        text = text.replace("#VALUES#", " ".join(f"VALUES ?{k} {{ {v} }}" for k, v in sorted(iris.items())))
        rest = {k: v for k, v in subs.items() if k not in iris}
    result = store.query(sparql_prefixes() + text, substitutions=rest)
    names = [v.value for v in result.variables]
    if trace is not None:
        trace.record(name, subs)
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


def run_file_among(
    store: Any, name: str, trace: Trace | None, var: str, iris: set[str], **bindings: Any
) -> list[dict[str, str | None]]:
    """`run_file` of NAME with ?VAR also bound to each of IRIS, as a VALUES block at the head of its WHERE
    clause, so that the engine starts from them. Each IRI goes in as pyoxigraph's NamedNode wrote it (see
    run_file). The trace records NAME with BINDINGS alone: what it shows reads every ?VAR, a superset."""
    if not _VARIABLE.fullmatch(var):
        raise ValueError(f"not a variable name: {var!r}")
    values = f"VALUES ?{var} {{ " + " ".join(str(ox.NamedNode(i)) for i in sorted(iris)) + " }"
    text = query_text(name)
    head = text.index("WHERE {") + len("WHERE {")
    subs = {k: term(v) for k, v in bindings.items()}
    result = store.query(sparql_prefixes() + text[:head] + "\n  " + values + text[head:], substitutions=subs)
    names = [v.value for v in result.variables]
    if trace is not None:
        trace.record(name, subs)
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


@dataclass
class Trace:
    """The queries a question ran and the values bound in each, shown as reusable SPARQL."""

    runs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def record(self, name: str, subs: dict[str, Any]) -> None:
        bucket = self.runs.setdefault(name, [])
        if subs not in bucket:
            bucket.append(subs)

    def render(self) -> str:
        """One query a user can paste into /sparql and run: the prefixes, then every query the answer ran
        with its values, joined as a UNION of sub-queries when there was more than one."""
        parts = self.queries()
        if not parts:
            return ""
        if len(parts) == 1:
            body = parts[0]
        else:
            inner = "\n  UNION\n".join("  {\n" + _indent(p, "    ") + "\n  }" for p in parts)
            head = "# Each branch is one query the answer ran, with the values it was run with.\n"
            body = head + "SELECT * WHERE {\n" + inner + "\n}"
        return sparql_prefixes() + "\n" + body

    def queries(self) -> list[str]:
        """Each query run, with its bindings as a VALUES block so that it runs as shown (without prefixes)."""
        parts = []
        for name, bindings in self.runs.items():
            text = query_text(name).rstrip()
            keys = sorted({k for b in bindings for k in b})
            if keys:
                rows = " ".join(
                    "(" + " ".join(str(b[k]) if k in b else "UNDEF" for k in keys) + ")" for b in bindings
                )
                # The bindings go after the query as a VALUES block, so the text runs as it is shown.
                text = f"{text}\nVALUES ({' '.join('?' + k for k in keys)}) {{ {rows} }}"
            parts.append(text)
        return parts


def _indent(text: str, pad: str) -> str:
    return "\n".join(pad + line if line.strip() else line for line in text.splitlines())
