"""Load the simulate pytest plugin for the examples, unless its `pytest11` entry point already does."""

from __future__ import annotations

import os
from importlib.metadata import entry_points


def _plugin_installed() -> bool:
    """Is the plugin registered by an installed entry point that pytest will load by itself?"""
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        return False
    return any(ep.value == "simulate.testing.plugin" for ep in entry_points(group="pytest11"))


pytest_plugins = [] if _plugin_installed() else ["simulate.testing.plugin"]
