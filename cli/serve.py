"""`govkg serve`: the SPARQL endpoint, linked-data pages and explorer behind a production WSGI server."""

from __future__ import annotations

from typing import Any

import click

from ..errors import GovKGError
from ..server.httpserver import SERVERS
from .options import opened, store_option

# Bytes of an answer waitress holds before writing them from the request thread. Its default (1) writes the
# status line and headers, then the body, in two system calls and two TCP segments, and then wakes its main
# loop anyway; an answer below this size goes out whole in one write from the main loop instead (measured:
# 30% less server CPU per request for a small JSON answer with 8 clients, and a little less in the client).
# Larger answers still stream from the request thread as they are written.
RESPONSE_BUFFER = 18_000


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port (0: any free port).")
@click.option("--threads", default=16, show_default=True, type=click.IntRange(1, 256),
              help="Request threads of the WSGI server (queries queued for a worker hold one; keep more than "
                   "the concurrent clients expected, so /healthz and pages still get one).")
@click.option("--workers", default=None, type=click.IntRange(0, 64),
              help="Query worker processes (default: CPUs, 2 to 8; 0: queries run in the request threads, "
                   "with no hard time limit).")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run before it is stopped.")
@click.option("--memory-limit", default=4096, show_default=True, type=click.IntRange(0), metavar="MB",
              help="Memory one query may use, in MB (0: no limit).")
@click.option("--row-limit", default=10_000, show_default=True, type=click.IntRange(1),
              help="Most rows (or triples) in one answer; a cut answer says so.")
@click.option("--update-token", envvar="GOVKG_UPDATE_TOKEN", default=None, metavar="SECRET",
              help="Enable /update and /store for requests bearing this token (env GOVKG_UPDATE_TOKEN).")
@click.option("--allow-service", is_flag=True, help="Let public queries use SERVICE (federated queries).")
@click.option("--access-log", is_flag=True, help="Log every request as one JSON line on stderr.")
@click.option("--server", "http_server", type=click.Choice(SERVERS), default="granian", show_default=True,
              help="HTTP server: granian (HTTP in Rust, less CPU per request) or waitress (pure Python).")
@store_option
def serve(host: str, port: int, threads: int, workers: int | None, timeout: float, memory_limit: int,
          row_limit: int, update_token: str | None, allow_service: bool, access_log: bool, http_server: str,
          store_location: str | None) -> None:
    """Serve the SPARQL endpoint, linked-data IRIs and explorer with a production HTTP server (granian, or
    waitress with --server waitress)."""
    import os
    import signal

    from ..server import create_app, warm
    from ..worker_process import limit_malloc_arenas

    limit_malloc_arenas()  # before the request threads start: resident memory stays flat under load
    if workers is None:
        workers = min(8, max(2, os.cpu_count() or 2))
    if access_log:
        import logging

        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logging.getLogger("govkg.access").addHandler(handler)
        logging.getLogger("govkg.access").setLevel(logging.INFO)
    config = {"QUERY_TIMEOUT": timeout, "ROW_LIMIT": row_limit, "QUERY_WORKERS": workers,
              "QUERY_MEMORY_MB": memory_limit,
              "UPDATE_TOKEN": update_token or None, "ALLOW_SERVICE": allow_service}
    with opened(store_location, write=True) as kg:
        app = create_app(kg.store, config)
        executor = app.extensions["govkg.executor"]
        try:
            server = _create_server(http_server, app, host, port, threads)
        except OSError as e:
            executor.close()
            raise GovKGError(f"cannot listen on {host}:{port}: {e.strerror}") from None
        if hasattr(executor, "start"):
            try:
                executor.start()  # workers ready before the first request
            except GovKGError:
                server.close()
                executor.close()
                raise
        bound = server.effective_port if hasattr(server, "effective_port") else port
        writes = "on (token required)" if update_token else "off"
        click.echo(f"govkg: serving {kg.location} at http://{host}:{bound}/ - SPARQL endpoint "
                   f"http://{host}:{bound}/sparql (timeout {timeout:g}s, row limit {row_limit}, "
                   f"{executor.describe()}, {threads} threads, {http_server}; updates {writes}). "
                   "Ctrl-C to stop.", err=True)

        def stop(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, stop)  # a service manager's stop closes the store cleanly too
        # The question index is read from beside the store, or built, in a thread of its own: the endpoint
        # answers at once, and a page that needs the index says it is warming up rather than waiting minutes.
        questions = app.extensions["govkg.api"]
        warm.start(app)
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            idle = _stop_server(server)  # the request threads first, so that no write is in flight below
            rewarmer = app.extensions.get("govkg.rewarmer")
            if rewarmer is not None:
                rewarmer.stop()  # it asks pages of the workers closed below
            executor.close()
            if idle:
                questions.save_question_index()


def _create_server(kind: str, app: Any, host: str, port: int, threads: int) -> Any:
    """The HTTP server KIND bound to HOST:PORT (OSError if it cannot listen); serves on `run()`."""
    if kind == "granian":
        from ..server.httpserver import GranianServer

        return GranianServer(app, host, port, threads, ident="govkg")
    import warnings

    from waitress.server import create_server

    with warnings.catch_warnings():
        # waitress calls send_bytes deprecated (kept in 3.x, which pyproject pins); see RESPONSE_BUFFER
        warnings.filterwarnings("ignore", "send_bytes", DeprecationWarning)
        return create_server(app, host=host, port=port, threads=threads, ident="govkg",
                             clear_untrusted_proxy_headers=True, send_bytes=RESPONSE_BUFFER)


def _stop_server(server: Any) -> bool:
    """Stop accepting and wait (5 s at most) for the requests in the app; True when none is left running."""
    from ..server.httpserver import GranianServer

    if isinstance(server, GranianServer):
        return server.close(timeout=5)
    server.close()
    dispatcher = server.task_dispatcher
    dispatcher.shutdown(timeout=5)
    return not dispatcher.threads
