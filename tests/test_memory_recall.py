"""`RecallSource` and `read_queries`: what a persona recalls, from JSONL or a run folder; bad input named."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from simulate.cli import EXIT_INPUT, EXIT_OK, main
from simulate.errors import InputError
from simulate.memory.recall import Query, RecallSource, read_queries

from conftest import write

LINES = [("Maya", "Hi Tom, good to see you."), ("Tom", "I restore old wooden sailboats in my garage."),
         ("Maya", "That sounds lovely."), ("Tom", "Thanks, it keeps me busy.")]


def jsonl(tmp_path: Path, *ids: str) -> Path:
    """Conversations `ids`, each Maya and Tom over three sessions; Tom speaks of sailboats in session 0."""
    records = []
    for cid in ids:
        turns = [{"session": s, "speaker": who, "text": text if s == 0 else f"{text} ({s})"}
                 for s in range(3) for who, text in LINES]
        records.append({"id": cid, "personas": {"Maya": {}, "Tom": {}}, "turns": turns})
    return write(tmp_path / "conv.jsonl", "".join(orjson.dumps(r).decode() + "\n" for r in records))


def test_jsonl_source_recalls_the_turn_with_conversation_session_and_turn(tmp_path: Path) -> None:
    """Maya recalls Tom's sailboats turn, with where it was said."""
    with RecallSource(jsonl(tmp_path, "a")) as source:
        result = source.recall(Query("Maya", "What did you hear about sailboats?", k=2))
    assert result["conversation"] == "a" and len(result["items"]) == 2
    top = result["items"][0]
    assert (top["kind"], top["conversation"], top["session"], top["turn"], top["index"]) == ("turn", "a", 0, 1, 1)
    assert "sailboats" in top["text"]


def test_a_speaker_in_several_conversations_needs_one_named(tmp_path: Path) -> None:
    """Two conversations with Maya: the query must name one; an unknown speaker or conversation is named."""
    with RecallSource(jsonl(tmp_path, "a", "b")) as source:
        with pytest.raises(InputError, match="'Maya' is in 2 conversations"):
            source.recall(Query("Maya", "sailboats"))
        assert source.recall(Query("Maya", "sailboats", conversation="b"))["conversation"] == "b"
        with pytest.raises(InputError, match="no persona 'Zed'"):
            source.recall(Query("Zed", "sailboats"))
        with pytest.raises(InputError, match="no conversation 'z'"):
            source.recall(Query("Maya", "sailboats", conversation="z"))


@pytest.mark.parametrize(("line", "message"), [
    ("{", "conv.jsonl:2: not valid JSON"),
    ('{"speaker": "Maya"}', "conv.jsonl:2: query: a non-empty string is required"),
    ('{"speaker": "Maya", "query": "x", "k": 0}', "conv.jsonl:2: k: must be a whole number of at least 1"),
    ("[1]", "conv.jsonl:2: expected a JSON object"),
])
def test_bad_query_lines_are_named_by_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    """Each malformed queries line is reported with its file and line number."""
    path = write(tmp_path / "conv.jsonl", '{"speaker": "Maya", "query": "ok"}\n' + line + "\n")
    with pytest.raises(InputError, match=message):
        read_queries(path)


def test_cli_answers_many_queries_one_json_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--queries: one JSON line per query, in order, ids kept; a table without --json."""
    source = jsonl(tmp_path, "a")
    queries = write(tmp_path / "q.jsonl", '{"id": 1, "speaker": "Maya", "query": "sailboats"}\n'
                                          '{"id": 2, "speaker": "Tom", "query": "lovely", "k": 1}\n')
    assert main(["recall", str(source), "--queries", str(queries)]) == EXIT_OK
    out = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == [1, 2] and len(out[1]["items"]) == 1
    assert out[1]["items"][0]["text"] == 'Session 1, Maya said: "That sounds lovely."'
    assert main(["recall", str(source), "--speaker", "Maya", "--query", "sailboats"]) == EXIT_OK
    assert "sailboats" in capsys.readouterr().out


def test_cli_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing query, a missing source, a bad queries file: exit 2 with the reason, no traceback."""
    source = jsonl(tmp_path, "a")
    assert main(["recall", str(source), "--speaker", "Maya"]) == EXIT_INPUT
    assert main(["recall", str(tmp_path / "nope.jsonl"), "--speaker", "Maya", "--query", "x"]) == EXIT_INPUT
    bad = write(tmp_path / "bad.jsonl", '{"speaker": 3, "query": "x"}\n')
    assert main(["recall", str(source), "--queries", str(bad)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "give --speaker NAME --query TEXT" in err and "nope.jsonl" in err and "bad.jsonl:1: speaker" in err


def test_cli_recalls_from_a_run_folder(pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a run, a persona recalls past turns of its own run from the run's memory."""
    assert main(["run", str(pair_path), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    capsys.readouterr()
    events = [orjson.loads(line) for line in (folder / "events.jsonl").read_bytes().splitlines()]
    said = next(e for e in events if e.get("type") == "turn" and e["session"] == 0)
    speaker = said["speaker"]
    assert main(["recall", str(folder), "--speaker", speaker, "--query", said["text"], "--k", "3", "--json"]) == EXIT_OK
    result = orjson.loads(capsys.readouterr().out)
    assert result["conversation"] == said["conversation"]
    assert any(i["kind"] == "turn" and i["index"] == said["index"] for i in result["items"])


def test_a_run_folder_is_recalled_from_with_its_scenario(tmp_path: Path) -> None:
    """Memory does not read the scenario schema: a run folder needs the caller to pass the run's scenario."""
    with pytest.raises(InputError, match="with its scenario"):
        RecallSource(tmp_path)


def test_cli_a_run_folder_with_a_broken_scenario_exits_2_naming_the_file(
        pair_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(pair_path), "--quiet", "--out", str(tmp_path / "out")]) == EXIT_OK
    (folder,) = (tmp_path / "out").iterdir()
    (folder / "scenario.json").write_text('{"id": "x"}', encoding="utf-8")
    capsys.readouterr()
    assert main(["recall", str(folder), "--speaker", "A", "--query", "hi"]) == EXIT_INPUT
    assert "scenario.json: not a valid scenario" in capsys.readouterr().err
