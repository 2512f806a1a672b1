"""Shared fixtures: the seed documents and gold files from ../shared (skipped when absent), fresh stores,
and the CLI runner."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVKG_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not here; tests on real council documents need ../shared")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is missing")
    return seeds


@pytest.fixture(scope="session")
def eval_dir(shared_dir: Path) -> Path:
    d = shared_dir / "eval"
    if not d.is_dir():
        pytest.skip("../shared/eval is missing")
    return d


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    """The development corpus (70 papers of five regions, their gold facts and questions)."""
    d = shared_dir / "corpus" / "dev"
    if not (d / "docs").is_dir() or not (d / "parts").is_dir():
        pytest.skip("../shared/corpus/dev is missing")
    return d


@pytest.fixture(scope="session")
def corpus_graph(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """A store built from the development corpus's papers, shared by read-only tests."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import load_paths

    docs = shared_dir / "corpus" / "dev" / "docs"
    if not docs.is_dir():
        pytest.skip("../shared/corpus/dev is missing")
    s = LocalStore(tmp_path_factory.mktemp("corpus-graph") / "store")
    report = load_paths(s, [docs])
    assert report.ok, report.failures
    yield s
    s.close()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path):
    from govkg.graph.store import LocalStore

    s = LocalStore(store_dir)
    yield s
    s.close()


@pytest.fixture(scope="session")
def default_store(tmp_path_factory: pytest.TempPathFactory):
    """A store seeded with the embedded register, shared by read-only tests."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import seed_default

    s = LocalStore(tmp_path_factory.mktemp("default") / "store")
    report = seed_default(s)
    assert report.ok, report.failures
    yield s
    s.close()


@pytest.fixture
def cli_runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose default store lives in a temporary XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("GOVKG_STORE", raising=False)
    return CliRunner()


def run_cli(runner: CliRunner, *args: str):
    from govkg.cli import cli

    return runner.invoke(cli, list(args), catch_exceptions=False)


CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
# Debian's chromium as root in a closed network: no sandbox, no GPU, no background connections.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@contextmanager
def live_server(app) -> Iterator[str]:
    """Serve APP with waitress on a free loopback port; yields its base URL."""
    import waitress

    srv = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.effective_port}"
    finally:
        srv.close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def chromium():
    """Debian's headless chromium driven by Playwright; skips when the browser is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
