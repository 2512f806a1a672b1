"""HTTP plumbing shared by the service's blueprints: plain-text errors, bearer-token checks, CORS."""

from __future__ import annotations

import hmac
from base64 import b64decode
from typing import Any

from flask import Flask, Response, current_app, request

from ..errors import ForbiddenQuery, QueryError, QueryTimeout, StoreError
from .executor import ROW_LIMIT_HEADER, TRUNCATED_HEADER, NotAcceptable

EXPOSED = f"{TRUNCATED_HEADER}, {ROW_LIMIT_HEADER}, GovKG-Elapsed, Content-Type, Content-Length"


def text_error(status: int, message: str, **headers: str) -> Response:
    """An error answer: one plain-text message, never a traceback."""
    resp = Response(message.rstrip() + "\n", status=status, mimetype="text/plain")
    resp.headers.update(headers)
    return resp


# Status code per library error; the message is the error's own (parser line/column included).
ERROR_STATUS: list[tuple[type[Exception], int, str]] = [
    (QueryTimeout, 503, "Query stopped"),
    (NotAcceptable, 406, "Not acceptable"),
    (ForbiddenQuery, 403, "Forbidden"),
    (QueryError, 400, "Bad query"),
    (StoreError, 503, "Store unavailable"),
]


def error_response(error: Exception) -> Response:
    for cls, status, title in ERROR_STATUS:
        if isinstance(error, cls):
            return text_error(status, f"{title}: {error}")
    return text_error(500, "Internal error")


def check_token() -> Response | None:
    """None when the request carries the configured update token; else the 401/403 answer.

    `Authorization: Bearer <token>`; HTTP Basic with the token as password is accepted too, because
    SPARQL clients (rdflib, SPARQLWrapper, curl -u) speak Basic. Nothing says why a token failed.
    """
    token = current_app.config.get("UPDATE_TOKEN")
    if not token:
        return text_error(403, "Forbidden: writing is disabled on this server")
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    given = None
    if scheme.lower() == "bearer":
        given = value.strip()
    elif scheme.lower() == "basic":
        try:
            given = b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2]
        except (ValueError, UnicodeDecodeError):
            given = ""
    if given is None:
        return text_error(
            401,
            "Unauthorized: this operation needs the update token",
            **{"WWW-Authenticate": 'Bearer realm="govkg", Basic realm="govkg"'},
        )
    if not hmac.compare_digest(given.encode("utf-8"), str(token).encode("utf-8")):
        return text_error(403, "Forbidden")
    return None


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
        # Error texts may echo what the client sent: never let a browser sniff them into HTML.
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        if app.config.get("CORS", True):
            resp.headers["Access-Control-Allow-Origin"] = "*"
            resp.headers["Access-Control-Expose-Headers"] = EXPOSED
        return resp
