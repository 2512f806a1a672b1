"""Processes with limits: start a helper joined by a socket pair, cap its memory; few malloc arenas for a
threaded server.

Used by the query workers (server/pool.py), the parse workers (loaders/isolation.py) and `govkg serve`.
Kept apart and light: a query worker must not import the loaders.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import pickle
import resource
import select
import socket
import struct
import subprocess
import sys
from multiprocessing.connection import Connection
from typing import Any


def launch(module: str, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], Connection]:
    """Start `python -m MODULE ARGS... FD` joined to us by a socket pair (FD: the child's end).

    A fresh interpreter rather than fork (unsafe in a threaded server) or multiprocessing's spawn (which
    re-runs the caller's main script in the child)."""
    process, ours = _start(module, args, env)
    return process, Connection(ours.detach())


def launch_channel(
    module: str, *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], Channel]:
    """`launch`, joined by a `Channel` (the child opens its end with `Channel.of_fd`)."""
    process, ours = _start(module, args, env)
    return process, Channel(ours)


def _start(
    module: str, args: tuple[str, ...], env: dict[str, str] | None
) -> tuple[subprocess.Popen[bytes], socket.socket]:
    ours, theirs = socket.socketpair()
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args, str(theirs.fileno())],
        # Few malloc arenas: glibc reserves 64 MB of address space per arena, which a memory cap would count.
        env={**os.environ, "RUST_BACKTRACE": "0", "MALLOC_ARENA_MAX": "2", **(env or {})},
        pass_fds=(theirs.fileno(),),
        stdin=subprocess.DEVNULL,
        close_fds=True,
        start_new_session=True,
    )
    theirs.close()
    return process, ours


_SIZE = struct.Struct("!i")
_LARGE_SIZE = struct.Struct("!Q")
_READ = 65536


class Channel:
    """Pickled messages over a connected socket, one request and one answer at a time: what
    multiprocessing's Connection does (same calls, same bytes on the wire: a 4-byte big-endian length, or -1
    and 8 bytes for 2 GB and more), with less Python per message. The query workers exchange two messages
    per query, and with Connection that was a selector built and torn down by every `poll`, two reads per
    message and a pickler class written in Python: 70-100 us of the server's CPU per query.

    `recv` reads what is there in one call and keeps any rest for the next message."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self._rest = b""
        self._poller = select.poll()
        self._poller.register(sock, select.POLLIN)

    @classmethod
    def of_fd(cls, fd: int) -> Channel:
        """The child's end, from the descriptor number it was given."""
        return cls(socket.socket(fileno=fd))

    def fileno(self) -> int:
        return self.sock.fileno()

    def send(self, obj: Any) -> None:
        data = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        size = len(data)
        header = _SIZE.pack(size) if size < 0x7FFFFFFF else _SIZE.pack(-1) + _LARGE_SIZE.pack(size)
        if size <= _READ:
            self.sock.sendall(header + data)  # one system call for a small message
        else:
            self.sock.sendall(header)  # a large one is not copied to prepend 4 bytes
            self.sock.sendall(data)

    def poll(self, timeout: float | None = 0.0) -> bool:
        """Whether a message (or the end of the stream) can be read within TIMEOUT seconds (None: wait)."""
        if self._rest:
            return True
        wait = -1 if timeout is None else max(0, int(timeout * 1000 + 0.999))
        return bool(self._poller.poll(wait))

    def recv(self) -> Any:
        """The next message; EOFError when the other end closed."""
        size = _SIZE.unpack(self._take(4))[0]
        if size == -1:
            size = _LARGE_SIZE.unpack(self._take(8))[0]
        return pickle.loads(self._take(size))

    def _take(self, n: int) -> bytes | bytearray:
        data = self._rest
        if len(data) < n:
            more = self.sock.recv(max(_READ, n - len(data)))
            if not more:
                raise EOFError("the other end of the channel closed")
            data += more
            if len(data) < n:  # a large message: the rest read in place, never more than it
                buf = bytearray(n)
                buf[: len(data)] = data
                got, view = len(data), memoryview(buf)
                while got < n:
                    count = self.sock.recv_into(view[got:])
                    if not count:
                        raise EOFError("the other end of the channel closed")
                    got += count
                self._rest = b""
                return buf
        self._rest = data[n:]
        return data[:n]

    def close(self) -> None:
        try:
            self._poller.unregister(self.sock)
        except (KeyError, ValueError, OSError):
            pass
        self.sock.close()


def cap_memory(megabytes: int) -> None:
    """Cap this process's address space (0: no cap); never above a cap it already has."""
    if megabytes:
        limit = megabytes * 2**20
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def cpu_backstop(seconds: float) -> None:
    """Let this process use at most SECONDS more CPU time before the kernel stops it (SIGXCPU).

    The parent kills a helper at the time limit; this is for when there is no parent any more (it was killed
    mid-task), so that an orphaned query or parse cannot run on for ever."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + seconds) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


M_ARENA_MAX = -8  # glibc's mallopt parameter


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Keep glibc to ARENAS malloc arenas in this process (as MALLOC_ARENA_MAX would). A threaded server
    otherwise spreads its short-lived allocations over up to eight arenas per core and its resident memory
    creeps up with fragmentation (measured: +26 MiB a minute of questions with 8 clients, +13 MiB with 2
    arenas, then flat). Does nothing where the C library is not glibc."""
    if os.environ.get("MALLOC_ARENA_MAX"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_ARENA_MAX, arenas)
    except (OSError, AttributeError):
        pass
