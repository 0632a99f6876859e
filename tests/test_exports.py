"""Exports of batch records: reading batch and run folders, and every format read back."""

from __future__ import annotations

import asyncio
import io
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson
import pytest

from simulate import apply_overrides, load_scenario, run_scenario
from simulate.checkers.findings import Finding
from simulate.errors import InputError, MissingExtraError, RunError, ServerError
from simulate.exports import BATCH_RECORD_FORMAT, FORMATS, batch_record, export, export_run, read_records, system_prompt
from simulate.exports.parquet import COLUMNS
from simulate.loader import load_persona
from simulate.models.scripted import ScriptedModel
from simulate.persona import PersonaCard
from simulate.turn import Turn

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

START = datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc)  # a Monday
PROBE = "probes:\n  - {persona: Maya, question: 'What is your job?', at: [{session: 1, turn: 1}]}\n"


# --- building records by hand ------------------------------------------------------------------


def card(name: str, **facts: Any) -> PersonaCard:
    return PersonaCard.model_validate({"name": name, "facts": facts})


def turn(conversation: str, index: int, session: int, speaker: str, text: str, *, kind: str = "turn",
         addressee: str | None = None, metadata: dict[str, Any] | None = None, model: str = "m",
         prompt_tokens: int = 10, completion_tokens: int = 3, cost: float | None = None) -> Turn:
    return Turn(conversation=conversation, index=index, session=session, turn=index, speaker=speaker,
                addressee=addressee, text=text, time=START + timedelta(weeks=3 * session, minutes=index), kind=kind,
                probe="p0" if kind.startswith("probe") else None, model=model, prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens, cost_usd=cost, metadata=metadata or {})


def finding(conversation: str, speaker: str, at: int, kind: str = "persona") -> Finding:
    return Finding(conversation=conversation, speaker=speaker, turn=at, kind=kind, against=[{"fact": 0}],
                   message=f"turn {at} contradicts", checker="rules", confidence=0.9)


def record(item: str, turns: list[Turn], findings: list[Finding] = (), cards: list[PersonaCard] | None = None, *,
           status: str = "done", attempt: int = 1, seed: int = 7) -> dict[str, Any]:
    """A batch record written out field by field (not through the code under test)."""
    if cards is None:
        names = list(dict.fromkeys(t.speaker for t in turns))
        cards = [card(name, age=30 + i, occupation="nurse") for i, name in enumerate(names)]
    conversation = turns[0].conversation if turns else item
    return {"item": item, "template": "tmpl", "draw": 0, "repeat": 1, "model": "m", "seed": seed,
            "conversation": conversation, "status": status, "error": None if status == "done" else "boom",
            "attempt": attempt, "personas": {c.name: c.model_dump(mode="json") for c in cards},
            "turns": [t.model_dump(mode="json") for t in turns], "findings": [f.record() for f in findings],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": None}, "wall_s": 1.5}


def pair(item: str, n_findings: int = 0, *, status: str = "done") -> dict[str, Any]:
    """Ann and Ben, two sessions of 4 turns; the first `n_findings` of Ann's turns are flagged."""
    c = f"c-{item}"
    turns = [turn(c, i, i // 4, "Ann" if i % 2 == 0 else "Ben", f"{item} line {i}") for i in range(8)]
    return record(item, turns, [finding(c, "Ann", 2 * k) for k in range(n_findings)], status=status)


def lines(fmt: str, records: list[dict[str, Any]], **options: Any) -> tuple[int, list[dict[str, Any]]]:
    out = io.BytesIO()
    count = export(records, out, fmt, **options)
    return count, [orjson.loads(line) for line in out.getvalue().splitlines()]


def check_chat_shape(messages: list[dict[str, Any]]) -> None:
    """system first, then user and assistant strictly alternating, starting with user, ending with assistant."""
    assert messages[0]["role"] == "system"
    roles = [m["role"] for m in messages[1:]]
    assert roles and roles[0] == "user" and roles[-1] == "assistant"
    assert all(a != b for a, b in zip(roles, roles[1:])), roles
    assert set(roles) == {"user", "assistant"}


# --- a real run folder -------------------------------------------------------------------------


class FailSecond(ScriptedModel):
    """The scripted model, but the second conversation's turn 4 always fails."""

    async def complete(self, request):  # type: ignore[no-untyped-def]
        history = request.context["history"]
        if history and history[0].conversation.endswith("c0001") and len(history) == 4:
            raise ServerError("boom", model="scripted")
        return await super().complete(request)


@pytest.fixture
def run_folder(pair_path: Path, tmp_path: Path) -> Path:
    """Three conversations of the pair scenario with drift (so findings) and a probe; c0001 fails."""
    text = pair_path.read_text().replace("model: {name: scripted}",
                                         "model: {name: scripted, retries: 0, options: {drift_rate: 0.5}}")
    pair_path.write_text(text + PROBE)
    scenario = apply_overrides(load_scenario(pair_path), conversations=3)
    result = asyncio.run(run_scenario(scenario, out=tmp_path / "runs", provider=lambda s: FailSecond()))
    assert result.folder is not None
    return result.folder


def events(folder: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in (folder / "events.jsonl").read_bytes().splitlines()]


def test_a_run_folder_gives_one_record_per_finished_conversation(run_folder: Path) -> None:
    """Records sorted by conversation, with scenario provenance, cards, statuses, findings and usage from turns."""
    records = list(read_records(run_folder))
    assert [r["item"] for r in records] == ["pair-s0-c0000", "pair-s0-c0001", "pair-s0-c0002"]
    assert [r["status"] for r in records] == ["done", "failed", "done"]
    assert "RetriesExhaustedError" in records[1]["error"] and records[0]["error"] is None
    stored = events(run_folder)
    findings = [orjson.loads(line) for line in (run_folder / "findings.jsonl").read_bytes().splitlines()]
    assert findings, "drift should have produced findings"
    for r in records:
        assert r["conversation"] == r["item"] and r["template"] == "pair" and r["seed"] == 0
        assert r["model"] == "scripted"  # the probe question's "probe" model is not a model label
        assert r["draw"] is None and r["repeat"] is None and r["attempt"] == 1
        assert list(r["personas"]) == ["Maya", "Tom"]
        assert r["personas"]["Maya"]["timeline"][0]["changes"] == {"location": "Austin, Texas"}
        mine = [e for e in stored if e["type"] == "turn" and e["conversation"] == r["item"]]
        assert [t["index"] for t in r["turns"]] == list(range(len(mine)))
        assert [t["text"] for t in r["turns"]] == [e["text"] for e in mine]
        assert r["findings"] == [f for f in findings if f["conversation"] == r["item"]]
        end = [e for e in stored if e["type"] == "conversation" and e["conversation"] == r["item"]][-1]
        assert r["usage"] == end["usage"]  # the conversation's own tally of its calls
        assert r["usage"]["prompt_tokens"] >= sum(e["prompt_tokens"] for e in mine) > 0
        assert r["usage"]["calls"] >= sum(1 for e in mine if e["kind"] != "probe_question")
    assert len(records[0]["turns"]) == 14 and len(records[1]["turns"]) == 4


def test_usage_counts_every_call_not_only_the_turns(run_folder: Path) -> None:
    """A conversation's usage is all its calls (its session summaries too): the records add up to the
    models' totals in summary.json, which the sum of the turns falls short of."""
    records = list(read_records(run_folder))
    summary = orjson.loads((run_folder / "summary.json").read_bytes())
    for field in ("prompt_tokens", "completion_tokens"):
        assert sum(r["usage"][field] for r in records) == sum(m[field] for m in summary["models"].values())
    assert sum(r["usage"]["calls"] for r in records) == sum(m["calls"] - m["failures"]
                                                            for m in summary["models"].values())
    said = sum(t["prompt_tokens"] for t in records[0]["turns"])
    assert records[0]["usage"]["prompt_tokens"] > said  # the summaries' prompts


def test_a_run_folder_without_usage_counts_its_turns(run_folder: Path) -> None:
    """End events written before they held usage: each model turn counts as one call, a probe question as none."""
    stripped = [{k: v for k, v in e.items() if k != "usage"} for e in events(run_folder)]
    (run_folder / "events.jsonl").write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in stripped))
    first = next(iter(read_records(run_folder)))
    said = [t for t in first["turns"] if t["kind"] != "probe_question"]
    assert len(said) == len(first["turns"]) - 1
    assert first["usage"] == {"calls": len(said), "prompt_tokens": sum(t["prompt_tokens"] for t in said),
                              "completion_tokens": sum(t["completion_tokens"] for t in said), "cost_usd": 0.0}


def test_a_conversation_without_its_end_event_is_left_out(run_folder: Path) -> None:
    """Unfinished (no end event) conversations are skipped; a torn last events line is ignored."""
    kept = [e for e in events(run_folder) if not (e["type"] == "conversation" and e["conversation"].endswith("c0002"))]
    data = b"".join(orjson.dumps(e) + b"\n" for e in kept) + b'{"type": "conversation", "conver'
    (run_folder / "events.jsonl").write_bytes(data)
    assert [r["item"] for r in read_records(run_folder)] == ["pair-s0-c0000", "pair-s0-c0001"]


def test_conversations_format_is_the_v1_export_plus_meta(run_folder: Path) -> None:
    """Without its meta, each line is exactly what simulate.exports.export_run writes for the run."""
    v1 = io.BytesIO()
    export_run(run_folder, v1)
    expected = [orjson.loads(line) for line in v1.getvalue().splitlines()]
    count, got = lines("conversations", list(read_records(run_folder)), include_failed=True)
    assert count == 3
    assert [{k: v for k, v in line.items() if k != "meta"} for line in got] == expected
    meta = got[0]["meta"]
    assert meta["item"] == "pair-s0-c0000" and meta["template"] == "pair" and meta["model"] == "scripted"
    assert meta["seed"] == 0 and meta["status"] == "done"
    assert meta["findings"] and all(f["conversation"] == "pair-s0-c0000" for f in meta["findings"])
    assert [s["session"] for s in meta["sessions"]] == [0, 1, 2] and sum(s["turns"] for s in meta["sessions"]) == 14
    assert got[1]["meta"]["status"] == "failed" and got[1]["meta"]["error"]


def test_openai_examples_from_a_run(run_folder: Path) -> None:
    """One example per persona per finished conversation; roles alternate; facts in the system prompt."""
    records = list(read_records(run_folder))
    count, got = lines("openai", records)
    assert count == len(got) == 4  # two done conversations x two personas; the failed one is skipped
    assert [(g["metadata"]["item"], g["metadata"]["persona"]) for g in got] == [
        ("pair-s0-c0000", "Maya"), ("pair-s0-c0000", "Tom"), ("pair-s0-c0002", "Maya"), ("pair-s0-c0002", "Tom")]
    for example in got:
        messages, meta = example["messages"], example["metadata"]
        check_chat_shape(messages)
        source = next(r for r in records if r["item"] == meta["item"])
        name = meta["persona"]
        system = messages[0]["content"]
        assert system.startswith(f"You are {name}. Facts about you: ")
        for sentence in PersonaCard.model_validate(source["personas"][name]).facts.sentences():
            assert sentence in system
        # Maya speaks first: her example opens with the session note as the user message
        assert messages[1]["content"].startswith("(Session 1, Monday 5 January 2026)")
        assert "(Session 2, Monday 26 January 2026)" in " ".join(m["content"] for m in messages if m["role"] == "user")
        own = [t["text"] for t in source["turns"] if t["speaker"] == name]
        said = "\n".join(m["content"] for m in messages if m["role"] == "assistant")
        # everything the persona said, in order, up to the last reply (the last turn is Tom's)
        assert said.split("\n") == own
        assert meta["template"] == "pair" and meta["model"] == "scripted" and meta["seed"] == 0
        assert meta["findings"] == [f for f in source["findings"] if f["speaker"] == name]
        assert [s["session"] for s in meta["sessions"]] == [0, 1, 2]
    maya = got[0]["messages"]
    assert "From session" not in maya[0]["content"] and "from session 3 (moves to Austin): I live in Austin, Texas." \
        in maya[0]["content"]
    # Tom asks the scripted probe question: context for his example, not trained on
    tom = got[1]["messages"]
    probe = [m for m in tom if m["content"] == "What is your job?"]
    assert probe == [{"role": "assistant", "content": "What is your job?", "weight": 0}]
    assert not any("weight" in m for m in maya)


def test_more_than_two_personas_are_named_and_merged() -> None:
    """Others' lines become one user message of "Name: text" lines; trailing lines of others are dropped."""
    c = "c3"
    turns = [turn(c, 0, 0, "Ann", "Hello all."), turn(c, 1, 0, "Ben", "Hi Ann."), turn(c, 2, 0, "Cat", "Hey."),
             turn(c, 3, 0, "Ann", "How are you?"), turn(c, 4, 1, "Ben", "Fine."), turn(c, 5, 1, "Ann", "Good."),
             turn(c, 6, 1, "Cat", "Bye.")]
    cards = [card("Ann", age=30), card("Ben", age=31), card("Cat", age=32), card("Dan", age=33)]
    _, got = lines("openai", [record("x", turns, cards=cards)])
    by_persona = {g["metadata"]["persona"]: g["messages"] for g in got}
    assert list(by_persona) == ["Ann", "Ben", "Cat"]  # Dan never speaks: no example
    assert by_persona["Ann"][1:] == [
        {"role": "user", "content": "(Session 1, Monday 5 January 2026)"},
        {"role": "assistant", "content": "Hello all."},
        {"role": "user", "content": "Ben: Hi Ann.\nCat: Hey."},
        {"role": "assistant", "content": "How are you?"},
        {"role": "user", "content": "(Session 2, Monday 26 January 2026)\nBen: Fine."},
        {"role": "assistant", "content": "Good."},
    ]
    assert by_persona["Cat"][-1] == {"role": "assistant", "content": "Bye."}
    for messages in by_persona.values():
        check_chat_shape(messages)


def test_two_people_are_not_named_and_own_consecutive_turns_merge() -> None:
    """With two personas, the other's text is bare; a persona's consecutive turns become one reply."""
    c = "c2"
    turns = [turn(c, 0, 0, "Ann", "One."), turn(c, 1, 0, "Ann", "Two."), turn(c, 2, 0, "Ben", "Three."),
             turn(c, 3, 0, "Ann", "Four.")]
    _, got = lines("openai", [record("y", turns)])
    ann = got[0]["messages"]
    assert ann[1:] == [{"role": "user", "content": "(Session 1, Monday 5 January 2026)"},
                       {"role": "assistant", "content": "One.\nTwo."},
                       {"role": "user", "content": "Three."},
                       {"role": "assistant", "content": "Four."}]
    ben = got[1]["messages"]
    assert ben[1:] == [{"role": "user", "content": "(Session 1, Monday 5 January 2026)\nOne.\nTwo."},
                       {"role": "assistant", "content": "Three."}]


def test_a_persona_whose_only_line_is_a_probe_question_gets_no_example() -> None:
    """An example needs at least one reply of the persona's own model."""
    c = "cp"
    turns = [turn(c, 0, 0, "Ann", "Hi."), turn(c, 1, 0, "Ben", "What is your job?", kind="probe_question",
                                                  model="probe"),
             turn(c, 2, 0, "Ann", "I am a nurse.", kind="probe_answer")]
    _, got = lines("openai", [record("p", turns)])
    assert [g["metadata"]["persona"] for g in got] == ["Ann"]
    assert got[0]["messages"][-2:] == [{"role": "user", "content": "What is your job?"},
                                       {"role": "assistant", "content": "I am a nurse."}]


def test_sharegpt_mirrors_openai(run_folder: Path) -> None:
    """Same messages as openai, as human/gpt, with the system prompt and an id per persona."""
    records = list(read_records(run_folder))
    _, openai = lines("openai", records)
    count, got = lines("sharegpt", records)
    assert count == 4
    for share, chat in zip(got, openai):
        assert share["id"] == f"{chat['metadata']['item']}/{chat['metadata']['persona']}"
        assert share["system"] == chat["messages"][0]["content"]
        assert [(m["from"], m["value"]) for m in share["conversations"]] == [
            ("gpt" if m["role"] == "assistant" else "human", m["content"]) for m in chat["messages"][1:]]
        assert share["metadata"] == chat["metadata"]
        assert share["conversations"][0]["from"] == "human" and share["conversations"][-1]["from"] == "gpt"


def test_system_prompt_from_a_real_card(root: Path) -> None:
    """Name, description, every fact sentence and the style; empty parts are left out."""
    abena = load_persona(root / "agents" / "abena-mensah.yaml")
    prompt = system_prompt(abena)
    assert prompt.startswith("You are Abena Mensah. A 44-year-old single mother from Ghana")
    facts = abena.facts.sentences()
    assert "Facts about you: " + " ".join(facts) in prompt
    assert prompt.endswith("Style: " + abena.style)
    assert "Later changes" not in prompt
    assert system_prompt(PersonaCard(name="Zed")) == "You are Zed."
    assert system_prompt(PersonaCard(name="Zed", style="terse")) == "You are Zed. Style: terse"


# --- filters -----------------------------------------------------------------------------------


def test_filters_keep_what_they_promise() -> None:
    """Failed skipped unless asked; consistent_only: no finding; max_findings N: at most N."""
    records = [pair("a", 0), pair("b", 1), pair("c", 3), pair("d", 0, status="failed")]

    def items(fmt: str, **options: Any) -> list[str]:
        count, got = lines(fmt, records, **options)
        assert count == len(got)
        return [g["meta"]["item"] if fmt == "conversations" else g["metadata"]["item"] for g in got]

    assert items("conversations") == ["a", "b", "c"]
    assert items("conversations", include_failed=True) == ["a", "b", "c", "d"]
    assert items("conversations", consistent_only=True) == ["a"]
    assert items("conversations", max_findings=1) == ["a", "b"]
    assert items("conversations", max_findings=0, include_failed=True) == ["a", "d"]
    assert items("openai", consistent_only=True) == ["a", "a"]
    assert items("sharegpt", max_findings=2) == ["a", "a", "b", "b"]
    out = io.BytesIO()
    assert export(records, out, "parquet", consistent_only=True) == 1
    assert pq.read_table(io.BytesIO(out.getvalue())).num_rows == 8


def test_bad_options_are_refused() -> None:
    with pytest.raises(InputError, match="unknown format"):
        export([], io.BytesIO(), "csv")
    with pytest.raises(InputError, match="max_findings"):
        export([], io.BytesIO(), "openai", max_findings=-1)


# --- batch folders -----------------------------------------------------------------------------


def test_a_batch_folder_last_line_wins_and_a_torn_line_is_ignored(tmp_path: Path) -> None:
    """Records sorted by item; a retried item's last line wins; the torn last line is not read."""
    first_try = pair("a", 0, status="failed")
    retry = {**pair("a", 2), "attempt": 2, "format": "simulate.batch-record/1"}
    torn = orjson.dumps(pair("c", 0))[:-20]
    data = b"".join(orjson.dumps(r) + b"\n" for r in (pair("b", 1), first_try, retry)) + b"\n" + torn
    (tmp_path / "conversations.jsonl").write_bytes(data)
    records = list(read_records(tmp_path))
    assert [(r["item"], r["attempt"], r["status"], len(r["findings"])) for r in records] == [
        ("a", 2, "done", 2), ("b", 1, "done", 1)]
    assert "format" not in records[0]


def test_bad_batch_lines_and_unknown_folders_are_run_errors(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "conversations.jsonl").write_bytes(orjson.dumps(pair("a")) + b"\n{not json\n")
    with pytest.raises(RunError, match=r"conversations.jsonl:2: not valid JSON"):
        read_records(batch)
    (batch / "conversations.jsonl").write_bytes(b'{"no": "item"}\n')
    with pytest.raises(RunError, match=r":1: not a batch record"):
        read_records(batch)
    (batch / "conversations.jsonl").write_bytes(orjson.dumps({**pair("a"), "format": "other/9"}) + b"\n")
    with pytest.raises(RunError, match="other/9"):
        read_records(batch)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(RunError, match=str(empty)):
        read_records(empty)
    with pytest.raises(RunError, match="nowhere"):
        read_records(tmp_path / "nowhere")


def test_batch_record_builds_what_the_exports_read() -> None:
    """batch_record keeps the usage it is given, orders the turns and dumps every part, format first."""
    turns = [turn("c", 1, 0, "Ben", "b", prompt_tokens=5, completion_tokens=2, cost=0.25),
             turn("c", 0, 0, "Ann", "a", prompt_tokens=7, completion_tokens=1, cost=0.5)]
    usage = {"calls": 3, "prompt_tokens": 20, "completion_tokens": 4, "cost_usd": 1.0}
    built = batch_record(item="i", template="t", model="m", seed=3, conversation="c",
                         personas=[card("Ann", age=1), card("Ben", age=2)], turns=turns, usage=usage,
                         findings=[finding("c", "Ann", 0)], memory={"summaries": 2}, wall_s=2.0)
    assert next(iter(built)) == "format" and built["format"] == BATCH_RECORD_FORMAT
    assert [t["index"] for t in built["turns"]] == [0, 1]
    assert built["usage"] == usage and built["usage"] is not usage
    assert built["memory"] == {"summaries": 2} and built["wall_s"] == 2.0
    assert built["personas"]["Ben"]["facts"]["age"] == 2 and built["findings"][0]["turn"] == 0
    assert built["status"] == "done" and built["attempt"] == 1 and built["draw"] is None
    bare = batch_record(item="i", template="t", model="m", seed=3, conversation="c", personas={}, turns=[],
                        usage=usage)
    assert bare["memory"] is None and bare["personas"] == {} and bare["findings"] == []


# --- parquet -----------------------------------------------------------------------------------


def test_parquet_has_one_row_per_turn(run_folder: Path) -> None:
    """Read back with pyarrow: the columns, one row per turn of the kept conversations, findings per turn."""
    records = list(read_records(run_folder))
    out = io.BytesIO()
    assert export(records, out, "parquet", include_failed=True) == 3
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert tuple(table.column_names) == COLUMNS
    assert table.num_rows == sum(len(r["turns"]) for r in records) == 14 + 4 + 14
    assert table.schema.field("finding_kinds").type == pa.list_(pa.string())
    rows = table.to_pylist()
    first = records[0]
    flagged: dict[int, list[str]] = {}
    for f in first["findings"]:
        flagged.setdefault(f["turn"], []).append(f["kind"])
    mine = [row for row in rows if row["item"] == first["item"]]
    assert [row["turn_index"] for row in mine] == list(range(14))
    for row, t in zip(mine, first["turns"]):
        assert row["persona"] == t["speaker"] and row["text"] == t["text"] and row["time"] == t["time"]
        kinds = flagged.get(t["index"], [])
        assert row["findings"] == len(kinds) and row["finding_kinds"] == kinds
        assert row["finding_messages"] == [f["message"] for f in first["findings"] if f["turn"] == t["index"]]
        assert row["template"] == "pair" and row["model"] == "scripted" and row["seed"] == 0
        assert (row["draw"], row["repeat"]) == (first["draw"], first["repeat"])
    assert sum(row["findings"] for row in mine) == len(first["findings"]) > 0
    assert {row["kind"] for row in mine} == {"turn", "probe_question", "probe_answer"}
    assert {row["status"] for row in rows} == {"done", "failed"}


def test_parquet_of_nothing_is_a_valid_empty_file() -> None:
    out = io.BytesIO()
    assert export([], out, "parquet") == 0
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.num_rows == 0 and tuple(table.column_names) == COLUMNS


def test_parquet_without_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'simulate\[parquet\]'"):
        export([pair("a")], io.BytesIO(), "parquet")


# --- dpo / kto ---------------------------------------------------------------------------------


def preference_record() -> dict[str, Any]:
    """Ann's turn 2 was regenerated into a consistent reply, turn 4 was not (chosen None); 0 has no record."""
    c = "cd"
    prompt = [{"role": "system", "content": "You are Ann."}, {"role": "user", "content": "Ben: where do you live?"}]
    turns = [
        turn(c, 0, 0, "Ann", "I live in Denver."),
        turn(c, 1, 0, "Ben", "Where do you live?"),
        turn(c, 2, 0, "Ann", "I live in Miami.", metadata={"preference": {
            "prompt": prompt, "chosen": "I live in Denver, still.", "chosen_seed": 12, "tried": 2,
            "findings": ["persona", "cross_turn"]}}),
        turn(c, 3, 1, "Ben", "And your job?"),
        turn(c, 4, 1, "Ann", "I am a pilot.", metadata={"preference": {
            "prompt": prompt, "chosen": None, "chosen_seed": None, "tried": 3, "findings": ["persona"]}}),
    ]
    findings = [finding(c, "Ann", 2), finding(c, "Ann", 2, "cross_turn"), finding(c, "Ann", 4)]
    return record("pref", turns, findings)


def test_dpo_pairs_come_only_from_turns_with_a_chosen_reply() -> None:
    """TRL conversational preference: the exact prompt, chosen = consistent regeneration, rejected = kept turn."""
    count, got = lines("dpo", [preference_record(), pair("plain", 2)])
    assert count == len(got) == 1
    line = got[0]
    assert line["prompt"] == [{"role": "system", "content": "You are Ann."},
                              {"role": "user", "content": "Ben: where do you live?"}]
    assert line["chosen"] == [{"role": "assistant", "content": "I live in Denver, still."}]
    assert line["rejected"] == [{"role": "assistant", "content": "I live in Miami."}]
    meta = line["metadata"]
    assert (meta["item"], meta["template"], meta["model"], meta["persona"], meta["session"], meta["turn"]) == (
        "pref", "tmpl", "m", "Ann", 0, 2)
    assert [(f["turn"], f["kind"]) for f in meta["findings"]] == [(2, "persona"), (2, "cross_turn")]
    assert meta["tried"] == 2 and meta["chosen_seed"] == 12 and meta["flagged"] == ["persona", "cross_turn"]


def test_kto_lines_pair_a_false_and_a_true_label() -> None:
    """Two unpaired lines per regenerated turn with a chosen reply: the kept turn false, the chosen true."""
    count, got = lines("kto", [preference_record()])
    assert count == len(got) == 2
    assert [(g["label"], g["completion"]) for g in got] == [
        (False, [{"role": "assistant", "content": "I live in Miami."}]),
        (True, [{"role": "assistant", "content": "I live in Denver, still."}])]
    assert got[0]["prompt"] == got[1]["prompt"] and got[0]["prompt"][1]["content"] == "Ben: where do you live?"
    assert got[0]["metadata"]["turn"] == 2 and got[0]["metadata"]["persona"] == "Ann"


def test_preference_formats_ignore_the_findings_filters_but_not_failures() -> None:
    """dpo/kto lines come from contradicting turns: consistent_only would drop them all, so it does not apply."""
    records = [preference_record()]
    assert lines("dpo", records, consistent_only=True)[0] == 1
    assert lines("kto", records, max_findings=0)[0] == 2
    failed = [{**preference_record(), "status": "failed"}]
    assert lines("dpo", failed)[0] == 0 and lines("dpo", failed, include_failed=True)[0] == 1
    assert lines("openai", records, consistent_only=True)[0] == 0


# --- determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_records_give_the_same_bytes(fmt: str, run_folder: Path) -> None:
    """Two exports of the same folder, read twice, are byte-identical (and not empty)."""
    outputs = []
    for _ in range(2):
        out = io.BytesIO()
        export(iter([*read_records(run_folder), preference_record()]), out, fmt, include_failed=True)
        outputs.append(out.getvalue())
    assert outputs[0] and outputs[0] == outputs[1]
