"""The same property for whatever model `--simulate-model` names (a litellm model string; default: the
scripted model), through the plugin's `assert_consistent` fixture:

    pytest examples/ --simulate-model openai/gpt-4o-mini --simulate-cache calls.sqlite
    pytest examples/ --simulate-cache calls.sqlite --simulate-replay    # later: no calls, same verdict

The model is built through the engine's gateway (timeouts, retries, usage) and every call goes through
the session's call cache, so shrinking a failure never pays twice for the same call.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import settings

from simulate.persona import CoreFacts, PersonaCard

WALTER = PersonaCard(name="Walter Pruitt", description="A retired machinist who restores clocks.",
                     facts=CoreFacts(age=68, occupation="retired machinist", location="Dayton, Ohio",
                                     marital_status="widowed", likes=["clock repair"]))


def test_the_model_under_test_plays_walter_consistently(assert_consistent: Callable[..., None]) -> None:
    """Across sessions weeks apart, Walter's answers never contradict his card or each other."""
    assert_consistent(WALTER, max_sessions=3, settings=settings(max_examples=15, derandomize=True))
