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
     "usage": {"calls": int, "prompt_tokens": int, "completion_tokens": int, "cost_usd": float | None},
     "memory": {...} | None,  memory statistics of a batch item (None in a run folder's records)
     "wall_s": float}

Lines of `conversations.jsonl` also carry `"format": "simulate.batch-record/1"`; `read_records` drops it.

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
from ..models.recording import tally_turns
from ..persona import PersonaCard
from ..run_folder import MANIFEST, SCENARIO, RunFolder
from ..turn import Turn

__all__ = ["BATCH_FILE", "BATCH_RECORD_FORMAT", "batch_record", "read_records", "run_records"]

BATCH_RECORD_FORMAT = "simulate.batch-record/1"
BATCH_FILE = "conversations.jsonl"
PROBE_MODEL = "probe"  # the model label of scripted probe questions; not a model that speaks


def batch_record(*, item: str, template: str, model: str, seed: int, conversation: str,
                 personas: Mapping[str, PersonaCard] | Iterable[PersonaCard], turns: Iterable[Turn],
                 usage: Mapping[str, Any], findings: Iterable[Finding] = (), status: str = "done",
                 error: str | None = None, attempt: int = 1, draw: int | None = None, repeat: int | None = None,
                 memory: Mapping[str, Any] | None = None, wall_s: float = 0.0) -> dict[str, Any]:
    """One batch record (with its `format`) from the engine's objects, turns in index order.

    `usage` is the conversation's own tally of its model calls (`ConversationResult.usage`): every call
    it made through the gateway (turns, memory summaries, regenerated replies), as the budget counts them; not
    the sum of its turns, which leaves the summaries and regenerations out.
    """
    cards = list(personas.values()) if isinstance(personas, Mapping) else list(personas)
    ordered = sorted(turns, key=lambda t: t.index)
    return {
        "format": BATCH_RECORD_FORMAT, "item": item, "template": template, "draw": draw, "repeat": repeat,
        "model": model, "seed": seed, "conversation": conversation, "status": status, "error": error,
        "attempt": attempt,
        "personas": {card.name: card.model_dump(mode="json") for card in cards},
        "turns": [t.model_dump(mode="json") for t in ordered],
        "findings": [f.record() for f in findings],
        "usage": dict(usage),
        "memory": None if memory is None else dict(memory),
        "wall_s": wall_s,
    }


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The batch records of a batch folder or a run folder, sorted by item.

    A batch folder holds `conversations.jsonl`, one record per line; an item retried has several
    lines and the last one wins; a torn last line (no newline: a kill mid-write) is ignored.
    A run folder gives one record per finished conversation (see `run_records`). Anything else
    raises RunError.
    """
    folder = Path(path)
    if (folder / BATCH_FILE).is_file():
        return _batch(folder / BATCH_FILE)
    if folder.is_dir() and ((folder / SCENARIO).is_file() or (folder / MANIFEST).is_file()):
        return run_records(folder)
    raise RunError(f"{path}: neither a batch folder (no {BATCH_FILE}) nor a run folder (no {SCENARIO})")


def run_records(path: str | Path, *, unfinished: bool = False) -> Iterator[dict[str, Any]]:
    """The records of a run folder written by `simulate run`, one per conversation, in conversation order.

    Only finished conversations (those with an end event) unless `unfinished`, which adds the others
    with status "running". Draw and repeat are None; the model is the turns' models but "probe"
    (joined by "+"); `usage` is what the end event recorded (see ConversationResult.usage), or for a
    folder written before it did, and for an unfinished conversation, the turns' own usage; `wall_s` is
    the sum of the turns' latencies (a run folder keeps no wall time per conversation).

    Raises:
        RunError: not a run folder, or its scenario.json is not a scenario with inline persona cards.
    """
    folder = RunFolder(Path(path))
    scenario = folder.read_json(SCENARIO)
    if not isinstance(scenario, dict) or not isinstance(scenario.get("id"), str):
        raise RunError(f"{folder.path / SCENARIO}: not a scenario")
    try:
        cards = [PersonaCard.model_validate(entry["inline"]) for entry in scenario.get("personas", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise RunError(f"{folder.path / SCENARIO}: personas are not inline cards ({exc})") from None
    return _run_records(folder, scenario, cards, unfinished=unfinished)


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


def _run_records(folder: RunFolder, scenario: dict[str, Any], cards: list[PersonaCard], *,
                 unfinished: bool) -> Iterator[dict[str, Any]]:
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
    for conversation in sorted(set(ends) | set(turns) if unfinished else ends):
        end = ends.get(conversation, {"status": "running"})
        said = sorted(turns.get(conversation, {}).values(), key=lambda t: t.index)
        models = sorted({t.model for t in said if t.model != PROBE_MODEL})
        record = batch_record(
            item=conversation, template=scenario["id"], model="+".join(models) or default_model,
            seed=int(scenario.get("seed", 0)), conversation=conversation, personas=cards, turns=said,
            findings=findings.get(conversation, []), status=end.get("status", "done"), error=end.get("error"),
            usage=end.get("usage") or tally_turns(said).as_dict(), wall_s=round(sum(t.latency_s for t in said), 6),
        )
        record.pop("format")
        yield record
