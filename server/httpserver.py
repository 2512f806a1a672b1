"""The HTTP servers `govkg serve` can run the app behind: granian (the default) or waitress.

granian parses HTTP, keeps connections and writes answers in Rust; only the WSGI call itself is Python. Its own
command line runs the app in worker processes it spawns, which would take the store (and RocksDB's lock) away
from the process that starts up, reports errors in one line and closes the store on SIGTERM. So this module
runs granian's WSGI worker inside the serving process instead, on a socket bound here: the same process model
as waitress (one process, request threads, query workers beside it), with the HTTP work in Rust. What is used
of granian is its worker class and socket holder (`granian._granian`), which pyproject pins to a minor series.

Measured (bench/RESULTS.md, issue 15, 2026-12-06/07, N=100, 8 clients, alternating with waitress): the serving
process's CPU per SPARQL request 0.54 -> 0.45 ms, the whole server's (query workers too) 0.85-0.90x; one request
at a time 1.34-1.44x `oxigraph serve`'s latency against 3.11x.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
SERVERS = ("granian", "waitress")
# Connections queued by the kernel before accept (waitress's default too).
BACKLOG = 1024
# What a request's environ holds besides the request itself, as waitress gives it (granian's own wrapper also
# copies the whole process environment into every request, which would put GOVKG_UPDATE_TOKEN there).
_BASE_ENVIRON: dict[str, Any] = {
    "GATEWAY_INTERFACE": "CGI/1.1",
    "SCRIPT_NAME": "",
    "wsgi.input_terminated": True,
    "wsgi.multiprocess": False,
    "wsgi.multithread": True,
    "wsgi.run_once": False,
    "wsgi.version": (1, 0),
}
# Headers a proxy would set, dropped from requests as waitress drops them by default
# (`clear_untrusted_proxy_headers`): nothing here trusts a proxy, so a client must not pose as one.
_PROXY_HEADERS = ("HTTP_FORWARDED", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PROTO",
                  "HTTP_X_FORWARDED_PORT", "HTTP_X_FORWARDED_BY")


class _StartResponse:
    __slots__ = ("status", "headers")

    def __init__(self) -> None:
        self.status = 500
        self.headers: list[tuple[str, str]] = []

    def __call__(self, status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        self.status = int(status.split(" ", 1)[0])
        self.headers = headers


class _Closing:
    """An answer's iterator for granian, which calls `close` at its end as PEP 3333 asks."""

    __slots__ = ("inner", "__next__")

    def __init__(self, inner: Iterable[bytes]):
        self.inner = inner
        self.__next__ = iter(inner).__next__

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


class GranianServer:
    """granian's WSGI worker serving APP on HOST:PORT in this process, THREADS Python threads for requests.

    The socket is bound here (an error is an OSError at construction, as waitress's `create_server` raises
    it); `run` serves until `close` is called from another thread or a signal handler raises in the main
    thread; `close` stops accepting and waits up to a time for requests already in the app to finish."""

    def __init__(self, app: WSGIApp, host: str, port: int, threads: int, ident: str = "govkg"):
        from granian._granian import SocketHolder

        self.app = app
        self.threads = threads
        self.ident = ident
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            # as waitress does: a restart may bind a port whose old connections are in TIME-WAIT, but never
            # SO_REUSEPORT (granian's own listener sets it), which would let two servers share one port
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._sock.bind((host, port))
            self._sock.listen(BACKLOG)
        except OSError:
            self._sock.close()
            raise
        self.effective_port: int = self._sock.getsockname()[1]
        # granian's worker closes the descriptor it is given when it stops; ours is closed by `close`
        self._holder_fd = os.dup(self._sock.fileno())
        self._holder = SocketHolder(self._holder_fd, False, BACKLOG)
        self._served = False
        self._signal: Any = None
        self._stopped = threading.Event()
        self._active = 0  # requests inside the app, for a clean close
        self._idle = threading.Condition()

    def _call(self, proto: Any, scope: dict[str, Any]) -> int:
        with self._idle:
            self._active += 1
        try:
            environ = _BASE_ENVIRON | scope
            for name in _PROXY_HEADERS:
                if name in environ:
                    del environ[name]
            environ["SERVER_SOFTWARE"] = self.ident
            start = _StartResponse()
            out = self.app(environ, start)
            headers = start.headers
            if not any(k.lower() == "server" for k, _ in headers):
                headers.append(("Server", self.ident))  # granian would name itself, waitress names us
            if isinstance(out, list):
                proto.response_bytes(start.status, headers, b"".join(out))
            else:
                proto.response_iter(start.status, headers, _Closing(out))
            return start.status
        finally:
            with self._idle:
                self._active -= 1
                if not self._active:
                    self._idle.notify_all()

    def run(self) -> None:
        """Serve until `close` (or KeyboardInterrupt raised by a signal handler in this thread)."""
        from granian._futures import _new_cbscheduler
        from granian._granian import WorkerSignal, WSGIWorker
        from granian._loops import loops

        loop = loops.get("asyncio")  # the scheduler wants one; WSGI calls run in granian's Python threads
        self._signal = WorkerSignal()
        worker = WSGIWorker(
            1,  # worker id
            (None, self._holder),  # the socket bound above, not a listener granian builds
            None,  # no IPC: there is no parent process of granian's
            1,  # Rust runtime threads: HTTP for one process's share of two cores
            512,  # Rust blocking threads (its default)
            self.threads,  # Python threads calling the app: `--threads`, as waitress's request threads
            30,  # seconds an idle Python thread is kept
            self.threads,  # requests handed to Python at once; others wait in Rust, as waitress queues them
            "1",  # HTTP/1.1 only, as waitress: no HTTP/2 preface sniffing
            None,  # HTTP/1 settings: granian's defaults (keep-alive, 400 kB of request head)
            None,
            None,  # no static files
            False, None, None, None, "tls1.3", None, [], False,  # no TLS (a proxy in front does it)
        )
        scheduler = _new_cbscheduler(loop, self._call, impl_asyncio=False)
        worker.serve_str(scheduler, loop, self._signal)
        self._served = True
        try:
            self._stopped.wait()
        finally:
            self._signal.set()

    def close(self, timeout: float = 5.0) -> bool:
        """Stop accepting; wait up to TIMEOUT seconds for requests in the app. True when none is left.

        "In the app" is until the app returns its answer: a large answer streamed from an iterator may still be
        being written then, but no request is still reading or writing the store, which is what the caller
        closes next."""
        self._stopped.set()
        if self._signal is not None:
            self._signal.set()
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._active:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._idle.wait(left)
            idle = not self._active
        self._sock.close()
        if not self._served:
            os.close(self._holder_fd)
        return idle
