"""The batch progress display: conversations done and failed, turns per second, tokens, cost, findings, ETA."""

from __future__ import annotations

import time
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text

from ..checkers.findings import Finding
from ..turn import Turn

__all__ = ["BatchProgress"]


class BatchProgress:
    """An ItemObserver rendering one progress bar and a line of running totals."""

    def __init__(self, batch_id: str, *, total: int, finished: int, console: Console) -> None:
        self.console = console
        self.done = 0
        self.failed = 0
        self.turns = 0
        self.tokens = 0
        self.cost = 0.0
        self.cost_known = True
        self.findings = 0
        self.started = time.perf_counter()
        self.progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("conversations"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console)
        self.task = self.progress.add_task(batch_id, total=total, completed=finished)
        self.totals = Text()
        self.live = Live(Group(self.progress, self.totals), console=console, refresh_per_second=4, transient=False)
        self.started_live = False

    def __enter__(self) -> BatchProgress:
        return self  # the display starts with the first event, so an early error prints on its own

    def _start(self) -> None:
        if not self.started_live:
            self.started_live = True
            self._update()
            self.live.__enter__()

    def __exit__(self, *exc: object) -> None:
        if not self.started_live:
            return
        self._update()
        self.live.__exit__(None, None, None)
        if not self.console.is_terminal:
            self.console.line()

    def _update(self) -> None:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        cost = f"${self.cost:.4f}" if self.cost_known else f"${self.cost:.4f}+?"
        self.totals = Text.from_markup(
            f"[green]{self.done} done[/] · [red]{self.failed} failed[/] · {self.turns / elapsed:.1f} turns/s · "
            f"{self.tokens:,} tokens · {cost} · [yellow]{self.findings} findings[/]")
        self.live.update(Group(self.progress, self.totals))

    def turn_finished(self, turn: Turn) -> None:
        """Count a turn (tokens and cost are counted per finished conversation: every call it made)."""
        self._start()
        if turn.kind != "probe_question":
            self.turns += 1

    def finding_found(self, finding: Finding) -> None:
        """Count a finding."""
        self.findings += 1

    def item_finished(self, record: dict[str, Any]) -> None:
        """Advance the bar."""
        self._start()
        if record["status"] == "done":
            self.done += 1
        else:
            self.failed += 1
        usage = record["usage"]
        self.tokens += usage["prompt_tokens"] + usage["completion_tokens"]
        if usage.get("cost_usd") is None:
            self.cost_known = False
        else:
            self.cost += usage["cost_usd"]
        self.progress.advance(self.task)
        self._update()

    def notice(self, message: str) -> None:
        """A one-line message above the bar (e.g. draining after Ctrl-C)."""
        self._start()
        self.live.console.print(f"[yellow]{message}[/]")
