"""govkg installs as one import package, with its data files, from a plain (non-editable) `pip install .`; and
on such a fresh install the README's quick start, then every README example in order, works while the quick
start's server runs."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parent.parent
IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__", "test-artifacts",
                                ".pytest_cache", ".ruff_cache", "out")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    # build from a copy so the working tree gets no build/ or egg-info droppings
    shutil.copytree(REPO, src / "govkg", ignore=IGNORE)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(out), str(src / "govkg")], check=True, timeout=300)
    [whl] = out.glob("govkg-*.whl")
    return whl


def test_wheel_has_one_top_level_package_and_its_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"govkg"}
    for required in ("govkg/ontology/govkg.ttl", "govkg/ontology/shapes.ttl", "govkg/ontology/topics.ttl",
                     "govkg/server/templates/base.html", "govkg/server/static/app.css",
                     "govkg/cli/__init__.py", "govkg/graph/store.py"):
        assert required in names, required
    assert not any(n.startswith("govkg/tests/") for n in names)
    # every package directory in the tree ships
    for init in REPO.rglob("__init__.py"):
        rel = init.relative_to(REPO)
        if rel.parts[0] in (".venv", "tests", "build", "bench") or rel.parts[0].startswith("."):
            continue
        assert f"govkg/{rel.as_posix()}" in names, f"{rel} is not listed in pyproject packages"
    # every non-Python file in a package directory ships too
    for pkg in ("ontology", "server", "loaders", "graph", "questions"):
        for f in (REPO / pkg).rglob("*") if (REPO / pkg).is_dir() else []:
            if f.is_file() and f.suffix not in (".py", ".pyc") and "__pycache__" not in f.parts:
                assert f"govkg/{f.relative_to(REPO).as_posix()}" in names, f"{f.relative_to(REPO)} does not ship"


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtualenv with govkg installed from the wheel, as `python3 -m pip install .` leaves it."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    str(wheel)], check=True, timeout=600, env=env)
    return venv


@pytest.mark.slow
def test_plain_install_in_a_fresh_venv_runs(fresh_venv: Path, tmp_path: Path) -> None:
    venv = fresh_venv
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    out = subprocess.run([str(venv / "bin" / "govkg"), "--help"], capture_output=True, text=True, timeout=60,
                         env=env, cwd=tmp_path)
    assert out.returncode == 0 and "serve" in out.stdout
    # the client folders are not installed as bare names
    probe = subprocess.run([str(py), "-c", "import importlib.util as u; print([m for m in "
                            "('graph','server','loaders','ontology') if u.find_spec(m)])"],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
    assert probe.stdout.strip() == "[]"
    onto = subprocess.run([str(venv / "bin" / "govkg"), "ontology", "--format", "ttl"], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=60)
    assert onto.returncode == 0 and "gkg:Partnership" in onto.stdout


# -- the README, followed as a newcomer would


SKIPPED_SECTIONS = {"Benchmarks"}  # minutes-long runs with their own smoke test (tests/test_bench_smoke.py)


def readme_blocks(text: str) -> list[tuple[str, str, str]]:
    """(section heading, language, code) of every fenced block of the README, in order."""
    out, section = [], ""
    for m in re.finditer(r"^## ([^\n]+)$|^```(\w*)\n(.*?)^```", text, re.M | re.S):
        if m.group(1):
            section = m.group(1).strip()
        elif m.group(2) in ("bash", "sh", "python"):
            out.append((section, m.group(2), m.group(3)))
    return out


class Session:
    """A shell user on a fresh machine: its own HOME and data folder, the fresh install first on PATH."""

    def __init__(self, venv: Path, work: Path):
        self.work = work
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("PYTHONPATH", "VIRTUAL_ENV", "GOVKG_STORE", "GOVKG_UPDATE_TOKEN")}
        self.env.update(HOME=str(work / "home"), XDG_DATA_HOME=str(work / "home" / "data"),
                        PATH=f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", PYTHONUNBUFFERED="1")
        self.servers: list[subprocess.Popen] = []
        self.ran: list[tuple[str, subprocess.CompletedProcess]] = []

    def run(self, line: str) -> subprocess.CompletedProcess:
        done = subprocess.run(["bash", "-c", line], cwd=self.work, env=self.env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, f"README example failed: {line}\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        self.ran.append((line, done))
        return done

    def serve(self, line: str) -> str:
        """Start a `serve` example on a free port; its base URL once it answers."""
        command = line.split("  #")[0].strip()
        command = re.sub(r"--port \d+", "--port 0", command) if "--port" in command else command + " --port 0"
        proc = subprocess.Popen(["bash", "-c", command], cwd=self.work, env=self.env, stderr=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, text=True, start_new_session=True)
        self.servers.append(proc)
        started = proc.stderr.readline()
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/", started)
        assert m, f"README example did not start a server: {line}\n{started}{proc.stderr.read()}"
        base = m.group(1)
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(base + "/healthz", timeout=2).ok:
                    return base
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, f"{line}: no answer from {base}"
            time.sleep(0.2)

    def stop(self, proc: subprocess.Popen) -> None:
        os.killpg(proc.pid, signal.SIGTERM)  # the group this session started for that server, and nothing else
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stderr.close()
        self.servers.remove(proc)


@pytest.mark.slow
def test_readme_quick_start_then_every_example_in_order(fresh_venv: Path, tmp_path: Path) -> None:
    from sparql_servers import OxigraphServer

    work = tmp_path / "checkout"
    shutil.copytree(REPO, work, ignore=IGNORE)
    blocks = readme_blocks((work / "README.md").read_text(encoding="utf-8"))
    quick = blocks[0]
    assert quick[0] == "Quick start" and "pip install ." in quick[2] and "bash tests/run.sh" in quick[2]
    session = Session(fresh_venv, work)
    remote = OxigraphServer(tmp_path / "oxigraph")  # for the example that serves another SPARQL store
    try:
        # the quick start: the install is the fixture's (the same wheel); the server runs from here on
        main_server = session.serve(quick[2].splitlines()[0].split("&&")[1])
        assert requests.get(main_server + "/", timeout=30).ok
        for section, language, code in blocks[1:]:
            if section in SKIPPED_SECTIONS:
                continue
            if language == "python":
                (work / "readme_example.py").write_text(code, encoding="utf-8")
                session.run("python readme_example.py")
                continue
            for line in code.replace("\\\n", " ").splitlines():
                if not line.strip():
                    continue
                line = line.replace("http://localhost:7878", remote.base)
                if re.search(r"\bgovkg serve\b", line):
                    session.serve(line)  # it starts and answers; then it stops, and the quick start's runs on
                    session.stop(session.servers[-1])
                else:
                    session.run(line)
        ran = dict(session.ran)
        examples = [b for b in blocks[1:] if b[0] not in SKIPPED_SECTIONS]
        commands = [line for _, lang, code in examples if lang != "python" for line in code.splitlines()
                    if line.strip() and not re.search(r"\bgovkg serve\b", line)]
        assert len(session.ran) == len(commands) + sum(lang == "python" for _, lang, _ in examples) >= 15
        assert len(session.servers) == 1  # the quick start's server ran throughout
        # the default store is the server's: reading commands read it read-only, and said so
        assert "read-only" in ran[next(line for line in ran if line.startswith("govkg stats"))].stderr
        assert (work / "mystore.ttl").stat().st_size > 0 and (work / "chart.svg").stat().st_size > 0
        assert "precision" in ran[next(line for line in ran if line.startswith("govkg eval"))].stdout
    finally:
        for proc in list(session.servers):
            session.stop(proc)
        remote.stop()
