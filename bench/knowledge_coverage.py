"""How much of what personas say the open-claim extractor reads, and how much of that the knowledge base knows.

For the persona fact sentences of three sources, printed separately:

- `agents`: the fact sentences of this repository's cards (`agents/*.yaml`, as the checkers number them,
  without the closing "My name is ..." line);
- `personagym`: PersonaGym's 200 one-sentence personas, put in the first person (see `first_person`);
- `spc-valid`: the distinct persona sentences of Synthetic-Persona-Chat's validation split (never test).

it prints:

- `read`: the share of sentences from which `extract_open_claims` reads at least one claim;
- `known`: the share of sentences with a claim the knowledge base has something to say about: its
  expansion (synonyms, categories, implications) adds a proposition, or one of its propositions is in an
  exclusion. This is what the knowledge changes for the checker;
- `named`: the share of sentences with a claim whose object (or, for a claim without one, whose predicate)
  appears anywhere in the knowledge files: as a category or member, a synonym, or in an implication or
  exclusion. Generic predicates (be, have, like, do, go, ...) do not count on their own;
- the most frequent objects (or predicates) of claims that are read but not known, and of sentences that
  read nothing, the most frequent content words: the next lines to add.

With `--cases`, it also runs `knowledge/cases.txt` (earlier turn, later turn, label) through the open ledger
as `simulate check` reads a conversation, and prints recall on the contradictions, false alarms on the
consistent controls, and each case it gets wrong (a finding at any confidence counts, or from
`--threshold` on). With `--pending`, the cases marked `#~` (known misses, kept out of the tests) run too.

Usage: `python bench/knowledge_coverage.py [--top N] [--cases [--threshold T]]`. The shared data folder is
`$SIMULATE_SHARED_DATA` or `<repo>/../shared/data`; a source whose files are missing is reported as such and skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.datasets import shared_data_dir  # noqa: E402
from simulate.checkers.knowledge import KnowledgeBase, default_knowledge  # noqa: E402
from simulate.checkers.open_claims import OpenClaim, extract_open_claims  # noqa: E402

GENERIC_PREDICATES = frozenset({"be", "have", "lik", "lov", "do", "go", "get", "mak", "tak", "work", "liv", "want",
                                "us", "enjoy", "hat", "hav", "keep", "put", "see", "com", "spend"})
SPC_VALID = "synthetic_persona_chat/Synthetic-Persona-Chat_valid.csv"
PERSONAGYM = "personagym/personas.json"
_STOPWORDS = frozenset("""a an the i my me am is are was were be been to of in on at for and or but with from by as it
that this who which very really also just have has had do does did not no so too all any some more most than
then there their they them he she his her we our you your its into about over after before when while one two
three four five six many much lot lots like love time year years old""".split())
_WORD = re.compile(r"[a-z][a-z'-]+")


# --- sources -------------------------------------------------------------------------------------------
def agent_sentences(folder: Path = REPO / "agents") -> list[str]:
    """Fact sentences of every card in `folder`, as the checkers number them (the name line left out)."""
    from simulate.loader import load_persona  # noqa: PLC0415

    out: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        out.extend(load_persona(path).facts.sentences())
    return out


_THIRD_TO_FIRST = {"is": "am", "has": "have", "does": "do", "was": "was"}


def _first_person_verb(verb: str) -> str:
    if verb in _THIRD_TO_FIRST:
        return _THIRD_TO_FIRST[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def first_person(persona: str) -> list[str]:
    """A third-person persona line as first-person sentences, one per clause.

    "A 41-year-old scientist from London who loves hiking" -> ["I am a 41-year-old scientist from London.",
    "I love hiking."]; a participle clause (", volunteering in hospice care") becomes "I am volunteering in
    hospice care."; "and" joining two verbs of one "who" clause gives two sentences."""
    text = persona.strip().rstrip(".")
    text = re.sub(r"^(an?)\s+", lambda m: f"I am {m.group(1).lower()} ", text, flags=re.IGNORECASE)
    if not text.startswith("I am"):
        text = "I am " + text
    pieces = re.split(r",\s*|\s+who\s+(?:is\s+)?(?=\w)", text)
    sentences: list[str] = []
    head = pieces[0]
    sentences.append(head + ".")
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        for part in re.split(r"\s+and\s+(?=\w+s\b)", piece):
            words = part.split()
            first = words[0].lower()
            if first.endswith("ing") or first in ("now", "already", "actively"):
                sentences.append(f"I am {part}.")
            elif first.endswith("s") or first in _THIRD_TO_FIRST:
                rest = " ".join(words[1:])
                rest = re.sub(r"\b(?:his|her|their)\b", "my", rest)
                sentences.append("I " + " ".join([_first_person_verb(first), rest]).strip() + ".")
            else:
                sentences.append(f"I am {part}.")
    return sentences


def personagym_sentences(data: Path) -> list[str]:
    """PersonaGym's personas, each as first-person sentences."""
    personas = json.loads((data / PERSONAGYM).read_text("utf-8"))["benchmark_personas"]
    return [s for persona in personas for s in first_person(persona)]


def spc_valid_sentences(data: Path) -> list[str]:
    """The distinct persona sentences of Synthetic-Persona-Chat's validation split."""
    seen: dict[str, None] = {}
    with (data / SPC_VALID).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in ("user 1 personas", "user 2 personas"):
                for line in (row.get(column) or "").splitlines():
                    line = line.strip()
                    if line:
                        seen.setdefault(line, None)
    return list(seen)


# --- measures ------------------------------------------------------------------------------------------
@dataclass
class Vocabulary:
    """Every predicate and object the knowledge files name."""

    objects: set[str] = field(default_factory=set)
    predicates: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Vocabulary:
        vocab = cls()
        for member, parents in kb.parents.items():
            vocab.objects.add(member)
            vocab.objects.update(parents)
        for alias, canonical in kb.nouns.items():
            vocab.objects.update((alias, canonical))
        for alias, (canonical, _flips) in kb.predicates.items():
            vocab.predicates.update((alias, canonical))
        for (predicate, obj, _polarity), entries in kb.implications.items():
            vocab.predicates.add(predicate)
            vocab.objects.add(obj)
            for _lhs, rhs, _confidence, _line in entries:
                vocab.predicates.add(rhs.predicate)
                vocab.objects.add(rhs.object)
        for (predicate, obj, _polarity), excluded in kb.exclusions.items():
            vocab.predicates.add(predicate)
            vocab.objects.add(obj)
            for _own, pattern, _confidence, _line in excluded:
                vocab.predicates.add(pattern.predicate)
                vocab.objects.add(pattern.object)
        vocab.objects.discard("")
        return vocab


def is_known(kb: KnowledgeBase, claim: OpenClaim) -> bool:
    """Does the knowledge base add anything to this claim, or rule anything out because of it?"""
    derived = kb.expand(claim)
    if len(derived) > 1:
        return True
    return any(kb.exclusions_of(d, ever=True, exclusive=True) for d in derived)


def is_named(kb: KnowledgeBase, vocab: Vocabulary, claim: OpenClaim) -> bool:
    """Does the claim's object (or, without one, its predicate) appear in the knowledge files?"""
    if claim.object:
        names = {claim.object, kb.canonical_noun(claim.object)}
        names.update(name for name, _weight in kb.objects_of(claim.object))
        return bool(names & vocab.objects)
    predicate, _polarity = kb.canonical_predicate(claim.predicate, claim.polarity)
    return predicate not in GENERIC_PREDICATES and predicate in vocab.predicates


@dataclass
class Coverage:
    """The figures for one source."""

    source: str
    sentences: int = 0
    read: int = 0
    known: int = 0
    named: int = 0
    claims: int = 0
    uncovered: Counter[str] = field(default_factory=Counter)
    unread_words: Counter[str] = field(default_factory=Counter)

    def share(self, count: int) -> float:
        return count / self.sentences if self.sentences else 0.0


def measure(source: str, sentences: Iterable[str], kb: KnowledgeBase, vocab: Vocabulary,
            extract: Callable[[str], list[OpenClaim]] = extract_open_claims) -> Coverage:
    """Read every sentence and count what is read, known and named."""
    cov = Coverage(source)
    for sentence in sentences:
        cov.sentences += 1
        claims = extract(sentence)
        if not claims:
            cov.unread_words.update(w for w in _WORD.findall(sentence.lower()) if w not in _STOPWORDS)
            continue
        cov.read += 1
        cov.claims += len(claims)
        known = [c for c in claims if is_known(kb, c)]
        if known:
            cov.known += 1
        if any(is_named(kb, vocab, c) for c in claims):
            cov.named += 1
        if not known:
            for c in claims:
                cov.uncovered[f"{c.predicate} / {c.object}" if c.object else c.predicate] += 1
    return cov


def report(cov: Coverage, top: int) -> str:
    """The figures of one source as printable lines."""
    lines = [f"{cov.source}: {cov.sentences} sentences, {cov.claims} claims read",
             f"  read  {cov.share(cov.read):6.1%}  ({cov.read}/{cov.sentences}) sentences with at least one claim",
             f"  known {cov.share(cov.known):6.1%}  ({cov.known}/{cov.sentences}) with a claim the knowledge base adds to"
             " or excludes from",
             f"  named {cov.share(cov.named):6.1%}  ({cov.named}/{cov.sentences}) with a claim whose object or predicate"
             " the knowledge files name"]
    if cov.uncovered:
        lines.append("  most frequent claims read but unknown: " +
                     ", ".join(f"{key} ({n})" for key, n in cov.uncovered.most_common(top)))
    if cov.unread_words:
        lines.append("  most frequent words of sentences read as nothing: " +
                     ", ".join(f"{w} ({n})" for w, n in cov.unread_words.most_common(top)))
    return "\n".join(lines)


# --- cases ---------------------------------------------------------------------------------------------
CASES = REPO / "simulate" / "checkers" / "knowledge" / "cases.txt"


@dataclass(frozen=True)
class CaseResult:
    """One line of cases.txt and what the open ledger made of it."""

    line: int
    earlier: str
    later: str
    contradiction: bool
    confidence: float
    reason: str

    def flagged(self, threshold: float) -> bool:
        return self.confidence > 0 and self.confidence >= threshold


def read_cases(path: Path = CASES, *, pending: bool = False) -> list[tuple[int, str, str, bool]]:
    """The cases of `path` (`pending`: with those marked '#~'); a malformed line raises ValueError naming
    the file and line."""
    out = []
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        if pending and raw.startswith("#~"):
            raw = raw[2:]
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or parts[2] not in ("contradiction", "consistent") or not parts[0] or not parts[1]:
            raise ValueError(f"{path}:{number}: expected 'earlier | later | contradiction|consistent'")
        out.append((number, parts[0], parts[1], parts[2] == "contradiction"))
    return out


def run_case(kb: KnowledgeBase | None, earlier: str, later: str) -> tuple[float, str]:
    """The most confident finding on the later turn when one speaker says `earlier` then `later` (another
    speaker says "I see." between them), as `simulate check` would report it: (confidence, message), or
    (0.0, "") when nothing is found. `kb` None means the shipped knowledge base."""
    from simulate.checkers.conversation import TurnIn  # noqa: PLC0415
    from simulate.checkers.engine import ConversationChecker  # noqa: PLC0415

    checker = ConversationChecker("case", {}, knowledge=kb)
    findings = []
    turns = [TurnIn(speaker="A", text=earlier), TurnIn(speaker="B", text="I see."), TurnIn(speaker="A", text=later)]
    for index, turn in enumerate(turns):
        findings.extend(f for f in checker.add(turn, index) if f.turn == 2)
    if not findings:
        return 0.0, ""
    best = max(findings, key=lambda f: f.confidence)
    return best.confidence, best.message


def run_cases(kb: KnowledgeBase | None, path: Path = CASES, *, pending: bool = False) -> list[CaseResult]:
    """Every case of `path` with the confidence of its strongest finding (`pending`: '#~' cases too)."""
    return [CaseResult(n, a, b, label, *run_case(kb, a, b)) for n, a, b, label in read_cases(path, pending=pending)]


def report_cases(results: list[CaseResult], threshold: float) -> str:
    """Recall, false alarms and the cases got wrong, as printable lines."""
    positives = [r for r in results if r.contradiction]
    negatives = [r for r in results if not r.contradiction]
    caught = sum(r.flagged(threshold) for r in positives)
    alarms = sum(r.flagged(threshold) for r in negatives)
    lines = [f"cases: {len(results)} ({len(positives)} contradictions, {len(negatives)} consistent)"
             f" (findings from confidence {threshold})",
             f"  recall       {caught / max(1, len(positives)):6.1%}  ({caught}/{len(positives)})",
             f"  false alarms {alarms / max(1, len(negatives)):6.1%}  ({alarms}/{len(negatives)})"]
    for r in results:
        if r.flagged(threshold) != r.contradiction:
            kind = "missed" if r.contradiction else "false alarm"
            lines.append(f"  {kind} (line {r.line}, {r.confidence:.2f}): {r.earlier} | {r.later}"
                         + (f"  [{r.reason}]" if r.reason else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25, help="how many uncovered things to list per source")
    parser.add_argument("--cases", action="store_true", help="also run knowledge/cases.txt")
    parser.add_argument("--threshold", type=float, default=0.0, help="confidence from which a finding counts")
    parser.add_argument("--pending", action="store_true", help="with --cases, also run the cases marked '#~'")
    args = parser.parse_args(argv)
    kb = default_knowledge()
    vocab = Vocabulary.of(kb)
    data = shared_data_dir()
    print(f"knowledge base: {kb.lines} lines, {len(vocab.objects)} objects and {len(vocab.predicates)} predicates named")
    sources: list[tuple[str, Callable[[], list[str]]]] = [
        ("agents", agent_sentences),
        ("personagym", lambda: personagym_sentences(data)),
        ("spc-valid", lambda: spc_valid_sentences(data)),
    ]
    for name, load in sources:
        try:
            sentences = load()
        except FileNotFoundError as exc:
            print(f"{name}: skipped, {exc}")
            continue
        print(report(measure(name, sentences, kb, vocab), args.top))
    if args.cases:
        try:
            print(report_cases(run_cases(None, pending=args.pending), args.threshold))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
