"""Memory built from a transcript: what each persona of a Conversation JSONL v1 conversation remembers.

Turns are recorded session by session, each session closed as it ends (extractive summaries, no
model), exactly as the engine would have, so a conversation from anywhere can be asked what its
personas recall. Turns without a time get one: a minute apart, sessions `SESSION_GAP` apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone

from ..agent import TurnContext
from ..checkers.conversation import Conversation
from ..errors import InputError
from ..persona import CoreFacts
from ..turn import Turn, TurnKind
from .config import MemoryConfig
from .provider import PersonaMemory
from .scorers import Scorer
from .simple_claims import Extractor, default_extractor
from .sqlite_store import MemoryStore

__all__ = ["SESSION_GAP", "query_context", "remember", "transcript_turns"]

SESSION_GAP = timedelta(weeks=4)
_START = datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc)
_KINDS: dict[str | None, TurnKind] = {"turn": "turn", "probe_question": "probe_question", "probe_answer": "probe_answer"}


def transcript_turns(conversation: Conversation) -> list[Turn]:
    """The conversation's turns as the engine records them; sessions must not go backwards."""
    turns: list[Turn] = []
    in_session = 0
    for index, said in enumerate(conversation.turns):
        previous = turns[-1] if turns else None
        if previous is not None and said.session < previous.session:
            raise InputError(f"conversation {conversation.id!r}, turn {index}: session {said.session} comes after "
                             f"session {previous.session}; sessions must be in order")
        in_session = in_session + 1 if previous is not None and said.session == previous.session else 0
        time = said.time or _START + said.session * SESSION_GAP + timedelta(minutes=index)
        if time.tzinfo is None:
            time = time.replace(tzinfo=timezone.utc)
        turns.append(Turn(conversation=conversation.id, index=index, session=said.session, turn=in_session,
                          speaker=said.speaker, text=said.text, time=time, probe=said.probe,
                          kind=_KINDS.get(said.kind, "turn"),
                          model="transcript"))
    return turns


def participants(conversation: Conversation) -> list[str]:
    """The personas named in `personas`, then every other speaker, in order of appearance."""
    names = list(conversation.personas)
    return names + [n for n in dict.fromkeys(t.speaker for t in conversation.turns) if n not in names]


async def remember(conversation: Conversation, *, config: MemoryConfig | None = None,
                   store: MemoryStore | None = None, extract: Extractor | None = None,
                   scorer_factory: Callable[[], Scorer] | None = None) -> PersonaMemory:
    """Every persona's memory of `conversation`, all its sessions closed (in `store`, default in RAM).

    Everyone hears every turn. `extract` defaults to `default_extractor()` (the rules claims);
    `scorer_factory` to the config's scorer.
    """
    config = (config or MemoryConfig()).model_copy(update={"summarise": False})
    memory = PersonaMemory(conversation=conversation.id, namespace=conversation.id,
                           participants=participants(conversation), config=config, store=store or MemoryStore(),
                           extract=extract or default_extractor()[0], hearers="everyone",
                           scorer_factory=scorer_factory)
    session: int | None = None
    for turn in transcript_turns(conversation):
        if session is not None and turn.session != session:
            await memory.close_session(conversation.id, session)
        session = turn.session
        await memory.record(turn)
    if session is not None:
        await memory.close_session(conversation.id, session)
    return memory


def query_context(memory: PersonaMemory, speaker: str, query: str, *, asker: str | None = None,
                  after: Sequence[Turn] = ()) -> TurnContext:
    """The first turn of a new session, after `after` (the transcript), where `asker` says `query` to `speaker`."""
    last = after[-1] if after else None
    session = last.session + 1 if last is not None else 0
    now = last.time + SESSION_GAP if last is not None else _START
    question = Turn(conversation=memory.conversation, index=len(after), session=session, turn=0,
                    speaker=asker or "someone", addressee=speaker, text=query, time=now, model="query")
    return TurnContext(conversation=memory.conversation, session=session, turn=1, index=len(after) + 1, now=now,
                       speaker=speaker, addressee=asker, candidates=[asker] if asker else [], topic=None,
                       window=[question], history=[*after, question], facts=CoreFacts(),
                       last_session_gap=SESSION_GAP if last is not None else None)
