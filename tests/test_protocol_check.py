"""W3C SPARQL 1.1 Protocol conformance: ../shared/tools/protocol_check.py against a real `govkg serve`,
including the update and Graph Store checks (token given as HTTP Basic password in the URL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import requests
from sparql_servers import GovkgServer, load_test_data

TOKEN = "protocol-check-token"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    from govkg.pipeline import embedded_register_dir

    work = tmp_path_factory.mktemp("protocol")
    if embedded_register_dir().is_dir():
        # The embedded default graph: `govkg serve` with no --store seeds its default store.
        srv = GovkgServer(None, "--update-token", TOKEN, data_home=work / "xdg")
    else:
        # Until the embedded register is in the package, a small test register stands in for it.
        load_test_data(work / "store", work / "register")
        srv = GovkgServer(work / "store", "--update-token", TOKEN)
    yield srv
    srv.stop()


def test_protocol_check_reports_no_failures(server, shared_dir: Path):
    checker = shared_dir / "tools" / "protocol_check.py"
    if not checker.exists():
        pytest.skip("protocol_check.py is not in ../shared/tools")
    authed = server.base.replace("http://", f"http://govkg:{TOKEN}@")
    out = subprocess.run(
        [
            sys.executable,
            str(checker),
            "--endpoint",
            server.sparql,
            "--update",
            authed + "/update",
            "--gsp",
            authed + "/store",
            "--timeout",
            "30",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = out.stdout.strip().splitlines()[-1]
    assert out.returncode == 0, out.stdout + out.stderr
    assert summary.endswith(" 0 failed"), summary
    passed = int(summary.split()[0])
    assert passed == 50, out.stdout  # every check ran: none was skipped for want of data or endpoints
    assert "WARNING" not in out.stdout  # the checker's throw-away data was cleaned up


def test_graph_store_with_bearer_token(server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    g = "urn:x:gsp-bearer-test"
    r = requests.put(
        server.base + "/store",
        params={"graph": g},
        data="<urn:x:s> <urn:x:p> <urn:x:o> .",
        headers={**auth, "Content-Type": "application/n-triples"},
        timeout=10,
    )
    assert r.status_code == 201
    r = requests.get(
        server.base + "/store", params={"graph": g}, headers={**auth, "Accept": "text/turtle"}, timeout=10
    )
    assert r.status_code == 200 and "urn:x:o" in r.text
    r = requests.put(
        server.base + "/store",
        params={"graph": g},
        data="<urn:x:s> <urn:x:p> ",
        headers={**auth, "Content-Type": "application/n-triples"},
        timeout=10,
    )
    assert r.status_code == 400 and "parse" in r.text
    assert (
        requests.delete(server.base + "/store", params={"graph": g}, headers=auth, timeout=10).status_code
        == 204
    )
    r = requests.delete(
        server.base + "/store", params={"graph": g}, headers={"Authorization": "Bearer nope"}, timeout=10
    )
    assert r.status_code == 403
