"""Memory benchmarks; prints its figures. Run: `.venv/bin/python bench/memory.py [--recall-only | --embeddings]`.

0. Recall on the labelled recall set (`bench/data/recall/`, valid and held-out test): does what
   reaches the prompt at the default budget hold an evidence turn of the question, against BM25 over
   the raw turns at k = 5, 10, 20; mixes of turns, facts and summaries; SQLite FTS5 against
   `memory/bm25.py` (quality, and query time at 10,000 turns: FTS5 ranked the same top 10 on both
   splits and was about 5x slower a query, so `memory/bm25.py` is kept and the store needs no FTS5
   table). `--embeddings` (needs the `embeddings`
   extra) measures the embeddings scorer and BM25 fused with it against BM25 alone, and nothing else.
1. Retrieval time per turn (`PersonaMemory.recall`) with 10,000 stored memories for the speaker,
   pinned to one core (target under 5 ms).
2. Prompt size in tokens over 20 sessions on the scripted model with full memory (target: flat once
   the memory budget is reached), and the cost of memory in whole-engine turns per second.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from simulate import Scenario, run_scenario
from simulate.agent import TurnContext
from simulate.checkers.conversation import Conversation
from simulate.memory import Episode, Fact, MemoryConfig, MemoryStore, PersonaMemory, Provenance, memory_factory
from simulate.memory.bm25 import BM25Index, tokenize
from simulate.memory.simple_claims import simple_extract_claims
from simulate.memory.tokens import estimate_tokens
from simulate.memory.transcript import query_context, remember, transcript_turns
from simulate.models.base import ChatRequest
from simulate.models.scripted import ScriptedModel
from simulate.persona import CoreFacts
from simulate.testing.memory_doubles import START, make_turn
from simulate.turn import Turn

CITIES = ["Denver", "Boston", "Lagos", "Oslo", "Lima", "Austin", "Dublin", "Manila", "Toronto", "Kyoto", "Porto",
          "Accra", "Quito", "Hanoi", "Tucson", "Leeds"]
JOBS = ["chef", "nurse", "pilot", "teacher", "plumber", "dentist", "farmer", "librarian", "mechanic", "architect",
        "journalist", "welder", "baker", "pharmacist", "surveyor", "translator"]
THINGS = ["jazz", "hiking", "opera", "chess", "gardening", "surfing", "knitting", "pottery", "birdwatching",
          "cycling", "baking", "poetry", "rowing", "sailing", "climbing", "fishing", "tango", "origami", "karaoke",
          "astronomy", "camping", "skiing", "painting", "woodwork"]
PETS = ["dog", "cat", "parrot", "rabbit", "horse", "hamster", "tortoise", "goldfish"]
NAMES = ["Max", "Rex", "Luna", "Bella", "Coco", "Milo", "Nala", "Ziggy", "Pip", "Olive"]
RECALL_SET = Path(__file__).resolve().parent / "data" / "recall"
KS = (5, 10, 20)


class FTS5Scorer:
    """The same Scorer protocol on SQLite FTS5 (bm25() ranked inside the database): the alternative measured."""

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:")
        self._db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, text, tokenize='porter unicode61')")
        self._ids: set[str] = set()

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, doc_id: str, text: str) -> None:
        self.remove(doc_id)
        self._db.execute("INSERT INTO docs VALUES (?, ?)", (doc_id, text))
        self._ids.add(doc_id)

    def remove(self, doc_id: str) -> None:
        if doc_id in self._ids:
            self._db.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
            self._ids.discard(doc_id)

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        terms = sorted(set(tokenize(query)))
        if not terms or k <= 0:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self._db.execute("SELECT id, -bm25(docs) FROM docs WHERE docs MATCH ? ORDER BY bm25(docs), id "
                                "LIMIT ?", (match, k))
        return [(doc, float(score)) for doc, score in rows]

    def get_state(self) -> dict[str, Any]:
        return {}

    def set_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError


def load_recall_set(split: str) -> tuple[dict[str, Conversation], list[dict[str, Any]]]:
    """The recall set's conversations (by id) and questions for `split` (valid or test)."""
    with open(RECALL_SET / f"spc_{split}_conversations.jsonl", encoding="utf-8") as handle:
        convs = [Conversation.model_validate(json.loads(line)) for line in handle]
    with open(RECALL_SET / f"spc_{split}_questions.jsonl", encoding="utf-8") as handle:
        questions = [json.loads(line) for line in handle]
    return {c.id: c for c in convs}, questions


def raw_turn_recall(convs: dict[str, Conversation], questions: list[dict[str, Any]],
                    make: Any = BM25Index) -> tuple[dict[int, int], float]:
    """Questions whose evidence is in the top k of a scorer over the raw turns, per k; and ms per query."""
    hits = {k: 0 for k in KS}
    spent, asked = 0.0, 0
    for cid, conv in convs.items():
        index = make()
        for i, turn in enumerate(conv.turns):
            index.add(str(i), f"{turn.speaker}: {turn.text}")
        for q in (q for q in questions if q["conversation"] == cid):
            t0 = time.perf_counter()
            top = [int(doc) for doc, _ in index.top(q["query"], max(KS))]
            spent += time.perf_counter() - t0
            asked += 1
            for k in KS:
                hits[k] += bool(set(top[:k]) & set(q["evidence"]))
    return hits, spent / max(asked, 1) * 1000


async def prompt_recall(convs: dict[str, Conversation], questions: list[dict[str, Any]],
                        config: MemoryConfig, scorer_factory: Any = None) -> dict[str, float]:
    """Share of questions whose evidence turn (and session) reaches the prompt at `config`'s budget.

    An evidence turn reaches it as a line that is the turn word for word or a fact first stated in it;
    its session, as any line from that session (a summary included). The question is said by the
    asker to the persona at the start of a new session after the last one (`query_context`).
    """
    turn_hits = session_hits = 0
    by_kind: dict[str, list[int]] = {}
    lines = tokens = 0
    kinds: dict[str, int] = {}
    for cid, conv in convs.items():
        memory = await remember(conv, config=config, scorer_factory=scorer_factory)
        turns = transcript_turns(conv)
        for q in (q for q in questions if q["conversation"] == cid):
            context = query_context(memory, q["speaker"], q["query"], asker=q["asker"], after=turns)
            items = memory.recall_items(context)
            origins = [i.origin for i in items if i.origin is not None]
            hit = any(o.index in q["evidence"] for o in origins if o.kind in ("turn", "fact"))
            turn_hits += hit
            by_kind.setdefault(q["kind"], []).append(hit)
            session_hits += any(o.session == q["session"] and o.conversation == cid for o in origins)
            lines += len(items)
            tokens += estimate_tokens("".join(f"- {i.text}\n" for i in items))
            for o in origins:
                kinds[o.kind] = kinds.get(o.kind, 0) + 1
        memory.store.close()
    n = max(len(questions), 1)
    return {"turn": turn_hits / n, "session": session_hits / n, "lines": lines / n, "tokens": tokens / n,
            **{f"{k} questions": sum(v) / len(v) for k, v in sorted(by_kind.items())},
            **{f"{k}s": v / n for k, v in sorted(kinds.items())}}


MIXES: dict[str, dict[str, Any]] = {  # each differs from the default in what it names
    "before: facts+summaries, last session pinned, recency 0.3": dict(recall=("facts", "episodes"),
                                                                      pin_last_session=True, recency_weight=0.3,
                                                                      once_per_turn=False),
    "turns+facts+summaries, pinned, recency 0.3": dict(pin_last_session=True, recency_weight=0.3),
    "turns+facts+summaries, pinned": dict(pin_last_session=True),
    "turns+facts+summaries, recency 0.3": dict(recency_weight=0.3),
    "turns+facts+summaries, a turn and its facts both": dict(once_per_turn=False),
    "turns+facts": dict(recall=("turns", "facts")),
    "turns+summaries": dict(recall=("turns", "episodes")),
    "turns only": dict(recall=("turns",)),
    "facts+summaries": dict(recall=("facts", "episodes")),
}


def bench_recall_set(splits: tuple[str, ...] = ("valid", "test")) -> None:
    """Evidence recall of the prompt vs BM25 over raw turns; mixes; FTS5 vs bm25.py."""
    default = MemoryConfig()
    for split in splits:
        convs, questions = load_recall_set(split)
        n = len(questions)
        print(f"[0] recall set, {split}: {len(convs)} conversations, {sum(len(c.turns) for c in convs.values()):,} "
              f"turns, {n} questions")
        for label, make in (("bm25.py", BM25Index), ("SQLite FTS5", FTS5Scorer)):
            hits, ms = raw_turn_recall(convs, questions, make)
            parts = []
            for kind in sorted({q["kind"] for q in questions}):
                subset = [q for q in questions if q["kind"] == kind]
                kind_hits, _ = raw_turn_recall(convs, subset, make)
                parts.append(f"{kind} questions top 10 {kind_hits[10] / len(subset):.0%}")
            print(f"    {label:<12} over raw turns: " + ", ".join(f"top {k} {hits[k] / n:.1%}" for k in KS)
                  + f" ({', '.join(parts)}; {ms:.2f} ms a query)")
        mixes = {"default (turns+facts+summaries, recency 0, each turn once)": {}, **MIXES}
        for label, update in mixes.items():
            result = asyncio.run(prompt_recall(convs, questions, default.model_copy(update=update)))
            extra = ", ".join(f"{k} {v:.1f}" for k, v in result.items() if k.endswith(("turns", "facts", "episodes")))
            kinds = ", ".join(f"{k} {v:.0%}" for k, v in result.items() if k.endswith("questions"))
            print(f"    prompt ({default.prompt_budget_tokens} tokens), {label:<60} evidence turn {result['turn']:.1%} "
                  f"({kinds}), evidence session {result['session']:.1%}; per question {result['lines']:.1f} lines, "
                  f"{result['tokens']:.0f} tokens ({extra})")


def cached_encoder() -> Any:
    """The bundled MiniLM encoder, each text encoded once (the bench encodes the same lines often); with
    `$BENCH_EMBEDDINGS_CACHE` set to a file, the vectors are kept there between runs."""
    import pickle

    from simulate.memory.embeddings import load_sentence_encoder

    encode = load_sentence_encoder()
    where = os.environ.get("BENCH_EMBEDDINGS_CACHE")
    cache: dict[str, Any] = {}
    if where and os.path.exists(where):
        with open(where, "rb") as handle:
            cache = pickle.load(handle)

    def cached(texts: list[str]) -> list[Any]:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        for start in range(0, len(missing), 256):
            batch = missing[start:start + 256]
            cache.update(zip(batch, encode(batch)))
        if where and len(missing) > 256:
            with open(where + ".tmp", "wb") as handle:
                pickle.dump(cache, handle)
            os.replace(where + ".tmp", where)
        return [cache[t] for t in texts]

    return cached


async def texts_to_encode(convs: dict[str, Conversation], questions: list[dict[str, Any]]) -> list[str]:
    """Every text the embeddings runs will encode: raw turns, memory items as indexed, and queries."""
    texts = [f"{t.speaker}: {t.text}" for c in convs.values() for t in c.turns] + [q["query"] for q in questions]
    for cid, conv in convs.items():
        memory = await remember(conv)
        turns = transcript_turns(conv)
        for q in (q for q in questions if q["conversation"] == cid):
            context = query_context(memory, q["speaker"], q["query"], asker=q["asker"], after=turns)
            texts.append(memory._query(context))
        for name in memory.participants:
            texts.extend(memory._retriever(name).scorer._docs.values())  # type: ignore[attr-defined]
        memory.store.close()
    return texts


def bench_embeddings(splits: tuple[str, ...] = ("valid", "test")) -> None:
    """Embeddings (bundled all-MiniLM-L6-v2), and BM25 fused with them (scaled scores summed), against BM25 alone."""
    from simulate.memory.embeddings import EmbeddingScorer
    from simulate.memory.scorers import FusedScorer

    encode = cached_encoder()
    makers = {"embeddings": lambda: EmbeddingScorer(encode),
              "fused": lambda: FusedScorer(BM25Index(), EmbeddingScorer(encode))}
    for split in splits:
        convs, questions = load_recall_set(split)
        n = len(questions)
        t0 = time.perf_counter()
        texts = asyncio.run(texts_to_encode(convs, questions))
        encode(texts)
        print(f"[0] {split}: {len(set(texts)):,} texts encoded in {time.perf_counter() - t0:.0f} s")
        for label, make in makers.items():
            t0 = time.perf_counter()
            hits, ms = raw_turn_recall(convs, questions, make)
            topic = [q for q in questions if q["kind"] == "topic"]
            topic_hits, _ = raw_turn_recall(convs, topic, make)
            print(f"[0] {split}, {label:<10} over raw turns: " + ", ".join(f"top {k} {hits[k] / n:.1%}" for k in KS)
                  + f" (topic questions top 10 {topic_hits[10] / len(topic):.0%}; {ms:.1f} ms a query; "
                  f"{time.perf_counter() - t0:.0f} s with encoding)")
            for mix in ("default", "turns+facts", "turns only"):
                config = MemoryConfig().model_copy(update=MIXES.get(mix, {}))
                result = asyncio.run(prompt_recall(convs, questions, config, scorer_factory=make))
                kinds = ", ".join(f"{k} {v:.0%}" for k, v in result.items() if k.endswith("questions"))
                extra = ", ".join(f"{k} {v:.1f}" for k, v in result.items() if k.endswith(("turns", "facts", "episodes")))
                print(f"    prompt ({config.prompt_budget_tokens} tokens), {mix}, {label} scorer: evidence turn "
                      f"{result['turn']:.1%} ({kinds}), evidence session {result['session']:.1%} ({extra})")


def bench_scorer_time(items: int = 10_000, queries: int = 2_000) -> None:
    """Median query time of bm25.py and FTS5 at `items` turn-like documents (top 48, the retriever's pool)."""
    _pin()
    convs, questions = load_recall_set("valid")
    texts = [f"{t.speaker}: {t.text}" for c in convs.values() for t in c.turns]
    for label, make in (("bm25.py", BM25Index), ("SQLite FTS5", FTS5Scorer)):
        scorer = make()
        for i in range(items):
            scorer.add(str(i), texts[i % len(texts)] + f" #{i // len(texts)}")
        times = []
        for i in range(queries):
            q = questions[i % len(questions)]["query"]
            t0 = time.perf_counter()
            scorer.top(q, 48)
            times.append(time.perf_counter() - t0)
        times.sort()
        print(f"[0] {label:<12} top 48 of {items:,} turns: median {statistics.median(times) * 1000:.2f} ms, "
              f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms a query")
    _unpin()


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
    """`memories` memories for `agent`: one episode in 20, and of the rest half past turns said or heard
    (with Tom), half facts about 200 people and itself."""
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
            slot, key, sentence, value = _sentence(rng, i)
            if i % 2:
                speaker, addressee = (agent, "Tom") if i % 4 == 1 else ("Tom", agent)
                store.add_turn("bench", Turn(conversation="earlier-run", index=i, session=i // 50, turn=i % 50,
                                             speaker=speaker, addressee=addressee, text=sentence, time=when,
                                             model="bench"))
                continue
            subject = agent if i % 7 == 0 else rng.choice(people)
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
    for _ in range(turns):
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
          f"first recall incl. loading the index from SQLite {build * 1000:.0f} ms; {len(first)} lines recalled "
          f"({len(memory._retriever('Maya'))} retrievable: turns, facts, episodes)")
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
    if "--embeddings" in sys.argv:
        bench_embeddings()
        raise SystemExit(0)
    bench_recall_set()
    bench_scorer_time()
    if "--recall-only" in sys.argv:
        raise SystemExit(0)
    bench_retrieval()
    bench_prompt_size()
    bench_overhead()
