"""The SPARQL endpoint's usual request, a GET of /sparql with a query, answered below Flask.

Such a request is most of what a SPARQL endpoint serves, and Flask's machinery around it (request and app
contexts, the URL map, four before/after hooks, a Response object turned back into WSGI) cost as much CPU in
the server process as the WSGI server itself: with the query stubbed and 8 clients, 0.18 ms per request
for waitress and a bare WSGI app, 0.37-0.40 ms with the Flask app. This path gives the answer the Flask
route gives: the same parameter decoding, negotiation, executor and error answers, the same headers in the
same order (the route's own, then the security headers, then CORS, as the after-request hooks add them),
and the same metrics and access-log line. Anything else (another path or method, no query or several, an
`update` parameter, a bad `timeout`, a URL that is not UTF-8) goes on to Flask, which answers it as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.datastructures import ImmutableMultiDict

from . import formats
from .executor import ExecResult
from .sparql import BadRequest, answer, protocol_request, result_headers
from .web import CORS_HEADERS, SECURITY_HEADERS, add_headers, parse_query_string

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
ENDPOINT = "/sparql"


class SparqlFastPath:
    """WSGI middleware in front of Flask's `wsgi_app`: GET /sparql?query=... is answered here (see above)."""

    def __init__(self, app: Flask, inner: WSGIApp):
        self.app = app
        self.inner = inner

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != ENDPOINT or environ.get("REQUEST_METHOD") != "GET":
            return self.inner(environ, start_response)
        t0 = time.perf_counter()
        try:
            # read as werkzeug reads it: the server's latin-1 text back to bytes, then UTF-8
            pairs = parse_query_string(environ.get("QUERY_STRING", "").encode("latin-1").decode())
        except UnicodeError:
            return self.inner(environ, start_response)
        params = ImmutableMultiDict(pairs)
        if "update" in params or len(params.getlist("query")) != 1:
            return self.inner(environ, start_response)
        try:
            req = protocol_request(params["query"], params, params)
        except BadRequest:
            return self.inner(environ, start_response)
        app = self.app
        executor = app.extensions["govkg.executor"]
        metrics = app.extensions["govkg.metrics"]
        cors = app.config.get("CORS", True)
        out = answer(executor, metrics, req, environ.get("HTTP_ACCEPT"))
        if isinstance(out, ExecResult):
            body = out.body
            headers = result_headers(out, executor.row_limit)
            headers += [("Content-Type", formats.content_type(out.media_type)), ("Content-Length", str(len(body)))]
            headers += SECURITY_HEADERS  # the route sets none of them, so every one is added
            if cors:
                headers += CORS_HEADERS
            start_response("200 OK", headers)
            chunks: Iterable[bytes] = [body]
            status, length, truncated = 200, len(body), out.truncated
        else:  # 406 or an error: the route's Response, finished as the after-request hooks finish it
            add_headers(out, SECURITY_HEADERS, replace=False)
            if cors:
                add_headers(out, CORS_HEADERS, replace=True)
            status, length, truncated = out.status_code, out.content_length, False
            chunks = out(environ, start_response)
        metrics.record(ENDPOINT, "GET", status, time.perf_counter() - t0, path=ENDPOINT, length=length,
                       truncated=truncated, client=environ.get("REMOTE_ADDR"))
        return chunks
