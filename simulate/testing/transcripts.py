"""Transcripts with injected contradictions, and the exact findings a checker should make on them.

Each speaker has a persona card over a few keys (where they live, their job, age, marital status,
a pet, a taste). Turns state values consistent with the card and with the speaker's earlier turns,
say nothing (fillers), or answer probe questions; some turns are injected contradictions. Each
injection contradicts exactly one earlier thing, so its finding is known: a card fact (`persona`),
the one earlier turn that stated the key (`cross_turn` in the same session, `cross_session` in an
earlier one), or an earlier answer to the same probe (`retest`). After an injection the speaker
says nothing more about that key, so no other turn is a contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from ..checkers.conversation import Conversation, TurnIn, persona_facts
from ..errors import InputError
from ..persona import CoreFacts, PersonaCard, Pet, occupation_sentence
from .persona_strategies import CITIES, JOBS, PASTIMES, SPECIES

__all__ = ["InjectedTranscript", "Injection", "transcripts"]

START = datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc)
SPEAKERS = ("Ana", "Ben", "Cleo", "Dev")
FILLERS = ("That sounds lovely.", "Good to hear from you.", "Go on, I am listening.", "Ha, fair enough.")
_QUESTIONS = {"location": "Where do you live?", "occupation": "What do you do for a living?",
              "age": "How old are you?", "marital_status": "Are you married?"}


def _keys() -> dict[str, tuple[Any, ...]]:
    keys: dict[str, tuple[Any, ...]] = {"location": CITIES, "occupation": JOBS, "age": tuple(range(20, 81, 5)),
                                        "marital_status": ("married", "single")}
    keys.update({f"pet:{s}": (True, False) for s in SPECIES[:2]})
    keys.update({f"taste:{p}": ("like", "dislike") for p in PASTIMES[:3]})
    return keys


KEYS = _keys()


def sentence(key: str, value: Any) -> str:
    """What a speaker says to state `value` for `key` (phrases the rules checker reads)."""
    if key == "location":
        return f"I live in {value}."
    if key == "occupation":
        return occupation_sentence(value)
    if key == "age":
        return f"I am {value} years old."
    if key == "marital_status":
        return f"I am {value}."
    if key.startswith("pet:"):
        species = key[4:]
        return f"I have a {species}." if value else f"I have never had a {species}."
    thing = key.split(":", 1)[1]
    return f"I really love {thing}." if value == "like" else f"I can't stand {thing}."


def _card(name: str, truth: dict[str, Any]) -> PersonaCard:
    data: dict[str, Any] = {k: v for k, v in truth.items() if k in ("location", "occupation", "age", "marital_status")}
    data["pets"] = [Pet(species=k[4:]) for k, v in truth.items() if k.startswith("pet:") and v]
    data["likes"] = [k[6:] for k, v in truth.items() if k.startswith("taste:") and v == "like"]
    data["dislikes"] = [k[6:] for k, v in truth.items() if k.startswith("taste:") and v == "dislike"]
    return PersonaCard(name=name, facts=CoreFacts.model_validate(data))


def _fact_index(card: PersonaCard, key: str) -> int:
    wanted = {"location": "I live in", "occupation": "I work as", "age": "years old", "marital_status": "I am "}
    for index, (slot, text) in enumerate(card.facts.slot_sentences()):
        if key.startswith("pet:") and slot == "pets" and text.endswith(f" {key[4:]}."):
            return index
        if key.startswith("taste:") and slot in ("likes", "dislikes") and text.endswith(f" {key[6:]}."):
            return index
        if slot == key and wanted[key] in text:
            return index
    raise KeyError(key)


class Injection(BaseModel):
    """An injected contradiction: the turn, and the one finding a checker should make of it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    turn: int
    speaker: str
    key: str
    kind: str
    against: dict[str, int]


class InjectedTranscript(BaseModel):
    """A Conversation (Conversation JSONL v1), its speakers' cards, and the contradictions injected in it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conversation: Conversation
    cards: dict[str, PersonaCard]
    injections: tuple[Injection, ...]

    def expected(self) -> set[tuple[int, str, frozenset[tuple[str, int]]]]:
        """(turn, kind, evidence) of every finding a correct checker makes."""
        return {(i.turn, i.kind, frozenset(i.against.items())) for i in self.injections}


@dataclass
class _Said:
    index: int
    session: int
    value: Any
    probe: str | None


@dataclass
class _Builder:
    cards: dict[str, PersonaCard]
    truth: dict[str, dict[str, Any]]
    turns: list[TurnIn] = field(default_factory=list)
    said: dict[tuple[str, str], list[_Said]] = field(default_factory=dict)
    closed: set[tuple[str, str]] = field(default_factory=set)
    injections: list[Injection] = field(default_factory=list)
    session: int = 0

    def add(self, speaker: str, text: str, *, kind: str | None = None, probe: str | None = None) -> int:
        index = len(self.turns)
        self.turns.append(TurnIn(speaker=speaker, text=text, session=self.session, kind=kind, probe=probe,
                                 time=START + timedelta(weeks=self.session, minutes=index)))
        return index

    def injectable(self, speaker: str) -> list[str]:
        """Keys where a contradiction would contradict exactly one thing."""
        out = []
        for key in KEYS:
            said = self.said.get((speaker, key), [])
            if (speaker, key) in self.closed:
                continue
            if (key in self.truth[speaker] and not said) or (key not in self.truth[speaker] and len(said) == 1):
                out.append(key)
        return out

    def value(self, speaker: str, key: str) -> Any:
        said = self.said.get((speaker, key))
        return self.truth[speaker].get(key, said[0].value if said else None)

    def state(self, draw: st.DrawFn, speaker: str, key: str, *, inject: bool, probe: bool) -> None:
        current = self.value(speaker, key)
        if inject:
            value = draw(st.sampled_from([v for v in KEYS[key] if v != current and not _same_age(key, v, current)]))
        else:
            value = current if current is not None else draw(st.sampled_from(KEYS[key]))
        probe_id = f"p-{key}" if probe else None
        if probe_id is not None:
            asker = draw(st.sampled_from([n for n in self.cards if n != speaker]))
            self.add(asker, _QUESTIONS.get(key, "What about you?"), kind="probe_question", probe=probe_id)
        index = self.add(speaker, sentence(key, value), kind="probe_answer" if probe_id else None, probe=probe_id)
        if inject:
            self.injections.append(self._injection(index, speaker, key, probe_id))
            self.closed.add((speaker, key))
        else:
            self.said.setdefault((speaker, key), []).append(_Said(index, self.session, value, probe_id))

    def _injection(self, index: int, speaker: str, key: str, probe: str | None) -> Injection:
        if key in self.truth[speaker]:
            return Injection(turn=index, speaker=speaker, key=key, kind="persona",
                             against={"fact": _fact_index(self.cards[speaker], key)})
        (old,) = self.said[(speaker, key)]
        kind = ("retest" if probe is not None and old.probe == probe
                else "cross_turn" if old.session == self.session else "cross_session")
        return Injection(turn=index, speaker=speaker, key=key, kind=kind, against={"turn": old.index})


def _same_age(key: str, a: Any, b: Any) -> bool:
    return key == "age" and b is not None and abs(a - b) < 5


def transcripts(*, speakers: Sequence[str] = SPEAKERS, max_speakers: int = 3, max_sessions: int = 3,
                max_turns: int = 14, min_injections: int = 1,
                max_injections: int = 3) -> st.SearchStrategy[InjectedTranscript]:
    """A Conversation with between `min_injections` and `max_injections` injected contradictions.

    Sessions are a week apart; probe questions are asked by another speaker just before the answer.

    Raises:
        InputError: at once, for fewer than two speakers or bounds that cannot hold.
    """
    names = tuple(dict.fromkeys(speakers))
    if len(names) < 2 or max_speakers < 2 or max_sessions < 1 or max_turns < 0:
        raise InputError("transcripts need two speakers or more, a session or more, and max_turns >= 0")
    if min_injections < 0 or min_injections > max_injections or max_injections > 8:
        raise InputError("0 <= min_injections <= max_injections <= 8")
    return _transcripts(names, max_speakers, max_sessions, max_turns, min_injections, max_injections)


@st.composite
def _transcripts(draw: st.DrawFn, speakers: tuple[str, ...], max_speakers: int, max_sessions: int, max_turns: int,
                 min_injections: int, max_injections: int) -> InjectedTranscript:
    names = draw(st.lists(st.sampled_from(list(speakers)), min_size=2, max_size=max(2, max_speakers), unique=True))
    truth: dict[str, dict[str, Any]] = {n: {} for n in names}
    for name in names:  # a card can say that someone has a pet, not that they never had one
        for key in draw(st.lists(st.sampled_from(sorted(KEYS)), max_size=4, unique=True)):
            truth[name][key] = True if key.startswith("pet:") else draw(st.sampled_from(KEYS[key]))
    b = _Builder({n: _card(n, truth[n]) for n in names}, truth)
    sessions = draw(st.integers(1, max_sessions))
    for _ in range(draw(st.integers(0, max_turns))):
        if b.session < sessions - 1 and draw(st.integers(0, 2)) == 0:
            b.session += 1
        speaker = draw(st.sampled_from(names))
        action = draw(st.sampled_from(["say", "say", "filler", "inject"]))
        keys = b.injectable(speaker) if action == "inject" else [k for k in KEYS if (speaker, k) not in b.closed]
        if action == "filler" or not keys or (action == "inject" and len(b.injections) >= max_injections):
            b.add(speaker, draw(st.sampled_from(FILLERS)))
            continue
        key = draw(st.sampled_from(keys))
        said = b.said.get((speaker, key), [])
        retest = action == "inject" and bool(said) and said[0].probe is not None  # mostly ask the same probe again
        probe = key in _QUESTIONS and draw(st.sampled_from([True, True, False] if retest else [True, False]))
        b.state(draw, speaker, key, inject=action == "inject", probe=probe)
    while len(b.injections) < min_injections:
        _force_injection(draw, b, names)
    conversation = Conversation(id="injected", personas={n: persona_facts(c) for n, c in b.cards.items()},
                                turns=b.turns)
    return InjectedTranscript(conversation=conversation, cards=b.cards, injections=tuple(b.injections))


def _force_injection(draw: st.DrawFn, b: _Builder, names: list[str]) -> None:
    """Add a statement about a key nobody has touched, then contradict it."""
    speaker = draw(st.sampled_from(names))
    fresh = [k for k in KEYS if k not in b.truth[speaker] and (speaker, k) not in b.said
             and (speaker, k) not in b.closed]
    key = draw(st.sampled_from(fresh))
    b.state(draw, speaker, key, inject=False, probe=False)
    b.state(draw, speaker, key, inject=True, probe=False)
