"""The web application: SPARQL endpoint, linked-data pages and explorer, over one store.

`create_app(store)` is the application factory; it keeps no global state, so tests and the CLI build as many
apps as they like, each over its own store.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify

from ..graph.store import GraphStore


def create_app(store: GraphStore, config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        QUERY_TIMEOUT=5.0,
        ROW_LIMIT=10_000,
        UPDATE_TOKEN=None,
        MAX_CONTENT_LENGTH=20 * 1024 * 1024,
    )
    if config:
        app.config.update(config)
    app.extensions["govkg.store"] = store

    from .diagrams import bp as diagrams_bp
    from .explorer import init_app as init_explorer

    app.register_blueprint(diagrams_bp)
    init_explorer(app)

    @app.get("/healthz")
    def healthz() -> Any:
        return jsonify(status="ok", store=store.location)

    return app


def get_store(app: Flask) -> GraphStore:
    return app.extensions["govkg.store"]
