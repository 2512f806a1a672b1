"""SPARQL 1.1 Update at /update and the Graph Store HTTP Protocol at /store.

Both are off unless the app is configured with UPDATE_TOKEN, and then need it (see web.check_token).
Writes go through the served store, so query workers pause for them and see the result at once.

An update has the same limits as a query. Its cost lies in its WHERE clauses, and an embedded write cannot be
interrupted once begun, so each WHERE-driven operation is first run read-only, as a query counting its
solutions, by the app's executor (worker processes with the time limit and memory cap; a remote store with
its time limit). One that runs past a limit, or would change more than UPDATE_MAX_CHANGES triples, is
refused before anything is written; the update then runs as one transaction.
"""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from ..errors import GovKGError, QueryError, QueryTimeout
from . import formats
from .querytext import check_shape, strip_bom, update_probes, uses
from .web import check_token, error_response, text_error

bp = Blueprint("update", __name__)


def _store() -> Any:
    return current_app.extensions["govkg.store"]


def _update_text() -> str | Response:
    ctype = request.mimetype
    if ctype == "application/sparql-update":
        charset = request.mimetype_params.get("charset")
        if charset and charset.lower().replace("-", "") != "utf8":
            return text_error(400, "Bad request: the update must be UTF-8 encoded")
        if "update" in request.args:
            return text_error(400, "Bad request: a direct POST carries the update in the body only")
        try:
            return request.get_data().decode("utf-8")
        except UnicodeDecodeError:
            return text_error(400, "Bad request: the body is not valid UTF-8")
    if ctype == "application/x-www-form-urlencoded":
        values = request.form.getlist("update")
        if len(values) != 1:
            return text_error(400, f"Bad request: exactly one 'update' parameter is needed, got {len(values)}")
        if "query" in request.form:
            return text_error(400, "Bad request: send queries to /sparql")
        return values[0]
    return text_error(415, "Unsupported media type: send application/sparql-update or a form with update=")


@bp.route("/update", methods=["GET", "POST"])
def update() -> Any:
    if request.method != "POST":
        return text_error(405, "Method not allowed: SPARQL Update is sent with POST", Allow="POST, OPTIONS")
    denied = check_token()
    if denied is not None:
        return denied
    text = _update_text()
    if isinstance(text, Response):
        return text
    text = strip_bom(text)
    try:
        check_shape(text, max_bytes=None)
    except GovKGError as e:
        return error_response(e)
    if any(request.values.getlist(p) for p in ("using-graph-uri", "using-named-graph-uri")):
        return text_error(
            400,
            "Bad request: using-graph-uri / using-named-graph-uri are not supported; write USING in the update instead",
        )
    if not current_app.config.get("ALLOW_LOAD") and uses(text, "LOAD"):
        return text_error(403, "Forbidden: LOAD is disabled on this server")
    if not current_app.config.get("ALLOW_SERVICE") and uses(text, "SERVICE"):
        return text_error(403, "Forbidden: SERVICE is disabled on this server")
    try:
        probe_update(text)
        _store().update(text)
    except GovKGError as e:
        current_app.extensions["govkg.metrics"].count_error(type(e).__name__)
        return error_response(e)
    return Response(status=204)


class UpdateTooLarge(QueryError):
    """An update that would change more triples than the server allows in one transaction."""


def probe_update(text: str) -> None:
    """Run each WHERE-driven operation of TEXT read-only under the query limits (see the module docstring)."""
    executor = current_app.extensions["govkg.executor"]
    most = int(current_app.config.get("UPDATE_MAX_CHANGES", 1_000_000))
    for probe in update_probes(text):
        try:
            result = executor.run(
                probe.query, "application/sparql-results+json", probe.default_graph, probe.named_graphs
            )
        except QueryTimeout as e:
            raise QueryTimeout(f"the update was not run, as its WHERE clause alone {e}") from None
        except QueryError:
            # Malformed: the update's own parser reports it below, with the line and column in the update.
            continue
        rows = json.loads(result.body)["results"]["bindings"]
        solutions = int(rows[0]["n"]["value"]) if rows and "n" in rows[0] else 0
        if solutions * probe.templates > most:
            raise UpdateTooLarge(
                f"the update would act on {solutions:,} solutions (about {solutions * probe.templates:,} "
                f"triples); one update may change at most {most:,}. Nothing was written: split it."
            )


# -- Graph Store HTTP Protocol ([GSP] §5), indirect graph identification (?default / ?graph=)


def _target() -> str | Response:
    """'' for the default graph, the IRI of a named graph, or an error answer."""
    graphs = request.args.getlist("graph")
    if "default" in request.args and not graphs:
        return ""
    if len(graphs) == 1 and "default" not in request.args:
        iri = graphs[0]
        try:
            ox.NamedNode(iri)
        except ValueError as e:
            return text_error(400, f"Bad request: graph={iri!r} is not an absolute IRI ({e})")
        return iri
    return text_error(400, "Bad request: give either ?default or exactly one ?graph=<IRI>")


def _exists(graph: str) -> bool:
    if graph == "":
        return True
    return bool(_store().query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", default_graph=None))


def _graph_clause(graph: str, body: str) -> str:
    return body if graph == "" else f"GRAPH <{graph}> {{ {body} }}"


def _read_body(graph: str) -> str | Response:
    ctype = request.mimetype
    fmt = formats.GRAPH.get(formats.registry.canonical(ctype, "graph") or "")
    if fmt is None or fmt.supports_datasets:
        return text_error(
            415,
            f"Unsupported media type {ctype or '(none)'}: send one of "
            "text/turtle, application/n-triples, application/ld+json, application/rdf+xml",
        )
    try:
        quads = list(ox.parse(request.get_data(), format=fmt, base_iri=graph or None))
    except SyntaxError as e:
        return text_error(400, f"Bad request: the RDF does not parse: {e}")
    return " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def graph_store() -> Any:
    denied = check_token()
    if denied is not None:
        return denied
    graph = _target()
    if isinstance(graph, Response):
        return graph
    try:
        existed = _exists(graph)
        if request.method in ("GET", "HEAD"):
            if not existed:
                return text_error(404, "Not found: no such graph")
            mt = formats.choose(request.headers.get("Accept"), "graph")
            if mt is None:
                return text_error(406, "Not acceptable: available: " + ", ".join(formats.GRAPH))
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in _store().quads(graph)]
            return Response(ox.serialize(triples, format=formats.GRAPH[mt]), content_type=formats.content_type(mt))
        if request.method == "DELETE":
            if not existed:
                return text_error(404, "Not found: no such graph")
            _store().update("DROP DEFAULT" if graph == "" else f"DROP GRAPH <{graph}>")
            return Response(status=204)
        data = _read_body(graph)
        if isinstance(data, Response):
            return data
        parts = []
        if request.method == "PUT":
            parts.append("DROP SILENT DEFAULT" if graph == "" else f"DROP SILENT GRAPH <{graph}>")
        if data:
            parts.append(f"INSERT DATA {{ {_graph_clause(graph, data)} }}")
        if parts:
            _store().update(" ;\n".join(parts))
        return Response(status=204 if existed else 201)
    except GovKGError as e:
        return error_response(e)
