"""Shared fixtures. Real network calls are blocked: a test that tries one fails loudly."""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import socket
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
# public datasets (../shared/data beside the repository, or $SIMULATE_SHARED_DATA); tests that need them skip
SHARED_DATA = Path(os.environ.get("SIMULATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
PERSONAGYM = SHARED_DATA / "personagym" / "personas.json"
SPC_VALID = SHARED_DATA / "synthetic_persona_chat" / "Synthetic-Persona-Chat_valid.csv"
needs_personagym = pytest.mark.skipif(not PERSONAGYM.is_file(), reason="shared PersonaGym data not present")
needs_spc = pytest.mark.skipif(not SPC_VALID.is_file(), reason="shared Synthetic-Persona-Chat data not present")
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else address
    try:
        local = isinstance(host, str) and (host == "localhost" or ipaddress.ip_address(host).is_loopback)
    except ValueError:
        local = False
    if self.family == socket.AF_UNIX or local:
        return _real_connect(self, address)
    raise ConnectionRefusedError(f"tests may not reach the network ({address!r})")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture
def root() -> Path:
    """The repository root."""
    return ROOT


def write(path: Path, text: str) -> Path:
    """Write `text` to `path`, creating folders; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


TWO_PEOPLE = """\
id: pair
personas:
  - inline:
      name: Maya
      facts: {age: 34, occupation: nurse, location: Denver, pets: [{species: dog, name: Max}], likes: [hiking]}
      timeline:
        - {session: 2, event: moves to Austin, changes: {location: "Austin, Texas"}}
  - inline:
      name: Tom
      facts: {age: 40, occupation: chef, location: Boston, likes: [jazz]}
sessions: {count: 3, turns: 4, gap: 3 weeks, topics: [a cafe]}
model: {name: scripted}
"""


@pytest.fixture
def pair_path(tmp_path: Path) -> Path:
    """A small valid two-person scenario file."""
    return write(tmp_path / "scenarios" / "pair.yaml", TWO_PEOPLE)


def load_script(name: str, path: Path) -> ModuleType:
    """A script that is not part of the package (a bench or a data builder), imported once under `name`."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
