"""A deterministic, instant model that speaks from the persona card and drifts on purpose.

Each answer states one fact of the speaker's card as it holds at that session. With `drift_rate`
(a model option), it instead states a value that contradicts the card, and every turn records in
`metadata["scripted"]` the claim it makes and exactly which persona facts and earlier turns of the
same speaker that claim contradicts: the ground truth that checker recall is measured against. Asked by
`simulate score`, it judges with known answers instead (`scripted_judge.py`).
"""

from __future__ import annotations

import asyncio
import random
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..compatibility import marital_statuses_conflict, occupations_conflict
from ..errors import InputError
from ..persona import CoreFacts, PersonaCard, occupation_sentence
from .base import ChatRequest, ChatResponse, Usage

__all__ = ["ScriptedModel", "create_scripted_model", "scripted_claims"]

_CITIES = ["Boston", "Seattle", "Miami", "Chicago", "Denver", "Phoenix", "Portland", "Atlanta",
           "Austin, Texas", "Toronto", "Dublin", "Manila"]
_JOBS = ["teacher", "accountant", "plumber", "nurse", "chef", "pilot", "librarian", "mechanic",
         "software engineer", "farmer", "dentist", "journalist"]
_SPECIES = ["dog", "cat", "parrot", "rabbit", "hamster", "horse"]
# Statuses that cannot hold together ("single" and "widowed" can; "married" and "divorced" cannot).
_EXCLUSIVE_STATUS = {
    "single": ["married", "engaged"], "dating": ["married"], "engaged": ["married", "single"],
    "married": ["single", "divorced", "widowed", "engaged"], "partnered": ["single"], "divorced": ["married"],
    "separated": ["single"], "widowed": ["married"],
}
_NUMBERS = ["no", "one", "two", "three", "four", "five", "six"]
_SLOT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("occupation", ("work", "job", "living", "career", "profession")),
    ("location", ("live", "home", "city", "from")),
    ("age", ("how old", "your age")),
    ("pets", ("pet", "animal", "dog", "cat")),
    ("marital_status", ("married", "partner", "single", "spouse")),
    ("children", ("kid", "child", "children", "son", "daughter")),
    ("likes", ("like", "enjoy", "hobby", "fun", "free time", "love")),
)


def _count(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _other(pool: Sequence[str], current: str | None, rng: random.Random) -> str:
    """A value from `pool` that shares no word with `current` ("Austin" never drifts to "Austin, Texas")."""
    words = set(re.findall(r"[a-z]+", (current or "").lower()))
    choices = [x for x in pool if not words & set(re.findall(r"[a-z]+", x.lower()))]
    return rng.choice(choices)


_STATEMENTS: dict[int, tuple[CoreFacts, list[tuple[str, str, Any, str]]]] = {}


def _statements(facts: CoreFacts) -> list[tuple[str, str, Any, str]]:
    """Consistent statements: (slot, claim key, claim value, sentence), cached per facts object."""
    cached = _STATEMENTS.get(id(facts))
    if cached is not None and cached[0] is facts:
        return cached[1]
    if len(_STATEMENTS) > 4096:
        _STATEMENTS.clear()
    out = _build_statements(facts)
    _STATEMENTS[id(facts)] = (facts, out)
    return out


def _build_statements(facts: CoreFacts) -> list[tuple[str, str, Any, str]]:
    out: list[tuple[str, str, Any, str]] = []
    if facts.age is not None:
        out.append(("age", "age", facts.age, f"I am {facts.age} years old."))
    if facts.occupation:
        out.append(("occupation", "occupation", facts.occupation.lower(), occupation_sentence(facts.occupation)))
    if facts.location:
        out.append(("location", "location", facts.location.lower(), f"I live in {facts.location}."))
    if facts.marital_status:
        out.append(("marital_status", "marital_status", facts.marital_status, f"I am {facts.marital_status}."))
    if facts.children:
        n = len(facts.children)
        out.append(("children", "children", n, f"I have {_count(n)} {'child' if n == 1 else 'children'}."))
    for pet in facts.pets:
        named = f" named {pet.name}" if pet.name else ""
        out.append(("pets", f"pet:{pet.species.lower()}", True, f"I have a {pet.species}{named}."))
    out.extend(("likes", f"taste:{x.lower()}", "like", f"I really love {x}.") for x in facts.likes)
    out.extend(("dislikes", f"taste:{x.lower()}", "dislike", f"I can't stand {x}.") for x in facts.dislikes)
    out.extend(("other", f"other:{i}", True, s if s.endswith(".") else s + ".") for i, s in enumerate(facts.other))
    return out


def _drifted(statement: tuple[str, str, Any, str], facts: CoreFacts,
             rng: random.Random) -> tuple[str, str, Any, str] | None:
    """A statement of the same slot with a contradicting value, or None where the slot cannot drift."""
    slot, key, value, _ = statement
    if slot == "age":
        new = value + rng.choice([-9, -7, -5, 5, 7, 11])
        new = new if new > 0 else value + 13
        return slot, key, new, f"I am {new} years old."
    if slot == "occupation":
        job = _other(_JOBS, facts.occupation, rng)
        return slot, key, job, occupation_sentence(job)
    if slot == "location":
        city = _other(_CITIES, facts.location, rng)
        return slot, key, city.lower(), f"I live in {city}."
    if slot == "marital_status":
        status = rng.choice(_EXCLUSIVE_STATUS.get(facts.marital_status or "", ["married"]))
        return slot, key, status, f"I am {status}."
    if slot == "children":
        n = rng.choice([k for k in range(0, 5) if k != value])
        return slot, key, n, f"I have {_count(n)} {'child' if n == 1 else 'children'}."
    if slot == "pets":
        species = key.split(":", 1)[1]
        return slot, key, False, f"I have never had a {species}."
    if slot in ("likes", "dislikes"):
        thing = key.split(":", 1)[1]
        if value == "like":
            return "dislikes", key, "dislike", f"I can't stand {thing}."
        return "likes", key, "like", f"I really love {thing}."
    return None


_SLOT_PATTERNS = [(slot, re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")s?\b"))
                  for slot, words in _SLOT_WORDS]


def _topic_slot(question: str) -> str | None:
    lowered = question.lower()
    for slot, pattern in _SLOT_PATTERNS:
        if pattern.search(lowered):
            return slot
    return None


def scripted_claims(metadata: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The claims a scripted turn recorded (empty for turns from other models)."""
    block = metadata.get("scripted") if metadata else None
    return list(block.get("claims", [])) if isinstance(block, Mapping) else []


class ScriptedModel:
    """Answers from the card in `request.context`; see the module docstring."""

    def __init__(self, name: str = "scripted", *, drift_rate: float = 0.0, latency_s: float = 0.0) -> None:
        if not 0.0 <= drift_rate <= 1.0:
            raise InputError(f"drift_rate must be between 0 and 1, got {drift_rate}")
        if latency_s < 0:
            raise InputError(f"latency_s must not be negative, got {latency_s}")
        self.name = name
        self.drift_rate = drift_rate
        self.latency_s = latency_s

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Answer deterministically from the request's seed and context (after `latency_s`, if set)."""
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        return self.answer(request)

    def answer(self, request: ChatRequest) -> ChatResponse:
        """The synchronous core of `complete`."""
        ctx = request.context
        if ctx.get("judge") is not None:  # asked by `simulate score`: a verdict with a known score
            from .scripted_judge import scripted_verdict

            text = scripted_verdict(ctx["judge"], request.options, seed=request.seed,
                                    reasked=len(request.messages) > 2)
            return self._response(request, text, {"claims": [], "drift": False, "contradicts": []})
        if ctx.get("examples") is not None:  # asked by `simulate score --examples scripted`
            from .scripted_judge import scripted_examples

            return self._response(request, scripted_examples(ctx["examples"]),
                                  {"claims": [], "drift": False, "contradicts": []})
        card: PersonaCard | None = ctx.get("card")
        facts: CoreFacts | None = ctx.get("facts")
        rng = random.Random(request.seed if request.seed is not None else 0)
        drift_rate = float(request.options.get("drift_rate", self.drift_rate))
        statements = _statements(facts) if facts is not None else []
        if not statements:
            text = "Hello there." if not ctx.get("history") else "I see what you mean."
            return self._response(request, text, {"claims": [], "drift": False, "contradicts": []})
        wanted = _topic_slot(str(ctx.get("probe") or ""))
        pool = [s for s in statements if s[0] == wanted] or statements
        statement = rng.choice(pool)
        drift = False
        if rng.random() < drift_rate:
            drifted = _drifted(statement, facts, rng) if facts is not None else None
            if drifted is not None:
                statement, drift = drifted, True
        slot, key, value, sentence = statement
        epoch = int(ctx.get("epochs", {}).get(slot, 0))
        norm = value - int(ctx.get("age_offset", 0)) if slot == "age" else value
        claim = {"slot": slot, "key": key, "value": value, "norm": norm, "epoch": epoch}
        contradicts = self._contradictions(claim, card, ctx)
        addressee = ctx.get("addressee")
        opener = f"{addressee}, " if addressee and rng.random() < 0.3 else ""
        text = opener + (sentence[0].lower() + sentence[1:] if opener and not sentence.startswith("I ") else sentence)
        meta = {"claims": [claim], "drift": drift, "contradicts": contradicts}
        return self._response(request, text, meta)

    def _contradictions(self, claim: dict[str, Any], card: PersonaCard | None,
                        ctx: Mapping[str, Any]) -> list[dict[str, int]]:
        found: list[dict[str, int]] = []
        if card is not None and claim["epoch"] > 0:
            found.extend(_timeline_contradictions(claim, card, int(ctx.get("session", 0))))
        if card is not None and claim["epoch"] == 0:
            base = {(k, v) for _, k, v, _ in _statements(card.facts)}
            keys = {k for _, k, _, _ in _statements(card.facts)}
            if claim["key"] in keys and (claim["key"], claim["norm"]) not in base and \
                    all(_values_conflict(k, v, claim["norm"]) for k, v in base if k == claim["key"]):
                slot_facts = card.facts.slot_sentences()
                for index, (fact_slot, sentence) in enumerate(slot_facts):
                    if _fact_matches(claim, fact_slot, sentence):
                        found.append({"fact": index})
        if card is not None and claim["epoch"] == 0 and \
                (claim["key"], claim["norm"]) in {(k, v) for _, k, v, _ in _statements(card.facts)}:
            return found  # the card's truth again: the earlier drifted turns were the contradictions
        found.extend({"turn": index} for index in _history_index(ctx.get("history", ())).conflicts(
            ctx.get("speaker"), claim))
        return found

    def _response(self, request: ChatRequest, text: str, meta: dict[str, Any]) -> ChatResponse:
        prompt_tokens = sum(len(m.content) for m in request.messages) // 4
        return ChatResponse(text=text, model=self.name,
                            usage=Usage(prompt_tokens=prompt_tokens, completion_tokens=len(text) // 4 + 1),
                            cost=0.0, finish_reason="stop", metadata={"scripted": meta})


class _HistoryIndex:
    """Earlier claims of a conversation by (speaker, key, epoch) and value, read once per turn as the
    history grows, so finding what a reply contradicts costs the distinct values said, not every turn."""

    def __init__(self, history: Sequence[Any]) -> None:
        self.history = history
        self.seen = 0
        self.by: dict[tuple[Any, str, int], dict[str, tuple[Any, list[tuple[int, int]]]]] = {}

    def current(self, history: Sequence[Any]) -> bool:
        """Is this index still about `history` (the same list, only appended to since)?"""
        return (history is self.history and len(history) >= self.seen
                and (self.seen == 0 or history[self.seen - 1] is self._last))

    def catch_up(self) -> None:
        """Index the turns appended since the last call."""
        for position in range(self.seen, len(self.history)):
            turn = self.history[position]
            for earlier in scripted_claims(turn.metadata):
                values = self.by.setdefault((turn.speaker, earlier["key"], earlier["epoch"]), {})
                entry = values.setdefault(repr(earlier["norm"]), (earlier["norm"], []))
                entry[1].append((position, turn.index))
        self.seen = len(self.history)
        self._last = self.history[-1] if self.history else None

    def conflicts(self, speaker: Any, claim: Mapping[str, Any]) -> list[int]:
        """Indices of the speaker's earlier turns whose claim on the same key and epoch conflicts with `claim`."""
        hits: dict[int, int] = {}
        for norm, turns in self.by.get((speaker, claim["key"], claim["epoch"]), {}).values():
            if _values_conflict(claim["key"], norm, claim["norm"]):
                for position, index in turns:
                    hits.setdefault(position, index)
        return [hits[p] for p in sorted(hits)]


_INDEXES: dict[int, _HistoryIndex] = {}


def _history_index(history: Sequence[Any]) -> _HistoryIndex:
    """The index of `history`, kept between replies while the conversation's turn list grows."""
    index = _INDEXES.get(id(history))
    if index is None or not index.current(history):
        if len(_INDEXES) > 1024:
            _INDEXES.clear()
        index = _INDEXES[id(history)] = _HistoryIndex(history)
    index.catch_up()
    return index


def _values_conflict(key: str, a: Any, b: Any) -> bool:
    if key == "marital_status":  # the checkers' own definitions, so the ground truth and the checkers agree
        return marital_statuses_conflict(a, b)
    if key == "occupation":
        return occupations_conflict(str(a), str(b))
    return a != b


def _timeline_contradictions(claim: dict[str, Any], card: PersonaCard, session: int) -> list[dict[str, int]]:
    """The timeline fact (numbered after the card's facts) that holds now and that `claim` contradicts."""
    base = len(card.facts.slot_sentences()) + 1  # the checkers number the card's name after its facts
    latest: tuple[int, str] | None = None
    for number, (event_session, slot, sentence) in enumerate(card.timeline_facts()):
        if event_session <= session and _fact_matches(claim, slot, sentence):
            latest = (base + number, sentence)
    if latest is None:
        return []
    facts = card.facts_at(session)
    truth = {(k, v) for _, k, v, _ in _statements(facts)}
    return [] if (claim["key"], claim["value"]) in truth else [{"fact": latest[0]}]


def _fact_matches(claim: dict[str, Any], fact_slot: str, sentence: str) -> bool:
    """Does card fact `sentence` (of `fact_slot`) state the slot that `claim` is about?"""
    key = claim["key"]
    if key.startswith("pet:"):
        return fact_slot == "pets" and f" {key[4:]}" in sentence.lower()
    if key.startswith("taste:"):
        return fact_slot in ("likes", "dislikes") and sentence.lower().rstrip(".").endswith(f" {key[6:]}")
    return fact_slot == claim["slot"] or (claim["slot"] == "occupation" and fact_slot == "occupation")


def create_scripted_model(name: str = "scripted", *, options: Mapping[str, Any] | None = None) -> ScriptedModel:
    """Entry-point factory for `--model scripted`."""
    options = dict(options or {})
    try:
        drift = float(options.pop("drift_rate", 0.0))
    except (TypeError, ValueError):
        raise InputError(f"drift_rate must be a number, got {options.get('drift_rate')!r}") from None
    if not 0.0 <= drift <= 1.0:
        raise InputError(f"drift_rate must be between 0 and 1, got {drift}")
    try:
        latency = float(options.pop("latency_s", 0.0))
    except (TypeError, ValueError):
        raise InputError(f"latency_s must be a number, got {options.get('latency_s')!r}") from None
    if latency < 0:
        raise InputError(f"latency_s must not be negative, got {latency}")
    return ScriptedModel(name, drift_rate=drift, latency_s=latency)
