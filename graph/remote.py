"""A store that lives in another SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, ...), used over the
protocol: queries at its query endpoint, SPARQL Update at its update endpoint, bulk data through its Graph
Store endpoint. Selected with a URL: `--store http://host:7878`.

Endpoints: by default the Oxigraph server layout under the URL (`/query`, `/update`, `/store`). A URL that
ends in `/sparql` or `/query` is taken as the query endpoint, with `update` and `store` beside it. A
fragment overrides any of them, relative to the URL: `http://host:3030/ds#query=sparql&update=update&store=data`
(Fuseki). `user:password@` in the URL is sent as HTTP Basic credentials.

govkg reads the union of all graphs as the default graph, so the server must be set up that way (Oxigraph:
`oxigraph serve --union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`).

Results come back as real pyoxigraph objects (parse_query_results; CONSTRUCT/DESCRIBE answers are loaded
into an in-memory pyoxigraph store and re-read, which yields a genuine QueryTriples), so everything that
works on LocalStore works here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from ..errors import QueryError, StoreError
from ..ontology.vocab import GKG, PREFIXES
from .model import SourceDocument
from .store import LoadOutcome, QueryHelpers, QueryResult, document_update, register_backend

ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples, text/turtle;q=0.9"
)
DEFAULT_TIMEOUT = 60.0


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
        if key not in found:
            raise StoreError(
                f"{location}: unknown endpoint {key!r} in the URL fragment (query, update, store)"
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

    def __init__(self, location: str, *, timeout: float = DEFAULT_TIMEOUT):
        self.location = location
        self.query_url, self.update_url, self.store_url, auth = _endpoints(location)
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "govkg"
        if auth:
            self.session.auth = auth

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
        detail = " ".join(resp.text.split())[:300]
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
        if substitutions:
            sparql = _values_clause(sparql, substitutions)
        params: list[tuple[str, str]] = []
        params += [("default-graph-uri", g) for g in default_graph or []]
        params += [("named-graph-uri", g) for g in named_graphs or []]
        if default_graph is not None and not default_graph:
            raise QueryError("an empty default graph cannot be expressed over the SPARQL protocol")
        resp = self._post(
            self.query_url,
            params=params,
            data=sparql.encode("utf-8"),
            timeout=timeout,
            headers={"Content-Type": "application/sparql-query", "Accept": ACCEPT},
        )
        if resp.status_code != 200:
            self._fail(resp, "query")
        media_type = resp.headers.get("Content-Type", "").split(";")[0].strip()
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is not None:
            return ox.parse_query_results(resp.content, format=results_format)
        rdf_format = ox.RdfFormat.from_media_type(media_type)
        if rdf_format is None:
            raise StoreError(f"the store at {self.location} answered with unknown media type {media_type!r}")
        scratch = ox.Store()
        scratch.bulk_load(resp.content, format=rdf_format)
        return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")

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

    def quad_count(self) -> int:
        # The server's default graph is the union of all graphs (see the module docstring): one match per quad
        # on Oxigraph, one per distinct triple on servers whose union removes duplicates.
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"])

    def named_graphs(self) -> list[str]:
        return sorted(r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def quads(self, graph: str | None = None) -> Iterable[ox.Quad]:
        """Quads of one graph ('' = the default graph, which the server may show as the union) or all."""
        if graph is None:
            data = self._get_store({}, "application/n-quads")
            return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        params = {"default": ""} if graph == "" else {"graph": graph}
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
        rows = self.select(f"SELECT ?h WHERE {{ <{iri}> <{GKG.sha256}> ?h }} LIMIT 1")
        return rows[0]["h"] if rows else None

    # -- writing

    def update(self, sparql: str) -> None:
        resp = self._post(
            self.update_url,
            data=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )
        if resp.status_code not in (200, 204):
            self._fail(resp, "update")

    def load_document(self, doc: SourceDocument) -> LoadOutcome:
        """Add DOC, replace its previous version, or do nothing: one update, so the server's transaction
        keeps it all-or-nothing, exactly as in the embedded store."""
        previous = self.document_hash(doc.iri)
        if previous == doc.sha256:
            return LoadOutcome(doc.iri, "unchanged", len(doc.facts), 0)
        text, count = document_update(doc)
        self.update(text)
        return LoadOutcome(doc.iri, "replaced" if previous else "loaded", len(doc.facts), count)

    def remove_document(self, iri: str) -> bool:
        if self.document_hash(iri) is None:
            return False
        self.update(f"DROP SILENT GRAPH <{iri}> ; DELETE WHERE {{ <{iri}> ?p ?o }}")
        return True

    def bulk_load(self, data: bytes | str | os.PathLike[str], fmt: ox.RdfFormat) -> int:
        """POST a whole file to the Graph Store endpoint, streamed (quads keep their graphs)."""
        before = self.quad_count()
        params = {} if fmt.supports_datasets else {"default": ""}
        headers = {"Content-Type": fmt.media_type}
        if isinstance(data, bytes):
            resp = self._post(self.store_url, params=params, data=data, headers=headers, timeout=None)
        else:
            with open(data, "rb") as fh:
                resp = self._post(self.store_url, params=params, data=fh, headers=headers)
        if resp.status_code not in (200, 201, 204):
            self._fail(resp, "bulk load")
        return self.quad_count() - before

    def flush(self) -> None:
        pass

    # -- whole store

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        if fmt.supports_datasets:
            quads = self.quads()
            return ox.serialize(quads, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None)
        result = self.query("CONSTRUCT WHERE { ?s ?p ?o }")  # the union default graph, each triple once
        return ox.serialize(
            list(result), format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None
        )

    def raw(self) -> ox.Store:
        raise StoreError(f"{self.location} is a remote store: it has no embedded pyoxigraph store")

    def close(self) -> None:
        self.session.close()


register_backend("http", RemoteStore)
register_backend("https", RemoteStore)
