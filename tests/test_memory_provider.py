"""PersonaMemory in whole runs on the scripted model: what later sessions' prompts remember."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulate import Scenario, run_scenario
from simulate.agent import NoMemory
from simulate.errors import InputError, MissingExtraError
from simulate.memory import MemoryConfig, MemoryStateError, MemoryStore, PersonaMemory, memory_factory, memory_json
from simulate.memory.lines import fact_line
from simulate.memory.simple_claims import simple_extract_claims
from simulate.memory.tokens import estimate_tokens
from simulate.models.base import ChatRequest
from simulate.models.scripted import ScriptedModel
from simulate.testing.memory_doubles import NoteModel, make_turn

MAYA = {"name": "Maya", "facts": {"age": 34, "occupation": "nurse", "location": "Denver",
                                  "pets": [{"species": "dog", "name": "Max"}], "likes": ["hiking"]},
        "timeline": [{"session": 2, "event": "moves to Austin", "changes": {"location": "Austin, Texas"}}]}
TOM = {"name": "Tom", "facts": {"age": 40, "occupation": "chef", "location": "Boston", "likes": ["jazz"]}}


def scenario(*, id: str = "pair", sessions: int = 4, turns: int = 8, start: str = "2026-01-05",
             **extra: Any) -> Scenario:
    """Maya and Tom, on the scripted model."""
    plan = {"count": sessions, "turns": turns, "gap": "3 weeks", "topics": ["a cafe"], "start": start}
    data = {"id": id, "personas": [{"inline": MAYA}, {"inline": TOM}], "model": {"name": "scripted"},
            "sessions": plan, **extra}
    return Scenario.model_validate(data)


def run(scn: Scenario, config: MemoryConfig, *, store: MemoryStore | None = None,
        model: Any = None) -> tuple[list[tuple[int, ChatRequest]], Any, MemoryStore, Any]:
    """Run `scn` with memory; returns (turn index, request) of each turn, the result, the store, the factory."""
    seen: list[tuple[int, ChatRequest]] = []

    class Spy(ScriptedModel):
        async def complete(self, request: ChatRequest) -> Any:
            seen.append((len(request.context["history"]), request))
            return await super().complete(request)

    store = store or MemoryStore()
    factory = memory_factory(scn, store=store, config=config, model_for=lambda s: model or ScriptedModel(),
                             extract=simple_extract_claims)
    result = asyncio.run(run_scenario(scn, provider=lambda s: Spy(), memory=factory))
    assert result.ok
    return seen, result, store, factory


def prompts(seen: list[tuple[int, ChatRequest]], speaker: str, *, first_index: int = 0) -> list[str]:
    """System prompts of `speaker`'s turns from conversation index `first_index` on."""
    return [r.messages[0].content for index, r in seen if r.context["speaker"] == speaker and index >= first_index]


def memory_block(prompt: str) -> str:
    """The 'What you remember' block of a system prompt ('' if none)."""
    if "What you remember:\n" not in prompt:
        return ""
    block = prompt[prompt.index("What you remember:\n"):]
    return block[:block.index("\nIt is ") + 1]


def test_session_four_prompts_hold_facts_first_stated_in_session_one() -> None:
    """What Tom told Maya in session 1 (and she told him) is in every session-4 prompt of hers, and v.v.

    (Facts and summaries only, the last summary pinned: past turns would compete for the budget.)
    """
    config = MemoryConfig(prompt_budget_tokens=400, recall=("facts", "episodes"), pin_last_session=True,
                          recency_weight=0.3)
    seen, result, store, factory = run(scenario(), config)
    cid = result.conversations[0].id
    for me, other in (("Maya", "Tom"), ("Tom", "Maya")):
        first = [f for f in store.facts(cid, me) if f.since.session == 0]
        assert any(f.subject == other for f in first) and any(f.subject == me for f in first)
        for fact in first:
            assert any(t.session == 0 and t.speaker == fact.subject and fact.text in t.text for t in result.turns)
        late = prompts(seen, me, first_index=24)  # session 4 starts at turn 24
        assert len(late) == 4
        for prompt in late:
            assert "It has been 3 weeks since session 3; last time: you spent time with" in prompt
            for fact in first:
                assert f"- {fact_line(fact, conversation=cid)}\n" in prompt
        assert all("What you remember" not in p for p in prompts(seen, me)[:1])
    example = fact_line(next(f for f in store.facts(cid, "Maya", "Tom") if f.since.session == 0), conversation=cid)
    assert example.startswith("Tom told you they ") and example.endswith("(session 1)")
    assert factory.stats["summaries"] == 8 and factory.stats["fallback_reasons"] == {"too_short": 8}


def test_the_prompt_budget_holds_in_every_prompt_of_a_run() -> None:
    """A tight budget: every memory block of every prompt fits it, and it is used."""
    seen, _, _, _ = run(scenario(sessions=5), MemoryConfig(prompt_budget_tokens=60))
    blocks = [memory_block(r.messages[0].content) for _, r in seen]
    assert all(estimate_tokens(block) <= 60 for block in blocks)
    assert max(estimate_tokens(block) for block in blocks) > 40


def test_modes_per_persona() -> None:
    """Tom has window memory only (this session's turns past the engine's window); Maya has none."""
    config = MemoryConfig(per_persona={"Tom": {"mode": "window"}, "Maya": {"mode": "off"}})
    seen, result, store, _ = run(scenario(sessions=2, memory={"window_turns": 2}), config)
    assert all("What you remember" not in p for p in prompts(seen, "Maya"))
    tom = [memory_block(p) for p in prompts(seen, "Tom")]
    lines = [line for block in tom for line in block.splitlines()[1:]]
    assert lines and all(line.startswith("- Earlier in this session, ") for line in lines)
    assert '- Earlier in this session, Maya said: "' in "".join(tom)
    assert store.episodes(result.conversations[0].id) == [] and store.facts(result.conversations[0].id) == []


def test_all_off_is_no_memory() -> None:
    """With every persona off the factory hands out NoMemory."""
    factory = memory_factory(scenario(), store=MemoryStore(), config=MemoryConfig(mode="off"))
    assert isinstance(factory("pair-s0-c0000"), NoMemory)


THREE = {"id": "trio", "model": {"name": "scripted"}, "sessions": {"count": 3, "turns": 9},
         "personas": [{"inline": {"name": "Ann", "facts": {"occupation": "pilot", "location": "Oslo"}}},
                      {"inline": {"name": "Ben", "facts": {"occupation": "chef", "location": "Lagos"}}},
                      {"inline": {"name": "Cy", "facts": {"occupation": "nurse", "location": "Lima"}}}],
         "graph": {"edges": ["Ann -> Ben", "Ben -> Cy", "Cy -> Ann"]}}


def test_knowledge_follows_the_three_person_graph() -> None:
    """Ann speaks only to Ben: Ben knows Ann, Cy does not; later prompts say so."""
    scn = Scenario.model_validate(THREE)
    seen, result, store, factory = run(scn, MemoryConfig(prompt_budget_tokens=300))
    cid = result.conversations[0].id
    assert factory.stats["hearers"] == "addressee"
    pairs = {(f.observer, f.subject) for f in store.facts(cid) if f.observer != f.subject}
    assert pairs == {("Ben", "Ann"), ("Cy", "Ben"), ("Ann", "Cy")}
    later = "".join(prompts(seen, "Ben", first_index=9))
    assert "Ann told you they " in later and "Cy told you" not in later


def test_group_talk_reaches_everyone() -> None:
    """hearers: everyone makes every remark known to both others."""
    seen, result, store, _ = run(Scenario.model_validate(THREE), MemoryConfig(hearers="everyone"))
    pairs = {(f.observer, f.subject) for f in store.facts(result.conversations[0].id) if f.observer != f.subject}
    assert pairs == {(a, b) for a in ("Ann", "Ben", "Cy") for b in ("Ann", "Ben", "Cy") if a != b}


def test_memories_carry_into_a_later_scenario(tmp_path: Path) -> None:
    """Same store file and namespace: a new scenario's first prompts remember the old one, dated."""
    path = tmp_path / "memory.sqlite"
    config = MemoryConfig(namespace="maya-and-tom", prompt_budget_tokens=300, recall=("facts", "episodes"),
                          pin_last_session=True)
    with MemoryStore(path) as store:
        _, first, _, _ = run(scenario(id="first", sessions=2), config, store=store)
    later = scenario(id="second", sessions=1, start="2026-06-01")
    with MemoryStore(path) as store:
        seen, _, _, factory = run(later, config, store=store)
        namespace = factory.namespace_for("second-s0-c0000")
        assert namespace == "maya-and-tom/c0000"
        known = store.facts(namespace, "Maya", "Tom")
    assert known and all(f.since.conversation == first.conversations[0].id for f in known)
    opening = prompts(seen, "Maya")[0]
    assert "since 26 Jan 2026; last time: you spent time with Tom" in opening
    assert f"- {fact_line(known[0], conversation='second-s0-c0000')}\n" in opening
    assert "(5 Jan 2026)" in opening or "(26 Jan 2026)" in opening


GOOD = "I met Tom again and we talked about food. He told me he is a chef, and I told him about Max."


def test_model_summaries_are_recalled_next_time() -> None:
    """A usable note becomes the episode, and next session opens with it, told back as 'you'."""
    seen, result, store, factory = run(scenario(sessions=2), MemoryConfig(pin_last_session=True), model=NoteModel(GOOD))
    episodes = store.episodes(result.conversations[0].id, "Maya")
    assert [(e.session, e.source, e.text) for e in episodes] == [(0, "model", GOOD), (1, "model", GOOD)]
    assert "last time: you met Tom again and we talked about food. He told you he is a chef" in prompts(seen, "Maya")[5]
    assert factory.stats["fallbacks"] == 0


def test_runs_are_deterministic_whatever_the_concurrency() -> None:
    """Memory keeps the engine's promise: same seed, same transcripts and memories at any concurrency."""
    scn = scenario(sessions=2, conversations=3)
    outs = []
    for in_flight in (1, 3):
        store = MemoryStore()
        factory = memory_factory(scn, store=store, model_for=lambda s: ScriptedModel(), extract=simple_extract_claims)
        result = asyncio.run(run_scenario(scn, memory=factory, max_in_flight=in_flight))
        outs.append(([t.model_dump(exclude={"latency_s"}) for t in result.turns], memory_json(store)))
    assert outs[0] == outs[1]


def test_lifecycle_errors() -> None:
    """Turns after a session closed or another conversation's turns: MemoryStateError. Closing a closed
    session again (a resumed run passing by) changes nothing."""
    memory = PersonaMemory(conversation="c", namespace="c", participants=["Maya", "Tom"],
                           config=MemoryConfig(summarise=False), store=MemoryStore(), extract=simple_extract_claims)

    async def steps() -> None:
        await memory.record(make_turn("Maya", "I live in Denver.", 0, addressee="Tom"))
        await memory.close_session("c", 0)
        with pytest.raises(MemoryStateError, match="takes no more turns"):
            await memory.record(make_turn("Maya", "Still here.", 1, addressee="Tom"))
        before = memory.store.get_state()
        await memory.close_session("c", 0)
        assert memory.store.get_state() == before
        with pytest.raises(MemoryStateError, match="belongs to"):
            await memory.record(make_turn("Maya", "Hi.", 0, conversation="other"))
        await memory.close_session("c", 5)  # a session with no turns closes without summaries

    asyncio.run(steps())


def test_a_failing_extractor_leaves_memory_as_it_was() -> None:
    """The turn's transaction rolls back whole; the next turn records normally."""
    calls: list[str] = []

    def flaky(text: str) -> list:  # type: ignore[type-arg]
        calls.append(text)
        if len(calls) == 1:
            raise RuntimeError("extractor bug")
        return simple_extract_claims(text)

    store = MemoryStore()
    memory = PersonaMemory(conversation="c", namespace="c", participants=["Maya", "Tom"],
                           config=MemoryConfig(summarise=False), store=store, extract=flaky)

    async def steps() -> None:
        with pytest.raises(RuntimeError):
            await memory.record(make_turn("Maya", "I live in Denver.", 0, addressee="Tom"))
        assert store.turns("c", "c", 0) == [] and store.open_sessions("c", "c") == [] and len(memory.working) == 0
        await memory.record(make_turn("Maya", "I live in Denver.", 0, addressee="Tom"))
        await memory.close_session("c", 0)

    asyncio.run(steps())
    assert [f.value for f in store.facts("c", "Tom", "Maya")] == ["denver"] and store.closed_sessions("c", "c") == [0]


def test_factory_checks_its_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unknown personas, summaries without a model, a missing embeddings extra: errors before the run."""
    scn = scenario()
    with pytest.raises(InputError, match="'Zed' not in this scenario"):
        memory_factory(scn, store=MemoryStore(), config=MemoryConfig(summarise=False, per_persona={"Zed": {}}))
    with pytest.raises(InputError, match="model_for"):
        memory_factory(scn, store=MemoryStore())
    assert memory_factory(scn, store=MemoryStore(), config=MemoryConfig(summarise=False))
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(MissingExtraError, match="embeddings"):
        memory_factory(scn, store=MemoryStore(), config=MemoryConfig(summarise=False, scorer="embeddings"))


_LIVED: list[PersonaMemory] = []


def lived() -> PersonaMemory:
    """Two closed sessions of Maya and Tom and a long third one running (built once)."""
    if not _LIVED:
        memory = PersonaMemory(conversation="c", namespace="c", participants=["Maya", "Tom"],
                               config=MemoryConfig(summarise=False), store=MemoryStore(),
                               extract=simple_extract_claims, hearers="everyone")
        said = ["I live in Denver.", "Maya, I work as a chef.", "I have a dog named Max.", "I really love jazz.",
                "I am 34 years old.", "I moved to Austin."]

        async def live() -> None:
            index = 0
            for session in range(3):
                for t in range(12):
                    who = "Maya" if t % 2 == 0 else "Tom"
                    await memory.record(make_turn(who, said[(t + session) % len(said)], index, session=session,
                                                  turn=t, addressee="Tom" if who == "Maya" else "Maya"))
                    index += 1
                if session < 2:
                    await memory.close_session("c", session)

        asyncio.run(live())
        _LIVED.append(memory)
    return _LIVED[0]


@given(st.integers(0, 400), st.integers(0, 12), st.sampled_from(["full", "window"]), st.integers(0, 400))
def test_recall_never_exceeds_the_prompt_budget(budget: int, window: int, mode: str, working: int) -> None:
    """Pinned line, this session's earlier turns and retrieved memories together fit the budget."""
    from datetime import timedelta

    from simulate.agent import TurnContext
    from simulate.memory.tokens import memory_block as block
    from simulate.persona import CoreFacts

    memory = lived()
    memory.config = MemoryConfig(summarise=False, mode=mode, prompt_budget_tokens=budget,  # type: ignore[arg-type]
                                 working_budget_tokens=working, pin_last_session=True)
    turns = memory.working.turns
    ctx = TurnContext(conversation="c", session=2, turn=12, index=36, now=turns[-1].time + timedelta(minutes=1),
                      speaker="Maya", addressee="Tom", candidates=["Tom"], topic="food",
                      window=turns[len(turns) - window:] if window else (), history=turns, facts=CoreFacts(),
                      last_session_gap=timedelta(weeks=3))
    lines = asyncio.run(memory.recall(ctx))
    assert estimate_tokens(block(lines)) <= budget
    if mode == "window":
        assert all(line.startswith("Earlier in this session") for line in lines)
    if budget >= 120 and mode == "full":
        assert lines[0].startswith("It has been 3 weeks since session 2; last time: you spent time with Tom")


@pytest.mark.parametrize("model,asked", [("local/smollm2", False), ("scripted", True)])
def test_auto_summaries_make_no_model_call_on_the_embedded_model(pair_path, model: str, asked: bool) -> None:  # type: ignore[no-untyped-def]
    """On `auto`, personas on local/smollm2 get extractive summaries and no summary call is made."""
    import asyncio

    from simulate import apply_overrides, load_scenario, run_scenario
    from simulate.models.scripted import ScriptedModel

    purposes: list[str] = []

    class Spy(ScriptedModel):
        async def complete(self, request):  # type: ignore[no-untyped-def]
            purposes.append(request.context.get("purpose", "turn"))
            return await super().complete(request)

    scenario = apply_overrides(load_scenario(pair_path), model=model, sessions=2, turns=2)
    result = asyncio.run(run_scenario(scenario, provider=lambda s: Spy()))
    assert ("memory_summary" in purposes) == asked
    stats = result.summary["memory"]
    assert stats["summaries"] > 0 and (stats["model"] + stats["fallbacks"] > 0) == asked
    if not asked:
        assert stats["extractive"] == stats["summaries"] and stats["fallbacks"] == 0


def test_memory_reads_only_what_memory_scenario_names() -> None:
    """Memory needs no Scenario: any object with names, seed, graph.edges, sessions.topics and
    model.for_persona builds the same memory (the scenario schema imports memory, not the other way)."""
    from types import SimpleNamespace

    from simulate.models.settings import ModelSettings

    real = scenario()
    plain = SimpleNamespace(names=["Maya", "Tom"], seed=real.seed, graph=SimpleNamespace(edges=[]),
                            sessions=SimpleNamespace(topics=["a cafe"]), model=ModelSettings(name="scripted"))
    config = MemoryConfig(summarise=False)
    built = memory_factory(plain, store=MemoryStore(), config=config)("pair-s0-c0000")
    expected = memory_factory(real, store=MemoryStore(), config=config)("pair-s0-c0000")
    assert isinstance(built, PersonaMemory) and isinstance(expected, PersonaMemory)
    assert (built.participants, built.hearers) == (expected.participants, expected.hearers)
    assert (built.participants, built.hearers) == (("Maya", "Tom"), "everyone")
