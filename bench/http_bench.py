"""SPARQL 1.1 Protocol clients for the benchmark: start servers on loopback, time queries, drive 8 clients.

Every loop is bounded by a count and a time budget; everything binds and connects to 127.0.0.1 only.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

LOOPBACK = "127.0.0.1"
ACCEPT = {
    "select": "application/sparql-results+json",
    "construct": "application/n-triples",
    "describe": "application/n-triples",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[bytes]
    base: str
    query_path: str
    log: Path
    ready_s: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def query_url(self) -> str:
        return self.base + self.query_path

    def peak_rss_mib(self) -> float | None:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start(
    name: str,
    cmd: Sequence[str],
    port: int,
    health_path: str,
    query_path: str,
    log: Path,
    timeout_s: float = 60.0,
) -> Server:
    """Start CMD and wait (bounded) until HEALTH_PATH answers; raises RuntimeError with the log tail."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=subprocess.STDOUT, env={**os.environ})
    base = f"http://{LOOPBACK}:{port}"
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout_s:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with status {proc.returncode}: {log.read_text()[-500:]}")
        try:
            resp = requests.get(base + health_path, timeout=2)
            # govkg serve answers at once and warms up in a thread (the question index, then one page of each
            # kind): measured after that, unless it outlasts the time allowed (the endpoint answers meanwhile)
            if resp.status_code < 500 and (not _warming(resp) or time.perf_counter() - t0 > timeout_s - 1):
                return Server(name, proc, base, query_path, log, time.perf_counter() - t0)
        except requests.RequestException:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError(
        f"{name} did not answer {health_path} within {timeout_s:.0f} s: {log.read_text()[-500:]}"
    )


def _warming(resp: requests.Response) -> bool:
    try:
        health = resp.json()
    except ValueError:
        return False
    return isinstance(health, dict) and (health.get("questions") == "warming" or health.get("warm_up") == "running")


def probe(url: str, params: dict[str, str] | None = None) -> tuple[bool, str]:
    """(available, why not): a 404 means the route is not there in this build."""
    try:
        r = requests.get(
            url,
            params=params,
            timeout=10,
            headers={"Accept": "application/sparql-results+json, application/json"},
        )
    except requests.RequestException as e:
        return False, f"no answer ({type(e).__name__})"
    if r.status_code == 404:
        return False, "endpoint not available (404)"
    if r.status_code >= 400:
        return False, f"HTTP {r.status_code}: {r.text[:120]!r}"
    return True, ""


def _count(kind: str, body: bytes) -> int:
    if kind == "select":
        return len(json.loads(body)["results"]["bindings"])
    return sum(1 for line in body.splitlines() if line.strip() and not line.startswith(b"#"))


def sparql_get(session: requests.Session, url: str, query: str, kind: str) -> int:
    r = session.get(url, params={"query": query}, headers={"Accept": ACCEPT[kind]}, timeout=120)
    if r.status_code != 200:
        raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")
    return _count(kind, r.content)


def latency(url: str, query: str, kind: str, reps: int, budget_s: float) -> dict[str, Any]:
    """One warm-up then up to REPS sequential requests within BUDGET_S; ms from request to full body."""
    samples: list[float] = []
    with requests.Session() as s:
        try:
            rows = sparql_get(s, url, query, kind)
        except (RuntimeError, requests.RequestException) as e:
            return {"error": str(e)[:200]}
        started = time.perf_counter()
        for _ in range(reps):
            t0 = time.perf_counter()
            rows = sparql_get(s, url, query, kind)
            samples.append((time.perf_counter() - t0) * 1000)
            if time.perf_counter() - started > budget_s:
                break
    return {"rows": rows, "samples_ms": samples, "median_ms": statistics.median(samples)}


def throughput(
    url: str, query: str, kind: str, clients: int = 8, per_client: int = 250, budget_s: float = 8.0
) -> dict[str, Any]:
    """CLIENTS threads, each with its own session, each sending up to PER_CLIENT requests within BUDGET_S."""
    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + budget_s

    def worker() -> None:
        mine: list[float] = []
        bad = 0
        with requests.Session() as s:
            for _ in range(per_client):
                if time.perf_counter() > deadline:
                    break
                t0 = time.perf_counter()
                try:
                    sparql_get(s, url, query, kind)
                    mine.append((time.perf_counter() - t0) * 1000)
                except (RuntimeError, requests.RequestException):
                    bad += 1
        with lock:
            lat.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=budget_s + 130)
    wall = time.perf_counter() - t0
    return {
        "requests": len(lat),
        "errors": errors[0],
        "wall_s": wall,
        "rps": len(lat) / wall if wall else 0.0,
        "p50_ms": percentile(lat, 50),
        "p95_ms": percentile(lat, 95),
    }


def ask_latency(base: str, question: str, reps: int, budget_s: float) -> dict[str, Any]:
    samples: list[float] = []
    status = None
    with requests.Session() as s:
        started = time.perf_counter()
        for k in range(reps + 1):
            t0 = time.perf_counter()
            try:
                r = s.get(
                    base + "/api/ask", params={"q": question}, headers={"Accept": "application/json"}, timeout=60
                )
            except requests.Timeout:
                # a question slower than a minute is a finding to report, not a reason to stop the run
                return {"status": "timeout", "error": "no answer within 60 s"}
            elapsed = (time.perf_counter() - t0) * 1000
            status = r.status_code
            if status != 200:
                return {"status": status, "error": r.text[:160]}
            if k:
                samples.append(elapsed)
            if time.perf_counter() - started > budget_s:
                break
    return {
        "status": status,
        "samples_ms": samples,
        "median_ms": statistics.median(samples) if samples else None,
    }


def percentile(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile (no interpolation): with few samples p95 is the largest."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]
