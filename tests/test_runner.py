"""Whole runs on the scripted model: transcripts, run folders, failures, overrides."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest

from simulate import apply_overrides, load_scenario, run_scenario
from simulate.errors import InputError, ServerError
from simulate.models.scripted import ScriptedModel
from simulate.run_folder import RunFolder


def test_a_run_writes_manifest_events_and_summary(pair_path: Path, tmp_path: Path) -> None:
    """One events line per turn, a manifest with fingerprint and versions, a summary."""
    scenario = load_scenario(pair_path)
    result = asyncio.run(run_scenario(scenario, out=tmp_path / "out"))
    assert result.ok and result.folder is not None
    events = [orjson.loads(line) for line in (result.folder / "events.jsonl").read_bytes().splitlines()]
    assert [e["type"] for e in events] == ["turn"] * 12 + ["conversation"]
    assert len(result.turns) == 12 and events[-1]["status"] == "done" and events[-1]["turns"] == 12
    first = events[0]
    assert {"conversation", "session", "speaker", "addressee", "text", "time", "model", "latency_s",
            "prompt_tokens", "metadata"} <= set(first)
    manifest = orjson.loads((result.folder / "manifest.json").read_bytes())
    assert manifest["status"] == "done" and manifest["scenario"]["fingerprint"].startswith("sha256:")
    assert manifest["packages"]["pydantic"] and manifest["ended"]
    summary = orjson.loads((result.folder / "summary.json").read_bytes())
    assert summary["turns"] == 12 and summary["conversations"] == {"total": 1, "done": 1, "failed": 0}


def test_sessions_advance_the_simulated_clock_and_apply_the_timeline(pair_path: Path) -> None:
    """Session 2 is 6 weeks (and a few minutes) later; the move applies from session 2."""
    result = asyncio.run(run_scenario(load_scenario(pair_path)))
    by_session = {t.session: t for t in reversed(result.turns)}
    assert (by_session[2].time - by_session[0].time).days == 42
    said = [t.text for t in result.turns if t.speaker == "Maya" and "live in" in t.text]
    for turn in result.turns:
        if turn.speaker == "Maya" and "live in" in turn.text:
            assert ("Austin" in turn.text) == (turn.session >= 2), said


def test_prompts_carry_the_card_date_and_partner(pair_path: Path) -> None:
    """The agent's prompt names the persona, the simulated date and whom it talks to."""
    seen: list = []

    class Spy(ScriptedModel):
        async def complete(self, request):  # type: ignore[no-untyped-def]
            seen.append(request)
            return await super().complete(request)

    asyncio.run(run_scenario(load_scenario(pair_path), provider=lambda s: Spy()))
    system = seen[0].messages[0].content
    assert "You are Maya." in system and "I work as a nurse." in system
    assert "Monday 5 January 2026" in system and "talking with Tom" in system
    later = [r.messages[0].content for r in seen if "Monday 26 January 2026" in r.messages[0].content]
    assert later and all("It has been 3 weeks since you last spoke." in text for text in later)
    assert "first conversation" in system


def test_a_failing_model_fails_its_conversation_and_the_run_goes_on(pair_path: Path, tmp_path: Path) -> None:
    """Retries exhausted: the conversation is failed with its error; others complete; finished turns kept."""
    scenario = apply_overrides(load_scenario(pair_path), conversations=3)
    scenario = scenario.model_copy(update={"model": scenario.model.model_copy(update={"retries": 0})})

    class Flaky(ScriptedModel):
        async def complete(self, request):  # type: ignore[no-untyped-def]
            if request.context["history"] and request.context["history"][0].conversation.endswith("c0001") \
                    and len(request.context["history"]) == 5:
                raise ServerError("boom sk-secretsecretsecret", model="scripted")
            return await super().complete(request)

    result = asyncio.run(run_scenario(scenario, out=tmp_path, provider=lambda s: Flaky()))
    failed = [c for c in result.conversations if not c.ok]
    assert [c.index for c in failed] == [1] and len(failed[0].turns) == 5
    assert "sk-secret" not in (failed[0].error or "") and "RetriesExhaustedError" in (failed[0].error or "")
    folder = RunFolder.open(result.folder)  # type: ignore[arg-type]
    assert folder.read_json("manifest.json")["status"] == "failed"
    assert sum(1 for e in folder.events() if e["conversation"].endswith("c0001") and e["type"] == "turn") == 5
    assert result.summary["conversations"]["failed"] == 1


def test_resume_retry_failed_finishes_the_failed_conversations(pair_path: Path, tmp_path: Path) -> None:
    """A run with a failed conversation: a plain resume refuses (and says how); --retry-failed goes on from
    the failed conversation's last stored turn and leaves the finished ones as they were."""
    from simulate.errors import RunError
    from simulate.runner import resume_run

    scenario = apply_overrides(load_scenario(pair_path), conversations=2)
    scenario = scenario.model_copy(update={"model": scenario.model.model_copy(update={"retries": 0})})

    class Flaky(ScriptedModel):
        async def complete(self, request):  # type: ignore[no-untyped-def]
            history = request.context["history"]
            if history and history[0].conversation.endswith("c0001") and len(history) == 5:
                raise ServerError("boom", model="scripted")
            return await super().complete(request)

    first = asyncio.run(run_scenario(scenario, out=tmp_path, provider=lambda s: Flaky()))
    assert first.folder is not None and first.summary["conversations"]["failed"] == 1
    done_before = [t.text for t in first.conversations[0].turns]
    with pytest.raises(RunError, match="--retry-failed"):
        asyncio.run(resume_run(first.folder))
    again = asyncio.run(resume_run(first.folder, retry_failed=True, provider=lambda s: ScriptedModel()))
    assert again.ok and again.summary["conversations"] == {"total": 2, "done": 2, "failed": 0}
    assert [t.text for t in again.conversations[0].turns] == done_before
    retried = again.conversations[1].turns
    assert len(retried) == 12 and [t.index for t in retried] == list(range(12))
    folder = RunFolder.open(first.folder)
    assert folder.read_json("manifest.json")["status"] == "done"
    turns = [e for e in folder.events() if e["type"] == "turn" and e["conversation"].endswith("c0001")]
    assert len(turns) == 12  # the 5 stored turns were not written twice


def test_findings_jsonl_is_written_even_when_nothing_is_found(pair_path: Path, tmp_path: Path) -> None:
    result = asyncio.run(run_scenario(load_scenario(pair_path), out=tmp_path))
    assert result.folder is not None and (result.folder / "findings.jsonl").is_file()
    assert result.summary["findings"]["total"] == 0 and (result.folder / "findings.jsonl").read_bytes() == b""
    unchecked = asyncio.run(run_scenario(load_scenario(pair_path), out=tmp_path / "u", check=False))
    assert unchecked.folder is not None and not (unchecked.folder / "findings.jsonl").exists()


def test_overrides_are_validated(pair_path: Path) -> None:
    """CLI-style overrides go through the same validation."""
    scenario = load_scenario(pair_path)
    assert apply_overrides(scenario, sessions=1, turns=2).sessions.count == 1
    with pytest.raises(InputError, match="turns"):
        apply_overrides(scenario, turns=0)


def test_no_secret_reaches_the_run_folder(pair_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key in the environment or on the command line never lands in any file of the run."""
    secret = "sk-test-0123456789abcdefSECRET"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    scenario = load_scenario(pair_path)
    result = asyncio.run(run_scenario(scenario, out=tmp_path, command=f"simulate run x --model-option key={secret}"))
    for file in result.folder.iterdir():  # type: ignore[union-attr]
        assert secret.encode() not in file.read_bytes(), file.name


def test_a_reply_in_someone_elses_voice_is_generated_again(pair_path: Path) -> None:
    """A reply holding only the partner's lines is regenerated with the next seed, and marked."""
    calls: list[int] = []

    class Ventriloquist(ScriptedModel):
        async def complete(self, request):  # type: ignore[no-untyped-def]
            calls.append(request.seed)
            response = await super().complete(request)
            if len(calls) == 1:
                from dataclasses import replace

                other = "Tom" if request.context["speaker"] == "Maya" else "Maya"
                return replace(response, text=f"{other}: I speak for you now.")
            return response

    result = asyncio.run(run_scenario(load_scenario(pair_path), provider=lambda s: Ventriloquist()))
    first = result.turns[0]
    assert result.ok and first.metadata["regenerated"] == 1 and "I speak for you" not in first.text
    assert calls[1] == calls[0] + 1


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the lock file aside: it only names the last process that held the folder)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".lock"}


def test_bad_arguments_and_settings_fail_before_anything_is_written(pair_path: Path, tmp_path: Path) -> None:
    """A bad max_in_flight, memory settings naming nobody, or a model whose extra is missing: an InputError,
    and no run folder (no `running` manifest, no memory database) is left behind."""
    from simulate.errors import MissingExtraError
    from simulate.memory.config import MemoryOverride

    scenario = load_scenario(pair_path)
    out = tmp_path / "out"
    with pytest.raises(InputError, match="max_in_flight must be an integer of at least 1, got 0"):
        asyncio.run(run_scenario(scenario, out=out, max_in_flight=0))
    nobody = scenario.model_copy(update={"memory": scenario.memory.model_copy(
        update={"per_persona": {"Nobody": MemoryOverride(prompt_budget_tokens=100)}})})
    with pytest.raises(InputError, match="memory.per_persona: 'Nobody' not in this scenario"):
        asyncio.run(run_scenario(nobody, out=out))

    def missing(_settings: object) -> ScriptedModel:
        raise MissingExtraError("llama-cpp-python", "local", "the embedded model local/smollm2")

    with pytest.raises(MissingExtraError):
        asyncio.run(run_scenario(scenario, out=out, provider=missing))
    assert not out.exists() or not any(out.iterdir())


def test_a_resume_with_bad_arguments_leaves_the_run_folder_as_it_was(pair_path: Path, tmp_path: Path) -> None:
    """A stopped run resumed with max_in_flight=0, or on a model whose extra is missing, fails and changes no file."""
    from simulate.errors import MissingExtraError
    from simulate.runner import resume_run

    done = asyncio.run(run_scenario(load_scenario(pair_path), out=tmp_path))
    assert done.folder is not None
    folder = RunFolder.open(done.folder)
    folder.write_json("manifest.json", {**folder.read_json("manifest.json"), "status": "running"})  # as if killed
    before = _files(done.folder)

    def missing(_settings: object) -> ScriptedModel:
        raise MissingExtraError("llama-cpp-python", "local", "the embedded model local/smollm2")

    with pytest.raises(InputError, match="max_in_flight"):
        asyncio.run(resume_run(done.folder, max_in_flight=0))
    with pytest.raises(MissingExtraError):
        asyncio.run(resume_run(done.folder, provider=missing))
    assert _files(done.folder) == before
