"""A batch's summary: per model and per template, conversations, turns, findings, tokens and cost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.recording import ModelStats
from .expand import ResolvedBatch

__all__ = ["batch_summary"]


def _group() -> dict[str, Any]:
    return {"conversations": 0, "done": 0, "failed": 0, "turns": 0, "findings": 0, "flagged_conversations": 0,
            "prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0, "cost_known": True, "preference_pairs": 0}


def _add(group: dict[str, Any], record: Mapping[str, Any]) -> None:
    group["conversations"] += 1
    group["done" if record["status"] == "done" else "failed"] += 1
    answers = [t for t in record["turns"] if t.get("kind") != "probe_question"]
    group["turns"] += len(answers)
    group["findings"] += len(record["findings"])
    group["flagged_conversations"] += bool(record["findings"])
    usage = record["usage"]
    group["prompt_tokens"] += usage["prompt_tokens"]
    group["completion_tokens"] += usage["completion_tokens"]
    if usage.get("cost_usd") is None:
        group["cost_known"] = False
    else:
        group["cost_usd"] += usage["cost_usd"]
    group["preference_pairs"] += sum(1 for t in answers if (t.get("metadata") or {}).get("preference", {}).get("chosen"))


def _finish(group: dict[str, Any]) -> dict[str, Any]:
    turns = group["turns"]
    group["findings_per_100_turns"] = round(100 * group["findings"] / turns, 2) if turns else None
    group["consistent_share"] = (round(1 - group["flagged_conversations"] / group["conversations"], 4)
                                 if group["conversations"] else None)
    group["cost_usd"] = round(group["cost_usd"], 8) if group.pop("cost_known") else None
    return group


def batch_summary(batch: ResolvedBatch, records: Mapping[str, Mapping[str, Any]], *,
                  gateway_stats: Mapping[str, ModelStats], budget: Mapping[str, Any]) -> dict[str, Any]:
    """The summary.json of a batch from the last record of each item."""
    total = len(batch.items())
    by_model: dict[str, dict[str, Any]] = {m.key: _group() for m in batch.models}
    by_template: dict[str, dict[str, Any]] = {t.id: _group() for t in batch.templates}
    overall = _group()
    failures = []
    for record in records.values():
        for group in (overall, by_model.setdefault(record["model"], _group()),
                      by_template.setdefault(record["template"], _group())):
            _add(group, record)
        if record["status"] != "done":
            failures.append({"item": record["item"], "error": record["error"], "turns_done": len(record["turns"]),
                             "attempt": record.get("attempt", 1)})
    finished = overall["conversations"]
    return {
        "batch": batch.spec.id,
        "items": total,
        "conversations": {"total": total, "finished": finished, "done": overall["done"], "failed": overall["failed"],
                          "remaining": total - finished},
        "overall": _finish(overall),
        "by_model": {k: _finish(v) for k, v in sorted(by_model.items())},
        "by_template": {k: _finish(v) for k, v in sorted(by_template.items())},
        "calls_this_run": {name: stats.as_dict() for name, stats in sorted(gateway_stats.items())},
        "budget": dict(budget),
        "failures": sorted(failures, key=lambda f: f["item"]),
    }
