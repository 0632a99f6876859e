"""Score a run or batch folder: pick the responses, ask every judge, write the results beside the transcripts."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..gateway import Gateway
from ..models.cache import CallCache
from .ensemble import Judges, JudgeSpec
from .results import summarise, write_results
from .scored_items import ScoreItem, score_items

__all__ = ["CALLS_FILE", "ScoreResult", "score_folder"]

CALLS_FILE = "score-calls.sqlite"  # the judges' answers: scoring again (or after a kill) asks nothing twice


@dataclass(frozen=True)
class ScoreResult:
    """What scoring a folder produced."""

    folder: Path
    rows: list[dict[str, Any]]
    summary: dict[str, Any]
    cache_hits: int = 0  # judge answers taken from score-calls.sqlite (asked in an earlier scoring)


def _row(item: ScoreItem, verdicts: list[tuple[str, Any]]) -> dict[str, Any]:
    scores = [a.score for _, a in verdicts if a.score is not None]
    return {"item": item.item, "model": item.model, "conversation": item.conversation, "persona": item.persona,
            "session": item.session, "turn": item.turn, "kind": item.kind, "probe": item.probe, "task": item.task,
            "question": item.question, "response": item.response,
            "verdicts": [{"judge": label, "score": a.score, "reason": a.reason, "attempts": a.attempts,
                          "error": a.error} for label, a in verdicts],
            "score": round(sum(scores) / len(scores), 4) if scores else None}


async def score_folder(folder: str | Path, judges: Sequence[JudgeSpec], *, sample: int = 2,
                       concurrency: int = 8, timeout: float = 120.0, gateway: Gateway | None = None,
                       cache: bool = True, examples: JudgeSpec | None = None) -> ScoreResult:
    """Score every probe answer and `sample` ordinary turns per persona and session of a run or batch folder.

    With `examples`, that model writes PersonaGym's anchored example answers (one per score) for each
    persona, question and task, once; without, the rubric's criteria stand alone.

    Writes `scores.jsonl` and `score.json` into the folder (see simulate.score.results).

    Raises:
        InputError: no judge, or a bad option. RunError: not a run or batch folder.
    """
    from ..exports import read_records

    if sample < 0:
        raise InputError(f"sample must be 0 or more, got {sample}")
    if concurrency < 1:
        raise InputError(f"concurrency must be at least 1, got {concurrency}")
    path = Path(folder)
    records = list(read_records(path))
    flagged = {(str(r.get("item")), int(f["turn"])) for r in records for f in r.get("findings") or ()}
    items = list(score_items(records, sample=sample))
    calls = CallCache(path / CALLS_FILE) if cache and gateway is None else None
    try:
        ensemble = Judges(judges, gateway or Gateway(cache=calls), timeout=timeout, concurrency=concurrency,
                          examples=examples)
        slots = asyncio.Semaphore(concurrency)

        async def one(item: ScoreItem) -> dict[str, Any]:
            async with slots:
                return _row(item, await ensemble.judge(item))

        rows = list(await asyncio.gather(*(one(i) for i in items)))
    finally:
        hits = calls.hits if calls is not None else 0
        if calls is not None:
            calls.close()
    summary = summarise(rows, judges=[j.label for j in judges],
                        stats={k: v.as_dict() for k, v in ensemble.stats.items()}, flagged=flagged)
    writer = ensemble.examples
    summary["examples"] = None if writer is None else {"model": examples.label if examples else "",
                                                       "written": writer.written, "failed": writer.failed}
    write_results(path, rows, summary)
    return ScoreResult(path, rows, summary, cache_hits=hits)
