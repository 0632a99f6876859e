"""The HTML report in a real browser: headless Chromium (Debian's `chromium`, which `.ci/run` installs)
driven by playwright. Skipped, saying why, where either is missing."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from simulate import apply_overrides, load_scenario, run_scenario
from simulate.report import load_report, write_html_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.is_file() and shutil.which("chromium") is None,
                       reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run does it)"),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(__file__).resolve().parent.parent
    scenario = apply_overrides(load_scenario(root / "scenarios" / "first-run.yaml"), model="scripted",
                               model_options={"drift_rate": 0.3})
    result = asyncio.run(run_scenario(scenario, out=tmp_path_factory.mktemp("runs")))
    assert result.folder is not None
    return write_html_report(load_report(result.folder), result.folder / "report.html")


def test_the_report_loads_draws_its_charts_and_links_findings_to_their_lines(report: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    executable = str(CHROMIUM) if CHROMIUM.is_file() else shutil.which("chromium")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            errors: list[str] = []
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            assert errors == []
            assert all(url.startswith("file://") for url in requests), requests
            # every chart is drawn: it has a size on the page and marks in it
            for selector in ("svg.line-chart", "svg.graph-chart", "svg.timeline-chart"):
                charts = page.locator(selector)
                assert charts.count() >= 1, selector
                for i in range(charts.count()):
                    box = charts.nth(i).bounding_box()
                    assert box is not None and box["width"] > 100 and box["height"] > 50, selector
            assert page.locator("svg.line-chart circle.point").count() >= 6  # 2 personas x 3 sessions
            assert page.locator("svg.graph-chart line.edge").count() == 2
            assert page.locator("svg.timeline-chart circle.memory").count() > 0
            # a finding links to its line: following the link scrolls the flagged line into view
            link = page.locator("#findings a.to-line").first
            target = link.get_attribute("href")
            assert target is not None and target.startswith("#")
            link.scroll_into_view_if_needed()
            link.click()
            assert page.evaluate("location.hash") == target
            line = page.locator(target)
            assert "flagged" in (line.get_attribute("class") or "")
            assert line.evaluate("el => el.matches(':target')")
            top = line.evaluate("el => el.getBoundingClientRect().top")
            assert -2 <= top < 900  # scrolled to the top of the viewport (sub-pixel rounding allowed)
            assert errors == []
        finally:
            browser.close()
