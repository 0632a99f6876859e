"""Derived seeds."""

from __future__ import annotations

import subprocess
import sys

from simulate.seeds import derive_seed, rng_for


def test_seeds_are_stable_across_processes() -> None:
    """The same path gives the same seed in another interpreter (no hash randomisation)."""
    code = "from simulate.seeds import derive_seed; print(derive_seed(7, 3, 'x', 1))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) == derive_seed(7, 3, "x", 1)


def test_different_paths_give_different_streams() -> None:
    """Neighbouring turns do not share randomness."""
    seeds = {derive_seed(0, c, s, t) for c in range(5) for s in range(5) for t in range(20)}
    assert len(seeds) == 500 and all(0 <= s < 2**63 for s in seeds)
    assert rng_for(1, 2).random() == rng_for(1, 2).random() != rng_for(1, 3).random()
