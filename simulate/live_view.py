"""The rich live view of a run: turns as they arrive, a header per session, a progress bar."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .checkers.findings import Finding
from .scenario import Scenario
from .scheduler import ConversationResult
from .turn import Turn

__all__ = ["LiveView"]

_COLOURS = ["cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta"]


class LiveView:
    """An Observer that renders to a rich Console. Shows turns when at most `show_turns_up_to`
    conversations run; beyond that only the progress bar."""

    def __init__(self, scenario: Scenario, console: Console, *, show_turns_up_to: int = 1) -> None:
        self.console = console
        self.colours = {name: _COLOURS[i % len(_COLOURS)] for i, name in enumerate(scenario.names)}
        self.show_turns = scenario.conversations <= show_turns_up_to
        per_conversation = sum(
            scenario.sessions.turns + 2 * sum(1 for p in scenario.probes for a in p.at if a.session == s)
            for s in range(scenario.sessions.count))
        self.progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("turns"), TimeElapsedColumn(), console=console, transient=False,
        )
        self.task = self.progress.add_task(scenario.id, total=per_conversation * scenario.conversations)
        self.failed = 0
        self.findings = 0

    def __enter__(self) -> LiveView:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def session_started(self, conversation: str, session: int, when: datetime, topic: str | None) -> None:
        """Print a header with the simulated date."""
        if self.show_turns:
            scene = f" · {escape(topic)}" if topic else ""
            self.console.rule(f"[bold]Session {session + 1}[/] · {when:%A %-d %B %Y, %H:%M}{scene}")

    def turn_finished(self, turn: Turn) -> None:
        """Print the turn in its speaker's colour and advance the bar."""
        self.progress.advance(self.task)
        if self.show_turns:
            colour = self.colours.get(turn.speaker, "white")
            to = f" → {escape(turn.addressee)}" if turn.addressee else ""
            tag = " [dim](probe)[/]" if turn.kind != "turn" else ""
            self.console.print(f"[bold {colour}]{escape(turn.speaker)}[/]{to}{tag}: {escape(turn.text)}",
                               highlight=False)

    def finding_found(self, finding: Finding) -> None:
        """Show a contradiction under the turn that made it."""
        self.findings += 1
        if self.show_turns:
            self.console.print(f"  [bold red]⚠ {finding.kind}[/] [red]{escape(finding.message)}[/]", highlight=False)

    def conversation_finished(self, result: ConversationResult) -> None:
        """Report a failed conversation at once."""
        if not result.ok:
            self.failed += 1
            self.console.print(f"[bold red]conversation {result.id} failed[/]: {escape(result.error or '')}")
