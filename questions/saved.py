"""The name index kept on disk beside an embedded store, so that a server's first question after a start does
not wait for it to be built again (at a thousand councils the build reads the whole graph: 3-4 minutes).

The file is only read when it is known to describe the store as it is now:

- every write govkg makes to the store removes the file first (graph/store.py, `LocalStore._writable`), from
  whichever process: `govkg load` while the server is stopped leaves no file behind, nor does a process
  stopped half-way through a write. The process that keeps its index in step with its own writes (a server,
  an API user who asks after loading) saves it again when it closes the store, with no write in flight.
- the file carries the store's stamp, for writers that are not this govkg (an older govkg, a program that
  writes documents some other way): RocksDB's IDENTITY (a random id written when the store was created: a store
  made again in the same folder is another store) and the documents' fingerprint (how many, and a hash of
  every document's content hash: a document loaded, replaced or removed changes it; 0.3 s at a thousand
  councils). A program other than govkg that changes triples without changing any document (`oxigraph load`
  of a file into the folder) is not seen: delete the file after such a write (it is only a cache).
  (A stamp of RocksDB's own files was tried: every restart after a write then missed, because opening a
  store replays its log into new tables and compacts them at moments of its own.)
- and the code's: a hash of the source of the packages the index is derived by (the questions, the graph layer,
  the ontology, the gazetteer), and the Python and pyoxigraph versions: an index built by another govkg is
  built again, never read into classes that changed.

Only a store held for writing reads or writes the file (no other process writes it meanwhile); a store opened
read-only, or a remote one, builds its index as before. The file is a pickle, written atomically (a temporary
file renamed over it), trusted as the store's own folder is: whoever can write there can change the store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from functools import cache
from pathlib import Path
from typing import Any

from ..graph.store import SAVED_INDEX_FILE

log = logging.getLogger(__name__)

FILE_NAME = SAVED_INDEX_FILE
FORMAT = 1  # bumped when what is saved changes shape
_PACKAGES = ("questions", "graph", "ontology", "loaders")
_SOURCE_SUFFIXES = frozenset({".py", ".rq", ".yaml", ".yml", ".json", ".csv", ".tsv", ".txt", ".ttl"})


def index_path(store_dir: str | os.PathLike[str]) -> Path:
    return Path(store_dir) / FILE_NAME


def store_stamp(store: Any, store_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """What says which store STORE (in STORE_DIR) is and which documents it holds."""
    from .sparql import run_file

    identity = (Path(store_dir) / "IDENTITY").read_text(encoding="utf-8", errors="replace").strip()
    rows = run_file(store, "fingerprint.rq")
    n, hashes = (rows[0]["n"], rows[0]["hashes"] or "") if rows else (None, "")
    return {"identity": identity, "documents": n, "hashes": hashlib.sha256(hashes.encode()).hexdigest()}


def same_store(saved: dict[str, Any], now: dict[str, Any]) -> bool:
    return bool(now.get("identity")) and saved == now


@cache
def code_stamp() -> str:
    """A hash of the code that derives the index, and of the versions its saved objects depend on."""
    import pyoxigraph

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {pyoxigraph.__version__}".encode())
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
                digest.update(str(path.relative_to(root)).encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def dumps(fields: dict[str, Any]) -> bytes:
    return pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL)


def save(store_dir: str | os.PathLike[str], data: bytes, stamp: dict[str, Any]) -> bool:
    """Write DATA (the index's fields, pickled) beside the store, with the store's STAMP; False (logged) when
    it could not be written: the index is then built again at the next start, as before."""
    path = index_path(store_dir)
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            # the stamps first, in a pickle of their own: a reader that finds them stale reads no further
            pickle.dump({"code": code_stamp(), "store": stamp}, f, protocol=pickle.HIGHEST_PROTOCOL)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return True
    except OSError as e:
        log.warning("could not save the name index beside the store %s: %s", store_dir, e)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def load(store_dir: str | os.PathLike[str], stamp: dict[str, Any]) -> dict[str, Any] | None:
    """The saved index's fields when the file beside the store was written by this code for the store as
    stamped now; None otherwise (no file, another store or version, or a file that cannot be read)."""
    import gc

    path = index_path(store_dir)
    try:
        f = open(path, "rb")
    except OSError:
        return None
    enabled = gc.isenabled()
    try:
        with f:
            head = pickle.load(f)
            if not isinstance(head, dict) or head.get("code") != code_stamp():
                return None
            if not isinstance(head.get("store"), dict) or not same_store(head["store"], stamp):
                return None
            gc.disable()  # hundreds of thousands of small objects, none of them garbage: no collections meanwhile
            state = pickle.load(f)
    except Exception as e:  # a truncated or foreign file is a reason to build, never to fail
        log.warning("ignoring the saved name index %s: %s", path, e)
        return None
    finally:
        if enabled:
            gc.enable()
    return state if isinstance(state, dict) else None
