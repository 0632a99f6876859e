"""Reports on run and batch folders: what they read, the terminal report, the HTML report, `runs`."""

from __future__ import annotations

import asyncio
import io
import re
from pathlib import Path

import orjson
import pytest
from rich.console import Console

from simulate import apply_overrides, load_scenario, run_scenario
from simulate.report import load_report, render_html, render_terminal_report, session_label
from simulate.report.runs import list_runs, render_runs


@pytest.fixture(scope="module")
def drifting_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped first-run scenario on the scripted model with drift: findings of several kinds."""
    root = Path(__file__).resolve().parent.parent
    scenario = apply_overrides(load_scenario(root / "scenarios" / "first-run.yaml"), model="scripted",
                               model_options={"drift_rate": 0.3})
    out = tmp_path_factory.mktemp("runs")
    result = asyncio.run(run_scenario(scenario, out=out))
    assert result.folder is not None
    return result.folder


def text_of(render: object, *args: object, **kwargs: object) -> str:
    console = Console(file=io.StringIO(), width=80, color_system=None)
    render(console, *args, **kwargs)  # type: ignore[operator]
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_sessions_read_from_one_for_people() -> None:
    assert session_label(0) == "session 1"
    assert session_label(2) == "session 3"


def test_report_data_resolves_every_finding_and_its_evidence(drifting_run: Path) -> None:
    data = load_report(drifting_run)
    stored = [orjson.loads(line) for line in (drifting_run / "findings.jsonl").read_bytes().splitlines()]
    assert stored and len(data.findings) == len(stored)
    events = {e["index"]: e for e in map(orjson.loads, (drifting_run / "events.jsonl").read_bytes().splitlines())
              if e.get("type") == "turn"}
    for view in data.findings:
        assert view.text == events[view.turn]["text"]
        assert view.session == events[view.turn]["session"]
        assert len(view.evidence) == len(view.record["against"])
        for evidence in view.evidence:
            if evidence.kind == "turn":
                assert evidence.text == events[evidence.index]["text"]
            else:
                assert not evidence.text.startswith("(")  # a real fact sentence of the card
    figures = data.figures["run"]
    assert set(figures) == {"Jasmine Alvarez", "Walter Pruitt"}
    assert sum(f.findings for f in figures.values()) == len(stored)
    # the summary carries checkable counts, so the drift table counts findings against checkable turns
    for f in figures.values():
        assert f.per_checkable and f.checkable is not None
        assert sum(cell.checkable or 0 for cell in f.drift.values()) == f.checkable
        assert sum(cell.turns for cell in f.drift.values()) == f.turns


def test_terminal_report_quotes_findings_with_evidence_and_the_drift_table(drifting_run: Path) -> None:
    data = load_report(drifting_run)
    text = text_of(render_terminal_report, data, html=drifting_run / "report.html")
    first = data.findings[0]
    assert first.speaker in text and first.kind in text
    assert first.text.split()[0] in text
    assert "against" in text
    assert "session 1" in text and "session 3" in text and "session 0" not in text
    assert "Drift" in text and "report.html" in text.replace("\n", "")  # a long path wraps at 80 columns
    assert all(len(line) <= 80 for line in text.splitlines())


def test_figures_read_checkable_fields_when_the_summary_has_them(drifting_run: Path, tmp_path: Path) -> None:
    import shutil

    copy = Path(shutil.copytree(drifting_run, tmp_path / "copy"))
    summary = orjson.loads((copy / "summary.json").read_bytes())
    consistency = summary["findings"]["consistency"]
    consistency["Walter Pruitt"].update(
        checkable_turns=8, coverage=0.5,
        per_100_checkable_by_session={"0": {"findings": 1, "checkable": 4, "rate": 25.0},
                                      "1": {"findings": 0, "checkable": 0, "rate": None}})
    (copy / "summary.json").write_bytes(orjson.dumps(summary))
    walter = load_report(copy).figures["run"]["Walter Pruitt"]
    assert walter.per_checkable and walter.checkable == 8 and walter.coverage == 0.5
    assert walter.drift[0].rate == 25.0 and walter.drift[0].checkable == 4 and walter.drift[1].rate is None
    text = text_of(render_terminal_report, load_report(copy))
    assert "8 (50%)" in text and "25 (1/4)" in text and "— (0/0)" in text


def test_unknown_finding_kinds_are_shown_as_they_are(drifting_run: Path, tmp_path: Path) -> None:
    """A batch folder whose records carry a kind this version does not know (batch records are read as
    they are): the reports count and show it."""
    from simulate.exports import read_records

    records = list(read_records(drifting_run))
    records[0]["findings"].append({"conversation": records[0]["conversation"], "speaker": "Walter Pruitt",
                                   "turn": 3, "kind": "some_future_kind", "against": [{"turn": 3}], "slot": None,
                                   "message": "a kind from a later version", "checker": "rules", "confidence": 0.9})
    (tmp_path / "conversations.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    data = load_report(tmp_path)
    assert data.kind == "batch"
    assert sum(f.by_kind["some_future_kind"] for f in data.figures[records[0]["model"]].values()) == 1
    assert "some_future_kind" in text_of(render_terminal_report, data)
    assert "some_future_kind" in render_html(data)


def test_html_is_self_contained_and_every_finding_links_to_its_line(drifting_run: Path) -> None:
    data = load_report(drifting_run)
    html = render_html(data)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "nothing may load from elsewhere"
    assert "<script" not in html
    ids = set(re.findall(r'id="([^"]+)"', html))
    links = re.findall(r'href="#([^"]+)"', html)
    assert links and all(link in ids for link in links)
    for view in data.findings:
        assert f'href="#{view.anchor}"' in html
        assert re.search(rf'<div class="line[^"]*flagged[^"]*" id="{view.anchor}"', html)
    assert html.count('class="chart line-chart"') == 2  # one drift curve per persona
    assert 'class="chart graph-chart"' in html and 'class="chart timeline-chart"' in html
    assert "session 1" in html and "session 0" not in html.replace('said in session 0', '')


def test_runs_lists_status_turns_and_findings(drifting_run: Path) -> None:
    runs = list_runs(drifting_run.parent)
    mine = [r for r in runs if r.path == drifting_run]
    assert len(mine) == 1
    stored = len((drifting_run / "findings.jsonl").read_bytes().splitlines())
    turns = orjson.loads((drifting_run / "summary.json").read_bytes())["turns"]
    assert mine[0].kind == "run" and mine[0].status == "done" and mine[0].turns == turns
    assert mine[0].findings == stored
    text = text_of(render_runs, runs, drifting_run.parent)
    assert "done" in text and str(turns) in text
    assert "No runs" in text_of(render_runs, list_runs(drifting_run / "nothing"), "x")
