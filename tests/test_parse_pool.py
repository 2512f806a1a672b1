"""The parse workers (loaders/isolation.py), forked from a warmed template or started as fresh interpreters:
the same documents as a reading in this process, and the same errors and limits either way. A worker that hangs
is killed at the time limit, one killed by a signal (as the kernel kills at a memory cap) or that crashes is
reported by its exit status, each replaced by a new worker; the memory cap is set on every worker; closing the
pool leaves no process behind. Real processes throughout: a named pipe stands for a file whose reading hangs,
and signals sent from here for the deaths."""

from __future__ import annotations

import errno
import os
import signal
import time
from pathlib import Path

import pytest

from govkg.errors import LoadError
from govkg.loaders import LoadContext, read_source
from govkg.loaders.isolation import CAN_FORK, ParsePool

PAPER = """Westmarch Safer Communities Partnership

Minutes of the meeting held on 3 May 2024 at County Hall, Westmarch.

Present: Councillor Jane Holloway (Chair), Westmarch County Council; Superintendent Ravi Marsh, Westmarch Police.

1. The Partnership received the annual strategic assessment. The Westmarch Community Safety Partnership reports
to the Westmarch Police and Crime Panel.
"""

MODES = [pytest.param(True, id="forked"), pytest.param(False, id="fresh")]
if not CAN_FORK:
    MODES[0] = pytest.param(True, id="forked", marks=pytest.mark.skip(reason="no fork and pidfd on this system"))

MEMORY_MESSAGE = ("reading it needed more than the {mb} MB of memory one file may use; nothing from it was loaded "
                  "(is it a decompression bomb, or a document too large to load here?)")


def _paper(folder: Path, name: str = "minutes.txt") -> Path:
    path = folder / name
    path.write_text(PAPER, encoding="utf-8")
    return path


def _ended(pid: int, timeout: float = 10) -> bool:
    """Whether PID has ended and been reaped (no process, not even a zombie)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return True
        time.sleep(0.02)
    return False


def _worker_pid(pool: ParsePool) -> int:
    assert len(pool._idle) == 1
    return pool._idle[0].process.pid


class _Hanging:
    """A named pipe with a .txt name: reading it blocks until a writer comes. `entered()` waits until a worker
    is inside the read (the writer's open succeeds only once a reader has the pipe open), and holds it there."""

    def __init__(self, folder: Path):
        self.path = folder / "endless.txt"
        os.mkfifo(self.path)
        self.fd: int | None = None

    def entered(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self.fd is None:
            try:
                self.fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                if e.errno != errno.ENXIO or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


def _read_while(pool: ParsePool, path: Path, act) -> LoadError:
    """Read PATH in a thread of ours, run ACT once the worker is blocked inside it; the LoadError it ends in."""
    import threading

    caught: list[BaseException] = []

    def read() -> None:
        try:
            pool.read(path, LoadContext())
        except BaseException as e:  # noqa: BLE001 - handed to the test
            caught.append(e)

    t = threading.Thread(target=read)
    t.start()
    act()
    t.join(60)
    assert not t.is_alive()
    assert len(caught) == 1 and isinstance(caught[0], LoadError), caught
    return caught[0]


@pytest.mark.parametrize("template", MODES)
def test_documents_are_the_same_as_read_in_this_process(tmp_path: Path, template: bool):
    paper = _paper(tmp_path)
    with ParsePool(template=template) as pool:
        docs = pool.read(paper, LoadContext())
        again = pool.read(paper, LoadContext())
    here = read_source(paper, LoadContext())
    assert [d.facts for d in docs] == [d.facts for d in here] == [d.facts for d in again]
    assert [d.entities for d in docs] == [d.entities for d in here]
    assert docs[0].facts  # the paper states something, so the comparison means something


@pytest.mark.parametrize("template", MODES)
def test_a_hung_worker_is_killed_at_the_time_limit_and_replaced(tmp_path: Path, template: bool):
    paper, hanging = _paper(tmp_path), _Hanging(tmp_path)
    with ParsePool(timeout=2, template=template) as pool:
        pool.read(paper, LoadContext())
        first = _worker_pid(pool)
        with pytest.raises(LoadError) as e:
            pool.read(hanging.path, LoadContext())
        assert e.value.source == str(hanging.path)
        assert e.value.reason == ("reading it took longer than 2 s, the limit for one file; nothing from it was "
                                  "loaded (split it, or ask the operator for a longer limit)")
        assert pool.restarts == 1
        assert _ended(first)
        assert pool.read(paper, LoadContext())[0].facts  # a new worker reads the next file
        assert _worker_pid(pool) != first
    hanging.close()


def _killed_mid_read(pool: ParsePool, paper: Path, hanging: _Hanging, sig: int):
    """The error of a read whose worker (started by reading PAPER first) gets SIG while it reads HANGING's file,
    and that worker's pid."""
    pool.read(paper, LoadContext())
    pid = _worker_pid(pool)

    def kill() -> None:
        hanging.entered()
        os.kill(pid, sig)

    return _read_while(pool, hanging.path, kill), pid


@pytest.mark.parametrize("template", MODES)
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS])
def test_a_worker_killed_as_at_its_memory_cap_is_reported_as_such(tmp_path: Path, template: bool, sig: int):
    paper, hanging = _paper(tmp_path), _Hanging(tmp_path)
    with ParsePool(memory_mb=1024, template=template) as pool:
        error, pid = _killed_mid_read(pool, paper, hanging, sig)
        assert error.source == str(hanging.path)
        assert error.reason == MEMORY_MESSAGE.format(mb=1024)
        assert pool.restarts == 1
        assert _ended(pid)
        assert pool.read(paper, LoadContext())[0].facts
    hanging.close()


@pytest.mark.parametrize("template", MODES)
@pytest.mark.parametrize(("memory_mb", "sig"), [(1024, signal.SIGTERM), (0, signal.SIGSEGV), (0, signal.SIGKILL)])
def test_a_worker_that_crashes_is_reported_with_its_exit_status(
    tmp_path: Path, template: bool, memory_mb: int, sig: int,
):
    paper, hanging = _paper(tmp_path), _Hanging(tmp_path)
    with ParsePool(memory_mb=memory_mb, template=template) as pool:
        error, _ = _killed_mid_read(pool, paper, hanging, sig)
        assert error.reason == f"the reader stopped unexpectedly on it (exit status {-sig}); nothing was loaded"
        assert pool.restarts == 1
        assert pool.read(paper, LoadContext())[0].facts
    hanging.close()


@pytest.mark.parametrize("template", MODES)
def test_every_worker_has_its_memory_cap(tmp_path: Path, template: bool):
    paper, hanging = _paper(tmp_path), _Hanging(tmp_path)
    with ParsePool(memory_mb=1536, timeout=2, template=template) as pool:
        pool.read(paper, LoadContext())
        limits = Path(f"/proc/{_worker_pid(pool)}/limits").read_text()
        with pytest.raises(LoadError):
            pool.read(hanging.path, LoadContext())  # killed at the time limit: the next worker is a new one
        pool.read(paper, LoadContext())
        again = Path(f"/proc/{_worker_pid(pool)}/limits").read_text()
    for text in (limits, again):
        line = next(x for x in text.splitlines() if x.startswith("Max address space"))
        assert line.split()[3:5] == [str(1536 * 2**20)] * 2, line
    hanging.close()


@pytest.mark.parametrize("template", MODES)
def test_closing_the_pool_leaves_no_process(tmp_path: Path, template: bool):
    paper = _paper(tmp_path)
    pool = ParsePool(size=2, template=template)
    import threading

    threads = [threading.Thread(target=pool.read, args=(paper, LoadContext())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    pids = [w.process.pid for w in pool._idle]
    template_pid = pool._template.process.pid if pool._template else None
    assert 1 <= len(pids) <= 2
    pool.close()
    for pid in pids + ([template_pid] if template_pid else []):
        assert _ended(pid), pid
    assert pool.read(paper, LoadContext())[0].facts  # a read after close has a worker of its own, stopped after it
    assert not pool._idle and pool._template is None


@pytest.mark.skipif(not CAN_FORK, reason="no fork and pidfd on this system")
def test_workers_are_forked_from_one_single_threaded_template(tmp_path: Path):
    paper, hanging = _paper(tmp_path), _Hanging(tmp_path)
    with ParsePool(timeout=2) as pool:
        pool.read(paper, LoadContext())
        template = pool._template
        assert template is not None
        tpid = template.process.pid
        assert os.listdir(f"/proc/{tpid}/task") == [str(tpid)]  # no thread that could hold a lock across fork

        def parent(pid: int) -> int:
            return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])

        assert parent(_worker_pid(pool)) == tpid
        assert os.getsid(_worker_pid(pool)) == _worker_pid(pool)  # its own session, as a fresh worker's
        with pytest.raises(LoadError):
            pool.read(hanging.path, LoadContext())
        pool.read(paper, LoadContext())
        assert parent(_worker_pid(pool)) == tpid and pool._template is template  # the replacement too
    hanging.close()


@pytest.mark.skipif(not CAN_FORK, reason="no fork and pidfd on this system")
def test_a_template_that_dies_is_started_again(tmp_path: Path):
    paper, hanging = _paper(tmp_path), _Hanging(tmp_path)
    with ParsePool(timeout=2) as pool:
        pool.read(paper, LoadContext())
        first = pool._template
        assert first is not None
        os.kill(first.process.pid, signal.SIGKILL)
        assert pool.read(paper, LoadContext())[0].facts  # the worker it forked lives on
        with pytest.raises(LoadError, match="longer than 2 s"):
            pool.read(hanging.path, LoadContext())  # killed; its status lost with the template, the message not
        assert pool.read(paper, LoadContext())[0].facts  # forked from a new template
        assert pool._template is not first and pool._template.alive
    hanging.close()

