"""Memory benchmarks; prints its figures. Run: `.venv/bin/python bench/memory.py`.

1. Retrieval time per turn (`PersonaMemory.recall`) with 10,000 stored memories for the speaker,
   pinned to one core (target under 5 ms).
2. Prompt size in tokens over 20 sessions on the scripted model with full memory (target: flat once
   the memory budget is reached), and the cost of memory in whole-engine turns per second.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
from datetime import timedelta
from typing import Any

from simulate import Scenario, run_scenario
from simulate.agent import TurnContext
from simulate.memory import Episode, Fact, MemoryConfig, MemoryStore, PersonaMemory, Provenance, memory_factory
from simulate.memory.simple_claims import simple_extract_claims
from simulate.memory.testing import START, make_turn
from simulate.memory.tokens import estimate_tokens
from simulate.models.base import ChatRequest
from simulate.models.scripted import ScriptedModel
from simulate.persona import CoreFacts

CITIES = ["Denver", "Boston", "Lagos", "Oslo", "Lima", "Austin", "Dublin", "Manila", "Toronto", "Kyoto", "Porto",
          "Accra", "Quito", "Hanoi", "Tucson", "Leeds"]
JOBS = ["chef", "nurse", "pilot", "teacher", "plumber", "dentist", "farmer", "librarian", "mechanic", "architect",
        "journalist", "welder", "baker", "pharmacist", "surveyor", "translator"]
THINGS = ["jazz", "hiking", "opera", "chess", "gardening", "surfing", "knitting", "pottery", "birdwatching",
          "cycling", "baking", "poetry", "rowing", "sailing", "climbing", "fishing", "tango", "origami", "karaoke",
          "astronomy", "camping", "skiing", "painting", "woodwork"]
PETS = ["dog", "cat", "parrot", "rabbit", "horse", "hamster", "tortoise", "goldfish"]
NAMES = ["Max", "Rex", "Luna", "Bella", "Coco", "Milo", "Nala", "Ziggy", "Pip", "Olive"]


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _unpin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))


def _sentence(rng: random.Random, slot: int) -> tuple[str, str, str, Any]:
    kind = slot % 5
    if kind == 0:
        city = rng.choice(CITIES)
        club = rng.choice(THINGS)
        return "location", f"location@past:{slot}", f"I used to live in {city} near the {club} club.", city
    if kind == 1:
        job = rng.choice(JOBS)
        return "occupation", f"occupation@past:{slot}", f"I worked as a {job} for {rng.randint(2, 30)} years.", job
    if kind == 2:
        pet = rng.choice(PETS)
        return "pets", f"pets:{pet}:{slot}", f"I have a {pet} named {rng.choice(NAMES)}.", True
    thing = rng.choice(THINGS)
    when = rng.choice(["Sundays", "holidays", "weekday evenings"])
    return "likes", f"taste:{thing}:{slot}", f"I really love {thing} on {when}.", "like"


def fill(store: MemoryStore, *, memories: int, agent: str = "Maya", seed: int = 1) -> None:
    """`memories` memories for `agent`: facts about 200 people, itself, and one episode in 20."""
    rng = random.Random(seed)
    people = [f"Person{i:03d}" for i in range(200)]
    with store.transaction():
        for i in range(memories):
            when = START + timedelta(hours=6 * i)
            prov = Provenance(conversation="earlier-run", session=i // 50, turn=i % 50, index=i, time=when)
            if i % 20 == 19:
                partner = rng.choice(people)
                text = (f"I met {partner} at the {rng.choice(THINGS)} club. {partner} told me about a trip to "
                        f"{rng.choice(CITIES)}, and I told them about my {rng.choice(PETS)}.")
                store.put_episode(Episode(namespace="bench", agent=agent, conversation="earlier-run", session=i,
                                          started=when, ended=when, partners=(partner,), text=text,
                                          source="extractive"))
                continue
            subject = agent if i % 7 == 0 else rng.choice(people)
            slot, key, sentence, value = _sentence(rng, i)
            store.put_fact(Fact(namespace="bench", observer=agent, subject=subject, slot=slot, key=key, value=value,
                                text=sentence, audience=("Tom",) if subject == agent else (), since=prov, last=prov))


def bench_retrieval(memories: int = 10_000, turns: int = 2_000) -> None:
    """Median and p95 time of one recall with `memories` stored memories."""
    _pin()
    store = MemoryStore()
    fill(store, memories=memories)
    memory = PersonaMemory(conversation="now", namespace="bench", participants=["Maya", "Tom"],
                           config=MemoryConfig(summarise=False), store=store, extract=simple_extract_claims)
    rng = random.Random(2)
    said = [f"Person{rng.randrange(200):03d} said they love {rng.choice(THINGS)} and live in {rng.choice(CITIES)}."
            for _ in range(200)]
    contexts = []
    for t in range(turns):
        window = [make_turn("Tom" if k % 2 else "Maya", rng.choice(said), k, conversation="now", session=0)
                  for k in range(3)]
        contexts.append(TurnContext(conversation="now", session=0, turn=3, index=3, now=START + timedelta(days=3000),
                                    speaker="Maya", addressee="Tom", candidates=["Tom"], topic=rng.choice(THINGS),
                                    window=window, history=window, facts=CoreFacts(), last_session_gap=None))
    started = time.perf_counter()
    first = asyncio.run(memory.recall(contexts[0]))
    build = time.perf_counter() - started

    async def timed() -> list[float]:
        out = []
        for ctx in contexts:
            t0 = time.perf_counter()
            lines = await memory.recall(ctx)
            out.append(time.perf_counter() - t0)
            assert estimate_tokens("".join(f"- {line}\n" for line in lines)) <= 200
        return out

    times = sorted(asyncio.run(timed()))
    median, p95 = statistics.median(times) * 1000, times[int(len(times) * 0.95)] * 1000
    print(f"[1] recall with {memories:,} stored memories, one core: median {median:.2f} ms, p95 {p95:.2f} ms, "
          f"mean {statistics.fmean(times) * 1000:.2f} ms per turn over {turns:,} turns (target < 5 ms); "
          f"first recall incl. loading the index from SQLite {build * 1000:.0f} ms; {len(first)} lines recalled")
    _unpin()


def twenty_sessions(memory: str = "full") -> Scenario:
    """Two personas, 20 sessions of 8 turns, scripted."""
    return Scenario.model_validate({
        "id": "bench-memory",
        "personas": [
            {"inline": {"name": "Maya", "facts": {"age": 34, "occupation": "nurse", "location": "Denver",
                                                   "pets": [{"species": "dog", "name": "Max"}],
                                                   "likes": ["hiking", "jazz", "chess"], "dislikes": ["olives"]},
                        "timeline": [{"session": 8, "event": "moves to Austin",
                                      "changes": {"location": "Austin, Texas"}}]}},
            {"inline": {"name": "Tom", "facts": {"age": 40, "occupation": "chef", "location": "Boston",
                                                  "likes": ["opera", "sailing"], "marital_status": "married"}}},
        ],
        "sessions": {"count": 20, "turns": 8, "gap": "2 weeks"},
        "model": {"name": "scripted"},
    })


def bench_prompt_size(budget: int = 200) -> None:
    """Memory block and whole prompt size per session, for Maya."""
    seen: list[tuple[int, ChatRequest]] = []

    class Spy(ScriptedModel):
        async def complete(self, request: ChatRequest) -> Any:
            seen.append((len(request.context["history"]), request))
            return await super().complete(request)

    scenario = twenty_sessions()
    factory = memory_factory(scenario, store=MemoryStore(), config=MemoryConfig(prompt_budget_tokens=budget),
                             model_for=lambda s: ScriptedModel(), extract=simple_extract_claims)
    asyncio.run(run_scenario(scenario, provider=lambda s: Spy(), memory=factory))
    rows: dict[int, tuple[list[int], list[int]]] = {}
    for index, request in seen:
        if request.context["speaker"] != "Maya":
            continue
        system = request.messages[0].content
        block = system[system.index("What you remember:"):system.index("\nIt is ") + 1] \
            if "What you remember:" in system else ""
        prompt = sum(estimate_tokens(m.content) for m in request.messages)
        mem, total = rows.setdefault(index // 8, ([], []))
        mem.append(estimate_tokens(block))
        total.append(prompt)
    print(f"[2] prompt size over 20 sessions, full memory, budget {budget} tokens (Maya; estimated tokens):")
    print("    session  memory max  prompt mean  prompt max")
    for session, (mem, total) in sorted(rows.items()):
        print(f"    {session + 1:>7}  {max(mem):>10}  {statistics.fmean(total):>11.0f}  {max(total):>10}")
    full = [s for s, (mem, _) in sorted(rows.items()) if max(mem) >= 0.85 * budget]
    if full:
        later = [max(rows[s][1]) for s in range(full[0], len(rows))]
        print(f"    budget reached in session {full[0] + 1}; from then prompt max ranges {min(later)}-{max(later)} "
              f"tokens (spread {max(later) - min(later)}), memory never above {max(max(m) for m, _ in rows.values())}"
              f" (target: flat)")
    print(f"    summaries: {factory.stats}")


def bench_overhead(repeats: int = 3) -> None:
    """Whole-engine turns per second on one core: no memory, full memory in RAM, full memory in a file."""
    _pin()
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for label in ("no memory", "full memory, in-memory SQLite", "full memory, SQLite file (WAL)"):
            runs = []
            for attempt in range(repeats):
                scenario = twenty_sessions()
                factory = None
                if label != "no memory":
                    path = f"{folder}/m{attempt}.sqlite" if "file" in label else ":memory:"
                    factory = memory_factory(scenario, store=MemoryStore(path), model_for=lambda s: ScriptedModel(),
                                             extract=simple_extract_claims)
                started = time.perf_counter()
                result = asyncio.run(run_scenario(scenario, memory=factory))
                runs.append(len(result.turns) / (time.perf_counter() - started))
            rates[label] = statistics.median(runs)
    per_turn = {k: 1000 / v for k, v in rates.items()}
    print("[3] whole engine, scripted model, one core, 20 sessions x 8 turns (median of "
          f"{repeats}; memory cost = extra ms per turn):")
    for label, rate in rates.items():
        extra = per_turn[label] - per_turn["no memory"]
        print(f"    {label:<32} {rate:>7,.0f} turns/s" + (f"  (+{extra:.2f} ms/turn)" if extra > 0 else ""))
    _unpin()


if __name__ == "__main__":
    bench_retrieval()
    bench_prompt_size()
    bench_overhead()
