"""The SPARQL endpoint's usual requests, a GET or POST of /sparql with a query, answered below Flask.

Such a request is most of what a SPARQL endpoint serves, and Flask's machinery around it (request and app
contexts, the URL map, four before/after hooks, a Response object turned back into WSGI) cost as much CPU in
the server process as the WSGI server itself: with the query stubbed and 8 clients, 0.18 ms per request
for waitress and a bare WSGI app, 0.37-0.40 ms with the Flask app. This path gives the answer the Flask
route gives: the same parameter decoding, negotiation, executor and error answers, the same headers in the
same order (the route's own, then the security headers, then CORS, as the after-request hooks add them),
and the same metrics and access-log line. Anything else (another path or method, no query or several, an
`update` parameter, a bad `timeout`, a URL or body that is not UTF-8, another Content-Type or charset, a body
over the size limit or without a length) goes on to Flask, which answers it as before.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.http import parse_options_header

from . import formats
from .executor import ExecResult
from .sparql import DIRECT, FORM, BadRequest, ProtocolRequest, answer, protocol_request, result_headers
from .web import CORS_HEADERS, SECURITY_HEADERS, add_headers, parse_query_string

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
ENDPOINT = "/sparql"


class SparqlFastPath:
    """WSGI middleware in front of Flask's `wsgi_app`: GET /sparql?query=... and POST /sparql with a query
    (direct or form) are answered here (see above)."""

    def __init__(self, app: Flask, inner: WSGIApp):
        self.app = app
        self.inner = inner

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != ENDPOINT or method not in ("GET", "POST"):
            return self.inner(environ, start_response)
        t0 = time.perf_counter()
        req = self._get(environ) if method == "GET" else self._post(environ)
        if req is None:
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
        metrics.record(ENDPOINT, method, status, time.perf_counter() - t0, path=ENDPOINT, length=length,
                       truncated=truncated, client=environ.get("REMOTE_ADDR"))
        return chunks

    @staticmethod
    def _url_parameters(environ: dict[str, Any]) -> ImmutableMultiDict[str, str] | None:
        """The URL's parameters as `ServiceRequest.args` reads them (None for a URL that is not UTF-8)."""
        try:
            # the server's latin-1 text back to bytes, then UTF-8, as werkzeug reads it
            return ImmutableMultiDict(parse_query_string(environ.get("QUERY_STRING", "").encode("latin-1").decode()))
        except UnicodeError:
            return None

    def _get(self, environ: dict[str, Any]) -> ProtocolRequest | None:
        params = self._url_parameters(environ)
        if params is None or "update" in params or len(params.getlist("query")) != 1:
            return None
        return _checked(params["query"], params)

    def _post(self, environ: dict[str, Any]) -> ProtocolRequest | None:
        """A direct POST (application/sparql-query, UTF-8) or a form POST with one query; anything else, or a
        body that is not all there, is left to Flask, with the body read so far put back for it to read."""
        ctype, options = parse_options_header(environ.get("CONTENT_TYPE", ""))
        ctype = ctype.lower()
        length = environ.get("CONTENT_LENGTH", "")
        limit = self.app.config.get("MAX_CONTENT_LENGTH")
        if ctype not in (FORM, DIRECT) or not length.isdigit() or (limit is not None and int(length) > limit):
            return None
        args = self._url_parameters(environ)
        if args is None or "query" in args or (ctype == DIRECT and "update" in args):
            return None  # Flask answers these 400; the body is not read here
        body = environ["wsgi.input"].read(int(length))
        environ["wsgi.input"] = io.BytesIO(body)  # for Flask, should it take the request after all
        if len(body) != int(length):
            return None
        charset = options.get("charset")
        if ctype == DIRECT and charset and charset.lower().replace("-", "") != "utf8":
            return None
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if ctype == DIRECT:
            return _checked(text, args)
        params = ImmutableMultiDict(parse_query_string(text))
        if "update" in params or "update" in args or len(params.getlist("query")) != 1:
            return None
        return _checked(params["query"], params)


def _checked(query: str, params: ImmutableMultiDict[str, str]) -> ProtocolRequest | None:
    """The protocol request of QUERY with the dataset and options in PARAMS; None for a bad `timeout`."""
    try:
        return protocol_request(query, params, params)
    except BadRequest:
        return None
