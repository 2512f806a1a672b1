"""A store that lives in another SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, ...), used over the
protocol: queries at its query endpoint, SPARQL Update at its update endpoint, bulk data through its Graph
Store endpoint. Selected with a URL: `--store http://host:7878`.

Endpoints: by default the Oxigraph server layout under the URL (`/query`, `/update`, `/store`). A URL that
ends in `/sparql` or `/query` is taken as the query endpoint, with `update` and `store` beside it. A
fragment overrides any of them, relative to the URL: `http://host:3030/ds#query=sparql&update=update&store=data`
(Fuseki). `user:password@` in the URL is sent as HTTP Basic credentials. Virtuoso, recognised by its `Server` header,
has its own layout (`/sparql` for queries and updates, `/sparql-graph-crud` for the Graph Store) and no
default graph of its own: govkg keeps the merge in one graph there (graph/virtuoso.py says how).

govkg keeps the server's default graph as the merge of its named graphs (each triple once; graph/merged.py),
with the same SPARQL Updates it runs on the embedded store, so the server must serve its real default graph,
not a union of all graphs (Oxigraph's `--union-default-graph` would count each triple once more per graph).
This is checked on connect (and after the first document is written to an empty store): a server whose
default graph adds its named graphs, or one whose default graph lacks their merge (loaded by another tool),
is refused with the fix in the message, rather than giving doubled or empty answers.

Limits: every query and update is checked before it is sent (`server.querytext.check_shape`: nesting depth
and size a server's parser survives). A query's time limit is sent to servers that take one per request, as
a URL parameter: Fuseki (`timeout`, seconds), Virtuoso (`timeout`, milliseconds; its "incomplete results"
answer counts as a timeout, never as the answer), GraphDB (`timeout`, seconds), Stardog (`timeout`,
milliseconds), Blazegraph (`maxQueryTimeMillis`), another govkg (`timeout`, seconds); the server is recognised
by its `Server` header, or named in the URL fragment, e.g. `#timeout=timeout:ms` (`none` sends nothing). A
server that takes no per-request limit (Oxigraph) keeps running a query govkg has given up on, so give it its
own limit (`oxigraph serve --timeout-s N`).

Results come back as real pyoxigraph objects (parse_query_results; CONSTRUCT/DESCRIBE answers are loaded
into an in-memory pyoxigraph store and re-read, which yields a genuine QueryTriples), so everything that
works on LocalStore works here.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from ..errors import QueryError, StoreError
from ..ontology.vocab import GKG, PREFIXES
from . import merged, virtuoso
from .build import build
from .changes import ChangeLog
from .model import SourceDocument
from .store import (
    BATCH_DOCUMENTS,
    LoadOutcome,
    QueryHelpers,
    QueryResult,
    WriteBatch,
    begin_file_replacement,
    removal_update,
    stored_state,
)

ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples, text/turtle;q=0.9"
)
DEFAULT_TIMEOUT = 60.0
VIRTUOSO_RESULTS = "application/sparql-results+json"


# Per-request time-limit parameters of SPARQL servers: Server header word -> (parameter, unit).
TIMEOUT_PARAMETERS: dict[str, tuple[str, str] | None] = {
    "fuseki": ("timeout", "s"),
    "virtuoso": ("timeout", "ms"),
    "graphdb": ("timeout", "s"),
    "stardog": ("timeout", "ms"),
    "blazegraph": ("maxQueryTimeMillis", "ms"),
    "govkg": ("timeout", "s"),  # another govkg serve: /sparql takes timeout= seconds, as Fuseki does
    "oxigraph": None,
}
UNION_FIX = {
    "oxigraph": "start it without `--union-default-graph`",
    "fuseki": "remove `tdb2:unionDefaultGraph true` from its dataset",
}
PING_TIMEOUT = 2.0
VIRTUOSO_BATCH = 50_000  # triples per Graph Store request when a dataset is split by graph


# Virtuoso's answer when it cancelled a statement (at the time limit govkg passed it)
_VIRTUOSO_CANCELLED = re.compile(r"\bHY008\b|\bSR203\b|killed by SQLCancel")


def redacted(location: str) -> str:
    """LOCATION without the password of `user:password@`, for messages and pages."""
    parts = urlsplit(location)
    if not parts.password:
        return location
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _timeout_parameter(value: str) -> tuple[str, str] | None:
    if value == "none":
        return None
    name, _, unit = value.partition(":")
    if not name or unit not in ("s", "ms"):
        raise StoreError(
            f"timeout={value!r} in the store URL fragment: write PARAMETER:s or PARAMETER:ms, or none"
        )
    return name, unit


def _endpoints(location: str) -> tuple[str, str, str, tuple[str, str] | None]:
    parts = urlsplit(location)
    auth = (parts.username or "", parts.password or "") if parts.username or parts.password else None
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    if ":" in (parts.hostname or ""):
        netloc = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
    base = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    overrides = dict(parse_qsl(parts.fragment))
    path = parts.path.rstrip("/")
    if path.endswith(("/sparql", "/query")):
        query = base
        root = base.rsplit("/", 1)[0] + "/"
    else:
        root = base.rstrip("/") + "/"
        query = root + "query"
    found = {"query": query, "update": root + "update", "store": root + "store"}
    for key, value in overrides.items():
        if key == "timeout":
            continue
        if key not in found:
            raise StoreError(
                f"{redacted(location)}: unknown endpoint {key!r} in the URL fragment (query, update, store, timeout)"
            )
        found[key] = urljoin(root, value)
    return found["query"], found["update"], found["store"], auth


def _values_clause(query: str, substitutions: dict[str, Any]) -> str:
    """Bind variables the portable way: a VALUES block at the top of the WHERE group."""
    from ..server.querytext import where_group_start

    pos = where_group_start(query)
    if pos is None:
        raise QueryError("cannot bind variables in this query (no WHERE group found)")
    names = " ".join(f"?{k}" for k in substitutions)
    row = " ".join(str(v) for v in substitutions.values())
    return f"{query[:pos]} VALUES ({names}) {{ ({row}) }} {query[pos:]}"


class RemoteStore(QueryHelpers):
    """GraphStore over the SPARQL 1.1 Protocol and Graph Store HTTP Protocol of another server."""

    def __init__(self, location: str, *, timeout: float = DEFAULT_TIMEOUT, check: bool = True):
        self.location = redacted(location)
        self.query_url, self.update_url, self.store_url, auth = _endpoints(location)
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "govkg"
        if auth:
            self.session.auth = auth
        fragment = dict(parse_qsl(urlsplit(location).fragment))
        self._timeout_given = "timeout" in fragment
        self.timeout_parameter = _timeout_parameter(fragment["timeout"]) if self._timeout_given else None
        self._endpoints_given = {k for k in fragment if k != "timeout"}
        self._sparql_path = urlsplit(location).path.rstrip("/").endswith(("/sparql", "/query"))
        self.engine: str | None = None
        self._pinged = False
        self.changes = ChangeLog()  # this process's writes; other writers are seen by a stamp (questions)
        self._merge_checked = False
        if check:
            self.ping_engine()
            self.check_default_graph()

    # -- connecting

    def ping_engine(self) -> None:
        """Learn which server this is (its `Server` header) before the first real request, which depends on it."""
        try:
            resp = self.session.get(self.query_url, params={"query": "ASK {}"}, timeout=PING_TIMEOUT * 5,
                                    headers={"Accept": "application/sparql-results+json"})
        except requests.RequestException as e:
            raise StoreError(f"cannot reach the store at {self.query_url}: {type(e).__name__}") from None
        self._pinged = True
        self._recognise(resp)

    def _recognise(self, resp: requests.Response) -> None:
        if self.engine is not None:
            return
        server = resp.headers.get("Server", "").lower()
        for name, parameter in TIMEOUT_PARAMETERS.items():
            if name in server:
                self.engine = name
                if not self._timeout_given:
                    self.timeout_parameter = parameter
                if name == "virtuoso":
                    self._virtuoso_endpoints()
                return

    @property
    def virtuoso(self) -> bool:
        return self.engine == "virtuoso"

    def _virtuoso_endpoints(self) -> None:
        """Virtuoso's layout: queries and updates at /sparql, the Graph Store at /sparql-graph-crud (unless
        the URL fragment says otherwise)."""
        root = self.query_url.rsplit("/", 1)[0] + "/"
        if not self._sparql_path and "query" not in self._endpoints_given:
            self.query_url = root + "sparql"
        if "update" not in self._endpoints_given:
            self.update_url = self.query_url
        if "store" not in self._endpoints_given:
            self.store_url = root + "sparql-graph-crud"

    def _send(self, url: str, kind: str, text: str, params: list[tuple[str, str]], timeout: float | None,
              accept: str) -> requests.Response:
        """POST a query or update. Virtuoso 7 never answers a body sent as application/sparql-query, so it is
        sent the form way (also SPARQL 1.1 Protocol), with govkg's merge graph as the default graph and the
        merge and system graphs hidden from `GRAPH ?var`."""
        if not self._pinged:
            self.ping_engine()
        if not self.virtuoso:
            return self._post(url, params=params, data=text.encode("utf-8"), timeout=timeout,
                              headers={"Content-Type": f"application/sparql-{kind}", "Accept": accept})
        if kind == "update":
            virtuoso.check_update(text)
            resp = None
            for op in virtuoso.operations(text) or [text]:  # an empty update is still sent, and answered
                resp = self._send_virtuoso(url, kind, op, params, timeout, accept)
                if resp.status_code not in (200, 204):
                    break
            return resp
        return self._send_virtuoso(url, kind, text, params, timeout, accept)

    def _send_virtuoso(self, url: str, kind: str, text: str, params: list[tuple[str, str]],
                       timeout: float | None, accept: str) -> requests.Response:
        from ..server.querytext import query_form

        if kind == "query" and accept == ACCEPT:  # Virtuoso answers ASK in an RDF format if one is accepted
            form = query_form(text)
            accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else VIRTUOSO_RESULTS
        text = virtuoso.hide_graphs(text)
        dataset = [k for k, _ in params if k in ("default-graph-uri", "named-graph-uri")]
        if not dataset and not virtuoso.names_dataset(text):
            params = [("default-graph-uri", virtuoso.MERGE_GRAPH), *params]
        return self._post(url, data=[(kind, text), *params], timeout=timeout, headers={"Accept": accept})

    def check_default_graph(self) -> None:
        """Refuse a server whose default graph is not the merge of its named graphs: one that adds the named
        graphs to it (a union default graph: every triple would count twice), or one where they are missing
        (govkg would find none of its facts).

        A triple of some named graph must match exactly once in the default graph. A server with no named
        graphs yet cannot tell; it is checked again after the first document is written."""
        rows = self._probe(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) } } LIMIT 1"
        )
        if not rows:
            return
        s, p, o = (rows[0][v] for v in ("s", "p", "o"))
        found = int(self._probe(f"SELECT (COUNT(*) AS ?n) WHERE {{ {s} {p} {o} }}")[0]["n"].value)
        if found > 1:
            fix = UNION_FIX.get(self.engine or "", "serve its real default graph, not the union of all graphs")
            raise StoreError(
                f"the store at {self.location} adds its named graphs to its default graph (a union default "
                f"graph), so every triple govkg merged there would be counted twice. Fix: {fix}."
            )
        if found == 0:
            raise StoreError(
                f"the store at {self.location} has named graphs whose triples are not in its default graph "
                "(govkg keeps the default graph as their merge; another tool loaded these), so govkg would "
                "find none of their facts. Fix: merge them once with the SPARQL Update "
                "`INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }`."
            )
        self._merge_checked = True

    def _probe(self, sparql: str) -> Any:
        resp = self._send(self.query_url, "query", sparql, [], None, "application/sparql-results+json")
        self._recognise(resp)
        if resp.status_code != 200:
            self._fail(resp, "query")
        result = self._parse(resp)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return [{v.value: row[v.value] for v in result.variables} for row in result]

    def ping(self, timeout: float = PING_TIMEOUT) -> dict[str, Any]:
        """For /healthz: does the server answer a trivial query now, and how fast?"""
        start = time.perf_counter()
        report: dict[str, Any] = {"kind": "remote", "url": self.location}
        try:
            resp = self.session.get(  # GET: every server takes it (Virtuoso 7 never answers a direct POST)
                self.query_url, params={"query": "ASK {}"}, timeout=timeout,
                headers={"Accept": "application/sparql-results+json"},
            )
            report["status"] = "ok" if resp.status_code == 200 else "unavailable"
            if resp.status_code != 200:
                report["error"] = f"HTTP {resp.status_code}"
        except requests.Timeout:
            report.update(status="unavailable", error=f"no answer within {timeout:g} s")
        except requests.RequestException as e:
            report.update(status="unavailable", error=f"cannot reach it ({type(e).__name__})")
        report["ms"] = round((time.perf_counter() - start) * 1000, 1)
        return report

    # -- HTTP

    def _post(self, url: str, *, timeout: float | None = None, **kwargs: Any) -> requests.Response:
        try:
            resp = self.session.post(url, timeout=timeout or self.timeout, **kwargs)
        except requests.Timeout:
            raise TimeoutError(f"{url} did not answer within {timeout or self.timeout:g} s") from None
        except requests.RequestException as e:
            raise StoreError(f"cannot reach the store at {url}: {type(e).__name__}") from None
        return resp

    def _fail(self, resp: requests.Response, what: str) -> None:
        detail = " ".join(resp.text[:2000].split())[:300]
        if resp.status_code == 400:
            raise QueryError(detail or f"{what} rejected by the store (HTTP 400)")
        if resp.status_code in (401, 403):
            raise StoreError(
                f"the store at {self.location} refused the {what} (HTTP {resp.status_code}): "
                "check the credentials in the store URL"
            )
        raise StoreError(f"the store at {self.location} failed the {what}: HTTP {resp.status_code} {detail}")

    # -- reading

    def _query(
        self,
        sparql: str,
        default_graph: list[str] | None,
        named_graphs: list[str] | None,
        substitutions: dict[str, Any] | None,
        timeout: float | None,
    ) -> QueryResult:
        from ..server.querytext import check_shape

        if substitutions:
            sparql = _values_clause(sparql, substitutions)
        check_shape(sparql)  # before it leaves govkg: a query too deep for the server's stack would abort it
        params: list[tuple[str, str]] = []
        params += [("default-graph-uri", g) for g in default_graph or []]
        params += [("named-graph-uri", g) for g in named_graphs or []]
        if default_graph is not None and not default_graph:
            raise QueryError("an empty default graph cannot be expressed over the SPARQL protocol")
        http_timeout = timeout
        if timeout is not None and self.timeout_parameter is not None:
            # The server stops the query itself; the HTTP wait gets a little longer, for its answer to come.
            name, unit = self.timeout_parameter
            value = math.ceil(timeout * 1000) if unit == "ms" else math.ceil(timeout)
            params.append((name, str(value)))
            http_timeout = timeout + 2.0
        resp = self._send(self.query_url, "query", sparql, params, http_timeout, ACCEPT)
        self._recognise(resp)
        if resp.headers.get("X-SQL-State") == "S1TAT":
            # Virtuoso's "anytime" answer: what it found before the time limit, which is not the answer.
            raise TimeoutError(f"{self.query_url} stopped the query at its time limit")
        if resp.status_code != 200:
            if timeout is not None and resp.status_code in (503, 504) and "time" in resp.text[:500].lower():
                raise TimeoutError(f"{self.query_url} stopped the query at its time limit")
            if timeout is not None and resp.status_code == 500 and _VIRTUOSO_CANCELLED.search(resp.text[:500]):
                # Virtuoso may stop a query at the limit it was given by cancelling it (SQL state HY008) rather
                # than with its own timeout error: which one it says depends on where the query was
                raise TimeoutError(f"{self.query_url} stopped the query at its time limit")
            self._fail(resp, "query")
        return self._parse(resp)

    def _parse(self, resp: requests.Response) -> QueryResult:
        media_type = resp.headers.get("Content-Type", "").split(";")[0].strip()
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media_type)
            if results_format is not None:
                return ox.parse_query_results(resp.content, format=results_format)
            rdf_format = ox.RdfFormat.from_media_type(media_type)
            if rdf_format is None:
                raise StoreError(f"the store at {self.location} answered with unknown media type {media_type!r}")
            scratch = ox.Store()
            scratch.bulk_load(resp.content, format=rdf_format)
            return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
        except (SyntaxError, ValueError, OSError) as e:
            if b"cancelled" in resp.content[-500:]:
                # Oxigraph started the answer, then stopped at its own time limit (`--timeout-s`).
                raise TimeoutError(f"{self.query_url} stopped the query at its time limit") from None
            raise StoreError(f"the store at {self.location} sent an answer that does not parse: {e}") from None

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        substitutions: dict[str, Any] | None = None,
    ) -> QueryResult:
        return self._query(sparql, default_graph, named_graphs, substitutions, None)

    def timeout_query(self, seconds: float) -> Callable[..., QueryResult]:
        """A query function that gives up after SECONDS (TimeoutError), for the web executor."""

        def fn(
            sparql: str, default_graph: list[str] | None = None, named_graphs: list[str] | None = None
        ) -> Any:
            return self._query(sparql, default_graph, named_graphs, None, seconds)

        return fn

    def triple_count(self) -> int:
        """Triples in the default graph (the merge: each triple once)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"])

    quad_count = triple_count  # the server's quads in every graph are not countable in one portable query

    def named_graphs(self) -> list[str]:
        return sorted(r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def quads(self, graph: str | None = None) -> Iterable[ox.Quad]:
        """Quads of one graph ('' = the default graph, the merge) or all."""
        if graph is None and self.virtuoso:  # its Graph Store serves one graph at a time
            rows = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
            named = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]  # type: ignore[index]
            return list(self.quads("")) + named
        if graph is None:
            data = self._get_store({}, "application/n-quads")
            return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        params = {"default": ""} if graph == "" else {"graph": graph}
        if graph == "" and self.virtuoso:
            params = {"graph": virtuoso.MERGE_GRAPH}
        data = self._get_store(params, "application/n-triples")
        g = ox.DefaultGraph() if graph == "" else ox.NamedNode(graph)
        return [
            ox.Quad(t.subject, t.predicate, t.object, g)
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        ]

    def _get_store(self, params: dict[str, str], accept: str) -> bytes:
        try:
            resp = self.session.get(
                self.store_url, params=params, headers={"Accept": accept}, timeout=self.timeout
            )
        except requests.RequestException as e:
            raise StoreError(f"cannot reach the store at {self.store_url}: {type(e).__name__}") from None
        if resp.status_code == 404:
            return b""
        if resp.status_code != 200:
            self._fail(resp, "graph read")
        return resp.content

    def document_hash(self, iri: str) -> str | None:
        rows = self.select(f"SELECT ?h ?v WHERE {{ <{iri}> <{GKG.sha256}> ?h "
                           f"OPTIONAL {{ <{iri}> <{GKG.buildVersion}> ?v }} }} LIMIT 1")
        return stored_state(rows[0]["h"], rows[0]["v"]) if rows else None

    # -- writing

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update; the default graph stays the merge of the named graphs it writes."""
        from ..server.querytext import check_shape

        check_shape(sparql, max_bytes=None)
        try:
            self._run_update(merged.maintained(sparql))
        except QueryError:
            merged.reraise_own_error(sparql)
            raise
        self.changes.record_update(sparql)

    def _run_update(self, sparql: str) -> None:
        resp = self._send(self.update_url, "update", sparql, [], None, "application/sparql-results+json")
        if resp.status_code not in (200, 204):
            self._fail(resp, "update")

    def load_document(self, doc: SourceDocument) -> LoadOutcome:
        """Add DOC, replace its previous version, or do nothing: one update, so the server's transaction
        keeps it all-or-nothing, exactly as in the embedded store."""
        outcomes: list[LoadOutcome] = []
        with WriteBatch(self, 1) as batch:
            batch.load(doc, outcomes.append)
        return outcomes[0]

    def batch(self, max_documents: int = BATCH_DOCUMENTS) -> WriteBatch:
        """Load many documents with one update request (one transaction on the server) per group."""
        return WriteBatch(self, max_documents)

    def documents_written(self, iris: list[str]) -> None:
        if iris:  # one entry per transaction (graph/changes.py)
            self.changes.record(documents=iris)
        if iris and not self._merge_checked:
            self.check_default_graph()

    def remove_document(self, iri: str) -> bool:
        if self.document_hash(iri) is None:
            return False
        self._run_update(removal_update(iri))
        self.changes.record(documents=[iri])
        return True

    def load_rdf_file(
        self, doc: SourceDocument, path: str | os.PathLike[str], fmt: ox.RdfFormat, check: Callable[[], int]
    ) -> LoadOutcome:
        """An RDF file as document DOC, streamed to the Graph Store endpoint in one request (as in the embedded
        store: a triples file into DOC's graph, a dataset with its graphs), merged into the default graph,
        DOC's metadata and hash written last."""
        begun = begin_file_replacement(self, doc, check)
        if begun is None:
            return LoadOutcome(doc.iri, "unchanged", 0, 0)
        previous, quads = begun
        self._put_file(path, fmt, None if fmt.supports_datasets else doc.iri, timeout=None)
        self._run_update(merged.MERGE_ALL if fmt.supports_datasets else merged.merge_in([doc.iri]))
        meta, own = build(doc)
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in meta + own)
        self._run_update(f"INSERT DATA {{ GRAPH <{doc.iri}> {{ {body} }} {body} }}")
        self.changes.record(everything=True)
        return LoadOutcome(doc.iri, "replaced" if previous else "loaded", 0, quads + len(meta) + len(own))

    def bulk_load(self, data: bytes | str | os.PathLike[str], fmt: ox.RdfFormat, *, merge: bool = True) -> int:
        """POST a whole file to the Graph Store endpoint, streamed (quads keep their graphs), then merge the
        named graphs into the default graph (one more update, a pass over the server's store)."""
        before = self.triple_count()
        wait = None if isinstance(data, bytes) else self.timeout
        self._put_file(data, fmt, None if fmt.supports_datasets else "", timeout=wait)
        if merge and fmt.supports_datasets:
            self._run_update(merged.MERGE_ALL)
        self.changes.record(everything=True)
        return self.triple_count() - before

    def _put_file(self, data: bytes | str | os.PathLike[str], fmt: ox.RdfFormat, graph: str | None, *,
                  timeout: float | None) -> None:
        """POST DATA to the Graph Store endpoint, streamed: into GRAPH ('' = the default graph), or a dataset
        with its own graphs (None)."""
        if self.virtuoso and graph is None:
            self._post_dataset_by_graph(data, fmt)
            return
        params = {} if graph is None else {"default": ""} if graph == "" else {"graph": graph}
        if self.virtuoso and graph == "":
            params = {"graph": virtuoso.MERGE_GRAPH}
        headers = {"Content-Type": fmt.media_type}
        if isinstance(data, bytes):
            resp = self._post(self.store_url, params=params, data=data, headers=headers, timeout=timeout)
        else:
            with open(data, "rb") as fh:
                resp = self._post(self.store_url, params=params, data=fh, headers=headers, timeout=timeout)
        if resp.status_code not in (200, 201, 204):
            self._fail(resp, "bulk load")

    def _post_dataset_by_graph(self, data: bytes | str | os.PathLike[str], fmt: ox.RdfFormat) -> None:
        """Virtuoso's Graph Store takes one graph per request and no quad formats: the dataset is read here,
        as a stream, and sent as N-Triples in bounded batches, each to its graph."""
        batch: list[ox.Triple] = []
        graph: str | None = None

        def send() -> None:
            if batch:
                body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
                self._put_file(body, ox.RdfFormat.N_TRIPLES, graph or "", timeout=None)
                batch.clear()

        source = {"input": data} if isinstance(data, bytes) else {"path": data}
        for q in ox.parse(**source, format=fmt):  # type: ignore[arg-type]
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
            if g != graph or len(batch) >= VIRTUOSO_BATCH:
                send()
                graph = g
            batch.append(ox.Triple(q.subject, q.predicate, q.object))
        send()

    def flush(self) -> None:
        pass

    # -- whole store

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        if fmt.supports_datasets:
            quads = self.quads()
            return ox.serialize(quads, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None)
        result = self.query("CONSTRUCT WHERE { ?s ?p ?o }")  # the default graph: the merge, each triple once
        return ox.serialize(
            list(result), format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None
        )

    def raw(self) -> ox.Store:
        raise StoreError(f"{self.location} is a remote store: it has no embedded pyoxigraph store")

    def close(self) -> None:
        self.session.close()

