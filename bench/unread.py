"""Self-statements of everyday talk from which the open-claim extractor reads no claim at all; prints figures.

Sentences come from three sources (never a test split):

- `spc-chat`: the turns of Synthetic-Persona-Chat's validation conversations, split into sentences;
- `spc-persona`: the distinct persona sentences of the same split;
- `personagym`: PersonaGym's 200 personas, put in the first person (`bench/knowledge_coverage.py`).

A sentence is a self-statement when it is not a question and either has a first-person pronoun (I, me, my,
mine, myself and their contractions) or is a fragment about oneself without a subject: one the checker puts
"I" back into ("Never been to Paris", "Big fan of jazz") or one that opens with a word such fragments open
with ("Love ...", "Been ...", "Can't ...", "Not a ...", "Hate ..."). It is read when `extract_open_claims`
returns at least one claim for it alone (no earlier turn to point back to).

For each source it prints how many sentences are self-statements, how many of those are read and the share, and
the same for the self-statements that are not chatter (`facts`: not a stance on what the other said, "I'm sure
you'll love it", "I think so", nor thanks or greetings);
then for all sources together the most frequent shapes of unread facts: the first two words, and the verb
(the word after "I", "I'm", "I've", ... or the first word of a fragment). `--sample N` prints N unread
sentences at random (seeded), `--shape "i feel"` only those whose first two words are that.

Usage: `python bench/unread.py [--top N] [--sample N] [--shape WORDS] [--seed S]`.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.datasets import shared_data_dir  # noqa: E402
from bench.knowledge_coverage import SPC_VALID, personagym_sentences, spc_valid_sentences  # noqa: E402
from simulate.checkers.normalize import normalise  # noqa: E402
from simulate.checkers.open_claims import extract_open_claims  # noqa: E402
from simulate.checkers.subjects import supply_subject  # noqa: E402

_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_TURN = re.compile(r"^\s*\*?\s*User\s*\d+\s*:\s*\*?\s*", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|im|i've|ive|i'd|i'll)\b", re.IGNORECASE)
# words a subjectless fragment about oneself opens with ("Love it", "Been there", "Not a morning person")
_FRAGMENT_START = frozenset("""love loved hate hated been never not can't cannot don't didn't won't wouldn't
couldn't just always usually still used grew born raised live lived work worked working got gotta have had
big huge massive total complete definitely absolutely guilty hopeless useless terrible rubbish awful no
allergic scared afraid terrified addicted obsessed vegan vegetarian married single divorced retired
""".split())
_NOT_ABOUT_ONESELF = re.compile(r"^(?:no (?:problem|worries|way|idea|kidding|doubt|wonder)|not (?:bad|really|sure|at all|"
                                r"yet|much)|never mind|just (?:kidding|joking|curious|wondering)|have (?:a|fun|you)|"
                                r"got it|love (?:it|that|this)[.!]*$|can't wait)", re.IGNORECASE)
# a turn of conversation said in the first person that tells nothing of the speaker: a stance on what the other
# said ("I'm sure you'll love it", "I think so", "I hope you have fun"), thanks, greetings, good wishes
_CHATTER = re.compile(r"^(?:(?:well|oh|yeah|yes|no|so|and|but|haha|wow|ok|okay|hi|hey|hello),?\s+)*(?:"
                      r"i'?m (?:sure|glad|so glad|happy to hear|sorry|so sorry|looking forward|excited to (?:hear|see|try)|"
                      r"not sure|curious)|i am (?:sure|glad|sorry)|i (?:think|thought|hope|bet|guess|know|understand|agree|"
                      r"wish you|can imagine|can't imagine|can't believe|mean|see|suppose|imagine|believe|appreciate|"
                      r"will|would love to hear|'d love to hear|'ll (?:keep|let|check|think|try|have to)|'ve heard|have heard|"
                      r"can tell|totally agree|completely agree|couldn't agree|don't know)|thanks|thank you|nice to|"
                      r"it was (?:nice|great)|good to|you too|me too|same here|let me|tell me|remind me)\b", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:\W*(?:well|oh|yeah|yes|no|so|haha|lol|honestly|actually|really|wow|um|hmm|ha|ok|okay)\b,?\s*)*")
_AFTER_I = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll)\s+(?:(?:am|have|had|do|did|don't|didn't|was|will|would|"
                      r"can|can't|cannot|really|also|just|still|never|always|usually|not|totally|actually|definitely|"
                      r"used to|kind of|kinda|sort of|pretty|very|so|a|an|the)\s+)*([a-z'-]+)", re.IGNORECASE)


def chat_sentences(data: Path) -> list[str]:
    """The distinct sentences of every turn of Synthetic-Persona-Chat's validation conversations."""
    seen: dict[str, None] = {}
    with (data / SPC_VALID).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for line in (row.get("Best Generated Conversation") or "").splitlines():
                text = _TURN.sub("", line).strip()
                for sentence in _SPLIT.split(text):
                    sentence = sentence.strip()
                    if sentence:
                        seen.setdefault(sentence, None)
    return list(seen)


def is_self_statement(sentence: str) -> bool:
    """Is `sentence` a statement (not a question) about the speaker: first person, or a subjectless fragment?"""
    if sentence.rstrip().endswith("?"):
        return False
    if _FIRST_PERSON.search(sentence):
        return True
    bare = _SUBJECT.sub("", sentence.replace("\u2019", "'")).strip()
    if not bare or _NOT_ABOUT_ONESELF.match(bare):
        return False
    norm = normalise(bare)
    if supply_subject(norm) != norm:
        return True
    return bare.split(" ", 1)[0].lower().strip(",.!") in _FRAGMENT_START


def shape_words(sentence: str) -> str:
    """The first two words of `sentence`, lower case, interjections left out."""
    bare = _SUBJECT.sub("", sentence.replace("\u2019", "'")).strip().lower()
    return " ".join(w.strip(",.!;:") for w in bare.split()[:2])


def shape_verb(sentence: str) -> str:
    """The word after the first-person subject (past its auxiliaries), or the first word of a fragment."""
    text = sentence.replace("\u2019", "'")
    match = _AFTER_I.search(text)
    if match:
        return match.group(1).lower()
    bare = _SUBJECT.sub("", text).strip().lower()
    return bare.split(" ", 1)[0].strip(",.!;:") if bare else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25, help="how many shapes to list")
    parser.add_argument("--sample", type=int, default=0, help="print this many unread self-statements")
    parser.add_argument("--shape", default="", help="only unread sentences whose first two words are these")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args(argv)
    data = shared_data_dir()
    sources = {"spc-chat": chat_sentences, "spc-persona": spc_valid_sentences, "personagym": personagym_sentences}
    unread: list[str] = []
    total_self = total_read = total_facts = total_fact_read = 0
    print(f"{'source':<12} {'sentences':>9} {'self':>6} {'read':>6} {'share':>6} {'facts':>6} {'read':>6} {'share':>6}")
    for name, load in sources.items():
        try:
            sentences = load(data)
        except FileNotFoundError as error:
            print(f"{name:<12} missing: {error.filename}")
            continue
        own = [s for s in sentences if is_self_statement(s)]
        facts = [s for s in own if not _CHATTER.match(s.replace("\u2019", "'"))]
        is_fact = set(facts)
        read = fact_read = 0
        for sentence in own:
            if extract_open_claims(sentence):
                read += 1
                fact_read += sentence in is_fact
            elif sentence in is_fact:
                unread.append(sentence)
        total_self += len(own)
        total_read += read
        total_facts += len(facts)
        total_fact_read += fact_read
        print(f"{name:<12} {len(sentences):>9} {len(own):>6} {read:>6} {read / max(1, len(own)):>6.3f} "
              f"{len(facts):>6} {fact_read:>6} {fact_read / max(1, len(facts)):>6.3f}")
    print(f"{'all':<12} {'':>9} {total_self:>6} {total_read:>6} {total_read / max(1, total_self):>6.3f} "
          f"{total_facts:>6} {total_fact_read:>6} {total_fact_read / max(1, total_facts):>6.3f}")
    print(f"\nunread self-statements that are not chatter: {len(unread)}")
    for title, key in (("first two words", shape_words), ("verb", shape_verb)):
        counts = Counter(key(s) for s in unread)
        print(f"\nmost frequent shapes by {title}:")
        for shape, count in counts.most_common(args.top):
            print(f"  {count:>5}  {shape}")
    chosen = [s for s in unread if not args.shape or shape_words(s) == args.shape.lower()]
    if args.sample and chosen:
        print(f"\nsample of {min(args.sample, len(chosen))} unread" + (f" ({args.shape!r})" if args.shape else "") + ":")
        for sentence in random.Random(args.seed).sample(chosen, min(args.sample, len(chosen))):
            print(f"  {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
