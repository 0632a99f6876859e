"""The asyncio scheduler: conversations run concurrently, sessions and turns in order within each."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from .agent import Agent, MemoryProvider, NoMemory, TurnContext, clean_reply
from .checkers.findings import Finding
from .checkers.run_checker import RunChecker
from .errors import InputError, MalformedResponseError, ModelError, RunError
from .gateway import Gateway
from .graph import ConversationGraph, TurnTaker
from .models.base import ChatModel, ChatRequest
from .models.recording import tally_calls, tally_turns
from .persona import CoreFacts, whole_years
from .redact import redact
from .scenario import Probe, Scenario
from .seeds import derive_seed, rng_for
from .turn import Turn, TurnKind

__all__ = ["ConversationResult", "Observer", "Scheduler", "conversation_id"]

MemoryFactory = Callable[[str], MemoryProvider]
REGENERATIONS = 2  # extra tries when a reply holds only lines written for other personas


class Observer(Protocol):
    """Receives progress as it happens (the live view, progress bars, tests)."""

    def session_started(self, conversation: str, session: int, when: datetime, topic: str | None) -> None:
        """A session begins."""

    def turn_finished(self, turn: Turn) -> None:
        """A turn was generated and stored."""

    def conversation_finished(self, result: ConversationResult) -> None:
        """A conversation ended, done or failed."""

    def finding_found(self, finding: Finding) -> None:
        """A checker flagged a contradiction in the turn just finished."""


@dataclass
class ConversationResult:
    """One conversation's transcript and outcome."""

    id: str
    index: int
    turns: list[Turn] = field(default_factory=list, repr=False)
    error: str | None = None
    usage: dict[str, Any] = field(default_factory=dict, repr=False)
    """Every model call the conversation made (turns, memory summaries, regenerated replies), as
    `CallTally.as_dict()`; turns stored before a resume count by their own usage. Empty for a conversation
    that finished before a resume (its end event holds it)."""

    def __repr__(self) -> str:  # cheap: asyncio may repr the task that returns this
        return f"ConversationResult(id={self.id!r}, turns={len(self.turns)}, error={self.error!r})"

    @property
    def ok(self) -> bool:
        """Did every turn complete?"""
        return self.error is None


def conversation_id(scenario: Scenario, index: int) -> str:
    """Stable id of conversation `index` of a scenario run."""
    return f"{scenario.id}-s{scenario.seed}-c{index:04d}"


def _epochs(scenario: Scenario, name: str, session: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for event in scenario.card(name).events_until(session):
        for slot in event.changes.changed():
            counts[slot] = counts.get(slot, 0) + 1
    return counts


class _Conversation:
    """Runs one conversation, turn by turn."""

    def __init__(self, scheduler: Scheduler, index: int, replay: Sequence[Turn] = ()) -> None:
        self.s = scheduler
        self.replay: deque[Turn] = deque(replay)
        self.scenario = scheduler.scenario
        self.index = index
        self.id = conversation_id(self.scenario, index)
        self.memory = scheduler.memory_factory(self.id)
        self.policy = TurnTaker(scheduler.graph, self.scenario.policy.kind, self.scenario.policy.start)
        self.turns: list[Turn] = []
        self.session_turns: list[Turn] = []
        self.facts: dict[str, CoreFacts] = {}
        self.epochs: dict[str, dict[str, int]] = {}
        self.age_offset = 0

    async def run(self) -> ConversationResult:
        result = ConversationResult(self.id, self.index, self.turns)
        try:
            for session in range(self.scenario.sessions.count):
                await self._session(session)
        except ModelError as error:
            result.error = redact(f"{type(error).__name__}: {error}")
        return result

    async def _session(self, session: int) -> None:
        plan = self.scenario.sessions
        start = plan.starts_at(session)
        self.session_turns = []
        self.age_offset = whole_years(plan.start.date(), start.date())
        for name in self.scenario.names:
            self.facts[name] = self.scenario.card(name).facts_at(session, start=plan.start.date(), today=start.date())
            self.epochs[name] = _epochs(self.scenario, name, session)
        self.s.observer.session_started(self.id, session, start, plan.topic(session))
        self.policy.begin_session(rng_for(self.scenario.seed, self.index, session, "start"))
        probes = self.s.probes_by_session.get(session, [])
        for t in range(plan.turns):
            for probe in probes:
                if probe[0] == t:
                    await self._probe(session, probe[1])
            await self._turn(session)
        for probe in probes:
            if probe[0] == plan.turns:
                await self._probe(session, probe[1])
        await self.memory.close_session(self.id, session)

    def _time(self, session: int) -> datetime:
        plan = self.scenario.sessions
        return plan.starts_at(session) + len(self.session_turns) * plan.turn_gap

    def _context(self, session: int, speaker: str, addressee: str | None, candidates: Sequence[str],
                 probe: str | None = None) -> TurnContext:
        index = len(self.turns)
        plan = self.scenario.sessions
        return TurnContext(
            conversation=self.id, session=session, turn=len(self.session_turns), index=index,
            now=self._time(session), speaker=speaker, addressee=addressee, candidates=candidates,
            topic=plan.topic(session), window=self.session_turns[-self.scenario.memory.window_turns:]
            if self.scenario.memory.window_turns else (),
            history=self.turns, facts=self.facts[speaker],
            last_session_gap=plan.gap if session > 0 else None, age_offset=self.age_offset,
            epochs=self.epochs[speaker], events=[e.event for e in self.scenario.card(speaker).events_until(session)],
            probe=probe, seed=derive_seed(self.scenario.seed, self.index, session, index),
        )

    def _replayed(self, expected: Turn) -> Turn | None:
        """The stored turn at this point of a resumed conversation, checked against what the scenario
        would do here; None once the stored turns are used up."""
        if not self.replay:
            return None
        turn = self.replay.popleft()
        same = (turn.index, turn.session, turn.speaker, turn.kind, turn.probe) == \
            (expected.index, expected.session, expected.speaker, expected.kind, expected.probe)
        if not same:
            raise RunError(f"{self.id}: stored turn {turn.index} ({turn.speaker}, session {turn.session}) is not "
                           f"what the scenario plays there ({expected.speaker}, session {expected.session}); "
                           "the run cannot be resumed with this scenario")
        return turn

    def _address(self, ctx: TurnContext, text: str) -> str:
        """Whom the turn addresses, once its text is known; advances the turn policy."""
        rng = rng_for(self.scenario.seed, self.index, ctx.session, ctx.index, "address") if ctx.addressee is None else None
        return self.policy.resolve(ctx.speaker, ctx.addressee, text, rng)

    async def _speak(self, ctx: TurnContext, *, kind: TurnKind = "turn", probe_id: str | None = None,
                     resolve: bool = True) -> Turn:
        stored = self._replayed(Turn(conversation=self.id, index=ctx.index, session=ctx.session, turn=ctx.turn,
                                     speaker=ctx.speaker, text="", time=ctx.now, kind=kind,
                                     probe=probe_id, model="")) if self.replay else None
        if stored is not None:
            if resolve and self._address(ctx, stored.text) != stored.addressee:
                raise RunError(f"{self.id}: stored turn {stored.index} addresses {stored.addressee!r}, but the "
                               "scenario's turn policy gives someone else; the run cannot be resumed")
            await self._keep(stored, replayed=True)
            return stored
        agent = self.s.agents[ctx.speaker]
        memory = await self.memory.recall(ctx)
        request = agent.request(ctx, memory)
        model = self.s.gateway.model(agent.settings)
        for attempt in range(REGENERATIONS + 1):  # noqa: B007 (read after the loop)
            response = await model.complete(request)
            text = clean_reply(response.text, ctx.speaker, self.s.others[ctx.speaker])
            if text:
                break
            # the model wrote only someone else's lines: ask again with the next seed (deterministically)
            request = replace(request, seed=((request.seed or 0) + 1) % 2**31)
        else:
            raise MalformedResponseError(f"{REGENERATIONS + 1} replies held only another persona's lines",
                                         model=response.model)
        metadata = dict(response.metadata)
        if text != response.text:
            metadata["raw_text"] = response.text
        if attempt:
            metadata["regenerated"] = attempt
        addressee = self._address(ctx, text) if resolve else ctx.addressee
        if self.s.preferences and self.s.checker is not None:
            preference = await self._preference(request, model, Turn(
                conversation=self.id, index=ctx.index, session=ctx.session, turn=ctx.turn, speaker=ctx.speaker,
                addressee=addressee, text=text, time=ctx.now, kind=kind, probe=probe_id, model=response.model))
            if preference is not None:
                metadata["preference"] = preference
        turn = Turn(
            conversation=self.id, index=ctx.index, session=ctx.session, turn=ctx.turn, speaker=ctx.speaker,
            addressee=addressee, text=text, time=ctx.now, kind=kind, probe=probe_id,
            model=response.model, prompt_tokens=response.usage.prompt_tokens,
            completion_tokens=response.usage.completion_tokens, cost_usd=response.cost,
            latency_s=response.latency_s, attempts=response.attempts, metadata=metadata,
        )
        await self._keep(turn)
        return turn

    async def _preference(self, request: ChatRequest, model: ChatModel, turn: Turn) -> dict[str, Any] | None:
        """For a turn the checkers flag: regenerate up to `preferences` candidates for the same request
        (seeds after the regeneration seeds) and keep the first the checkers pass, as a preference pair."""
        assert self.s.checker is not None
        found = self.s.checker.preview(turn)
        if not found:
            return None
        record: dict[str, Any] = {"prompt": [m.as_dict() for m in request.messages], "chosen": None,
                                  "chosen_seed": None, "tried": 0, "findings": sorted({f.kind for f in found})}
        base = request.seed or 0
        for k in range(1, self.s.preferences + 1):
            seed = (base + REGENERATIONS + k) % 2**31
            record["tried"] = k
            try:
                response = await model.complete(replace(request, seed=seed))
            except ModelError:  # a candidate is optional: the turn itself stands
                break
            text = clean_reply(response.text, turn.speaker, self.s.others[turn.speaker])
            if text and text != turn.text and not self.s.checker.preview(turn.model_copy(update={"text": text})):
                record.update(chosen=text, chosen_seed=seed)
                break
        return record

    async def _keep(self, turn: Turn, *, replayed: bool = False) -> None:
        self.turns.append(turn)
        self.session_turns.append(turn)
        if replayed:  # stored before a stop: rebuild state, write nothing
            self.s.replay(turn)
            await self.memory.replay(turn)
        else:
            self.s.emit(turn)
            await self.memory.record(turn)

    async def _turn(self, session: int) -> None:
        rng = (rng_for(self.scenario.seed, self.index, session, len(self.turns), "policy")
               if self.policy.kind == "random_walk" else None)
        speaker, addressee, candidates = self.policy.next_speaker(rng)
        await self._speak(self._context(session, speaker, addressee, candidates))

    async def _probe(self, session: int, probe: tuple[str, str, Probe]) -> None:
        probe_id, asker, spec = probe
        question = Turn(
            conversation=self.id, index=len(self.turns), session=session, turn=len(self.session_turns),
            speaker=asker, addressee=spec.persona, text=spec.question, time=self._time(session),
            kind="probe_question", probe=probe_id, model="probe",
        )
        stored = self._replayed(question) if self.replay else None
        await self._keep(stored or question, replayed=stored is not None)
        ctx = self._context(session, spec.persona, asker, [asker], probe=spec.question)
        await self._speak(ctx, kind="probe_answer", probe_id=probe_id, resolve=False)


class Scheduler:
    """Runs every conversation of a scenario with at most `max_in_flight` at once."""

    def __init__(self, scenario: Scenario, *, gateway: Gateway, emit: Callable[[Turn], None],
                 observer: Observer, memory_factory: MemoryFactory | None = None,
                 max_in_flight: int = 64, checker: RunChecker | None = None,
                 emit_finding: Callable[[Finding], None] | None = None,
                 stored_findings: Collection[tuple[str, int, str]] = (), preferences: int = 0) -> None:
        if max_in_flight < 1:
            raise InputError(f"max_in_flight must be at least 1, got {max_in_flight}")
        self.scenario = scenario
        self.gateway = gateway
        self.emit_turn = emit
        self.observer = observer
        self.memory_factory: MemoryFactory = memory_factory or (lambda _cid: NoMemory())
        self.max_in_flight = max_in_flight
        self.checker = checker
        self.emit_finding = emit_finding or (lambda _finding: None)
        self.stored_findings = set(stored_findings)
        self.preferences = preferences  # candidates to regenerate for a flagged turn (0: none)
        self.graph = ConversationGraph(scenario)
        self.agents = {card.name: Agent(card, scenario.model.for_persona(card.name)) for card in scenario.cards}
        self.others = {name: [n for n in scenario.names if n != name] for name in scenario.names}
        self.probes_by_session = self._plan_probes()

    def _plan_probes(self) -> dict[int, list[tuple[int, tuple[str, str, Probe]]]]:
        plan: dict[int, list[tuple[int, tuple[str, str, Probe]]]] = {}
        for i, probe in enumerate(self.scenario.probes):
            asker = probe.asker or next(
                a for a in self.scenario.names
                if self.graph.may_address(a, probe.persona) and self.graph.may_address(probe.persona, a))
            for point in probe.at:
                plan.setdefault(point.session, []).append((point.turn, (probe.id or f"probe-{i}", asker, probe)))
        for points in plan.values():
            points.sort(key=lambda p: p[0])
        return plan

    def replay(self, turn: Turn) -> None:
        """A turn stored before a stop: rebuild the checker's ledger, and store the turn's findings that
        are not in `stored_findings` (a stop can land between a turn's event and its findings)."""
        findings = self.checker.check(turn) if self.checker is not None else []
        missing = [f for f in findings if (f.conversation, f.turn, f.kind) not in self.stored_findings]
        for finding in missing:
            self.emit_finding(finding)
        self.observer.turn_finished(turn)
        for finding in missing:
            self.observer.finding_found(finding)

    def emit(self, turn: Turn) -> None:
        """Store a finished turn, check it, store its findings, then tell the observer."""
        self.emit_turn(turn)
        findings = self.checker.check(turn) if self.checker is not None else []
        for finding in findings:
            self.emit_finding(finding)
        self.observer.turn_finished(turn)
        for finding in findings:
            self.observer.finding_found(finding)

    async def run(self, indices: Sequence[int] | None = None,
                  prior: Mapping[int, Sequence[Turn]] | None = None) -> list[ConversationResult]:
        """Run the conversations (all by default); results in index order.

        `prior` holds, per conversation index, the turns a stopped run already stored: they are
        replayed (checked against the scenario, not regenerated) and the conversation goes on from there.
        """
        indices = list(range(self.scenario.conversations)) if indices is None else list(indices)
        prior = prior or {}
        slots = asyncio.Semaphore(self.max_in_flight)

        async def one(index: int) -> ConversationResult:
            async with slots:
                with tally_calls(tally_turns(prior.get(index, ()))) as tally:
                    result = await _Conversation(self, index, prior.get(index, ())).run()
            result.usage = tally.as_dict()
            if self.checker is not None:
                self.checker.close(result.id)
            self.observer.conversation_finished(result)
            return result

        return list(await asyncio.gather(*(one(i) for i in indices)))
