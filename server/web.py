"""HTTP plumbing shared by the service's blueprints: plain-text errors, bearer-token checks, CORS."""

from __future__ import annotations

import codecs
import hmac
import re
from typing import Any
from urllib.parse import unquote

import werkzeug.urls  # noqa: F401 - registers the "werkzeug.url_quote" error handler used below
from flask import Flask, Request, Response, current_app, jsonify, request
from werkzeug.datastructures import Authorization, MultiDict
from werkzeug.utils import cached_property

from ..errors import ForbiddenQuery, IndexWarming, QueryError, QueryTimeout, StoreError
from .executor import ROW_LIMIT_HEADER, TRUNCATED_HEADER, NotAcceptable

EXPOSED = f"{TRUNCATED_HEADER}, {ROW_LIMIT_HEADER}, GovKG-Elapsed, Content-Type, Content-Length"


# A `%` not followed by two hex digits: left as it is by the standard decoder, so such a value takes its path.
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def unquote_value(text: str) -> str:
    """TEXT of a query string with `+` and `%XX` decoded, exactly as `urllib.parse.unquote_plus` with werkzeug's
    error handler (bytes that are not UTF-8 stay percent-encoded), at C speed for the usual ASCII text: a
    SPARQL query in a URL is mostly escapes (200 in a 1 KB query), which the standard decoder reads one at a
    time in Python, a tenth of the server process's time per request."""
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    if not text.isascii() or _BAD_ESCAPE.search(text):
        return unquote(text, errors="werkzeug.url_quote")
    # every `%XX` becomes `\xXX` for the C escape decoder; a backslash of the text is doubled to stay itself
    raw = codecs.escape_decode(text.encode("ascii").replace(b"\\", b"\\\\").replace(b"%", b"\\x"))[0]
    return raw.decode("utf-8", "werkzeug.url_quote")


def parse_query_string(text: str) -> list[tuple[str, str]]:
    """The (name, value) pairs of a query string, as `urllib.parse.parse_qsl(keep_blank_values=True)` with
    werkzeug's error handler reads them (what `Request.args` does), decoded by `unquote_value`."""
    pairs = []
    for field in text.split("&") if text else ():
        if field:
            name, _, value = field.partition("=")
            pairs.append((unquote_value(name), unquote_value(value)))
    return pairs


class ServiceRequest(Request):
    """Flask's request, with the URL's parameters decoded by `parse_query_string` (same result, faster)."""

    @cached_property
    def args(self) -> MultiDict[str, str]:
        return self.parameter_storage_class(parse_query_string(self.query_string.decode()))


def text_error(status: int, message: str, **headers: str) -> Response:
    """An error answer: one plain-text message, never a traceback."""
    resp = Response(message.rstrip() + "\n", status=status, mimetype="text/plain")
    resp.headers.update(headers)
    return resp


# Status code per library error; the message is the error's own (parser line/column included).
ERROR_STATUS: list[tuple[type[Exception], int, str]] = [
    (IndexWarming, 503, "Warming up"),
    (QueryTimeout, 503, "Query stopped"),
    (NotAcceptable, 406, "Not acceptable"),
    (ForbiddenQuery, 403, "Forbidden"),
    (QueryError, 400, "Bad query"),
    (StoreError, 503, "Store unavailable"),
]


def _classify(error: Exception) -> tuple[int, str]:
    for cls, status, title in ERROR_STATUS:
        if isinstance(error, cls):
            return status, title
    if isinstance(error, TimeoutError):  # a remote store that did not answer in time
        return 503, "Store unavailable"
    return 500, "Internal error"


def error_status(error: Exception) -> int:
    """The HTTP status an error from the library stands for (500 when it is not one of ours)."""
    return _classify(error)[0]


# an absolute file path in a message (a store's folder, a worker's socket): the server's own layout, which a client
# has no business knowing; web addresses ("http://host/path") are left as they are
_LOCAL_PATH = re.compile(r"(?<![\w:/.~-])/(?:[\w.~-]+/)*[\w.~-]+")


def error_response(error: Exception) -> Response:
    status, title = _classify(error)
    if status == 500:
        return text_error(500, title)
    message = _LOCAL_PATH.sub("<path>", str(error)) if isinstance(error, StoreError) else str(error)
    return text_error(status, f"{title}: {message}", **({"Retry-After": "5"} if status == 503 else {}))


def failure_answer(error: Exception) -> Response:
    """Any page's answer when the store fails under it (a remote store down or too slow, a worker that
    could not start) or a library check refuses what the request asked for: 503 or 4xx with the reason,
    as JSON for the .json twins and the API, never a traceback."""
    resp = error_response(error)
    if resp.status_code == 500:
        resp = text_error(400, f"Bad request: {error}")
    if request.path.endswith(".json") or request.path.startswith("/api/"):
        status, headers = resp.status_code, dict(resp.headers)
        resp = jsonify(error=resp.get_data(as_text=True).strip())
        resp.status_code = status
        if "Retry-After" in headers:
            resp.headers["Retry-After"] = headers["Retry-After"]
    return resp


def given_token() -> str | None:
    """The token a request carries: `Authorization: Bearer <token>`, or HTTP Basic with the token as the
    password (SPARQL clients such as rdflib, SPARQLWrapper and `curl -u :TOKEN` speak Basic). None if the
    request carries no credentials at all; "" for credentials that cannot be read."""
    header = request.headers.get("Authorization", "")
    auth = Authorization.from_header(header)  # werkzeug's parser: scheme, token, Basic's base64 and charset
    if auth is None:
        # Basic that does not decode is a credential that cannot be read (403), not an absent one (401)
        return "" if header.strip().lower().startswith("basic") else None
    if auth.type == "bearer":
        return auth.token or ""
    if auth.type == "basic":
        return auth.password or ""
    return None


UNAUTHORIZED_HEADERS = {"WWW-Authenticate": 'Bearer realm="govkg", Basic realm="govkg"'}


def token_denial(given: str | None) -> tuple[int, str, dict[str, str]] | None:
    """None when GIVEN is the configured update token; else (status, message, headers) of the refusal:
    403 when writing is off or the token is wrong, 401 when none was given. Nothing says why a token failed,
    and the comparison takes the same time wherever the strings differ."""
    token = current_app.config.get("UPDATE_TOKEN")
    if not token:
        return 403, "Forbidden: writing is disabled on this server", {}
    if given is None:
        return 401, "Unauthorized: this operation needs the update token", UNAUTHORIZED_HEADERS
    if not hmac.compare_digest(given.encode("utf-8"), str(token).encode("utf-8")):
        return 403, "Forbidden", {}
    return None


def check_token() -> Response | None:
    """None when the request carries the configured update token; else the 401/403 answer."""
    denied = token_denial(given_token())
    if denied is None:
        return None
    status, message, headers = denied
    return text_error(status, message, **headers)


def install_cors(app: Flask) -> None:
    """CORS on every answer (read endpoints are public; writes still need the token, not cookies)."""

    @app.before_request
    def preflight() -> Any:
        if (
            request.method == "OPTIONS"
            and app.config.get("CORS", True)
            and "Access-Control-Request-Method" in request.headers
        ):
            resp = Response(status=204)
            resp.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, PUT, DELETE, OPTIONS"
            resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization"
            resp.headers["Access-Control-Max-Age"] = "86400"
            return resp
        return None

    @app.after_request
    def cors(resp: Response) -> Response:
        if app.config.get("CORS", True):
            add_headers(resp, CORS_HEADERS, replace=True)
        return resp


CORS_HEADERS = (("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", EXPOSED))


def add_headers(resp: Response, pairs: tuple[tuple[str, str], ...], *, replace: bool) -> None:
    """Give RESP each (name, value) of PAIRS: over a value it has when REPLACE, else only where it has none.

    One look at the names it has, then appends: werkzeug's `set`/`setdefault` scan the whole list once or
    twice per header, and the headers every answer carries were a tenth of a cheap query's time in Flask."""
    headers = resp.headers
    have = {name.lower() for name, _ in headers}
    for name, value in pairs:
        if name.lower() not in have:
            headers.add(name, value)
        elif replace:
            headers.set(name, value)


# Pages load only their own script and style sheet; inline <style> blocks and SVG style attributes are
# allowed, scripts never. Document text is escaped everywhere, so this is the second line of defence.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def install_security_headers(app: Flask) -> None:
    @app.after_request
    def security_headers(resp: Response) -> Response:
        add_headers(resp, SECURITY_HEADERS, replace=False)  # a page that set its own keeps it
        return resp


SECURITY_HEADERS = (
    # Error texts may echo what the client sent: never let a browser sniff them into HTML.
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
)
