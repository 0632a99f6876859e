"""Checker invariants on generated scenarios run by the scripted model, whose ground truth is exact."""

from __future__ import annotations

import asyncio
import io

import orjson
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine_strategies import scenarios
from simulate import Scenario, run_scenario
from simulate.checkers.conversation import Conversation
from simulate.checkers.engine import check_conversation
from simulate.checkers.findings import CONTRADICTION_KINDS
from simulate.exports import export_run

KEEP, CITE = 4, 6  # the ledger's documented bounds: turns kept per value, earlier turns cited per finding


def _claim(turn, key: str) -> dict | None:  # type: ignore[no-untyped-def]
    return next((c for c in turn.metadata.get("scripted", {}).get("claims", []) if c["key"] == key), None)


def _cited(turn, earlier: list[int], conversation) -> list[int]:  # type: ignore[no-untyped-def]
    """The earlier turns a checker can name: of each value only the `KEEP` latest statements are kept,
    and a finding cites the `CITE` latest of those."""
    claims = turn.metadata.get("scripted", {}).get("claims", [])
    if not claims:
        return earlier
    key = claims[0]["key"]
    kept = []
    # the ledger groups statements by the value said; an age is said anew each year, so its group is its value
    value = "value" if key == "age" else "norm"
    for index in earlier:
        said = _claim(conversation.turns[index], key)
        if said is None:
            continue
        same = [u.index for u in conversation.turns[:turn.index]
                if u.speaker == turn.speaker and (c := _claim(u, key)) is not None
                and (c[value], c["epoch"]) == (said[value], said["epoch"])]
        if index in same[-KEEP:]:
            kept.append(index)
    return sorted(kept)[-CITE:]


def _truth(result) -> set[tuple[int, str, frozenset]]:  # type: ignore[no-untyped-def]
    """(turn, kind, evidence) the scripted model says it injected, within what the ledger keeps."""
    truth = set()
    for conversation in result.conversations:
        by_index = {t.index: t for t in conversation.turns}
        for turn in conversation.turns:
            items = turn.metadata.get("scripted", {}).get("contradicts", [])
            cited = set(_cited(turn, [i["turn"] for i in items if "turn" in i], conversation))
            groups: dict[str, set] = {}
            for item in items:
                if "fact" in item:
                    kind = "persona"
                elif item["turn"] not in cited:
                    continue
                else:
                    old = by_index[item["turn"]]
                    if turn.probe and old.probe == turn.probe:
                        kind = "retest"
                    else:
                        kind = "cross_turn" if old.session == turn.session else "cross_session"
                groups.setdefault(kind, set()).add(tuple(item.items())[0])
            truth |= {(turn.index, kind, frozenset(ev)) for kind, ev in groups.items()}
    return truth


def _found(findings) -> set[tuple[int, str, frozenset]]:  # type: ignore[no-untyped-def]
    return {(f.turn, f.kind, frozenset(tuple(a.items())[0] for a in f.against)) for f in findings}


@settings(max_examples=30)
@given(data=scenarios())
def test_consistent_transcripts_have_no_findings(data: dict) -> None:
    """Without drift, the scripted model never contradicts itself, and no contradiction is flagged (it does
    repeat itself word for word, which the adherence checks may report)."""
    data["model"]["options"]["drift_rate"] = 0.0
    result = asyncio.run(run_scenario(Scenario.model_validate(data)))
    counts = result.summary["findings"]["by_kind"]
    assert sum(counts[kind] for kind in CONTRADICTION_KINDS) == 0


_LIKES_PUZZLES = {  # a case once drawn: "I love crosswords" was cited against "I can't stand board games"
    "id": "prop", "personas": [
        {"inline": {"name": "Ana", "facts": {}}},
        {"inline": {"name": "Ben", "facts": {"occupation": "nurse", "likes": ["crosswords", "board games"],
                                             "marital_status": "single"}}},
        {"inline": {"name": "Cleo", "facts": {}}}, {"inline": {"name": "Dev", "facts": {}}}],
    "graph": {"edges": [["Ana", "Ben", 1.0], ["Ben", "Ana", 1.0], ["Cleo", "Ana", 1.0], ["Dev", "Ana", 1.0]]},
    "policy": {"kind": "random_walk"}, "sessions": {"count": 2, "turns": 1, "gap": "3 weeks", "topics": []},
    "model": {"name": "scripted", "options": {"drift_rate": 0.0}}, "seed": 607771537}


@settings(max_examples=30)
@given(data=scenarios(), rate=st.sampled_from([0.2, 0.5, 1.0]))
@example(data=_LIKES_PUZZLES, rate=0.2)
def test_every_injected_contradiction_is_found_with_its_evidence(data: dict, rate: float) -> None:
    """Findings equal the ground truth: same turns, same kinds, same evidence."""
    data["model"]["options"]["drift_rate"] = rate
    scenario = Scenario.model_validate(data)
    from simulate.checkers.run_checker import RunChecker

    checker = RunChecker(scenario)
    result = asyncio.run(run_scenario(scenario, check=False))
    findings = [f for c in result.conversations for t in c.turns for f in checker.check(t)
                if f.kind in CONTRADICTION_KINDS]  # the scripted model repeats itself word for word
    assert _found(findings) == _truth(result)


@settings(max_examples=20)
@given(data=scenarios(), conversations=st.integers(1, 3))
def test_live_and_after_the_fact_checking_agree(data: dict, conversations: int, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Findings written during the run equal `check` on the exported transcripts."""
    data["model"]["options"]["drift_rate"] = 0.3
    scenario = Scenario.model_validate({**data, "conversations": conversations})
    result = asyncio.run(run_scenario(scenario, out=tmp_path_factory.mktemp("run"), max_in_flight=3))
    live = [orjson.loads(line) for line in (result.folder / "findings.jsonl").read_bytes().splitlines()] \
        if (result.folder / "findings.jsonl").exists() else []
    buffer = io.BytesIO()
    export_run(result.folder, buffer)
    after = [f.record() for line in buffer.getvalue().splitlines()
             for f in check_conversation(Conversation.model_validate(orjson.loads(line)))]
    key = lambda f: (f["conversation"], f["turn"], f["kind"])  # noqa: E731
    assert sorted(live, key=key) == sorted(after, key=key)
