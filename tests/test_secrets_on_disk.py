"""No secret on disk: every file a run or batch writes is redacted; secrets in spec files are refused."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from simulate.cli import main

from conftest import write

PASSWORD = "hunter2-planted-pw"
TOKEN = "sk-planted0123456789abcdef"
SCENARIO = """\
id: secretive
personas:
  - inline: {name: Maya, facts: {age: 34, occupation: nurse, location: Denver}}
  - inline: {name: Tom, facts: {age: 40, occupation: chef, location: Boston}}
sessions: {count: 2, turns: 4, gap: 1 week}
model: {name: scripted}
"""


def _every_file(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _assert_clean(folder: Path) -> None:
    files = _every_file(folder)
    assert files
    for path, data in files.items():
        assert PASSWORD.encode() not in data, path
        assert TOKEN.encode() not in data, path


def test_secrets_in_model_options_reach_no_file_and_resume_takes_them_again(tmp_path: Path) -> None:
    scenario = write(tmp_path / "s.yaml", SCENARIO)
    out = tmp_path / "out"
    code = main(["run", str(scenario), "--quiet", "--out", str(out),
                 "--model-option", f"api_base=http://user:{PASSWORD}@example.invalid/v1",
                 "--model-option", f"extra_headers={{Authorization: Bearer {TOKEN}, X-Api-Key: {PASSWORD}}}"])
    assert code == 0
    (folder,) = out.iterdir()
    _assert_clean(folder)
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    manifest["status"] = "interrupted"
    (folder / "manifest.json").write_bytes(orjson.dumps(manifest))
    assert main(["run", "--resume", str(folder), "--quiet"]) == 2  # the secrets are needed again, said plainly
    assert main(["run", "--resume", str(folder), "--quiet",
                 "--model-option", f"api_base=http://user:{PASSWORD}@example.invalid/v1",
                 "--model-option", f"extra_headers={{Authorization: Bearer {TOKEN}}}"]) == 0
    _assert_clean(folder)
    assert main(["export", str(folder), "-o", str(folder / "export.jsonl")]) == 0
    _assert_clean(folder)


BATCH = """\
id: secret-batch
scenarios:
  - {path: s.yaml}
personas: {source: agents, path: AGENTS}
draws: 1
models:
  - {name: scripted, options: OPTIONS}
seed: 1
"""


@pytest.mark.parametrize("options", [
    f"{{api_base: 'http://user:{PASSWORD}@example.invalid/v1'}}",
    f"{{extra_headers: {{Authorization: 'Bearer {TOKEN}'}}}}",
    f"{{extra_body: {{nested: {{access_token: {TOKEN}}}}}}}",
])
def test_a_batch_spec_holding_a_secret_fails_validate_and_batch_with_exit_2(
        tmp_path: Path, root: Path, options: str, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "s.yaml", SCENARIO)
    spec = write(tmp_path / "b.yaml", BATCH.replace("AGENTS", str(root / "agents")).replace("OPTIONS", options))
    assert main(["validate", str(spec)]) == 2
    assert main(["batch", str(spec), "--quiet", "--out", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    captured = capsys.readouterr()
    assert PASSWORD not in captured.out + captured.err and TOKEN not in captured.out + captured.err


def test_a_failed_conversation_error_with_a_secret_is_redacted_in_every_file(tmp_path: Path, root: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from simulate.errors import ModelError
    from simulate.models.scripted import ScriptedModel

    async def leak(self, request):  # a provider error that quotes the URL it was given
        raise ModelError(f"cannot reach http://user:{PASSWORD}@example.invalid/v1 with Bearer {TOKEN}")

    monkeypatch.setattr(ScriptedModel, "complete", leak)
    write(tmp_path / "s.yaml", SCENARIO)
    spec = write(tmp_path / "b.yaml", BATCH.replace("AGENTS", str(root / "agents")).replace("OPTIONS", "{}"))
    assert main(["batch", str(spec), "--quiet", "--out", str(tmp_path / "out")]) == 3
    assert main(["run", str(tmp_path / "s.yaml"), "--quiet", "--out", str(tmp_path / "out")]) == 3
    _assert_clean(tmp_path / "out")
