"""The public names of simulate.memory are what __all__ says, and importing the config alone is light."""

from __future__ import annotations

import subprocess
import sys

import simulate.memory as memory


def test_every_public_name_resolves() -> None:
    """Each name in __all__ imports; unknown names raise AttributeError."""
    for name in memory.__all__:
        assert getattr(memory, name) is not None
    assert sorted(dir(memory)) == sorted(memory.__all__)
    try:
        memory.nothing_here  # noqa: B018
    except AttributeError as exc:
        assert "nothing_here" in str(exc)
    else:
        raise AssertionError("an unknown name must raise")


def test_the_config_imports_without_the_engine() -> None:
    """simulate.scenario can import MemoryConfig: that pulls in neither the agent nor the scheduler."""
    code = ("import sys; import simulate.memory.config; "
            "print(sorted(m for m in ('simulate.agent', 'simulate.scheduler', 'simulate.memory.provider') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
