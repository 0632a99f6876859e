"""A cheap, deterministic token estimate, and the memory block whose size a budget bounds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import InputError

__all__ = ["HEADER", "BlockBudget", "estimate_tokens", "line_tokens", "memory_block"]

HEADER = "What you remember:\n"
_PIECES = re.compile(r"\w+|[^\w\s]")


def estimate_tokens(text: str) -> int:
    """Tokens `text` is likely to take: the larger of its word pieces and a quarter of its length.

    Word pieces are runs of letters/digits and single punctuation marks, so short words and
    punctuation count one each while long words count about one per four characters. The estimate
    never undercounts a concatenation: for parts ending in whitespace,
    `estimate_tokens(a + b) <= estimate_tokens(a) + estimate_tokens(b)`.
    """
    if not text:
        return 0
    return max(len(_PIECES.findall(text)), (len(text) + 3) // 4)


def memory_block(lines: Sequence[str]) -> str:
    """The memory block exactly as `simulate.agent.Agent.system_prompt` renders `lines`."""
    return HEADER + "".join(f"- {line}\n" for line in lines) if lines else ""


class BlockBudget:
    """Fills a memory block line by line without ever passing `limit` estimated tokens.

    The header counts once, with the first line; each line counts as its rendered `- line\\n`.
    """

    def __init__(self, limit: int) -> None:
        if limit < 0:
            raise InputError(f"a token budget cannot be negative, got {limit}")
        self.limit = limit
        self.used = 0
        self.lines: list[str] = []

    @property
    def left(self) -> int:
        """Tokens still free."""
        return self.limit - self.used

    def cost(self, line: str, *, tokens: int | None = None) -> int:
        """What adding `line` would cost now (the header included if it is the first line).

        `tokens` may give `line_tokens(line)` when the caller has it already.
        """
        header = estimate_tokens(HEADER) if not self.lines else 0
        return header + (line_tokens(line) if tokens is None else tokens)

    def fits(self, line: str, *, tokens: int | None = None) -> bool:
        """Would `line` fit?"""
        return self.cost(line, tokens=tokens) <= self.left

    def add(self, line: str, *, tokens: int | None = None) -> bool:
        """Add `line` if it fits; returns whether it was added."""
        cost = self.cost(line, tokens=tokens)
        if cost > self.left:
            return False
        self.used += cost
        self.lines.append(line)
        return True


def line_tokens(line: str) -> int:
    """Estimated tokens of `line` as rendered in the memory block (`- line\n`)."""
    return estimate_tokens(f"- {line}\n")
