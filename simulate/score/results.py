"""PersonaScore figures from scored rows, and the two files `simulate score` writes into the folder.

`scores.jsonl`: one line per scored response and task: item, model, conversation, persona, session,
turn, kind (`probe` or `turn`), probe, task, question, response, each judge's verdict (`judge`,
`score` or null, `reason`, `attempts`, `error`) and `score`, the mean of the readable verdicts (null
when none could be read).

`score.json` (format `simulate.score/1`): the judges and how their verdicts went (parse failures
counted), per model the PersonaScore overall, per task, per session (the curve), and per persona (with
its own tasks and sessions), every figure with its `n`; the judges' agreement; and low
persona-consistency scores against the checkers' findings; and `examples`: the model that wrote the
anchored example answers, how many sets it wrote and how many could not be read (null without).

PersonaScore is PersonaGym's: the mean over tasks of each task's mean score.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson

from ..errors import RunError
from ..run_folder import atomic_write
from .agreement import findings_agreement, judge_agreement
from .rubrics import TASKS

__all__ = ["SCORE_FILE", "SCORE_FORMAT", "SCORES_FILE", "persona_scores", "read_score", "read_scores", "summarise",
           "write_results"]

SCORES_FILE = "scores.jsonl"
SCORE_FILE = "score.json"
SCORE_FORMAT = "simulate.score/1"
_ORDER = {t.key: i for i, t in enumerate(TASKS)}


def _task_order(key: str) -> int:
    """PersonaGym's order of the tasks (unknown keys last)."""
    return _ORDER.get(key, len(_ORDER))


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def persona_scores(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """PersonaScore of `rows`: overall, per task and per session, each with its `n` (rows with a score)."""
    by_task: dict[str, list[float]] = defaultdict(list)
    by_session: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    unscored = 0
    for row in rows:
        if row["score"] is None:
            unscored += 1
            continue
        by_task[row["task"]].append(row["score"])
        by_session[row["session"]][row["task"]].append(row["score"])

    def score(tasks: Mapping[str, list[float]]) -> float | None:
        return _mean([m for m in (_mean(v) for v in tasks.values()) if m is not None])

    return {"persona_score": score(by_task), "n": sum(len(v) for v in by_task.values()), "unscored": unscored,
            "tasks": {k: {"score": _mean(by_task[k]), "n": len(by_task[k])} for k in sorted(by_task, key=_task_order)},
            "sessions": {str(s): {"persona_score": score(by_session[s]),
                                  "n": sum(len(v) for v in by_session[s].values())} for s in sorted(by_session)}}


def summarise(rows: Sequence[Mapping[str, Any]], *, judges: Sequence[str], stats: Mapping[str, Mapping[str, Any]],
              flagged: set[tuple[str, int]]) -> dict[str, Any]:
    """score.json from every row; `flagged` holds the (item, turn) pairs with a finding."""
    by_model: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        by_model[row["model"]].append(row)
    models = {}
    for model, mine in sorted(by_model.items()):
        by_persona: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for row in mine:
            by_persona[row["persona"]].append(row)
        models[model] = {**persona_scores(mine),
                         "personas": {name: persona_scores(rs) for name, rs in sorted(by_persona.items())}}
    pairs = {}
    for a, b in combinations(judges, 2):
        both = []
        for row in rows:
            scores = {v["judge"]: v["score"] for v in row["verdicts"]}
            if scores.get(a) is not None and scores.get(b) is not None:
                both.append((scores[a], scores[b]))
        pairs[f"{a} | {b}"] = judge_agreement(both)
    consistency = [(row["score"], (row["item"], row["turn"]) in flagged) for row in rows
                   if row["task"] == "persona_consistency" and row["score"] is not None]
    return {"format": SCORE_FORMAT, "judges": list(judges), "verdicts": {k: dict(v) for k, v in stats.items()},
            "responses": len(rows), "models": models,
            "agreement": {"judges": pairs, "findings": findings_agreement(consistency)}}


def write_results(folder: Path, rows: Sequence[Mapping[str, Any]], summary: Mapping[str, Any]) -> None:
    """Write scores.jsonl and score.json into `folder`, each atomically (a temp file, fsync, rename)."""
    atomic_write(folder / SCORES_FILE, b"".join(orjson.dumps(dict(r)) + b"\n" for r in rows))
    atomic_write(folder / SCORE_FILE, orjson.dumps(dict(summary), option=orjson.OPT_INDENT_2) + b"\n")


def read_score(folder: Path) -> dict[str, Any] | None:
    """The folder's score.json, or None when it was never scored.

    Raises:
        RunError: the file is there but is not a score summary.
    """
    path = Path(folder) / SCORE_FILE
    if not path.is_file():
        return None
    try:
        data = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise RunError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != SCORE_FORMAT:
        raise RunError(f"{path}: not a {SCORE_FORMAT} file")
    return data


def read_scores(folder: str | Path) -> bytes:
    """The folder's scores.jsonl as written (what `simulate export --format scores` gives).

    Raises:
        RunError: the folder was never scored.
    """
    path = Path(folder) / SCORES_FILE
    if not path.is_file():
        raise RunError(f"{folder}: not scored yet (no {SCORES_FILE}); run `simulate score {folder} --judge MODEL`")
    return path.read_bytes()
