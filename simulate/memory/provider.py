"""`PersonaMemory`: the engine's MemoryProvider, and the factory `run_scenario(memory=...)` takes.

Per turn, `recall` builds the speaker's memory lines: in `full` mode, with `pin_last_session`, the
last session's summary ("It has been 3 weeks since session 2; last time: ..."), turns of this session
that fell out of the engine's window, then past turns (said or heard, word for word), facts and
episodes retrieved by relevance to the current exchange (and recency, if weighted), as `recall` in the
config says; everything within the speaker's `prompt_budget_tokens` (`window` mode: only this
session's turns). `recall_items` gives the same with each line's origin. `record` commits each turn
and the facts it teaches in one transaction. `close_session` has each persona summarise the session
with its own model (extractive fallback, counted) and commits the episodes.

Fact extraction happens in one place: the `extract` callable (`default_extractor()` in
`simple_claims`, today the rules checker's closed-slot claims), called by `SemanticMemory.learn`.

Consolidation: facts and turns of the running session are stored at once but become retrievable
when the session closes; until then the session window and working memory are where they live.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from ..agent import MemoryProvider, NoMemory, TurnContext
from ..errors import InputError
from ..models.base import ChatModel
from ..models.settings import ModelSettings
from ..seeds import derive_seed
from ..turn import Turn
from .config import MemoryConfig, summarises_with_model
from .entries import Episode, Fact
from .episodic import Summariser
from .items import episode_item, fact_item, turn_item
from .lifecycle import MemoryStateError, SessionPhase
from .lines import last_time_line, working_line
from .retrieval import MemoryItem, Origin, Retriever
from .scorers import Scorer, check_scorer, make_scorer
from .semantic import FactChange, Hearers, SemanticMemory, hearers_of
from .simple_claims import Extractor, default_extractor
from .sqlite_store import MemoryStore
from .tokens import BlockBudget
from .working import WorkingMemory

__all__ = ["MemoryScenario", "ModelLookup", "PersonaMemory", "PersonaMemoryFactory", "check_memory", "memory_factory"]

ModelLookup = Callable[[str], tuple[ChatModel, ModelSettings]]
_QUERY_TURNS = 3


class _Graph(Protocol):
    @property
    def edges(self) -> Sequence[object]: ...


class _Sessions(Protocol):
    @property
    def topics(self) -> Sequence[str]: ...


class _Models(Protocol):
    def for_persona(self, name: str) -> ModelSettings: ...


class MemoryScenario(Protocol):
    """What memory reads of a scenario; a `simulate.scenario.Scenario` is one. (The scenario schema holds
    memory's settings, so memory names the few fields it needs instead of importing the schema back.)"""

    @property
    def names(self) -> list[str]: ...
    @property
    def seed(self) -> int: ...
    @property
    def graph(self) -> _Graph: ...
    @property
    def sessions(self) -> _Sessions: ...
    @property
    def model(self) -> _Models: ...
    @property
    def memory(self) -> MemoryConfig: ...


class PersonaMemory:
    """The memory of every persona in one conversation (implements `simulate.agent.MemoryProvider`).

    Args:
        conversation: the conversation id the engine uses.
        namespace: where in the store this memory lives (a conversation id, or a shared name).
        participants: persona names, in scenario order.
        config: memory settings (per-persona overrides apply).
        store: the SQLite store.
        extract: claims from an utterance.
        hearers: who learns what a speaker says (see `simulate.memory.semantic`).
        model_for: a persona's model and settings, for its summaries.
        scorer_factory: a fresh relevance scorer per persona.
        seed: run seed, from which summary seeds are derived.
        topics: the opening topic of each session, from session 0 (the scenario's). Without them, a
            topic is learned from the first recall of its session, which a resumed run does not make
            for the turns it replays.
        run: the run, when the store is shared: each run's sessions, turns and facts are kept under
            `<run>/<conversation>`, so runs of the same scenario one after another, or at once, do not
            take each other's sessions for their own.
    """

    def __init__(self, *, conversation: str, namespace: str, participants: Sequence[str], config: MemoryConfig,
                 store: MemoryStore, extract: Extractor, hearers: Hearers = "addressee",
                 model_for: ModelLookup | None = None, scorer_factory: Callable[[], Scorer] | None = None,
                 seed: int = 0, topics: Sequence[str | None] = (), run: str | None = None) -> None:
        self.conversation = conversation
        self.key = f"{run}/{conversation}" if run else conversation  # the conversation's rows in the store
        self.namespace = namespace
        self.participants = tuple(participants)
        self.config = config
        self.store = store
        self.hearers: Hearers = hearers
        self.model_for = model_for
        self.scorer_factory = scorer_factory or (lambda: make_scorer(config.scorer, model=config.embedding_model))
        self.seed = seed
        self.modes = config.modes(list(self.participants))
        self.semantic = SemanticMemory(store, namespace, extract=extract, hearers=hearers,
                                       learns=lambda name: self.modes.get(name) == "full")
        self.summariser = Summariser(use_model=config.summarise is not False, max_tokens=config.summary_max_tokens)
        self.working = WorkingMemory(max((config.for_persona(n).working_budget_tokens for n in self.participants),
                                         default=config.working_budget_tokens))
        self._topics: dict[int, str | None] = dict(enumerate(topics))
        self._phases: dict[int, SessionPhase] = {}
        self._retrievers: dict[str, Retriever] = {}
        self._last: dict[str, Episode | None] = {}
        self._recorded: dict[int, set[int]] = {}
        self._resume()

    def _resume(self) -> None:
        """Pick up a session that a killed run left open: its turns back into working memory."""
        for session, phase in self.store.open_sessions(self.namespace, self.key):
            self._phases[session] = phase
            if phase is SessionPhase.RUNNING:
                self.working.extend(self.store.turns(self.namespace, self.key, session))

    def _phase(self, session: int) -> SessionPhase:
        if session not in self._phases:
            self._phases[session] = self.store.phase(self.namespace, self.key, session)
        return self._phases[session]

    def _advance(self, session: int, phase: SessionPhase) -> None:
        self.store.set_phase(self.namespace, self.key, session, phase)
        self._phases[session] = phase

    def _check(self, conversation: str) -> None:
        if conversation != self.conversation:
            raise MemoryStateError(f"this memory belongs to {self.conversation!r}, not {conversation!r}")

    # -- the MemoryProvider protocol ---------------------------------------------------------------

    async def recall(self, context: TurnContext) -> Sequence[str]:
        """The speaker's memory lines for this turn, within its prompt budget."""
        return [item.text for item in self.recall_items(context)]

    def recall_items(self, context: TurnContext, *, query: str | None = None, k: int | None = None
                     ) -> list[MemoryItem]:
        """What `recall` puts in the prompt, as items with their origin (the lines of this session's
        earlier turns have an origin but no id).

        `query` replaces the one made from the context (the current exchange); with `k`, the `k` best
        retrieved memories regardless of the budget (and nothing pinned or from this session).
        """
        self._check(context.conversation)
        self._topics.setdefault(context.session, context.topic)
        cfg = self.config.for_persona(context.speaker)
        if cfg.mode == "off":
            return []
        query = self._query(context) if query is None else query
        if k is not None:
            if cfg.mode != "full":
                return []
            ranked = self._retriever(context.speaker).ranked(query, now=context.now)
            return [item for _, item in ranked[:k]]
        budget = BlockBudget(cfg.prompt_budget_tokens)
        pinned: list[MemoryItem] = []
        exclude: set[str] = set()
        if cfg.mode == "full":
            self._retriever(context.speaker)
            last = self._last.get(context.speaker)
            if last is not None and cfg.pin_last_session:
                exclude.add(last.ident)
                line = last_time_line(last, now=context.now, conversation=self.conversation)
                if budget.add(line):
                    pinned.append(MemoryItem(last.ident, line, last.ended,
                                             origin=Origin("episode", last.conversation, last.session)))
        cap = cfg.working_budget_tokens if cfg.mode == "window" else min(cfg.working_budget_tokens, budget.limit // 2)
        earlier = self._earlier_lines(context, budget, cap)
        retrieved: list[MemoryItem] = []
        if cfg.mode == "full":
            retrieved = self._retriever(context.speaker).select(query, now=context.now, budget=budget,
                                                                exclude=exclude, once_per_turn=cfg.once_per_turn)
        return [*pinned, *retrieved, *earlier]

    async def record(self, turn: Turn) -> None:
        """Commit the turn and what it teaches, in one transaction."""
        self._check(turn.conversation)
        phase = self._phase(turn.session)
        if phase not in (SessionPhase.PLANNED, SessionPhase.RUNNING):
            raise MemoryStateError(f"session {turn.session} is {phase.value}: it takes no more turns")
        try:
            with self.store.transaction():
                if phase is SessionPhase.PLANNED:
                    self._advance(turn.session, SessionPhase.RUNNING)
                self.store.add_turn(self.namespace, turn)
                changes = self.semantic.learn(turn, self.participants, conversation=self.key)
        except BaseException:
            self._phases.pop(turn.session, None)  # rolled back: read the phase from the store again
            raise
        self.working.add(turn)
        for change in changes:
            self._index_fact(change)

    async def replay(self, turn: Turn) -> None:
        """After a stop: record `turn` unless the store already has it (or its session is closed)."""
        self._check(turn.conversation)
        if self._phase(turn.session) not in (SessionPhase.PLANNED, SessionPhase.RUNNING):
            return
        known = self._recorded.get(turn.session)
        if known is None:
            known = self._recorded[turn.session] = {
                t.index for t in self.store.turns(self.namespace, self.key, turn.session)}
        if turn.index not in known:
            await self.record(turn)
            known.add(turn.index)

    async def close_session(self, conversation: str, session: int) -> None:
        """Summarise the session for each persona with full memory, commit the episodes, close it."""
        self._check(conversation)
        phase = self._phase(session)
        if phase is SessionPhase.CLOSED:
            return  # closed before a stop; a resumed run passes by again
        if phase is SessionPhase.RUNNING:
            episodes = await self._summaries(session)
            try:
                with self.store.transaction():
                    for episode in episodes:
                        self.store.put_episode(episode)
                    self._advance(session, SessionPhase.SUMMARISED)
            except BaseException:
                self._phases.pop(session, None)
                raise
            for episode in episodes:
                self._index_episode(episode)
        self._advance(session, SessionPhase.CLOSED)
        self._consolidate(session)
        if self.working.session == session:
            self.working.clear()

    # -- recall helpers ----------------------------------------------------------------------------

    def _earlier_lines(self, context: TurnContext, budget: BlockBudget, cap: int) -> list[MemoryItem]:
        """This session's turns that the engine's window no longer shows, newest first while they fit."""
        shown = {t.index for t in context.window}
        lines: list[MemoryItem] = []
        spent = 0
        for turn in reversed(self.working.turns):
            if turn.session != context.session or turn.index in shown or turn.index >= context.index:
                continue
            line = working_line(turn, context.speaker)
            cost = budget.cost(line)
            if spent + cost > cap or not budget.add(line):
                break
            spent += cost
            lines.append(MemoryItem("", line, turn.time, origin=Origin("turn", turn.conversation, turn.session,
                                                                       turn.turn, turn.index)))
        return lines[::-1]

    def _query(self, context: TurnContext) -> str:
        recent = list(context.window)[-_QUERY_TURNS:] or list(self.working.turns)[-_QUERY_TURNS:]
        parts = [context.addressee or "", context.topic or "", context.probe or "", *(t.text for t in recent)]
        return " ".join(p for p in parts if p)

    def _retriever(self, agent: str) -> Retriever:
        retriever = self._retrievers.get(agent)
        if retriever is None:
            cfg = self.config.for_persona(agent)
            retriever = Retriever(scorer=self.scorer_factory(), half_life_days=cfg.recency_half_life_days,
                                  recency_weight=cfg.recency_weight)
            if "facts" in cfg.recall:
                for fact in self.store.facts(self.namespace, agent):
                    if not self._unconsolidated(fact):
                        retriever.upsert(fact_item(fact, conversation=self.key))
            episodes = self.store.episodes(self.namespace, agent)
            if "episodes" in cfg.recall:
                for episode in episodes:
                    retriever.upsert(episode_item(episode, conversation=self.key))
            if "turns" in cfg.recall:
                for turn in self.store.namespace_turns(self.namespace):
                    self._index_turn(retriever, agent, turn)
            self._last[agent] = episodes[-1] if episodes else None
            self._retrievers[agent] = retriever
        return retriever

    def _index_turn(self, retriever: Retriever, agent: str, turn: Turn) -> None:
        """Make a past turn that `agent` said or heard retrievable, once its session has closed."""
        if turn.conversation == self.conversation and self._phase(turn.session) is not SessionPhase.CLOSED:
            return
        if turn.speaker == agent or agent in hearers_of(turn, self.participants, self.hearers):
            retriever.upsert(turn_item(turn, agent, conversation=self.conversation))

    def _unconsolidated(self, fact: Fact) -> bool:
        """Was `fact` first learned in a session of this conversation that has not closed yet?"""
        since = fact.since
        return since.conversation == self.key and self._phase(since.session) is not SessionPhase.CLOSED

    def _index_fact(self, change: FactChange) -> None:
        retriever = self._retrievers.get(change.after.observer)
        if retriever is None or "facts" not in self.config.for_persona(change.after.observer).recall:
            return  # built from the store when first needed
        if change.before is not None:
            retriever.remove(change.before.ident)
        if change.after.current and not self._unconsolidated(change.after):
            retriever.upsert(fact_item(change.after, conversation=self.key))
        else:
            retriever.remove(change.after.ident)

    def _consolidate(self, session: int) -> None:
        """The closed session's new facts and its turns become retrievable."""
        turns: list[Turn] | None = None
        for agent, retriever in self._retrievers.items():
            kinds = self.config.for_persona(agent).recall
            if "facts" in kinds:
                for fact in self.store.facts(self.namespace, agent):
                    if fact.since.conversation == self.key and fact.since.session == session:
                        retriever.upsert(fact_item(fact, conversation=self.key))
            if "turns" in kinds:
                if turns is None:
                    turns = self.store.turns(self.namespace, self.key, session)
                for turn in turns:
                    self._index_turn(retriever, agent, turn)

    def _index_episode(self, episode: Episode) -> None:
        retriever = self._retrievers.get(episode.agent)
        if retriever is not None:
            if "episodes" in self.config.for_persona(episode.agent).recall:
                retriever.upsert(episode_item(episode, conversation=self.key))
            self._last[episode.agent] = episode

    # -- summaries ---------------------------------------------------------------------------------

    async def _summaries(self, session: int) -> list[Episode]:
        turns = (self.working.turns if self.working.session == session
                 else tuple(self.store.turns(self.namespace, self.key, session)))
        agents = [name for name in self.participants if self.modes[name] == "full"]
        results = await asyncio.gather(*(self._summary(agent, session, turns) for agent in agents))
        return [episode for episode in results if episode is not None]

    async def _summary(self, agent: str, session: int, turns: Sequence[Turn]) -> Episode | None:
        mine = [t for t in turns if t.speaker == agent or agent in hearers_of(t, self.participants, self.hearers)]
        if not mine:
            return None
        cfg = self.config.for_persona(agent)
        model, settings = self.model_for(agent) if self.model_for is not None and cfg.summarise else (None, None)
        topic = self._topics.get(session)
        use_model = settings is not None and summarises_with_model(cfg.summarise, settings.name)
        result = await self.summariser.summarise(
            agent, mine, topic=topic, model=model, settings=settings, use_model=use_model,
            seed=derive_seed(self.seed, self.conversation, session, agent, "memory-summary"))
        partners = sorted({n for t in mine for n in (t.speaker, t.addressee) if n and n != agent})
        return Episode(namespace=self.namespace, agent=agent, conversation=self.key, session=session,
                       started=mine[0].time, ended=mine[-1].time, partners=tuple(partners), topic=topic,
                       text=result.text, source=result.source, fallback_reason=result.fallback_reason,
                       turns=len(mine))

    # -- introspection and state -------------------------------------------------------------------

    @property
    def stats(self) -> dict[str, Any]:
        """How summaries were made (fallbacks by reason)."""
        return self.summariser.stats

    def get_state(self) -> dict[str, Any]:
        """Everything this memory holds: its namespace's rows, working memory, summary counts, topics."""
        return {"conversation": self.conversation, "namespace": self.namespace,
                "topics": {str(k): v for k, v in sorted(self._topics.items())},
                "working": self.working.get_state(), "summariser": self.summariser.get_state(),
                "store": self.store.get_state(self.namespace)}

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore from `get_state` output (into this memory's namespace of its store)."""
        self.store.set_state(state["store"], self.namespace)
        self.working.set_state(state["working"])
        self.summariser.set_state(state["summariser"])
        self._topics = {int(k): v for k, v in state["topics"].items()}
        self._phases.clear()
        self._retrievers.clear()
        self._last.clear()


class PersonaMemoryFactory:
    """Builds the PersonaMemory of each conversation of a scenario; use as `run_scenario(..., memory=factory)`.

    Args:
        scenario: the scenario being run.
        store: the SQLite store (the runner opens `memory.sqlite` in the run folder).
        config: memory settings (default `MemoryConfig()`).
        model_for: the wrapped model for a persona's settings (the runner passes `gateway.model`);
            needed when any persona with full memory summarises with its model.
        extract: claim extractor (default `simulate.checkers.rules.extract_claims` when installed).
        scorer_factory: relevance scorer per persona (default from `config.scorer`).
        run: the run's id when the store is shared between runs (see PersonaMemory).
    """

    def __init__(self, scenario: MemoryScenario, *, store: MemoryStore, config: MemoryConfig | None = None,
                 model_for: Callable[[ModelSettings], ChatModel] | None = None, extract: Extractor | None = None,
                 scorer_factory: Callable[[], Scorer] | None = None, run: str | None = None) -> None:
        self.scenario = scenario
        self.run = run
        self.store = store
        self.config = config or MemoryConfig()
        _check_settings(scenario, self.config, model_given=model_for is not None)
        self.model_for = model_for
        self.extract, self.extractor_name = (extract, "custom") if extract is not None else default_extractor()
        self.scorer_factory = scorer_factory
        if scorer_factory is None:
            make_scorer(self.config.scorer, model=self.config.embedding_model)  # a missing extra fails now
        hearers = self.config.hearers
        self.hearers: Hearers = ("addressee" if scenario.graph.edges else "everyone") if hearers == "auto" else hearers
        self.providers: dict[str, PersonaMemory] = {}

    def namespace_for(self, conversation: str) -> str:
        """The conversation id, or `<namespace>/<cNNNN>` when memories are shared under a name."""
        if self.config.namespace is None:
            return conversation
        return f"{self.config.namespace}/{conversation.rsplit('-', 1)[-1]}"

    def _lookup(self, name: str) -> tuple[ChatModel, ModelSettings]:
        settings = self.scenario.model.for_persona(name)
        assert self.model_for is not None
        return self.model_for(settings), settings

    def __call__(self, conversation: str) -> MemoryProvider:
        """The memory of `conversation` (NoMemory when every persona's mode is off)."""
        if all(mode == "off" for mode in self.config.modes(self.scenario.names).values()):
            return NoMemory()
        provider = PersonaMemory(
            conversation=conversation, namespace=self.namespace_for(conversation), participants=self.scenario.names,
            config=self.config, store=self.store, extract=self.extract, hearers=self.hearers,
            model_for=self._lookup if self.model_for is not None else None, scorer_factory=self.scorer_factory,
            seed=self.scenario.seed, topics=self.scenario.sessions.topics, run=self.run)
        self.providers[conversation] = provider
        return provider

    @property
    def stats(self) -> dict[str, Any]:
        """Summary counts over every conversation, and which claim extractor was used."""
        total: dict[str, Any] = {"summaries": 0, "model": 0, "extractive": 0, "fallbacks": 0, "fallback_reasons": {}}
        for provider in self.providers.values():
            stats = provider.stats
            for key in ("summaries", "model", "extractive", "fallbacks"):
                total[key] += stats[key]
            for reason, n in stats["fallback_reasons"].items():
                total["fallback_reasons"][reason] = total["fallback_reasons"].get(reason, 0) + n
        return {**total, "extractor": self.extractor_name, "hearers": self.hearers}


def _check_settings(scenario: MemoryScenario, config: MemoryConfig, *, model_given: bool) -> None:
    unknown = sorted(set(config.per_persona) - set(scenario.names))
    if unknown:
        raise InputError(f"memory.per_persona: {', '.join(map(repr, unknown))} not in this scenario")
    modes = config.modes(scenario.names)
    if not model_given and any(modes[n] == "full" and config.for_persona(n).summarise for n in scenario.names):
        raise InputError("memory.summarise needs model_for (the runner passes gateway.model); "
                         "or set summarise: false for extractive summaries")


def check_memory(scenario: MemoryScenario, *, model_given: bool = True) -> None:
    """Raise the InputError (or MissingExtraError) that building the scenario's memory would, without
    opening a store or loading a model: the runner calls it before it writes anything."""
    if scenario.memory.mode == "off":
        return
    _check_settings(scenario, scenario.memory, model_given=model_given)
    check_scorer(scenario.memory.scorer, model=scenario.memory.embedding_model)


def memory_factory(scenario: MemoryScenario, *, store: MemoryStore, config: MemoryConfig | None = None,
                   model_for: Callable[[ModelSettings], ChatModel] | None = None, extract: Extractor | None = None,
                   scorer_factory: Callable[[], Scorer] | None = None,
                   run: str | None = None) -> PersonaMemoryFactory:
    """A memory factory for `run_scenario(scenario, memory=...)`; see PersonaMemoryFactory."""
    return PersonaMemoryFactory(scenario, store=store, config=config, model_for=model_for, extract=extract,
                                scorer_factory=scorer_factory, run=run)
