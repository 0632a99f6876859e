"""The pytest plugin, run on small test files with pytester: options, fixtures, the shrunk transcript."""

from __future__ import annotations

import os
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]


def _plugin_args() -> list[str]:
    """`-p simulate.testing.plugin` until the pytest11 entry point is installed (then pytest loads it,
    and naming it twice would register it twice)."""
    installed = not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD") and any(
        ep.value == "simulate.testing.plugin" for ep in entry_points(group="pytest11"))
    return [] if installed else ["-p", "simulate.testing.plugin"]


AGENTS = '''
from hypothesis import settings
from simulate.persona import CoreFacts, PersonaCard

MAYA = PersonaCard(name="Maya Okafor", facts=CoreFacts(age=38, occupation="nurse", location="Denver"))
FAST = settings(max_examples=20, derandomize=True)


def consistent(messages):
    q = messages[-1]["content"].lower()
    if "live" in q:
        return "I live in Denver."
    if "old" in q:
        return "I am 38 years old."
    return "I work as a nurse."


def forgetful(messages):
    returning = "This is your first conversation." not in messages[0]["content"]
    if returning and "old" in messages[-1]["content"].lower():
        return "I am 45 years old."
    return consistent(messages)
'''


def run(pytester: pytest.Pytester, body: str, *args: str) -> pytest.RunResult:
    pytester.makepyfile(test_persona_agent=AGENTS + body)
    return pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider", *args)


def test_a_consistent_agent_passes(pytester: pytest.Pytester) -> None:
    """The fixture checks a plain function, and the default model under test, without a finding."""
    result = run(pytester, '''
def test_function(assert_consistent):
    assert_consistent(MAYA, model=consistent, settings=FAST)

def test_default_model(assert_consistent, simulate_model, simulate_model_settings):
    assert simulate_model_settings.name == "scripted" and simulate_model.name == "scripted"
    assert_consistent(MAYA, settings=FAST)
''')
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["simulate: model under test scripted; call cache in memory",
                                 "call cache (in memory): * hits, * misses*"])


def test_an_inconsistent_agent_fails_with_the_shrunk_transcript(pytester: pytest.Pytester) -> None:
    """The failure shows the smallest interview: two sessions, the age question asked in the second."""
    result = run(pytester, '''
def test_forgetful(assert_consistent):
    assert_consistent(MAYA, model=forgetful, settings=FAST)
''')
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*InconsistentPersonaError: Maya Okafor contradicted their persona card or themself: 1 finding (persona)"
        " in the smallest interview found (2 sessions 1 day apart, 1 question).",
        "*session 1 · Monday 5 January 2026",
        "*#0   Interviewer: Hello, nice to meet you.",
        "*session 2 · Tuesday 6 January 2026 (1 day later)",
        "*Interviewer: How old are you?",
        "*Maya Okafor: I am 45 years old.",
        '*✗ persona · age: says "I am 45 years old."; their persona says "I am 38 years old."',
        "*against fact 0: I am 38 years old.",
    ])
    assert "Falsifying example" in result.stdout.str() or "Failing test case" in result.stdout.str()


def test_the_model_option_reaches_the_model_under_test(pytester: pytest.Pytester) -> None:
    """--simulate-model-option drift_rate=0.5 makes the scripted model drift, and the test fail."""
    body = '''
def test_default_model(assert_consistent):
    assert_consistent(MAYA, settings=FAST)
'''
    result = run(pytester, body, "--simulate-model", "scripted", "--simulate-model-option", "drift_rate=0.5")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*InconsistentPersonaError: Maya Okafor contradicted*", "*✗ persona*", "*against fact*"])


def test_a_cache_file_replays_without_calls(pytester: pytest.Pytester, tmp_path: Path) -> None:
    """A recorded cache answers a replay run in full; a replay on an empty cache fails on its first call."""
    body = '''
def test_default_model(assert_consistent):
    assert_consistent(MAYA, settings=FAST)
'''
    cache = tmp_path / "calls.sqlite"
    run(pytester, body, "--simulate-cache", str(cache)).assert_outcomes(passed=1)
    replayed = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider", "--simulate-cache", str(cache),
                                  "--simulate-replay")
    replayed.assert_outcomes(passed=1)
    replayed.stdout.fnmatch_lines([f"call cache ({cache}): * hits, 0 misses*"])
    empty = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider", "--simulate-cache",
                               str(tmp_path / "empty.sqlite"), "--simulate-replay")
    empty.assert_outcomes(failed=1)
    empty.stdout.fnmatch_lines(["*CacheMissError*replay mode*"])


def test_an_expected_failure_shows_its_counterexample(pytester: pytest.Pytester) -> None:
    """xfail(strict) keeps the suite green, and the simulate section still prints the transcript."""
    result = run(pytester, '''
import pytest
from simulate.testing import InconsistentPersonaError, assert_consistent

@pytest.mark.xfail(strict=True, raises=InconsistentPersonaError)
def test_forgetful():
    assert_consistent(MAYA, model=forgetful, settings=FAST)
''')
    result.assert_outcomes(xfailed=1)
    result.stdout.fnmatch_lines(["*= simulate =*", "expected failure test_persona_agent.py::test_forgetful, counterexample:",
                                 "Maya Okafor contradicted*", "*✗ persona · age*"])


def test_a_malformed_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    """--simulate-model-option without '=' fails the session setup with a clear message."""
    result = run(pytester, '''
def test_default_model(assert_consistent):
    assert_consistent(MAYA, settings=FAST)
''', "--simulate-model-option", "drift_rate")
    assert result.ret != 0
    assert "--simulate-model-option expects KEY=VALUE, got 'drift_rate'" in result.stdout.str() + result.stderr.str()
