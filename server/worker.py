"""A query worker process: the store open read-only, one query at a time, answers over a pipe.

The parent kills a worker whose query passes the time limit; that is the only way to stop a pyoxigraph
query, and it frees everything the query held.
"""

from __future__ import annotations

import gc
import signal
import sys
from typing import Any

from ..errors import GovKGError
from ..graph.store import open_read_only
from ..worker_process import Channel, cap_memory, cpu_backstop
from .executor import raw_query_fn, run_query


def _stale_files(error: Exception) -> bool:
    text = str(error)
    return "No such file" in text or "Corruption" in text or "IO error" in text


def main(path: str, conn: Channel) -> None:
    # The parent stops workers itself; Ctrl-C in a terminal must not print a traceback from each one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _, prefixes, memory_mb, cpu_seconds = conn.recv()
    except (EOFError, OSError):
        return
    # A query that needs more memory fails its allocation and the worker aborts; the parent replaces it.
    cap_memory(memory_mb)
    try:
        store: Any = open_read_only(path)
    except Exception as e:  # noqa: BLE001 - reported to the parent, which decides
        conn.send(("error", "StoreError", f"cannot open store {path} read-only: {e}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        op = message[0]
        if op == "stop":
            return
        if op == "reopen":
            store = None
            gc.collect()
            store = open_read_only(path)
            conn.send(("ok", None))
            continue
        _, query, media_types, default_graph, named_graphs, row_limit = message
        cpu_backstop(cpu_seconds)  # should the server die mid-query, this worker stops by itself
        for attempt in (1, 2):
            try:
                result = run_query(
                    raw_query_fn(store),
                    query,
                    media_types,
                    default_graph=default_graph,
                    named_graphs=named_graphs,
                    row_limit=row_limit,
                    prefixes=prefixes,
                )
                conn.send(("ok", result))
            except GovKGError as e:
                conn.send(("error", type(e).__name__, str(e)))
            except (OSError, RuntimeError) as e:
                if attempt == 1 and _stale_files(e):
                    # The writer compacted files this snapshot still lists: look again at the current state.
                    store = None
                    gc.collect()
                    store = open_read_only(path)
                    continue
                conn.send(("error", "StoreError", f"the query failed: {e}"))
            except Exception as e:  # noqa: BLE001 - a worker must survive any one query
                conn.send(("error", "QueryError", f"the query failed: {type(e).__name__}: {e}"))
            break


if __name__ == "__main__":
    main(sys.argv[1], Channel.of_fd(int(sys.argv[2])))
