"""Read files in a separate process, under a memory cap and a time limit, so that no single file can take the
caller down: not a decompression bomb, not a pathological layout that makes a parser crawl or crash.

    with ParsePool(timeout=60, memory_mb=2048) as pool:
        report = load_paths(store, paths, reader=pool.read)

`ParsePool.read(path, ctx)` has the signature of `loaders.read_source` and gives the same documents (or
LoadError). Each worker is a process of its own (forked from a template, below, or a fresh interpreter:
`python -m govkg.loaders.isolation`) joined by a socket pair; it reads one file at a time with its address
space capped (RLIMIT_AS). A file that passes the time limit has its worker killed, which stops the work at
once; one that needs more memory fails its allocations and its worker dies or reports MemoryError; either way
the caller gets a LoadError naming the file and the limit, and a new worker reads the next file. The web
server reads uploads this way, so its own process and /healthz stay responsive while any upload is parsed;
`govkg load` does too.

Where the system allows (Linux: fork and pidfds), workers are forked from a template: one fresh interpreter
(`python -m govkg.loaders.isolation --template`) imports the readers and warms them up once, then forks a
worker for each request. A fresh worker spent 1.1-1.3 s of CPU on that start (compiling ~1,900 regular
expressions, loading the word lists and the gazetteer); a forked one starts in milliseconds, so `--jobs 2`
pays it once instead of twice, and a worker killed at a limit is replaced at no such cost. The template is
single-threaded (fork is safe there, never in the caller, which may run threads), reads no file and holds no
worker's socket; it reaps its children and passes their exit statuses on, so that a worker's death is reported
exactly as a fresh worker's (the status the memory-death message is chosen by). The parent kills a forked
worker through its pidfd, which cannot name a reused process id.

A worker is a boundary for resources, not for privileges: it runs as the same user with the same files.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import GovKGError, LoadError, StoreError
from ..worker_process import cap_memory, cpu_backstop, launch, launch_socket

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 2048
START_TIMEOUT = 60.0


class ParserBusy(RuntimeError):
    """Every parse worker stayed busy for longer than a caller may wait (the server answers 503). Not a
    GovKGError, so that it stops a whole load instead of failing each file in turn."""


# A template can be used where the parent can hold a pidfd for a process it did not start itself.
CAN_FORK = hasattr(os, "fork") and hasattr(os, "pidfd_open") and hasattr(signal, "pidfd_send_signal")
_MESSAGE = 4096  # the template's messages are a few small tuples


class _Template:
    """The warmed template process, and the parent's side of its socket (SOCK_SEQPACKET: one message per
    send, a descriptor travelling with it). Thread-safe: one request on the socket at a time."""

    def __init__(self) -> None:
        self.process, self.sock = launch_socket("govkg.loaders.isolation", "--template", kind=socket.SOCK_SEQPACKET)
        self._lock = threading.Lock()
        self._exits: dict[int, int] = {}  # exit statuses heard from the template, not yet asked for
        self.alive = True
        try:
            reply = self._next(START_TIMEOUT)
            if reply is None or reply[0] != ("ready",):
                raise OSError("no ready signal")
        except (OSError, EOFError) as e:
            code = self.close()
            raise StoreError(f"a parse worker failed to start (exit status {code}) {e}".rstrip()) from None

    def _next(self, timeout: float | None) -> tuple[tuple[Any, ...], list[int]] | None:
        """The next message with its descriptors (an exit status is also kept for `exit_status`); None when
        TIMEOUT passes first; EOFError once the template has gone."""
        if not _readable(self.sock.fileno(), timeout):
            return None
        data, fds, _flags, _addr = socket.recv_fds(self.sock, _MESSAGE, 1)
        if not data:
            self.alive = False
            raise EOFError("the parse workers' template has gone")
        message = pickle.loads(data)
        if message[0] == "exit":
            self._exits[message[1]] = message[2]
        return message, fds

    def fork(self, memory_mb: int, cpu_seconds: float) -> tuple[_Forked, Connection]:
        """A worker forked from the template, capped at MEMORY_MB, and our end of its connection."""
        ours, theirs = socket.socketpair()
        reply = None
        try:
            with self._lock:
                try:
                    socket.send_fds(self.sock, [pickle.dumps(("fork", memory_mb, cpu_seconds))], [theirs.fileno()])
                except OSError:
                    self.alive = False
                    raise
                finally:
                    theirs.close()
                deadline = time.monotonic() + START_TIMEOUT
                while (reply := self._next(max(0.0, deadline - time.monotonic()))) and reply[0][0] == "exit":
                    pass  # another worker's end, kept
                if reply is not None and reply[0][0] == "forked":
                    self._exits.pop(reply[0][1], None)  # a status left by an earlier process of that id
            if reply is None or reply[0][0] != "forked" or len(reply[1]) != 1:
                raise OSError("the template forked no worker")
        except BaseException:
            ours.close()
            for fd in reply[1] if reply else ():
                os.close(fd)
            raise
        return _Forked(self, reply[0][1], reply[1][0]), Connection(ours.detach())

    def exit_status(self, pid: int, pidfd: int, timeout: float | None) -> int | None:
        """PID's exit status as the template reaped it, waiting up to TIMEOUT (subprocess.TimeoutExpired past
        it). Should the template have gone, the status is lost: None once the process has ended."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while self.alive and pid not in self._exits:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise subprocess.TimeoutExpired(f"parse worker {pid}", timeout or 0)
                try:
                    self._next(left)  # only exit statuses come while we hold the lock (no fork is asked)
                except (OSError, EOFError):
                    break
            if pid in self._exits:
                return self._exits.pop(pid)
        # the template went: its children were handed to init, which reaps them; the pidfd says when
        if not _readable(pidfd, timeout):
            raise subprocess.TimeoutExpired(f"parse worker {pid}", timeout or 0)
        return None

    def close(self) -> int | None:
        """Stop the template (it reaps its workers first, so their CPU is counted in ours) and its exit status."""
        self.alive = False
        try:
            self.sock.close()
        except OSError:
            pass
        try:
            return self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


def _readable(fd: int, timeout: float | None) -> bool:
    """Whether FD can be read within TIMEOUT seconds (None: wait); poll, as a server's descriptors may pass
    select's limit of 1024."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(None if timeout is None else max(0, int(timeout * 1000 + 0.999))))


class _Forked:
    """A worker forked by the template, with the calls of subprocess.Popen that _Worker makes."""

    def __init__(self, template: _Template, pid: int, pidfd: int):
        self.template = template
        self.pid = pid
        self.pidfd = pidfd
        self.returncode: int | None = None
        self._ended = False

    def kill(self) -> None:
        if not self._ended:
            try:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended already

    def wait(self, timeout: float | None = None) -> int | None:
        if not self._ended:
            self.returncode = self.template.exit_status(self.pid, self.pidfd, timeout)
            self._ended = True
            os.close(self.pidfd)
        return self.returncode


class _Worker:
    def __init__(self, memory_mb: int, timeout: float, template: _Template | None = None):
        if template is None:
            self.process, self.conn = launch("govkg.loaders.isolation")
        else:
            self.process, self.conn = template.fork(memory_mb, 2 * timeout + 5)  # type: ignore[assignment]
        try:
            if template is None:
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
    """SIZE parse workers (started on first use); `read` waits at most WAIT seconds for a free one. With
    TEMPLATE (where the system allows it), workers are forked from one warmed template process."""

    def __init__(
        self, *, size: int = 1, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
        wait: float | None = None, template: bool = True,
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
        self.use_template = template and CAN_FORK
        self._template: _Template | None = None
        self._template_lock = threading.Lock()

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
                worker = self._start()
            return self._read(worker, path, ctx)
        except _Lost as lost:
            worker = None
            raise lost.error from None
        finally:
            self._release(worker)

    def _start(self) -> _Worker:
        """A new worker: forked from the template (started on first need, and again should it have gone),
        else a fresh interpreter."""
        if not self.use_template:
            return _Worker(self.memory_mb, self.timeout)
        for _attempt in range(2):
            with self._template_lock:
                if self._closed:  # a read after close: a worker of its own, stopped after it, as ever
                    return _Worker(self.memory_mb, self.timeout)
                if self._template is None or not self._template.alive:
                    if self._template is not None:
                        self._template.close()
                    self._template = _Template()
                template = self._template
            try:
                return _Worker(self.memory_mb, self.timeout, template)
            except (OSError, EOFError) as e:
                if template.alive:
                    raise StoreError(f"a parse worker failed to start ({e})") from None
        raise StoreError("a parse worker failed to start (its template stopped)")

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
        with self._template_lock:
            template, self._template = self._template, None
        if template is not None:
            template.close()


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
    _warm()
    cap_memory(memory_mb)
    conn.send(("ready",))
    _serve(conn, cpu_seconds)


def _warm() -> None:
    from . import read_source  # noqa: F401 - imported before the cap: the loaders and gazetteers are not the file's
    from .documents import warm_up

    warm_up()  # the word lists and gazetteers loaded now, not inside the first file's time, and kept out of GC


def _serve(conn: Connection, cpu_seconds: float) -> None:
    from . import read_source

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


def template_main(fd: int) -> None:
    """The template: warm the readers once, then fork a worker for each request. Single-threaded (no thread
    may hold a lock across the fork); SIGCHLD wakes the loop, which reaps the workers and sends their exit
    statuses to the parent. It ends when the parent closes the socket, once its workers have ended."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sock = socket.socket(fileno=fd)
    _warm()
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # a handler, so that the signal reaches the wakeup pipe
    children: set[int] = set()

    def send(message: tuple[Any, ...], fds: list[int] = []) -> None:  # noqa: B006 - never changed
        socket.send_fds(sock, [pickle.dumps(message)], fds)

    def reap(block: bool) -> None:
        while children:
            try:
                pid, status = os.waitpid(-1, 0 if block else os.WNOHANG)
            except ChildProcessError:
                children.clear()
                return
            if pid == 0:
                return
            children.discard(pid)
            try:
                send(("exit", pid, os.waitstatus_to_exitcode(status)))
            except OSError:
                pass  # the parent has gone

    send(("ready",))
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    poller.register(wake_r, select.POLLIN)
    while True:
        ready = dict(poller.poll())
        if wake_r in ready:
            os.read(wake_r, 4096)
            reap(block=False)
        if sock.fileno() not in ready:
            continue
        try:
            data, fds, _flags, _addr = socket.recv_fds(sock, _MESSAGE, 1)
        except OSError:
            data, fds = b"", []
        if not data:
            break
        _, memory_mb, cpu_seconds = pickle.loads(data)
        pid = os.fork()
        if pid == 0:
            _forked_worker(fds[0], memory_mb, cpu_seconds, (sock.fileno(), wake_r, wake_w))
        os.close(fds[0])  # the worker's socket is the worker's alone: its end of file must reach the parent
        children.add(pid)
        pidfd = os.pidfd_open(pid)  # not reaped yet (only this loop reaps), so PID is still this child
        try:
            send(("forked", pid), [pidfd])
        finally:
            os.close(pidfd)
    # the parent closed: its workers see their own sockets close and end; reap them so that their CPU is
    # counted in ours (and so in the parent's), then go
    deadline = time.monotonic() + 5
    while children and time.monotonic() < deadline:
        reap(block=False)
        time.sleep(0.01)


def _forked_worker(fd: int, memory_mb: int, cpu_seconds: float, template_fds: tuple[int, ...]) -> None:
    """A worker's life in a child of the template: never returns (into the template's loop)."""
    code = 0
    try:
        # a session of its own, as a fresh worker has (start_new_session): so too its own scheduling group
        # where the kernel groups by session (autogroup), rather than two workers sharing one group's CPU
        os.setsid()
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for f in template_fds:
            os.close(f)
        conn = Connection(fd)
        cap_memory(memory_mb)
        conn.send(("ready",))
        _serve(conn, cpu_seconds)
    except BaseException:  # noqa: BLE001 - as an interpreter would: the traceback, and exit status 1
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    if sys.argv[1] == "--template":
        template_main(int(sys.argv[2]))
    else:
        main(int(sys.argv[1]))
