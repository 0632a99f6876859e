"""Seeds derived from a path of ids, so results never depend on timing or scheduling order."""

from __future__ import annotations

import hashlib
import random

__all__ = ["derive_seed", "rng_for"]


def derive_seed(*parts: object) -> int:
    """A stable 63-bit seed for a path such as (run_seed, conversation, session, turn, purpose)."""
    text = "\x1f".join(repr(p) for p in parts).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big") >> 1


def rng_for(*parts: object) -> random.Random:
    """A private random generator for one decision point."""
    return random.Random(derive_seed(*parts))
