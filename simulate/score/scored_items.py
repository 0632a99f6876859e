"""What gets scored in a run or batch: every probe answer, and a sample of ordinary turns per persona and session.

A probe answer is scored on its probe set's task (`pg.<task>.<n>`), or on persona consistency for a
scenario's own probes. A sampled ordinary turn is scored on persona consistency and linguistic habits
(the tasks that apply to any line; expected action, action justification and toxicity control need a
question written for them), against what was said to the persona just before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..persona import PersonaCard
from .probes import persona_text, probe_task

__all__ = ["TURN_TASKS", "ScoreItem", "score_items"]

TURN_TASKS = ("persona_consistency", "linguistic_habits")
OPENING = "(Nothing was said to the persona yet in this session: it speaks first.)"


@dataclass(frozen=True)
class ScoreItem:
    """One response to judge on one task."""

    item: str
    model: str
    conversation: str
    persona: str
    session: int
    turn: int
    kind: str  # "probe" or "turn"
    probe: str | None
    task: str
    question: str
    response: str
    card: str = field(repr=False)  # the persona as the judge reads it
    metadata: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, int, str]:
        """Its place in the results: item, turn, task."""
        return (self.item, self.turn, self.task)


def _sampled(item: str, speaker: str, session: int, turns: list[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    def rank(turn: dict[str, Any]) -> bytes:
        return hashlib.sha256(f"{item}\n{speaker}\n{session}\n{turn['index']}".encode()).digest()

    return sorted(sorted(turns, key=rank)[:k], key=lambda t: t["index"])


def score_items(records: Iterable[dict[str, Any]], *, sample: int = 2) -> Iterator[ScoreItem]:
    """The items to score in each finished record, in order (item, turn, task)."""
    for record in records:
        if record.get("status", "done") != "done":
            continue
        yield from sorted(_record_items(record, sample), key=lambda s: s.key)


def _record_items(record: dict[str, Any], sample: int) -> Iterator[ScoreItem]:
    item = str(record.get("item", record.get("conversation", "")))
    cards = {name: PersonaCard.model_validate(card) for name, card in (record.get("personas") or {}).items()}
    turns = sorted(record.get("turns") or (), key=lambda t: t["index"])
    questions: dict[str, str] = {}
    last_heard: dict[tuple[str, int], str] = {}
    ordinary: dict[tuple[str, int], list[dict[str, Any]]] = {}
    heard_before: dict[int, str] = {}
    for turn in turns:
        speaker, session = turn["speaker"], int(turn.get("session", 0))
        kind = turn.get("kind", "turn")
        if kind == "probe_question":
            questions[str(turn.get("probe"))] = turn["text"]
        elif kind == "probe_answer" and speaker in cards:
            task = probe_task(turn.get("probe")) or "persona_consistency"
            yield _item(record, item, cards[speaker], turn, "probe", task,
                        questions.get(str(turn.get("probe")), OPENING))
        elif kind == "turn" and speaker in cards:
            heard_before[turn["index"]] = last_heard.get((speaker, session), OPENING)
            ordinary.setdefault((speaker, session), []).append(turn)
        for other in cards:
            if other != speaker:
                last_heard[(other, session)] = turn["text"]
    for (speaker, session), said in ordinary.items():
        for turn in _sampled(item, speaker, session, said, sample):
            for task in TURN_TASKS:
                yield _item(record, item, cards[speaker], turn, "turn", task, heard_before[turn["index"]])


def _item(record: dict[str, Any], item: str, card: PersonaCard, turn: dict[str, Any], kind: str, task: str,
          question: str) -> ScoreItem:
    session = int(turn.get("session", 0))
    return ScoreItem(item=item, model=str(record.get("model", "")), conversation=str(record.get("conversation", item)),
                     persona=card.name, session=session, turn=int(turn["index"]), kind=kind, probe=turn.get("probe"),
                     task=task, question=question, response=turn["text"], card=persona_text(card, session=session),
                     metadata=dict(turn.get("metadata") or {}))
