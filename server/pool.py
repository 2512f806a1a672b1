"""A pool of query worker processes over an on-disk store, so the time limit really stops a query.

Each worker opens the store read-only (pyoxigraph.Store.read_only) and runs one query at a time. A request
thread borrows an idle worker, sends the query down a pipe and waits at most the time limit; past it, the
worker is killed (freeing its CPU and memory at once) and a fresh one replaces it in the background.

Writes: a read-only RocksDB instance sees the store as it was when opened, and must not rely on files a
writer may compact away. So the server's own writes (SPARQL Update, Graph Store, uploads: everything that
goes through `writing()`) wait for in-flight queries, run alone and flush; then every worker reopens the
store before its next query. Writes that bypass `writing()` are noticed through the store's write-ahead
log (two stat calls per query) and lead to the same reopening. A worker whose snapshot lost files to
compaction reopens and retries once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import ForbiddenQuery, QueryError, QueryTimeout, StoreError
from .executor import (
    DEFAULT_ROW_LIMIT,
    DEFAULT_TIMEOUT,
    ExecResult,
    NotAcceptable,
    effective_timeout,
    prepare,
    timeout_error,
)

if TYPE_CHECKING:
    from ..worker_process import Channel

_ERRORS: dict[str, type[Exception]] = {
    "QueryError": QueryError,
    "NotAcceptable": NotAcceptable,
    "ForbiddenQuery": ForbiddenQuery,
    "StoreError": StoreError,
}
START_TIMEOUT = 60.0
# How long a query may wait for a worker beyond the time limit: long enough for a worker that a slow query
# held to the limit to be replaced, so a burst of slow queries delays fast ones instead of failing them.
QUEUE_GRACE = 5.0
QUEUE_LENGTH = 64


class StoreBusy(StoreError):
    """Every worker is busy (or a write holds them) for longer than a request may wait: 503, try again."""


def _launch(path: str) -> tuple[subprocess.Popen[bytes], Channel]:
    """Start `python -m govkg.server.worker PATH` joined to us by a socket pair."""
    from ..worker_process import launch_channel

    return launch_channel("govkg.server.worker", path)


@dataclass
class _Worker:
    process: Any
    conn: Channel
    generation: int


class _ReadWriteLock:
    """Many queries at once, or one writer alone; a waiting writer holds back new queries."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0

    @contextmanager
    def read(self, wait: float | None = None) -> Iterator[None]:
        """Hold the lock to read; StoreBusy if a writer keeps it longer than WAIT seconds."""
        deadline = None if wait is None else time.monotonic() + wait
        with self._cond:
            while self._writer or self._waiting_writers:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise StoreBusy("the store is being written; try again shortly")
                self._cond.wait(left)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class WalStamp:
    """What changes whenever data is written to the RocksDB directory PATH, for two stat calls a query.

    Every write appends to the newest write-ahead log (*.log). Its name is looked up again only when the
    directory changes (new files). A compaction changes no data but does change the stamp, through the table
    files (*.sst) the same scan counts: a read-only worker opened before it keeps a view of the files it
    deletes, and its next query does not fail cleanly (at a hundred councils, on a store bulk-loaded and first
    opened by `govkg serve`, the workers died at the 4096 MB cap: issue 15), so workers reopen after it too.
    """

    # Directory times move in coarse clock ticks (jiffies), so a log created in the same tick as our scan
    # leaves the mtime as it was. A scan made this soon after the directory's mtime is not trusted: the
    # next call looks again, as git does with its "racily clean" index entries.
    RACY_NS = 1_000_000_000

    def __init__(self, path: str):
        self.path = path
        self._dir_mtime: int | None = None
        self._wal: str | None = None
        self._tables: tuple[int, str] = (0, "")  # how many table files, and the newest: moved by a compaction
        self._trusted = False
        # value() is called by every request thread; the cache (mtime, log name, trust) changes as one
        self._lock = threading.Lock()

    def _newest_wal(self) -> str | None:
        try:
            names = [e.name for e in os.scandir(self.path)]
        except OSError:
            return None
        logs = [n for n in names if n.endswith(".log")]
        tables = [n for n in names if n.endswith(".sst")]
        self._tables = (len(tables), max(tables, default=""))
        return os.path.join(self.path, max(logs)) if logs else None

    def value(self) -> tuple[Any, ...]:
        with self._lock:
            try:
                dir_mtime = os.stat(self.path).st_mtime_ns
            except OSError:
                return ()
            if dir_mtime != self._dir_mtime or self._wal is None or not self._trusted:
                self._wal = self._newest_wal()
                self._dir_mtime = dir_mtime
                self._trusted = time.time_ns() - dir_mtime >= self.RACY_NS
            if self._wal is None:
                return ()
            try:
                st = os.stat(self._wal)
            except OSError:
                self._dir_mtime = None  # rotated away: look again next time
                return ("rotated",)
            return (self._wal, st.st_size, st.st_mtime_ns, *self._tables)


class WorkerPool:
    """The app's executor for an on-disk store: SIZE worker processes, killed and replaced on timeout."""

    def __init__(
        self,
        path: str,
        *,
        size: int = 2,
        timeout: float = DEFAULT_TIMEOUT,
        row_limit: int = DEFAULT_ROW_LIMIT,
        allow_service: bool = False,
        prefixes: dict[str, str] | None = None,
        flush: Any = None,
        memory_mb: int = 0,
        queue_length: int = QUEUE_LENGTH,
    ):
        self.path = str(path)
        self.queue_length = queue_length
        self.memory_mb = memory_mb
        self.size = max(1, size)
        self.timeout = timeout
        self.row_limit = row_limit
        self.allow_service = allow_service
        self.prefixes = prefixes
        self._flush = flush
        self._idle: list[_Worker] = []
        self._all: set[int] = set()
        self._cond = threading.Condition()
        self._rw = _ReadWriteLock()
        self._generation = 0
        self._wal = WalStamp(self.path)
        self._stamp = self._wal.value()
        self._started = False
        self._closed = False
        self._starting = 0  # workers being started
        self._waiting = 0  # requests queued for a worker
        self._start_error: str | None = None
        self.restarts = 0  # workers killed at a limit (exported as a metric)
        self.refreshes = 0  # times the workers had to reopen the store after a write

    # -- lifecycle

    def start(self) -> None:
        with self._cond:
            if self._started or self._closed:
                return
            self._started = True
        threads = [threading.Thread(target=self._add_worker, daemon=True) for _ in range(self.size)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with self._cond:
            if not self._all and self._start_error:
                raise StoreError(self._start_error)

    def _spawn(self) -> _Worker:
        generation = self._generation
        process, conn = _launch(self.path)
        try:
            conn.send(("config", self.prefixes, self.memory_mb, 2 * self.timeout + 5))
            if not conn.poll(START_TIMEOUT):
                raise StoreError("a query worker did not start in time")
            status, detail = conn.recv()
        except (OSError, EOFError, StoreError) as e:
            process.kill()
            code = process.wait()
            conn.close()
            hint = f" under its {self.memory_mb} MB memory limit" if self.memory_mb else ""
            raise StoreError(f"a query worker failed to start{hint} (exit status {code}) {e}".rstrip()) from None
        if status != "ready":
            process.wait(5)
            conn.close()
            raise StoreError(str(detail))
        return _Worker(process, conn, generation)

    def _add_worker(self) -> None:
        with self._cond:
            self._starting += 1
        try:
            w = self._spawn()
        except (StoreError, OSError, EOFError) as e:
            with self._cond:
                self._starting -= 1
                self._start_error = str(e)
                self._cond.notify_all()
            return
        with self._cond:
            self._starting -= 1
            self._start_error = None
            if self._closed:
                self._stop(w)
                return
            self._all.add(id(w))
            self._idle.append(w)
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers, self._idle = self._idle, []
            self._cond.notify_all()
        for w in workers:
            self._stop(w)

    @staticmethod
    def _stop(w: _Worker) -> None:
        try:
            w.conn.send(("stop",))
        except (OSError, ValueError):
            pass
        try:
            w.process.wait(0.5)
        except subprocess.TimeoutExpired:
            w.process.kill()
            w.process.wait()
        w.conn.close()

    def _kill(self, w: _Worker) -> None:
        w.process.kill()
        w.process.wait()
        w.conn.close()
        with self._cond:
            self._all.discard(id(w))
        if not self._closed:
            threading.Thread(target=self._add_worker, daemon=True).start()

    def status(self) -> dict[str, Any]:
        """For /healthz: the workers alive, idle and starting, and requests waiting for one (never blocks
        on a query)."""
        with self._cond:
            return {
                "size": self.size,
                "alive": len(self._all),
                "idle": len(self._idle),
                "starting": self._starting,
                "waiting": self._waiting,
                "error": None if self._all else self._start_error,
            }

    def describe(self) -> str:
        """How queries run, for the server's start-up line."""
        memory = f", {self.memory_mb} MB each" if self.memory_mb else ""
        return f"{self.size} query worker processes{memory}"

    # -- borrowing

    def _acquire(self, wait: float) -> _Worker:
        """An idle worker, waiting in a short queue for one to come free (or be replaced) for at most WAIT
        seconds; StoreBusy when the queue is full or the wait runs out."""
        deadline = time.monotonic() + wait
        with self._cond:
            if not self._idle and self._waiting >= self.queue_length:
                raise StoreBusy(
                    f"all {self.size} query workers are busy and {self._waiting} queries are waiting; "
                    "try again shortly"
                )
            self._waiting += 1
            try:
                while not self._idle:
                    if self._closed:
                        raise StoreError("the query service is shutting down")
                    if not self._all and not self._starting and self._start_error:
                        raise StoreError(self._start_error)
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise StoreBusy(
                            f"all {self.size} query workers stayed busy for {wait:g} s; try again shortly"
                        )
                    self._cond.wait(left)
                return self._idle.pop()
            finally:
                self._waiting -= 1

    def _release(self, w: _Worker) -> None:
        with self._cond:
            self._idle.append(w)
            self._cond.notify()

    def _reopen(self, w: _Worker) -> bool:
        try:
            w.conn.send(("reopen",))
            if w.conn.poll(START_TIMEOUT):
                w.conn.recv()
                w.generation = self._generation
                return True
        except (OSError, EOFError):
            pass
        return False

    # -- the executor interface

    def run(
        self,
        query: str,
        media_types: str | Sequence[str] | None,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> ExecResult:
        query = prepare(query, allow_service=self.allow_service)
        limit = effective_timeout(self.timeout, timeout)
        if not self._started:
            self.start()
        if self._wal.value() != self._stamp:
            self.refresh()
        wait = self.timeout + QUEUE_GRACE  # for a write to finish and a worker to come free, together
        queued = time.monotonic()
        with self._rw.read(wait):
            w = self._acquire(max(0.0, wait - (time.monotonic() - queued)))
            if w.generation != self._generation and not self._reopen(w):
                self._kill(w)
                raise StoreError("a query worker could not reopen the store")
            try:
                w.conn.send(
                    (
                        "query",
                        query,
                        media_types,
                        list(default_graph) if default_graph is not None else None,
                        list(named_graphs) if named_graphs is not None else None,
                        self.row_limit,
                    )
                )
                if not w.conn.poll(limit):
                    self.restarts += 1
                    self._kill(w)
                    raise timeout_error(limit)
                status, *payload = w.conn.recv()
            except (OSError, EOFError):
                self._kill(w)
                self.restarts += 1
                if self.memory_mb and w.process.returncode == -signal.SIGABRT:
                    # Rust aborts when an allocation fails under the worker's address-space limit.
                    raise QueryTimeout(
                        f"it needed more than the {self.memory_mb} MB of memory a query may use. "
                        "Narrow it (LIMIT, more specific patterns) or ask the operator for a higher limit."
                    ) from None
                raise StoreError("the query worker stopped unexpectedly") from None
            self._release(w)
        if status == "ok":
            return payload[0]
        name, message = payload
        raise _ERRORS.get(name, QueryError)(message)

    def refresh(self) -> None:
        """Make every worker see the store as it is now: each reopens it before its next query."""
        with self._cond:
            stamp = self._wal.value()
            if stamp != self._stamp:
                self._stamp = stamp
                self._generation += 1
                self.refreshes += 1

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold queries back while the server writes, then let every worker see the new state."""
        with self._rw.write():
            try:
                yield
            finally:
                if self._flush is not None:
                    self._flush()
                with self._cond:
                    self._stamp = self._wal.value()
                    self._generation += 1
                    self.refreshes += 1
