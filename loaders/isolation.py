"""Read files in a separate process, under a memory cap and a time limit, so that no single file can take the
caller down: not a decompression bomb, not a pathological layout that makes a parser crawl or crash.

    with ParsePool(timeout=60, memory_mb=2048) as pool:
        report = load_paths(store, paths, reader=pool.read)

`ParsePool.read(path, ctx)` has the signature of `loaders.read_source` and gives the same documents (or
LoadError). Each worker is a fresh interpreter (`python -m govkg.loaders.isolation`) joined by a socket pair;
it reads one file at a time with its address space capped (RLIMIT_AS). A file that passes the time limit has
its worker killed, which stops the work at once; one that needs more memory fails its allocations and its
worker dies or reports MemoryError; either way the caller gets a LoadError naming the file and the limit,
and a fresh worker reads the next file. The web server reads uploads this way, so its own process and
/healthz stay responsive while any upload is parsed; `govkg load` does too.

A worker is a boundary for resources, not for privileges: it runs as the same user with the same files.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import GovKGError, LoadError, StoreError
from ..worker_process import cap_memory, cpu_backstop, launch

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 2048
START_TIMEOUT = 60.0


class ParserBusy(RuntimeError):
    """Every parse worker stayed busy for longer than a caller may wait (the server answers 503). Not a
    GovKGError, so that it stops a whole load instead of failing each file in turn."""


class _Worker:
    def __init__(self, memory_mb: int, timeout: float):
        self.process, self.conn = launch("govkg.loaders.isolation")
        try:
            self.conn.send(("config", memory_mb, 2 * timeout + 5))
            if not self.conn.poll(START_TIMEOUT) or self.conn.recv() != ("ready",):
                raise OSError("no ready signal")
        except (OSError, EOFError) as e:
            code = self.kill()
            raise StoreError(f"a parse worker failed to start (exit status {code}) {e}".rstrip()) from None

    def kill(self) -> int | None:
        try:
            self.process.kill()
        except OSError:
            pass
        code = self.process.wait()
        self.conn.close()
        return code

    def stop(self) -> None:
        try:
            self.conn.send(("stop",))
            self.process.wait(2)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        self.kill()


class ParsePool:
    """SIZE parse workers (started on first use); `read` waits at most WAIT seconds for a free one."""

    def __init__(
        self, *, size: int = 1, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
        wait: float | None = None,
    ):
        self.size = max(1, size)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.wait = 2 * timeout if wait is None else wait
        self._idle: list[_Worker] = []
        self._busy = 0
        self._cond = threading.Condition()
        self._closed = False
        self.restarts = 0  # workers killed at a limit or lost

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()

    def _acquire(self) -> _Worker | None:
        """An idle worker, or None when the caller may start a new one."""
        deadline = time.monotonic() + self.wait
        with self._cond:
            while not self._idle and self._busy >= self.size:
                left = deadline - time.monotonic()
                if self._closed:
                    raise StoreError("the parse workers are shutting down")
                if left <= 0:
                    raise ParserBusy(
                        f"the server is reading other uploads (all {self.size} parse workers busy); try again shortly"
                    )
                self._cond.wait(left)
            self._busy += 1
            return self._idle.pop() if self._idle else None

    def _release(self, worker: _Worker | None) -> None:
        with self._cond:
            self._busy -= 1
            if worker is not None and not self._closed:
                self._idle.append(worker)
                worker = None
            self._cond.notify()
        if worker is not None:
            worker.stop()

    def read(self, path: Path, ctx: Any) -> list[Any]:
        """Documents of PATH, read in a worker under the limits; LoadError naming PATH when it fails."""
        worker = self._acquire()
        try:
            if worker is None:
                worker = _Worker(self.memory_mb, self.timeout)
            return self._read(worker, path, ctx)
        except _Lost as lost:
            worker = None
            raise lost.error from None
        finally:
            self._release(worker)

    def _read(self, worker: _Worker, path: Path, ctx: Any) -> list[Any]:
        try:
            worker.conn.send(("read", str(path), ctx))
            if not worker.conn.poll(self.timeout):
                worker.kill()
                self.restarts += 1
                raise _Lost(LoadError(
                    str(path), f"reading it took longer than {self.timeout:g} s, the limit for one file; "
                    "nothing from it was loaded (split it, or ask the operator for a longer limit)",
                ))
            reply = worker.conn.recv()
        except (OSError, EOFError):
            code = worker.kill()
            self.restarts += 1
            raise _Lost(self._death(path, code)) from None
        status = reply[0]
        if status == "ok":
            return reply[1]
        if status == "memory":
            worker.kill()
            self.restarts += 1
            raise _Lost(self._memory_error(path))
        _, source, reason, line = reply
        raise LoadError(source, reason, line)

    def _memory_error(self, path: Path) -> LoadError:
        return LoadError(
            str(path), f"reading it needed more than the {self.memory_mb} MB of memory one file may use; nothing "
            "from it was loaded (is it a decompression bomb, or a document too large to load here?)",
        )

    def _death(self, path: Path, code: int | None) -> LoadError:
        # Rust and C libraries abort, or the kernel kills, when an allocation fails under the cap.
        if self.memory_mb and code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV, -signal.SIGBUS):
            return self._memory_error(path)
        return LoadError(str(path), f"the reader stopped unexpectedly on it (exit status {code}); nothing was loaded")

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers, self._idle = self._idle, []
            self._cond.notify_all()
        for w in workers:
            w.stop()


class _Lost(Exception):
    """The worker was killed or died: the error to report, with the worker gone."""

    def __init__(self, error: LoadError):
        self.error = error


def main(fd: int) -> None:
    """The worker: read files one at a time, answering with their documents or the error."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us; Ctrl-C must not print tracebacks
    conn = Connection(fd)
    try:
        _, memory_mb, cpu_seconds = conn.recv()
    except (EOFError, OSError):
        return
    from . import read_source  # imported before the cap: the loaders and their gazetteers are not the file's
    from .documents import warm_up

    warm_up()  # the word lists and gazetteers loaded now, not inside the first file's time, and kept out of GC
    cap_memory(memory_mb)
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] != "read":
            return
        _, path, ctx = message
        cpu_backstop(cpu_seconds)  # should the parent die mid-file, this worker stops by itself
        try:
            reply: tuple[Any, ...] = ("ok", read_source(Path(path), ctx))
        except MemoryError:
            reply = ("memory",)
        except LoadError as e:
            reply = ("error", e.source, e.reason, e.line)
        except GovKGError as e:
            reply = ("error", path, str(e), None)
        except RecursionError:
            reply = ("error", path, "nested too deeply to read", None)
        except Exception as e:  # noqa: BLE001 - a loader bug on one odd file must not stop the others
            reply = ("error", path, f"could not be read ({type(e).__name__}: {e})", None)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("memory",))
        if reply[0] == "memory":
            return  # a heap that ran out is not trusted with the next file


if __name__ == "__main__":
    main(int(sys.argv[1]))
