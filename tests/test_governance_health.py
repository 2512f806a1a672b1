"""Governance-health report: planted cycles, unchaired bodies, multiple chairs, unowned topics, with evidence."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from diagram_support import load_store  # noqa: E402

REGISTER = """title: Planted governance problems
area: Testshire
sources:
  m2019: {title: Testshire board minutes, date: 2019-04-01, publisher: Testshire County Council}
  m2022: {title: Testshire board minutes, date: 2022-04-01, publisher: Testshire County Council}
entities:
  - {name: Testshire County Council, kind: body, type: Council}
  - {name: Testshire Safer Board, kind: body, type: Board}
  - {name: Testshire Violence Group, kind: body, type: Group}
  - {name: Testshire Youth Panel, kind: body, type: Panel}
  - {name: Testshire Orphan Forum, kind: body, type: Group}
  - {name: Otherland Board, kind: body, type: Board, area: Otherland}
  - {name: Pat Example, kind: person}
facts:
  - {subject: Testshire Safer Board, relation: reports_to, object: Testshire Violence Group, source: m2019}
  - {subject: Testshire Violence Group, relation: reports_to, object: Testshire Youth Panel, source: m2019}
  - {subject: Testshire Youth Panel, relation: subgroup_of, object: Testshire Safer Board, source: m2022}
  - {subject: Pat Example, relation: chairs, object: Testshire Safer Board, source: m2019}
  - {subject: Pat Example, relation: chairs, object: Testshire Violence Group, source: m2019}
  - {subject: Pat Example, relation: chairs, object: Testshire Youth Panel, source: m2019}
  - {subject: Testshire Orphan Forum, relation: member_of, object: Testshire County Council, source: m2019}
  - {subject: Hate Crime, relation: priority_of, object: Testshire Safer Board, source: m2019}
  - {subject: Testshire County Council, relation: oversees, object: Domestic Abuse, source: m2019}
  - {subject: Otherland Board, relation: reports_to, object: Testshire County Council, source: m2019}
"""


@pytest.fixture(scope="module")
def health_store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("health")
    (folder / "reg").mkdir()
    (folder / "reg" / "planted.yaml").write_text(REGISTER, encoding="utf-8")
    store = load_store(folder / "store", folder / "reg")
    yield store
    store.close()


def _findings(data: dict, key: str) -> list[dict]:
    return next(c["findings"] for c in data["checks"] if c["key"] == key)


def test_planted_cycle_is_found_with_evidence(health_store) -> None:
    from govkg.graph.health import governance_health

    data = governance_health(health_store)
    cycles = _findings(data, "reporting_cycles")
    assert len(cycles) == 1
    assert set(cycles[0]["members"]) == {
        "https://w3id.org/govkg/id/body/testshire-safer-board", "https://w3id.org/govkg/id/body/testshire-violence-group",
        "https://w3id.org/govkg/id/body/testshire-youth-panel"}
    assert len(cycles[0]["evidence"]) == 3 and all(e["quote"] and e["title"] for e in cycles[0]["evidence"])


def test_cycle_is_gone_before_its_last_link_was_stated(health_store) -> None:
    import datetime as dt

    from govkg.graph.health import governance_health

    assert _findings(governance_health(health_store, as_of=dt.date(2020, 1, 1)), "reporting_cycles") == []


def test_unchaired_multiple_chairs_unowned_topics(health_store) -> None:
    from govkg.graph.health import governance_health

    data = governance_health(health_store)
    unchaired = {f["label"] for f in _findings(data, "no_chair")}
    assert "Testshire Orphan Forum" in unchaired and "Otherland Board" in unchaired
    assert "Testshire Safer Board" not in unchaired and "Testshire County Council" not in unchaired
    multi = _findings(data, "multiple_chairs")
    assert [f["label"] for f in multi] == ["Pat Example"] and len(multi[0]["members"]) == 3
    unowned = {f["label"] for f in _findings(data, "unowned_topics")}
    assert "Hate Crime" in unowned and "Domestic Abuse" not in unowned
    lonely = {f["label"] for f in _findings(data, "no_oversight")}
    assert "Testshire Orphan Forum" in lonely and "Testshire Violence Group" not in lonely
    assert all(f["evidence"] for f in _findings(data, "no_chair"))


def test_area_filter(health_store) -> None:
    from govkg.graph.health import governance_health

    data = governance_health(health_store, area="Otherland")
    assert {f["label"] for f in _findings(data, "no_chair")} == {"Otherland Board"}


def test_cli_and_http(health_store, tmp_path: Path, cli_runner) -> None:
    from conftest import run_cli
    from govkg.server import create_app

    client = create_app(health_store).test_client()
    page = client.get("/report/governance")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    summary = re.search(r"Cycles in reporting lines</a></td>\s*<td class=\"num\">(\d+)</td>", html)
    assert summary and summary.group(1) == "1"  # the summary row; the list itself waits, folded
    assert client.get("/report/governance.json?area=Testshire").get_json()["area"] == "Testshire"
    assert client.get("/report/governance.json?as_of=soon").status_code == 400
    store_dir = tmp_path / "s"
    reg = tmp_path / "reg"
    reg.mkdir()
    (reg / "planted.yaml").write_text(REGISTER, encoding="utf-8")
    load_store(store_dir, reg).close()
    text = run_cli(cli_runner, "report", "governance", "--store", str(store_dir))
    assert text.exit_code == 0 and "Cycles in reporting lines: 1" in text.output
    assert "Planted governance problems" in text.output
    js = run_cli(cli_runner, "report", "governance", "--store", str(store_dir), "--json", "--as-of", "2020")
    assert js.exit_code == 0 and json.loads(js.output)["as_of"] == "2020-12-31"
