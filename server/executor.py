"""Run one SPARQL query under the service's limits and serialise the answer: the core every page shares.

Use::

    from govkg.server.executor import execute
    result = execute(app.extensions["govkg.executor"], "SELECT ...", "application/sparql-results+json")
    result.body, result.media_type, result.truncated, result.rows

`execute(store_or_executor, query, media_type, default_graph=None, named_graphs=None, timeout=None)
-> ExecResult`

- store_or_executor: the app's executor (`executor_for(app)`, which enforces the app's time and row limits
  in worker processes), or a bare store (run in the calling thread with the default row limit and a
  best-effort time limit; fine for CLI-side and test use).
- media_type: one media type, a preference list, or None (SPARQL JSON for SELECT/ASK, Turtle for
  CONSTRUCT/DESCRIBE). Aliases such as application/json are accepted. `NotAcceptable` if none fits the form.
- default_graph / named_graphs: IRIs of the protocol dataset; None means the store's default graph (the merge
  of the documents' graphs, each triple once) and every named graph available to GRAPH.
- Errors: `QueryError` (malformed: message with line and column), `ForbiddenQuery` (SERVICE unless enabled),
  `QueryTimeout` (stopped at the time limit), `NotAcceptable`, `StoreError`.

Row limit: at most `row_limit` solutions (or triples) are returned. When more exist the result is cut and
says so: `ExecResult.truncated` is True, the HTTP layer sends `GovKG-Truncated: true` and `GovKG-Row-Limit`,
SPARQL JSON gets top-level `"truncated": true, "rowLimit": N`, SPARQL XML a
`<link href="urn:govkg:truncated?limit=N"/>` in its head, and Turtle/TriG/N-Triples/N-Quads/N3 a leading
`# govkg: truncated ...` comment. Nothing is ever cut silently.

Time limit: a pyoxigraph query cannot be interrupted inside its thread, so the app's executor runs queries
in a small pool of worker processes, each with the store open read-only; a query that passes the limit has
its worker killed (which really stops the work) and replaced. See `pool.py`.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, Protocol

import pyoxigraph as ox

from ..errors import ForbiddenQuery, QueryError, QueryTimeout, StoreError
from ..graph.store import dataset_kwargs
from . import formats
from .querytext import check_shape, strip_bom, uses

DEFAULT_TIMEOUT = 5.0
DEFAULT_ROW_LIMIT = 10_000
TRUNCATED_HEADER = "GovKG-Truncated"
ROW_LIMIT_HEADER = "GovKG-Row-Limit"


class NotAcceptable(QueryError):
    """None of the requested media types can carry this kind of result."""


@dataclass
class ExecResult:
    body: bytes
    media_type: str
    truncated: bool
    rows: int
    kind: str = "solutions"  # "solutions" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    elapsed: float = 0.0  # seconds spent running and serialising


QueryFn = Callable[..., Any]  # store.query(sparql, default_graph=..., named_graphs=...)


class _Enough(Exception):
    """Raised inside the serialiser's output once more rows than the limit have been written."""


class _LineSink:
    """A write-only file that keeps bytes and stops the writer after LIMIT + 1 lines (header + LIMIT rows)."""

    def __init__(self, limit: int):
        self.parts: list[bytes] = []
        self.lines = 0
        self.limit = limit

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.parts.append(chunk)
        self.lines += chunk.count(b"\n")
        if self.lines > self.limit + 1:
            raise _Enough
        return len(chunk)

    def flush(self) -> None:
        pass


def _cut_lines(data: bytes, keep: int) -> bytes:
    pos = -1
    for _ in range(keep):
        pos = data.index(b"\n", pos + 1)
    return data[: pos + 1]


def _serialise_solutions(result: Any, media_type: str, row_limit: int) -> tuple[bytes, bool, int]:
    """SELECT answers in MEDIA_TYPE, cut at ROW_LIMIT rows.

    pyoxigraph writes TSV (one solution per line) into a sink that stops it after ROW_LIMIT + 1 rows; the
    kept rows are parsed back and written in the requested format, all at Rust speed.
    """
    sink = _LineSink(row_limit)
    try:
        result.serialize(output=sink, format=ox.QueryResultsFormat.TSV)
        truncated = False
    except _Enough:
        truncated = True
    tsv = b"".join(sink.parts)
    if truncated:
        tsv = _cut_lines(tsv, row_limit + 1)
    rows = max(tsv.count(b"\n") - 1, 0)
    if media_type == "text/tab-separated-values":
        return tsv, truncated, rows
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    body = parsed.serialize(format=formats.SOLUTIONS[media_type])
    if truncated:
        body = _mark_solutions(body, media_type, row_limit)
    return body, truncated, rows


def _mark_solutions(body: bytes, media_type: str, limit: int) -> bytes:
    if media_type == "application/sparql-results+json":
        return b'{"truncated":true,"rowLimit":%d,' % limit + body[1:]
    if media_type == "application/sparql-results+xml":
        return body.replace(b"</head>", b'<link href="urn:govkg:truncated?limit=%d"/></head>' % limit, 1)
    return body  # CSV has no room for a marker: the HTTP headers carry it


_COMMENTABLE = {"text/turtle", "application/n-triples", "application/trig", "application/n-quads", "text/n3"}


def _serialise_graph(
    result: Any, media_type: str, row_limit: int, prefixes: dict[str, str] | None
) -> tuple[bytes, bool, int]:
    triples = list(itertools.islice(result, row_limit + 1))
    truncated = len(triples) > row_limit
    if truncated:
        del triples[row_limit:]
    fmt = formats.GRAPH[media_type]
    use_prefixes = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3) else None
    body = ox.serialize(triples, format=fmt, prefixes=use_prefixes)
    if truncated and media_type in _COMMENTABLE:
        body = b"# govkg: truncated at %d triples (the server's row limit)\n" % row_limit + body
    return body, truncated, len(triples)


def run_query(
    query_fn: QueryFn,
    query: str,
    media_types: str | Sequence[str] | None,
    *,
    default_graph: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    row_limit: int = DEFAULT_ROW_LIMIT,
    prefixes: dict[str, str] | None = None,
) -> ExecResult:
    """Run QUERY with QUERY_FN and serialise it; shared by worker processes and in-thread execution."""
    start = time.perf_counter()
    try:
        result = query_fn(
            query,
            default_graph=list(default_graph) if default_graph is not None else None,
            named_graphs=list(named_graphs) if named_graphs is not None else None,
        )
    except SyntaxError as e:
        raise QueryError(str(e)) from None
    kind = "graph" if isinstance(result, ox.QueryTriples) else "solutions"
    acceptable = formats.normalise(media_types, kind)
    if not acceptable:
        wanted = media_types if isinstance(media_types, str) else ", ".join(media_types or [])
        raise NotAcceptable(
            f"a {'CONSTRUCT/DESCRIBE' if kind == 'graph' else 'SELECT/ASK'} result cannot be "
            f"written as {wanted}; available: {', '.join(formats.KIND_TYPES[kind])}"
        )
    media_type = acceptable[0]
    try:
        if isinstance(result, ox.QueryBoolean):
            body, truncated, rows = result.serialize(format=formats.SOLUTIONS[media_type]), False, 1
        elif kind == "solutions":
            body, truncated, rows = _serialise_solutions(result, media_type, row_limit)
        else:
            body, truncated, rows = _serialise_graph(result, media_type, row_limit, prefixes)
    except SyntaxError as e:
        raise QueryError(str(e)) from None
    return ExecResult(body, media_type, truncated, rows, kind, time.perf_counter() - start)


def store_query_fn(store: Any) -> QueryFn:
    """QUERY_FN for a govkg store (its merged default graph unless a dataset is given)."""

    def fn(query: str, default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Any:
        return store.query(query, default_graph=default_graph, named_graphs=named_graphs)

    return fn


def raw_query_fn(store: ox.Store) -> QueryFn:
    """QUERY_FN for a bare pyoxigraph store, with the same dataset rules as LocalStore.query."""

    def fn(query: str, default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Any:
        return store.query(query, **dataset_kwargs(default_graph, named_graphs))

    return fn


def prepare(query: str, *, allow_service: bool) -> str:
    """QUERY as it will run, checked before any engine sees it: without a byte-order mark; refused when it
    nests too deeply or is too large for a query engine's stack (QueryTooComplex, 400), or uses SERVICE
    while federation is off (ForbiddenQuery, 403)."""
    query = strip_bom(query)
    check_shape(query)
    if not allow_service and uses(query, "SERVICE"):
        raise ForbiddenQuery("SERVICE (federated query) is disabled on this endpoint")
    return query


class Executor(Protocol):
    """Runs queries for an app under its limits."""

    timeout: float
    row_limit: int

    def run(
        self,
        query: str,
        media_types: str | Sequence[str] | None,
        default_graph: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float | None = None,
    ) -> ExecResult: ...

    def writing(self) -> Any: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs queries in the calling thread: for in-memory and remote stores, and for library callers.

    The row limit holds. The time limit is best effort: a remote store is asked to stop (HTTP timeout);
    an embedded query cannot be interrupted here, which is why served on-disk stores use the worker pool.
    """

    def __init__(
        self,
        store: Any,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        row_limit: int = DEFAULT_ROW_LIMIT,
        allow_service: bool = False,
        prefixes: dict[str, str] | None = None,
    ):
        self.store = store
        self.timeout = timeout
        self.row_limit = row_limit
        self.allow_service = allow_service
        self.prefixes = prefixes

    def run(
        self,
        query: str,
        media_types: str | Sequence[str] | None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> ExecResult:
        query = prepare(query, allow_service=self.allow_service)
        limit = effective_timeout(self.timeout, timeout)
        query_fn = store_query_fn(self.store)
        if hasattr(self.store, "timeout_query"):
            query_fn = self.store.timeout_query(limit)
        try:
            result = run_query(
                query_fn,
                query,
                media_types,
                default_graph=default_graph,
                named_graphs=named_graphs,
                row_limit=self.row_limit,
                prefixes=self.prefixes,
            )
        except TimeoutError:
            raise QueryTimeout(_timeout_message(limit)) from None
        except OSError as e:
            raise StoreError(f"the query failed: {e}") from None
        return result

    def writing(self) -> Any:
        return nullcontext()

    def describe(self) -> str:
        """How queries run, for the server's start-up line."""
        location = getattr(self.store, "location", "")
        if isinstance(location, str) and location.startswith(("http://", "https://")):
            return f"queries sent to {location} from the request threads"
        return "queries in the request threads (no worker processes: the time limit is not enforced)"

    def close(self) -> None:
        pass


def effective_timeout(server_limit: float, requested: float | None) -> float:
    """A client may ask for a shorter limit than the server's, never a longer one."""
    return server_limit if requested is None or requested <= 0 else min(server_limit, requested)


def _timeout_message(seconds: float) -> str:
    return (
        f"it ran past the {seconds:g} s time limit. Narrow it (LIMIT, more specific "
        "patterns, MINUS instead of FILTER NOT EXISTS) or ask the operator for a longer limit."
    )


def timeout_error(seconds: float) -> QueryTimeout:
    return QueryTimeout(_timeout_message(seconds))


def execute(
    store_or_executor: Any,
    query: str,
    media_type: str | Sequence[str] | None = None,
    default_graph: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    timeout: float | None = None,
) -> ExecResult:
    """Run QUERY under the executor's limits and return the serialised answer (see the module docstring).

    TIMEOUT (seconds) may shorten the executor's time limit, never lengthen it.
    """
    executor = store_or_executor if hasattr(store_or_executor, "writing") else InlineExecutor(store_or_executor)
    return executor.run(query, media_type, default_graph, named_graphs, timeout)
