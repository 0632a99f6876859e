"""Running batches: records, resume after kill -9 and Ctrl-C, budget stop, faults, retry, identical replay."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from simulate.batch import load_batch, resume_batch, run_batch
from simulate.checkers.conversation import TurnIn, persona_facts
from simulate.checkers.engine import ConversationChecker
from simulate.errors import ModelConnectionError, RunError
from simulate.models.base import ChatRequest, ChatResponse
from simulate.models.scripted import ScriptedModel
from simulate.persona import PersonaCard

from batch_helpers import by_item, records, spec_text
from conftest import write


def _run(spec: Path, out: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return asyncio.run(run_batch(load_batch(spec), out=out, **kwargs))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """A clean, uninterrupted run of the grid: what every stopped-and-resumed run must equal."""
    tmp = tmp_path_factory.mktemp("reference")
    result = _run(write(tmp / "b.yaml", spec_text()), tmp / "out")
    assert result.ok and result.manifest["status"] == "done"
    return by_item(records(result.folder))


def test_every_item_is_written_once_with_its_provenance(tmp_path: Path, reference: dict[str, dict]) -> None:
    result = _run(write(tmp_path / "b.yaml", spec_text()), tmp_path / "out")
    rows = records(result.folder)
    assert len(rows) == len({r["item"] for r in rows}) == 12 == result.summary["conversations"]["done"]
    row = rows[0]
    assert row["status"] == "done" and row["personas"] and row["turns"] and row["model"] in ("faithful", "drifting")
    assert all(t["conversation"] == row["conversation"] for t in row["turns"])
    summary = result.summary["by_model"]
    assert summary["faithful"]["findings"] == 0 and summary["drifting"]["findings"] > 0
    assert by_item(rows) == reference  # deterministic: a second run is the same but for wall-clock


def _run_and_kill(spec: Path, out: Path, *, after: int) -> Path:
    process = subprocess.Popen([sys.executable, "-m", "simulate", "batch", str(spec), "--quiet", "--out", str(out),
                                "--concurrency", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        folders = list(out.glob("*/conversations.jsonl"))
        if folders and folders[0].read_bytes().count(b"\n") >= after:
            break
        if process.poll() is not None:
            raise AssertionError("the batch ended before it could be killed")
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return next(out.iterdir())


def test_kill_9_then_resume_loses_nothing_and_duplicates_nothing(tmp_path: Path,
                                                                 reference: dict[str, dict]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(latency=0.02))
    folder = _run_and_kill(spec, tmp_path / "out", after=4)
    before = records(folder)
    assert 4 <= len(before) < 12, "the kill should land mid-batch"
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    assert manifest["status"] == "running"  # killed: nobody wrote an end
    result = asyncio.run(resume_batch(folder))
    after = records(folder)
    assert result.manifest["status"] == "done" and len(after) == 12
    assert len({r["item"] for r in after}) == 12, "an item was written twice"
    assert after[: len(before)] == before, "resume rewrote finished records"
    assert by_item(after) == reference  # latency differs; every other field is the clean run's


def test_ctrl_c_drains_flushes_and_resumes(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(latency=0.05))
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "simulate", "batch", str(spec), "--quiet", "--out", str(out),
                                "--concurrency", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(f.stat().st_size for f in out.glob("*/conversations.jsonl")):
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err.decode()
    folder = next(out.iterdir())
    rows = records(folder)
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    assert manifest["status"] == "interrupted" and 1 <= len(rows) < 12
    assert all(r["status"] == "done" for r in rows)  # drained: the conversations in flight finished whole
    result = asyncio.run(resume_batch(folder))
    assert result.ok and len(records(folder)) == 12


def test_resume_refuses_a_changed_spec(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text())
    result = _run(spec, tmp_path / "out", max_tokens=2_000)
    assert result.manifest["status"] == "budget"
    write(spec, spec_text().replace("drift_rate: 0.3", "drift_rate: 0.4"))
    with pytest.raises(RunError, match="changed since"):
        asyncio.run(resume_batch(result.folder))


def test_the_budget_stops_cleanly_and_resume_with_more_finishes(tmp_path: Path,
                                                               reference: dict[str, dict]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text())
    result = _run(spec, tmp_path / "out", max_tokens=40_000, concurrency=3)
    rows = records(result.folder)
    assert result.stopped is not None and "token budget spent" in result.stopped
    assert result.manifest["status"] == "budget" and 0 < len(rows) < 12
    spent = result.manifest["budget"]["tokens"]
    assert spent <= 40_000, "the budget was overspent"
    # what the written records used, plus what the conversations cut off by the stop had used
    assert spent >= sum(r["usage"]["prompt_tokens"] + r["usage"]["completion_tokens"] for r in rows) > 0
    assert all(r["status"] == "done" and by_item([r])[r["item"]] == reference[r["item"]] for r in rows), \
        "a record is not whole"
    again = asyncio.run(resume_batch(result.folder, max_tokens=10_000_000))
    assert again.ok and by_item(records(result.folder)) == reference


class _Flaky:
    """The scripted model, but every call of the conversations in `broken` fails with a connection error."""

    def __init__(self, broken: set[str]) -> None:
        self.inner = ScriptedModel()
        self.name = "scripted"
        self.broken = broken

    async def complete(self, request: ChatRequest) -> ChatResponse:
        if request.context.get("conversation", "").split("-s")[0] in self.broken:
            raise ModelConnectionError("connection reset", model=self.name)
        return await self.inner.complete(request)


def test_a_failed_conversation_is_recorded_and_retry_failed_runs_just_those(
        tmp_path: Path, reference: dict[str, dict]) -> None:
    spec = write(tmp_path / "b.yaml", spec_text())
    broken = {"getting-to-know.d1.m0.r0", "interview.d2.m1.r0"}
    flaky = _Flaky(broken)
    result = _run(spec, tmp_path / "out", provider=lambda s: flaky)
    rows = records(result.folder)
    failed = {r["item"] for r in rows if r["status"] == "failed"}
    assert failed == broken and len(rows) == 12 and result.manifest["status"] == "failed"
    assert all("connection reset" in r["error"] for r in rows if r["status"] == "failed")
    assert {f["item"] for f in result.summary["failures"]} == broken
    again = asyncio.run(resume_batch(result.folder, retry_failed=True))
    rows = records(result.folder)
    assert len(rows) == 14 and {r["item"] for r in rows[12:]} == broken and all(r["attempt"] == 2 for r in rows[12:])
    assert again.ok and by_item(rows) == reference


def test_thirty_percent_faults_still_complete_every_conversation(tmp_path: Path) -> None:
    faults = "    faults: {rate_limit: 0.1, server_error: 0.1, connection_error: 0.1}\n    retries: 12\n"
    text = spec_text().replace("    options: {drift_rate: 0.0, latency_s: 0.0}\n",
                               "    options: {drift_rate: 0.0, latency_s: 0.0}\n" + faults)
    text = text.replace("    options: {drift_rate: 0.3, latency_s: 0.0}\n",
                        "    options: {drift_rate: 0.3, latency_s: 0.0}\n" + faults)
    result = _run(write(tmp_path / "b.yaml", text), tmp_path / "out")
    calls = result.summary["calls_this_run"]["scripted"]
    assert result.ok and len(records(result.folder)) == 12
    assert calls["attempts"] > calls["calls"] * 1.25, "faults were not injected"


def test_a_replay_from_the_cache_reproduces_the_batch(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(extra="preferences: 2"))
    first = _run(spec, tmp_path / "out")
    second = _run(spec, tmp_path / "out", replay=True, cache=first.folder / "calls.sqlite")
    assert second.ok and by_item(records(second.folder)) == by_item(records(first.folder))
    assert second.summary["calls_this_run"]["scripted"]["cached"] == first.summary["calls_this_run"]["scripted"]["calls"]
    changed = write(tmp_path / "c.yaml", spec_text(extra="preferences: 2").replace("seed: 5", "seed: 6"))
    miss = _run(changed, tmp_path / "out", replay=True, cache=first.folder / "calls.sqlite")
    assert miss.summary["conversations"]["failed"] == 12
    assert all("no cached answer" in f["error"] for f in miss.summary["failures"])


def test_preference_pairs_hold_a_chosen_reply_the_checkers_pass(tmp_path: Path) -> None:
    result = _run(write(tmp_path / "b.yaml", spec_text(extra="preferences: 3")), tmp_path / "out")
    pairs = 0
    for record in records(result.folder):
        personas = {n: persona_facts(PersonaCard.model_validate(c)) for n, c in record["personas"].items()}
        flagged = {f["turn"] for f in record["findings"]}
        for index, turn in enumerate(record["turns"]):
            preference = turn["metadata"].get("preference")
            if preference is None:
                continue
            assert index in flagged, "a preference on a turn the checkers did not flag"
            assert preference["prompt"][0]["role"] == "system" and preference["tried"] >= 1
            if preference["chosen"] is None:
                continue
            pairs += 1
            assert preference["chosen"] != turn["text"]
            engine = ConversationChecker(record["conversation"], personas)
            for earlier in record["turns"][:index]:
                engine.add(TurnIn.model_validate(earlier), earlier["index"])
            chosen = TurnIn.model_validate({**turn, "text": preference["chosen"]})
            assert engine.add(chosen, index) == [], "the chosen reply contradicts"
    assert pairs >= 3


def test_spending_survives_a_kill_9_so_resume_never_overspends(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(latency=0.02, extra="budget: {max_tokens: 40000}"))
    folder = _run_and_kill(spec, tmp_path / "out", after=2)
    from simulate.batch.spending import journal_totals

    before, _, _ = journal_totals(folder / "spend.log")
    written = sum(r["usage"]["prompt_tokens"] + r["usage"]["completion_tokens"] for r in records(folder))
    assert before >= written > 0  # the journal holds what the killed run spent, written records or not
    result = asyncio.run(resume_batch(folder))
    total, _, _ = journal_totals(folder / "spend.log")
    assert result.manifest["budget"]["tokens"] == total <= 40_000
    assert result.manifest["status"] == "budget"


def test_a_batch_being_run_cannot_be_resumed_by_a_second_process(tmp_path: Path) -> None:
    spec = write(tmp_path / "b.yaml", spec_text(latency=0.05))
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "simulate", "batch", str(spec), "--quiet", "--out", str(out),
                                "--concurrency", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(out.glob("*/manifest.json")):
            time.sleep(0.02)
        folder = next(out.iterdir())
        with pytest.raises(RunError, match=f"process {process.pid} is working on this batch"):
            asyncio.run(resume_batch(folder))
    finally:
        process.kill()
        process.wait()
    result = asyncio.run(resume_batch(folder))  # the lock died with the process
    assert result.ok and len({r["item"] for r in records(folder)}) == len(records(folder)) == 12


def test_admission_lets_conversations_finish_at_the_end_of_a_budget(tmp_path: Path) -> None:
    """At the default concurrency every conversation would start at once and all be cut off."""
    result = _run(write(tmp_path / "b.yaml", spec_text()), tmp_path / "out", max_tokens=45_000)
    rows = records(result.folder)
    assert result.manifest["status"] == "budget" and len(rows) >= 3
    assert result.manifest["budget"]["tokens"] <= 45_000


def test_a_record_counts_every_call_of_its_conversation(tmp_path: Path) -> None:
    """Turns, memory summaries and preference regenerations: the records add up to what was spent."""
    result = _run(write(tmp_path / "b.yaml", spec_text(extra="preferences: 2")), tmp_path / "out")
    rows = records(result.folder)
    used = sum(r["usage"]["prompt_tokens"] + r["usage"]["completion_tokens"] for r in rows)
    turns = sum(t["prompt_tokens"] + t["completion_tokens"] for r in rows for t in r["turns"])
    assert used == result.manifest["budget"]["tokens"] > turns
    assert sum(r["usage"]["calls"] for r in rows) == result.summary["calls_this_run"]["scripted"]["calls"]


def test_a_password_in_an_api_base_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    from simulate.errors import ScenarioError

    text = spec_text().replace("label: drifting",
                               "label: drifting\n    api_base: https://user:hunter22secret@example.invalid/v1")
    with pytest.raises(ScenarioError, match="keep credentials in environment variables"):
        load_batch(write(tmp_path / "b.yaml", text))


def test_bad_arguments_and_models_fail_before_the_batch_folder_is_made(tmp_path: Path) -> None:
    """concurrency=0, an unknown executor, or a model whose extra is missing: an InputError, nothing written;
    a resume with them leaves the batch folder as it was."""
    from simulate.errors import InputError, MissingExtraError

    spec = write(tmp_path / "b.yaml", spec_text())
    out = tmp_path / "out"

    def missing(_settings: object) -> ScriptedModel:
        raise MissingExtraError("llama-cpp-python", "local", "the embedded model local/smollm2")

    with pytest.raises(InputError, match="concurrency must be an integer of at least 1, got 0"):
        _run(spec, out, concurrency=0)
    with pytest.raises(InputError, match="executor must be 'local' or 'ray'"):
        _run(spec, out, executor="threads")
    with pytest.raises(MissingExtraError):
        _run(spec, out, provider=missing)
    assert not out.exists()
    folder = _run(spec, out, concurrency=2).folder
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    (folder / "manifest.json").write_bytes(orjson.dumps({**manifest, "status": "running"}))  # as if killed
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != ".lock"}
    with pytest.raises(MissingExtraError):
        asyncio.run(resume_batch(folder, provider=missing))
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != ".lock"} == before
