"""What the reports show, read from a run or batch folder: transcripts, findings with their evidence,
per-persona figures, the drift table, the conversation graph and the memory timeline.

Sessions are numbered from 0 here, as in the files; the renderers add 1 for people (`session_label`).
Fields the checkers may or may not write (checkable turns, coverage, per-100-checkable rates, new
finding kinds) are read when present; without them the figures fall back to turns.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..errors import RunError
from ..persona import PersonaCard

__all__ = ["DriftCell", "FindingView", "PersonaFigures", "ReportData", "load_report", "session_label"]

KNOWN_KINDS = ("persona", "cross_turn", "cross_session", "retest", "third_person", "impersonation",
               "wrong_name", "repetition")


def session_label(session: int) -> str:
    """How a person reads a session number: the first meeting is "session 1" (files count from 0)."""
    return f"session {session + 1}"


@dataclass(frozen=True)
class Evidence:
    """One piece of a finding's evidence, resolved to text."""

    kind: str  # "turn" or "fact"
    index: int
    text: str
    session: int | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class FindingView:
    """A finding with its turn and evidence resolved."""

    record: dict[str, Any]
    item: str
    text: str
    session: int
    evidence: tuple[Evidence, ...]

    @property
    def kind(self) -> str:
        """The finding's kind (any string: kinds this version does not know are shown as they are)."""
        return str(self.record.get("kind", "?"))

    @property
    def speaker(self) -> str:
        """Who said the flagged turn."""
        return str(self.record.get("speaker", "?"))

    @property
    def turn(self) -> int:
        """The flagged turn's index in its conversation."""
        return int(self.record.get("turn", 0))

    @property
    def anchor(self) -> str:
        """The HTML id of the flagged turn's line."""
        return turn_anchor(self.item, self.turn)


def turn_anchor(item: str, index: int) -> str:
    """The HTML id of a turn's line."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in item)
    return f"t-{safe}-{index}"


@dataclass
class DriftCell:
    """One persona, one session: findings, and what they are counted against."""

    findings: int = 0
    checkable: int | None = None
    turns: int = 0
    rate: float | None = None


@dataclass
class PersonaFigures:
    """What the reports say about one persona (in one model, for batches)."""

    name: str
    turns: int = 0
    checkable: int | None = None
    coverage: float | None = None
    by_kind: Counter[str] = field(default_factory=Counter)
    drift: dict[int, DriftCell] = field(default_factory=dict)
    per_checkable: bool = False  # the drift rates are per 100 checkable turns (else per 100 turns)

    @property
    def findings(self) -> int:
        """Every finding about this persona."""
        return sum(self.by_kind.values())


@dataclass
class ReportData:
    """Everything a report shows about one run or batch folder."""

    folder: Path
    kind: str  # "run" or "batch"
    title: str
    manifest: dict[str, Any]
    summary: dict[str, Any]
    records: list[dict[str, Any]]
    findings: list[FindingView]
    figures: dict[str, dict[str, PersonaFigures]]  # model label -> persona -> figures
    edges: list[tuple[str, str, int]]
    memory: dict[str, Any] | None

    @property
    def models(self) -> list[str]:
        """Model labels, in a stable order."""
        return sorted(self.figures)

    @property
    def turns(self) -> int:
        """Every turn of every conversation."""
        return sum(len(r.get("turns", ())) for r in self.records)


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise RunError(f"{path}: not valid JSON ({exc})") from None
    return data if isinstance(data, dict) else {}


def fact_sentences(card: dict[str, Any]) -> list[str]:
    """A card's fact sentences as the checkers number them: the card's, then its timeline's in order."""
    try:
        parsed = PersonaCard.model_validate(card)
    except ValueError:
        return []
    facts = parsed.facts.sentences()
    timeline = sorted(parsed.timeline_facts(), key=lambda entry: entry[0])
    return facts + [sentence for _session, _slot, sentence in timeline]


def _resolve(record: dict[str, Any], finding: dict[str, Any]) -> FindingView:
    turns = record.get("turns", [])
    by_index = {t.get("index", i): t for i, t in enumerate(turns)}
    flagged = by_index.get(finding.get("turn"), {})
    facts = fact_sentences(record.get("personas", {}).get(finding.get("speaker"), {}))
    evidence = []
    for item in finding.get("against", []):
        if "turn" in item:
            t = by_index.get(item["turn"], {})
            evidence.append(Evidence("turn", item["turn"], str(t.get("text", "(turn not in the transcript)")),
                                     t.get("session"), t.get("speaker")))
        elif "fact" in item:
            index = item["fact"]
            text = facts[index] if 0 <= index < len(facts) else "(fact not on the card)"
            evidence.append(Evidence("fact", index, text))
    return FindingView(finding, str(record.get("item", record.get("conversation", ""))),
                       str(flagged.get("text", "")), int(flagged.get("session", 0) or 0), tuple(evidence))


def _consistency(summary: dict[str, Any]) -> dict[str, Any]:
    findings = summary.get("findings")
    if isinstance(findings, dict) and isinstance(findings.get("consistency"), dict):
        return findings["consistency"]
    consistency = summary.get("consistency")
    return consistency if isinstance(consistency, dict) else {}


def _figures(records: list[dict[str, Any]], consistency: dict[str, Any], *, use_summary: bool) -> dict[str, PersonaFigures]:
    out: dict[str, PersonaFigures] = {}
    flagged: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    turns_by: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        sessions = {t.get("index"): t.get("session", 0) for t in record.get("turns", [])}
        for t in record.get("turns", []):
            if t.get("kind") == "probe_question":
                continue
            name = t.get("speaker", "?")
            out.setdefault(name, PersonaFigures(name)).turns += 1
            turns_by[name][int(t.get("session", 0))] += 1
        for f in record.get("findings", []):
            name = f.get("speaker", "?")
            out.setdefault(name, PersonaFigures(name)).by_kind[str(f.get("kind", "?"))] += 1
            flagged[name][int(sessions.get(f.get("turn"), 0) or 0)] += 1
    for name, figures in out.items():
        entry = consistency.get(name, {}) if use_summary else {}
        figures.checkable = entry.get("checkable_turns")
        figures.coverage = entry.get("coverage")
        by_session = entry.get("per_100_checkable_by_session")
        if isinstance(by_session, dict) and by_session:
            figures.per_checkable = True
            for key, cell in by_session.items():
                if isinstance(cell, dict):
                    figures.drift[int(key)] = DriftCell(int(cell.get("findings", 0) or 0), cell.get("checkable"),
                                                        turns_by[name].get(int(key), 0), cell.get("rate"))
        else:
            for session, count in sorted(turns_by[name].items()):
                found = flagged[name].get(session, 0)
                figures.drift[session] = DriftCell(found, None, count, round(100 * found / count, 2) if count else None)
    return dict(sorted(out.items()))


def _edges(records: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    counts: Counter[tuple[str, str]] = Counter()
    for record in records:
        for t in record.get("turns", []):
            if t.get("addressee"):
                counts[(t["speaker"], t["addressee"])] += 1
    return sorted((a, b, n) for (a, b), n in counts.items())


def _memory(folder: Path, manifest: dict[str, Any]) -> dict[str, Any] | None:
    from ..memory import MEMORY_FILE, MemoryStore, memory_json

    where = (manifest.get("memory") or {}).get("store") or str(folder / MEMORY_FILE)
    if where == ":memory:" or not Path(where).is_file():
        return None
    try:
        with MemoryStore(where, create=False) as store:
            return memory_json(store)
    except Exception:  # a memory file this version cannot read: the report goes on without it
        return None


def load_report(path: str | Path) -> ReportData:
    """Read a run folder (`simulate run`) or a batch folder (`simulate batch`) for the reports.

    Raises:
        RunError: the folder is neither, or a file in it cannot be read.
    """
    from ..exports.batch_records import BATCH_FILE, read_records

    folder = Path(path)
    if not folder.is_dir():
        raise RunError(f"{path}: no such run or batch folder")
    records = list(read_records(folder))
    manifest = _read_json(folder / "manifest.json")
    summary = _read_json(folder / "summary.json")
    kind = "batch" if (folder / BATCH_FILE).is_file() else "run"
    findings = [_resolve(r, f) for r in records for f in r.get("findings", [])]
    by_model: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_model[str(record.get("model", "?")) if kind == "batch" else "run"].append(record)
    consistency = _consistency(summary)
    figures = {model: _figures(rs, consistency, use_summary=kind == "run") for model, rs in by_model.items()}
    title = (manifest.get("scenario") or {}).get("id") or manifest.get("batch_id") or folder.name
    return ReportData(folder=folder, kind=kind, title=str(title), manifest=manifest, summary=summary,
                      records=records, findings=findings, figures=figures, edges=_edges(records),
                      memory=_memory(folder, manifest) if kind == "run" else None)
