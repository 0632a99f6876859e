"""Build dev.jsonl and test.jsonl from the hand-written statement pairs in pairs_*.txt.

Each pair becomes one Conversation JSONL v1 conversation between two speakers: the first statement, ordinary
filler talk from both speakers (questions, reactions, remarks about other people), the second statement,
sometimes a session break in between, plus a `label`. Deterministic (standard library only, `SEED`):

    python bench/data/open_contradictions/build.py            # rewrites dev.jsonl and test.jsonl
    python bench/data/open_contradictions/build.py --stats    # ... and prints the count tables
    python bench/data/open_contradictions/build.py --dev2     # rewrites dev2.jsonl from pairs2_*.txt only
    python bench/data/open_contradictions/build.py --dev3     # rewrites dev3.jsonl from pairs3_*.txt only
    python bench/data/open_contradictions/build.py --dev4     # rewrites dev4.jsonl from pairs4_*.txt only
    python bench/data/open_contradictions/build.py --dev5     # rewrites dev5.jsonl from pairs5_*.txt only
    python bench/data/open_contradictions/build.py --dev6     # rewrites dev6.jsonl from pairs6_*.txt only
    python bench/data/open_contradictions/build.py --dev7     # rewrites dev7.jsonl from pairs7_*.txt only
    python bench/data/open_contradictions/build.py --dev8     # rewrites dev8.jsonl from pairs8_*.txt only
    python bench/data/open_contradictions/build.py --dev9     # rewrites dev9.jsonl from pairs9_*.txt only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261127
DEV_SHARE = 0.4
TYPES = {"ex": "explicit", "im": "implied", "co": "consistent", "cp": "compatible", "ch": "change",
         "hy": "hypothetical", "pa": "past"}
CONTRADICTION_TYPES = {"explicit", "implied"}
FAMILIES = {"hobby", "language", "skill", "habit", "diet", "family", "pets", "possessions", "health", "ability",
            "fear", "religion", "work", "location", "education", "relationship", "age"}

NAMES = ["Maya", "Tom", "Priya", "Jonas", "Aisha", "Ben", "Carmen", "Dev", "Elena", "Felix", "Grace", "Hiro",
         "Ines", "Jamal", "Kate", "Leo", "Mina", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sam", "Tariq",
         "Uma", "Victor", "Wen", "Yusuf", "Zoe", "Marek"]
OPENERS = ["Hi! How's it going?", "Hey there, nice to meet you!", "Hello! How's your day been?", "hey! how are you?",
           "Hi :) first time chatting here.", "Good evening! Or morning, wherever you are.", "Heyyy, what's up?"]
OPENER_REPLIES = ["Pretty good, thanks! Busy week though.", "Not bad, can't complain. You?",
                  "Hi! Doing well, thanks for asking.", "Hey! All good here.", "Nice to meet you too!",
                  "Hello hello! Good, good."]
REOPENERS = ["Hey, good to talk again!", "Oh hi again! How was your week?", "Long time no chat. What's new?",
             "Hi again :) how've you been?", "Back again! Good weekend?", "Hey you! It's been a while."]
REOPENER_REPLIES = ["Good to hear from you! Things are fine.", "Hey! Yeah, it's been a bit.", "Hi! Busy, but good.",
                    "Hello again! Same old, same old."]
PROMPTS = ["So what about you?", "What else do you get up to these days?", "Tell me something about yourself!",
           "What's new with you?", "Anything exciting going on with you lately?", "How about you, what's your story?",
           "What do you do for fun?", "So how's life treating you?", "Okay your turn, tell me about you.",
           "What's keeping you busy these days?", "Go on, I'm listening.", "And you? Spill."]
FILLERS = ["Ha, that's hilarious.", "Oh no, what happened?", "Wow, that sounds like a lot.",
           "Did you catch the game last night?", "It's pouring rain here today, classic.", "That's fair, honestly.",
           "Wait, really? Tell me more.", "My neighbor put up Christmas lights and it's barely November.",
           "A friend of mine just got back from Lisbon, she loved it.", "Have you watched anything good lately?",
           "The news this week has been wild.", "Haha fair enough.", "Oh nice, good for you!", "That makes sense.",
           "Hmm, I never thought about it that way.", "Sorry, got distracted, what were we saying?",
           "Did you see that video of the raccoon stealing a whole pizza?", "My friend Dana swears by that place.",
           "Weather's finally turning, it was freezing this morning.", "I know right?", "Oof, that sounds stressful.",
           "Ha! Classic.", "The bakery on the corner closed, the whole street is in mourning.",
           "My buddy Raj just ran his first half marathon, he's unbearable now.", "Ugh, Mondays.",
           "How's your week going so far?", "That's so sweet.", "Okay that's actually impressive.", "No way!",
           "Right? People are funny.", "Did you hear they're opening a new park downtown?",
           "My friend's kid just learned to ride a bike, so cute.", "lol my friend would say the exact same thing",
           "I saw the funniest meme about that yesterday.", "Honestly, good for you.", "That's wild.",
           "My cousin's friend tried that once, total disaster apparently.", "Same, honestly. Well, kind of.",
           "What a week it's been, right?", "Ha, love that.", "Oh interesting!", "Makes sense to me."]
ACKS = ["Oh, okay.", "Got it.", "Ah, I see.", "Interesting.", "Oh really?", "Hm, okay.", "Oh wow.", "Ahh, nice.",
        "Okay, noted!", "Huh, cool."]
CLOSERS = ["Anyway, I should get going soon.", "This was fun, let's chat again.", "Okay, talk soon!",
           "Haha, good talk.", "Take care!", "Gotta run, bye!"]
# Something the other speaker says about themself, on the topic of the pair's family: a checker that mixes up
# speakers flags it. At most one a conversation, never in pairs whose second statement is the other speaker's.
ASIDES = {
    "hobby": ["I've never had a hobby that stuck, honestly.", "I got really into jigsaw puzzles during lockdown.",
              "My weekends are all soccer practice for my nephew."],
    "language": ["I only speak English, sadly.", "My husband's Brazilian so I'm slowly picking up Portuguese.",
                 "I took four years of French in school and remember nothing."],
    "skill": ["I can't draw or sing or anything, zero talent.", "My brother is the musical one in our family.",
              "I'm teaching myself to code on weekends."],
    "habit": ["I quit coffee last year and I'm still grumpy about it.", "I'm a total night owl.",
              "I've never smoked, my dad did and it scared me off."],
    "diet": ["I'm vegetarian myself.", "I'll eat anything, no rules.",
             "My wife is gluten-free so I cook that way at home."],
    "family": ["I've got four brothers, it was chaos growing up.", "I'm an only child, so no nieces or nephews.",
               "My kids are both in college now."],
    "pets": ["I don't have any pets, my building doesn't allow them.", "We've got two cats and a very old dog.",
             "My daughter keeps begging for a hamster."],
    "possessions": ["I don't own a car, I take the train everywhere.", "We just bought a house, so we're broke.",
                    "My phone is so old it barely holds a charge."],
    "health": ["I'm allergic to basically everything that blooms.", "I've never broken a bone, knock on wood.",
               "I wear contacts, my eyes are terrible."],
    "ability": ["I can't swim, never learned.", "I don't drive, I never got my license.",
                "I can't whistle, it's my great shame."],
    "fear": ["I'm terrified of spiders.", "Heights don't bother me at all.", "I hate flying, I take the train."],
    "religion": ["I'm not religious at all.", "I go to Mass most Sundays with my mom.",
                 "My family is Hindu, Diwali is the big one for us."],
    "work": ["I'm a nurse, twelve-hour shifts.", "I'm between jobs at the moment.",
             "I've been teaching for twenty years."],
    "location": ["I've lived in Denver my whole life.", "I've never been outside the country.",
                 "We just moved from Seattle."],
    "education": ["I never went to college, went straight to work.", "I'm doing my master's part-time.",
                  "I dropped out of law school, best decision ever."],
    "relationship": ["I'm married, fifteen years this June.", "I'm single and loving it.",
                     "My wife and I just had our tenth anniversary."],
    "age": ["I'm 41, if you can believe it.", "I just turned thirty.", "I'm the oldest in my friend group at 58."],
}
LEAD_INS = ["Oh cool. ", "Haha nice. ", "Fair enough. ", "Good question. ", "Hmm. ", "Well, ", "Honestly? ",
            "Ha. ", "Oh man. ", "Funny you ask. "]
SUFFIXES = [" What about you?", " You?", " Anyway, enough about me."]


@dataclass(frozen=True)
class Pair:
    """One hand-written statement pair and its label."""

    family: str
    relation: str
    type: str
    first: str
    second: str
    note: str
    other_says_second: bool
    same_session: bool
    source: str

    @property
    def contradiction(self) -> bool:
        return self.type in CONTRADICTION_TYPES


def parse_pairs(paths: list[Path]) -> list[Pair]:
    """Every pair in `paths`; a malformed line raises ValueError naming file and line."""
    pairs: list[Pair] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split(" | ")]
            where = f"{path.name}:{number}"
            if len(fields) not in (6, 7):
                raise ValueError(f"{where}: expected 6 or 7 fields separated by ' | ', got {len(fields)}")
            family, relation, code, first, second, note = fields[:6]
            flags = fields[6].split() if len(fields) == 7 else []
            if family not in FAMILIES:
                raise ValueError(f"{where}: unknown family {family!r}")
            if code not in TYPES:
                raise ValueError(f"{where}: unknown type {code!r}")
            if set(flags) - {"same"}:
                raise ValueError(f"{where}: unknown flags {flags}")
            other = second.startswith(">")
            if other and TYPES[code] in CONTRADICTION_TYPES:
                raise ValueError(f"{where}: a contradiction must be said by one speaker")
            pairs.append(Pair(family, relation, TYPES[code], first, second.lstrip("> ").strip(), note, other,
                              "same" in flags, where))
    return pairs


def _stable(text: str) -> int:
    return int(hashlib.sha256(f"{SEED}:{text}".encode()).hexdigest()[:12], 16)


def assign_splits(pairs: list[Pair]) -> dict[str, str]:
    """relation -> "dev" | "test": every pair of a relation (in whatever family) in one split, about DEV_SHARE
    of each family in dev."""
    members: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        members[pair.relation][pair.family] += 1
    totals = Counter(p.family for p in pairs)
    in_dev: Counter[str] = Counter()
    splits: dict[str, str] = {}
    for relation in sorted(members, key=_stable):
        fits = all(in_dev[f] + n <= DEV_SHARE * totals[f] + 1 for f, n in members[relation].items())
        splits[relation] = "dev" if fits else "test"
        if fits:
            in_dev.update(members[relation])
    return splits


def _casual(text: str, rng: random.Random) -> str:
    """Sometimes write a statement the way people type in a hurry."""
    roll = rng.random()
    if roll < 0.06:
        return text.lower().rstrip(".").replace("'", "")
    if roll < 0.14:
        return text.lower().rstrip(".")
    return text


def _dress(text: str, rng: random.Random, *, lead: bool) -> str:
    """A statement as said in a turn: sometimes a lead-in, a question back, or casual typing."""
    if not text.endswith("?") and rng.random() < 0.15:
        text = text.rstrip()
        text = (text if text[-1] in ".!?" else text + ".") + rng.choice(SUFFIXES)
    text = _casual(text, rng)
    if lead and rng.random() < 0.25:
        text = rng.choice(LEAD_INS) + text
    return text


def _speakers(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.3:
        pair = ["User 1", "User 2"]
        rng.shuffle(pair)
        return pair[0], pair[1]
    first, second = rng.sample(NAMES, 2)
    return first, second


def build_conversation(pair: Pair, ident: str, rng: random.Random) -> dict:
    """One Conversation JSONL v1 record with its label."""
    me, you = _speakers(rng)
    x_first = rng.random() < 0.5
    def speaker_at(k: int) -> str:
        return me if (k % 2 == 0) == x_first else you

    first_at = rng.choice([k for k in range(4) if speaker_at(k) == me])
    gap = rng.choice([4, 4, 6]) if first_at + 7 <= 10 else 4
    mine_at = first_at + gap
    second_at = mine_at - 1 if pair.other_says_second else mine_at
    tail = rng.choice([0, 1, 1, 2])
    count = min(10, mine_at + 1 + tail)

    later = pair.type == "change" or (not pair.same_session and rng.random() < 0.45)
    breaks: set[int] = set()
    if later:
        breaks.add(rng.randint(max(first_at + 1, 2), second_at - 1))
    extra = [k for k in list(range(2, first_at)) + list(range(second_at + 1, count - 1)) if k not in breaks]
    if extra and rng.random() < 0.3:
        breaks.add(rng.choice(extra))

    texts: dict[int, str] = {first_at: _dress(pair.first, rng, lead=first_at > 0),
                             second_at: _dress(pair.second, rng, lead=True)}
    if first_at == 0 and rng.random() < 0.5:
        texts[0] = rng.choice(["Hi! ", "Hey! ", "hello :) "]) + texts[0]
    fillers = rng.sample(FILLERS, len(FILLERS))
    free: list[int] = []
    for k in range(count):
        if k in texts:
            continue
        if k == 0:
            texts[k] = rng.choice(OPENERS)
        elif k == 1 and 0 not in (first_at, second_at):
            texts[k] = rng.choice(OPENER_REPLIES)
        elif k in breaks:
            texts[k] = rng.choice(REOPENERS)
        elif k - 1 in breaks and k - 1 not in (first_at, second_at):
            texts[k] = rng.choice(REOPENER_REPLIES)
        elif k == second_at - 1 and speaker_at(k) != speaker_at(second_at):
            texts[k] = rng.choice(PROMPTS)
        elif k == count - 1 and k > mine_at:
            texts[k] = rng.choice(CLOSERS)
        else:
            texts[k] = rng.choice(ACKS) if k == first_at + 1 else fillers.pop()
            free.append(k)
    aside = None
    choices = [k for k in free if speaker_at(k) == you]
    if not pair.other_says_second and choices and rng.random() < 0.5:
        aside = rng.choice(choices)
        texts[aside] = rng.choice(ASIDES[pair.family])

    start = datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc) + timedelta(days=rng.randint(0, 280),
                                                                         minutes=rng.randint(0, 300))
    turns = []
    session, clock = 0, start
    for k in range(count):
        if k in breaks:
            session += 1
            clock += timedelta(days=rng.randint(7, 30), minutes=rng.randint(-120, 120))
        elif k:
            clock += timedelta(seconds=rng.randint(20, 180))
        turns.append({"session": session, "speaker": speaker_at(k), "text": texts[k],
                      "time": clock.strftime("%Y-%m-%dT%H:%M:%SZ")})
    label = {"contradiction": pair.contradiction, "type": pair.type, "family": pair.family,
             "relation": pair.relation, "speaker": me,
             "turn": second_at if pair.contradiction else None,
             "against": [first_at] if pair.contradiction else [],
             "related": [first_at, second_at], "aside": aside, "note": pair.note}
    return {"id": ident, "personas": {}, "turns": turns, "label": label}


def build(pairs: list[Pair]) -> dict[str, list[dict]]:
    """Both splits, each in a fixed shuffled order."""
    splits = assign_splits(pairs)
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for split in out:
        chosen = [p for p in pairs if splits[p.relation] == split]
        random.Random(f"{SEED}:{split}").shuffle(chosen)
        for number, pair in enumerate(chosen, start=1):
            ident = f"oc-{split}-{number:04d}"
            out[split].append(build_conversation(pair, ident, random.Random(f"{SEED}:{ident}:{pair.first}")))
    return out


def build_extra(pairs: list[Pair], name: str) -> list[dict]:
    """An extra development set (`name` "dev2" to "dev10"): every pair, no split, in a fixed shuffled order,
    ids `oc-<name>-NNNN`."""
    chosen = list(pairs)
    random.Random(f"{SEED}:{name}").shuffle(chosen)
    records = []
    for number, pair in enumerate(chosen, start=1):
        ident = f"oc-{name}-{number:04d}"
        records.append(build_conversation(pair, ident, random.Random(f"{SEED}:{ident}:{pair.first}")))
    return records


def build_dev2(pairs: list[Pair]) -> list[dict]:
    """The second development set: every pair of `pairs2_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev2")


def build_dev3(pairs: list[Pair]) -> list[dict]:
    """The third development set: every pair of `pairs3_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev3")


def build_dev4(pairs: list[Pair]) -> list[dict]:
    """The fourth development set: every pair of `pairs4_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev4")


def build_dev5(pairs: list[Pair]) -> list[dict]:
    """The fifth development set: every pair of `pairs5_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev5")


def build_dev6(pairs: list[Pair]) -> list[dict]:
    """The sixth development set: every pair of `pairs6_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev6")


def build_dev7(pairs: list[Pair]) -> list[dict]:
    """The seventh development set: every pair of `pairs7_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev7")


def build_dev8(pairs: list[Pair]) -> list[dict]:
    """The eighth development set: every pair of `pairs8_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev8")


def build_dev9(pairs: list[Pair]) -> list[dict]:
    """The ninth development set: every pair of `pairs9_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev9")


def build_dev10(pairs: list[Pair]) -> list[dict]:
    """The tenth development set: every pair of `pairs10_*.txt`, no split, in a fixed shuffled order."""
    return build_extra(pairs, "dev10")


def shared_statements(pairs: list[Pair], others: list[Pair]) -> list[str]:
    """Places (file:line, which statement) in `pairs` whose statement is word for word one of `others`,
    case and final period aside."""
    def key(text: str) -> str:
        return text.lower().rstrip(".!").strip()
    seen = {key(p.first) for p in others} | {key(p.second) for p in others}
    places = []
    for pair in pairs:
        sides = [side for side, text in (("first", pair.first), ("second", pair.second)) if key(text) in seen]
        if sides:
            places.append(f"{pair.source} ({' and '.join(sides)})")
    return places


def write(records: list[dict], path: Path) -> None:
    """Write JSONL next to its final name, then replace it."""
    temp = path.with_suffix(".jsonl.tmp")
    with temp.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    temp.replace(path)


def stats(out: dict[str, list[dict]]) -> str:
    """Markdown tables: items per type and per family in each split."""
    lines = ["| type | dev | test | all |", "|---|---|---|---|"]
    types = list(TYPES.values())
    for t in types:
        d = sum(1 for r in out["dev"] if r["label"]["type"] == t)
        s = sum(1 for r in out["test"] if r["label"]["type"] == t)
        lines.append(f"| {t} | {d} | {s} | {d + s} |")
    lines.append(f"| **all** | {len(out['dev'])} | {len(out['test'])} | {len(out['dev']) + len(out['test'])} |")
    asides = [sum(1 for r in out[split] if r["label"]["aside"] is not None) for split in ("dev", "test")]
    lines.append(f"| (with an aside) | {asides[0]} | {asides[1]} | {sum(asides)} |")
    lines += ["", "| family | dev (explicit/implied/controls) | test (explicit/implied/controls) "
              "| relations dev / test |", "|---|---|---|---|"]
    for family in sorted(FAMILIES):
        cells = []
        relations = []
        for split in ("dev", "test"):
            labels = [r["label"] for r in out[split] if r["label"]["family"] == family]
            e = sum(1 for lab in labels if lab["type"] == "explicit")
            i = sum(1 for lab in labels if lab["type"] == "implied")
            cells.append(f"{e}/{i}/{len(labels) - e - i}")
            relations.append(str(len({lab["relation"] for lab in labels})))
        lines.append(f"| {family} | {cells[0]} | {cells[1]} | {' / '.join(relations)} |")
    return "\n".join(lines)


def stats_one(records: list[dict]) -> str:
    """Markdown tables for one set: items per type, and per family explicit/implied/controls and relations."""
    lines = ["| type | items |", "|---|---|"]
    for t in TYPES.values():
        lines.append(f"| {t} | {sum(1 for r in records if r['label']['type'] == t)} |")
    lines.append(f"| **all** | {len(records)} |")
    lines.append(f"| (with an aside) | {sum(1 for r in records if r['label']['aside'] is not None)} |")
    lines += ["", "| family | explicit/implied/controls | relations |", "|---|---|---|"]
    for family in sorted(FAMILIES):
        labels = [r["label"] for r in records if r["label"]["family"] == family]
        e = sum(1 for lab in labels if lab["type"] == "explicit")
        i = sum(1 for lab in labels if lab["type"] == "implied")
        lines.append(f"| {family} | {e}/{i}/{len(labels) - e - i} | {len({lab['relation'] for lab in labels})} |")
    return "\n".join(lines)


# in order: each must be new text against all before it
EXTRA_SETS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")


def _pattern(name: str) -> str:
    """The pair files of a set: "pairs_*.txt" for the splits, "pairs3_*.txt" for dev3."""
    return "pairs_*.txt" if name == "splits" else f"pairs{name[3:]}_*.txt"


def build_extra_set(name: str, stats_wanted: bool) -> None:
    """Write `<name>.jsonl` from its pair files, refusing (exit 2) a statement word for word in an earlier set."""
    earlier = ["splits", *EXTRA_SETS[: EXTRA_SETS.index(name)]]
    try:
        own = parse_pairs(sorted(HERE.glob(_pattern(name))))
        others = [pair for before in earlier for pair in parse_pairs(sorted(HERE.glob(_pattern(before))))]
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    shared = shared_statements(own, others)
    if shared:
        files = ", ".join(_pattern(before) for before in earlier)
        print(f"error: statement also in {files} ({name} must be new text): {', '.join(shared)}", file=sys.stderr)
        raise SystemExit(2)
    records = build_extra(own, name)
    write(records, HERE / f"{name}.jsonl")
    if stats_wanted:
        print(stats_one(records))


def main() -> None:
    """Rebuild the splits (or, with --dev2 to --dev10, the second to tenth development set); --stats prints the count
    tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stats", action="store_true", help="print counts per type and family")
    for name in EXTRA_SETS:
        parser.add_argument(f"--{name}", action="store_true", help=f"build {name}.jsonl from {_pattern(name)} instead")
    args = parser.parse_args()
    chosen = [name for name in EXTRA_SETS if getattr(args, name)]
    if len(chosen) > 1:
        parser.error(f"{', '.join('--' + n for n in EXTRA_SETS)} build one set each: give one of them")
    if chosen:
        build_extra_set(chosen[0], args.stats)
        return
    try:
        pairs = parse_pairs(sorted(HERE.glob("pairs_*.txt")))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    out = build(pairs)
    for split, records in out.items():
        write(records, HERE / f"{split}.jsonl")
    if args.stats:
        print(stats(out))


if __name__ == "__main__":
    main()
