"""Helper processes with limits: start one joined by a socket pair, cap its memory.

Used by the query workers (server/pool.py) and the parse workers (loaders/isolation.py). Kept apart and
light: a query worker must not import the loaders.
"""

from __future__ import annotations

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
