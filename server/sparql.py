"""The SPARQL 1.1 Protocol query endpoint at /sparql (read-only).

GET ?query=, POST form (query=) and POST application/sparql-query; default-graph-uri / named-graph-uri;
content negotiation with q-values (or a `format=` parameter); `timeout=` seconds to stop sooner than the
server's limit (as Fuseki's); HEAD; no parameters at all gives the service
description (RDF by conneg) or, for a browser, a small form page. Updates are never run here: an
`update` parameter or an application/sparql-update body is refused with 4xx (see /update).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request

from ..errors import QueryError
from ..graph.sparql_syntax import describe
from . import formats
from .description import service_description
from .executor import ROW_LIMIT_HEADER, TRUNCATED_HEADER, ExecResult, Executor
from .metrics import Metrics
from .querytext import query_form, strip_bom
from .web import error_response, text_error

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


class BadRequest(Exception):
    def __init__(self, status: int, message: str):
        self.status = status
        self.message = message


def executor() -> Executor:
    return current_app.extensions["govkg.executor"]


def _single(values: list[str], name: str) -> str:
    if len(values) != 1:
        raise BadRequest(400, f"Bad request: exactly one '{name}' parameter is needed, got {len(values)}")
    return values[0]


def _decode_body(charset: str | None) -> str:
    if charset and charset.lower().replace("-", "") != "utf8":
        raise BadRequest(400, f"Bad request: the query must be UTF-8 encoded, not {charset}")
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadRequest(400, f"Bad request: the body is not valid UTF-8 (byte {e.start})") from None


@dataclass
class ProtocolRequest:
    query: str | None  # None: no parameters at all (service description)
    default_graph: list[str] | None
    named_graphs: list[str] | None
    format: str | None  # format= (short name or media type), overrides Accept
    timeout: float | None  # timeout= seconds, may shorten the server's limit


def _timeout(params: Any) -> float | None:
    value = params.get("timeout")
    if value is None or value == "":
        return None
    try:
        seconds = float(value)
    except ValueError:
        raise BadRequest(400, f"Bad request: timeout={value!r} is not a number of seconds") from None
    if not seconds > 0:
        raise BadRequest(400, "Bad request: timeout must be a positive number of seconds")
    return seconds


def protocol_request(query: str | None, params: Any, dataset: Any) -> ProtocolRequest:
    """The request's query and protocol parameters (BadRequest for a `timeout` that is not a number)."""
    return ProtocolRequest(
        strip_bom(query) if query is not None else None,
        dataset.getlist("default-graph-uri") or None,
        dataset.getlist("named-graph-uri") or None,
        params.get("format"),
        _timeout(params),
    )


def parse_protocol_request() -> ProtocolRequest:
    """The query and its protocol parameters, from GET, a form POST or a direct POST."""
    args = request.args
    if request.method in ("GET", "HEAD"):
        params = args
    else:
        ctype = request.mimetype
        if ctype == FORM:
            try:
                request.get_data(cache=True).decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequest(400, "Bad request: the form body is not valid UTF-8") from None
            params = request.form
            if "query" in args:
                raise BadRequest(400, "Bad request: with a form POST the query goes in the body")
        elif ctype == DIRECT:
            query = _decode_body(request.mimetype_params.get("charset"))
            if "query" in args or "update" in args:
                raise BadRequest(400, "Bad request: a direct POST carries the query in the body only")
            return protocol_request(query, args, args)
        elif ctype == UPDATE:
            raise BadRequest(
                415,
                "Unsupported media type: this is the read-only query endpoint; send SPARQL Update to /update",
            )
        elif not ctype:
            raise BadRequest(
                400,
                "Bad request: a POST needs a Content-Type (application/sparql-query or "
                "application/x-www-form-urlencoded)",
            )
        else:
            raise BadRequest(
                415,
                f"Unsupported media type {ctype}: send application/sparql-query or application/x-www-form-urlencoded",
            )
    if "update" in params or "update" in args:
        raise BadRequest(
            400,
            "Bad request: this is the read-only query endpoint; updates are never run here (send them to /update)",
        )
    if request.method in ("GET", "HEAD") and not (set(params) - {"format"}):
        return ProtocolRequest(None, None, None, params.get("format"), None)
    return protocol_request(_single(params.getlist("query"), "query"), params, params)


def result_headers(result: ExecResult, row_limit: int) -> list[tuple[str, str]]:
    """The endpoint's own headers on an answer (before Content-Type and Content-Length)."""
    headers = [(ROW_LIMIT_HEADER, str(row_limit))]
    if result.truncated:
        headers.append((TRUNCATED_HEADER, "true"))
    headers += [("GovKG-Elapsed", f"{result.elapsed * 1000:.2f}ms"), ("Vary", "Accept")]
    return headers


def result_response(result: ExecResult) -> Response:
    # the headers handed over as a list (appended once) rather than set one by one on the new answer
    headers = result_headers(result, executor().row_limit)
    return Response(result.body, status=200, headers=headers, content_type=formats.content_type(result.media_type))


def negotiate(query: str, fmt: str | None, accept: str | None) -> list[str] | Response:
    """The media types to answer QUERY in, best first (FMT, a `format=` value, over the ACCEPT header), or
    the 406 answer."""
    kind = formats.kind_of_form(query_form(query))
    if fmt:
        mt = formats.resolve_name(fmt, kind)
        if mt is None:
            return text_error(406, f"Not acceptable: format={fmt} is not available for this query")
        return [mt]
    prefs = formats.preferences(accept, kind)
    if not prefs:
        available = ", ".join(formats.KIND_TYPES[kind]) if kind else ", ".join(formats.all_types())
        return text_error(406, f"Not acceptable: none of the requested media types fits; available: {available}")
    return prefs


def answer(executor: Executor, metrics: Metrics, req: ProtocolRequest, accept: str | None) -> ExecResult | Response:
    """REQ's answer under EXECUTOR's limits, or the error answer (406, 400, 403, 503 with the reason); shared
    by the Flask route and the fast path in front of it (fastpath.py)."""
    assert req.query is not None
    prefs = negotiate(req.query, req.format, accept)
    if isinstance(prefs, Response):
        return prefs
    try:
        return executor.run(req.query, prefs, req.default_graph, req.named_graphs, req.timeout)
    except Exception as e:  # noqa: BLE001 - every failure becomes a clean HTTP answer
        metrics.count_error(type(e).__name__)
        if type(e) is QueryError:  # a syntax error: told in the client's own lines, with a caret, in words
            e = QueryError(describe(str(e), req.query))
        return error_response(e)


def run(req: ProtocolRequest) -> Response:
    out = answer(executor(), current_app.extensions["govkg.metrics"], req, request.headers.get("Accept"))
    return out if isinstance(out, Response) else result_response(out)


def _without_query(fmt: str | None) -> Response:
    accept = request.headers.get("Accept")
    if fmt:
        mt = formats.resolve_name(fmt, "graph")
        return service_description(mt) if mt else text_error(406, f"Not acceptable: format={fmt}")
    graph_prefs = formats.preferences(accept, "graph")
    html_q = max(
        (r.q for r in formats.parse_accept(accept) if r.matches("text/html") and r.specificity == 2),
        default=0.0,
    )
    best_graph_q = max(
        (r.q for r in formats.parse_accept(accept) for t in graph_prefs[:1] if r.matches(t)),
        default=1.0 if not accept else 0.0,
    )
    if html_q > 0 and html_q >= best_graph_q:
        return Response(render_template("sparql_form.html", endpoint=request.base_url), mimetype="text/html")
    if not graph_prefs:
        return text_error(400, "Bad request: no 'query' parameter (and no acceptable service description format)")
    return service_description(graph_prefs[0])


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Any:
    try:
        req = parse_protocol_request()
    except BadRequest as e:
        return text_error(e.status, e.message)
    if req.query is None:
        return _without_query(req.format)
    return run(req)
