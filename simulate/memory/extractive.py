"""The extractive summary: an agent's most informative sentences of a session, and what it heard."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..turn import Turn
from .bm25 import tokenize
from .perspective import clause, join_names, sentences, shift_person, strip_vocative

__all__ = ["extractive_summary"]

def _short(topic: str, words: int = 10) -> str:
    """The topic's first clause, at most `words` words ("First meeting at the campus café")."""
    head = topic.split(":")[0].split(";")[0].strip().rstrip(" .")
    cut = head.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def _partners(agent: str, turns: Sequence[Turn]) -> list[str]:
    seen: dict[str, None] = {}
    for turn in turns:
        for name in (turn.speaker, turn.addressee):
            if name and name != agent:
                seen.setdefault(name, None)
    return list(seen)


def _ranked(turns: Sequence[Turn], names: Sequence[str]) -> list[tuple[float, int, Turn, str]]:
    """(score, position, turn, sentence) for every statement, most informative first."""
    pieces = [(turn, strip_vocative(s, names)) for turn in turns for _, _, s in sentences(turn.text)]
    pieces = [(turn, s) for turn, s in pieces if not s.endswith("?")]
    words = [set(tokenize(s)) for _, s in pieces]
    df: dict[str, int] = {}
    for ws in words:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    n = len(pieces)
    scored = [(math.fsum(math.log(1 + n / df[w]) for w in sorted(ws)), i, turn, s)
              for i, ((turn, s), ws) in enumerate(zip(pieces, words))]
    return sorted((p for p in scored if p[0] > 0), key=lambda p: (-p[0], p[1]))


def _pick(ranked: list[tuple[float, int, Turn, str]], k: int) -> list[tuple[float, int, Turn, str]]:
    chosen: list[tuple[float, int, Turn, str]] = []
    covered: set[str] = set()
    for item in ranked:
        words = set(tokenize(item[3]))
        if words <= covered:
            continue
        chosen.append(item)
        covered |= words
        if len(chosen) == k:
            break
    return sorted(chosen, key=lambda p: p[1])


def extractive_summary(agent: str, turns: Sequence[Turn], *, topic: str | None = None) -> str:
    """2-4 first-person sentences: whom `agent` met, its most informative statement, and the two most
    informative things it heard, each sentence scored by the rarity of its content words in the session."""
    partners = _partners(agent, turns)
    names = [agent, *partners]
    occasion = f"; the occasion: {_short(topic)}" if topic else ""
    out = [f"I spent time with {join_names(partners)}{occasion}."]
    ranked = _ranked(turns, names)
    for _, _, turn, sentence in _pick([p for p in ranked if p[2].speaker == agent], 1):
        to = turn.addressee if turn.addressee and turn.addressee != agent else join_names(partners)
        out.append(f"I told {to} that {clause(sentence)}.")
    for _, _, turn, sentence in _pick([p for p in ranked if p[2].speaker != agent], 2):
        out.append(f"{turn.speaker} told me that {clause(shift_person(sentence, 'they'))}.")
    return " ".join(out)
