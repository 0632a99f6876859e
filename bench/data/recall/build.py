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
# topic questions name what a fact is about, not the words it was said in: word -> topic ({my} is the speaker's)
TOPICS: dict[str, tuple[str, ...]] = {
    "{my} pets": ("dog", "cat", "horse", "fish", "turtle", "bird", "parrot", "snake", "hamster", "rabbit", "pet",
                  "puppy", "kitten", "shepherd", "lizard"),
    "{my} work": ("teacher", "nurse", "doctor", "lawyer", "engineer", "electrician", "salesman", "farmer", "worker",
                  "construction", "coach", "artist", "musician", "dancer", "clown", "custodian", "therapist",
                  "painter", "job", "working", "business", "retired", "bank", "maintenance", "office", "career",
                  "manager", "waitress", "chef", "mechanic", "accountant", "firefighter", "police", "streamer"),
    "{my} family": ("father", "dad", "mother", "mom", "parent", "sister", "brother", "son", "daughter", "children",
                    "child", "kid", "wife", "husband", "boyfriend", "girlfriend", "married", "family",
                    "grandchildren", "triplet", "pregnant", "expecting", "grandmother", "grandfather", "twin"),
    "music": ("music", "band", "concert", "guitar", "violin", "piano", "sing", "singer", "rock", "classical",
              "rap", "jazz", "drum", "album", "song"),
    "food": ("food", "pizza", "chocolate", "coffee", "wine", "cream", "cook", "cooking", "bake", "vegan", "diet",
             "eat", "drink", "alcohol", "hummus", "paella", "shawarma", "papaya", "lime", "vanilla", "candy",
             "cooky", "bread", "burger", "taco", "sushi", "pasta", "beer", "tea", "vegetarian", "meat"),
    "sports": ("sport", "gym", "workout", "running", "hiking", "olympic", "medalist", "olympian", "hockey",
               "skateboarder", "ufc", "wrestler", "league", "climbing", "rowing", "fishing", "soccer", "football",
               "basketball", "baseball", "tennis", "golf", "swimming", "marathon", "yoga", "exercise"),
    "where {i} grew up": ("born", "raised", "grew", "hometown"),
    "{my} home": ("house", "apartment", "home", "farm", "bedroom", "neighborhood"),
    "{my} looks": ("hair", "eye", "blonde", "skinny", "tall", "skin", "tattoo", "height"),
    "cars": ("car", "motorbike", "nascar", "ford", "mustang", "truck", "motorcycle", "jeep"),
    "school": ("school", "college", "graduate", "studying", "major", "degree", "grade", "elementary",
               "kindergarten", "university", "student", "class"),
    "{my} free time": ("hobby", "book", "read", "reading", "movie", "documentary", "game", "roleplaying",
                       "gardening", "volunteer", "shelter", "knit", "sew", "paint", "draw", "photography"),
}
TOPIC_OF = {word: topic for topic, words in TOPICS.items() for word in words}
PERSONS = {"self": {"my": "your", "i": "you"}, "heard": {"my": "my", "i": "I"}}


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


def _surface(stem: str, said: list[dict[str, Any]]) -> str:
    """The word as first said in the turns `said` (lower case) whose stem is `stem`."""
    return next(w for t in said for w in _WORD.findall(t["text"].lower().replace("'", "")) if _stem(w) == stem)


def questions(conv: dict[str, Any], df: Counter[str]) -> list[dict[str, Any]]:
    """Questions about facts stated in `conv`, each with its evidence turns (indices in `turns`).

    Two kinds: `topic` questions name what the fact is about (its topic, `TOPICS`) and are kept when
    the speaker states a fact of that topic in one session only; `word` questions name one word of
    the fact that the speaker says in no other session, the most common such word in the split (`df`
    counts the turns of the whole split holding each word), so that it is not a giveaway.
    """
    turns = conv["turns"]
    words = [set(content_words(t["text"])) for t in turns]
    said_in: dict[tuple[str, str], set[int]] = {}
    for t, ws in zip(turns, words):
        for w in ws:
            said_in.setdefault((t["speaker"], w), set()).add(t["session"])
    stated = []  # (session, speaker, fact, evidence, words said of the fact)
    for source in conv["sources"]:
        for speaker, facts in source["profiles"].items():
            for fact in facts:
                wanted = set(content_words(fact))
                if len(wanted) < 2:
                    continue
                evidence = [i for i, t in enumerate(turns) if t["session"] == source["session"]
                            and t["speaker"] == speaker and len(wanted & words[i]) >= max(2, MATCH_SHARE * len(wanted))]
                if evidence:
                    stated.append((source["session"], speaker, fact, evidence,
                                   set().union(*(words[i] for i in evidence)) & wanted))
    topic_sessions: dict[tuple[str, str], set[int]] = {}
    for session, speaker, _fact, _evidence, said in stated:
        for word in said:
            if word in TOPIC_OF:
                topic_sessions.setdefault((speaker, TOPIC_OF[word]), set()).add(session)
    people = list(conv["personas"])
    out: list[dict[str, Any]] = []
    for session in sorted({s for s, *_ in stated}):
        candidates = []
        for _s, speaker, fact, evidence, said in (x for x in stated if x[0] == session):
            topics = sorted({TOPIC_OF[w] for w in said if w in TOPIC_OF
                             and topic_sessions[(speaker, TOPIC_OF[w])] == {session}})
            if topics:
                topic = topics[0]
                every = sorted({i for s2, sp2, _f, ev2, said2 in stated if s2 == session and sp2 == speaker
                                and topic in {TOPIC_OF.get(w) for w in said2} for i in ev2})
                candidates.append(("topic", speaker, fact, topic, every))
            unique = sorted((w for w in said if said_in[(speaker, w)] == {session}), key=lambda w: (-df[w], w))
            if unique:
                candidates.append(("word", speaker, fact, _surface(unique[0], [turns[i] for i in evidence]), evidence))
        rng = random.Random(f"{SEED}|{conv['id']}|{session}")
        rng.shuffle(candidates)
        candidates.sort(key=lambda c: c[0] != "topic")  # topic questions first, stable within a kind
        used: set[str] = set()
        for kind, speaker, fact, about, evidence in candidates:
            if len(used) >= QUESTIONS_PER_SESSION or about in used or f"{speaker}|{fact}" in used:
                continue
            used.update((about, f"{speaker}|{fact}"))
            other = next(p for p in people if p != speaker)
            person = _pick(f"{conv['id']}|{fact}|person", ("self", "heard"))
            recaller, asker = (speaker, other) if person == "self" else (other, speaker)
            subject = about.format(**PERSONS[person]) if kind == "topic" else about
            text = _pick(f"{conv['id']}|{fact}|text", QUESTIONS[person]).format(kw=subject)
            out.append({"id": f"{conv['id']}-s{session:02d}-q{len(used) // 2}", "conversation": conv["id"],
                        "speaker": recaller, "asker": asker, "query": text, "kind": kind, "person": person,
                        "about": about, "fact": fact, "session": session, "evidence": evidence})
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
            kinds = Counter(q["kind"] for q in qs) + Counter(q["person"] for q in qs)
            print(f"{split}: {len(convs)} conversations, {sum(len(c['turns']) for c in convs)} turns, "
                  f"{len(qs)} questions ({kinds['topic']} by topic, {kinds['word']} by a word; {kinds['self']} about "
                  f"own turns, {kinds['heard']} about what was heard), "
                  f"evidence turns per question {sum(len(q['evidence']) for q in qs) / max(len(qs), 1):.2f}")


if __name__ == "__main__":
    main()
