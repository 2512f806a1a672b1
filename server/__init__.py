"""The web application: SPARQL endpoint, linked-data pages and explorer, over one store.

`create_app(store)` is the application factory; it keeps no global state, so tests and the CLI build as many
apps as they like, each over its own store.

Config keys (defaults below): QUERY_TIMEOUT seconds per query (really enforced for on-disk stores by
worker processes), ROW_LIMIT rows per answer (announced when reached), QUERY_WORKERS processes (0: run
queries in the request thread), QUERY_MEMORY_MB address space per worker (0: unlimited), UPDATE_TOKEN
(None: /update and /store are off), ALLOW_SERVICE and ALLOW_LOAD (federated SERVICE / LOAD, off), CORS
(on), MAX_CONTENT_LENGTH bytes per request (413 beyond), UPDATE_MAX_CHANGES triples one WHERE-driven update
may change, UPLOAD_TIMEOUT seconds and UPLOAD_MEMORY_MB megabytes to parse one uploaded file (in
UPLOAD_WORKERS separate processes).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imports stay light: query worker processes import this package too
    from flask import Flask

    from ..graph.store import GraphStore


def make_executor(store: GraphStore, config: Any) -> Any:
    """Worker processes for an on-disk embedded store; in-thread execution for anything else."""
    from ..graph.store import LocalStore
    from ..ontology.vocab import PREFIXES
    from .executor import InlineExecutor
    from .pool import WorkerPool

    # Prefixes for Turtle/TriG answers; govkg's own id: namespace is left out because its IRIs have
    # slashes, which Turtle can only abbreviate with backslash escapes.
    output_prefixes = {p: ns for p, ns in PREFIXES.items() if p != "id"}
    limits = dict(
        timeout=float(config["QUERY_TIMEOUT"]),
        row_limit=int(config["ROW_LIMIT"]),
        allow_service=bool(config["ALLOW_SERVICE"]),
        prefixes=output_prefixes,
    )
    if isinstance(store, LocalStore) and store.path is not None and int(config["QUERY_WORKERS"]) > 0:
        return WorkerPool(
            str(store.path),
            size=int(config["QUERY_WORKERS"]),
            flush=store.flush,
            memory_mb=int(config["QUERY_MEMORY_MB"]),
            **limits,
        )
    return InlineExecutor(store, **limits)


def create_app(store: GraphStore, config: dict[str, Any] | None = None) -> Flask:
    from flask import Flask, jsonify

    from ..api import GovKG
    from ..errors import GovKGError
    from ..loaders.isolation import ParsePool
    from . import linked_data, metrics, sparql, update
    from .diagrams import bp as diagrams_bp
    from .explorer import init_app as init_explorer
    from .fastpath import SparqlFastPath
    from .served import ServedStore
    from .warm import remember_pages
    from .web import ServiceRequest, failure_answer, install_cors, install_security_headers, text_error

    app = Flask(__name__)
    app.request_class = ServiceRequest
    app.config.update(
        QUERY_TIMEOUT=5.0,
        ROW_LIMIT=10_000,
        QUERY_WORKERS=2,
        QUERY_MEMORY_MB=4096,
        UPDATE_TOKEN=None,
        ALLOW_SERVICE=False,
        ALLOW_LOAD=False,
        CORS=True,
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
        UPDATE_MAX_CHANGES=1_000_000,
        UPLOAD_TIMEOUT=120.0,
        UPLOAD_MEMORY_MB=2048,
        UPLOAD_WORKERS=1,
    )
    if config:
        app.config.update(config)
    executor = make_executor(store, app.config)
    weakref.finalize(app, executor.close)
    app.extensions["govkg.executor"] = executor
    app.extensions["govkg.store"] = ServedStore(store, executor)
    # Uploads are parsed in capped worker processes: a hostile file costs a worker, never this process.
    parser = ParsePool(
        size=int(app.config["UPLOAD_WORKERS"]),
        timeout=float(app.config["UPLOAD_TIMEOUT"]),
        memory_mb=int(app.config["UPLOAD_MEMORY_MB"]),
    )
    weakref.finalize(app, parser.close)
    app.extensions["govkg.parser"] = parser
    # the pages load and ask through the public API, as the command line does
    app.extensions["govkg.api"] = GovKG(app.extensions["govkg.store"])

    metrics.install(app)
    install_cors(app)
    install_security_headers(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(update.bp)
    app.register_blueprint(linked_data.bp)
    app.register_blueprint(diagrams_bp)
    init_explorer(app)
    # the pages kept per store version are noted as they are asked, to be asked again after a write (warm.py)
    remember_pages(app)
    # GET /sparql?query=... answered in front of Flask, with the same answer (fastpath.py)
    app.wsgi_app = SparqlFastPath(app, app.wsgi_app)  # type: ignore[method-assign]

    @app.errorhandler(413)
    def too_large(_e: Any) -> Any:
        return text_error(413, f"Request too large: the limit is {app.config['MAX_CONTENT_LENGTH']} bytes")

    # A page whose store fails under it (a remote store that is down or too slow) answers 503 with the
    # reason; a library check that refuses a parameter answers 400. Never a traceback.
    app.register_error_handler(GovKGError, failure_answer)
    app.register_error_handler(TimeoutError, failure_answer)

    @app.get("/healthz")
    def healthz() -> Any:
        report = health(store, executor)
        # the question index: "warming" while a server's start-up builds or reads it (SPARQL answers meanwhile)
        questions = app.extensions["govkg.api"]._asker
        report["questions"] = (
            "not built" if questions is None
            else "warming" if questions.state.warming
            else "ready" if questions.state.built
            else "not built"
        )
        report["warm_up"] = "running" if questions is not None and questions.state.warm_running else "done"
        rewarmer = app.extensions.get("govkg.rewarmer")
        if rewarmer is not None:  # after a write: the pages kept per version being drawn again (warm.py)
            report["pages"] = "warming" if rewarmer.pending else "ready"
        resp = jsonify(report)
        resp.status_code = 200 if report["status"] == "ok" else 503
        resp.headers["Cache-Control"] = "no-store"
        return resp

    return app


def health(store: GraphStore, executor: Any) -> dict[str, Any]:
    """What /healthz reports: whether the server can answer queries now. A remote store is asked a trivial
    query with a short time limit; an embedded store's query workers are counted, never waited for."""
    report: dict[str, Any] = {"status": "ok"}
    ping = getattr(store, "ping", None)
    if ping is not None:
        report["backend"] = ping()
        if report["backend"]["status"] != "ok":
            report["status"] = "unavailable"
    else:
        report["backend"] = {"status": "ok", "kind": "embedded"}
    workers = getattr(executor, "status", None)
    if workers is not None:
        report["workers"] = workers()
        if not report["workers"]["alive"] and report["workers"].get("error"):
            report["status"] = "unavailable"
    return report


def get_store(app: Flask) -> GraphStore:
    return app.extensions["govkg.store"]


def get_executor(app: Flask) -> Any:
    """The app's query executor, for `govkg.server.executor.execute`."""
    return app.extensions["govkg.executor"]
