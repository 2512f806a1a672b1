"""govkg installs as one import package, with its data files, from a plain (non-editable) `pip install .`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    # build from a copy so the working tree gets no build/ or egg-info droppings
    ignore = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__", "test-artifacts",
                                    ".pytest_cache", ".ruff_cache")
    shutil.copytree(REPO, src / "govkg", ignore=ignore)
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


@pytest.mark.slow
def test_plain_install_in_a_fresh_venv_runs(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
                   check=True, timeout=600, env=env)
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
