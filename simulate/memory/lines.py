"""How memories read in a prompt: short second-person lines with their provenance."""

from __future__ import annotations

from datetime import datetime

from ..durations import format_gap
from ..turn import Turn
from .entries import Episode, Fact, Provenance
from .perspective import clause, join_names, shift_person

__all__ = ["episode_line", "fact_line", "last_time_line", "turn_line", "when", "working_line"]


def _date(moment: datetime) -> str:
    return moment.strftime("%-d %b %Y")


def when(where: Provenance | Episode, conversation: str) -> str:
    """`session 2` within the current conversation (sessions count from 1 here), else the date."""
    moment = where.time if isinstance(where, Provenance) else where.ended
    return f"session {where.session + 1}" if where.conversation == conversation else _date(moment)


def fact_line(fact: Fact, *, conversation: str) -> str:
    """`You told Tom you live in Denver (session 1)` or `Tom told you they work as a chef (session 1)`."""
    stamp = when(fact.since, conversation)
    if fact.about_self:
        said = clause(shift_person(fact.text, "you"))
        who = f"told {join_names(fact.audience)}" if fact.audience else "said"
        return f"You {who} {said} ({stamp})"
    return f"{fact.subject} told you {clause(shift_person(fact.text, 'they'))} ({stamp})"


def episode_line(episode: Episode, *, conversation: str) -> str:
    """`Session 2 (26 Jan 2026): you spent time with Tom ...`, the summary told back to its author."""
    stamp = when(episode, conversation)
    label = f"{stamp[0].upper()}{stamp[1:]} ({_date(episode.ended)})" if stamp.startswith("session") else stamp
    return f"{label}: {clause(shift_person(episode.text, 'you'))}"


def last_time_line(episode: Episode, *, now: datetime, conversation: str) -> str:
    """`It has been 3 weeks since session 1; last time: you ...`."""
    said = clause(shift_person(episode.text, "you"))
    if episode.ended <= now:
        return f"It has been {format_gap(now - episode.ended)} since {when(episode, conversation)}; last time: {said}"
    return f"Last time ({when(episode, conversation)}): {said}"


def working_line(turn: Turn, agent: str) -> str:
    """`Earlier in this session, Tom said: "..."` (or `you said`)."""
    who = "you" if turn.speaker == agent else turn.speaker
    return f'Earlier in this session, {who} said: "{turn.text}"'


def turn_line(turn: Turn, agent: str, *, conversation: str) -> str:
    """`Session 3, you said: "..."` or `Session 3, Tom said: "..."` (a date for another conversation)."""
    stamp = f"Session {turn.session + 1}" if turn.conversation == conversation else f"On {_date(turn.time)}"
    who = "you" if turn.speaker == agent else turn.speaker
    return f'{stamp}, {who} said: "{turn.text}"'
