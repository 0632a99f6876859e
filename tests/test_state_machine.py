"""Engine invariants over generated runs: memory state round-trips, and runs stopped any number of times
(cancelled like Ctrl-C, crashed, killed, a torn event line, memory rewritten from its state) and resumed
lose no turn, write none twice, and check the same as checking the stored transcript afterwards."""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from simulate import Scenario, run_scenario
from simulate.agent import TurnContext
from simulate.checkers.conversation import Conversation
from simulate.checkers.engine import check_conversation
from simulate.errors import RunError
from simulate.exports import export_run
from simulate.memory import MemoryStore, memory_factory, memory_json
from simulate.models.base import ChatRequest, ChatResponse
from simulate.models.scripted import ScriptedModel
from simulate.runner import RunResult, resume_run
from simulate.testing import strategies as sst

SMALL = dict(max_personas=3, max_sessions=3, max_turns=4)


def _context(scenario: Scenario, conversation: str, speaker: str, turns: list[Any]) -> TurnContext:
    """What `speaker` would recall at the start of a session after the last one."""
    session = scenario.sessions.count
    others = [n for n in scenario.names if n != speaker]
    return TurnContext(conversation=conversation, session=session, turn=0, index=len(turns),
                       now=scenario.sessions.starts_at(session), speaker=speaker, addressee=others[0],
                       candidates=others, topic="catching up", window=(), history=turns,
                       facts=scenario.card(speaker).facts, last_session_gap=scenario.sessions.gap)


@settings(max_examples=20)
@given(scenario=sst.scenarios(memory_modes=("full", "window"), max_conversations=2, **SMALL))
def test_memory_state_round_trips_over_generated_runs(scenario: Scenario) -> None:
    """After any generated run, each conversation's memory and the whole store survive get_state ->
    JSON -> set_state into fresh ones: same state, and every persona recalls the same lines."""
    store = MemoryStore()
    lived = memory_factory(scenario, store=store, config=scenario.memory, model_for=lambda s: ScriptedModel())
    result = asyncio.run(run_scenario(scenario, memory=lived))
    state = store.get_state()
    whole = MemoryStore()
    whole.set_state(orjson.loads(orjson.dumps(state)))
    assert whole.get_state() == state
    fresh = memory_factory(scenario, store=MemoryStore(), config=scenario.memory, model_for=lambda s: ScriptedModel())
    for conversation in result.conversations:
        old = lived.providers[conversation.id]
        new = fresh(conversation.id)
        contexts = [_context(scenario, conversation.id, name, conversation.turns) for name in scenario.names]
        expected = [asyncio.run(old.recall(ctx)) for ctx in contexts]
        blank = [asyncio.run(new.recall(ctx)) for ctx in contexts]
        assert all(b != e for b, e in zip(blank, expected) if e), "a fresh memory must differ to prove anything"
        wire = orjson.loads(orjson.dumps(old.get_state()))
        new.set_state(wire)  # type: ignore[attr-defined]
        assert new.get_state() == old.get_state()  # type: ignore[attr-defined]
        assert [asyncio.run(new.recall(ctx)) for ctx in contexts] == expected


class _Stop(Exception):
    """A simulated crash inside a model call."""


class StoppingModel:
    """The scripted model, yielding to the loop on each call; after `budget` calls it stops the run:
    `cancel` cancels the run's task (Ctrl-C), `kill` does too (the machine then erases what a kill -9
    would not have written), `crash` raises from inside the call."""

    name = "scripted"

    def __init__(self, budget: int | None, how: str) -> None:
        self.inner = ScriptedModel()
        self.budget = budget
        self.how = how
        self.run_task: asyncio.Task[Any] | None = None

    async def complete(self, request: ChatRequest) -> ChatResponse:
        await asyncio.sleep(0)
        if self.budget is not None:
            if self.budget <= 0:
                if self.how == "crash":
                    raise _Stop("simulated crash")
                assert self.run_task is not None
                self.run_task.cancel()
                await asyncio.sleep(0)
            self.budget -= 1
        return self.inner.answer(request)


def _export(folder: Path) -> list[dict[str, Any]]:
    buffer = io.BytesIO()
    export_run(folder, buffer)
    return [orjson.loads(line) for line in buffer.getvalue().splitlines()]


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [orjson.loads(line) for line in path.read_bytes().splitlines(keepends=True) if line.endswith(b"\n")]


def _key(finding: dict[str, Any]) -> tuple[str, int, str]:
    return finding["conversation"], finding["turn"], finding["kind"]


def _memory(path: Path) -> Any:
    with MemoryStore(path, create=False) as store:
        return memory_json(store)


HOW = st.sampled_from(["cancel", "kill", "crash"])
# Session topics are part of the machine's scenarios (a resumed run used to lose the topic of a
# session open at the stop; test_resume_keeps_the_topic_of_an_open_session pins that).
RESUME_KEEPS_TOPICS = True


class StopAndResume(RuleBasedStateMachine):
    """One generated scenario, run in pieces: stopped after N model calls, damaged, resumed, again."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="simulate-sm-"))
        self.finished = False
        self.stops = 0

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # -- driving ---------------------------------------------------------------------------------

    def _go(self, start: Callable[[Callable[[Any], Any]], Awaitable[RunResult]], budget: int | None,
            how: str) -> None:
        model = StoppingModel(budget, how)

        async def main() -> bool:
            task = asyncio.ensure_future(start(lambda settings: model))
            model.run_task = task
            try:
                await task
            except (asyncio.CancelledError, _Stop):
                return False
            return True

        if asyncio.run(main()):
            self.finished = True
            event(f"run finished after {self.stops} stops")
            return
        self.stops += 1
        event(f"run stopped: {how}")
        if how == "kill":  # a kill -9 leaves the manifest running and writes no summary
            manifest = orjson.loads((self.folder / "manifest.json").read_bytes())
            manifest.update(status="running", ended=None)
            (self.folder / "manifest.json").write_bytes(orjson.dumps(manifest))
            (self.folder / "summary.json").unlink(missing_ok=True)

    @property
    def folder(self) -> Path:
        (folder,) = (self.root / "run").iterdir()
        return folder

    def _reference_turns(self) -> dict[tuple[str, int], dict[str, Any]]:
        return {(t.conversation, t.index): t.model_dump(mode="json", exclude={"latency_s"})
                for t in self.reference.turns}

    # -- rules (no preconditions: on a finished run, each checks that nothing more happens) ---------

    # Mostly full memory and short sessions, so that many stops land in a session's summaries.
    @initialize(scenario=sst.scenarios(max_conversations=2, drift_rates=(0.3, 0.6), topics=RESUME_KEEPS_TOPICS,
                                       memory_modes=("full", "full", "window", "off"), max_personas=3,
                                       max_sessions=3, max_turns=3),
                budget=st.integers(0, 8), how=HOW)
    def start(self, scenario: Scenario, budget: int, how: str) -> None:
        """Run the scenario whole once (the reference), then again, stopped after `budget` model calls."""
        self.scenario = scenario
        self.reference = asyncio.run(run_scenario(scenario, out=self.root / "ref",
                                                  provider=lambda s: StoppingModel(None, "cancel")))
        assert self.reference.ok
        self._go(lambda provider: run_scenario(scenario, out=self.root / "run", provider=provider), budget, how)

    def _resume(self, budget: int | None, how: str) -> None:
        if self.finished:
            before = (self.folder / "events.jsonl").read_bytes()
            with pytest.raises(RunError, match="already finished"):
                asyncio.run(resume_run(self.folder))
            assert (self.folder / "events.jsonl").read_bytes() == before
            return
        self._go(lambda provider: resume_run(self.folder, provider=provider), budget, how)

    @rule(budget=st.integers(0, 6), how=HOW)
    def resume_then_stop(self, budget: int, how: str) -> None:
        """Resume and stop again after `budget` model calls (0: before any new turn)."""
        self._resume(budget, how)

    @rule()
    def resume_to_the_end(self) -> None:
        """Resume and let the run finish (a finished run refuses, unchanged)."""
        self._resume(None, "cancel")
        assert self.finished

    @rule(cut=st.integers(1, 60))
    def tear_the_next_event(self, cut: int) -> None:
        """A kill in the middle of writing the next turn's line leaves a torn last line."""
        line = orjson.dumps({**next(iter(self._reference_turns().values())), "type": "turn"})
        with open(self.folder / "events.jsonl", "ab") as handle:
            handle.write(line[: min(cut, len(line) - 1)])
        event("torn event line")

    @rule()
    def rewrite_memory_from_its_state(self) -> None:
        """The memory database is rebuilt from get_state into a new file (a restore from a backup)."""
        path = self.folder / "memory.sqlite"
        if not path.exists():
            return
        with MemoryStore(path, create=False) as store:
            state = store.get_state()
        rebuilt = self.folder / "memory.rebuilt.sqlite"
        with MemoryStore(rebuilt) as fresh:
            fresh.set_state(orjson.loads(orjson.dumps(state)))
            assert fresh.get_state() == state
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(rebuilt, path)
        event("memory rewritten from its state")

    # -- invariants ------------------------------------------------------------------------------

    @invariant()
    def no_turn_lost_duplicated_or_changed(self) -> None:
        """Each conversation's stored turns are the reference's first turns, each exactly once, in order."""
        events = _lines(self.folder / "events.jsonl")
        turns = [e for e in events if e["type"] == "turn"]
        reference = self._reference_turns()
        by_conversation: dict[str, list[int]] = {}
        for record in turns:
            by_conversation.setdefault(record["conversation"], []).append(record["index"])
            stored = {k: v for k, v in record.items() if k not in ("type", "latency_s")}
            assert stored == reference[(record["conversation"], record["index"])]
        for indices in by_conversation.values():
            assert indices == list(range(len(indices)))
        ends = Counter(e["conversation"] for e in events if e["type"] == "conversation")
        assert all(n == 1 for n in ends.values())

    @invariant()
    def live_findings_equal_checking_the_stored_transcript(self) -> None:
        """findings.jsonl, written while the run went on, over every stop, equals check_conversation on the
        export of what is stored: the ledger rebuilt on resume is the ledger of the transcript."""
        live = sorted(_lines(self.folder / "findings.jsonl"), key=_key)
        after = sorted((f.record() for record in _export(self.folder)
                        for f in check_conversation(Conversation.model_validate(record))), key=_key)
        assert live == after
        assert len({_key(f) for f in live}) == len(live)

    @invariant()
    def a_finished_run_equals_the_uninterrupted_one(self) -> None:
        """Done: same transcripts, findings, memory and summary figures as the run that never stopped."""
        if not self.finished:
            return
        reference = self.reference.folder
        assert reference is not None
        assert _export(self.folder) == _export(reference)
        assert sorted(_lines(self.folder / "findings.jsonl"), key=_key) == \
            sorted(_lines(reference / "findings.jsonl"), key=_key)
        if (reference / "memory.sqlite").exists():
            assert _memory(self.folder / "memory.sqlite") == _memory(reference / "memory.sqlite")
        summary = orjson.loads((self.folder / "summary.json").read_bytes())
        assert summary["turns"] == self.reference.summary["turns"]
        assert summary["findings"] == self.reference.summary["findings"]
        assert orjson.loads((self.folder / "manifest.json").read_bytes())["status"] == "done"


StopAndResume.TestCase.settings = settings(max_examples=20, stateful_step_count=10, deadline=None)
test_stop_and_resume = StopAndResume.TestCase


# -- engine bugs the machine found, pinned as deterministic regressions -------------------------

def _stopped(scenario: Scenario, root: Path, budget: int) -> Path:
    """Run `scenario` under `root/run`, cancelled at its model call number `budget + 1`; the run folder."""
    model = StoppingModel(budget, "cancel")

    async def main() -> None:
        task = asyncio.ensure_future(run_scenario(scenario, out=root / "run", provider=lambda s: model))
        model.run_task = task
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    (folder,) = (root / "run").iterdir()
    return folder


def _finish(folder: Path) -> None:
    asyncio.run(resume_run(folder, provider=lambda s: StoppingModel(None, "cancel")))


def _reference(scenario: Scenario, root: Path) -> Path:
    result = asyncio.run(run_scenario(scenario, out=root / "ref", provider=lambda s: StoppingModel(None, "cancel")))
    assert result.folder is not None
    return result.folder


def test_resume_keeps_the_topic_of_an_open_session(tmp_path: Path) -> None:
    """Stopped while session 0 is summarised, then resumed: the episode keeps the topic, as in an
    uninterrupted run (and so do the prompts of later sessions, which quote it)."""
    scenario = Scenario.model_validate({
        "id": "topic", "personas": [{"inline": {"name": "Maya", "facts": {"location": "Denver"}}},
                                    {"inline": {"name": "Tom", "facts": {"occupation": "chef"}}}],
        "sessions": {"count": 2, "turns": 2, "topics": ["a campus cafe", "the book club"]},
        "model": {"name": "scripted"}})
    reference = _reference(scenario, tmp_path)
    folder = _stopped(scenario, tmp_path, budget=2)  # both turns of session 0 done, stopped in its summaries
    _finish(folder)
    assert _memory(folder / "memory.sqlite") == _memory(reference / "memory.sqlite")
    prompts = lambda f: [e["prompt_tokens"] for e in _lines(f / "events.jsonl") if e["type"] == "turn"]  # noqa: E731
    assert prompts(folder) == prompts(reference)


def test_a_kill_between_a_turn_and_its_findings_loses_no_finding(tmp_path: Path) -> None:
    """The last stored turn's findings are missing (the kill landed just after its event line was
    flushed); the resumed run writes them, so findings equal the uninterrupted run's."""
    scenario = Scenario.model_validate({
        "id": "drift", "personas": [{"inline": {"name": "Maya", "facts": {"location": "Denver", "age": 30}}},
                                    {"inline": {"name": "Tom", "facts": {"occupation": "chef"}}}],
        "sessions": {"count": 1, "turns": 8}, "model": {"name": "scripted", "options": {"drift_rate": 1.0}},
        "memory": {"mode": "off"}})
    reference = _reference(scenario, tmp_path)
    folder = _stopped(scenario, tmp_path, budget=5)
    last = max(e["index"] for e in _lines(folder / "events.jsonl") if e["type"] == "turn")
    findings = _lines(folder / "findings.jsonl")
    kept = [f for f in findings if f["turn"] != last]
    assert len(kept) < len(findings), "the last stored turn must have a finding to lose"
    (folder / "findings.jsonl").write_bytes(b"".join(orjson.dumps(f) + b"\n" for f in kept))
    _finish(folder)
    assert sorted(_lines(folder / "findings.jsonl"), key=_key) == sorted(_lines(reference / "findings.jsonl"), key=_key)
