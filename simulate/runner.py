"""Run a scenario end to end: apply overrides, schedule conversations, write the run folder."""

from __future__ import annotations

import asyncio
import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from .checkers.findings import KINDS, Finding
from .checkers.metrics import TurnFacts, consistency_metrics
from .checkers.run_checker import RunChecker
from .errors import InputError, RunError
from .gateway import Gateway, ProviderFactory
from .models.settings import ALLOW_SECRETS
from .overrides import apply_overrides  # re-exported: `simulate.runner.apply_overrides` is public
from .redact import MASK, redact_mapping
from .run_folder import FINDINGS, MANIFEST, SCENARIO, SUMMARY, RunFolder, new_run_id
from .run_setup import end_manifest, new_manifest, resume_manifest, run_memory
from .scenario import Scenario
from .scheduler import ConversationResult, MemoryFactory, Observer, Scheduler, conversation_id
from .turn import Turn

__all__ = ["RunResult", "apply_overrides", "resume_run", "run_scenario", "scenario_fingerprint"]

class _Silent:
    def session_started(self, *args: Any) -> None: ...
    def turn_finished(self, turn: Turn) -> None: ...
    def conversation_finished(self, result: ConversationResult) -> None: ...
    def finding_found(self, finding: Finding) -> None: ...


@dataclass(repr=False)
class RunResult:
    """What a run produced. `folder` is None when nothing was written."""

    scenario: Scenario
    conversations: list[ConversationResult]
    summary: dict[str, Any]
    folder: Path | None = None
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Did every conversation finish?"""
        return all(c.ok for c in self.conversations)

    def __repr__(self) -> str:  # cheap: asyncio may repr the task that returns this
        return f"RunResult(scenario={self.scenario.id!r}, conversations={len(self.conversations)}, folder={self.folder})"

    @property
    def turns(self) -> list[Turn]:
        """Every turn, conversation by conversation."""
        return [t for c in self.conversations for t in c.turns]


def scenario_fingerprint(scenario: Scenario) -> str:
    """sha256 of the resolved scenario's canonical JSON, secrets masked (as scenario.json holds it)."""
    data = orjson.dumps(redact_mapping(scenario.model_dump(mode="json")), option=orjson.OPT_SORT_KEYS)
    return "sha256:" + hashlib.sha256(data).hexdigest()




def _models(scenario: Scenario) -> dict[str, Any]:
    per = {}
    for name in scenario.names:
        settings = scenario.model.for_persona(name)
        per[name] = redact_mapping(settings.model_dump(mode="json", exclude={"per_persona"}))
    return per


def _summary(scenario: Scenario, results: list[ConversationResult], gateway: Gateway,
             wall: float) -> dict[str, Any]:
    turns = [t for r in results for t in r.turns]
    by_persona: dict[str, dict[str, int]] = {}
    for turn in turns:
        entry = by_persona.setdefault(turn.speaker, {"turns": 0, "prompt_tokens": 0, "completion_tokens": 0})
        entry["turns"] += 1
        entry["prompt_tokens"] += turn.prompt_tokens
        entry["completion_tokens"] += turn.completion_tokens
    failed = [r for r in results if not r.ok]
    return {
        "scenario": scenario.id,
        "conversations": {"total": len(results), "done": len(results) - len(failed), "failed": len(failed)},
        "turns": len(turns),
        "sessions": scenario.sessions.count,
        "by_persona": dict(sorted(by_persona.items())),
        "models": {name: stats.as_dict() for name, stats in sorted(gateway.stats.items())},
        "failures": [{"conversation": r.id, "error": r.error, "turns_done": len(r.turns)} for r in failed],
        "wall_s": round(wall, 3),
        "turns_per_s": round(len(turns) / wall, 1) if wall > 0 else None,
    }


def _findings_summary(results: list[ConversationResult], findings: list[Finding],
                      checker: RunChecker) -> dict[str, Any]:
    turns = [TurnFacts(t.conversation, t.index, t.speaker, t.session, t.kind, t.probe)
             for r in results for t in r.turns]
    for r in results:  # conversations finished before a resume were not checked again turn by turn
        checker.cover(r.id, r.turns)
    counts = {kind: sum(1 for f in findings if f.kind == kind) for kind in KINDS}
    return {"checker": "rules", "total": len(findings), "by_kind": counts,
            "consistency": consistency_metrics(turns, findings, checkable=checker.checkable,
                                               claims=checker.coverage())}


class _Recording:
    """Forwards progress to the caller's observer and appends each conversation's end to the events."""

    def __init__(self, inner: Observer, folder: RunFolder | None) -> None:
        self.inner = inner
        self.folder = folder

    def session_started(self, conversation: str, session: int, when: datetime, topic: str | None) -> None:
        self.inner.session_started(conversation, session, when, topic)

    def turn_finished(self, turn: Turn) -> None:
        self.inner.turn_finished(turn)

    def finding_found(self, finding: Finding) -> None:
        self.inner.finding_found(finding)

    def conversation_finished(self, result: ConversationResult) -> None:
        if self.folder is not None:
            self.folder.append_event({"type": "conversation", "conversation": result.id, "index": result.index,
                                      "status": "done" if result.ok else "failed", "error": result.error,
                                      "turns": len(result.turns), "usage": result.usage})
        self.inner.conversation_finished(result)


def _gateway(scenario: Scenario, provider: ProviderFactory | None) -> Gateway:
    gateway = Gateway(provider=provider)
    for name in scenario.names:  # bad model names or options, or a missing extra, fail here
        gateway.model(scenario.model.for_persona(name))
    return gateway


def _check_in_flight(max_in_flight: int) -> None:
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
        raise InputError(f"max_in_flight must be an integer of at least 1, got {max_in_flight!r}")


def _prepare(scenario: Scenario, provider: ProviderFactory | None, memory: MemoryFactory | None,
             max_in_flight: int) -> Gateway:
    """Every check a run makes on its arguments, models and memory settings, before it writes anything."""
    _check_in_flight(max_in_flight)
    gateway = _gateway(scenario, provider)
    if memory is None:
        from .memory.provider import check_memory

        check_memory(scenario)
    return gateway


async def run_scenario(scenario: Scenario, *, out: str | Path | None = None,
                       observer: Observer | None = None, provider: ProviderFactory | None = None,
                       memory: MemoryFactory | None = None, max_in_flight: int = 64,
                       command: str | None = None, check: bool = True) -> RunResult:
    """Run every conversation of `scenario`.

    Args:
        scenario: a loaded scenario (see `load_scenario`; `apply_overrides` for CLI-style changes).
        out: folder under which a run folder is created; None writes nothing.
        observer: receives sessions, turns, findings and conversation ends as they happen.
        provider: builds the bare model for a ModelSettings (tests inject doubles here).
        memory: builds the memory of one conversation; default: from the scenario's `memory:` section.
        max_in_flight: conversations running at once.
        command: the command line, for the manifest.
        check: run the rules checkers on every turn as it is stored (findings.jsonl, summary).

    Returns:
        RunResult with every transcript and the summary. A conversation whose model calls
        failed past their retries is recorded as failed; the others go on.

    Raises:
        InputError: a bad argument, model or memory setting, or a missing extra (MissingExtraError);
            raised before anything is written.
    """
    gateway = _prepare(scenario, provider, memory, max_in_flight)
    folder = RunFolder.create(Path(out), new_run_id(scenario.id)) if out is not None else None
    manifest = new_manifest(
        "simulate.run/1", command=command, run_id=folder.path.name if folder else None,
        scenario={"id": scenario.id, "fingerprint": scenario_fingerprint(scenario), "description": scenario.description},
        seed=scenario.seed, conversations=scenario.conversations, models=_models(scenario))
    if folder is None:
        return await _execute(scenario, folder, manifest, gateway, observer=observer, memory=memory,
                              max_in_flight=max_in_flight, check=check)
    with folder.lock():
        folder.write_json(SCENARIO, scenario.model_dump(mode="json"))  # secrets masked on the way
        folder.write_json(MANIFEST, manifest)
        if check:
            (folder.path / FINDINGS).touch()  # written even when nothing is found
        return await _execute(scenario, folder, manifest, gateway, observer=observer, memory=memory,
                              max_in_flight=max_in_flight, check=check)


async def resume_run(run: str | Path, *, observer: Observer | None = None, provider: ProviderFactory | None = None,
                     max_in_flight: int = 64, command: str | None = None, check: bool = True,
                     retry_failed: bool = False, secrets: dict[str, Any] | None = None) -> RunResult:
    """Continue a run that was stopped (killed, interrupted, crashed) where it stopped.

    Finished conversations are kept as they are; the others replay their stored turns (checked against
    the scenario, not regenerated) and go on. Memory continues from the run's store. Nothing is lost and
    nothing is written twice. With `retry_failed`, conversations that failed go on too, from their last
    stored turn. Secrets given with the run's model options were not written to scenario.json; `secrets`
    gives them again (model option name -> value), only for masked options.

    Raises:
        RunError: the folder is not a run, the run already finished, or its scenario was changed.
        InputError: a bad argument, model or memory setting, or a missing extra; the folder is left as it was.
    """
    _check_in_flight(max_in_flight)
    folder = RunFolder.open(run)
    with folder.lock():
        return await _resume(folder, observer=observer, provider=provider, max_in_flight=max_in_flight,
                             command=command, check=check, secrets=secrets or {}, retry_failed=retry_failed)


async def _resume(folder: RunFolder, *, observer: Observer | None, provider: ProviderFactory | None,
                  max_in_flight: int, command: str | None, check: bool, secrets: dict[str, Any],
                  retry_failed: bool) -> RunResult:
    manifest = folder.read_json(MANIFEST)
    try:
        scenario = Scenario.model_validate(folder.read_json(SCENARIO), context={ALLOW_SECRETS: True})
    except Exception as exc:  # a hand-edited scenario.json: say so, plainly
        raise RunError(f"{folder.path / SCENARIO}: not a valid scenario ({exc})") from None
    if scenario_fingerprint(scenario) != manifest.get("scenario", {}).get("fingerprint"):
        raise RunError(f"{folder.path}: scenario.json changed since the run started; it cannot be resumed")
    if manifest.get("status") == "done":
        raise RunError(f"{folder.path}: the run already finished; there is nothing to resume")
    if manifest.get("status") == "failed" and not retry_failed:
        raise RunError(f"{folder.path}: the run finished with failed conversations; "
                       "`simulate run --resume RUN --retry-failed` runs them again")
    scenario = restore_secrets(scenario, secrets, where=folder.path)
    gateway = _prepare(scenario, provider, None, max_in_flight)  # before the folder is repaired or rewritten
    folder.repair()
    ids = {conversation_id(scenario, i): i for i in range(scenario.conversations)}
    prior: dict[int, list[Turn]] = {}
    finished: dict[int, ConversationResult] = {}
    for event in folder.events():
        index = ids.get(event.get("conversation", ""))
        if index is None:
            raise RunError(f"{folder.path}: events name a conversation this scenario does not have")
        if event.get("type") == "turn":
            prior.setdefault(index, []).append(Turn.model_validate({k: v for k, v in event.items() if k != "type"}))
        elif event.get("type") == "conversation":
            if retry_failed and event.get("status") == "failed":
                finished.pop(index, None)
            else:
                finished[index] = ConversationResult(event["conversation"], index, error=event.get("error"))
    for index, result in finished.items():
        result.turns.extend(prior.pop(index, []))
    stored_findings = [Finding.model_validate(r) for r in folder.findings()]
    manifest.setdefault("resumed", []).append(datetime.now(timezone.utc).isoformat())
    resume_manifest(folder, manifest, command=command)
    done_ids = {r.id for r in finished.values()}
    return await _execute(scenario, folder, manifest, gateway, observer=observer, memory=None,
                          max_in_flight=max_in_flight, check=check, prior=prior, finished=finished,
                          kept_findings=[f for f in stored_findings if f.conversation in done_ids],
                          stored_findings={(f.conversation, f.turn, f.kind) for f in stored_findings})


def restore_secrets(scenario: Scenario, secrets: dict[str, Any], *, where: Path) -> Scenario:
    """`scenario` (as read back from scenario.json) with its masked model options given again.

    Raises:
        InputError: an option in `secrets` was not masked, or a masked one is still missing.
    """
    data = scenario.model_dump(mode="json")
    options = data["model"]["options"]
    for key, value in secrets.items():
        if not _masked(options.get(key)):
            raise InputError(f"--model-option {key}: --resume continues the run as it was started; only options "
                             "whose secrets were kept out of scenario.json may be given again")
        options[key] = value
    missing = [key for key, value in options.items() if _masked(value)]
    if missing:
        raise RunError(f"{where}: the run's model options held secrets, which are never written to disk; give them "
                       f"again: {' '.join(f'--model-option {k}=...' for k in missing)}")
    if not secrets:
        return scenario
    return Scenario.model_validate(data, context={ALLOW_SECRETS: True})


def _masked(value: Any) -> bool:
    return MASK in orjson.dumps(value).decode()


async def _execute(scenario: Scenario, folder: RunFolder | None, manifest: dict[str, Any], gateway: Gateway, *,
                   observer: Observer | None, memory: MemoryFactory | None, max_in_flight: int, check: bool,
                   prior: dict[int, list[Turn]] | None = None, finished: dict[int, ConversationResult] | None = None,
                   kept_findings: list[Finding] | None = None,
                   stored_findings: set[tuple[str, int, str]] | None = None) -> RunResult:
    finished = finished or {}
    memory_store = None
    opened = run_memory(scenario, gateway.model, folder, manifest) if memory is None else None
    if opened is not None:
        memory_store, memory = opened
    emit = folder.append_event if folder else (lambda _event: None)
    store_finding = folder.append_finding if folder else (lambda _record: None)
    checker = RunChecker(scenario) if check else None
    scheduler = Scheduler(scenario, gateway=gateway, emit=lambda turn: emit(turn.event()),
                          observer=_Recording(observer or _Silent(), folder), memory_factory=memory,
                          max_in_flight=max_in_flight, checker=checker,
                          emit_finding=lambda finding: store_finding(finding.record()),
                          stored_findings=stored_findings or ())
    clock = time.perf_counter()
    status = "error"
    results: list[ConversationResult] = []
    try:
        todo = [i for i in range(scenario.conversations) if i not in finished]
        results = sorted([*finished.values(), *await scheduler.run(todo, prior)], key=lambda r: r.index)
        status = "done" if all(r.ok for r in results) else "failed"
    except (KeyboardInterrupt, asyncio.CancelledError):
        status = "interrupted"
        raise
    finally:
        wall = time.perf_counter() - clock
        summary = _summary(scenario, results, gateway, wall)
        if checker is not None:
            summary["findings"] = _findings_summary(results, [*(kept_findings or []), *checker.findings], checker)
        stats = getattr(memory, "stats", None)
        if stats is not None:
            summary["memory"] = stats
        if memory_store is not None:
            try:
                memory_store.close()
            except Exception:  # noqa: BLE001 - never hide the error that ended the run behind a cleanup one
                if status != "error":
                    raise
        if folder:
            folder.close()
            folder.write_json(SUMMARY, summary)
        end_manifest(folder, manifest, status)
    return RunResult(scenario, results, summary, folder.path if folder else None, manifest)
