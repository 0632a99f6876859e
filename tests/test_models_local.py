"""The embedded SmolLM2 model, for real: through litellm and the whole engine.

Marked `local_model`; `make test` installs the `local` extra so these run in CI. Set
SIMULATE_SKIP_LOCAL=1 to skip them on a machine without the extra.
"""

from __future__ import annotations

import asyncio
import os

import pytest

from simulate import Scenario, run_scenario
from simulate.errors import ModelTimeoutError
from simulate.models.base import ChatRequest, Message
from simulate.models.registry import create_provider
from simulate.models.timeout import TimeoutModel

pytestmark = [
    pytest.mark.local_model,
    pytest.mark.skipif(bool(os.environ.get("SIMULATE_SKIP_LOCAL")), reason="SIMULATE_SKIP_LOCAL is set"),
]


def scenario() -> Scenario:
    """Two people, two sessions of two turns, few tokens."""
    return Scenario.model_validate({
        "id": "local-two-sessions",
        "personas": [{"inline": {"name": "Maya", "facts": {"age": 34, "occupation": "nurse"}}},
                     {"inline": {"name": "Tom", "facts": {"age": 40, "occupation": "chef"}}}],
        "sessions": {"count": 2, "turns": 2, "gap": "2 weeks", "topics": ["a café", "a park"]},
        "model": {"name": "local/smollm2", "max_tokens": 16, "temperature": 0.7},
        "seed": 3,
    })


def test_a_real_two_session_conversation_on_the_embedded_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Four real generations, two sessions, tokens counted, and the same seed gives the same words."""
    first = asyncio.run(run_scenario(scenario(), out=tmp_path))
    assert first.ok, first.summary["failures"]
    turns = first.turns
    assert [t.session for t in turns] == [0, 0, 1, 1]
    assert all(t.model == "local/smollm2" and t.text for t in turns)
    assert all(0 < t.completion_tokens <= 16 and t.prompt_tokens > 50 for t in turns)
    assert first.summary["models"]["local/smollm2"]["cost_usd"] == 0.0
    again = asyncio.run(run_scenario(scenario()))
    assert [t.text for t in again.turns] == [t.text for t in turns]


def test_a_cancelled_generation_ends_at_the_next_token() -> None:
    """With its cancel flag set, a generation asked for 500 tokens stops at once."""
    import threading

    from simulate.models.local import embedded_model

    cancel = threading.Event()
    cancel.set()
    result = embedded_model("smollm2").generate([{"role": "user", "content": "Write a long story."}],
                                                temperature=0.8, max_tokens=500, seed=1, cancel=cancel)
    assert result["usage"]["completion_tokens"] <= 1
    assert result["choices"][0]["finish_reason"] == "stop"


def test_the_deadline_really_stops_a_local_generation() -> None:
    """A long generation past its deadline raises, and the worker is free for the next call at once."""
    model = create_provider("local/smollm2")
    long = ChatRequest(model="local/smollm2", messages=(Message("user", "Write a very long story."),),
                       max_tokens=1500, temperature=0.9, seed=1)
    short = ChatRequest(model="local/smollm2", messages=(Message("user", "Say hi."),), max_tokens=4, seed=1)

    async def main() -> tuple[str, float]:
        await model.complete(short)  # warm: litellm imported, weights loaded
        with pytest.raises(ModelTimeoutError):
            await TimeoutModel(model, seconds=0.5).complete(long)
        loop = asyncio.get_running_loop()
        started = loop.time()
        answer = await model.complete(short)
        return answer.text, loop.time() - started

    text, seconds = asyncio.run(main())
    assert text
    assert seconds < 10, "the cancelled generation kept the worker busy"


def test_any_gguf_file_is_a_model_and_a_missing_one_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`local/PATH.gguf` runs through the same provider; a missing file is an input error naming it."""
    from simulate.errors import InputError
    from simulate.models.local import find_gguf

    path = find_gguf("smollm2")
    assert find_gguf(str(path)) == path
    with pytest.raises(InputError, match="no GGUF file"):
        find_gguf(str(tmp_path / "missing.gguf"))
    request = ChatRequest(model=f"local/{path}", messages=(Message("user", "Say hello."),), max_tokens=4, seed=1)
    response = asyncio.run(create_provider(f"local/{path}").complete(request))
    assert response.text.strip() and response.usage.completion_tokens > 0


def test_prefix_reuse_keeps_outputs_identical_whatever_ran_before() -> None:
    """The same request gives the same answer fresh, after a request sharing its prefix, and after an
    unrelated one; the shared prefix is really reused."""
    import threading

    from simulate.models.local import EmbeddedModel, find_gguf, sampling

    assert sampling({"repeat_penalty": 1.5, "stop": ["x"]})["repeat_penalty"] == 1.5
    system = {"role": "system", "content": "You are Tom, a 40-year-old chef in Boston. " * 6}
    first = [system, {"role": "user", "content": "Maya: How old are you?"}]
    second = [system, {"role": "user", "content": "Maya: Where do you live?"}]
    other = [{"role": "user", "content": "Write one word."}]
    model = EmbeddedModel(find_gguf("smollm2"), 2, slots=2)

    def answer(messages: list[dict[str, str]]) -> str:
        raw = model.generate(messages, temperature=0.7, max_tokens=12, seed=5, cancel=threading.Event(),
                             stop=["\nMaya:"])
        return raw["choices"][0]["message"]["content"]

    fresh = answer(first)
    answer(second)
    assert model.stats["reused_tokens"] > 40
    assert answer(first) == fresh
    answer(other)
    assert answer(first) == fresh
    cold = EmbeddedModel(find_gguf("smollm2"), 2, reuse_prefix=False)
    assert cold.generate(first, temperature=0.7, max_tokens=12, seed=5, cancel=threading.Event(),
                         stop=["\nMaya:"])["choices"][0]["message"]["content"] == fresh
