"""The pairwise stage, for statements the slot grammar does not cover: earlier statements of the same
speaker are retrieved as candidates by word overlap, then an LLM judge gives a structured verdict."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models.base import ChatModel
from .conversation import Conversation
from .findings import Finding, FindingKind
from .normalize import sentences
from .rules import extract_claims
from .structured import StructuredCaller

__all__ = ["CandidateIndex", "Judge", "Verdict", "judge_conversation"]

_STOP = frozenset("""a an the and or but if so i me my mine we our you your he she it they them is am are was were be
been being have has had do does did not no to of in on at for with about as by from this that these those
there here what when where who how very really just too also like love get got go going will would can
could should yeah yes oh well um so much many lot lots some any all more most one thing things""".split())


def content_words(text: str) -> set[str]:
    """Lower-case words that carry meaning."""
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in _STOP and len(w) > 2}


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence said earlier (a turn) or a persona fact, as a candidate."""

    text: str
    session: int
    turn: int | None = None
    fact: int | None = None
    probe: str | None = None


class CandidateIndex:
    """Per speaker, an inverted index of content words over earlier statements; postings are capped,
    so retrieval cost does not grow with the conversation."""

    def __init__(self, *, cap: int = 64) -> None:
        self.cap = cap
        self._postings: dict[tuple[str, str], deque[int]] = defaultdict(lambda: deque(maxlen=cap))
        self._statements: list[Statement] = []
        self._words: list[set[str]] = []

    def add(self, speaker: str, statement: Statement) -> None:
        """Index one statement."""
        words = content_words(statement.text)
        if not words:
            return
        number = len(self._statements)
        self._statements.append(statement)
        self._words.append(words)
        for word in words:
            self._postings[(speaker, word)].append(number)

    def candidates(self, speaker: str, text: str, *, k: int = 3, min_shared: int = 1) -> list[Statement]:
        """The `k` earlier statements sharing most content words with `text` (ties: most recent)."""
        words = content_words(text)
        scores: dict[int, int] = defaultdict(int)
        for word in words:
            for number in self._postings.get((speaker, word), ()):
                scores[number] += 1
        ranked = sorted((n for n, s in scores.items() if s >= min_shared), key=lambda n: (-scores[n], -n))
        return [self._statements[n] for n in ranked[:k]]


class Verdict(BaseModel):
    """The judge's answer about two statements of one speaker."""

    model_config = ConfigDict(extra="ignore")

    verdict: Literal["contradiction", "consistent", "unrelated"]
    reason: str = Field(default="", max_length=400)


JUDGE_SYSTEM = (
    "You judge whether one person contradicts themselves. You get an earlier statement (or a fact "
    "about them) and a later statement by the same person. Answer contradiction only if both cannot "
    "be true of the same person at the same time; a change they report, or a past that differs from the "
    "present, is not a contradiction. Answer with JSON only: "
    '{"verdict": "contradiction" | "consistent" | "unrelated", "reason": "<one sentence>"}.'
)


class Judge:
    """An LLM judge through the gateway, with structured verdicts."""

    def __init__(self, model: ChatModel, *, model_name: str, reasks: int = 1) -> None:
        self.caller = StructuredCaller(model, Verdict, model_name=model_name, reasks=reasks, max_tokens=120)

    @property
    def stats(self) -> dict[str, int]:
        """Calls, invalid answers, re-asks and failures so far."""
        return self.caller.stats.as_dict()

    async def judge(self, earlier: str, later: str, *, seed: int = 0) -> Verdict | None:
        """The verdict on one pair, or None when the model gave no valid answer (counted)."""
        user = f"Earlier: {earlier}\nLater: {later}"
        return await self.caller.ask(JUDGE_SYSTEM, user, seed=seed)


async def judge_conversation(conversation: Conversation, judge: Judge, *, k: int = 2,
                             skip: Sequence[tuple[int, str]] = ()) -> list[Finding]:
    """Judge each sentence the rules grammar does not cover against its best earlier candidates.

    `skip` lists (turn, sentence) pairs already covered elsewhere.
    """
    index = CandidateIndex()
    skipped = set(skip)
    for speaker, persona in conversation.personas.items():
        for number, fact in enumerate(persona.facts):
            index.add(speaker, Statement(fact, session=0, fact=number))
    findings: list[Finding] = []
    for position, turn in enumerate(conversation.turns):
        if turn.kind == "probe_question":
            continue
        for _offset, sentence in sentences(turn.text):
            if sentence.rstrip().endswith("?") or (position, sentence) in skipped or extract_claims(sentence):
                index.add(turn.speaker, Statement(sentence, turn.session, turn=position, probe=turn.probe))
                continue
            for candidate in index.candidates(turn.speaker, sentence, k=k):
                verdict = await judge.judge(candidate.text, sentence, seed=position)
                if verdict is not None and verdict.verdict == "contradiction":
                    findings.append(_finding(conversation.id, turn.speaker, position, turn.session, turn.probe,
                                             sentence, candidate, verdict))
            index.add(turn.speaker, Statement(sentence, turn.session, turn=position, probe=turn.probe))
    return _merge(findings)


def _finding(conversation: str, speaker: str, turn: int, session: int, probe: str | None, sentence: str,
             candidate: Statement, verdict: Verdict) -> Finding:
    kind: FindingKind
    if candidate.fact is not None:
        kind, against, where = "persona", {"fact": candidate.fact}, "their persona says"
    else:
        assert candidate.turn is not None, "a statement is a persona fact or a turn"
        kind = ("retest" if probe and probe == candidate.probe else
                "cross_turn" if candidate.session == session else "cross_session")
        against, where = {"turn": candidate.turn}, f"said in session {candidate.session} (turn {candidate.turn})"
    reason = f" ({verdict.reason})" if verdict.reason else ""
    return Finding(conversation=conversation, speaker=speaker, turn=turn, kind=kind,
                   against=[against], slot=None, checker="judge", confidence=0.6,
                   message=f'says "{sentence}"; {where} "{candidate.text}"{reason}')


def _merge(findings: list[Finding]) -> list[Finding]:
    merged: dict[tuple[int, str], Finding] = {}
    for finding in findings:
        key = (finding.turn, finding.kind)
        if key in merged:
            old = merged[key]
            merged[key] = old.model_copy(update={"against": old.against + [a for a in finding.against
                                                                            if a not in old.against]})
        else:
            merged[key] = finding
    return list(merged.values())
