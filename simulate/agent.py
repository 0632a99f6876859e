"""A persona agent: turns its card, the simulated date and what it remembers into a model request."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from string import Template
from typing import Any, Protocol

from .durations import format_gap
from .models.base import ChatRequest, Message
from .models.settings import ModelSettings
from .persona import CoreFacts, PersonaCard
from .turn import Turn

__all__ = ["Agent", "MemoryProvider", "NoMemory", "TurnContext", "clean_reply", "stop_sequences"]

SYSTEM_TEMPLATE = Template(
    "You are ${name}. ${description}\n"
    "Facts about you:\n${facts}\n"
    "${style}"
    "${events}"
    "${memory}"
    "It is ${now}. ${since}\n"
    "You are talking with ${partners}.${scene}\n"
    "Reply as ${name}, in the first person (\"I ...\"), in one to three short sentences. "
    "Speak only for yourself; never write the other person's lines."
)
MAX_STOPS = 4  # hosted APIs accept at most four stop sequences
EMBEDDED_PREFIX = "local/"  # the embedded models: small, so their prompt ends with a first-person cue
FIRST_PERSON_CUE = "answer as yourself:"  # the cue: "(Walter, answer as yourself: I ...)"


def stop_sequences(speaker: str, addressee: str | None, candidates: Sequence[str]) -> list[str]:
    """Where a reply must end: where the model starts a new line for the next speaker ("\nTom:").

    Only at the start of a line after the reply has begun, so a stop never leaves an empty answer."""
    others = [n for n in dict.fromkeys([*(a for a in [addressee] if a), *candidates]) if n != speaker]
    stops: list[str] = []
    for name in others:
        for label in (f"\n{name}:", f"\n{name.split()[0]}:"):
            if label not in stops:
                stops.append(label)
    own = f"\n{speaker.split()[0]}:"
    return [*stops[:MAX_STOPS - 1], own]


@dataclass(frozen=True)
class TurnContext:
    """Everything an agent may know when it is about to speak."""

    conversation: str
    session: int
    turn: int
    index: int
    now: datetime
    speaker: str
    addressee: str | None
    candidates: Sequence[str]
    topic: str | None
    window: Sequence[Turn]
    history: Sequence[Turn] = field(repr=False)
    facts: CoreFacts
    last_session_gap: timedelta | None
    age_offset: int = 0
    epochs: Mapping[str, int] = field(default_factory=dict)
    events: Sequence[str] = ()
    probe: str | None = None
    seed: int = 0


class MemoryProvider(Protocol):
    """The seam where long-term memory plugs in: what an agent recalls, and what it is told."""

    async def recall(self, context: TurnContext) -> Sequence[str]:
        """Lines of memory to put in the speaker's prompt for this turn."""
        ...

    async def record(self, turn: Turn) -> None:
        """Learn from a finished turn."""
        ...

    async def close_session(self, conversation: str, session: int) -> None:
        """The session ended; consolidate."""
        ...

    async def replay(self, turn: Turn) -> None:
        """A resumed run passes a turn stored before the stop: learn it only if it was not learned."""
        ...


class NoMemory:
    """Remembers nothing beyond the session window that the prompt already carries."""

    async def recall(self, context: TurnContext) -> Sequence[str]:
        """Nothing."""
        return ()

    async def record(self, turn: Turn) -> None:
        """Nothing to learn."""

    async def close_session(self, conversation: str, session: int) -> None:
        """Nothing to consolidate."""

    async def replay(self, turn: Turn) -> None:
        """Nothing to catch up on."""


def clean_reply(text: str, speaker: str, others: Sequence[str]) -> str:
    """The reply without an echoed own-name prefix ("Tom: ...", "(Tom) ...") or echoed first-person cue
    ("Tom, answer as yourself: ..."), and without lines the model wrote for someone else ("Ann: ...").
    Returns the stripped text; may be empty."""
    text = text.strip()
    first = speaker.split()[0].lower()
    if "\n" not in text and ":" not in text[:80] and text[:1] not in "([*" and not text.lower().startswith(first):
        return text
    names = [speaker, speaker.split()[0]]
    changed = True
    while changed:
        changed = False
        for name in names:
            for prefix in (f"{name}:", f"({name})", f"({name}:", f"[{name}]", f"**{name}**:", f"{name} said:",
                           f"({name}, {FIRST_PERSON_CUE} i ...)", f"({name}, {FIRST_PERSON_CUE}",
                           f"{name}, {FIRST_PERSON_CUE}"):
                if text.lower().startswith(prefix.lower()):
                    text = text[len(prefix):].lstrip()
                    changed = True
    kept = []
    for line in text.splitlines():
        bare = line.lstrip(" \t([*\"").lower()
        if any(bare.startswith((f"{o.lower()}:", f"{o.split()[0].lower()}:")) for o in others):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def _when(moment: datetime) -> str:
    return moment.strftime("%A %-d %B %Y, %H:%M")


class Agent:
    """One persona in one scenario, with the model settings that apply to it."""

    def __init__(self, card: PersonaCard, settings: ModelSettings) -> None:
        self.card = card
        self.name = card.name
        self.settings = settings
        self._facts_cache: tuple[CoreFacts, str] | None = None

    def _fact_lines(self, facts: CoreFacts) -> str:
        cached = self._facts_cache
        if cached is None or cached[0] is not facts:
            text = "\n".join(f"- {sentence}" for sentence in facts.sentences()) or "- (none given)"
            cached = self._facts_cache = (facts, text)
        return cached[1]

    def system_prompt(self, ctx: TurnContext, memory: Sequence[str]) -> str:
        """The system message: card, facts as of now, simulated date, partners, scene."""
        facts = self._fact_lines(ctx.facts)
        if ctx.last_session_gap is None:
            since = "This is your first conversation."
        else:
            since = f"It has been {format_gap(ctx.last_session_gap)} since you last spoke."
        partners = ctx.addressee or ", ".join(ctx.candidates)
        return SYSTEM_TEMPLATE.substitute(
            name=self.name,
            description=self.card.description,
            facts=facts,
            style=f"How you speak: {self.card.style}\n" if self.card.style else "",
            events="".join(f"Recently: {e}\n" for e in ctx.events),
            memory="What you remember:\n" + "".join(f"- {m}\n" for m in memory) if memory else "",
            now=_when(ctx.now),
            since=since,
            partners=partners,
            scene=f" Scene: {ctx.topic}" if ctx.topic else "",
        )

    def messages(self, ctx: TurnContext, memory: Sequence[str]) -> tuple[Message, ...]:
        """System prompt, then the session window: own turns as assistant, others' as user."""
        out = [Message("system", self.system_prompt(ctx, memory))]
        for turn in ctx.window:
            if turn.speaker == self.name:
                out.append(Message("assistant", turn.text))
            else:
                out.append(Message("user", f"{turn.speaker}: {turn.text}"))
        if ctx.probe is not None and (not ctx.window or ctx.window[-1].kind != "probe_question"):
            out.append(Message("user", ctx.probe))
        if len(out) == 1:
            opener = f"({ctx.topic}) " if ctx.topic else ""
            out.append(Message("user", f"{opener}Start the conversation with {ctx.addressee or ', '.join(ctx.candidates)}."))
        elif out[-1].role == "assistant":
            out.append(Message("user", "(Continue the conversation.)"))
        if self.settings.name.startswith(EMBEDDED_PREFIX):
            # A small model keeps to the first person when the last thing it reads says so.
            out[-1] = Message("user", f"{out[-1].content}\n\n({self.name.split()[0]}, {FIRST_PERSON_CUE} I ...)")
        return tuple(out)

    def _options(self, ctx: TurnContext) -> Mapping[str, Any]:
        """The model options, with stop sequences at the other speakers' names unless `stop` is set."""
        if "stop" in self.settings.options:
            return self.settings.options
        return {**self.settings.options, "stop": stop_sequences(self.name, ctx.addressee, ctx.candidates)}

    def request(self, ctx: TurnContext, memory: Sequence[str]) -> ChatRequest:
        """The model request for this turn."""
        s = self.settings
        context: dict[str, Any] = {
            "card": self.card, "facts": ctx.facts, "speaker": self.name, "addressee": ctx.addressee,
            "history": ctx.history, "probe": ctx.probe, "age_offset": ctx.age_offset, "epochs": ctx.epochs,
            "session": ctx.session, "conversation": ctx.conversation,
        }
        return ChatRequest(
            model=s.name, messages=self.messages(ctx, memory), temperature=s.temperature,
            max_tokens=s.max_tokens, seed=s.seed if s.seed is not None else ctx.seed % 2**31,
            api_base=s.api_base, options=self._options(ctx), context=context,
        )
