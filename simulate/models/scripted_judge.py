"""The scripted model as a PersonaScore judge, with known answers (offline tests and CI).

`simulate score` puts what it judges in the request's `context["judge"]`: the task key and the
judged turn's metadata. A scripted turn's metadata says which facts and turns it contradicts, so the
right score is known:

    persona_consistency   2 when the turn contradicts something, else 5
    any other task        3 when the turn contradicts something, else 4
    a turn of another model (no scripted record)   3

Options (model options, or `?key=value` on a `--judge` string): `judge_bias` (an integer added to
every score, kept within 1-5: a harsher or kinder judge), `judge_unreadable` (the share of requests,
chosen by seed, whose first answer has no score; the re-ask is answered), `judge_broken` (true: no
answer ever has a score). Asked for anchored example answers (`context["examples"]`), it writes five
fixed ones, so scoring with `--examples scripted` runs offline too.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import orjson

__all__ = ["known_score", "scripted_examples", "scripted_verdict"]


def known_score(task: str, metadata: Mapping[str, Any] | None) -> int:
    """The score a faithful scripted judge gives a turn with this metadata on this task."""
    block = (metadata or {}).get("scripted")
    if not isinstance(block, Mapping):
        return 3
    contradicts = bool(block.get("contradicts"))
    if task == "persona_consistency":
        return 2 if contradicts else 5
    return 3 if contradicts else 4


def _flag(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true", "yes")


def scripted_verdict(judge: Mapping[str, Any], options: Mapping[str, Any], *, seed: int | None,
                     reasked: bool) -> str:
    """The scripted judge's answer text for one request."""
    task = str(judge.get("task", ""))
    if _flag(options.get("judge_broken", False)):
        return "I would rather not say."
    rate = float(options.get("judge_unreadable", 0.0) or 0.0)
    if not reasked and rate and random.Random(seed if seed is not None else 0).random() < rate:
        return "This response is fine, I suppose."
    bias = int(options.get("judge_bias", 0) or 0)
    truth = known_score(task, judge.get("metadata"))
    score = min(5, max(1, truth + bias))
    reason = "contradicts the persona" if truth <= 3 and (judge.get("metadata") or {}).get("scripted") else \
        "matches the persona card"
    return orjson.dumps({"reason": f"{reason} ({task})", "score": score}).decode()


def scripted_examples(examples: Mapping[str, Any]) -> str:
    """Five fixed example answers, one per score, for the task in `examples`."""
    task = str(examples.get("task", ""))
    return orjson.dumps({str(k): f"An answer that deserves {k} on {task}." for k in range(1, 6)}).decode()
