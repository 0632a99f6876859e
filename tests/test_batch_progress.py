"""The batch progress display: done and failed, turns, tokens, cost, findings; silent until something happens."""

from __future__ import annotations

import io
from datetime import datetime, timezone

from rich.console import Console

from simulate.batch.progress import BatchProgress
from simulate.checkers.findings import Finding
from simulate.turn import Turn


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=160, force_terminal=False, color_system=None), out


def test_it_shows_the_running_totals() -> None:
    console, out = _console()
    turn = Turn(conversation="c", index=0, session=0, turn=0, speaker="A", text="hi",
                time=datetime(2026, 1, 1, tzinfo=timezone.utc), model="m", prompt_tokens=5, completion_tokens=2)
    finding = Finding(conversation="c", speaker="A", turn=0, kind="persona", against=[{"fact": 0}], slot="age",
                      message="says x", checker="rules", confidence=0.9)
    with BatchProgress("grid", total=3, finished=1, console=console) as view:
        view.turn_finished(turn)
        view.finding_found(finding)
        view.item_finished({"status": "done", "usage": {"prompt_tokens": 100, "completion_tokens": 20,
                                                        "cost_usd": 0.25}})
        view.item_finished({"status": "failed", "usage": {"prompt_tokens": 1, "completion_tokens": 0,
                                                          "cost_usd": None}})
    text = out.getvalue()
    assert "3/3 conversations" in text and "1 done · 1 failed" in text
    assert "121 tokens" in text and "$0.2500+?" in text and "1 findings" in text


def test_nothing_is_drawn_before_the_first_event() -> None:
    console, out = _console()
    with BatchProgress("grid", total=3, finished=0, console=console):
        pass
    assert out.getvalue() == ""
