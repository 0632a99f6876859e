"""The `simulate` command: thin over the library. Parse, call, render; imports stay lazy.

Exit codes: 0 success; 1 findings reached --fail-on (check); 2 bad input or usage;
3 the run finished but some conversations failed; 4 a batch stopped at its budget; 70 internal error (a bug);
130 interrupted.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .scenario import Scenario

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_FAILED, EXIT_BUDGET, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
EXIT_INTERNAL = 70  # a bug in simulate (EX_SOFTWARE); never a user's input


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simulate")
    except PackageNotFoundError:
        return "unknown"


def _option(text: str) -> tuple[str, Any]:
    key, sep, raw = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    import yaml

    return key.strip(), yaml.safe_load(raw)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="simulate", description="Run multi-session conversations between synthetic personas.")
    parser.add_argument("--version", action="version", version=f"simulate {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="run a scenario", description="Run a scenario file.")
    run.add_argument("scenario", nargs="?", help="scenario YAML file")
    run.add_argument("--resume", metavar="RUN", help="continue a stopped run (outputs/<run-id>) where it stopped")
    run.add_argument("--retry-failed", action="store_true", help="with --resume: run failed conversations again")
    run.add_argument("--model", help="model for every persona: a litellm model string, local/smollm2 or scripted")
    run.add_argument("--model-option", action="append", type=_option, default=[], metavar="KEY=VALUE",
                     help="provider option, e.g. drift_rate=0.1 for the scripted model (repeatable)")
    run.add_argument("--seed", type=int, help="run seed (default: the scenario's)")
    run.add_argument("--out", default="outputs", help="folder for run folders (default: outputs)")
    run.add_argument("--sessions", type=int, help="number of sessions")
    run.add_argument("--turns", type=int, help="turns per session")
    run.add_argument("--conversations", type=int, help="independent conversations to run")
    run.add_argument("--concurrency", type=int, default=64, help="conversations in flight (default: 64)")
    run.add_argument("--agents", help="persona library folder (default: agents/ beside the scenarios)")
    run.add_argument("--quiet", action="store_true", help="no live view; print the run folder only")

    batch = commands.add_parser(
        "batch", help="generate many conversations from a batch spec",
        description="Run a batch spec: scenario templates x persona draws x models x repeats. Finished "
                    "conversations are appended as they finish; a stopped batch resumes with --resume.")
    batch.add_argument("spec", nargs="?", help="batch spec YAML file")
    batch.add_argument("--resume", metavar="RUN", help="finish a stopped batch (outputs/<batch-id>)")
    batch.add_argument("--retry-failed", action="store_true", help="with --resume: run failed conversations again")
    batch.add_argument("--replay", action="store_true",
                       help="answer every model call from the call cache only (with --cache, a finished batch's "
                            "calls.sqlite); a miss fails that conversation")
    batch.add_argument("--cache", metavar="FILE", help="call cache file to use instead of the spec's `cache`")
    batch.add_argument("--executor", choices=["local", "ray"], default="local",
                       help="local: this process (default); ray: a Ray cluster (pip install 'simulate[ray]')")
    batch.add_argument("--address", help="Ray cluster address (default: start a local Ray instance)")
    batch.add_argument("--concurrency", type=int, help="conversations in flight (default: the spec's)")
    batch.add_argument("--max-tokens", type=int, help="token budget for the batch (overrides the spec)")
    batch.add_argument("--max-cost", type=float, help="cost budget in USD for the batch (overrides the spec)")
    batch.add_argument("--out", default="outputs", help="folder for batch folders (default: outputs)")
    batch.add_argument("--agents", help="persona library folder for templates (default: agents/ beside them)")
    batch.add_argument("--quiet", action="store_true", help="no progress display; print the batch folder only")

    validate = commands.add_parser("validate", help="check scenario and persona files",
                                   description="Check scenario and persona card files (folders are searched).")
    validate.add_argument("paths", nargs="+", help="files or folders")

    check = commands.add_parser(
        "check", help="check conversations for contradictions",
        description="Check conversations (Conversation JSONL v1, or Synthetic-Persona-Chat CSV) for "
                    "contradictions against persona facts, earlier turns, earlier sessions and repeated probes.")
    check.add_argument("files", nargs="+", help=".jsonl or .csv files, or run or batch folders")
    check.add_argument("--format", choices=["rich", "jsonl"], default="rich",
                       help="rich: a report; jsonl: Findings JSONL v1")
    check.add_argument("-o", "--output", help="write findings here (default: standard output)")
    check.add_argument("--fail-on", type=int, metavar="N",
                       help="exit with code 1 when there are at least N findings")
    check.add_argument("--min-confidence", type=float, default=0.0, help="drop findings below this confidence")
    check.add_argument("--kinds", default="all", metavar="KIND[,KIND]",
                       help="report and count only these kinds: contradictions, adherence, all (default) or "
                            "kind names (persona, cross_turn, cross_session, retest, third_person, "
                            "impersonation, wrong_name, repetition)")
    check.add_argument("--limit", type=int, help="check at most N conversations per file")
    check.add_argument("--checker", choices=["rules", "model", "judge"], default="rules",
                       help="rules: offline grammar (default); model: claims extracted by --model; "
                            "judge: rules plus an LLM judge on statements the rules do not cover")
    check.add_argument("--model", default="local/smollm2",
                       help="model for --checker model/judge: any litellm model string (default: local/smollm2)")
    check.add_argument("--timeout", type=float, default=120.0, help="seconds per model call")

    report = commands.add_parser(
        "report", help="write a run's or batch's HTML report",
        description="Write one self-contained HTML file (works offline): the drift curve and coverage per "
                    "persona, models side by side (batches), the conversation graph, the memory timeline, the "
                    "findings with their evidence and the transcript by session with each finding on its line.")
    report.add_argument("run", help="run or batch folder (outputs/<id>)")
    report.add_argument("-o", "--output", help="HTML file to write (default: report.html in the folder)")

    runs = commands.add_parser("runs", help="list runs and batches", description="List the run and batch folders "
                               "in an outputs folder with their status, turns and findings.")
    runs.add_argument("--out", default="outputs", help="folder holding run folders (default: outputs)")

    memory = commands.add_parser("memory", help="show what each persona remembers",
                                 description="Show a run's memories: episodes and facts, with where they were said.")
    memory.add_argument("run", help="run folder (outputs/<run-id>)")
    memory.add_argument("--agent", help="only this persona")
    memory.add_argument("--json", action="store_true", help="JSON instead of tables")

    recall = commands.add_parser(
        "recall", help="show what a persona would recall for a query",
        description="What a persona would recall when QUERY is said to it in a new session: from a run folder "
                    "(its memory) or Conversation JSONL v1 (memory built from each transcript).")
    recall.add_argument("source", help="run folder (outputs/<run-id>) or .jsonl file")
    recall.add_argument("--speaker", help="the persona who recalls")
    recall.add_argument("--query", help="what is said to it")
    recall.add_argument("--queries", metavar="FILE", help="JSONL, one {speaker, query, conversation?, asker?, k?, id?} "
                                                          "a line; one JSON line out per query")
    recall.add_argument("--conversation", help="which conversation (default: the only one with --speaker)")
    recall.add_argument("--k", type=int, help="the k best memories, regardless of the prompt budget")
    recall.add_argument("--json", action="store_true", help="JSON instead of a table")

    score = commands.add_parser(
        "score", help="PersonaScore: judge probe answers and sampled turns with PersonaGym's rubrics",
        description="Score a run or batch folder with PersonaGym's rubrics: every probe answer (on its probe set's "
                    "task) and a sample of ordinary turns per persona and session, by each --judge through the "
                    "gateway. Writes scores.jsonl and score.json into the folder; `simulate report` shows them.")
    score.add_argument("run", help="run or batch folder (outputs/<id>)")
    score.add_argument("--judge", action="append", required=True, metavar="MODEL",
                       help="a judge model (repeatable; scores are averaged), e.g. openai/gpt-4o; options after "
                            "'?': scripted?judge_bias=-1")
    score.add_argument("--sample", type=int, default=2,
                       help="ordinary turns scored per persona and session (default: 2; 0: probe answers only)")
    score.add_argument("--concurrency", type=int, default=8, help="responses judged at once (default: 8)")
    score.add_argument("--timeout", type=float, default=120.0, help="seconds per judge call")
    score.add_argument("--examples", metavar="MODEL",
                       help="a model that writes PersonaGym's example answers (one per score) for each question, "
                            "once; default: none, the rubric's criteria alone")
    score.add_argument("--no-cache", action="store_true",
                       help="ask every judge again (default: answers kept in score-calls.sqlite are reused)")

    export = commands.add_parser(
        "export", help="export a run or batch as training data",
        description="Export a run or batch folder: conversations (Conversation JSONL v1), openai (chat "
                    "fine-tuning JSONL, one example per persona per conversation), sharegpt, parquet (one row "
                    "per turn; pip install 'simulate[parquet]'), dpo and kto (preference pairs from regenerated "
                    "turns; the batch needs `preferences:`). Every record keeps its persona, scenario, model, "
                    "session and findings.")
    export.add_argument("run", help="run or batch folder (outputs/<id>)")
    export.add_argument("--format", default="conversations",
                        choices=["conversations", "openai", "sharegpt", "parquet", "dpo", "kto", "scores"],
                        help="output format (default: conversations)")
    export.add_argument("-o", "--output", help="output file (default: standard output; required for parquet)")
    export.add_argument("--consistent-only", action="store_true",
                        help="only conversations without findings (not for dpo/kto)")
    export.add_argument("--max-findings", type=int, metavar="N",
                        help="only conversations with at most N findings (not for dpo/kto)")
    export.add_argument("--include-failed", action="store_true", help="also conversations that failed")
    return parser


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, emoji=False)  # `file:100:` is a place, not an emoji


def _esc(value: Any) -> str:
    """User-supplied text (paths, names, messages) made safe for rich markup: `[/x]` prints as itself."""
    from rich.markup import escape

    return escape(str(value))


def _resume(args: argparse.Namespace) -> int:
    import asyncio

    from .runner import resume_run

    overrides = [name for name in ("scenario", "model", "seed", "sessions", "turns", "conversations", "agents")
                 if getattr(args, name) is not None]  # --model-option may give again secrets kept off disk
    if overrides:
        raise _usage(f"--resume continues the run as it was started; drop {', '.join(overrides)}")
    retry: dict[str, Any] = dict(retry_failed=True) if args.retry_failed else {}
    command = " ".join(["simulate", *sys.argv[1:]]) if sys.argv else None
    secrets = dict(args.model_option)
    console = _console()
    if args.quiet:
        result = asyncio.run(resume_run(args.resume, max_in_flight=args.concurrency, command=command,
                                        secrets=secrets, **retry))
    else:
        from .live_view import LiveView

        with LiveView(_stored_scenario(args.resume), console) as view:
            result = asyncio.run(resume_run(args.resume, observer=view, max_in_flight=args.concurrency,
                                            command=command, secrets=secrets, **retry))
    conv = result.summary["conversations"]
    if not args.quiet:
        _end_of_run(console, result.folder)
    console.print(f"resumed: {conv['done']}/{conv['total']} conversation(s) done, {result.summary['turns']} turns "
                  f"→ {_esc(result.folder)}")
    return EXIT_OK if result.ok else EXIT_FAILED


def _cmd_batch(args: argparse.Namespace) -> int:
    import asyncio

    from .batch.executor import RECORDS, latest_records, resume_batch, run_batch
    from .batch.expand import ResolvedBatch, load_batch

    if args.concurrency is not None and args.concurrency < 1:
        raise _usage("--concurrency must be at least 1")
    if args.max_tokens is not None and args.max_tokens < 1:
        raise _usage("--max-tokens must be at least 1")
    if args.max_cost is not None and args.max_cost <= 0:
        raise _usage("--max-cost must be more than 0")
    if args.retry_failed and not args.resume:
        raise _usage("--retry-failed goes with --resume RUN")
    if args.resume and args.spec:
        raise _usage("--resume continues the batch as it was started; drop the spec file")
    if not args.resume and not args.spec:
        raise _usage("give a batch spec file, or --resume RUN")
    if args.cache and args.resume:
        raise _usage("--resume keeps the batch's own cache; drop --cache")
    if args.address and args.executor != "ray":
        raise _usage("--address goes with --executor ray")
    if args.address:
        from .batch.ray_executor import check_address

        check_address(args.address)  # before a batch folder is made
    command = " ".join(["simulate", *sys.argv[1:]]) if sys.argv else None
    common = dict(replay=args.replay, executor=args.executor, ray_address=args.address,
                  concurrency=args.concurrency, command=command, max_tokens=args.max_tokens,
                  max_cost_usd=args.max_cost)
    if args.resume:
        from .run_folder import RunFolder

        folder = RunFolder.open(args.resume)
        batch_id = folder.path.name
        total = len(ResolvedBatch.from_data(folder.read_json("batch.json")).items()) \
            if (folder.path / "batch.json").is_file() else 0
        finished = sum(1 for r in latest_records(folder).values()
                       if r["status"] == "done" or not args.retry_failed) if (folder.path / RECORDS).is_file() else 0

        def start(observer: Any) -> Any:
            return resume_batch(args.resume, retry_failed=args.retry_failed, observer=observer,
                                agents_dir=args.agents, **common)
    else:
        batch = load_batch(args.spec, agents_dir=args.agents)
        batch_id, total, finished = batch.spec.id, len(batch.items()), 0

        def start(observer: Any) -> Any:
            return run_batch(batch, out=args.out, observer=observer, cache=args.cache, **common)
    console = _console()
    if args.quiet:
        result = asyncio.run(start(None))
    else:
        from .batch.progress import BatchProgress

        with BatchProgress(batch_id, total=total, finished=finished, console=console) as view:
            result = asyncio.run(start(view))
    conv = result.summary["conversations"]
    line = (f"{conv['done']}/{conv['total']} conversation(s) done, {conv['failed']} failed, "
            f"{conv['remaining']} remaining → {result.folder}")
    console.print(_esc(line))
    if result.stopped == "interrupted":
        console.print(f"[yellow]interrupted[/]: finished conversations are saved; `simulate batch --resume "
                      f"{_esc(result.folder)}` finishes the rest")
        return EXIT_INTERRUPTED
    if result.stopped is not None:
        console.print(f"[yellow]stopped[/]: {_esc(result.stopped)}. Finished conversations are saved; raise the budget "
                      f"with `simulate batch --resume {_esc(result.folder)} --max-tokens N` (or --max-cost) to go on")
        return EXIT_BUDGET
    if conv["failed"]:
        console.print(f"{conv['failed']} failed (errors in summary.json); `simulate batch --resume {_esc(result.folder)} "
                      "--retry-failed` runs them again")
        return EXIT_FAILED
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_files

    console = _console()
    results = validate_files(args.paths)
    if not results:
        console.print("[red]no YAML files found[/]")
        return EXIT_INPUT
    bad = 0
    for file, problems in results.items():
        if problems:
            bad += 1
            for problem in problems:
                console.print(f"[red]✗[/] {_esc(problem)}", soft_wrap=True)
        else:
            console.print(f"[green]✓[/] {_esc(file)}")
    console.print(f"{len(results)} file(s), {bad} invalid")
    return EXIT_INPUT if bad else EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    import asyncio

    from .loader import load_scenario
    from .overrides import apply_overrides
    from .runner import run_scenario

    if args.resume:
        return _resume(args)
    if args.retry_failed:
        raise _usage("--retry-failed goes with --resume RUN")
    if not args.scenario:
        raise _usage("give a scenario file, or --resume RUN")
    scenario = load_scenario(args.scenario, agents_dir=args.agents)
    scenario = apply_overrides(scenario, model=args.model, seed=args.seed, sessions=args.sessions,
                               turns=args.turns, conversations=args.conversations,
                               model_options=dict(args.model_option))
    if args.concurrency < 1:
        raise _usage("--concurrency must be at least 1")
    command = " ".join(["simulate", *sys.argv[1:]]) if sys.argv else None
    console = _console()
    if args.quiet:
        result = asyncio.run(run_scenario(scenario, out=args.out, max_in_flight=args.concurrency,
                                          command=command))
    else:
        from .live_view import LiveView

        with LiveView(scenario, console) as view:
            result = asyncio.run(run_scenario(scenario, out=args.out, observer=view,
                                              max_in_flight=args.concurrency, command=command))
    summary = result.summary
    conv = summary["conversations"]
    if not args.quiet:
        _end_of_run(console, result.folder)
    console.print(f"{conv['done']}/{conv['total']} conversation(s) done, {summary['turns']} turns "
                  f"in {summary['wall_s']} s → {_esc(result.folder)}")
    return EXIT_OK if result.ok else EXIT_FAILED


def _end_of_run(console: Any, folder: Any) -> None:
    """The short report at the end of a run, and its HTML report written beside it."""
    if folder is None:
        return
    from .report import load_report, render_terminal_report, write_html_report

    data = load_report(folder)
    html = write_html_report(data, folder / "report.html")
    render_terminal_report(console, data, html=html)


def _cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .report import load_report, write_html_report

    data = load_report(args.run)
    out = write_html_report(data, Path(args.output) if args.output else data.folder / "report.html")
    _console().print(f"{len(data.records)} conversation(s), {data.turns} turns, {len(data.findings)} finding(s) → {out}")
    return EXIT_OK


def _cmd_runs(args: argparse.Namespace) -> int:
    from .report.runs import list_runs, render_runs

    render_runs(_console(), list_runs(args.out), args.out)
    return EXIT_OK


def _conversations(path: str) -> Any:
    """The conversations in a file (Conversation JSONL v1, SPC CSV), or in a run or batch folder."""
    from pathlib import Path

    from .checkers.readers import read_conversations

    if not Path(path).is_dir():
        return read_conversations(path)
    import io

    import orjson

    from .checkers.conversation import Conversation
    from .exports import export, read_records

    buffer = io.BytesIO()
    export(read_records(path), buffer, "conversations")
    return (Conversation.model_validate(orjson.loads(line)) for line in buffer.getvalue().splitlines() if line)


def _check_options(args: argparse.Namespace) -> None:
    """Every option of `check`, before any file is read."""
    import math
    from pathlib import Path

    if args.fail_on is not None and args.fail_on < 1:
        raise _usage("--fail-on must be at least 1")
    if args.limit is not None and args.limit < 1:
        raise _usage("--limit must be at least 1")
    args.kinds = _finding_kinds(args.kinds)
    if not (math.isfinite(args.min_confidence) and 0.0 <= args.min_confidence <= 1.0):
        raise _usage("--min-confidence must be a number from 0 to 1")
    if not (math.isfinite(args.timeout) and args.timeout > 0):
        raise _usage("--timeout must be a number of seconds above 0")
    if args.output:
        target = Path(args.output)
        if target.is_dir():
            raise _usage(f"-o {args.output}: a folder; give a file name")
        if not target.parent.is_dir():
            raise _usage(f"-o {args.output}: no folder {target.parent} to write into")
    if args.checker != "rules":
        from .models.registry import unknown_model

        reason = unknown_model(args.model)
        if reason:
            raise _usage(f"--model: {reason}")


def _finding_kinds(text: str) -> frozenset[str]:
    """The finding kinds named by `--kinds` (group names expand to their kinds)."""
    from .checkers.findings import ADHERENCE_KINDS, CONTRADICTION_KINDS, KINDS

    groups = {"all": KINDS, "contradictions": CONTRADICTION_KINDS, "adherence": ADHERENCE_KINDS}
    kinds: set[str] = set()
    for name in (part.strip() for part in text.split(",")):
        if name in groups:
            kinds.update(groups[name])
        elif name in KINDS:
            kinds.add(name)
        else:
            raise _usage(f"--kinds: unknown kind {name!r}; use {', '.join([*groups, *KINDS])}")
    return frozenset(kinds)


def _cmd_check(args: argparse.Namespace) -> int:
    import itertools

    _check_options(args)
    import asyncio

    from .checkers.pipeline import check_conversations

    model = None
    if args.checker != "rules":
        from .gateway import Gateway
        from .models.settings import ModelSettings

        settings = ModelSettings(name=args.model, temperature=0.0, max_tokens=256, timeout=args.timeout,
                                 retries=2, concurrency=4)
        model = Gateway().model(settings)
    streams = []
    for file in args.files:
        stream = _conversations(file)
        streams.append(itertools.islice(stream, args.limit) if args.limit is not None else stream)
    result = asyncio.run(check_conversations(itertools.chain(*streams), backend=args.checker, model=model,
                                             model_name=args.model))
    findings = [f for f in result.findings if f.confidence >= args.min_confidence and f.kind in args.kinds]
    conversations, turns = result.conversations, result.turns
    if result.model_stats:
        _console(stderr=True).print(f"{args.checker} backend on {_esc(args.model)}: {_esc(result.model_stats)}")
    coverage = result.coverage_line()
    if args.format == "jsonl":
        _console(stderr=True).print(coverage, markup=False, highlight=False)
        import orjson

        payload = b"".join(orjson.dumps(f.record()) + b"\n" for f in findings)
        if args.output:
            from pathlib import Path

            from .run_folder import atomic_write

            atomic_write(Path(args.output), payload)
        else:
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
    else:
        from .report.check import render_check_report as render_report

        console = _console() if not args.output else None
        if console is None:
            from rich.console import Console

            with open(args.output, "w", encoding="utf-8") as handle:
                render_report(Console(file=handle, width=120), findings, conversations=conversations, turns=turns,
                              coverage=coverage, checkable=result.coverage.checkable_turns)
        else:
            render_report(console, findings, conversations=conversations, turns=turns, coverage=coverage,
                          checkable=result.coverage.checkable_turns)
    failed = args.fail_on is not None and len(findings) >= args.fail_on
    return EXIT_FINDINGS if failed else EXIT_OK


def _cmd_memory(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .errors import RunError
    from .memory import MEMORY_FILE, MemoryStore, memory_json, memory_table
    from .run_folder import RunFolder

    folder = RunFolder.open(args.run)
    where = folder.read_json("manifest.json").get("memory", {}).get("store") or str(folder.path / MEMORY_FILE)
    if where == ":memory:" or not Path(where).is_file():
        raise RunError(f"{args.run}: this run kept no memory (no {MEMORY_FILE})")
    with MemoryStore(where, create=False) as store:
        if args.json:
            import orjson

            sys.stdout.buffer.write(orjson.dumps(memory_json(store, agent=args.agent), option=orjson.OPT_INDENT_2)
                                    + b"\n")
            sys.stdout.flush()
        else:
            _console().print(memory_table(store, agent=args.agent))
    return EXIT_OK


def _stored_scenario(run: str) -> Scenario:
    """The scenario a run folder holds (its secrets masked when written: masked, not refused)."""
    from pydantic import ValidationError

    from .errors import RunError
    from .models.settings import ALLOW_SECRETS
    from .run_folder import SCENARIO, RunFolder
    from .scenario import Scenario

    folder = RunFolder.open(run)
    try:
        return Scenario.model_validate(folder.read_json(SCENARIO), context={ALLOW_SECRETS: True})
    except ValidationError as exc:  # a hand-edited scenario.json: say so, plainly
        raise RunError(f"{folder.path / SCENARIO}: not a valid scenario ({exc.error_count()} problem(s))") from None


def _cmd_recall(args: argparse.Namespace) -> int:
    from pathlib import Path

    import orjson

    from .memory.recall import Query, RecallSource, read_queries

    if (args.queries is None) == (args.query is None) or (args.query is not None and not args.speaker):
        raise _usage("give --speaker NAME --query TEXT, or --queries FILE")
    if args.k is not None and args.k < 1:
        raise _usage("--k must be at least 1")
    queries = read_queries(args.queries) if args.queries else [Query(args.speaker, args.query, k=args.k)]
    queries = [Query(q.speaker, q.query, q.conversation or args.conversation, q.asker, q.k or args.k, q.id)
               for q in queries]
    scenario = _stored_scenario(args.source) if Path(args.source).is_dir() else None
    with RecallSource(args.source, scenario=scenario) as source:
        for query in queries:
            result = source.recall(query)
            if args.json or args.queries:
                sys.stdout.buffer.write(orjson.dumps(result) + b"\n")
                sys.stdout.flush()
            else:
                from .memory.viewer import recall_table

                _console().print(recall_table(result))
    return EXIT_OK


def _cmd_score(args: argparse.Namespace) -> int:
    import asyncio
    import math

    from .report.score import render_score
    from .score import JudgeSpec, parse_judge, score_folder

    if args.sample < 0:
        raise _usage("--sample must be 0 or more")
    if args.concurrency < 1:
        raise _usage("--concurrency must be at least 1")
    if not (math.isfinite(args.timeout) and args.timeout > 0):
        raise _usage("--timeout must be a number of seconds above 0")
    judges: list[JudgeSpec] = []
    for text in args.judge:
        judges.append(parse_judge(text, taken=[j.label for j in judges]))
    examples = parse_judge(args.examples) if args.examples else None
    result = asyncio.run(score_folder(args.run, judges, sample=args.sample, concurrency=args.concurrency,
                                      timeout=args.timeout, cache=not args.no_cache, examples=examples))
    from .report import load_report

    render_score(_console(), result.summary, figures=load_report(args.run).figures)
    _console().print(f"{len(result.rows)} response(s) scored → {_esc(result.folder / 'score.json')}")
    return EXIT_OK


def _cmd_export_scores(args: argparse.Namespace) -> int:
    from .score.results import read_scores

    data = read_scores(args.run)
    if args.output:
        from pathlib import Path

        from .run_folder import atomic_write

        atomic_write(Path(args.output), data)
        lines = data.count(b"\n")
        _console(stderr=True).print(f"{lines} scored response(s) → {_esc(args.output)}")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .exports import export, read_records

    if args.format == "scores":
        return _cmd_export_scores(args)

    if args.max_findings is not None and args.max_findings < 0:
        raise _usage("--max-findings must be at least 0")
    if args.format == "parquet" and not args.output:
        raise _usage("parquet is a binary format: give -o FILE")
    options = dict(consistent_only=args.consistent_only, max_findings=args.max_findings,
                   include_failed=args.include_failed)
    unit = {"dpo": "preference pair(s)", "kto": "line(s)", "openai": "example(s)", "sharegpt": "example(s)"}
    records = read_records(args.run)
    if args.output:
        import io
        from pathlib import Path

        from .run_folder import atomic_write

        buffer = io.BytesIO()
        count = export(records, buffer, args.format, **options)
        atomic_write(Path(args.output), buffer.getvalue())
        _console(stderr=True).print(f"{count} {unit.get(args.format, 'conversation(s)')} → {_esc(args.output)}")
    else:
        count = export(records, sys.stdout.buffer, args.format, **options)
        sys.stdout.flush()
    return EXIT_OK


def _usage(message: str) -> Exception:
    """A misused command line (a missing or conflicting argument): an InputError, exit 2."""
    from .errors import InputError

    return InputError(message)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `simulate` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_INPUT
    handlers = {"run": _cmd_run, "batch": _cmd_batch, "validate": _cmd_validate, "export": _cmd_export, "check": _cmd_check,
                "memory": _cmd_memory, "recall": _cmd_recall, "report": _cmd_report, "runs": _cmd_runs,
                "score": _cmd_score}
    from .errors import InputError, ModelError, ScenarioError

    try:
        return handlers[args.command](args)
    except ScenarioError as exc:
        console = _console(stderr=True)
        for problem in exc.problems:
            console.print(f"[red]error:[/] {_esc(problem)}", soft_wrap=True)
        return EXIT_INPUT
    except InputError as exc:  # every user error (a missing extra and an unusable run folder included)
        _console(stderr=True).print(f"[red]error:[/] {_esc(exc)}", soft_wrap=True)
        return EXIT_INPUT
    except ModelError as exc:
        from .redact import redact

        _console(stderr=True).print(f"[red]model error:[/] {_esc(redact(str(exc)))}", soft_wrap=True)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _console(stderr=True).print("[yellow]interrupted[/]: finished turns are saved in the run folder")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        if exc.filename is None or exc.errno not in _PATH_ERRORS:
            return _internal_error(exc)
        # a path given in the input that the system refuses (a name too long, a loop of links, no permission)
        _console(stderr=True).print(f"[red]error:[/] {_esc(str(exc.filename))}:1:1: cannot be used: "
                                    f"{_esc(exc.strerror or '')}", soft_wrap=True)
        return EXIT_INPUT
    except Exception as exc:
        return _internal_error(exc)


_PATH_ERRORS = frozenset({errno.ENAMETOOLONG, errno.ELOOP, errno.EACCES, errno.ENOENT, errno.ENOTDIR, errno.EISDIR})


def _internal_error(exc: BaseException) -> int:
    """A bug: say so plainly; SIMULATE_DEBUG=1 shows the traceback."""
    import os

    if os.environ.get("SIMULATE_DEBUG"):
        raise exc
    from .redact import redact

    _console(stderr=True).print(
        f"[red]internal error:[/] {type(exc).__name__}: {_esc(redact(str(exc)))}\n"
        "This is a bug in simulate; rerun with SIMULATE_DEBUG=1 to see where it happened.", soft_wrap=True)
    return EXIT_INTERNAL


def run() -> None:
    """Console-script wrapper that exits with main()'s code."""
    sys.exit(main())


if __name__ == "__main__":
    run()
