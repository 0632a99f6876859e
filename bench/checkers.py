"""Checker evaluation; prints its figures. Run: `.venv/bin/python bench/checkers.py [--judge-sample N]`.

1. Scripted runs with injected drift (exact ground truth): precision, recall, F1 per kind (rules).
2. Labelled persona statement pairs from Synthetic-Persona-Chat valid profiles (bench/data/persona_pairs):
   F1 of the rules backend on slot-covered pairs, dev and test (tuned on dev only).
3. SNLI, MNLI and ProSeCCo: where the rules stop (coverage), and the LLM judge on a sample.
4. The shipped scenarios without drift: findings on legitimate change (ageing, moves, past tense).
5. Checking cost per turn at turn 100 and at turn 10,000 of one conversation (slot grammar, open claims,
   knowledge and adherence: the default checker).
6. Coverage on Synthetic-Persona-Chat valid and test: the share of turns with at least one checkable claim,
   claims read and claims compared, with the slot grammar alone (the old default) and with open claims.
7. The hand-written open-contradiction set (bench/data/open_contradictions; tuned on dev, test held out):
   recall on explicit and implied contradictions, precision.
8. Synthetic-Persona-Chat test: every finding of a random sample of 50 read and labelled by a person
   (bench/data/spc_test_findings/labels.jsonl): precision by kind.
9. Reliability: precision per confidence band, over every labelled finding above.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

import datasets  # noqa: E402

from simulate import Scenario, apply_overrides, load_scenario, run_scenario  # noqa: E402
from simulate.checkers.conversation import Conversation, PersonaFacts, TurnIn  # noqa: E402
from simulate.checkers.engine import ConversationChecker, Coverage, check_conversation  # noqa: E402
from simulate.checkers.findings import CONTRADICTION_KINDS  # noqa: E402
from simulate.checkers.rules import extract_claims  # noqa: E402
from simulate.checkers.run_checker import RunChecker  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPC_LABELS = ROOT / "bench" / "data" / "spc_test_findings"
# (name, file, feeds the reliability table): sample C is the latest reading, so it alone feeds [9]
SPC_SAMPLES = (("sample A", SPC_LABELS / "labels.jsonl", False), ("sample B", SPC_LABELS / "labels-b.jsonl", False),
               ("sample C", SPC_LABELS / "labels-c.jsonl", True))
RELIABILITY: list[tuple[str, float, bool]] = []  # (source, confidence, correct) of every labelled finding seen
SCENARIOS = ["getting-to-know", "book-club", "interview", "life-event"]


def prf(tp: int, fp: int, fn: int) -> str:
    """Precision, recall, F1 as text."""
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if p + r else float("nan")
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def truth_of(conversation) -> dict[tuple[int, str], set]:  # type: ignore[no-untyped-def]
    """(turn, kind) -> evidence the scripted model says it injected."""
    by_index = {t.index: t for t in conversation.turns}
    truth: dict[tuple[int, str], set] = defaultdict(set)
    for turn in conversation.turns:
        for item in turn.metadata.get("scripted", {}).get("contradicts", []):
            if "fact" in item:
                kind = "persona"
            else:
                old = by_index[item["turn"]]
                kind = ("retest" if turn.probe and old.probe == turn.probe else
                        "cross_turn" if old.session == turn.session else "cross_session")
            truth[(turn.index, kind)].add(tuple(item.items())[0])
    return truth


def bench_scripted(conversations: int, rate: float) -> None:
    """Turn-and-kind level: a finding is right when its turn and kind are in the truth and its evidence
    overlaps the truth's; evidence level: each cited fact or turn against the truth."""
    counts = {k: [0, 0, 0] for k in CONTRADICTION_KINDS}
    adherence = 0
    evidence = [0, 0, 0]
    turns = 0
    elapsed = 0.0
    for name in SCENARIOS:
        scenario = apply_overrides(load_scenario(ROOT / "scenarios" / f"{name}.yaml"), model="scripted",
                                   conversations=conversations, model_options={"drift_rate": rate})
        result = asyncio.run(run_scenario(scenario, check=False))
        checker = RunChecker(scenario)
        for conversation in result.conversations:
            truth = truth_of(conversation)
            found: dict[tuple[int, str], set] = {}
            started = time.perf_counter()
            for turn in conversation.turns:
                for f in checker.check(turn):
                    if f.kind not in CONTRADICTION_KINDS:
                        adherence += 1  # the scripted model repeats itself word for word; no truth for that
                        continue
                    found[(f.turn, f.kind)] = {tuple(a.items())[0] for a in f.against}
                    RELIABILITY.append(("scripted drift", f.confidence, bool((f.turn, f.kind) in truth
                                                           and found[(f.turn, f.kind)] & truth[(f.turn, f.kind)])))
            elapsed += time.perf_counter() - started
            turns += len(conversation.turns)
            for key, items in found.items():
                ok = key in truth and items & truth[key]
                counts[key[1]][0 if ok else 1] += 1
                evidence[0] += len(items & truth.get(key, set()))
                evidence[1] += len(items - truth.get(key, set()))
            for key, items in truth.items():
                if key not in found or not found[key] & items:
                    counts[key[1]][2] += 1
                evidence[2] += len(items - found.get(key, set()))
    print(f"[1] scripted drift {rate}: {turns:,} turns over {len(SCENARIOS)} scenarios x {conversations} "
          f"conversations, rules checker {1e6 * elapsed / turns:.0f} us/turn")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f"    all kinds      {prf(*total)}")
    for kind in CONTRADICTION_KINDS:
        print(f"    {kind:<14} {prf(*counts[kind])}")
    print(f"    adherence findings (not in the scripted truth): {adherence} (repetition of stated facts)")
    print(f"    evidence items {prf(*evidence)}  (a fact restated in a card's free-form facts is cited by the "
          "checker but not by the scripted truth)")


def _pair_prediction(premise: str, hypothesis: str) -> bool:
    conversation = Conversation(id="p", personas={"A": PersonaFacts(facts=[premise])},
                                turns=[TurnIn(speaker="A", text=hypothesis)])
    return bool(check_conversation(conversation))


def bench_pairs() -> None:
    """Rules backend on persona pairs: slot-covered = the rules read a claim from the premise."""
    for split in ("dev", "test"):
        pairs = datasets.persona_pairs(split)
        covered = [p for p in pairs if extract_claims(p.premise)]
        tp = fp = fn = tn = 0
        by_slot: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for pair in covered:
            predicted = _pair_prediction(pair.premise, pair.hypothesis)
            slot = pair.slot or "-"
            if predicted and pair.contradiction:
                tp += 1
                by_slot[slot][0] += 1
            elif predicted:
                fp += 1
                by_slot[slot][1] += 1
            elif pair.contradiction:
                fn += 1
                by_slot[slot][2] += 1
            else:
                tn += 1
        everything = [(p, _pair_prediction(p.premise, p.hypothesis) if p in covered else False) for p in pairs]
        all_tp = sum(1 for p, y in everything if y and p.contradiction)
        all_fp = sum(1 for p, y in everything if y and not p.contradiction)
        all_fn = sum(1 for p, y in everything if not y and p.contradiction)
        print(f"[2] persona pairs ({split}): {len(covered)}/{len(pairs)} slot-covered; "
              f"on covered {prf(tp, fp, fn)}, accuracy {(tp + tn) / max(1, len(covered)):.3f}")
        print(f"    on all pairs (uncovered count as 'no contradiction') {prf(all_tp, all_fp, all_fn)}")
        if split == "test":
            worst = sorted(by_slot.items(), key=lambda kv: -(kv[1][1] + kv[1][2]))[:6]
            print("    most errors by slot (tp, fp, fn): " + ", ".join(f"{s} {v}" for s, v in worst))


def bench_nli(sample: int, judge_model: str | None) -> None:
    """Rules on general NLI and ProSeCCo (coverage and F1); the judge on a small sample."""
    sets = {"snli": datasets.snli(), "mnli": datasets.mnli(), "prosecco": datasets.prosecco()}
    for name, pairs in sets.items():
        covered = [p for p in pairs if extract_claims(p.premise) and extract_claims(p.hypothesis)]
        tp = sum(1 for p in covered if p.contradiction and _pair_prediction(p.premise, p.hypothesis))
        fp = sum(1 for p in covered if not p.contradiction and _pair_prediction(p.premise, p.hypothesis))
        fn = sum(1 for p in covered if p.contradiction and not _pair_prediction(p.premise, p.hypothesis))
        print(f"[3] {name}: rules read claims from both sides of {len(covered)}/{len(pairs)} pairs "
              f"({100 * len(covered) / len(pairs):.1f}%); on those {prf(tp, fp, fn)}")
    if judge_model and sample > 0:
        asyncio.run(_bench_judge(sets, sample, judge_model))


async def _bench_judge(sets: dict, sample: int, model_name: str) -> None:  # type: ignore[type-arg]
    from simulate.checkers.pairwise import Judge
    from simulate.gateway import Gateway
    from simulate.models.settings import ModelSettings

    model = Gateway().model(ModelSettings(name=model_name, temperature=0.0, max_tokens=120, timeout=120))
    judge = Judge(model, model_name=model_name)
    for name, pairs in sets.items():
        contradictions = [p for p in pairs if p.contradiction][: sample // 2]
        others = [p for p in pairs if not p.contradiction][: sample - len(contradictions)]
        tp = fp = fn = 0
        started = time.perf_counter()
        for number, pair in enumerate(contradictions + others):
            verdict = await judge.judge(pair.premise, pair.hypothesis, seed=number)
            said = verdict is not None and verdict.verdict == "contradiction"
            tp += said and pair.contradiction
            fp += said and not pair.contradiction
            fn += (not said) and pair.contradiction
        seconds = (time.perf_counter() - started) / max(1, len(contradictions) + len(others))
        print(f"    judge {model_name} on {name} (first {len(contradictions)} contradictions + "
              f"{len(others)} others): {prf(tp, fp, fn)}, {seconds:.2f} s/pair")
    print(f"    judge structured-output stats: {judge.stats}")


def bench_legitimate_change(conversations: int) -> None:
    """No drift: every finding on the shipped scenarios is a false alarm on legitimate change."""
    total = adherence = turns = 0
    for name in SCENARIOS:
        scenario = apply_overrides(load_scenario(ROOT / "scenarios" / f"{name}.yaml"), model="scripted",
                                   conversations=conversations, model_options={"drift_rate": 0.0})
        result = asyncio.run(run_scenario(scenario))
        by_kind = result.summary["findings"]["by_kind"]
        total += sum(by_kind[k] for k in CONTRADICTION_KINDS)
        adherence += result.summary["findings"]["total"] - sum(by_kind[k] for k in CONTRADICTION_KINDS)
        turns += len(result.turns)
    print(f"[4] shipped scenarios, no drift (ageing across gaps, scheduled moves and life events, past tense): "
          f"{total} contradictions in {turns:,} turns (and {adherence} repetitions: the scripted model repeats "
          "facts word for word)")


def bench_flat_cost(length: int) -> None:
    """Time per turn of incremental checking early and late in one long conversation, without drift
    (the values stated are the same all along) and with 5% drift (new values keep appearing)."""
    for rate in (0.0, 0.05):
        _flat_cost(length, rate)


def _flat_cost(length: int, rate: float) -> None:
    scenario = Scenario.model_validate({
        "id": "long", "personas": [
            {"inline": {"name": "Maya", "facts": {"age": 34, "occupation": "nurse", "location": "Denver",
                                                   "pets": [{"species": "dog", "name": "Max"}],
                                                   "likes": ["hiking", "jazz"], "dislikes": ["olives"]}}},
            {"inline": {"name": "Tom", "facts": {"age": 40, "occupation": "chef", "location": "Boston",
                                                  "children": [{"name": "Ada"}], "likes": ["chess"]}}}],
        "sessions": {"count": 10, "turns": length // 10}, "model": {"name": "scripted", "options": {"drift_rate": rate}},
        "memory": {"mode": "off"},
    })
    result = asyncio.run(run_scenario(scenario, check=False))
    turns = result.turns
    engine = ConversationChecker(turns[0].conversation, RunChecker(scenario).personas)
    times = []
    for turn in turns:
        started = time.perf_counter()
        engine.add(TurnIn(speaker=turn.speaker, text=turn.text, session=turn.session, time=turn.time), turn.index)
        times.append(time.perf_counter() - started)
    windows = [w for w in (100, 1_000, 2_500, 5_000, len(turns) - 500) if w + 100 <= len(turns)]
    medians = [statistics.median(times[w:w + 500]) * 1e6 for w in windows]
    entries = sum(1 for key in engine.ledger._groups for group in engine.ledger._groups[key].values() for _ in group)
    print(f"[5] one conversation of {len(turns):,} turns, {rate:.0%} drift: median us/turn over 500 turns from turn "
          + ", ".join(f"{w:,}: {m:.0f}" for w, m in zip(windows, medians))
          + f" (last/first {medians[-1] / medians[0]:.2f}); the ledger holds {entries} entries at the end")


def bench_coverage() -> None:
    """Turns with a checkable claim, claims read and compared, and time per turn: slot grammar alone, then
    the default checker (slot grammar, open claims, knowledge, adherence)."""
    for split in ("valid", "test"):
        conversations = datasets.spc_conversations(split)
        for label, options in (("slot grammar only (the old default)", {"open_extractor": None, "adherence": False}),
                               ("default: slots + open claims + knowledge + adherence", {})):
            totals = Coverage()
            findings = 0
            started = time.perf_counter()
            for conversation in conversations:
                engine = ConversationChecker(conversation.id, conversation.personas, **options)  # type: ignore[arg-type]
                for index, turn in enumerate(conversation.turns):
                    findings += len(engine.add(turn, index))
                for counts in engine.coverage.values():
                    totals.add(counts)
            elapsed = time.perf_counter() - started
            print(f"[6] Synthetic-Persona-Chat {split}, {label}: {totals.checkable_turns:,} of {totals.turns:,} turns "
                  f"checkable ({100 * totals.checkable_turns / totals.turns:.1f}%), {totals.claims:,} claims read, "
                  f"{totals.compared:,} compared; {findings} findings; {1e3 * elapsed / totals.turns:.3f} ms/turn")


def bench_open_set() -> None:
    """The hand-written open-contradiction sets: dev and dev2 (tuned on), dev3 and dev4 (their first figures were
    taken before any tuning; see their README sections; tuned on since), dev5 to dev10 (their odd halves tuned on,
    their even halves only measured; dev7 and dev9 were only measured until 2026-11-29) and test (held out)."""
    import open_contradictions as oc  # noqa: PLC0415

    status = {"dev": "tuned on", "dev2": "tuned on", "dev3": "tuned on since its first figures",
              "dev4": "tuned on since its first figures", "dev5 odd": "its odd half, tuned on",
              "dev5 even": "its even half, never tuned on", "dev6 odd": "its odd half, tuned on",
              "dev6 even": "its even half, never tuned on", "dev7 odd": "its odd half, tuned on since 2026-11-29",
              "dev7 even": "its even half, never tuned on", "dev8 odd": "its odd half, tuned on",
              "dev8 even": "its even half, never tuned on", "dev9 odd": "its odd half, tuned on since 2026-11-29",
              "dev9 even": "its even half, never tuned on", "dev10 odd": "its odd half, tuned on",
              "dev10 even": "its even half, never tuned on", "test": "held out"}
    for split in status:
        name, _, half = split.partition(" ")
        _, records = oc.load_split(name)
        if half:
            records = [r for r in records if int(r["id"].rsplit("-", 1)[-1]) % 2 == (half == "odd")]
        findings = oc.findings_api(records)
        result = oc.score(records, findings)
        print(f"[7] open contradictions, {split} ({status[split]}): {len(records)} conversations")
        print("    " + oc.report(result).replace("\n", "\n    "))
        flags = {(f["conversation"], f["speaker"], f["turn"]): f["confidence"] for f in findings if f["kind"] != "persona"}
        truth = {(r["id"], r["label"]["speaker"], r["label"]["turn"]) for r in records if r["label"]["contradiction"]}
        RELIABILITY.extend((f"open set {split}", confidence, key in truth) for key, confidence in flags.items())


def bench_spc_labels() -> None:
    """Precision on the labelled samples of Synthetic-Persona-Chat test findings, by kind: over every finding
    as it was read, and over today's findings that the sample holds (findings it does not hold are counted)."""
    conversations = datasets.spc_conversations("test")
    today = {}
    for conversation in conversations:
        engine = ConversationChecker(conversation.id, conversation.personas)
        for index, turn in enumerate(conversation.turns):
            for f in engine.add(turn, index):
                today[(f.conversation, f.speaker, f.turn, f.kind)] = f
    for name, path, reliability in SPC_SAMPLES:
        if not path.exists():
            print(f"[8] {path} is missing")
            continue
        labels = {(r["conversation"], r["speaker"], r["turn"], r["kind"]): r
                  for r in map(orjson.loads, path.read_bytes().splitlines()) if r}
        read_true = sum(r["label"] == "true" for r in labels.values())
        read_ct = sum(r["label"] == "true" for k, r in labels.items() if k[3] in CONTRADICTION_KINDS)
        read_c = sum(k[3] in CONTRADICTION_KINDS for k in labels)
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for key, label in labels.items():
            if key in today:
                ok = label["label"] == "true"
                by_kind[key[3]][0 if ok else 1] += 1
                if reliability:
                    RELIABILITY.append(("SPC test sample", today[key].confidence, ok))
        true = sum(v[0] for v in by_kind.values())
        false = sum(v[1] for v in by_kind.values())
        print(f"[8] Synthetic-Persona-Chat test, {name} ({path.name}, {len(labels)} findings read by a person): "
              f"as read, precision {read_true / max(1, len(labels)):.3f} ({read_true}/{len(labels)}), contradiction "
              f"kinds {read_ct / max(1, read_c):.3f} ({read_ct}/{read_c})")
        print(f"    today's findings the sample holds: precision {true / max(1, true + false):.3f} ({true}/{true + false}); "
              f"{len(set(today) - set(labels))} of today's {len(today)} findings are not in the sample, "
              f"{len(set(labels) - set(today))} labelled ones are no longer found")
        print("    by kind (true, false): " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
        contradictions = [v for k, v in by_kind.items() if k in CONTRADICTION_KINDS]
        ct, cf = sum(v[0] for v in contradictions), sum(v[1] for v in contradictions)
        print(f"    contradiction kinds alone: precision {ct / max(1, ct + cf):.3f} ({ct}/{ct + cf})")


def bench_reliability() -> None:
    """Precision per confidence band over every labelled finding seen in [1], [7] and [8]."""
    bands = [(0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    print(f"[9] reliability: precision per confidence band over {len(RELIABILITY):,} labelled findings")
    for source in [None, *dict.fromkeys(s for s, _, _ in RELIABILITY)]:
        cells = []
        for low, high in bands:
            inside = [ok for s, confidence, ok in RELIABILITY if low <= confidence < high and source in (None, s)]
            share = f"{sum(inside) / len(inside):.2f}" if inside else "n/a"
            cells.append(f"{low:.1f}-{min(high, 1.0):.1f}: {share} ({sum(inside)}/{len(inside)})")
        print(f"    {source or 'all':<16} " + "  ".join(cells))


def main() -> None:
    """Run the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=25, help="scripted conversations per scenario")
    parser.add_argument("--judge-model", default="local/smollm2", help="model for the judge sample ('' to skip)")
    parser.add_argument("--judge-sample", type=int, default=20, help="pairs per dataset for the judge")
    parser.add_argument("--turns", type=int, default=10_000, help="length of the flat-cost conversation")
    args = parser.parse_args()
    for rate in (0.1, 0.3):
        bench_scripted(args.conversations, rate)
    bench_pairs()
    bench_legitimate_change(args.conversations)
    bench_flat_cost(args.turns)
    bench_coverage()
    bench_open_set()
    bench_spc_labels()
    bench_reliability()
    bench_nli(args.judge_sample, args.judge_model or None)


if __name__ == "__main__":
    main()
