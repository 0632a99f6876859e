"""Build the labelled recall set: long multi-session conversations and questions with evidence turns.

Run: `.venv/bin/python bench/data/recall/build.py [--split valid|test|both] [--stats]`.

Recipe (see README.md beside this file). From one Synthetic-Persona-Chat split, dialogues are drawn
in a seeded order and strung together, `SESSIONS` at a time, into one long conversation between two
named people, one dialogue per session, sessions two months apart. A profile fact that a speaker states
in a session (a turn holding most of the fact's content words) becomes a question asked after the last
session, either to the speaker ("What did you tell me about X?") or, by the speaker, to the other
("What did I tell you about X?"). X is the fact's most specific content word (rarest in the
conversation) that the speaker says in no other session, so the question has one answer; the
evidence is the session's turns that state the fact. Deterministic, standard library only, no network.

Source data: Synthetic-Persona-Chat (Jandaghi et al. 2023), CC BY 4.0. The derived files are CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

SEED = 20261127
SESSIONS = 20
CONVERSATIONS = 10
QUESTIONS_PER_SESSION = 2
MATCH_SHARE = 0.6  # share of a fact's content words a turn must hold to state it
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
NAMES = [("Maya", "Tom"), ("Priya", "Daniel"), ("Lena", "Omar"), ("Grace", "Victor"), ("Hana", "Felix"),
         ("Rosa", "Kwame"), ("Ines", "Arjun"), ("Clara", "Mateo"), ("Nadia", "Samuel"), ("Elif", "Jonah"),
         ("Yuki", "Pablo"), ("Amara", "Lucas")]
START = datetime(2025, 1, 6, 18, 0, tzinfo=timezone.utc)
GAP = timedelta(days=61)
_LINE = re.compile(r"^\s*(User [12])\s*:\s*(.*)$")
_WORD = re.compile(r"[a-z]+")
# function words and verbs too general to name what a fact is about
_COMMON = frozenset(
    "a about after again all also am an and any are as at be been before being but by can could did do does doing "
    "for from had has have having he her here hers him his how i if in into is it its just me more most my no nor "
    "not now of on once only or other our out over own same she should so some such than that the their them then "
    "there these they this those through to too under until up very was we were what when where which while who "
    "whom why will with would you your yours im dont cant ive id ill love like likes loved enjoy enjoys really "
    "favorite favourite go going went get got make made want wanted time times lot lots much many one two three "
    "years year old new good great every day days thing things people person also always never used use being "
    "well little big kind sort try trying work works live lives name named during because since without around "
    "between actually almost around away back even ever first last least next still though together usually "
    "able sure mean feel think know say said tell told talk listen".split())
QUESTIONS = {
    "self": ("What did you tell me about {kw}?", "Remind me, what did you say about {kw}?",
             "You mentioned {kw} once. What was that about?"),
    "heard": ("Do you remember what I told you about {kw}?", "What did I say about {kw}?",
              "I once told you about {kw}. Do you remember what I said?"),
}


def shared_data() -> Path:
    """The shared data folder: `$SIMULATE_SHARED_DATA`, or `<repo>/../shared/data`."""
    return Path(os.environ.get("SIMULATE_SHARED_DATA") or REPO.parent / "shared" / "data")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Lower-case words of `text` minus common ones, plural -s stripped."""
    return [_stem(w) for w in _WORD.findall(text.lower().replace("'", "")) if w not in _COMMON and len(w) > 2]


def _dialogue(text: str) -> list[tuple[str, str]]:
    turns: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if match:
            turns.append((match.group(1), match.group(2).strip()))
        elif line.strip() and turns:
            turns[-1] = (turns[-1][0], f"{turns[-1][1]} {line.strip()}")
    return [(s, t) for s, t in turns if t]


def read_rows(split: str) -> list[dict[str, Any]]:
    """The split's dialogues: row number, both profiles and the turns."""
    path = shared_data() / "synthetic_persona_chat" / f"Synthetic-Persona-Chat_{split}.csv"
    rows = []
    with open(path, newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            turns = _dialogue(row["Best Generated Conversation"])
            if len(turns) >= 8 and {s for s, _ in turns} == {"User 1", "User 2"}:
                profiles = {u: [s.strip() for s in row[f"user {u[-1]} personas"].splitlines() if s.strip()]
                            for u in ("User 1", "User 2")}
                rows.append({"row": number, "profiles": profiles, "turns": turns})
    return rows


def _named(text: str, names: dict[str, str]) -> str:
    for user, name in names.items():
        text = text.replace(f"[{user}'s name]", name).replace(f"[{user} name]", name)
    return text


def conversation(split: str, number: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One long conversation (Conversation JSONL v1) from `rows`, one dialogue per session."""
    first, second = NAMES[number % len(NAMES)]
    turns, sources = [], []
    for session, row in enumerate(rows):
        names = {"User 1": first, "User 2": second} if session % 2 == 0 else {"User 1": second, "User 2": first}
        sources.append({"session": session, "row": row["row"],
                        "profiles": {names[u]: facts for u, facts in row["profiles"].items()}})
        for position, (user, said) in enumerate(row["turns"]):
            time = START + session * GAP + timedelta(minutes=position)
            turns.append({"session": session, "speaker": names[user], "text": _named(said, names),
                          "time": time.isoformat().replace("+00:00", "Z")})
    return {"id": f"recall-{split}-{number:02d}", "personas": {first: {}, second: {}}, "turns": turns,
            "sources": sources}


def _pick(key: str, options: tuple[str, ...]) -> str:
    return options[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(options)]


def _surface(stem: str, turn: dict[str, Any]) -> str:
    """The word as said in `turn` (lower case) whose stem is `stem`."""
    return next(w for w in _WORD.findall(turn["text"].lower().replace("'", "")) if _stem(w) == stem)


def questions(conv: dict[str, Any], df: Counter[str]) -> list[dict[str, Any]]:
    """Questions about facts stated in `conv`, each with its evidence turns (indices in `turns`).

    `df` counts the turns of the whole split holding each word: the keyword is the rarest there.
    """
    turns = conv["turns"]
    words = [set(content_words(t["text"])) for t in turns]
    said_in: dict[tuple[str, str], set[int]] = {}
    for t, ws in zip(turns, words):
        for w in ws:
            said_in.setdefault((t["speaker"], w), set()).add(t["session"])
    people = list(conv["personas"])
    out = []
    for source in conv["sources"]:
        session = source["session"]
        found = []
        for speaker, facts in source["profiles"].items():
            for fact in facts:
                wanted = set(content_words(fact))
                if len(wanted) < 2:
                    continue
                evidence = [i for i, t in enumerate(turns) if t["session"] == session and t["speaker"] == speaker
                            and len(wanted & words[i]) >= max(2, MATCH_SHARE * len(wanted))]
                if not evidence:
                    continue
                said = set().union(*(words[i] for i in evidence)) & wanted
                unique = sorted((w for w in said if said_in[(speaker, w)] == {session}), key=lambda w: (df[w], w))
                if unique:
                    found.append((speaker, fact, unique[0], evidence))
        rng = random.Random(f"{SEED}|{conv['id']}|{session}")
        rng.shuffle(found)
        used: set[str] = set()
        for speaker, fact, keyword, evidence in found:
            if len(used) >= QUESTIONS_PER_SESSION or keyword in used:
                continue
            used.add(keyword)
            other = next(p for p in people if p != speaker)
            kind = _pick(f"{conv['id']}|{fact}|kind", ("self", "heard"))
            recaller, asker = (speaker, other) if kind == "self" else (other, speaker)
            text = _pick(f"{conv['id']}|{fact}|text", QUESTIONS[kind]).format(kw=_surface(keyword, turns[evidence[0]]))
            out.append({"id": f"{conv['id']}-s{session:02d}-q{len(used)}", "conversation": conv["id"],
                        "speaker": recaller, "asker": asker, "query": text, "kind": kind, "keyword": keyword,
                        "fact": fact, "session": session, "evidence": evidence})
    return out


def build(split: str, *, conversations: int = CONVERSATIONS, sessions: int = SESSIONS
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The conversations and questions of one split (deterministic)."""
    rows = read_rows(split)
    random.Random(f"{SEED}|{split}").shuffle(rows)
    if len(rows) < conversations * sessions:
        raise SystemExit(f"{split}: {len(rows)} usable dialogues, {conversations * sessions} needed")
    convs = [conversation(split, n, rows[n * sessions:(n + 1) * sessions]) for n in range(conversations)]
    df = Counter(w for row in rows for _, said in row["turns"] for w in set(content_words(said)))
    return convs, [q for c in convs for q in questions(c, df)]


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("valid", "test", "both"), default="both")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    for split in ("valid", "test") if args.split == "both" else (args.split,):
        convs, qs = build(split)
        _write(args.out / f"spc_{split}_conversations.jsonl", convs)
        _write(args.out / f"spc_{split}_questions.jsonl", qs)
        if args.stats:
            kinds = Counter(q["kind"] for q in qs)
            print(f"{split}: {len(convs)} conversations, {sum(len(c['turns']) for c in convs)} turns, "
                  f"{len(qs)} questions ({kinds['self']} about own turns, {kinds['heard']} about what was heard), "
                  f"evidence turns per question {sum(len(q['evidence']) for q in qs) / max(len(qs), 1):.2f}")


if __name__ == "__main__":
    main()
