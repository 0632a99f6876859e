"""Retelling a first-person sentence from another point of view, and finding sentences in a turn."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

__all__ = ["clause", "join_names", "sentence_around", "sentences", "shift_person", "strip_vocative"]

Person = Literal["you", "they"]

_FORMS: dict[Person, dict[str, str]] = {
    "you": {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
            "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll"},
    "they": {"i": "they", "me": "them", "my": "their", "mine": "theirs", "myself": "themselves",
             "i'm": "they're", "i've": "they've", "i'd": "they'd", "i'll": "they'll"},
}
_BE = {"am": "are", "was": "were", "wasn't": "weren't"}
_WORD = re.compile(r"\b(?:I['’](?:m|ve|d|ll)|I|me|my|mine|myself)\b(?:\s+(?:am|was|wasn['’]t)\b)?", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_LOWER_FIRST = {"they", "their", "them", "theirs", "it", "its", "the", "a", "an", "this", "that", "there", "we",
                "our", "you", "your", "yours", "my", "yes", "no", "well", "so", "oh"}


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \"'“(")
    return not before or before[-1] in ".!?\n:"


def shift_person(text: str, to: Person) -> str:
    """`text` with the speaker's first person (I, me, my, I'm, I am, I was...) as `you` or `they`.

    "I am 40 and I love my dog." -> (they) "They are 40 and they love their dog."
    Other words are left alone; "we" stays "we".
    """
    forms = _FORMS[to]

    def swap(match: re.Match[str]) -> str:
        word, _, verb = match.group(0).partition(" ")
        verb = verb.strip()
        key = word.lower().replace("’", "'")
        if key not in forms or (key in ("me", "my", "mine", "myself") and word == word.upper() and len(word) > 2):
            return match.group(0)
        new = forms[key]
        if word[0].isupper() and (key.startswith("i") and _starts_sentence(text, match.start())
                                  or key not in ("i", "i'm", "i've", "i'd", "i'll")):
            new = new[0].upper() + new[1:]
        if verb:
            gap = match.group(0)[len(word):len(match.group(0)) - len(verb)]
            verb = _BE.get(verb.lower().replace("’", "'"), verb) if key == "i" else verb
            return new + gap + verb
        return new

    return _WORD.sub(swap, text)


def strip_vocative(text: str, names: Iterable[str]) -> str:
    """`text` without a leading "Tom, " or "Tom Smith, " addressing a listener."""
    for name in sorted({n for full in names for n in (full, full.split()[0])}, key=len, reverse=True):
        if text[:len(name) + 1].lower() == f"{name.lower()},":
            rest = text[len(name) + 1:].lstrip()
            return rest[:1].upper() + rest[1:] if rest else rest
    return text


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence of `text`, stripped."""
    out = []
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if stripped:
            start = match.start() + raw.index(stripped[0])
            out.append((start, start + len(stripped), stripped))
    return out


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds the span [start, end) (the whole text if none does)."""
    for s_start, s_end, sentence in sentences(text):
        if s_start <= start < max(s_end, s_start + 1) or (start == end == s_start):
            return sentence
    return text.strip()


def clause(sentence: str) -> str:
    """`sentence` to follow "told you that": end punctuation dropped, a leading function word lower-cased."""
    text = sentence.strip().rstrip(" .!;,")
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if text and first.lower() in _LOWER_FIRST else text


def join_names(names: Sequence[str]) -> str:
    """`Tom`, `Tom and Ann`, `Tom, Ann and Bo` (`no one` for none)."""
    names = list(names)
    if not names:
        return "no one"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
