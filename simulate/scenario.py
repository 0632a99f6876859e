"""Scenario files: who takes part, who may address whom, the session plan, model settings, probes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_validator,
)

from .durations import format_gap, parse_duration
from .memory.config import MemoryConfig
from .models.settings import FaultSettings, ModelOverride, ModelSettings
from .persona import CoreFacts, PersonaCard

__all__ = [
    "Edge",
    "FaultSettings",
    "GraphSpec",
    "MemorySettings",
    "ModelOverride",
    "ModelSettings",
    "PersonaEntry",
    "PersonaOverride",
    "Probe",
    "ProbePoint",
    "Scenario",
    "SessionPlan",
    "TurnPolicy",
    "reference_problems",
]

DEFER_REFERENCES = "defer_references"
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class PersonaOverride(_Strict):
    """Per-scenario changes to a referenced card; `facts` is merged field by field."""

    name: str | None = None
    description: str | None = None
    style: str | None = None
    facts: dict[str, Any] | None = None

    @field_validator("facts")
    @classmethod
    def _known_facts(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            unknown = sorted(set(value) - set(CoreFacts.model_fields))
            if unknown:
                raise ValueError(f"unknown fact(s) {', '.join(unknown)}; known: {', '.join(CoreFacts.model_fields)}")
        return value


class PersonaEntry(_Strict):
    """A persona taking part: a card from the library (`card`) or written inline (`inline`)."""

    card: str | None = Field(default=None, description="a card name in agents/ or a path to a card file")
    inline: PersonaCard | None = None
    overrides: PersonaOverride | None = None

    @model_validator(mode="after")
    def _one_source(self) -> PersonaEntry:
        if (self.card is None) == (self.inline is None):
            raise ValueError("give exactly one of `card` (a library name or path) or `inline` (a card)")
        return self


class Edge(_Strict):
    """A directed edge: `source` may address `target`; `weight` biases random choices."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: str = Field(alias="from", min_length=1)
    target: str = Field(alias="to", min_length=1)
    weight: float = Field(default=1.0, gt=0)

    @model_validator(mode="before")
    @classmethod
    def _short_forms(cls, value: Any) -> Any:
        if isinstance(value, str):
            for arrow in ("->", "→"):
                if arrow in value:
                    source, _, target = value.partition(arrow)
                    return {"from": source.strip(), "to": target.strip()}
            raise ValueError('write an edge as "A -> B", [A, B], [A, B, weight] or {from, to, weight}')
        if isinstance(value, (list, tuple)):
            if len(value) not in (2, 3):
                raise ValueError("an edge list is [from, to] or [from, to, weight]")
            return dict(zip(("from", "to", "weight"), value))
        return value


class GraphSpec(_Strict):
    """Who may address whom. Without edges, everyone may address everyone."""

    edges: list[Edge] = Field(default_factory=list)
    undirected: bool = Field(default=False, description="each edge also holds in reverse")


class TurnPolicy(_Strict):
    """How the next speaker is chosen."""

    kind: Literal["round_robin", "random_walk", "addressed"] = "round_robin"
    start: str | None = Field(default=None, description="who speaks first in each session")

    @model_validator(mode="before")
    @classmethod
    def _bare_kind(cls, value: Any) -> Any:
        return {"kind": value} if isinstance(value, str) else value


_LONGEST_GAP = timedelta(days=365 * 100)
_LATEST = datetime(5000, 1, 1, tzinfo=timezone.utc)  # simulated time stays far from datetime's year 9999


def _parse_gap(value: Any) -> Any:
    try:
        if isinstance(value, str):
            return parse_duration(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return timedelta(days=value)
    except OverflowError:
        raise ValueError("too long (at most 100 years)") from None
    except ValueError as exc:
        raise ValueError("not a number of days" if "NaN" in str(exc) else str(exc)) from None
    return value


class SessionPlan(_Strict):
    """How many sessions, how long each is, how much simulated time passes between them."""

    count: int = Field(default=1, ge=1, le=1000)
    turns: int = Field(default=8, ge=1, le=100_000)
    gap: timedelta = Field(default=timedelta(days=7), description="e.g. '3 weeks', '21d', 'P3W'; a number is days")
    start: datetime = Field(default=datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc))
    topics: list[str] = Field(default_factory=list, description="the opening topic or scene of each session")
    turn_gap: timedelta = Field(default=timedelta(minutes=1), description="simulated time between turns")

    @field_validator("gap", "turn_gap", mode="before")
    @classmethod
    def _gap(cls, value: Any) -> Any:
        return _parse_gap(value)

    @field_validator("gap", "turn_gap")
    @classmethod
    def _positive_gap(cls, value: timedelta) -> timedelta:
        if value < timedelta(0):
            raise ValueError("must not be negative")
        if value > _LONGEST_GAP:
            raise ValueError("too long (at most 100 years)")
        return value

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, value: Any) -> Any:
        if isinstance(value, str) and len(value.strip()) == 10:
            value = date.fromisoformat(value.strip())
        if isinstance(value, date) and not isinstance(value, datetime):
            return datetime(value.year, value.month, value.day, 18, 0, tzinfo=timezone.utc)
        return value

    @field_validator("start")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)

    @model_validator(mode="after")
    def _topics_fit(self) -> SessionPlan:
        if len(self.topics) > self.count:
            raise ValueError(f"{len(self.topics)} topics for {self.count} sessions")
        try:
            end = self.starts_at(self.count)
        except OverflowError:
            end = None
        if end is None or end > _LATEST or self.start < datetime(1, 1, 2, tzinfo=timezone.utc) + _LONGEST_GAP:
            raise ValueError(f"the sessions must start after the year 100 and end before {_LATEST.year}; "
                             "shorten the gaps or move the start")
        return self

    @field_serializer("gap", "turn_gap")
    def _dump_gap(self, gap: timedelta) -> str:
        text = format_gap(gap)
        return text if parse_duration(text) == gap else f"{gap.total_seconds()!r} seconds"

    def topic(self, session: int) -> str | None:
        """The opening topic of `session`, if one was given."""
        return self.topics[session] if session < len(self.topics) else None

    def starts_at(self, session: int) -> datetime:
        """Simulated time at which `session` begins: each gap counts from the previous session's end."""
        return self.start + session * (self.gap + self.turns * self.turn_gap)


class ProbePoint(_Strict):
    """Where a probe is asked: before turn `turn` of session `session` (both from 0)."""

    session: int = Field(ge=0)
    turn: int = Field(default=0, ge=0)


class Probe(_Strict):
    """A question about a persona, asked at given points; the answers are kept for retest checks."""

    id: str | None = None
    persona: str
    question: str = Field(min_length=1)
    asker: str | None = Field(default=None, description="who asks; default: someone who may address the persona")
    at: list[ProbePoint] = Field(min_length=1)


class MemorySettings(MemoryConfig):
    """What an agent sees of this session (`window_turns`) and remembers of earlier ones (see simulate.memory)."""

    window_turns: int = Field(default=12, ge=0, le=10_000, description="recent turns of this session in the prompt")


class Scenario(_Strict):
    """A whole scenario. After `load_scenario`, every persona entry is an inline card."""

    id: str
    description: str = ""
    personas: list[PersonaEntry] = Field(min_length=2, description="at least two personas")
    graph: GraphSpec = Field(default_factory=GraphSpec)
    policy: TurnPolicy = Field(default_factory=TurnPolicy)
    sessions: SessionPlan = Field(default_factory=SessionPlan)
    model: ModelSettings = Field(default_factory=ModelSettings)
    probes: list[Probe] = Field(default_factory=list)
    memory: MemorySettings = Field(default_factory=MemorySettings)
    conversations: int = Field(default=1, ge=1, le=1_000_000, description="independent runs of this scenario")
    seed: int = 0

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("use letters, digits, '.', '_' and '-' (at most 80, starting with a letter or digit)")
        return value

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> Scenario:
        if info.context and info.context.get(DEFER_REFERENCES):
            return self
        problems = reference_problems(self)
        if problems:
            raise ValueError("; ".join(f"{'.'.join(map(str, p))}: {m}" for p, m in problems))
        return self

    @property
    def cards(self) -> list[PersonaCard]:
        """The persona cards, in scenario order (requires a resolved scenario)."""
        cards = []
        for entry in self.personas:
            if entry.inline is None:
                raise ValueError(f"persona {entry.card!r} is not resolved; load the scenario with load_scenario()")
            cards.append(entry.inline)
        return cards

    @property
    def names(self) -> list[str]:
        """Persona names in scenario order."""
        return [card.name for card in self.cards]

    def card(self, name: str) -> PersonaCard:
        """The card of persona `name`."""
        for card in self.cards:
            if card.name == name:
                return card
        raise KeyError(name)

    def edges(self) -> list[Edge]:
        """The directed edges in force: the declared ones (both ways if undirected) or the complete graph."""
        if not self.graph.edges:
            return [Edge(source=a, target=b) for a in self.names for b in self.names if a != b]
        edges = list(self.graph.edges)
        if self.graph.undirected:
            edges += [Edge(source=e.target, target=e.source, weight=e.weight) for e in self.graph.edges]
        return edges


def reference_problems(scenario: Scenario) -> list[tuple[tuple[Any, ...], str]]:
    """Cross-references that do not hold, as (path in the document, message)."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    if any(entry.inline is None for entry in scenario.personas):
        return problems
    names = scenario.names
    known = set(names)
    seen: set[str] = set()
    for i, name in enumerate(names):
        if name in seen:
            problems.append((("personas", i), f"persona name {name!r} is used twice"))
        seen.add(name)
    for i, edge in enumerate(scenario.graph.edges):
        for end, who in (("from", edge.source), ("to", edge.target)):
            if who not in known:
                problems.append((("graph", "edges", i, end), f"{who!r} is not a persona in this scenario"))
        if edge.source == edge.target:
            problems.append((("graph", "edges", i), f"{edge.source!r} cannot address themselves"))
    if problems:
        return problems
    pairs = {(e.source, e.target) for e in scenario.edges()}
    if len(names) > 1:
        for name in names:
            if not any(src == name for src, _ in pairs):
                problems.append((("graph", "edges"), f"{name!r} has no one to address (no outgoing edge)"))
    if scenario.policy.start is not None and scenario.policy.start not in known:
        problems.append((("policy", "start"), f"{scenario.policy.start!r} is not a persona in this scenario"))
    for name in scenario.model.per_persona:
        if name not in known:
            problems.append((("model", "per_persona", name), f"{name!r} is not a persona in this scenario"))
    for name in scenario.memory.per_persona:
        if name not in known:
            problems.append((("memory", "per_persona", name), f"{name!r} is not a persona in this scenario"))
    probe_ids: set[str] = set()
    for i, probe in enumerate(scenario.probes):
        if probe.id is not None:
            if probe.id in probe_ids:
                problems.append((("probes", i, "id"), f"probe id {probe.id!r} is used twice"))
            probe_ids.add(probe.id)
        if probe.persona not in known:
            problems.append((("probes", i, "persona"), f"{probe.persona!r} is not a persona in this scenario"))
            continue
        if probe.asker is not None:
            if probe.asker not in known:
                problems.append((("probes", i, "asker"), f"{probe.asker!r} is not a persona in this scenario"))
            elif (probe.asker, probe.persona) not in pairs or (probe.persona, probe.asker) not in pairs:
                problems.append((("probes", i, "asker"),
                                 f"the graph needs edges both ways between {probe.asker!r} and {probe.persona!r}"))
        elif not any((a, probe.persona) in pairs and (probe.persona, a) in pairs for a in names):
            problems.append((("probes", i, "persona"),
                             f"no one may both address {probe.persona!r} and be answered by them"))
        for j, point in enumerate(probe.at):
            if point.session >= scenario.sessions.count:
                problems.append((("probes", i, "at", j, "session"),
                                 f"session {point.session} does not exist (sessions.count is {scenario.sessions.count})"))
            elif point.turn > scenario.sessions.turns:
                problems.append((("probes", i, "at", j, "turn"),
                                 f"turn {point.turn} is past the end of the session ({scenario.sessions.turns} turns)"))
    return problems
