"""A real headless Debian Chromium renders the /diagram page served by waitress: screenshot saved under
test-artifacts/, and the boxes and labels it actually drew (getBBox) do not overlap."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from diagram_support import DATA, load_store  # noqa: E402

from conftest import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, live_server  # noqa: E402

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    from govkg.server import create_app

    store = load_store(tmp_path_factory.mktemp("browser") / "store", DATA / "register")
    with live_server(create_app(store)) as url:
        yield url
    store.close()


def test_chromium_screenshot_of_diagram_page(server: str, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "diagram-page.png"
    shot.unlink(missing_ok=True)
    # chromium's own --screenshot, with no driver in between: the page as a plain browser draws it
    cmd = [str(CHROMIUM), *CHROMIUM_ARGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
           "--window-size=1400,1300", "--hide-scrollbars", f"{server}/diagram?area=Worcestershire"]
    subprocess.run(cmd, check=True, timeout=90, capture_output=True)
    from PIL import Image

    with Image.open(shot) as im:
        assert im.size == (1400, 1300)
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50  # a drawn chart, not a blank or error page
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)


_GEOMETRY = """() => {
  const svg = document.querySelector('#diagram svg');
  const box = (el) => { const b = el.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; };
  return {
    rects: [...svg.querySelectorAll('rect.node')].map(box),
    labels: [...svg.querySelectorAll('text')].map(t => [t.getAttribute('class'), box(t)]),
    scripts: document.querySelectorAll('main script, svg script').length,
  };
}"""


def test_rendered_boxes_and_labels_do_not_overlap(server: str, chromium) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{server}/diagram?area=Worcestershire", wait_until="load")
        geo = page.evaluate(_GEOMETRY)
        page.screenshot(path=str(ARTIFACTS / "diagram-page-full.png"), full_page=True)
        page.goto(f"{server}/funding", wait_until="load")
        page.screenshot(path=str(ARTIFACTS / "funding-page.png"), full_page=True)
        bands = page.locator("svg path.band").count()
        page.goto(f"{server}/report/governance", wait_until="load")
        page.screenshot(path=str(ARTIFACTS / "governance-page.png"), full_page=True)
        findings = page.locator("table.health-summary td:first-child").all_inner_texts()
    finally:
        page.close()
    assert geo["scripts"] == 0  # the chart is drawn server-side: no script in the page body or the SVG
    assert bands == 8  # one band per priced allocation in the test register (3 + 4 + 1)
    assert "Cycles in reporting lines" in findings  # the report leads with its summary
    rects, labels = geo["rects"], geo["labels"]
    assert len(rects) >= 15

    def overlap(a, b, tol=0.5):
        return a[0] < b[2] - tol and b[0] < a[2] - tol and a[1] < b[3] - tol and b[1] < a[3] - tol

    problems = [f"boxes {a} {b}" for i, a in enumerate(rects) for b in rects[i + 1:] if overlap(a, b)]
    problems += [f"labels {ca} {a} / {cb} {b}" for i, (ca, a) in enumerate(labels) for cb, b in labels[i + 1:]
                 if overlap(a, b)]
    for cls, t in labels:
        if "label" in (cls or "").split() and not any(t[0] >= r[0] - .5 and t[2] <= r[2] + .5 and t[1] >= r[1] - .5
                                                      and t[3] <= r[3] + .5 for r in rects):
            problems.append(f"label outside its box: {cls} {t}")
    assert problems == []
