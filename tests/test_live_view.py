"""The live view renders turns, session headers and failures."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

from rich.console import Console

from simulate import load_scenario, run_scenario
from simulate.live_view import LiveView


def test_live_view_shows_sessions_and_turns(pair_path: Path) -> None:
    """Session headers carry the simulated date; each turn shows speaker, addressee and text."""
    scenario = load_scenario(pair_path)
    console = Console(file=io.StringIO(), width=100, force_terminal=False)
    with LiveView(scenario, console) as view:
        result = asyncio.run(run_scenario(scenario, observer=view))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Session 1 · Monday 5 January 2026, 18:00 · a cafe" in out
    assert "Session 3 · Monday 16 February 2026" in out
    first = result.turns[0]
    assert f"Maya → Tom: {first.text}" in out
    assert view.progress.tasks[0].completed == len(result.turns) == 12
