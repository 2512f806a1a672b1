"""Processes with limits: start a helper joined by a socket pair, cap its memory; few malloc arenas for a
threaded server.

Used by the query workers (server/pool.py), the parse workers (loaders/isolation.py) and `govkg serve`.
Kept apart and light: a query worker must not import the loaders.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import resource
import socket
import subprocess
import sys
from multiprocessing.connection import Connection


def launch(module: str, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], Connection]:
    """Start `python -m MODULE ARGS... FD` joined to us by a socket pair (FD: the child's end).

    A fresh interpreter rather than fork (unsafe in a threaded server) or multiprocessing's spawn (which
    re-runs the caller's main script in the child)."""
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
    return process, Connection(ours.detach())


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
