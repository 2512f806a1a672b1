"""Request counts, latencies and errors, served at /metrics in the Prometheus text format (0.0.4)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import defaultdict
from typing import Any

from flask import Flask, Response, g, request

# One JSON line per request when enabled (`govkg serve --access-log`), for log shippers.
ACCESS_LOG = logging.getLogger("govkg.access")
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.latency: dict[str, list[float]] = {}  # endpoint -> [bucket counts..., sum, count]
        self.errors: dict[str, int] = defaultdict(int)

    def observe(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(endpoint, method, status)] += 1
            h = self.latency.setdefault(endpoint, [0.0] * (len(BUCKETS) + 2))
            for i, b in enumerate(BUCKETS):
                if seconds <= b:
                    h[i] += 1
            h[-2] += seconds
            h[-1] += 1

    def record(
        self, endpoint: str, method: str, status: int, seconds: float, *, path: str, length: int | None,
        truncated: bool, client: str | None,
    ) -> None:
        """One answered request: counted and timed, and logged as one JSON line when the access log is on."""
        self.observe(endpoint, method, status, seconds)
        if ACCESS_LOG.isEnabledFor(logging.INFO):
            ACCESS_LOG.info(
                json.dumps(
                    {
                        "method": method,
                        "path": path,
                        "status": status,
                        "ms": round(seconds * 1000, 2),
                        "bytes": length,
                        "truncated": truncated,
                        "client": client,
                    }
                )
            )

    def count_error(self, kind: str) -> None:
        with self._lock:
            self.errors[kind] += 1

    def render(self, extra: dict[str, float]) -> str:
        out = [
            "# HELP govkg_http_requests_total HTTP requests by endpoint, method and status.",
            "# TYPE govkg_http_requests_total counter",
        ]
        with self._lock:
            for (ep, method, status), n in sorted(self.requests.items()):
                out.append(f'govkg_http_requests_total{{endpoint="{ep}",method="{method}",status="{status}"}} {n}')
            out += [
                "# HELP govkg_http_request_duration_seconds Time to answer, by endpoint.",
                "# TYPE govkg_http_request_duration_seconds histogram",
            ]
            for ep, h in sorted(self.latency.items()):
                for i, b in enumerate(BUCKETS):
                    out.append(f'govkg_http_request_duration_seconds_bucket{{endpoint="{ep}",le="{b}"}} {int(h[i])}')
                out.append(f'govkg_http_request_duration_seconds_bucket{{endpoint="{ep}",le="+Inf"}} {int(h[-1])}')
                out.append(f'govkg_http_request_duration_seconds_sum{{endpoint="{ep}"}} {h[-2]:.6f}')
                out.append(f'govkg_http_request_duration_seconds_count{{endpoint="{ep}"}} {int(h[-1])}')
            out += [
                "# HELP govkg_query_errors_total Failed queries by kind (QueryError, QueryTimeout, ...).",
                "# TYPE govkg_query_errors_total counter",
            ]
            for kind, n in sorted(self.errors.items()):
                out.append(f'govkg_query_errors_total{{kind="{kind}"}} {n}')
        for name, value in extra.items():
            out += [
                f"# TYPE {name} gauge" if not name.endswith("_total") else f"# TYPE {name} counter",
                f"{name} {value}",
            ]
        return "\n".join(out) + "\n"


def install(app: Flask) -> Metrics:
    metrics = Metrics()
    app.extensions["govkg.metrics"] = metrics

    @app.before_request
    def _start() -> None:
        g.govkg_t0 = time.perf_counter()

    @app.after_request
    def _observe(resp: Response) -> Response:
        t0 = getattr(g, "govkg_t0", None)
        if t0 is not None:
            metrics.record(
                request.url_rule.rule if request.url_rule is not None else "unmatched",
                request.method,
                resp.status_code,
                time.perf_counter() - t0,
                path=request.path,
                length=resp.content_length,
                truncated=resp.headers.get("GovKG-Truncated") == "true",
                client=request.remote_addr,
            )
        return resp

    @app.get("/metrics")
    def metrics_view() -> Any:
        executor = app.extensions["govkg.executor"]
        extra = {
            "govkg_query_timeout_seconds": executor.timeout,
            "govkg_query_row_limit": executor.row_limit,
            "govkg_query_worker_restarts_total": getattr(executor, "restarts", 0),
            "govkg_store_reopens_total": getattr(executor, "refreshes", 0),
        }
        return Response(metrics.render(extra), mimetype="text/plain", content_type="text/plain; version=0.0.4")

    return metrics
