"""Normalised conversation records ("batch records"): what every export reads.

One record per conversation (format `simulate.batch-record/1`)::

    {"item": str,             unique id of this conversation in its run or batch
     "template": str,         scenario id
     "draw": int | None, "repeat": int | None,
     "model": str,            model label
     "seed": int,
     "conversation": str,     conversation id (= Turn.conversation)
     "status": "done" | "failed", "error": str | None, "attempt": int,
     "personas": {name: PersonaCard JSON},
     "turns": [Turn JSON, in index order],
     "findings": [Findings JSONL v1 lines],
     "usage": {"prompt_tokens": int, "completion_tokens": int, "cost_usd": float | None},
     "wall_s": float}

`read_records` reads them from a batch folder (`conversations.jsonl`) or builds them from a run
folder written by `simulate run` (`events.jsonl`, `scenario.json`, `findings.jsonl`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from ..checkers.findings import Finding
from ..errors import RunError
from ..persona import PersonaCard
from ..records import Turn
from ..store import MANIFEST, SCENARIO, RunFolder

__all__ = ["BATCH_FILE", "BATCH_RECORD_FORMAT", "batch_record", "read_records"]

BATCH_RECORD_FORMAT = "simulate.batch-record/1"
BATCH_FILE = "conversations.jsonl"
PROBE_MODEL = "probe"  # the model label of scripted probe questions; not a model that speaks


def batch_record(*, item: str, template: str, model: str, seed: int, conversation: str,
                 personas: Mapping[str, PersonaCard] | Iterable[PersonaCard], turns: Iterable[Turn],
                 findings: Iterable[Finding] = (), status: str = "done", error: str | None = None,
                 attempt: int = 1, draw: int | None = None, repeat: int | None = None,
                 wall_s: float = 0.0) -> dict[str, Any]:
    """One batch record from the engine's objects; usage is summed from the turns.

    The cost is None when any turn but a probe question has no known cost (as the batch worker counts it).
    """
    cards = list(personas.values()) if isinstance(personas, Mapping) else list(personas)
    ordered = sorted(turns, key=lambda t: t.index)
    priced = [t.cost_usd for t in ordered if t.kind != "probe_question"]  # probe questions cost nothing
    return {
        "item": item, "template": template, "draw": draw, "repeat": repeat, "model": model, "seed": seed,
        "conversation": conversation, "status": status, "error": error, "attempt": attempt,
        "personas": {card.name: card.model_dump(mode="json") for card in cards},
        "turns": [t.model_dump(mode="json") for t in ordered],
        "findings": [f.record() for f in findings],
        "usage": {"prompt_tokens": sum(t.prompt_tokens for t in ordered),
                  "completion_tokens": sum(t.completion_tokens for t in ordered),
                  "cost_usd": None if None in priced else round(sum(c or 0.0 for c in priced), 10)},
        "wall_s": wall_s,
    }


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The batch records of a batch folder or a run folder, sorted by item.

    A batch folder holds `conversations.jsonl`, one record per line; an item retried has several
    lines and the last one wins; a torn last line (no newline: a kill mid-write) is ignored.
    A run folder is turned into one record per finished conversation (one with an end event);
    unfinished conversations are left out; draw and repeat are None, the model is the turns' models
    but "probe" (joined by "+"), and `wall_s` the sum of the turns' latencies (a run folder keeps no
    wall time per conversation). Anything else raises RunError.
    """
    folder = Path(path)
    if (folder / BATCH_FILE).is_file():
        return _batch(folder / BATCH_FILE)
    if folder.is_dir() and ((folder / SCENARIO).is_file() or (folder / MANIFEST).is_file()):
        return _run(RunFolder(folder))
    raise RunError(f"{path}: neither a batch folder (no {BATCH_FILE}) nor a run folder (no {SCENARIO})")


def _batch(file: Path) -> Iterator[dict[str, Any]]:
    """First pass now (errors surface at once): where each item's last line is. Records are read lazily."""
    last: dict[str, tuple[int, int]] = {}
    offset = 0
    with open(file, "rb") as handle:
        for number, line in enumerate(handle, 1):
            start, offset = offset, offset + len(line)
            if not line.endswith(b"\n"):
                break  # torn last line
            if not line.strip():
                continue
            record = _parse(file, number, line)
            last[record["item"]] = (start, len(line))
    return _read_at(file, [last[item] for item in sorted(last)])


def _parse(file: Path, number: int, line: bytes) -> dict[str, Any]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise RunError(f"{file}:{number}: not valid JSON ({exc})") from None
    if not isinstance(record, dict) or not isinstance(record.get("item"), str):
        raise RunError(f"{file}:{number}: not a batch record (no \"item\")")
    if record.get("format", BATCH_RECORD_FORMAT) != BATCH_RECORD_FORMAT:
        raise RunError(f"{file}:{number}: format {record['format']!r}, expected {BATCH_RECORD_FORMAT!r}")
    return record


def _read_at(file: Path, spans: list[tuple[int, int]]) -> Iterator[dict[str, Any]]:
    with open(file, "rb") as handle:
        for start, length in spans:
            handle.seek(start)
            record = orjson.loads(handle.read(length))
            record.pop("format", None)
            yield record


def _run(folder: RunFolder) -> Iterator[dict[str, Any]]:
    """Read the scenario now (a bad folder fails at once); build the records lazily."""
    scenario = folder.read_json(SCENARIO)
    if not isinstance(scenario, dict) or not isinstance(scenario.get("id"), str):
        raise RunError(f"{folder.path / SCENARIO}: not a scenario")
    try:
        cards = [PersonaCard.model_validate(entry["inline"]) for entry in scenario.get("personas", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise RunError(f"{folder.path / SCENARIO}: personas are not inline cards ({exc})") from None
    return _run_records(folder, scenario, cards)


def _run_records(folder: RunFolder, scenario: dict[str, Any], cards: list[PersonaCard]) -> Iterator[dict[str, Any]]:
    turns: dict[str, dict[int, Turn]] = {}
    ends: dict[str, dict[str, Any]] = {}
    for event in folder.events():
        kind = event.get("type")
        if kind == "turn":
            turn = Turn.model_validate({k: v for k, v in event.items() if k != "type"})
            turns.setdefault(turn.conversation, {})[turn.index] = turn
        elif kind == "conversation":
            ends[event["conversation"]] = event  # a later end event (after a resume) wins
    findings: dict[str, list[Finding]] = {}
    seen: set[bytes] = set()
    for line in folder.findings():
        key = orjson.dumps(line, option=orjson.OPT_SORT_KEYS)
        if key not in seen:
            seen.add(key)
            finding = Finding.model_validate(line)
            findings.setdefault(finding.conversation, []).append(finding)
    default_model = str((scenario.get("model") or {}).get("name", ""))
    for conversation in sorted(ends):
        end = ends[conversation]
        said = list(turns.get(conversation, {}).values())
        models = sorted({t.model for t in said if t.model != PROBE_MODEL})
        yield batch_record(
            item=conversation, template=scenario["id"], model="+".join(models) or default_model,
            seed=int(scenario.get("seed", 0)), conversation=conversation, personas=cards, turns=said,
            findings=findings.get(conversation, []), status=end.get("status", "done"), error=end.get("error"),
            wall_s=round(sum(t.latency_s for t in said), 6),
        )

