"""Semantic memory: what each persona said about itself, and what it learned about the others.

Knowledge propagation. A claim the speaker makes about themselves becomes

* a fact the speaker remembers saying (observer = subject = speaker, `audience` = who heard it), and
* a fact each hearer now knows about the speaker (observer = hearer, subject = speaker),

each with provenance (conversation, session, turn, index) and the simulated time from which it holds.
Who hears a turn is a documented choice, `hearers`:

* ``"addressee"``: only the turn's addressee (everyone else if it names none). Knowledge then
  travels along the conversation graph: in A -> B -> C, B learns about A, C about B, and C knows
  nothing of A until A speaks to C.
* ``"everyone"``: every other participant of the conversation, as in a group at one table.

Only first-hand claims propagate: nobody learns about A from what B says of A.
A new value for a fact's key supersedes the old one (kept, with `until`, for provenance); saying the
same thing again keeps the original `since` and counts the mention.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import orjson

from ..checkers.claims import Claim
from ..turn import Turn
from .entries import Fact, Provenance
from .perspective import sentence_around, strip_vocative
from .simple_claims import Extractor
from .sqlite_store import MemoryStore

__all__ = ["FactChange", "Hearers", "SemanticMemory", "fact_key", "hearers_of"]

Hearers = Literal["addressee", "everyone"]
_SINGLE = {"age", "occupation", "employer", "location", "birthplace", "marital_status", "partner", "children",
           "education", "religion", "diet", "name"}


def _plain(value: Any) -> str:
    return value.lower() if isinstance(value, str) else orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def fact_key(claim: Claim) -> str:
    """What a fact is about, so that a new value supersedes the old: the claim's own key if it has one,
    else the slot (single-valued slots) or slot and value; a past or future claim adds its tense and value."""
    key = getattr(claim, "key", "") or (claim.slot if claim.slot in _SINGLE else f"{claim.slot}:{_plain(claim.value)}")
    return key if claim.tense == "present" else f"{key}@{claim.tense}:{_plain(claim.value)}"


def hearers_of(turn: Turn, participants: Sequence[str], policy: Hearers) -> tuple[str, ...]:
    """Who hears `turn` under `policy` (see the module docstring)."""
    others = tuple(p for p in participants if p != turn.speaker)
    if policy == "addressee" and turn.addressee is not None and turn.addressee != turn.speaker:
        return (turn.addressee,)
    return others


@dataclass(frozen=True)
class FactChange:
    """A fact written by `learn`: `before` is the fact it superseded or updated, if any."""

    before: Fact | None
    after: Fact


class SemanticMemory:
    """Facts with provenance for one namespace of a MemoryStore.

    Args:
        store: where facts live.
        namespace: which memories (one conversation, or a shared name).
        extract: claims from an utterance (`simulate.checkers.rules.extract_claims` or any callable).
        hearers: who learns what a speaker says (module docstring).
        learns: whether a persona keeps facts at all (personas whose memory is off or window do not).
    """

    def __init__(self, store: MemoryStore, namespace: str, *, extract: Extractor, hearers: Hearers = "addressee",
                 learns: Callable[[str], bool] = lambda _name: True) -> None:
        self.store = store
        self.namespace = namespace
        self.extract = extract
        self.hearers = hearers
        self.learns = learns

    def learn(self, turn: Turn, participants: Sequence[str], *, conversation: str | None = None) -> list[FactChange]:
        """Record the claims of `turn` for its speaker and its hearers; returns what was written.

        `conversation` is where the store keeps the turn (default: its conversation id). The caller
        commits (wrap in `store.transaction()` to write a turn at once).
        """
        if turn.kind == "probe_question":
            return []
        heard_by = hearers_of(turn, participants, self.hearers)
        names = [*participants, turn.speaker]
        prov = Provenance(conversation=conversation or turn.conversation, session=turn.session, turn=turn.turn,
                          index=turn.index, time=turn.time)
        changes: list[FactChange] = []
        seen: set[str] = set()
        for claim in self.extract(turn.text):
            key = fact_key(claim)
            if key in seen:
                continue
            seen.add(key)
            text = strip_vocative(self._sentence(turn.text, claim), names)
            for observer in (turn.speaker, *heard_by):
                if self.learns(observer):
                    changes.extend(self._remember(observer, turn.speaker, claim, key, text, heard_by, prov))
        return changes

    @staticmethod
    def _sentence(text: str, claim: Claim) -> str:
        start, end = claim.span
        if (start, end) == (0, 0) and claim.text and claim.text in text:
            start = text.index(claim.text)
            end = start + len(claim.text)
        return sentence_around(text, start, end)

    def _remember(self, observer: str, subject: str, claim: Claim, key: str, text: str,
                  audience: tuple[str, ...], prov: Provenance) -> list[FactChange]:
        current = self.store.current_fact(self.namespace, observer, subject, key)
        if current is not None and current.last.conversation == prov.conversation and current.last.index >= prov.index:
            return []  # this turn (or a later one) was already learned: a replay after resume
        if current is not None and _plain(current.value) == _plain(claim.value) and current.polarity == claim.polarity:
            heard = tuple(sorted(set(current.audience) | set(audience))) if observer == subject else current.audience
            last = prov if prov.time >= current.last.time else current.last  # a later run may start earlier
            repeated = current.model_copy(update={"last": last, "mentions": current.mentions + 1, "audience": heard})
            self.store.put_fact(repeated)
            return [FactChange(current, repeated)]
        changes: list[FactChange] = []
        if current is not None:
            ended = current.model_copy(update={"until": prov})
            self.store.put_fact(ended)
            changes.append(FactChange(current, ended))
        fact = Fact(namespace=self.namespace, observer=observer, subject=subject, slot=claim.slot, key=key,
                    value=claim.value, polarity=claim.polarity, tense=claim.tense, change=claim.change, text=text,
                    audience=tuple(sorted(audience)) if observer == subject else (), since=prov, last=prov)
        self.store.put_fact(fact)
        changes.append(FactChange(None, fact))
        return changes

    def knows(self, observer: str, subject: str, *, include_superseded: bool = False) -> list[Fact]:
        """What `observer` knows about `subject`, each fact with `since` (session, turn, time), oldest first."""
        return self.store.facts(self.namespace, observer, subject, current=not include_superseded)

    def said(self, agent: str) -> list[Fact]:
        """What `agent` remembers saying about itself."""
        return self.knows(agent, agent)

    def subjects(self, observer: str) -> list[str]:
        """Everyone `observer` knows something about, itself included, sorted."""
        return sorted({f.subject for f in self.store.facts(self.namespace, observer)})

    def get_state(self) -> dict[str, Any]:
        """The facts of this namespace, superseded ones included."""
        facts = self.store.facts(self.namespace, current=False)
        return {"namespace": self.namespace, "hearers": self.hearers,
                "facts": [f.model_dump(mode="json") for f in facts]}

    def set_state(self, state: dict[str, Any]) -> None:
        """Replace this namespace's facts with `state`."""
        self.hearers = state["hearers"]
        facts = [Fact.model_validate(data) for data in state["facts"]]
        with self.store.transaction():
            self.store.clear(self.namespace, "facts")
            for fact in _in_namespace(facts, self.namespace):
                self.store.put_fact(fact)


def _in_namespace(facts: Iterable[Fact], namespace: str) -> Iterable[Fact]:
    for fact in facts:
        yield fact if fact.namespace == namespace else fact.model_copy(update={"namespace": namespace})
